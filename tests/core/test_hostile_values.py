"""Values no version of the app writes, in a file whose structure is sound: a text that is not UTF-8,
JSON that does not parse or has another shape, the one row of details missing, a playbook named by a
path, a date too late to count from. Each reads as nothing where that loses nothing, or is a plain
"the case file is damaged" where it would: never a traceback."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

import pytest

from desktop.cli.main import main as cli_main
from desktop.core import deadlines, guidance
from desktop.core.errors import CorruptCase
from desktop.core.lifecycle import create_case, open_case
from desktop.core.playbook import is_known, load_playbook


@pytest.fixture
def path(tmp_path):
    made = tmp_path / "values.refundcase"
    with create_case(made, "数值 values") as case:
        case.timeline.add("2026-03-02", "寄出要求函", kind="demand")
        case.letters.create("demand", "zh", "要求函",
                            [{"key": "body", "label": "正文", "text": "请退款。", "limit": 0}])
    return made


def written(path, statement: str, params=()) -> None:
    """A value set through SQLite, its table's triggers dropped for it and made again."""
    table = statement.split()[1] if statement.startswith("UPDATE") else statement.split()[2]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                [table]).fetchall()
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(statement, params)
        for _, sql in triggers:
            conn.execute(sql)
        conn.commit()


def test_a_text_that_is_not_utf8_is_a_plain_damaged_case(path, capsys):
    """What a tester found: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xd3."""
    written(path, "UPDATE events SET title = CAST(? AS TEXT)", [b"demand \xd3 \xff"])
    with open_case(path, read_only=True) as case:  # opening does not read every text through
        case.details.get()
        with pytest.raises(CorruptCase) as error:
            case.timeline.list()
        # Both kinds of error: what shows a plain message shows it, what handles a damaged page handles it.
        assert isinstance(error.value, sqlite3.DatabaseError) and error.value.code == "corrupt"
        assert str(error.value) == "values.refundcase is damaged and cannot be read (a text in it is not valid UTF-8)."
    assert cli_main(["info", str(path)]) == 2
    assert capsys.readouterr().err == f"error: {error.value}\n"


def test_json_that_does_not_parse_or_has_another_shape_reads_as_nothing(path):
    written(path, "UPDATE events SET checks = ?", ['["yes"]'])
    written(path, "UPDATE steps SET retired_title = ? WHERE id = 1", ['"gone"'])
    written(path, "UPDATE steps SET retired_title = ? WHERE id = 2", ['{"en": 5, "zh": "旧步骤"}'])
    written(path, "UPDATE blobs SET picture_notes = ?", ['[{"code": 5, "params": [1]}]'])
    written(path, "UPDATE audit_log SET detail = ? WHERE id = 1", ["{"])
    with open_case(path, read_only=True) as case:
        assert case.timeline.list()[0]["checks"] == {}
        steps = {step["id"]: step for step in case.checklist.list()}
        assert steps[1]["retired_title"] == {} and steps[2]["retired_title"] == {"zh": "旧步骤"}
        assert case.audit_entries()[0]["detail"] == {}
        assert case.audit_chain().broken_at == 1  # while verify says the entry was changed


def test_read_notes_keep_only_what_a_note_is():
    from desktop.core.read_notes import loads

    assert loads('[{"code": 5, "params": [1]}, {"params": {"n": 2}}, 3]') == [
        {"code": "5", "params": {}, "text": ""}, {"code": "", "params": {"n": "2"}, "text": ""}]


def test_a_letters_text_that_cannot_be_read_is_damage_not_an_empty_letter(path):
    written(path, "UPDATE letter_versions SET fields = ?", ['[{"key": "body"}]'])
    with open_case(path, read_only=True) as case:
        letter = case.letters.list()[0]  # the list shows it
        for read in (case.letters.get, case.letters.versions):
            with pytest.raises(CorruptCase, match=f"the text of letter {letter['id']} cannot be read"):
                read(letter["id"])


def test_a_case_without_its_details_is_damaged(path, capsys):
    written(path, "DELETE FROM case_details")
    with open_case(path, read_only=True) as case:
        with pytest.raises(CorruptCase, match="its case details are missing"):
            case.details.get()
        with pytest.raises(CorruptCase, match="its case details are missing"):
            guidance.next_step(case)
    assert cli_main(["info", str(path)]) == 2
    assert capsys.readouterr().err == "error: values.refundcase is damaged (its case details are missing).\n"


def test_a_playbook_named_by_a_path_is_never_read(path, tmp_path):
    """The id names a file under resources/playbooks: a hostile one would have the app read a file
    anywhere (a network share's, on Windows)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.with_suffix(".toml").write_text("id = 'elsewhere'\n")
    for hostile in (str(elsewhere), "../../../" + elsewhere.name, "no-such-playbook"):
        assert not is_known(hostile)
        with pytest.raises(ValueError, match="there is no playbook"):
            load_playbook(hostile)
    written(path, "UPDATE case_details SET playbook_id = ?", [str(elsewhere)])
    written(path, "UPDATE steps SET playbook_id = ? WHERE id = 1", ["../" + elsewhere.name])
    with open_case(path, read_only=True) as case:
        with pytest.raises(CorruptCase, match="names a playbook this version of the app does not have"):
            guidance.next_step(case)
        with pytest.raises(CorruptCase, match="step 1 names a playbook"):
            case.checklist.list()


def test_a_date_too_late_to_count_from_is_not_counted(path):
    """9999-12-31 can be typed; three years after it is no date Python can hold."""
    with open_case(path) as case:
        case.details.update({"first_aware_date": "9999-12-31", "treatment_dates": "9999-06-01"})
        case.timeline.add("9999-12-31", "投诉", kind="complaint")
        case.timeline.add("2026-03-10", "投诉", kind="complaint", body="")
        report = deadlines.for_case(case, date(2026, 4, 1))
    assert set(report.missing) == {"first_aware_date", "treatment_date", "contract_date"}
    assert [(d.rule, d.start) for d in report.deadlines] == [("authority-handling", date(2026, 3, 10))]

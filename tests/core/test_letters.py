"""Letters kept in the case: every version, a sent letter frozen, undo's way back; what drafting
again would change; and the `letter` and `letters` commands."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from desktop.core.changes import EVIDENCE, LETTER
from desktop.core.errors import CaseError
from desktop.core.letter_diff import ADDED, REMOVED, SAME, field_changes
from desktop.core.importer import import_paths
from desktop.core.letter_drafts import draft
from desktop.core.lifecycle import create_case
from tests.helpers import PHOTOS, ROOT


def fields(text: str, key: str = "body", label: str = "Letter") -> list[dict]:
    return [{"key": key, "label": label, "text": text, "limit": 0}]


@pytest.fixture
def case(tmp_path):
    with create_case(tmp_path / "letters.refundcase", "letters") as opened:
        yield opened


def test_a_letter_keeps_every_version_and_undo_removes_the_last(case):
    created = case.letters.create("demand", "zh", "退款及赔偿要求函", fields("第一稿"))
    letter_id = created.created
    assert created.added[LETTER] == {letter_id}
    first = case.letters.get(letter_id)
    assert first["status"] == "draft" and first["fields"][0]["text"] == "第一稿"

    edited = case.letters.add_version(letter_id, fields("第二稿"))
    assert case.letters.get(letter_id)["fields"][0]["text"] == "第二稿"
    versions = case.letters.versions(letter_id)
    assert [v["origin"] for v in versions] == ["generated", "edited"]
    assert [v["fields"][0]["text"] for v in versions] == ["第一稿", "第二稿"]
    assert case.letters.list()[0]["versions"] == 2

    case.letters.remove_version(letter_id, edited.created)
    assert case.letters.get(letter_id)["fields"][0]["text"] == "第一稿"


def test_a_deleted_draft_comes_back_whole(case):
    letter_id = case.letters.create("statement", "en", "Statement of the case", fields("one")).created
    case.letters.add_version(letter_id, fields("two"), "regenerated")
    removed = case.letters.delete(letter_id)
    assert removed.removed[LETTER] == {letter_id} and case.letters.list() == []
    case.letters.restore(removed.previous)
    assert [v["fields"][0]["text"] for v in case.letters.versions(letter_id)] == ["one", "two"]
    assert case.letters.get(letter_id)["title"] == "Statement of the case"


def test_a_sent_letter_is_frozen_even_below_the_store(case):
    [receipt] = [o.evidence_id for o in import_paths(case, [PHOTOS / "Canon_40D.jpg"])]
    event = case.timeline.add("2026-11-02", "寄出退款要求函", kind="demand").created
    letter_id = case.letters.create("demand", "zh", "退款及赔偿要求函", fields("正文")).created
    sent = case.letters.mark_sent(letter_id, "2026-11-02", "registered-post", "EMS 1234", receipt, event)
    assert sent.updated[LETTER] == {letter_id} and sent.updated[EVIDENCE] == {receipt}
    letter = case.letters.get(letter_id)
    assert (letter["status"], letter["sent_on"], letter["sent_method"], letter["tracking_no"],
            letter["receipt_evidence_id"], letter["event_id"]) == \
        ("sent", "2026-11-02", "registered-post", "EMS 1234", receipt, event)

    with pytest.raises(CaseError) as refused:
        case.letters.add_version(letter_id, fields("改过"))
    assert refused.value.code == "letter.sent"
    with pytest.raises(CaseError):
        case.letters.delete(letter_id)
    # Even a write that goes round the store is refused by the case file itself.
    with pytest.raises(sqlite3.DatabaseError, match="kept as it was sent"):
        case.file.conn.execute("INSERT INTO letter_versions(letter_id, fields, origin, created_at) "
                               "VALUES (?, '[]', 'edited', 'now')", [letter_id])
    with pytest.raises(sqlite3.DatabaseError, match="kept as it was sent"):
        case.file.conn.execute("DELETE FROM letter_versions WHERE letter_id = ?", [letter_id])
    assert case.letters.get(letter_id)["fields"][0]["text"] == "正文"

    case.letters.unmark_sent(letter_id)  # undo
    assert case.letters.get(letter_id)["status"] == "draft"
    case.letters.add_version(letter_id, fields("改过"))
    assert case.letters.get(letter_id)["fields"][0]["text"] == "改过"


def test_an_unknown_letter_is_a_plain_error(case):
    with pytest.raises(CaseError) as missing:
        case.letters.get(99)
    assert missing.value.code == "not_found.letter"


def test_the_changes_drafting_again_would_make_are_shown_line_by_line():
    current = [{"key": "name", "label": "Your name", "text": "李晓雯"},
               {"key": "facts", "label": "Facts", "text": "第一行\n旧的第二行\n第三行"}]
    fresh = [{"key": "name", "label": "Your name", "text": "李晓雯"},
             {"key": "facts", "label": "Facts", "text": "第一行\n新的第二行\n第三行\n第四行"}]
    [diff] = field_changes(current, fresh)
    assert diff.key == "facts" and diff.label == "Facts"
    assert list(diff.lines) == [(SAME, "第一行"), (REMOVED, "旧的第二行"), (ADDED, "新的第二行"), (SAME, "第三行"),
                                (ADDED, "第四行")]
    assert (diff.removed, diff.added) == (1, 2)
    assert field_changes(current, current) == []


# -- the command line ---------------------------------------------------------------------------

def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_letter_writes_a_fresh_draft_and_leaves_the_case_alone(tmp_path):
    path = tmp_path / "cli.refundcase"
    with create_case(path, "cli") as made:
        made.details.update({"clinic_name": "悦颜医疗美容诊所", "amount_paid": "19800"})
        made.letters.create("demand", "zh", "退款及赔偿要求函", fields("已存的信"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    pdf = run("letter", path, "demand", tmp_path / "要求函.pdf")
    assert pdf.returncode == 0 and "wrote" in pdf.stdout
    assert (tmp_path / "要求函.pdf").read_bytes().startswith(b"%PDF")
    warning = pdf.stderr.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("warning:") and "【请填写：" in warning[0]

    text = run("letter", path, "demand", tmp_path / "demand.txt", "--lang", "en")
    assert text.returncode == 0
    written = (tmp_path / "demand.txt").read_text(encoding="utf-8")
    assert "悦颜医疗美容诊所" in written and "RMB 19,800" in written and "[fill in:" in written
    assert "[fill in:" in text.stderr

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    listing = run("letters", path)
    assert listing.returncode == 0
    [line] = listing.stdout.strip().splitlines()
    assert "demand" in line and "draft" in line and "退款及赔偿要求函" in line


@pytest.mark.parametrize("args, fragment", [
    (("letter", "{case}", "party", "out.pdf"), "invalid choice: 'party'"),
    (("letter", "{case}", "demand", "out.docx"), "must end in .pdf or .txt"),
    (("letter", "{dir}/missing.refundcase", "demand", "out.pdf"), "There is no file at"),
    (("letters", "{dir}/missing.refundcase"), "There is no file at"),
])
def test_letter_mistakes_are_one_line_and_exit_2(tmp_path, args, fragment):
    path = tmp_path / "c.refundcase"
    create_case(path, "c").close()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"),
                             *(a.format(case=path, dir=tmp_path) for a in args)], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.refundcase"]


def test_a_draft_is_made_from_the_case_as_it_is_now(case):
    case.details.update({"clinic_name": "悦颜医疗美容诊所"})
    assert "悦颜医疗美容诊所" in draft(case, "demand", "zh").fields[0].text
    case.details.update({"clinic_name": "另一家诊所"})
    assert "另一家诊所" in draft(case, "demand", "zh").fields[0].text

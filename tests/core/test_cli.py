"""The command line, run as a user would: a subprocess per command."""

import hashlib
import json
import sqlite3
import subprocess
import sys

import pytest

from desktop.core.schema import schema_version_of_code
from tests.helpers import BROKEN, PDFS, PHOTOS, ROOT


def run(*args, check_exit=None):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                            text=True, timeout=120)
    if check_exit is not None:
        assert result.returncode == check_exit, (result.stdout, result.stderr)
    return result


def test_new_import_info_verify_search_export(tmp_path):
    case = tmp_path / "cli.refundcase"
    run("new", case, "--title", "玻尿酸退款", check_exit=0)
    result = run("import", case, PHOTOS / "Canon_40D.jpg", PDFS, BROKEN / "password-protected.pdf",
                 PHOTOS / "Canon_40D.jpg", tmp_path / "missing.jpg", check_exit=0)
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 9  # 1 photo + 5 files in pdfs/ + 1 pdf + its duplicate + the missing one
    assert sum(line.startswith("stored") for line in lines) == 7
    assert sum(line.startswith("duplicate") for line in lines) == 1
    assert any(line.startswith("refused") and "missing.jpg" in line and "no such file" in line for line in lines)
    assert any("password-protected" in line and "password" in line.split("note:")[-1] for line in lines)

    info = json.loads(run("info", case, "--json", check_exit=0).stdout)
    assert info["title"] == "玻尿酸退款" and info["schema_version"] == schema_version_of_code()
    protected = next(e for e in info["evidence"] if e["file_name"] == "password-protected.pdf")
    assert [n["code"] for n in protected["read_notes"]] == ["pdf.password"]
    canon = next(e for e in info["evidence"] if e["file_name"] == "Canon_40D.jpg")
    assert canon["sha256"] == hashlib.sha256((PHOTOS / "Canon_40D.jpg").read_bytes()).hexdigest()
    assert canon["captured_at"] == "2008-05-30T15:56:01" and canon["media_type"] == "image/jpeg"
    assert {"id", "file_name", "size", "sha256", "media_type", "captured_at"} <= set(canon)
    assert isinstance(info["events"], list) and len(info["steps"]) >= 12

    verified = run("verify", case, check_exit=0)
    assert "7 items match" in verified.stdout

    hits = run("search", case, "Canon", check_exit=0).stdout.strip().splitlines()
    assert len(hits) == 1 and hits[0].startswith(f"evidence\t{canon['id']}\t")

    out = tmp_path / "exported.jpg"
    run("export-evidence", case, canon["id"], out, check_exit=0)
    assert out.read_bytes() == (PHOTOS / "Canon_40D.jpg").read_bytes()


def test_verify_names_an_altered_item_and_exits_1(tmp_path):
    case = tmp_path / "tampered.refundcase"
    run("new", case, check_exit=0)
    run("import", case, PHOTOS / "Nikon_D70.jpg", PHOTOS / "Pentax_K10D.jpg", check_exit=0)
    conn = sqlite3.connect(case)
    conn.execute("DROP TRIGGER blob_chunks_immutable")  # what someone editing the file by hand could do
    conn.execute("UPDATE blob_chunks SET data = zeroblob(length(data)) WHERE blob_id = 2")
    conn.commit()
    conn.close()
    result = run("verify", case, check_exit=1)
    assert "MISMATCH" in result.stdout and "Pentax_K10D.jpg" in result.stdout
    assert "Nikon_D70.jpg" not in result.stdout


@pytest.mark.parametrize("setup", ["missing", "not_a_case", "newer", "locked"])
def test_bad_input_exits_2_with_one_line(tmp_path, setup):
    case = tmp_path / "c.refundcase"
    holder = None
    if setup == "not_a_case":
        case.write_text("hello")
    elif setup in ("newer", "locked"):
        run("new", case, check_exit=0)
        if setup == "newer":
            conn = sqlite3.connect(case)
            conn.execute("PRAGMA user_version=99")
            conn.close()
        else:
            holder = subprocess.Popen([sys.executable, "-c", (
                f"import sys; sys.path.insert(0, {str(ROOT)!r}); from desktop.core.lifecycle import open_case; "
                f"c = open_case({str(case)!r}); print('open', flush=True); sys.stdin.readline()")],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert holder.stdout.readline().strip() == "open"
    try:
        command = ("import", case, PHOTOS / "Canon_40D.jpg") if setup == "locked" else ("info", case)
        result = run(*command, check_exit=2)
    finally:
        if holder:
            holder.kill()
            holder.wait()
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr


def test_portable_mode_writes_nothing_outside_its_folders(tmp_path):
    """Import (with its worker processes) and a dossier export, run with HOME and the temporary
    folder pointing at a trap: in portable mode nothing may land there."""
    import os

    trap = tmp_path / "home"
    stick = tmp_path / "stick"
    trap.mkdir()
    stick.mkdir()
    env = {**os.environ, "HOME": str(trap), "TMPDIR": str(trap), "XDG_CACHE_HOME": str(trap / ".cache"),
           "REFUND_CASE_PORTABLE": "1", "REFUND_CASE_DATA_DIR": str(stick / "data")}
    case = stick / "Cases" / "c.refundcase"
    case.parent.mkdir()
    for args in (("new", case), ("import", case, PHOTOS / "iphone_IMG_5195.HEIC", PDFS / "google-doc.pdf"),
                 ("export", case, stick / "dossier.pdf", "--lang", "zh")):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], env=env,
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
    assert list(trap.rglob("*")) == []
    assert (stick / "dossier.pdf").stat().st_size > 0
    assert sorted(p.name for p in case.parent.iterdir()) == ["c.refundcase"]


def assert_one_error_line(result, *fragments):
    assert result.returncode == 2 and result.stdout == "", (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize("args, fragments", [
    (("frobnicate", "x.refundcase"), ("'frobnicate' is neither a command nor an existing case file",
                                      "new, passphrase, import, info")),
    (("sett", "{case}", "clinic_name=x"), ("'sett' is neither a command",)),
    (("set", "{case}", "colour=red"), ("'colour' is not a case detail",)),
    (("set", "{case}", "loan=maybe"), ("'maybe' is not a value of loan",)),
    (("set", "{case}", "first_aware_date=last spring"), ("'last spring' is not a date for first_aware_date",)),
    (("set", "{case}", "clinic_name"), ("'clinic_name' is not FIELD=VALUE",)),
    (("event", "{case}", "2026-13-05", "demand", "x"), ("'2026-13-05' is not a date",)),
    (("event", "{case}", "2026-03-05", "party", "x"), ("invalid choice: 'party'",)),
    (("event", "{case}", "2026-03-05", "payment", "x", "--arrived", "2026-03-06"),
     ("--arrived and --reply-by go with a demand",)),
    (("event", "{case}", "2026-03-05", "complaint", "x", "--body", "police"), ("invalid choice: 'police'",)),
    (("new", "{case}x", "--playbook", "gym"), ("invalid choice: 'gym'",)),
    (("-x",), ("'-x' is neither a command",)),
    (("new",), ("the following arguments are required: case",)),
    (("info", "{case}", "--colour"), ("unrecognized arguments: --colour",)),
    (("export", "{case}", "out.pdf", "--lang", "fr"), ("invalid choice: 'fr'",)),
    (("export-evidence", "{case}", "abc", "out.jpg"), ("invalid int value: 'abc'",)),
    (("export-evidence", "{case}", "99", "out.jpg"), ("There is no evidence item 99 in this case.",)),
])
def test_every_usage_mistake_is_one_error_line_and_exit_2(tmp_path, args, fragments):
    case = tmp_path / "c.refundcase"
    run("new", case, check_exit=0)
    result = run(*(a.format(case=case) for a in args))
    assert_one_error_line(result, *fragments)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.refundcase"]


def test_version_and_help():
    from desktop import __version__

    version = run("--version", check_exit=0)
    assert version.stdout.strip() == f"Refund Case Organizer {__version__}"
    usage = run("--help", check_exit=0).stdout
    for command in ("new", "import", "info", "verify", "search", "export-evidence", "export"):
        assert command in usage


def test_only_an_existing_file_opens_the_window(tmp_path, monkeypatch):
    """What a double-click passes (a path) opens the window; a mistyped name never does."""
    import desktop.ui.main
    from desktop.app import main

    opened = []
    monkeypatch.setattr(desktop.ui.main, "run_gui", lambda argv: opened.append(argv) or 0)
    case = tmp_path / "mine.refundcase"
    run("new", case, check_exit=0)
    assert main([str(case)]) == 0 and opened == [[str(case)]]
    assert main([]) == 0 and opened[-1] == []
    assert main([str(tmp_path / "moved-away.refundcase")]) == 2
    assert main(["imprt", str(case)]) == 2
    assert len(opened) == 2


def test_set_details_and_add_events_from_the_command_line(tmp_path):
    case = tmp_path / "gym.refundcase"
    run("new", case, "--playbook", "cn-prepaid-services", "--title", "健身卡退款", check_exit=0)
    result = run("set", case, "clinic_name=某某健身房", "payment_channel=alipay", "first_aware_date=2026-03-01",
                 "notes=a=b", check_exit=0)
    assert result.stdout.splitlines()[-1] == "notes = a=b"  # split on the first "=" only
    run("set", case, "notes=", check_exit=0)  # an empty value clears
    run("event", case, "2026-03-05", "demand", "寄出要求函", "--arrived", "2026-03-07", "--reply-by", "2026-03-20",
        check_exit=0)
    run("event", case, "2026-04-01", "complaint", "12315 投诉", "--body", "12315", check_exit=0)
    info = json.loads(run("info", case, "--json", check_exit=0).stdout)
    details = info["details"]
    assert (details["clinic_name"], details["payment_channel"], details["notes"]) == ("某某健身房", "alipay", "")
    assert details["playbook_id"] == "cn-prepaid-services"
    demand, complaint = info["events"]
    assert (demand["kind"], demand["arrived_on"], demand["reply_by"]) == ("demand", "2026-03-07", "2026-03-20")
    assert (complaint["kind"], complaint["body"]) == ("complaint", "12315")
    help_text = run("event", "--help", check_exit=0).stdout
    assert "demand" in help_text and "arrived" in help_text and "mediation-request" in help_text

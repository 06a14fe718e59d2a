"""The worst day, from the command line and the core: a read-only stick, a case left in the middle of a
change on one, and what a crash leaves beside a case, cleared by the next command whatever it is."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

from desktop.core.errors import ReadOnlyMedium
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, open_case
from desktop.core.preview import render_evidence
from desktop.core.verify import verify_case
from desktop.dossier.build import DossierOptions, build_dossier
from tests.helpers import PDFS, PHOTOS, ROOT

MID_CHANGE = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    from desktop.core.lifecycle import open_case
    case = open_case({case!r})
    conn = case.file.conn
    conn.execute("PRAGMA cache_size=4")  # spill early: the change reaches the file, its undo the journal
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE half_done(x)")
    for _ in range(40):
        conn.execute("INSERT INTO half_done VALUES (?)", [os.urandom(60000)])
    conn.execute("UPDATE case_details SET title = 'never saved'")
    print("mid-change", flush=True)
    time.sleep(60)
""")


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def make_case(folder, probe_pool):
    path = folder / "stick case.refundcase"
    with create_case(path, "U 盘上的案件") as case:
        import_paths(case, [PHOTOS / "Canon_40D.jpg", PDFS / "google-doc.pdf"], pool=probe_pool)
    return path


def leave_mid_change(path):
    """A writer killed in the middle of a change: a hot journal and a lock beside the case."""
    process = subprocess.Popen([sys.executable, "-c", MID_CHANGE.format(root=str(ROOT), case=str(path))],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "mid-change"
    process.kill()
    process.wait()
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0 and path.with_name(path.name + ".lock").exists()
    return journal


def test_a_case_on_a_read_only_stick_reads_checks_and_exports(stick, tmp_path, probe_pool):
    path = make_case(stick.folder, probe_pool)
    stick.make_read_only()
    before = sorted(p.name for p in stick.folder.iterdir())
    with pytest.raises(ReadOnlyMedium) as refused:
        open_case(path)
    assert refused.value.code == "read_only.medium"
    with open_case(path, read_only=True) as case:
        assert verify_case(case).ok
        assert case.search("Canon")
        photo = next(i for i in case.evidence.list() if i["file_name"] == "Canon_40D.jpg")
        assert render_evidence(case, photo["id"]).kind == "image"
        case.evidence.export(photo["id"], tmp_path / "out.jpg")
    assert (tmp_path / "out.jpg").read_bytes() == (PHOTOS / "Canon_40D.jpg").read_bytes()
    result = build_dossier(path, tmp_path / "dossier.pdf", DossierOptions(lang="en", sections=frozenset({"cover"})))
    assert result.pages >= 1
    assert run("verify", path).returncode == 0
    assert sorted(p.name for p in stick.folder.iterdir()) == before  # nothing written beside it


def test_a_case_left_mid_change_on_a_read_only_stick_says_to_copy_it_with_its_journal(stick, tmp_path, probe_pool):
    path = make_case(stick.folder, probe_pool)
    journal = leave_mid_change(path)
    stick.make_read_only()
    with pytest.raises(ReadOnlyMedium) as refused:
        open_case(path, read_only=True)
    assert refused.value.code == "read_only.hot_journal" and journal.name in str(refused.value)
    result = run("info", path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and journal.name in result.stderr
    # Copied together to a writable folder, it opens there: the unfinished change is rolled back.
    rescue = tmp_path / "rescue"
    rescue.mkdir()
    shutil.copy(path, rescue)
    shutil.copy(journal, rescue)
    with open_case(rescue / path.name, read_only=True) as case:
        assert case.title == "U 盘上的案件" and verify_case(case).ok
        assert case.audit_entries()[-1]["action"] == "case.recovered"
        tables = {r[0] for r in case.file.conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables
    assert sorted(p.name for p in rescue.iterdir()) == [path.name]


def test_what_a_crash_left_is_cleared_by_the_next_command_whatever_it_is(tmp_path, probe_pool):
    folder = tmp_path / "cases"
    folder.mkdir()
    path = make_case(folder, probe_pool)
    leave_mid_change(path)
    result = run("search", path, "Canon")  # a read-only command
    assert result.returncode == 0 and "Canon" in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    with open_case(path, read_only=True) as case:
        assert case.title == "U 盘上的案件"  # the half-made change is gone
    # A lock a crashed window left, with no journal: the next read clears it too.
    path.with_name(path.name + ".lock").write_text("")
    assert run("info", path).returncode == 0
    assert sorted(p.name for p in folder.iterdir()) == [path.name]

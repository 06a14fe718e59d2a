"""Passphrase-encrypted cases: nothing readable without the passphrase, a wrong one changes nothing,
every storage path works the same on an encrypted case, and setting, changing or removing the
passphrase keeps everything."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest
from sqlite_utils import Database

from desktop.core import thumbnails
from desktop.core.blobs import Thumbnail
from desktop.core.errors import NotACaseFile, PassphraseNeeded, WrongPassphrase
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, is_locked_with_passphrase, open_case, save_copy
from desktop.core.passphrase import change_passphrase
from desktop.core.verify import verify_case
from desktop.dossier.build import DossierOptions, build_dossier
from tests.helpers import PDFS, PHOTOS, ROOT

PASSPHRASE = "correct horse 马 battery"
SECRETS = {"title": "隐私案件 Private case", "complainant_name": "李晓雯", "complainant_phone": "13800001234",
           "clinic_name": "悦颜医疗美容诊所", "notes": "ID 110101199003071234"}
FILES = [PHOTOS / "Canon_40D.jpg", PHOTOS / "iphone_IMG_5195.HEIC", PHOTOS / "orientation_landscape_6.jpg",
         PDFS / "google-doc.pdf"]


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def locked(tmp_path, probe_pool):
    """An encrypted case with details, evidence and their pictures, an event, a letter."""
    path = tmp_path / "locked.refundcase"
    with create_case(path, SECRETS["title"], passphrase=PASSPHRASE) as case:
        case.details.update({k: v for k, v in SECRETS.items() if k != "title"})
        import_paths(case, FILES, pool=probe_pool)
        thumbnails.make_missing(case, probe_pool)
        case.timeline.add("2026-03-02", "寄出退款要求函 demand sent", kind="demand")
        case.letters.create("demand", "zh", "退款及赔偿要求函", [{"key": "body", "label": "信函",
                                                              "text": "请贵机构退还 19,800 元", "limit": 0}])
    return path


def test_an_encrypted_case_holds_none_of_its_strings_or_image_bytes(locked):
    data = locked.read_bytes()
    assert is_locked_with_passphrase(locked) and not data.startswith(b"SQLite format 3")
    needles = [text.encode("utf-8") for text in SECRETS.values()]
    needles += ["寄出退款要求函".encode(), "请贵机构退还".encode(), b"Canon", b"JFIF", b"Exif"]
    for source in FILES:  # a run of every file's bytes from its middle
        content = source.read_bytes()
        needles.append(content[len(content) // 2:len(content) // 2 + 32])
    with open_case(locked, read_only=True, passphrase=PASSPHRASE) as case:
        pictures = [case.evidence.thumbnail(item["id"]) for item in case.evidence.list()]
        assert len(case.search("悦颜医疗")) == 1 and len(case.search("退款要求")) >= 1  # the search index works
        assert verify_case(case).ok
    needles += [picture.data[200:232] for picture in pictures if isinstance(picture, Thumbnail)]
    assert len(needles) > 12
    assert [needle for needle in needles if needle in data] == []


def test_a_wrong_or_missing_passphrase_changes_nothing_and_a_stranger_file_is_never_asked(locked, tmp_path):
    before = sha(locked)
    for read_only in (False, True):
        with pytest.raises(WrongPassphrase) as wrong:
            open_case(locked, read_only=read_only, passphrase="not it")
        assert wrong.value.code == "passphrase.wrong" and "does not open" in str(wrong.value)
    with pytest.raises(PassphraseNeeded) as needed:
        open_case(locked)
    assert "locked with a passphrase" in str(needed.value)
    assert sha(locked) == before and sorted(p.name for p in tmp_path.iterdir()) == ["locked.refundcase"]
    stranger = tmp_path / "stranger.refundcase"
    stranger.write_bytes(os.urandom(70_000))
    for attempt in (lambda: is_locked_with_passphrase(stranger), lambda: open_case(stranger, passphrase="anything")):
        with pytest.raises(NotACaseFile) as refused:  # "not a case file", never "locked with a passphrase"
            attempt()
        assert refused.value.code == "not_a_case.not_sqlite"


def test_changing_removing_and_setting_the_passphrase_keeps_everything(locked, tmp_path):
    with open_case(locked, read_only=True, passphrase=PASSPHRASE) as case:
        before = [(i["file_name"], i["sha256"]) for i in case.evidence.list()]
    change_passphrase(locked, PASSPHRASE, "a new passphrase")
    with pytest.raises(WrongPassphrase):
        open_case(locked, passphrase=PASSPHRASE)
    with open_case(locked, read_only=True, passphrase="a new passphrase") as case:
        assert verify_case(case).ok and [(i["file_name"], i["sha256"]) for i in case.evidence.list()] == before
        assert case.audit_entries()[-1]["detail"] == {"passphrase": "changed"}
    change_passphrase(locked, "a new passphrase", None)
    assert locked.read_bytes().startswith(b"SQLite format 3")
    with open_case(locked, read_only=True) as case:
        assert verify_case(case).ok and case.title == SECRETS["title"] and len(case.search("悦颜医疗")) == 1
    change_passphrase(locked, None, "third one")
    with open_case(locked, read_only=True, passphrase="third one") as case:
        assert verify_case(case).ok and [(i["file_name"], i["sha256"]) for i in case.evidence.list()] == before
        assert [e["detail"].get("passphrase") for e in case.audit_entries()][-3:] == ["changed", "removed", "set"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.refundcase"]


def test_every_storage_path_works_on_an_encrypted_case(locked, tmp_path, probe_pool, monkeypatch):
    import desktop.core.importer as importer

    monkeypatch.setattr(importer, "STAGE_ABOVE", 1024 * 1024)  # a big file's staged commits too
    big = tmp_path / "recording.m4a"
    big.write_bytes(b"\x00\x00\x00\x20ftypM4A " + os.urandom(3 * 1024 * 1024))
    with open_case(locked, passphrase=PASSPHRASE) as case:
        [stored] = import_paths(case, [big], pool=probe_pool)
        assert stored.status == "stored" and case.evidence.recompute_hash(stored.evidence_id) == sha(big)
        photo = next(i for i in case.evidence.list() if i["file_name"] == "Canon_40D.jpg")
        case.evidence.update(photo["id"], {"title": "术后照片", "category": "photo_after"})
        event = case.timeline.add("2026-04-01", "复诊", kind="follow-up", evidence_ids=[photo["id"]]).created
        case.timeline.update(event, {"title": "复诊 follow-up"})
        step = case.checklist.by_key("send-written-demand")
        case.checklist.update(step["id"], {"status": "done", "outcome": "已寄出"})
        case.links.set("step", step["id"], "evidence", [photo["id"]])
        case.evidence.trash([stored.evidence_id])
        case.evidence.empty_trash()
        case.evidence.export(photo["id"], tmp_path / "out.jpg")
        save_copy(case, tmp_path / "copy.refundcase")
        # sqlite-utils' own fallbacks catch the standard library's exceptions: insert-with-alter works.
        Database(case.file.conn, execute_plugins=False)["scratch"].insert({"a": 1})
        Database(case.file.conn, execute_plugins=False)["scratch"].insert({"a": 2, "b": "新列"}, alter=True)
        case.file.conn.execute("DROP TABLE scratch")
        with pytest.raises(sqlite3.OperationalError) as bad:
            case.file.conn.execute("SELECT nothing FROM nowhere")
        assert bad.value.sqlite_errorcode == 1
        assert verify_case(case).ok
    assert (tmp_path / "out.jpg").read_bytes() == (PHOTOS / "Canon_40D.jpg").read_bytes()
    with open_case(tmp_path / "copy.refundcase", read_only=True, passphrase=PASSPHRASE) as copy:
        assert copy.timeline.get(event)["title"] == "复诊 follow-up" and verify_case(copy).ok
    with open_case(locked, read_only=True, passphrase=PASSPHRASE) as case:
        key = case.file.key
    result = build_dossier(locked, tmp_path / "dossier.pdf", DossierOptions(lang="en"), key=key)
    assert result.exhibits == len(FILES) and not result.mismatched


def run(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("REFUNDCASE_")}
    environment.update(env)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=environment, stdin=subprocess.DEVNULL)


def test_the_command_line_with_a_passphrase(tmp_path):
    path = tmp_path / "cli.refundcase"
    made = run("new", path, "--encrypt", "--title", "命令行", REFUNDCASE_PASSPHRASE="cli pass phrase")
    assert made.returncode == 0 and "locked with a passphrase" in made.stdout and is_locked_with_passphrase(path)
    before = sha(path)
    for env in ({}, {"REFUNDCASE_PASSPHRASE": "wrong"}):  # no terminal here: never a wait
        for command in (("info", path), ("verify", path), ("search", path, "x"), ("export", path, tmp_path / "d.pdf")):
            result = run(*command, **env)
            assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, (command, result.stderr)
    assert sha(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["cli.refundcase"]
    assert run("import", path, PHOTOS / "Canon_40D.jpg", REFUNDCASE_PASSPHRASE="cli pass phrase").returncode == 0
    changed = run("passphrase", path, "--change", REFUNDCASE_PASSPHRASE="cli pass phrase",
                  REFUNDCASE_NEW_PASSPHRASE="another phrase")
    assert changed.returncode == 0, changed.stderr
    assert run("verify", path, REFUNDCASE_PASSPHRASE="another phrase").stdout.startswith("ok: 1 items")
    missing = run("passphrase", path, "--change", REFUNDCASE_PASSPHRASE="another phrase")
    assert missing.returncode == 2 and "REFUNDCASE_NEW_PASSPHRASE" in missing.stderr
    assert run("passphrase", path, "--remove", REFUNDCASE_PASSPHRASE="another phrase").returncode == 0
    assert run("info", path).returncode == 0 and not is_locked_with_passphrase(path)


def test_a_changed_byte_in_an_encrypted_case_is_found_by_the_check(locked):
    with open_case(locked, read_only=True, passphrase=PASSPHRASE) as case:
        last = max(case.evidence.list(), key=lambda item: item["id"])
    data = bytearray(locked.read_bytes())
    data[-3000] ^= 0x01  # one bit, in the last page: stored content, which opening does not read through
    locked.write_bytes(bytes(data))
    with open_case(locked, read_only=True, passphrase=PASSPHRASE) as case:
        report = verify_case(case)
    assert not report.ok
    assert report.structure != "ok" or any(m["id"] == last["id"] for m in report.mismatched)

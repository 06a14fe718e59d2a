"""Opening a case checks every table but the stored content; the content is guarded by each item's
SHA-256 instead. A damaged piece of content must still be named plainly wherever it is read:
preview, export, verify (and the whole-file check finds a damaged page)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.core.errors import CaseError
from desktop.core.importer import import_paths
from desktop.core.lifecycle import create_case, open_case
from desktop.core.preview import render_evidence
from desktop.core.verify import verify_case
from tests.helpers import PHOTOS, ROOT

PAGE = 65536


@pytest.fixture
def recording(tmp_path):
    path = tmp_path / "call.m4a"
    path.write_bytes(b"\x00\x00\x00\x20ftypM4A " + os.urandom(3 * 1024 * 1024))
    return path


def stored_case(tmp_path, recording, probe_pool):
    path = tmp_path / "damaged.refundcase"
    photo = tmp_path / "photo.jpg"
    photo.write_bytes((PHOTOS / "mobile_jolla.jpg").read_bytes())
    with create_case(path, "damaged") as case:
        outcomes = import_paths(case, [PHOTOS / "Canon_40D.jpg", recording, photo], pool=probe_pool)
    return path, {o.path.rsplit("/", 1)[-1]: o.evidence_id for o in outcomes}


def offset_of(case_path, content: bytes) -> int:
    data = case_path.read_bytes()
    where = data.find(content)
    assert where > 0 and data.find(content, where + 1) == -1
    return where


def test_changed_bytes_are_named_when_previewed_exported_and_verified(tmp_path, recording, probe_pool):
    path, ids = stored_case(tmp_path, recording, probe_pool)
    picture = (tmp_path / "photo.jpg").read_bytes()
    where = offset_of(path, picture[200_000:200_064])  # a run of the picture's bytes inside the case file
    with open(path, "r+b") as handle:
        handle.seek(where)
        handle.write(bytes(b ^ 0xFF for b in picture[200_000:200_004]))

    with open_case(path) as case:  # opening does not read the content through: it opens as usual
        preview = render_evidence(case, ids["photo.jpg"])
        assert [n["code"] for n in preview.notes] == ["preview.damaged"] and "photo.jpg" in preview.notes[0]["text"]
        with pytest.raises(CaseError) as refused:
            case.evidence.export(ids["photo.jpg"], tmp_path / "out.jpg")
        assert refused.value.code == "evidence.damaged" and "photo.jpg" in str(refused.value)
        assert not (tmp_path / "out.jpg").exists() and not list(tmp_path.glob(".out.jpg*"))
        case.evidence.export(ids["call.m4a"], tmp_path / "call-out.m4a")  # the others are fine
        assert (tmp_path / "call-out.m4a").read_bytes() == recording.read_bytes()
        report = verify_case(case)
    assert [m["file_name"] for m in report.mismatched] == ["photo.jpg"] and report.structure == "ok"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "verify", str(path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1 and "MISMATCH" in result.stdout and "photo.jpg" in result.stdout


def test_a_damaged_page_of_content_is_named_and_found_by_the_whole_file_check(tmp_path, recording, probe_pool):
    path, ids = stored_case(tmp_path, recording, probe_pool)
    content = recording.read_bytes()
    where = offset_of(path, content[1_500_000:1_500_064])  # deep inside a 1 MiB chunk: an overflow page
    page_start = where - where % PAGE
    with open(path, "r+b") as handle:  # the overflow page's link to the next one points nowhere
        handle.seek(page_start)
        handle.write(b"\xff\xff\xff\xf0")

    with open_case(path) as case:
        assert case.evidence.count() == 3  # the case opens; its listings and details read as usual
        with pytest.raises(CaseError) as refused:
            b"".join(case.evidence.iter_verified(ids["call.m4a"]))
        assert refused.value.code == "evidence.damaged" and "call.m4a" in str(refused.value)
        report = verify_case(case)
    assert [(m["file_name"], m["actual"]) for m in report.mismatched] == [("call.m4a", "unreadable")]
    assert report.structure != "ok" and not report.ok
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "verify", str(path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1 and "call.m4a" in result.stdout and "FILE STRUCTURE DAMAGED" in result.stdout

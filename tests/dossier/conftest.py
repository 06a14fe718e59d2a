"""A case built from the shared real-world fixtures, filled in as a user would, exported once per
session in each language (the exports are what most dossier tests read)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import BROKEN, PDFS, PHOTOS

PHOTO_FILES = ["orientation_landscape_1.jpg", "orientation_landscape_3.jpg", "orientation_landscape_6.jpg",
               "orientation_landscape_8.jpg", "orientation_portrait_1.jpg", "orientation_portrait_6.jpg",
               "iphone_IMG_5195.HEIC", "scan_BSG1.tiff", "gps_DSCN0010.jpg"]
PDF_FILES = ["pdflatex-4-pages.pdf", "google-doc.pdf", "libreoffice-writer.pdf"]
PRIVATE_FILE = "mobile_jolla.jpg"

DETAILS = {
    "complainant_name": "李小红",
    "complainant_phone": "138 0000 1234",
    "complainant_address": "上海市徐汇区某路 12 号",
    "clinic_name": "美丽人生医疗美容诊所",
    "clinic_address": "上海市静安区某大厦 5 楼",
    "clinic_credit_code": "91310000MA1FL12345",
    "clinic_licence_no": "PDY12345631010617D2192",
    "treatment": "玻尿酸填充（鼻部）",
    "treatment_dates": "2026-03-02",
    "amount_paid": "¥12,800",
    "payment_method": "支付宝",
    "demand_kind": "full_refund",
    "demand_amount": "¥12,800",
    "refund_clause": "no",
    "first_aware_date": "2026-03-05",
    "notes": "术后第三天出现红肿和不对称，机构拒绝退款。",
}


def build_sample_case(path: Path, pool) -> dict:
    """Create and fill a case; returns what the tests compare against."""
    from desktop.core.importer import import_paths
    from desktop.core.lifecycle import create_case

    staging = path.parent / "staging"
    staging.mkdir()
    for name in PHOTO_FILES + [PRIVATE_FILE]:
        shutil.copy(PHOTOS / name, staging / name)
    for name in PDF_FILES:
        shutil.copy(PDFS / name, staging / name)
    shutil.copy(BROKEN / "password-protected.pdf", staging / "password-protected.pdf")
    (staging / "chat-export.txt").write_text("2026-03-05 诊所：请您再等等。\n", encoding="utf-8")
    with create_case(path, "李小红诉美丽人生医美退款 Refund dispute") as case:
        case.details.update(DETAILS)
        outcomes = import_paths(case, sorted(staging.iterdir()), pool=pool)
        assert all(o.status == "stored" for o in outcomes), [o.line() for o in outcomes]
        items = {i["file_name"]: i for i in case.evidence.list()}
        case.evidence.update(items["google-doc.pdf"]["id"], {
            "title": "付款收据", "category": "payment_record", "proves": "已支付 12,800 元", "source": "诊所前台"})
        case.evidence.update(items["orientation_landscape_6.jpg"]["id"], {
            "title": "术后照片 第三天", "category": "photo_after", "proves": "鼻部红肿"})
        case.evidence.update(items[PRIVATE_FILE]["id"], {"private": 1, "title": "私人照片"})
        case.timeline.add("2026-03-02", "在诊所接受玻尿酸注射", kind="treatment",
                          evidence_ids=[items["google-doc.pdf"]["id"]])
        case.timeline.add("2026-03-05", "发现红肿，联系诊所", kind="complication",
                          description="诊所让我等一周。",
                          evidence_ids=[items["orientation_landscape_6.jpg"]["id"], items["chat-export.txt"]["id"]])
        step = case.checklist.by_key("send-written-demand")
        case.checklist.update(step["id"], {"status": "done", "started_on": "2026-03-06", "done_on": "2026-03-07",
                                           "outcome": "诊所未答复"})
        case.links.set("step", step["id"], "evidence", [items["chat-export.txt"]["id"]])
        public = case.evidence.list(include_private=False)
        everything = case.evidence.list()
    return {"public": public, "all": everything}


@pytest.fixture(scope="session")
def sample(tmp_path_factory):
    from desktop.core.probe_pool import ProbePool

    folder = tmp_path_factory.mktemp("dossier-case")
    with ProbePool() as pool:
        expected = build_sample_case(folder / "sample.refundcase", pool)
    return folder / "sample.refundcase", expected


@pytest.fixture(scope="session")
def exported(sample, tmp_path_factory):
    """The sample case exported in both languages with the default options."""
    from desktop.dossier.build import DossierOptions, build_dossier

    case_path, expected = sample
    folder = tmp_path_factory.mktemp("dossier-out")
    results = {}
    for lang in ("zh", "en"):
        results[lang] = build_dossier(case_path, folder / f"dossier-{lang}.pdf", DossierOptions(lang=lang))
    return results, expected

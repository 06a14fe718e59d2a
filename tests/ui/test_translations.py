"""Every interface string has its Simplified Chinese translation, placeholders intact."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.helpers import ROOT

TS = ROOT / "resources" / "translations" / "refund_zh_CN.ts"
PLACEHOLDER = re.compile(r"%\d|%n|\{[^}]*\}")


def test_every_string_in_the_code_is_translated(tmp_path):
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, cwd=ROOT, timeout=120)
    messages = [(m.find("source").text or "", m.find("translation"))
                for m in ET.parse(fresh).getroot().iter("message")]
    assert len(messages) > 300
    untranslated = [source for source, translation in messages
                    if translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip()]
    assert untranslated == [], f"run `make translations` and translate: {untranslated[:10]}"
    for source, translation in messages:
        text = "".join(translation.itertext())
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(text)), (source, text)

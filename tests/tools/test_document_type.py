"""The .refundcase document type as each system is told it, and the PyInstaller spec that gives it to
macOS (run here with PyInstaller's build steps recorded instead of run)."""

import plistlib
import sys
import types

import pytest

from desktop.core.connection import APPLICATION_ID as WRITTEN_ID
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import document_type  # noqa: E402

SPEC = ROOT / "tools" / "RefundCaseOrganizer.spec"


def test_the_magic_is_the_application_id_the_case_file_carries():
    assert document_type.APPLICATION_ID == WRITTEN_ID
    assert f'value="0x{WRITTEN_ID:08x}"' in document_type.mime_xml()


def test_macos_is_told_the_extension_and_the_type_it_belongs_to():
    plist = plistlib.loads(plistlib.dumps(document_type.mac_info_plist()))  # it is valid plist data
    (document,) = plist["CFBundleDocumentTypes"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]] == [document_type.MAC_TYPE_ID]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["refundcase"]
    assert document["CFBundleTypeRole"] == "Editor"


def run_spec(monkeypatch, platform):
    """Execute the spec as PyInstaller would, recording each build step's arguments."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_all = lambda package: ([], [], [package])
    hooks.collect_submodules = lambda package: [f"{package}.app"]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    steps = {}

    def step(name):
        def record(*args, **kwargs):
            steps[name] = kwargs
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])
        return record

    namespace = {"SPECPATH": str(SPEC.parent), **{name: step(name) for name in
                                                   ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return steps


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_the_spec_builds_one_windowed_folder(monkeypatch, platform):
    steps = run_spec(monkeypatch, platform)
    assert "BUNDLE" not in steps
    assert steps["EXE"]["console"] is False and steps["COLLECT"]["name"] == "RefundCaseOrganizer"
    assert {"desktop.app", "pypdfium2", "pillow_heif"} <= set(steps["Analysis"]["hiddenimports"])


def test_the_spec_declares_the_document_type_in_the_mac_app_bundle(monkeypatch):
    steps = run_spec(monkeypatch, "darwin")
    assert steps["BUNDLE"]["info_plist"] == document_type.mac_info_plist()
    assert steps["BUNDLE"]["name"] == "RefundCaseOrganizer.app"

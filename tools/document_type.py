"""The case file as a document type, told to each system in its own words: a shared-mime-info entry
on Linux (tools/desktop_integration.py), Info.plist keys on macOS (tools/RefundCaseOrganizer.spec).
Windows is told nothing: a portable app must not write to the registry (see the README)."""

from __future__ import annotations

from xml.sax.saxutils import escape

EXTENSION = "refundcase"
MIME_TYPE = "application/x-refundcase"
# The name of the desktop entry and the icon; also Qt's desktopFileName (desktop/ui/app_setup.py).
APP_ID = "refund-case-organizer"
MAC_BUNDLE_ID = "org.refundcase.RefundCaseOrganizer"
MAC_TYPE_ID = "org.refundcase.case"
DESCRIPTION = {"en": "Refund case", "zh_CN": "维权案件"}
# A case is an SQLite file whose header holds this application_id at offset 68 (big-endian),
# the value desktop/core/connection.py writes ("RCO1").
APPLICATION_ID = 0x52434F31


def _comment(lang: str, text: str) -> str:
    attribute = "" if lang == "en" else f' xml:lang="{lang}"'
    return f"    <comment{attribute}>{escape(text)}</comment>"


def mime_xml() -> str:
    """The shared-mime-info package: the glob, and the magic for a case file renamed without it. Its
    icon is the one named after the type (application-x-refundcase), which the install puts in place."""
    comments = "\n".join(_comment(lang, text) for lang, text in DESCRIPTION.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
{comments}
    <sub-class-of type="application/vnd.sqlite3"/>
    <glob pattern="*.{EXTENSION}"/>
    <magic priority="60">
      <match type="string" offset="0" value="SQLite format 3">
        <match type="big32" offset="68" value="0x{APPLICATION_ID:08x}"/>
      </match>
    </magic>
  </mime-type>
</mime-info>
"""


def mac_info_plist() -> dict:
    """Info.plist keys that make Finder open *.refundcase with the app (PyInstaller's BUNDLE)."""
    return {
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": DESCRIPTION["en"],
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [MAC_TYPE_ID],
            "CFBundleTypeExtensions": [EXTENSION],  # for macOS before type identifiers
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": MAC_TYPE_ID,
            "UTTypeDescription": DESCRIPTION["en"],
            "UTTypeConformsTo": ["public.database", "public.data"],
            "UTTypeTagSpecification": {"public.filename-extension": [EXTENSION], "public.mime-type": [MIME_TYPE]},
        }],
        "NSHighResolutionCapable": True,
    }

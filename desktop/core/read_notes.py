"""Notes of what could not be read in a file (at import) or shown (in a preview).

A note is a dict {"code", "params", "text"}: the code and its params let an interface or the dossier
say it in the reader's language; the English `text` is what the CLI, the search index and older
readers use, and the fallback for a code nobody knows. Params are preformatted strings.

The import stores the notes in evidence.read_notes (JSON) and their texts joined by "; " in
evidence.read_note, as files made before read_notes existed did."""

from __future__ import annotations

import json
import re
from functools import cache

SEPARATOR = "; "

# The English sentence of each code, exactly as the import wrote it before notes had codes:
# recognise_notes() relies on that to give old files their codes.
TEMPLATES: dict[str, str] = {
    # import (probe.py, probe_pool.py, importer.py)
    "file.unreadable": "could not be read: {detail}",
    "file.empty": "empty file (0 bytes)",
    "image.decompression_bomb": "image too large to decode safely (possible decompression bomb): "
                                "kept as an attachment",
    "image.unreadable": "image could not be fully read ({detail}): kept as an attachment",
    "exif.unreadable": "EXIF metadata unreadable ({detail})",
    "exif.partly_unreadable": "EXIF metadata partly unreadable ({detail})",
    "exif.time_unreadable": "EXIF capture time unreadable ({value})",
    "pdf.password": "password-protected PDF: its pages cannot be read or previewed",
    "pdf.unopenable": "PDF could not be opened ({detail})",
    "pdf.render_failed": "PDF first page could not be rendered ({detail})",
    "type.unrecognised": "type not recognised: kept as an attachment",
    "probe.timeout": "reading this file took longer than {seconds} s and was stopped: kept as an attachment",
    "probe.crashed": "the file crashed the reader (exit code {exit_code}): kept as an attachment",
    "probe.failed": "the file could not be read ({error}): kept as an attachment",
    # the thumbnails pass, after the import (thumbnails.py)
    "picture.too_large": "too large to make a thumbnail of: kept without a picture",
    "content.unreadable": "the stored content could not be read back ({detail})",
    # reading the text in pictures (ocr_engine.py)
    "text.photo_not_read": "looks like a photo of people or places (little text found): its text was not read",
    "text.pages_limited": "only the first {pages} pages were read",
    "text.timeout": "reading the text took longer than {seconds} s and was stopped",
    "text.failed": "the text could not be read (the reader stopped: {reason})",
    # preview (preview.py)
    "preview.unsupported": "No preview for this type of file: open it in another program to see it.",
    "preview.image_too_large": "This image is too large to show safely; open it in another program.",
    "preview.image_unreadable": "This image could not be shown ({detail}).",
    "preview.pdf_password": "This PDF is password-protected: its pages cannot be shown. "
                            "Open it in another program with its password.",
    "preview.pdf_unopenable": "This PDF could not be opened ({detail}).",
    "preview.pdf_no_pages": "This PDF has no pages.",
    "preview.damaged": "“{name}” is damaged in the case file: its content no longer matches the SHA-256 recorded "
                       "when it was imported. Check the case file (File menu) to see every item.",
    "preview.page_failed": "Page {page} could not be drawn ({detail}).",
}


def note(code: str, **params: object) -> dict:
    """A note of a known code, its English text filled in from the params."""
    params = {key: str(value) for key, value in params.items()}
    return {"code": code, "params": params, "text": TEMPLATES[code].format_map(params)}


def joined_text(notes: list[dict]) -> str:
    """The English read_note of these notes."""
    return SEPARATOR.join(n["text"] for n in notes)


def recognise_notes(read_note: str | None) -> list[dict]:
    """The structured notes of an English read_note (files imported before notes had codes).
    A detail may itself hold "; ", so a piece that is no known note alone is joined with the next
    ones until they make one; a piece no code matches keeps its text with an empty code."""
    pieces = (read_note or "").split(SEPARATOR)
    notes, start = [], 0
    while start < len(pieces):
        for end in range(start + 1, len(pieces) + 1):
            found = _match(SEPARATOR.join(pieces[start:end]))
            if found is not None:
                notes.append(found)
                start = end
                break
        else:
            if pieces[start].strip():
                notes.append({"code": "", "params": {}, "text": pieces[start]})
            start += 1
    return notes


def loads(value: str | None) -> list[dict]:
    """The notes stored in evidence.read_notes; anything malformed reads as no notes."""
    try:
        parsed = json.loads(value or "[]")
    except ValueError:
        return []
    if not isinstance(parsed, list):
        return []
    return [{"code": str(n.get("code") or ""), "params": _params(n.get("params")), "text": str(n.get("text") or "")}
            for n in parsed if isinstance(n, dict)]


def _params(value: object) -> dict[str, str]:
    """A note's params, preformatted strings as note() makes them."""
    return {str(key): str(item) for key, item in value.items()} if isinstance(value, dict) else {}


def dumps(notes: list[dict]) -> str:
    return json.dumps(notes, ensure_ascii=False)


def _match(text: str) -> dict | None:
    for code, pattern in _patterns().items():
        found = pattern.fullmatch(text)
        if found:
            return {"code": code, "params": found.groupdict(), "text": text}
    return None


@cache
def _patterns() -> dict[str, re.Pattern]:
    patterns = {}
    for code, template in TEMPLATES.items():
        parts = re.split(r"\{(\w+)\}", template)  # literal, name, literal, name, …
        regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>.*)"
                        for index, part in enumerate(parts))
        patterns[code] = re.compile(regex, re.DOTALL)
    return patterns

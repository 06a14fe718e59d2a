"""Problems the core reports, said in the interface language.

The core (which has no Qt) raises CaseError with an English message, a stable `code` and the
`params` the message uses; an import outcome likewise carries `reason_code` and `reason_params`.
Here each code has its sentence as a literal translate() call, so pyside6-lupdate extracts it; notes of
what could not be read in a file (core/read_notes.py) are said the same way. The
English source sentences match the core's messages word for word; a code without a sentence here
falls back to the core's English text, so nothing is ever shown empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import CaseError
from desktop.core.importer import ImportOutcome

CONTEXT = "Errors"


def describe(exc: BaseException) -> str:
    """What went wrong, in the interface language."""
    if not isinstance(exc, CaseError):
        return str(exc)
    template = _case_error_templates().get(exc.code)
    return _fill(template, exc.params, exc.message)


def describe_import_reason(outcome: ImportOutcome) -> str:
    """Why a file was not added (or, for a stored file, the note of what could not be read)."""
    if outcome.status == "stored" and outcome.notes:
        return describe_notes(outcome.notes, "; ")
    template = _import_reason_templates().get(outcome.reason_code)
    return _fill(template, outcome.reason_params, outcome.reason)


def describe_note(note: dict) -> str:
    """A note of what could not be read or shown ({code, params, text}: see core/read_notes.py)."""
    template = _note_templates().get(note.get("code") or "")
    return _fill(template, note.get("params") or {}, note.get("text") or "")


def describe_notes(notes, separator: str = "\n") -> str:
    """Several notes, one a line unless told otherwise."""
    return separator.join(text for text in map(describe_note, notes or ()) if text)


def _fill(template: str | None, params: dict[str, str], fallback: str) -> str:
    if template is None:
        return fallback
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError):
        return fallback  # a sentence and its params out of step: the English text is still right


def _case_error_templates() -> dict[str, str]:
    # Built on each call: the translations follow the language chosen at that moment.
    return {
        "not_a_case.missing": QCoreApplication.translate("Errors", "There is no file at {location}."),
        "details.unknown_field": QCoreApplication.translate("Errors", "{field} is not a case detail."),
        "details.bad_choice": QCoreApplication.translate("Errors", "{value} is not a value of {field}."),
        "details.bad_date": QCoreApplication.translate("Errors", "{value} is not a date for {field} (write it as "
                                                                  "YYYY-MM-DD)."),
        "not_a_case.folder": QCoreApplication.translate("Errors", "{location} is a folder, not a case file."),
        "not_a_case.empty": QCoreApplication.translate("Errors", "{name} is empty (0 bytes): it is not a case file."),
        "not_a_case.not_sqlite": QCoreApplication.translate(
            "Errors", "{name} is not a case file (it is not a SQLite database)."),
        "not_a_case.other_program": QCoreApplication.translate(
            "Errors", "{name} is a database of another program, not a Refund Case Organizer case file."),
        "not_a_case.cannot_open": QCoreApplication.translate("Errors", "{name} cannot be opened: {detail}."),
        "permission.read": QCoreApplication.translate("Errors", "The app is not allowed to read {location}."),
        "corrupt": QCoreApplication.translate("Errors", "{name} is damaged and cannot be read ({detail})."),
        "corrupt.check": QCoreApplication.translate("Errors", "{name} is damaged ({detail})."),
        "corrupt.truncated": QCoreApplication.translate(
            "Errors", "{name} is truncated: it is shorter than one database page."),
        "newer_version": QCoreApplication.translate(
            "Errors", "{name} was saved by a newer version of Refund Case Organizer (case format {file_version}; "
                      "this version reads up to {app_version}). Update the app to open it; the file was not changed."),
        "older_version": QCoreApplication.translate(
            "Errors", "{name} is from an older version; open it for writing once to upgrade it "
                      "(from a read-only disk, copy it to a writable folder first)."),
        "locked": QCoreApplication.translate(
            "Errors", "{name} is already open in another window or program. Close it there first."),
        "locked.busy": QCoreApplication.translate(
            "Errors", "{name} is busy in another program; try again in a moment."),
        "read_only.opened": QCoreApplication.translate(
            "Errors", "This case is open read-only: changes cannot be saved."),
        "read_only.medium": QCoreApplication.translate(
            "Errors", "{name} is on a read-only disk or in a folder the app cannot write to. "
                      "Copy it to a writable folder to work on it, or open it read-only to read and export."),
        "read_only.write": QCoreApplication.translate(
            "Errors", "{name} cannot be written (read-only disk or file): the change was not saved."),
        "read_only.open": QCoreApplication.translate("Errors", "{name} cannot be opened for writing: {detail}."),
        "read_only.lock": QCoreApplication.translate("Errors", "The folder of {name} cannot be written ({detail})."),
        "read_only.folder": QCoreApplication.translate("Errors", "The folder {folder} cannot be written."),
        "disk_full": QCoreApplication.translate(
            "Errors", "The disk is full: the change was not saved, and the case is as it was before."),
        "passphrase.needed": QCoreApplication.translate(
            "Errors", "{name} is locked with a passphrase: enter it to open the case."),
        "passphrase.wrong": QCoreApplication.translate(
            "Errors", "The passphrase does not open {name}. Check it and try again; nothing was changed."),
        "passphrase.copy_failed": QCoreApplication.translate(
            "Errors", "The new copy of {name} did not check out; the case was left as it was."),
        "gone": QCoreApplication.translate(
            "Errors", "{name} can no longer be reached (was the USB stick removed, or the file or its folder moved?). "
                      "Everything saved before is in the file; this change was not saved."),
        "read_only.hot_journal": QCoreApplication.translate(
            "Errors", "{name} was not closed properly (a crash, or the disk was removed during a change), and it is "
                      "on a read-only disk or in a folder the app cannot write to, so the unfinished change cannot be "
                      "undone here. Copy {name} together with {journal} into a writable folder and open it there."),
        "io_error": QCoreApplication.translate(
            "Errors", "Reading or writing {name} failed (was the USB stick removed?). The last change was not saved."),
        "space.free": QCoreApplication.translate(
            "Errors", "Not enough free space: these files need about {needed} and the disk holding the case has "
                      "{free} free. Nothing was imported. Free some space or move the case to a larger disk."),
        "space.fat32": QCoreApplication.translate(
            "Errors", "The case is on a FAT32 disk, where one file cannot exceed 4 GB. With these files the case "
                      "would reach about {size}. Nothing was imported. Move the case to a disk formatted as exFAT "
                      "or NTFS, or import fewer or smaller files."),
        "exists": QCoreApplication.translate("Errors", "{name} already exists; choose another name."),
        "copy_failed": QCoreApplication.translate("Errors", "The copy could not be written to {location}: {detail}."),
        "not_found.evidence": QCoreApplication.translate("Errors", "There is no evidence item {id} in this case."),
        "not_found.text_line": QCoreApplication.translate(
            "Errors", "There is no line {id} of recognised text in this case."),
        "not_found.event": QCoreApplication.translate("Errors", "There is no event {id} in this case."),
        "not_found.step": QCoreApplication.translate("Errors", "There is no step {step} in this case."),
        "not_found.letter": QCoreApplication.translate("Errors", "There is no letter {id} in this case."),
        "letter.sent": QCoreApplication.translate(
            "Errors", "This letter was sent: it is kept exactly as it was sent. Make a new letter to write again."),
        "bad_date": QCoreApplication.translate("Errors", "{value} is not a date (use YYYY-MM-DD)."),
        "too_large": QCoreApplication.translate(
            "Errors", "This file is too large to open in memory; export it instead."),
        "evidence.damaged": QCoreApplication.translate(
            "Errors", "“{name}” (evidence {id}) is damaged in the case file: its content no longer matches the "
                      "SHA-256 recorded when it was imported. Check the case file (File menu) to see every item; a "
                      "copy of the case made before the damage still holds it."),
        "export_failed": QCoreApplication.translate("Errors", "Could not write {location}: {detail}."),
        "redaction.not_image": QCoreApplication.translate(
            "Errors", "“{name}” is not a picture: only pictures can be redacted."),
        "redaction.no_boxes": QCoreApplication.translate("Errors", "Draw at least one box over what should be hidden."),
        "redaction.duplicate": QCoreApplication.translate(
            "Errors", "An identical redacted copy is already in the case (evidence {id})."),
        "redaction.too_large": QCoreApplication.translate(
            "Errors", "“{name}” is too large to open safely, so it cannot be redacted here."),
        "redaction.unreadable": QCoreApplication.translate(
            "Errors", "“{name}” could not be read as a picture ({detail})."),
        "dossier.no_folder": QCoreApplication.translate("Errors", "The folder {folder} does not exist."),
        "dossier.folder_read_only": QCoreApplication.translate(
            "Errors", "The folder {folder} cannot be written: choose another place for the dossier."),
        "dossier.mismatch": QCoreApplication.translate(
            "Errors", "{count} evidence item(s) no longer match the SHA-256 recorded at import: {items}. "
                      "The dossier was not made. Run Verify to see the details."),
        "dossier.write_failed": QCoreApplication.translate(
            "Errors", "The dossier could not be written to {location}: {detail}."),
    }


def _import_reason_templates() -> dict[str, str]:
    return {
        "missing": QCoreApplication.translate("Errors", "no such file"),
        "folder_unreadable": QCoreApplication.translate("Errors", "folder unreadable: {detail}"),
        "unreadable": QCoreApplication.translate("Errors", "cannot be read: {detail}"),
        "not_regular": QCoreApplication.translate("Errors", "not a regular file"),
        "empty": QCoreApplication.translate("Errors", "empty file (0 bytes): there is nothing to keep"),
        "permission": QCoreApplication.translate("Errors", "permission denied"),
        "read_failed": QCoreApplication.translate("Errors", "reading failed part-way: {detail}"),
        "duplicate": QCoreApplication.translate("Errors", "identical content is already in the case"),
        "cancelled": QCoreApplication.translate("Errors", "import cancelled"),
    }


def _note_templates() -> dict[str, str]:
    return {
        "file.unreadable": QCoreApplication.translate("Notes", "could not be read: {detail}"),
        "file.empty": QCoreApplication.translate("Notes", "empty file (0 bytes)"),
        "image.decompression_bomb": QCoreApplication.translate(
            "Notes", "image too large to decode safely (possible decompression bomb): kept as an attachment"),
        "image.unreadable": QCoreApplication.translate(
            "Notes", "image could not be fully read ({detail}): kept as an attachment"),
        "exif.unreadable": QCoreApplication.translate("Notes", "EXIF metadata unreadable ({detail})"),
        "exif.partly_unreadable": QCoreApplication.translate("Notes", "EXIF metadata partly unreadable ({detail})"),
        "exif.time_unreadable": QCoreApplication.translate("Notes", "EXIF capture time unreadable ({value})"),
        "pdf.password": QCoreApplication.translate(
            "Notes", "password-protected PDF: its pages cannot be read or previewed"),
        "pdf.unopenable": QCoreApplication.translate("Notes", "PDF could not be opened ({detail})"),
        "pdf.render_failed": QCoreApplication.translate("Notes", "PDF first page could not be rendered ({detail})"),
        "type.unrecognised": QCoreApplication.translate("Notes", "type not recognised: kept as an attachment"),
        "probe.timeout": QCoreApplication.translate(
            "Notes", "reading this file took longer than {seconds} s and was stopped: kept as an attachment"),
        "probe.crashed": QCoreApplication.translate(
            "Notes", "the file crashed the reader (exit code {exit_code}): kept as an attachment"),
        "probe.failed": QCoreApplication.translate(
            "Notes", "the file could not be read ({error}): kept as an attachment"),
        "text.photo_not_read": QCoreApplication.translate(
            "Notes", "looks like a photo of people or places (little text found): its text was not read"),
        "text.pages_limited": QCoreApplication.translate("Notes", "only the first {pages} pages were read"),
        "text.timeout": QCoreApplication.translate(
            "Notes", "reading the text took longer than {seconds} s and was stopped"),
        "text.failed": QCoreApplication.translate("Notes", "the text could not be read (the reader stopped: {reason})"),
        "preview.unsupported": QCoreApplication.translate(
            "Notes", "No preview for this type of file: open it in another program to see it."),
        "preview.image_too_large": QCoreApplication.translate(
            "Notes", "This image is too large to show safely; open it in another program."),
        "preview.image_unreadable": QCoreApplication.translate("Notes", "This image could not be shown ({detail})."),
        "preview.pdf_password": QCoreApplication.translate(
            "Notes", "This PDF is password-protected: its pages cannot be shown. "
                     "Open it in another program with its password."),
        "preview.pdf_unopenable": QCoreApplication.translate("Notes", "This PDF could not be opened ({detail})."),
        "preview.pdf_no_pages": QCoreApplication.translate("Notes", "This PDF has no pages."),
        "preview.damaged": QCoreApplication.translate(
            "Notes", "“{name}” is damaged in the case file: its content no longer matches the SHA-256 recorded "
                     "when it was imported. Check the case file (File menu) to see every item."),
        "picture.too_large": QCoreApplication.translate(
            "Notes", "too large to make a thumbnail of: kept without a picture"),
        "content.unreadable": QCoreApplication.translate(
            "Notes", "the stored content could not be read back ({detail})"),
        "preview.page_failed": QCoreApplication.translate("Notes", "Page {page} could not be drawn ({detail})."),
    }

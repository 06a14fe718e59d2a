"""Reading the text in pictures from the command line: read the items (in a worker process, as the
window does), and print what was read in one of them."""

from __future__ import annotations

import signal
import sys

from desktop.cli.base import EXIT_INTERRUPTED, EXIT_OK, UsageError
from desktop.cli.passphrases import open_for_command
from desktop.core import reading
from desktop.core.case import Case
from desktop.core.ocr_engine import DOCUMENT


def register(sub) -> None:
    ocr = sub.add_parser("ocr", help="read the text in pictures and scans (what is not read yet, or the items named)",
                         description="Read the text in the case's pictures and scanned PDFs, offline. Without IDs: "
                                     "the items not read yet that the app reads by itself (screenshots, scans, "
                                     "documents, receipts; not photos of people or places). With IDs: exactly "
                                     "those items, read again if they were. Ctrl-C stops after the item being read.")
    ocr.add_argument("case")
    ocr.add_argument("ids", nargs="*", type=int, metavar="ID", help="an evidence item's id (as `info` lists it)")
    ocr.set_defaults(run=cmd_ocr)
    text = sub.add_parser("text", help="print the text read in an item, one line per line, corrections applied")
    text.add_argument("case")
    text.add_argument("id", type=int, help="an evidence item's id (as `info` lists it)")
    text.set_defaults(run=cmd_text)


class _StopAfterThisItem:
    """Ctrl-C while an item is read: that item is finished and kept, then the command stops; a second
    Ctrl-C stops at once (the item being read is then lost, those before it are kept)."""

    def __init__(self):
        self.requested = False
        self._previous = None

    def __enter__(self) -> _StopAfterThisItem:
        self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def _handle(self, signum, frame) -> None:
        self.requested = True
        signal.signal(signal.SIGINT, signal.default_int_handler)
        print("stopping after this item (Ctrl-C again to stop now)", file=sys.stderr, flush=True)

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self._previous)


def _named(case: Case, ids: list[int], listed: dict[int, dict]) -> list[int]:
    """The named items, each once; an id that is not in the case (or only in its trash, not `listed`) is an
    error."""
    for evidence_id in ids:
        case.evidence.get(evidence_id)  # raises "There is no evidence item N in this case."
        if evidence_id not in listed:
            raise UsageError(f"evidence item {evidence_id} is in the trash: restore it to read it")
    return list(dict.fromkeys(ids))


def _outcome(case: Case, evidence_id: int) -> tuple[str, int]:
    """What reading one item gave, as a line's end, and its number of lines."""
    lines = case.text.lines(evidence_id)
    info = case.text.read_info(evidence_id) or {"notes": []}
    own = sum(line["source"] == DOCUMENT for line in lines)
    said = f"{len(lines)} line{'s' if len(lines) != 1 else ''}" if lines else "no text found"
    if own:
        said += " (the PDF's own text)" if own == len(lines) else f" ({own} of them the PDF's own text)"
    notes = "; ".join(n["text"] for n in info["notes"])
    if notes:  # unreadable, or a camera's photo the detector found no document in
        said = f"{said}; note: {notes}" if lines else notes
    return said, len(lines)


def cmd_ocr(args) -> int:
    with open_for_command(args.case) as case:
        listed = {item["id"]: item for item in case.evidence.list()}
        exhibits = {evidence_id: item["exhibit"] for evidence_id, item in listed.items()}
        names = {evidence_id: item["file_name"] for evidence_id, item in listed.items()}
        named = _named(case, args.ids, listed) if args.ids else None
        ids = reading.to_read(case, named)
        for evidence_id in named or []:
            if evidence_id not in ids:
                print(f"{exhibits[evidence_id]:>4}  id {evidence_id:<4} {names[evidence_id]}: not a picture or "
                      "a PDF, nothing to read", flush=True)
        if not ids:
            print("nothing to read: every item the app reads by itself has been read (name an item's id to "
                  "read it anyway)" if named is None else "nothing read", file=sys.stderr)
            return EXIT_OK
        read = found = total_lines = 0
        # The pool (one worker, started on first use) closes before the case does: a reading is never
        # stored into a closed case.
        with _StopAfterThisItem() as stop, reading.reading_pool() as pool:
            for evidence_id in ids:
                if stop.requested:
                    break
                reading.read_items(case, pool, [evidence_id], asked=named is not None)
                said, count = _outcome(case, evidence_id)
                print(f"{exhibits[evidence_id]:>4}  id {evidence_id:<4} {names[evidence_id]}: {said}", flush=True)
                read += 1
                found += count > 0
                total_lines += count
    left = len(ids) - read
    print(f"{read} item{'s' if read != 1 else ''} read, {total_lines} lines of text"
          + (f"; no text found in {read - found}" if read > found else "")
          + (f"; stopped, {left} not read (run again to read them)" if left else ""), file=sys.stderr)
    return EXIT_INTERRUPTED if left else EXIT_OK


def cmd_text(args) -> int:
    with open_for_command(args.case, read_only=True) as case:
        info = case.text.read_info(args.id)  # raises "There is no evidence item N in this case."
        lines = case.text.lines(args.id) if info is not None else []
    if info is None:
        print(f"evidence item {args.id} has not been read yet: run `ocr CASE {args.id}` to read it",
              file=sys.stderr)
        return EXIT_OK
    for line in lines:
        print(" ".join(line["shown"].split("\n")))  # a correction typed over two lines stays one line here
    if not lines:
        print(f"no text was found in evidence item {args.id}", file=sys.stderr)
    for read_note in info["notes"]:
        print(f"note: {read_note['text']}", file=sys.stderr)
    return EXIT_OK

"""Letters from the command line: a fresh draft from the case, or the letters a case keeps."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.base import EXIT_OK, UsageError
from desktop.cli.passphrases import open_for_command
from desktop.core.letter_drafts import draft
from desktop.core.letter_kinds import KIND_ORDER


def register(sub) -> None:
    letter = sub.add_parser("letter", help="draft a letter from the case as a PDF or text file (the case is "
                                           "not changed)")
    letter.add_argument("case")
    letter.add_argument("kind", choices=KIND_ORDER, metavar="KIND", help="one of: " + ", ".join(KIND_ORDER))
    letter.add_argument("out", help="OUT.pdf or OUT.txt")
    letter.add_argument("--lang", choices=["zh", "en"], default="zh")
    letter.set_defaults(run=cmd_letter)
    listing = sub.add_parser("letters", help="list the letters stored in a case")
    listing.add_argument("case")
    listing.set_defaults(run=cmd_letters)


def cmd_letter(args) -> int:
    from desktop.dossier.letter_pdf import LetterText, write_pdf, write_text  # reportlab only when needed

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".txt"):
        raise UsageError(f"{out.name!r} must end in .pdf or .txt")
    with open_for_command(args.case, read_only=True) as case:
        written = draft(case, args.kind, args.lang)
    letter = LetterText(written.title, [f.__dict__ for f in written.fields], args.lang, written.kind.form,
                        written.kind.draft)
    if out.suffix.lower() == ".pdf":
        pages = write_pdf(letter, out)
        print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})")
    else:
        write_text(letter, out)
        print(f"wrote {out}")
    left = written.placeholders
    if left:
        print(f"warning: {len(left)} placeholder(s) left to fill in: {', '.join(dict.fromkeys(left))}",
              file=sys.stderr)
    return EXIT_OK


def cmd_letters(args) -> int:
    with open_for_command(args.case, read_only=True) as case:
        letters = case.letters.list()
    for letter in letters:
        sent = f"sent {letter['sent_on']}" if letter["status"] == "sent" else "draft"
        print(f"{letter['id']:<4} {letter['kind']:<22} {letter['lang']:<3} {sent:<16} {letter['versions']:>2} "
              f"version(s)  {letter['title']}")
    if not letters:
        print("no letters yet", file=sys.stderr)
    return EXIT_OK

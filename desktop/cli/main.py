"""The command line: the case file without a window. Bad input, a usage mistake included, exits 2
with exactly one `error:` line on stderr, so a script never hangs on a window or a page of usage."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from desktop import __version__
from desktop.cli import cases, details, letters, reading
from desktop.cli.base import EXIT_INTERRUPTED, PROG, Parser, UsageError, fail
from desktop.core import sqlerrors
from desktop.core.errors import CaseError

# The commands, in the order --help lists them.
COMMANDS = ("new", "passphrase", "import", "info", "verify", "search", "ocr", "text", "export-evidence", "export", "set",
            "event", "deadlines", "letter", "letters")


def unknown_command(name: str) -> str:
    return (f"{name!r} is neither a command nor an existing case file "
            f"(commands: {', '.join(COMMANDS)}; see {PROG} --help)")


def build_parser() -> Parser:
    parser = Parser(prog=PROG, description="Refund Case Organizer, headless. "
                    "Run without arguments, or with the path of a case file, to open the app.")
    parser.add_argument("--version", action="version", version=f"Refund Case Organizer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    cases.register(sub)
    reading.register(sub)
    cases.register_exports(sub)
    details.register(sub)
    letters.register(sub)
    return parser


def main(argv: list[str]) -> int:
    args = None
    try:
        args = build_parser().parse_args(argv)
        return args.run(args)
    except (UsageError, CaseError) as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:
        # Damage found after opening, which does not read everything through (the search index's
        # records, the stored content); an error SQLite does not call damage is a bug, and raised.
        plain = sqlerrors.translate(exc, Path(args.case)) if getattr(args, "case", None) else exc
        if plain is exc:
            raise
        return fail(str(plain))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED

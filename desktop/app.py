"""Entry point: a subcommand runs headless; otherwise (no arguments, or a case file) the window opens."""

from __future__ import annotations

import sys

from desktop.cli import COMMANDS
from desktop.core.paths import confine_to_app_folder


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    confine_to_app_folder()
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help")):
        from desktop.cli import main as cli_main

        return cli_main(argv)
    from desktop.ui.main import run_gui

    return run_gui(argv)

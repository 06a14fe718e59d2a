"""Entry point. No arguments, or the path of an existing file (what a double-click or a file
manager passes): the window. Anything else is the command line, which fails fast on a mistyped
command instead of opening a window a script would wait on."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli import COMMANDS, fail, unknown_command
from desktop.core.paths import confine_to_app_folder

CLI_OPTIONS = ("-h", "--help", "--version")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    confine_to_app_folder()
    first = argv[0] if argv else None
    if first in COMMANDS or first in CLI_OPTIONS:
        from desktop.cli import main as cli_main

        return cli_main(argv)
    if first is not None and not Path(first).is_file():
        return fail(unknown_command(first))
    from desktop.linux_libraries import window_problem

    problem = window_problem(argv)  # before Qt, which would abort with a core dump instead
    if problem:
        return fail(problem)
    from desktop.ui.main import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(argv)

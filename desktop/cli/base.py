"""What every command shares: exit codes, and usage mistakes as one line instead of a page."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130  # what a shell reports for a program stopped by Ctrl-C
PROG = "main.py"


class UsageError(Exception):
    """A mistake in the command line itself (argparse's included)."""


class Parser(argparse.ArgumentParser):
    """argparse prints the usage and exits on a mistake; here a mistake is one line, raised to main()."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def fail(message: str) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_BAD_INPUT

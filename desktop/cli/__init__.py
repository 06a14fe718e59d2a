"""The command line (see main.py)."""

from desktop.cli.base import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, fail
from desktop.cli.main import COMMANDS, main, unknown_command

__all__ = ["COMMANDS", "EXIT_BAD_INPUT", "EXIT_FAILED", "EXIT_OK", "fail", "main", "unknown_command"]

"""The case file and everything stored in it. No Qt here: usable from tests and the command line."""

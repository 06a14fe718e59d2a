"""What a double-click runs. With no arguments: the app. With a subcommand: the command line."""

import multiprocessing
import sys


def run() -> int:
    from desktop.app import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the probe workers are spawned processes
    sys.exit(run())

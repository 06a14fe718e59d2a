"""Functions the tests hand to worker processes (they must be importable by module name)."""

import time


def hanging_probe(path: str) -> dict:
    """Stands in for a decoder stuck in an infinite loop on a crafted file."""
    time.sleep(120)
    return {}

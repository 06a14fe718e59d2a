"""Worker processes for probing files, each job bounded in time.

pypdf and image decoders have had infinite loops and crashes on crafted files: a job that takes
too long is killed with its process (pebble restarts the worker), and the file is kept as an
opaque attachment with a note."""

from __future__ import annotations

import multiprocessing
from typing import Callable
from concurrent.futures import TimeoutError as FutureTimeout

from pebble import ProcessPool
from pebble.common import ProcessExpired

from desktop.core.probe import ProbeResult, probe_file
from desktop.core.read_notes import note

PROBE_TIMEOUT_S = 20.0


class ProbePool:
    """A small pool of spawned workers (spawn: forking a process that runs Qt threads is unsafe)."""

    def __init__(self, workers: int | None = None, timeout: float = PROBE_TIMEOUT_S, probe=probe_file):
        self._probe = probe
        count = workers or max(1, min(2, multiprocessing.cpu_count()))
        self._pool = ProcessPool(max_workers=count, context=multiprocessing.get_context("spawn"))
        self._timeout = timeout

    def submit(self, path: str):
        return self._pool.schedule(self._probe, args=(path,), timeout=self._timeout)

    def submit_call(self, function, *args):
        """Any job (a module-level function, so the spawned worker can import it by name)."""
        return self._pool.schedule(function, args=args, timeout=self._timeout)

    def result(self, future, failed: Callable[[str, dict], dict] | None = None) -> dict:
        """The job's result; a timeout or a crashed worker becomes a note, never an exception. `failed(kind,
        params)` makes the result a job other than a probe gives then (kind: timeout, crashed or failed)."""
        try:
            return future.result()
        except FutureTimeout:
            kind, params = "timeout", {"seconds": f"{self._timeout:.0f}"}
        except ProcessExpired as exc:
            kind, params = "crashed", {"exit_code": exc.exitcode}
        except Exception as exc:  # a bug in a decoder must not stop the import of the other files
            kind, params = "failed", {"error": type(exc).__name__}
        if failed is not None:
            return failed(kind, params)
        return ProbeResult(notes=[note(f"probe.{kind}", **params)]).to_dict()

    def cancel_pending(self, futures) -> None:
        for future in futures:
            future.cancel()

    def close(self) -> None:
        self._pool.stop()
        self._pool.join(timeout=5)

    def __enter__(self) -> "ProbePool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

"""One warm set of worker processes for the window: imports and the thumbnails pass share one; reading
the text in pictures has one of its own (its worker holds the OCR models, about 300 MB).

Started on first use (from whichever thread needs it), so opening the app spawns nothing; stopped
when the window closes. Spawning workers costs about a second, which an import per pool paid each time."""

from __future__ import annotations

import threading
from typing import Callable

from desktop.core.probe_pool import ProbePool


class SharedProbePool:
    def __init__(self, make: Callable[[], ProbePool] = ProbePool) -> None:
        self._make = make
        self._pool: ProbePool | None = None
        self._lock = threading.Lock()

    def get(self) -> ProbePool:
        with self._lock:
            if self._pool is None:
                self._pool = self._make()
            return self._pool

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

"""Progress display: a bar on a terminal, periodic plain lines otherwise, nothing when quiet.

`PageTally` counts the pages a run converts, loose pages and containers' pages alike. A container's
pages are known only as it is read (it is streamed), so the total grows while containers are read.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any


class Progress:
    def __init__(self, enabled: bool = True, interval: float = 5.0) -> None:
        self.enabled = enabled
        self.interval = interval
        self._bar: Any = None
        # Never printed yet: the first update prints. (Not 0.0: time.monotonic() counts from boot on Linux,
        # so on a machine up for less than `interval` the first line would wait.)
        self._last_line = -math.inf
        self._started = time.monotonic()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        if self._bar is not None:
            self._bar.close()

    def update(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        if sys.stderr.isatty():
            if self._bar is None:
                from tqdm import tqdm

                self._bar = tqdm(total=total, unit="page", file=sys.stderr)
            self._bar.total = total  # grows while containers are read
            self._bar.n = done
            self._bar.refresh()
            return
        now = time.monotonic()
        if done == total or now - self._last_line >= self.interval:
            self._last_line = now
            elapsed = now - self._started
            rate = done / elapsed if elapsed else 0.0
            eta = (total - done) / rate if rate else 0.0
            print(f"{done}/{total} pages, {rate:.0f}/s, about {eta:.0f} s left", file=sys.stderr)


class PageTally:
    """Pages to convert and converted so far in one run, reported as `report(done, total)`."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self.report = report
        self.done = 0
        self.total = 0

    def expect(self, count: int) -> None:
        """`count` more pages will be converted (known as they are found, for a container's pages)."""
        self.total += count

    def finished(self) -> None:
        self.done += 1
        if self.report is not None:
            self.report(self.done, self.total)

"""The worker processes a run converts in, and the one place that can stop a page stuck in C code.

A page's time limit is first an alarm inside the worker (`time_limit.py`), which interrupts Python
code. A page stuck inside one C call (libxml2's XPath can be quadratic) never sees that alarm: the
pool then kills the worker from outside, reports the page and starts a new worker, and the run goes
on. Tasks go to idle workers one chunk at a time over a pipe each, so the pool knows which worker
holds which page and since when.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")
Item = Any

# Workers fork from the main process so they inherit its loaded tables (the text extractor's
# language lists) without pickling or loading them again. Set explicitly: Python 3.14 changed
# Linux's default start method to forkserver.
START_METHOD = "fork"
# Seconds a worker has, after its own alarm should have stopped a page, before it is killed.
GRACE = 2.0


class WorkerError(RuntimeError):
    """A worker failed at a task whose stage has no per-item fallback (a bug, not a page's content)."""


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection


class Workers:
    """`processes` worker processes, started when first needed (0: work in this process).

    A stage with a time limit always runs in a worker (one, when `processes` is 0), since only a
    separate process can be stopped in the middle of a C call.
    """

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._idle: list[_Worker] = []
        self._alive: list[_Worker] = []

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def map(
        self,
        function: Callable[[Item], T],
        items: list[Item],
        *,
        chunk: int = 1,
        limit: float = 0.0,
        lost: Callable[[Item, str], T] | None = None,
    ) -> Iterator[T]:
        """`function` over `items`, results in order. With a `limit` (seconds per item), an item
        still running `GRACE` seconds after it has its worker killed and `lost(item, why)` stands
        for its result; `lost` also stands in for items whose worker died."""
        if self.processes == 0 and limit == 0:
            return map(function, items)
        return self._map(function, items, chunk=1 if limit else max(1, chunk), limit=limit, lost=lost)

    def chunk_for(self, count: int) -> int:
        """Items per task: few enough to share the work evenly, enough to save round trips."""
        return max(1, min(32, count // (max(1, self.processes) * 8)))

    def _map(
        self,
        function: Callable[[Item], T],
        items: list[Item],
        *,
        chunk: int,
        limit: float,
        lost: Callable[[Item, str], T] | None,
    ) -> Iterator[T]:
        parts = [items[start : start + chunk] for start in range(0, len(items), chunk)]
        pending = deque(range(len(parts)))
        busy: dict[Connection, tuple[_Worker, int, float]] = {}
        done: dict[int, list[T]] = {}
        next_part = 0
        capacity = max(1, self.processes)

        def give_up(worker: _Worker, index: int, why: str) -> None:
            self._discard(worker)
            if lost is None:
                raise WorkerError(why)
            done[index] = [lost(item, why) for item in parts[index]]

        while next_part < len(parts):
            while pending and (self._idle or len(self._alive) < capacity):
                worker = self._idle.pop() if self._idle else self._start()
                index = pending.popleft()
                worker.conn.send((function, parts[index]))
                deadline = time.monotonic() + limit + GRACE if limit else float("inf")
                busy[worker.conn] = (worker, index, deadline)
            while next_part in done:
                yield from done.pop(next_part)
                next_part += 1
            if next_part == len(parts):
                break
            soonest = min(deadline for _, _, deadline in busy.values())
            timeout = None if soonest == float("inf") else max(0.0, soonest - time.monotonic())
            for conn in wait(list(busy), timeout):
                worker, index, _ = busy.pop(conn)  # type: ignore[index]
                try:
                    reply = conn.recv()  # type: ignore[union-attr]
                except (EOFError, OSError):
                    code = worker.process.exitcode
                    give_up(worker, index, f"the worker converting it died (exit status {code})")
                    continue
                self._idle.append(worker)
                if isinstance(reply, _Failed):
                    if lost is None:
                        raise WorkerError(reply.why)
                    done[index] = [lost(item, reply.why) for item in parts[index]]
                else:
                    done[index] = reply
            now = time.monotonic()
            for conn, (worker, index, deadline) in list(busy.items()):
                if deadline <= now:
                    del busy[conn]
                    give_up(worker, index, f"gave up after {limit:g} s (the --page-timeout limit)")

    def _start(self) -> _Worker:
        ours, theirs = multiprocessing.Pipe()
        process = multiprocessing.get_context(START_METHOD).Process(target=_serve, args=(theirs,), daemon=True)
        process.start()
        theirs.close()  # the worker holds the only copy: its death reads as EOF here
        worker = _Worker(process, ours)
        self._alive.append(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self._alive.remove(worker)
        if worker in self._idle:
            self._idle.remove(worker)

    def close(self) -> None:
        for worker in self._idle:
            with suppress(OSError):  # a worker that died idle has no one to tell
                worker.conn.send(None)
        for worker in list(self._alive):
            if worker in self._idle:
                worker.process.join(timeout=5)
            self._discard(worker)


@dataclass(frozen=True)
class _Failed:
    why: str


def _serve(conn: Connection) -> None:
    """A worker: run each task sent until told to stop (None) or the pipe closes."""
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        function, items = task
        try:
            conn.send([function(item) for item in items])
        except Exception as exc:  # noqa: BLE001 - reported to the main process, which names the item
            conn.send(_Failed(f"internal error: {type(exc).__name__}: {exc}"))


# Collect young objects after this many allocations (Python's default is 700): a page's conversion
# allocates hundreds of thousands (parsed trees, soups full of reference cycles), and collecting
# that often cost about a tenth of an HTML page's time. The garbage still goes, a little later.
_GC_THRESHOLDS = (20_000, 50, 50)


@contextmanager
def long_lived_heap_frozen() -> Iterator[None]:
    """Objects alive now (modules, language tables, regexes) are left out of garbage collection,
    and young objects are collected less often (workers inherit both when they fork).

    Converting a page allocates and frees objects by the hundred thousand; each full collection
    would otherwise walk every long-lived object too (a few percent of the run), and in forked
    workers it would also copy the pages it touches.
    """
    thresholds = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()

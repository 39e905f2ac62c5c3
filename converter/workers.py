"""The worker processes a run converts in, and the one place that can stop a page stuck in C code.

A page's time limit is first an alarm inside the worker (`time_limit.py`), which interrupts Python
code. A page stuck inside one C call (libxml2's XPath can be quadratic) never sees that alarm: the
pool then kills the worker from outside, reports the page, starts a new worker and sends it the
pages that were queued behind, and the run goes on. Chunks of pages go to idle workers over a pipe
each, and each page's result comes back as soon as it is done, so the pool knows which page each
worker is on and since when. (concurrent.futures cannot kill one task's worker: the whole pool
breaks, and every page in flight would have to be sent again.)
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Final, TypeVar

T = TypeVar("T")
Item = Any

# Workers fork from the main process so they inherit its loaded tables (the text extractor's
# language lists) without pickling or loading them again. Set explicitly: Python 3.14 changed
# Linux's default start method to forkserver.
START_METHOD: Final = "fork"
# Seconds a worker has, after its own alarm should have stopped a page, before it is killed.
GRACE = 2.0
# Seconds an idle worker waits for a task before it checks that the main process is alive.
_ORPHAN_CHECK = 1.0


class WorkerError(RuntimeError):
    """A worker failed at a task whose stage has no per-item fallback (a bug, not a page's content)."""


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection


@dataclass
class _Task:
    """Items sent to one worker together: those not answered yet, and since when the first has run."""

    worker: _Worker
    left: deque[int]
    started: float


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
        if (self.processes == 0 and limit == 0) or START_METHOD not in multiprocessing.get_all_start_methods():
            return map(function, items)  # (no fork, on Windows: in this process, and the alarm alone)
        return self._map(function, items, chunk=max(1, chunk), limit=limit, lost=lost)

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
        pending = deque(range(len(items)))  # indexes of the items not sent yet
        busy: dict[Connection, _Task] = {}
        done: dict[int, T] = {}
        next_item = 0
        capacity = max(1, self.processes)

        def fail(index: int, why: str) -> None:
            if lost is None:
                raise WorkerError(why)
            done[index] = lost(items[index], why)

        def give_up(task: _Task, why: str) -> None:
            """The task's current item fails with its worker; the items after it are sent again."""
            self._discard(task.worker)
            index = task.left.popleft()
            pending.extendleft(reversed(task.left))
            fail(index, why.format(code=task.worker.process.exitcode))

        while next_item < len(items):
            while pending and (self._idle or len(self._alive) < capacity):
                worker = self._idle.pop() if self._idle else self._start()
                left = deque(pending.popleft() for _ in range(min(chunk, len(pending))))
                try:
                    worker.conn.send((function, [items[index] for index in left]))
                except OSError:  # it died while idle (the kernel's OOM killer, say): another takes the items
                    self._discard(worker)
                    pending.extendleft(reversed(left))
                    continue
                busy[worker.conn] = _Task(worker, left, time.monotonic())
            while next_item in done:
                yield done.pop(next_item)
                next_item += 1
            if next_item == len(items):
                break
            soonest = min(task.started for task in busy.values()) + limit + GRACE
            for conn in wait(list(busy), max(0.0, soonest - time.monotonic()) if limit else None):
                task = busy[conn]  # type: ignore[index]
                try:
                    reply = task.worker.conn.recv()
                except (EOFError, OSError):
                    del busy[task.worker.conn]
                    give_up(task, "its worker process died (exit status {code})")
                    continue
                # The worker sends each item's result as it finishes: the next item's time starts now.
                index, task.started = task.left.popleft(), time.monotonic()
                if isinstance(reply, _Failed):
                    fail(index, reply.why)
                else:
                    done[index] = reply
                if not task.left:
                    del busy[task.worker.conn]
                    self._idle.append(task.worker)
            now = time.monotonic()
            for conn, task in list(busy.items()):
                # A result waiting in the pipe is read first: this process may have been the slow one.
                if limit and task.started + limit + GRACE <= now and not conn.poll():
                    del busy[conn]
                    give_up(task, f"gave up after {limit:g} s (the --page-timeout limit)")

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
    """A worker: run each task sent until told to stop (None) or the pipe closes, answering each
    item as soon as it is done (so the main process knows which item is running, and since when)."""
    # Ctrl-C reaches the whole process group: the main process alone answers it, and stops us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    while True:
        try:
            # A main process killed outright (SIGKILL, the OOM killer) closes no pipe this worker
            # would see: forked workers hold copies of its ends. So an idle worker also checks that
            # the process that started it is still there, and leaves when it is not.
            while not conn.poll(_ORPHAN_CHECK):
                if os.getppid() != parent:
                    return
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        function, items = task
        for item in items:
            try:
                result = function(item)
            except Exception as exc:  # noqa: BLE001 - reported to the main process, which names the item
                result = _Failed(f"internal error: {type(exc).__name__}: {exc}")
            try:
                conn.send(result)
            except OSError:
                return  # the main process is gone (killed, say): nobody wants the rest
            except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled fails its item alone
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

"""Read a container ahead of the workers: its next pages are read in a thread while a batch converts.

Without it the workers sat idle while this process read (and scanned for images) the next batch;
the main thread spends a batch waiting on the workers' pipes, with the GIL free. At most `budget`
bytes wait read and not yet taken, so memory stays bounded whatever the container's size.

Workers fork from this process. A fork while the thread is inside a C library (libxml2 parsing an
image scan, zlib, sqlite) could hand the worker one of that library's locks held for ever, and the
worker would hang on its first page; so a fork waits until the thread is between two items.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

# Held by a reading thread while it reads an item, and by a fork for its duration.
_FORK_GATE = threading.Lock()
if hasattr(os, "register_at_fork"):  # not on Windows, where workers do not fork
    os.register_at_fork(
        before=_FORK_GATE.acquire, after_in_parent=_FORK_GATE.release, after_in_child=_FORK_GATE.release
    )


class _Shared(Generic[T]):
    """What the reading thread and the taker share, under one condition."""

    def __init__(self) -> None:
        self.condition = threading.Condition()
        self.waiting: deque[tuple[T, int]] = deque()
        self.bytes = 0
        self.ended = False
        self.stopped = False
        self.error: BaseException | None = None


def read_ahead(items: Iterable[T], size: Callable[[T], int], budget: int) -> Iterator[T]:
    """`items` in order, produced by a thread that keeps at most `budget` bytes (by `size`) waiting.

    One item bigger than the budget still passes, alone. An exception raised while producing is
    raised here, after the items before it; closing this iterator early stops the thread.
    """
    shared: _Shared[T] = _Shared()
    thread = threading.Thread(target=_produce, args=(items, size, budget, shared), name="read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            with shared.condition:
                while not shared.waiting and not shared.ended:
                    shared.condition.wait()
                if not shared.waiting:
                    break
                item, weight = shared.waiting.popleft()
                shared.bytes -= weight
                shared.condition.notify_all()
            yield item
        if shared.error is not None:
            raise shared.error
    finally:
        with shared.condition:
            shared.stopped = True
            shared.condition.notify_all()
        thread.join()


def _produce(items: Iterable[T], size: Callable[[T], int], budget: int, shared: _Shared[T]) -> None:
    try:
        iterator = iter(items)
        while True:
            with _FORK_GATE:
                try:
                    item = next(iterator)
                except StopIteration:
                    break
            weight = size(item)
            with shared.condition:
                while shared.waiting and shared.bytes + weight > budget and not shared.stopped:
                    shared.condition.wait()
                if shared.stopped:
                    return
                shared.waiting.append((item, weight))
                shared.bytes += weight
                shared.condition.notify_all()
    except BaseException as exc:  # noqa: BLE001 - handed to the taker, which raises it
        shared.error = exc
    finally:
        with shared.condition:
            shared.ended = True
            shared.condition.notify_all()

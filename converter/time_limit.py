"""A time limit for one page, so one pathological page cannot hold up a run of thousands.

The limit is a SIGALRM timer: it interrupts Python code between bytecodes (a long C call, such as
parsing a huge page, finishes first; `workers.py` kills a worker stuck in one past the limit).
Where there is no SIGALRM (Windows) or when not on the main thread (signals can only be handled
there) pages run without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from converter.errors import TooSlow


@contextmanager
def time_limit(seconds: float, rel: str) -> Iterator[None]:
    """Raise `TooSlow` for `rel` if the block runs longer than `seconds` (0: no limit)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def give_up(signum: int, frame: FrameType | None) -> None:
        raise TooSlow(rel, f"gave up after {seconds:g} s (the --page-timeout limit)")

    previous = signal.signal(signal.SIGALRM, give_up)
    try:
        # It fires again every second after the first: code that catches every exception (some libraries
        # do) may swallow one alarm, not all of them.
        signal.setitimer(signal.ITIMER_REAL, seconds, min(seconds, 1.0))
        yield
    finally:
        _disarm(previous)


def _disarm(previous: signal.Handlers | Callable[[int, FrameType | None], object] | int | None) -> None:
    """Stop the timer and restore the handler, even when an alarm lands in the middle of doing so.

    Without the retry an alarm raised here skipped the rest: the timer kept firing (a short
    limit then interrupted whatever ran next, or killed the process under the default handler).
    """
    while True:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            return
        except TooSlow:
            continue

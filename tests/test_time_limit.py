"""time_limit: one page's time limit (SIGALRM), and where it cannot apply."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from converter.errors import TooSlow
from converter.time_limit import time_limit
from tests.support import SLACK

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM on this platform")


def test_a_block_over_its_limit_is_stopped_and_named():
    started = time.monotonic()
    with pytest.raises(TooSlow) as caught, time_limit(0.2, "raw/slow.html"):
        time.sleep(0.2 + 2 * SLACK)
    assert time.monotonic() - started < 0.2 + SLACK
    assert caught.value.path == "raw/slow.html"
    assert "0.2 s" in caught.value.reason


def test_a_block_within_its_limit_runs_and_leaves_no_timer_or_handler_behind():
    previous = signal.getsignal(signal.SIGALRM)
    with time_limit(5, "raw/fast.html"):
        value = sum(range(1000))
    assert value == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


def test_zero_means_no_limit():
    with time_limit(0, "raw/any.html"):
        time.sleep(0.05)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_off_the_main_thread_there_is_no_limit_and_no_error():
    outcome: list[object] = []

    def work() -> None:
        try:
            with time_limit(0.05, "raw/thread.html"):
                time.sleep(0.2)
            outcome.append("done")
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever escaped
            outcome.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["done"]


def test_an_alarm_landing_while_the_timer_is_disarmed_leaves_no_timer_or_handler_behind(monkeypatch):
    # A very short limit fires again while the block is being left; the old code let that alarm
    # skip the disarming (the timer kept firing into whatever ran next).
    previous = signal.getsignal(signal.SIGALRM)
    real = signal.setitimer
    calls = []

    def setitimer(which, seconds, interval=0.0):
        calls.append(seconds)
        if seconds == 0 and len(calls) == 2:
            real(which, 0)
            raise TooSlow("raw/x.html", "late alarm")  # as the handler would, landing right here
        return real(which, seconds, interval)

    monkeypatch.setattr(signal, "setitimer", setitimer)
    with pytest.raises(TooSlow), time_limit(0.1, "raw/x.html"):
        time.sleep(1)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous

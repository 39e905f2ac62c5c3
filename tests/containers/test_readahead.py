"""read_ahead: items in order from a thread, at most a budget of bytes waiting, errors and early stops passed on."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest

from converter.containers.readahead import read_ahead
from tests.support import SLACK


def counted(produced: list[int], count: int) -> Iterator[int]:
    for number in range(count):
        produced.append(number)
        yield number


def wait_for(condition: object, seconds: float = SLACK) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.005)
    return False


def test_items_come_in_order() -> None:
    assert list(read_ahead(iter(range(100)), lambda _: 1, budget=7)) == list(range(100))


def test_items_are_read_while_the_taker_is_busy_with_the_first() -> None:
    produced: list[int] = []
    items = read_ahead(counted(produced, 10), lambda _: 1, budget=5)
    assert next(items) == 0
    # The taker holds item 0 and takes nothing more: the thread reads on regardless.
    assert wait_for(lambda: len(produced) >= 4), produced
    assert list(items) == list(range(1, 10))


def test_no_more_than_the_budget_waits() -> None:
    produced: list[int] = []
    items = read_ahead(counted(produced, 50), lambda _: 10, budget=30)
    taken = 0
    for _ in items:
        taken += 1
        time.sleep(0.01)  # time for the thread to fill what the budget allows
        # Three items of 10 fit the budget; one more may be read, waiting for room.
        assert len(produced) - taken <= 4, (len(produced), taken)
    assert taken == 50


def test_an_item_bigger_than_the_budget_still_passes() -> None:
    assert list(read_ahead(iter([5, 100, 5]), lambda item: item, budget=10)) == [5, 100, 5]


def test_an_error_is_raised_after_the_items_before_it() -> None:
    def failing() -> Iterator[int]:
        yield 1
        yield 2
        raise OSError("disk gone")

    taken = []
    with pytest.raises(OSError, match="disk gone"):
        for item in read_ahead(failing(), lambda _: 1, budget=10):
            taken.append(item)
    assert taken == [1, 2]


def test_closing_early_stops_the_thread() -> None:
    def endless() -> Iterator[int]:
        number = 0
        while True:
            yield number
            number += 1

    items = read_ahead(endless(), lambda _: 1, budget=3)
    assert [next(items), next(items)] == [0, 1]
    items.close()  # type: ignore[attr-defined]
    assert not any(thread.name == "read-ahead" for thread in threading.enumerate())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers fork only where the system forks")
def test_a_fork_waits_until_the_thread_is_between_items() -> None:
    # A worker forked while the thread is inside a C library could inherit that library's lock held.
    inside, finished = threading.Event(), []

    def slow() -> Iterator[int]:
        inside.set()
        time.sleep(0.3)  # reading an item: the fork must not happen now
        finished.append(time.monotonic())
        yield 1

    items = read_ahead(slow(), lambda _: 1, budget=10)
    waiting = threading.Thread(target=lambda: list(items))
    waiting.start()
    assert inside.wait(5)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    forked = time.monotonic()
    os.waitpid(pid, 0)
    waiting.join()
    assert finished and forked >= finished[0]

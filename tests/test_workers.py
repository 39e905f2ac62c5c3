"""Workers: results in order, and an item stuck beyond the reach of signals stopped from outside."""

from __future__ import annotations

import os
import signal
import time

import pytest

from converter.workers import GRACE, START_METHOD, WorkerError, Workers
from tests.support import SLACK


def square(value: int) -> int:
    return value * value


def stuck_on_seven(value: int) -> int:
    if value == 7:
        # Blocks every signal the way one long C call would not answer them: only a kill stops it.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGINT, signal.SIGTERM})
        while True:
            time.sleep(0.05)
    return value * value


def dies_on_three(value: int) -> int:
    if value == 3:
        os._exit(7)
    return value


def raises_on_two(value: int) -> int:
    if value == 2:
        raise ValueError("two")
    return value


def lost(value: int, why: str) -> str:
    return f"lost {value}: {why}"


def test_the_start_method_is_fork_whatever_the_python_default():
    assert START_METHOD == "fork"


@pytest.mark.parametrize("processes", [0, 2])
def test_results_come_in_order_in_this_process_or_in_workers(processes):
    with Workers(processes) as workers:
        assert list(workers.map(square, list(range(50)), chunk=4)) == [i * i for i in range(50)]


@pytest.mark.parametrize("processes", [0, 1, 2])
def test_an_item_stuck_in_a_chunk_is_given_up_and_the_items_queued_behind_it_still_run(processes):
    started = time.monotonic()
    with Workers(processes) as workers:
        results = list(workers.map(stuck_on_seven, list(range(12)), chunk=5, limit=0.3, lost=lost))
    assert time.monotonic() - started < 0.3 + GRACE + SLACK  # (without the kill from outside it never ends)
    assert results[7] == "lost 7: gave up after 0.3 s (the --page-timeout limit)"
    assert results[:7] + results[8:] == [i * i for i in range(12) if i != 7]


def test_a_worker_that_dies_loses_its_item_only_and_is_replaced():
    with Workers(2) as workers:
        results = list(workers.map(dies_on_three, list(range(8)), chunk=3, limit=30, lost=lost))
    assert results[3] == "lost 3: its worker process died (exit status 7)"
    assert results[:3] + results[4:] == [0, 1, 2, 4, 5, 6, 7]


def test_an_exception_in_a_worker_fails_its_item_or_the_stage():
    with Workers(2) as workers:
        results = list(workers.map(raises_on_two, list(range(5)), limit=30, lost=lost))
        assert results == [0, 1, "lost 2: internal error: ValueError: two", 3, 4]
        with pytest.raises(WorkerError, match="ValueError: two"):
            list(workers.map(raises_on_two, list(range(5))))


def test_a_worker_that_died_while_idle_is_replaced_before_it_is_given_work():
    with Workers(1) as workers:
        assert list(workers.map(square, [1, 2], limit=30, lost=lost)) == [1, 4]
        (idle,) = workers._idle
        idle.process.kill()
        idle.process.join()
        assert list(workers.map(square, [3, 4], limit=30, lost=lost)) == [9, 16]


def test_without_fork_the_work_is_done_in_this_process(monkeypatch):
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with Workers(2) as workers:
        assert list(workers.map(square, [2, 3], limit=5, lost=lost)) == [4, 9]
        assert not workers._alive

"""Same input, same output, byte for byte, however the run goes: twice, serial or in parallel, with a
time limit (every page in a worker), forced again over its own output, and under either start method."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from converter import workers
from tests.support import mixed_raw, run


def articles(docs: Path) -> dict[str, str]:
    """{file name: digest} of what the converter wrote (its state files left out: they hold timings)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(docs.glob("*.md"))}


def test_every_way_of_running_writes_the_same_bytes(raw_dir: Path, tmp_path: Path) -> None:
    mixed_raw(raw_dir)
    first = run(raw_dir, tmp_path / "serial")
    expected = articles(tmp_path / "serial")
    assert len(expected) >= 9 and [rel for rel, _ in first.failed] == ["empty.txt"]
    runs: list[tuple[str, dict[str, Any]]] = [
        ("again", {}),
        ("parallel", {"jobs": 2}),
        ("time-limited", {"jobs": 2, "page_timeout": 60.0}),
        ("serial", {"force": True}),  # over its own output: every page converted again, nothing changes
    ]
    for name, options in runs:
        report = run(raw_dir, tmp_path / name, **options)
        assert articles(tmp_path / name) == expected, name
        assert (report.failed, report.skipped) == (first.failed, first.skipped), name


def test_forkserver_workers_write_what_forked_ones_do(
    raw_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python 3.14 made forkserver Linux's default; the run sets fork itself, and must not depend on it.
    mixed_raw(raw_dir)
    run(raw_dir, tmp_path / "fork", jobs=2)
    monkeypatch.setattr(workers, "START_METHOD", "forkserver")
    run(raw_dir, tmp_path / "forkserver", jobs=2)
    assert articles(tmp_path / "forkserver") == articles(tmp_path / "fork")

"""Bad input at the discover stage: file names that are not UTF-8, symlink loops, named pipes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support import articles, by_raw, cli, failure_lines, good_page, text_dump


def test_non_utf8_file_name(raw_dir: Path, docs_dir: Path) -> None:
    # Linux file names are bytes; one that is not UTF-8 must not crash the run or the front matter.
    good = os.fsencode(raw_dir / "good.txt")
    odd_one = os.fsencode(raw_dir) + b"/caf\xe9.txt"
    odd_two = os.fsencode(raw_dir) + b"/caf\xe8.txt"
    for i, path in enumerate((good, odd_one, odd_two)):
        with open(path, "wb") as handle:
            handle.write(text_dump(f"Story number {i} about the budget", salt=str(i)).encode())
    assert cli(raw_dir, docs_dir) == 0
    raws = sorted(by_raw(docs_dir))
    assert len(raws) == 3 and len(set(raws)) == 3 and "good.txt" in raws


def test_symlink_loops_in_raw_dir_end(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    (raw_dir / "sub").mkdir()
    good_page(raw_dir / "sub", "inner.txt")
    (raw_dir / "sub" / "loop").symlink_to(raw_dir, target_is_directory=True)
    (raw_dir / "self.txt").symlink_to(raw_dir / "self.txt")
    (raw_dir / "a.txt").symlink_to(raw_dir / "b.txt")
    (raw_dir / "b.txt").symlink_to(raw_dir / "a.txt")
    assert cli(raw_dir, docs_dir) == 1
    failed = failure_lines(capsys.readouterr().err)
    assert sorted(failed) == ["a.txt", "b.txt", "self.txt"]
    assert all("symbolic links" in reason for reason in failed.values()), failed
    # Both pages hold the same text: one article, the other file listed as a copy of it.
    ((meta, _),) = articles(docs_dir).values()
    assert {meta["raw"], *meta.get("also_raw", ())} == {"good.txt", "sub/inner.txt"}


def test_named_pipe_is_skipped_not_waited_for(raw_dir: Path, docs_dir: Path) -> None:
    good_page(raw_dir)
    os.mkfifo(raw_dir / "pipe.txt")
    assert cli(raw_dir, docs_dir) == 0
    assert list(by_raw(docs_dir)) == ["good.txt"]

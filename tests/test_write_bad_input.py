"""Bad input at the write stage: an output folder that is a file, or an article that cannot be written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.support import by_raw, cli, failure_lines, good_page, text_dump


def test_docs_dir_that_is_a_file(raw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    docs = tmp_path / "docs"
    docs.write_text("I am a file", encoding="utf-8")
    code = cli(raw_dir, docs)
    err = capsys.readouterr().err
    assert code != 0 and str(docs) in err and "Traceback" not in err
    assert docs.read_text(encoding="utf-8") == "I am a file"


def test_docs_dir_under_a_file(raw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    (tmp_path / "file").write_text("I am a file", encoding="utf-8")
    code = cli(raw_dir, tmp_path / "file" / "docs")
    err = capsys.readouterr().err
    assert code != 0 and "file" in err and "Traceback" not in err


def test_article_that_cannot_be_written_is_reported_and_others_are_written(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (raw_dir / "one.txt").write_text(text_dump("First story about the budget", salt="1"), encoding="utf-8")
    (raw_dir / "two.txt").write_text(text_dump("Second story about the budget", salt="2"), encoding="utf-8")
    real = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst).name == "first-story-about-the-budget.md":
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    code = cli(raw_dir, docs_dir)
    failed = failure_lines(capsys.readouterr().err)
    assert code == 1 and list(failed) == ["one.txt"] and "No space left" in failed["one.txt"]
    assert list(by_raw(docs_dir)) == ["two.txt"]
    assert sorted(p.name for p in docs_dir.iterdir() if p.suffix == ".md" or p.suffix == ".tmp") == [
        "second-story-about-the-budget.md"
    ]

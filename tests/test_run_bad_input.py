"""A whole run over bad input: every failure listed once, the exit status, the input never modified."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.options import ConvertOptions
from converter.pipeline import convert_tree
from tests.support import NOT_PAGES, cli, digest_tree, failure_lines, good_page, mixed_raw


def test_all_failures_are_listed_in_one_run(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    for name, data in NOT_PAGES.items():
        (raw_dir / name).write_bytes(data)
    assert cli(raw_dir, docs_dir) == 1
    assert sorted(failure_lines(capsys.readouterr().err)) == sorted(NOT_PAGES)


def test_clean_run_exits_zero(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    assert cli(raw_dir, docs_dir) == 0
    assert "FAILED" not in capsys.readouterr().err


def test_input_is_never_modified(raw_dir: Path, docs_dir: Path) -> None:
    mixed_raw(raw_dir)
    before = digest_tree(raw_dir)
    cli(raw_dir, docs_dir)
    cli(raw_dir, docs_dir, "--force")
    assert digest_tree(raw_dir) == before


def test_convert_tree_reports_the_same_as_the_cli(raw_dir: Path, docs_dir: Path) -> None:
    mixed_raw(raw_dir)
    report = convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1))
    assert not report.ok and [path for path, _ in report.failed] == ["empty.txt"]
    assert report.skipped == ["notes.md"]

"""The progress count covers containers' pages as well as loose pages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from converter.containers.samples import WarcRecord, warc_bytes
from converter.options import ConvertOptions
from converter.pipeline import convert_tree
from converter.progress import PageTally, Progress


def page(number: int) -> bytes:
    words = " ".join(f"word{number}x{index}" for index in range(120))
    return (
        f"<html><head><title>Page {number}</title></head><body><article><p>{words}</p></article></body></html>".encode()
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_container_pages_after_loose_pages(raw_dir: Path, docs_dir: Path, jobs: int) -> None:
    for number in range(2):
        (raw_dir / f"loose{number}.html").write_bytes(page(number))
    records = [WarcRecord(f"https://news.example/{number}", page(number)) for number in range(10, 13)]
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    calls: list[tuple[int, int]] = []
    report = convert_tree(
        ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=jobs), progress=lambda *c: calls.append(c)
    )
    assert report.ok and report.articles == 5
    assert [done for done, _ in calls] == [1, 2, 3, 4, 5]
    assert calls[-1] == (5, 5)
    assert all(done <= total for done, total in calls)


def test_an_unchanged_rerun_counts_nothing(raw_dir: Path, docs_dir: Path) -> None:
    records = [WarcRecord(f"https://news.example/{number}", page(number)) for number in range(2)]
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1))
    calls: list[tuple[int, int]] = []
    convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1), progress=lambda *c: calls.append(c))
    assert calls == []


def test_tally_reports_each_page_against_the_total_known_so_far() -> None:
    calls: list[tuple[int, int]] = []
    tally = PageTally(lambda *c: calls.append(c))
    tally.expect(2)
    tally.finished()
    tally.expect(3)  # a container's pages, found as it is read
    tally.finished()
    tally.finished()
    assert calls == [(1, 2), (2, 5), (3, 5)]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_bar_follows_a_growing_total(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    with Progress() as progress:
        progress.update(1, 2)
        progress.update(3, 7)
    assert "3/7" in screen.getvalue()


def test_plain_lines_name_done_and_total(capsys: pytest.CaptureFixture[str]) -> None:
    with Progress(interval=3600) as progress:
        progress.update(1, 2)
        progress.update(2, 5)
        progress.update(5, 5)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("1/2 pages") and lines[-1].startswith("5/5 pages")

"""The read stage's sorting of RAW_DIR: loose pages, containers, read-it-later exports, the rest skipped."""

from __future__ import annotations

from pathlib import Path

from converter.containers.samples import png
from converter.options import RAW_SUFFIXES
from converter.sources import find_sources


def test_files_are_sorted_into_pages_containers_exports_and_skipped(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "saved" / "page_files").mkdir(parents=True)
    (raw / "saved" / "page.html").write_text("<html><body><img src='page_files/a.png'></body></html>")
    (raw / "saved" / "page_files" / "a.png").write_bytes(png())
    (raw / "loose.html").write_text("<html><body><p>Plain saved page.</p></body></html>")
    (raw / "notes.txt").write_text("A text dump.")
    (raw / "single.html").write_text("<!-- Page saved with SingleFile \n url: https://x.example/ -->\n<html></html>")
    (raw / "crawl.warc.gz").write_bytes(b"\x1f\x8b\x08")
    (raw / "items.jsonl").write_text("{}\n")
    (raw / "pocket.csv").write_text("title,url,time_added,tags,status\n")
    (raw / "figures.csv").write_text("a,b\n1,2\n")
    (raw / "logo.png").write_bytes(png())
    found = find_sources(raw, RAW_SUFFIXES)
    assert [page.rel for page in found.pages] == ["loose.html", "notes.txt"]
    assert [page.rel for page in found.containers] == [
        "crawl.warc.gz",
        "items.jsonl",
        "saved/page.html",
        "single.html",
    ]
    assert [page.rel for page in found.read_later] == ["pocket.csv"]
    # A complete page's own folder is its images, not files skipped.
    assert found.skipped == ["figures.csv", "logo.png"]

"""Pocket and Instapaper exports join onto the saved articles; container kinds are told by name and bytes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from converter.article import Article, Extraction
from converter.containers import (
    Failure,
    ReadLaterEntry,
    container_kind,
    open_container,
    read_entries,
)
from converter.containers.pagefiles import files_folder
from converter.containers.samples import write
from converter.read_later import join

POCKET_CSV = """title,url,time_added,tags,status
A Story,https://www.news.example/a/,1764000000,science|long read,archive
Never saved,https://gone.example/x,1764000100,,unread
Bad,javascript:alert(1),1,,unread
"""
INSTAPAPER_CSV = """URL,Title,Selection,Folder,Timestamp,Tags
https://news.example/b,B story,,Unread,1764000200,"[""tech""]"
"""
POCKET_HTML = """<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
<h1>Unread</h1><ul><li><a href="https://news.example/c" time_added="1764000300" tags="x,y">C</a></li></ul>
<h1>Read Archive</h1><ul><li><a href="https://news.example/d" time_added="1764000400" tags="">D</a></li></ul>
</body></html>"""


def entries(path: Path) -> tuple[list[ReadLaterEntry], list[Failure]]:
    found = list(read_entries(path, path.name))
    return [e for e in found if isinstance(e, ReadLaterEntry)], [e for e in found if isinstance(e, Failure)]


def test_pocket_csv(tmp_path: Path) -> None:
    found, failures = entries(write(tmp_path / "pocket.csv", POCKET_CSV.encode()))
    assert [e.url for e in found] == ["https://www.news.example/a/", "https://gone.example/x"]
    assert found[0].tags == ("science", "long read")
    assert found[0].read is True and found[1].read is False
    assert found[0].saved == datetime.fromtimestamp(1764000000, UTC)
    assert [f.where for f in failures] == ["row 4"]


def test_instapaper_csv_and_pocket_html(tmp_path: Path) -> None:
    (entry,), _ = entries(write(tmp_path / "instapaper.csv", INSTAPAPER_CSV.encode()))
    assert (entry.url, entry.title, entry.tags, entry.read) == ("https://news.example/b", "B story", ("tech",), False)
    found, _ = entries(write(tmp_path / "ril_export.html", POCKET_HTML.encode()))
    assert [(e.url, e.tags, e.read) for e in found] == [
        ("https://news.example/c", ("x", "y"), False),
        ("https://news.example/d", (), True),
    ]


def test_join_adds_tags_and_saved_date_and_lists_unmatched_urls(tmp_path: Path) -> None:
    found, _ = entries(write(tmp_path / "pocket.csv", POCKET_CSV.encode()))
    saved = Article(title="Own title", body="x", source_url="http://news.example/a#top", tags=("science",))
    other = Article(title="Other", body="y", source_url="https://elsewhere.example/")
    joined, unmatched = join([Extraction(saved), Extraction(other)], found)
    assert joined[0].article.tags == ("science", "long read")
    assert joined[0].article.title == "Own title"  # the page's own metadata wins
    assert joined[0].article.saved == datetime.fromtimestamp(1764000000, UTC).isoformat()
    assert joined[1].article is other
    assert [e.url for e in unmatched] == ["https://gone.example/x"]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("crawl.warc.gz", b"", "warc"),
        ("CRAWL.WARC", b"", "warc"),
        ("site.wacz", b"", "wacz"),
        ("page.mht", b"", "mhtml"),
        ("export.zip", b"", "zip"),
        ("items.jsonl", b"", "jsonl"),
        ("wallabag.json", b'[{"is_archived": 1, "content": "<p>x</p>"}]', "wallabag"),
        ("other.json", b'{"a": 1}', None),
        ("pocket.csv", POCKET_CSV.encode(), "read-later"),
        ("data.csv", b"a,b\n1,2\n", None),
        ("ril_export.html", POCKET_HTML.encode(), "read-later"),
        ("sf.html", b"<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n-->", "html"),
        ("plain.html", b"<html><p>An ordinary saved page</p></html>", None),
        ("dump.txt", b"text", None),
    ],
)
def test_container_kind(tmp_path: Path, name: str, content: bytes, kind: str | None) -> None:
    assert container_kind(write(tmp_path / name, content)) == kind


def test_complete_page_is_a_container_only_with_its_files_folder(tmp_path: Path) -> None:
    page = write(tmp_path / "page.html", b"<html></html>")
    assert container_kind(page) is None
    (tmp_path / "page_files").mkdir()
    assert container_kind(page) == "html"


def test_open_container_refuses_what_is_not_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"plain\.html: not a page container"):
        open_container(write(tmp_path / "plain.html", b"<html></html>"), "plain.html")


def test_io_error_mid_container_ends_it_with_a_failure(tmp_path: Path) -> None:
    path = write(tmp_path / "items.jsonl", b'{"html": "<p>1</p>"}\n')
    with open_container(path, "items.jsonl") as container:
        path.unlink()
        (failure,) = list(container.items())
    assert isinstance(failure, Failure)
    assert failure.where == "container" and failure.reason.startswith("reading stopped")


def test_a_page_whose_files_folder_name_is_too_long_has_none(tmp_path: Path) -> None:
    # 250 bytes of stem: the page's own name fits the file system's 255, `<stem>_files` does not.
    page = tmp_path / ("x" * 250 + ".html")
    page.write_text("<html><body><p>Story</p></body></html>", encoding="utf-8")
    assert files_folder(page) is None

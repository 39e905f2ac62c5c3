"""WARC: HTML responses are pages (one per URL, naming its captures), other responses assets, damage reported."""

from __future__ import annotations

import gzip
import io
import re
import sys
import tracemalloc
from datetime import UTC, datetime

import pytest

from converter.containers.limits import AssetTooLarge
from converter.containers.records import Failure, SavedPage
from converter.containers.samples import WarcRecord, png, warc_bytes
from converter.containers.warc import WarcReader


def page(number: int) -> bytes:
    return f"<html><title>Page {number}</title><body><p>{'Story text. ' * 200}</p></body></html>".encode()


def read(data: bytes) -> tuple[list[SavedPage], list[Failure]]:
    reader = WarcReader(lambda: io.BytesIO(data), "crawl.warc.gz")
    items = list(reader.items())
    return [i for i in items if isinstance(i, SavedPage)], [i for i in items if isinstance(i, Failure)]


RECORDS = [WarcRecord(f"https://news.example/{n}", page(n)) for n in range(4)]


def test_html_responses_become_pages_with_url_date_and_provenance() -> None:
    records = [*RECORDS, WarcRecord("https://news.example/logo.png", png(), "image/png")]
    pages, failures = read(warc_bytes(records))
    assert failures == []
    assert [p.url for p in pages] == [f"https://news.example/{n}" for n in range(4)]
    assert pages[0].data == page(0)
    assert pages[0].kind == "html"
    assert pages[0].saved == datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
    assert re.fullmatch(r"crawl\.warc\.gz#<urn:uuid:[0-9a-f-]{36}>", pages[0].raw)


def test_repeated_captures_and_revisits_become_one_page_naming_them() -> None:
    old = WarcRecord("https://news.example/a", b"<html><p>old</p></html>", date="2026-01-01T00:00:00Z")
    new = WarcRecord("https://news.example/a", b"<html><p>new</p></html>", date="2026-03-01T00:00:00Z")
    revisit = WarcRecord("https://news.example/a", b"", date="2026-05-01T00:00:00Z", record_type="revisit")
    data = warc_bytes([old, new, revisit])
    pages, _ = read(data)
    assert len(pages) == 1
    assert pages[0].data == b"<html><p>new</p></html>"  # the latest full capture
    assert len(pages[0].captures) == 2
    ids = re.findall(rb"WARC-Record-ID: (<[^>]+>)", _gunzip_all(data))
    assert pages[0].raw.endswith(ids[1].decode())
    assert pages[0].captures == (ids[0].decode(), ids[2].decode())


def test_redirects_and_non_html_are_not_pages() -> None:
    records = [
        WarcRecord("https://news.example/moved", b"", status="301 Moved Permanently"),
        WarcRecord("https://news.example/feed.json", b"{}", "application/json"),
        RECORDS[0],
    ]
    pages, _ = read(warc_bytes(records))
    assert [p.url for p in pages] == ["https://news.example/0"]


def test_assets_are_read_by_seeking_and_resolved_against_the_page_url() -> None:
    image = png(8, 8)
    html = b'<html><img src="/img/a.png"><img src="missing.png"></html>'
    data = warc_bytes(
        [
            WarcRecord("https://news.example/story", html),
            WarcRecord("https://news.example/img/a.png", image, "image/png"),
        ]
    )
    reader = WarcReader(lambda: io.BytesIO(data), "crawl.warc.gz")
    (story,) = [i for i in reader.items() if isinstance(i, SavedPage)]
    assert story.asset("/img/a.png", 10_000) == image
    assert story.asset("https://news.example/img/a.png#x", 10_000) == image
    assert story.asset("missing.png", 10_000) is None
    with pytest.raises(AssetTooLarge):
        story.asset("/img/a.png", 10)
    reader.close()


def test_streams_a_big_warc_without_holding_it_in_memory() -> None:
    big = WarcRecord("https://news.example/video.mp4", b"\x00" * (20 * 1024 * 1024), "video/mp4")
    data = warc_bytes([RECORDS[0], big, RECORDS[1]], gzip=False)
    reader = WarcReader(lambda: io.BytesIO(data), "crawl.warc")
    tracemalloc.start()
    pages = [i.url if isinstance(i, SavedPage) else repr(i) for i in reader.items()]
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert pages == ["https://news.example/0", "https://news.example/1"]
    assert peak < 4 * 1024 * 1024  # the 20 MB record is read through in chunks, never held


def test_truncated_gzip_member_keeps_the_records_before_it() -> None:
    data = warc_bytes(RECORDS)
    pages, failures = read(data[:-40])
    assert [p.url for p in pages] == [f"https://news.example/{n}" for n in range(3)]
    assert len(failures) == 1
    assert failures[0].container == "crawl.warc.gz"
    assert "truncated" in failures[0].reason
    assert str(failures[0]).startswith("crawl.warc.gz: record at byte ")


def test_corrupt_gzip_member_is_reported_and_reading_resumes_after_it() -> None:
    data = warc_bytes(RECORDS)
    starts = [m.start() for m in re.finditer(b"\x1f\x8b\x08", data)]
    damaged = data[: starts[1] + 30] + b"\xff" * 40 + data[starts[1] + 70 :]
    pages, failures = read(damaged)
    assert [p.url for p in pages] == ["https://news.example/0", "https://news.example/2", "https://news.example/3"]
    assert len(failures) == 1
    assert failures[0].where == f"record at byte {starts[1]}"
    assert "reading resumed" in failures[0].reason


@pytest.mark.parametrize("declared", [100, 9000])
def test_record_whose_declared_length_lies_is_reported_and_the_others_read(declared: int) -> None:
    data = warc_bytes(RECORDS, gzip=False)
    first_length = re.search(rb"Content-Length: (\d+)\r\n\r\nHTTP", data)
    assert first_length is not None
    lying = data.replace(first_length.group(0), f"Content-Length: {declared}\r\n\r\nHTTP".encode(), 1)
    pages, failures = read(lying)
    assert [p.url for p in pages] == [f"https://news.example/{n}" for n in (1, 2, 3)]
    assert len(failures) == 1
    assert "Content-Length is wrong" in failures[0].reason


class Watched(io.BytesIO):
    """A WARC whose reads note whether sys.stderr is still the real one."""

    def __init__(self, data: bytes, seen: list[bool]) -> None:
        super().__init__(data)
        self.seen = seen
        self.real = sys.stderr

    def read(self, size: int | None = -1, /) -> bytes:
        self.seen.append(sys.stderr is self.real)
        return super().read(size)


def test_damage_is_read_without_swapping_stderr_and_warcio_stays_silent(capsys: pytest.CaptureFixture[str]) -> None:
    # The WARC is read in a thread beside the progress display: swapping sys.stderr, even briefly,
    # swallowed that display's output (or bound its bar to the stand-in for good).
    data = warc_bytes(RECORDS, gzip=False)
    first_length = re.search(rb"Content-Length: (\d+)\r\n\r\nHTTP", data)
    assert first_length is not None
    lying = data.replace(first_length.group(0), b"Content-Length: 100\r\n\r\nHTTP", 1)
    seen: list[bool] = []
    reader = WarcReader(lambda: Watched(lying, seen), "crawl.warc")
    items = list(reader.items())
    assert sum(isinstance(item, SavedPage) for item in items) == 3
    assert seen and all(seen)
    assert capsys.readouterr().err == ""  # warcio's own warning is not printed: the Failure says it


def test_uncompressed_warc_cut_short_reports_the_last_record() -> None:
    data = warc_bytes(RECORDS, gzip=False)
    pages, failures = read(data[:-500])
    assert len(pages) == 3
    assert "truncated" in failures[0].reason


def test_warc_gzipped_as_a_whole_says_how_to_read_it() -> None:
    whole = gzip.compress(warc_bytes(RECORDS, gzip=False))  # what `gzip crawl.warc` makes
    _, failures = read(whole)
    assert len(failures) == 1
    assert "gzipped as a whole" in failures[0].reason and "gunzip" in failures[0].reason


def test_not_a_warc_at_all_is_one_failure() -> None:
    pages, failures = read(b"<html>this is not a WARC</html>" * 10)
    assert pages == []
    assert len(failures) == 1
    assert failures[0].reason == "not a WARC record"


def _gunzip_all(data: bytes) -> bytes:
    import zlib

    out = b""
    while data:
        decompressor = zlib.decompressobj(31)
        out += decompressor.decompress(data)
        data = decompressor.unused_data
    return out

"""A WARC record is read in bounded memory whatever it declares or inflates to (containers/warcread.py).

A few hundred KB of gzip can inflate to a GB: warcio would hold a header line of that size whole, and
read a page's payload to the cap before saying it is too large.
"""

from __future__ import annotations

import gzip
import io
import tracemalloc
from collections.abc import Callable

import pytest
from zlib_ng import zlib_ng

from converter.containers import ContainerLimits, Failure, SavedPage, Superseded
from converter.containers.samples import WarcRecord, warc_bytes
from converter.containers.warc import WarcReader
from converter.containers.warcread import MAX_LINE, BoundedIterator

MB = 1024 * 1024
Item = SavedPage | Failure | Superseded


def page(number: int) -> WarcRecord:
    return WarcRecord(f"https://news.example/{number}", f"<html><p>Story {number}.</p></html>".encode())


def long_header_record(line: int, gzipped: bool) -> bytes:
    """A response record whose HTTP header holds one line of `line` bytes (a record warcio cannot write)."""
    http = b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * line + b"\r\nContent-Type: text/html\r\n\r\n<html><p>x</p></html>"
    warc = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/long\r\n"
        b"WARC-Date: 2026-11-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
    )
    block = warc + http + b"\r\n\r\n"
    return gzip.compress(block, compresslevel=1) if gzipped else block


def peak_of(read: Callable[[], list[Item]]) -> tuple[list[Item], int]:
    tracemalloc.start()
    try:
        items = read()
        return items, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def described(items: list[Item]) -> list[str]:
    return [item.url or "" if isinstance(item, SavedPage) else str(item) for item in items]


@pytest.mark.parametrize(("gzipped", "line", "bound"), [(False, 24 * MB, 6 * MB), (True, 96 * MB, 48 * MB)])
def test_a_huge_header_line_is_damage_reported_and_never_held(gzipped: bool, line: int, bound: int) -> None:
    data = warc_bytes([page(0)], gzip=gzipped) + long_header_record(line, gzipped) + warc_bytes([page(1)], gzip=gzipped)
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    for how in ("stream", "items"):
        reader = WarcReader(lambda: io.BytesIO(data), name)
        items, peak = peak_of(lambda: list(getattr(reader, how)()))  # noqa: B023 - called at once
        found = described(items)
        assert found[:2] == ["https://news.example/0", "https://news.example/1"], how
        assert len(found) == 3 and f"a header line of more than {MAX_LINE} bytes" in found[2], how
        # (gzip: warcio inflates 16 KB of it at once, about 16 MB here, and zlib's buffer doubles.)
        assert peak < bound, (how, peak)


def test_a_page_declared_over_the_cap_is_refused_before_it_is_read() -> None:
    big = WarcRecord("https://news.example/big", b"<html><p>" + b"a" * (40 * MB) + b"</p></html>")
    data = warc_bytes([page(0), big, page(1)], gzip=False)
    limits = ContainerLimits(page_bytes=16 * MB)
    for how in ("stream", "items"):
        reader = WarcReader(lambda: io.BytesIO(data), "crawl.warc", limits)
        items, peak = peak_of(lambda: list(getattr(reader, how)()))  # noqa: B023 - called at once
        pages = [item.url for item in items if isinstance(item, SavedPage)]
        failures = [str(item) for item in items if isinstance(item, Failure)]
        assert pages == ["https://news.example/0", "https://news.example/1"], how
        # The page's real size, from its declared length (not the cap plus one, as when it was read).
        assert len(failures) == 1 and f"page of {40 * MB + 20} bytes, over the cap" in failures[0], how
        assert peak < 6 * MB, (how, peak)


def test_an_encoded_page_is_read_to_the_cap_and_no_further() -> None:
    # A Content-Encoding hides the payload's size: it is read in chunks, and refused once past the cap.
    body = gzip.compress(b"<html><p>" + b"a" * (3 * MB) + b"</p></html>")
    encoded = WarcRecord("https://news.example/big", body, headers=(("Content-Encoding", "gzip"),))
    data = warc_bytes([page(0), encoded], gzip=False)
    over = list(WarcReader(lambda: io.BytesIO(data), "crawl.warc", ContainerLimits(page_bytes=MB)).stream())
    assert described(over)[0] == "https://news.example/0"
    assert f"page of {MB + 1} bytes, over the cap" in described(over)[1]
    under = list(WarcReader(lambda: io.BytesIO(data), "crawl.warc", ContainerLimits(page_bytes=4 * MB)).stream())
    pages = [item for item in under if isinstance(item, SavedPage)]
    assert [len(item.data) for item in pages] == [len(b"<html><p>Story 0.</p></html>"), 3 * MB + 20]


def test_gzip_members_are_inflated_by_zlib_ng() -> None:
    """zlib-ng inflates each member (zlib's deflate and messages in half its time): every record still reads."""
    pages = [page(number) for number in range(3)]
    iterator = BoundedIterator(io.BytesIO(warc_bytes(pages, gzip=True)))
    bodies = []
    for record in iterator:
        assert type(iterator.reader.decompressor) is type(zlib_ng.decompressobj())
        if record.rec_type == "response":
            bodies.append(record.content_stream().read())
    assert bodies == [spec.body for spec in pages]

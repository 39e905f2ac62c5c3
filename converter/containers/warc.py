"""WARC and WARC.gz: every HTML response is a page, every other response an asset.

Two streaming passes, never the whole file in memory: the first reads record headers only and
builds a small index (offsets of pages and assets, captures grouped by URL); the second seeks to
each page's record. Assets are read by seeking when a caller asks for them.

Damage is reported, not fatal: a truncated or corrupt gzip member, or a record whose declared
length lies, becomes a Failure, and reading resumes at the next record boundary found after it.
"""

from __future__ import annotations

import contextlib
import io
import types
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import warcio.archiveiterator
import warcio.bufferedreaders
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import Failure, PageHints, SavedPage

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
# What warcio raises on damaged input (AttributeError and TypeError too, from headers cut short).
_DAMAGE = (
    ArchiveLoadFailed,
    zlib.error,
    EOFError,
    ValueError,
    OSError,
    IndexError,
    KeyError,
    AttributeError,
    TypeError,
)
_SCAN_CHUNK = 1024 * 1024


class _Discard(io.TextIOBase):
    def write(self, text: str) -> int:
        return len(text)


# warcio writes what it finds wrong (a lying length, a broken gzip member) to sys.stderr; we report
# it as a Failure instead. Redirecting sys.stderr would swallow every thread's output for the while
# (the reading runs in a thread beside the progress display), so warcio alone gets a stderr that discards.
for _module in (warcio.archiveiterator, warcio.bufferedreaders):
    _module.sys = types.SimpleNamespace(stderr=_Discard())

Opener = Callable[[], IO[bytes]]


@dataclass
class _Capture:
    record_id: str
    offset: int
    date: str
    ok: bool  # a 2xx response with a body, not a revisit


@dataclass
class _PageEntry:
    url: str
    captures: list[_Capture] = field(default_factory=list)


@dataclass(frozen=True)
class _AssetEntry:
    offset: int
    size: int  # the record's declared length: an upper bound of the payload


@dataclass
class WarcIndex:
    pages: dict[str, _PageEntry] = field(default_factory=dict)
    assets: dict[str, _AssetEntry] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    # Redirects recorded (3xx responses with a Location), by same_url of the URL and of its target.
    redirects: dict[str, str] = field(default_factory=dict)


class WarcReader:
    """Pages of one WARC (a path, or an opener for a member of a WACZ), named `name` in provenance."""

    def __init__(self, opener: Opener, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> None:
        self.opener = opener
        self.name = name
        self.limits = limits
        self._index: WarcIndex | None = None
        self._asset_handle: IO[bytes] | None = None

    def close(self) -> None:
        if self._asset_handle is not None:
            self._asset_handle.close()
            self._asset_handle = None

    @property
    def index(self) -> WarcIndex:
        if self._index is None:
            with self.opener() as handle:
                self._index = _build_index(handle, self.name)
        return self._index

    def items(self, only_urls: set[str] | None = None) -> Iterator[SavedPage | Failure]:
        """Every HTML page (one per URL, naming its other captures), then the damage found.

        `only_urls`: just the pages at these URLs (compared by `same_url`)."""
        index = self.index
        wanted = None if only_urls is None else {same_url(url) for url in only_urls}
        chosen = []
        for entry in index.pages.values():
            if wanted is not None and same_url(entry.url) not in wanted:
                continue
            best = _best_capture(entry.captures)
            if best is not None:
                chosen.append((best, entry))
        chosen.sort(key=lambda pair: pair[0].offset)  # sequential reads
        with self.opener() as handle:
            for best, entry in chosen:
                yield self._page(handle, best, entry)
        yield from index.failures

    def _page(self, handle: IO[bytes], best: _Capture, entry: _PageEntry) -> SavedPage | Failure:
        try:
            data = _read_payload(handle, best.offset, self.limits.page_bytes)
        except AssetTooLarge as error:
            return Failure(self.name, f"record {best.record_id}", f"page of {error.size} bytes, over the cap")
        except _DAMAGE as error:
            return Failure(self.name, f"record {best.record_id}", f"cannot be read ({error})")
        others = tuple(c.record_id for c in entry.captures if c is not best)
        return SavedPage(
            raw=f"{self.name}#{best.record_id}",
            data=data,
            kind="html",
            url=entry.url,
            saved=_parse_date(best.date),
            hints=PageHints(),
            captures=others,
            assets=self,
        )

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        """AssetSource: the payload of the response recorded for `src`'s URL, if any."""
        try:
            url = urldefrag(urljoin(base or "", src)).url
        except ValueError:
            return None
        entry = self.index.assets.get(url)
        if entry is None:
            return None
        if entry.size > limit + 4096:  # headers count in the declared length; the payload is checked below
            raise AssetTooLarge(entry.size, limit)
        if self._asset_handle is None:
            self._asset_handle = self.opener()
        try:
            return _read_payload(self._asset_handle, entry.offset, limit)
        except _DAMAGE:
            return None


def same_url(url: str) -> str:
    """The form two records' URLs are compared in: an http(s) URL's empty path is "/" (RFC 3986 §6.2.3).

    A crawl lists "https://example.com" as given while the browser asked for, and recorded, ".../"."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() in ("http", "https") and not parts.path:
        return urlunsplit(parts._replace(path="/"))
    return url


def _best_capture(captures: list[_Capture]) -> _Capture | None:
    # The latest good response: the page as it last was when captured.
    good = [capture for capture in captures if capture.ok]
    return max(good, key=lambda capture: (capture.date, capture.offset)) if good else None


def _read_payload(handle: IO[bytes], offset: int, limit: int) -> bytes:
    handle.seek(offset)
    record = next(iter(ArchiveIterator(handle)))
    stream = record.content_stream()  # undoes chunking and Content-Encoding
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise AssetTooLarge(len(data), limit)
    return data


def _parse_date(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def _build_index(handle: IO[bytes], name: str) -> WarcIndex:
    index = WarcIndex()
    gzipped = handle.read(2) == _GZIP_MAGIC[:2]
    start: int | None = 0
    resyncing = False
    while start is not None:
        damage_at = _index_from(handle, start, index, name, quiet=resyncing)
        if damage_at is None:
            break
        start = _next_boundary(handle, damage_at + 1, gzipped)
        resyncing = True
        if start is not None and not index.failures[-1].reason.endswith("resumed"):
            last = index.failures[-1]
            index.failures[-1] = Failure(last.container, last.where, f"{last.reason}; reading resumed")
    return index


def _index_from(handle: IO[bytes], start: int, index: WarcIndex, name: str, *, quiet: bool) -> int | None:
    """Index records from `start` on; the offset of the first damaged record, or None at a clean end.

    When `quiet` (a guessed boundary after damage), a first record that does not parse is not
    reported again: the guess was wrong, and the scan goes on.
    """
    handle.seek(start)
    iterator = ArchiveIterator(handle)
    offset = start
    first = True
    try:
        for record in iterator:
            problem = _consume(record)
            offset = iterator.get_record_offset()
            if record.rec_type is None:
                problem = problem or "truncated or damaged record"
            elif record.format != "warc":  # warcio reads any line of five words as an ARC header
                problem = "not a WARC record"
            decompressor = iterator.reader.decompressor if iterator.reader else None
            if decompressor is not None and not getattr(decompressor, "eof", True):
                problem = "truncated gzip member"
            if iterator.err_count:
                problem = "its declared Content-Length is wrong (the record does not end where it says)"
            if problem:
                if not (quiet and first):
                    index.failures.append(Failure(name, f"record at byte {offset}", problem))
                return offset
            _add(index, record, offset)
            first = False
    except _DAMAGE as error:
        # warcio's own offset points at the start of the record it failed on.
        offset = max(offset, getattr(iterator, "offset", offset))
        if not (quiet and first):
            index.failures.append(Failure(name, f"record at byte {offset}", _damage_reason(error)))
        return offset
    # warcio ends quietly when a record's header is cut short: data left unread is damage too.
    end = handle.seek(0, io.SEEK_END)
    stopped = getattr(iterator, "offset", end)
    if stopped < end and not (quiet and first):
        index.failures.append(Failure(name, f"record at byte {stopped}", f"truncated ({end - stopped} bytes unread)"))
    return None


def _consume(record: ArcWarcRecord) -> str | None:
    """Read a record's block to its end, counting; a problem when it is shorter than declared."""
    size = record.http_headers.total_len if record.http_headers else 0
    while chunk := record.raw_stream.read(_SCAN_CHUNK):
        size += len(chunk)
    if record.length is not None and size < record.length:
        return f"truncated: {size} of the {record.length} bytes it declares"
    return None


def _add(index: WarcIndex, record: ArcWarcRecord, offset: int) -> None:
    headers = record.rec_headers
    target = headers.get_header("WARC-Target-URI")
    if record.rec_type not in ("response", "resource", "revisit") or not target:
        return
    url = urldefrag(target.strip().strip("<>")).url
    record_id = (headers.get_header("WARC-Record-ID") or f"<offset:{offset}>").strip()
    date = headers.get_header("WARC-Date") or ""
    if record.rec_type == "revisit":
        if url in index.pages:
            index.pages[url].captures.append(_Capture(record_id, offset, date, ok=False))
        return
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    location = record.http_headers.get_header("Location") if record.http_headers else None
    if (status or "").startswith("3") and location:
        with contextlib.suppress(ValueError):
            index.redirects[same_url(url)] = same_url(urldefrag(urljoin(url, location.strip())).url)
    content_type = (record.content_type or "") if record.rec_type == "resource" else ""
    if record.http_headers:
        content_type = record.http_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    if not (status or "").startswith("2"):
        return
    if mime in HTML_TYPES:
        entry = index.pages.setdefault(url, _PageEntry(url))
        entry.captures.append(_Capture(record_id, offset, date, ok=True))
    else:
        index.assets[url] = _AssetEntry(offset, record.length or 0)


def _next_boundary(handle: IO[bytes], position: int, gzipped: bool) -> int | None:
    """The next place a record may start at or after `position`, or None at the end of the file."""
    magic = _GZIP_MAGIC if gzipped else b"\n" + _WARC_MAGIC
    handle.seek(position)
    carry = b""
    base = position
    while chunk := handle.read(_SCAN_CHUNK):
        buffer = carry + chunk
        found = buffer.find(magic)
        if found >= 0:
            return base + found + (0 if gzipped else 1)
        keep = len(magic) - 1
        carry = buffer[-keep:]
        base += len(buffer) - keep
    return None


def _damage_reason(error: BaseException) -> str:
    if "non-chunked gzip" in str(error):  # `gzip crawl.warc` makes one gzip stream, not one per record
        return "gzipped as a whole, not record by record as a .warc.gz must be: gunzip it and convert the .warc"
    return f"damaged ({_short(error)})"


def _short(error: BaseException) -> str:
    # warcio quotes the damaged bytes; a report line shows only their printable start.
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return "".join(char if char.isprintable() and char.isascii() else "?" for char in text[:80])

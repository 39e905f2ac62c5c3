"""One pass over a WARC's records: the index (each page's captures, the assets, the redirects) and the damage.

The pass reads record headers and reads each record's block through to its end (a gzip member must be
inflated to find the next), never holding more than a chunk. When asked (`wanted`), it also keeps the
payload of a page's record on the way past, so a reader can hand the page on without reading it again.

Damage is reported, not fatal: a truncated or corrupt gzip member, or a record whose declared length
lies, becomes a Failure, and the pass resumes at the next record boundary found after it.
"""

from __future__ import annotations

import contextlib
import io
import types
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import IO, cast
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import warcio.archiveiterator
import warcio.bufferedreaders
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from zlib_ng import zlib_ng

from converter.containers.limits import AssetTooLarge
from converter.containers.records import Failure
from converter.containers.warcread import BoundedIterator, read_payload

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
# What warcio raises on damaged input (AttributeError and TypeError too, from headers cut short).
DAMAGE = (
    ArchiveLoadFailed,
    zlib.error,
    cast(type[Exception], zlib_ng.error),  # the members' inflater (warcread.py); its stub calls it an instance
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


@dataclass
class Capture:
    record_id: str
    offset: int
    date: str
    ok: bool  # a 2xx response with a body, not a revisit


@dataclass
class PageEntry:
    url: str
    captures: list[Capture] = field(default_factory=list)


@dataclass(frozen=True)
class AssetEntry:
    offset: int
    size: int  # the record's declared length: an upper bound of the payload


@dataclass
class WarcIndex:
    pages: dict[str, PageEntry] = field(default_factory=dict)
    assets: dict[str, AssetEntry] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    # Redirects recorded (3xx responses with a Location), by same_url of the URL and of its target.
    redirects: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Added:
    """A record the pass added to the index: a page's capture, a revisit of a page, or an asset."""

    what: str  # "page", "revisit" or "asset"
    url: str
    # For a page whose payload was `wanted`: the payload, or why it cannot be a page (else both None).
    data: bytes | None = None
    problem: str | None = None


@dataclass(frozen=True)
class _Facts:
    """What the index needs of a record, read from its headers before its block is."""

    rec_type: str
    url: str
    record_id: str | None
    date: str
    status: str
    location: str | None
    mime: str

    @property
    def is_page(self) -> bool:
        return self.rec_type != "revisit" and self.status.startswith("2") and self.mime in HTML_TYPES


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


def build_index(handle: IO[bytes], name: str) -> WarcIndex:
    """The index of the whole WARC (no payload kept)."""
    index = WarcIndex()
    for _ in scan(handle, name, index):
        pass
    return index


def scan(
    handle: IO[bytes],
    name: str,
    index: WarcIndex,
    *,
    wanted: Callable[[str], bool] = lambda url: False,
    page_bytes: int = 0,
) -> Iterator[Added]:
    """Fill `index` from every record, saying what each record added as it is added.

    The payload of a page's record whose URL is `wanted` (asked before the record's block is read) comes
    with it, or the problem that keeps it from being a page (over `page_bytes`, unreadable).
    """
    gzipped = handle.read(2) == _GZIP_MAGIC[:2]
    start: int | None = 0
    resyncing = False
    while start is not None:
        damage_at = yield from _index_from(handle, start, index, name, resyncing, wanted, page_bytes)
        if damage_at is None:
            break
        start = _next_boundary(handle, damage_at + 1, gzipped)
        resyncing = True
        if start is not None and not index.failures[-1].reason.endswith("resumed"):
            last = index.failures[-1]
            index.failures[-1] = Failure(last.container, last.where, f"{last.reason}; reading resumed")


def _index_from(
    handle: IO[bytes],
    start: int,
    index: WarcIndex,
    name: str,
    quiet: bool,
    wanted: Callable[[str], bool],
    page_bytes: int,
) -> Generator[Added, None, int | None]:
    """Index records from `start` on; returns the offset of the first damaged record, or None at a clean end.

    When `quiet` (a guessed boundary after damage), a first record that does not parse is not
    reported again: the guess was wrong, and the scan goes on.
    """
    handle.seek(start)
    iterator = BoundedIterator(handle)
    offset = start
    first = True
    try:
        for record in iterator:
            facts, facts_error = _facts_of(record)
            payload = _Payload()
            if facts is not None and facts.is_page and wanted(facts.url):
                payload.read(record, page_bytes)
            problem = _consume(record, payload.raw_bytes)
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
            if facts_error is not None:
                raise facts_error  # where reading the record's headers for the index would have failed
            what = _add(index, facts, record.length or 0, offset) if facts is not None else None
            first = False
            if what is not None and facts is not None:
                yield payload.added(Added(what, facts.url))
    except DAMAGE as error:
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


class _Counting:
    """A record's raw block, counting the bytes read through it (its payload reader reads ahead)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0
        self.failed = False  # the block itself could not be read (damage to the WARC, not to the payload)

    def read(self, size: int = -1) -> bytes:
        try:
            data = self.stream.read(size)
        except BaseException:
            self.failed = True
            raise
        self.count += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        try:
            data = self.stream.readline(size)
        except BaseException:
            self.failed = True
            raise
        self.count += len(data)
        return data

    def close(self) -> None:
        self.stream.close()


class _Payload:
    """A page's payload read on the pass's way past its record (or why it could not be)."""

    def __init__(self) -> None:
        self.raw_bytes = 0
        self.data: bytes | None = None
        self.error: str | None = None
        self.oversize = 0

    def read(self, record: ArcWarcRecord, limit: int) -> None:
        counted = _Counting(record.raw_stream)
        record.raw_stream = counted
        try:
            self.data = read_payload(record, limit)
        except AssetTooLarge as error:
            self.oversize = error.size
        except DAMAGE as error:
            if counted.failed:
                raise  # the WARC is damaged here: the pass reports it, as when it reads the block to skip it
            # A payload that cannot be decoded (its chunking or Content-Encoding) fails this page alone.
            self.error = f"cannot be read ({error})"
        finally:
            record.raw_stream = counted.stream
            self.raw_bytes = counted.count

    def added(self, added: Added) -> Added:
        if added.what != "page" or (self.data is None and self.error is None and not self.oversize):
            return added
        if self.data is not None:
            return Added(added.what, added.url, data=self.data)
        why = f"page of {self.oversize} bytes, over the cap" if self.oversize else self.error
        return Added(added.what, added.url, problem=why)


def _consume(record: ArcWarcRecord, read: int = 0) -> str | None:
    """Read a record's block to its end, counting (`read`: bytes of it read already); a problem when
    it is shorter than declared."""
    size = (record.http_headers.total_len if record.http_headers else 0) + read
    while chunk := record.raw_stream.read(_SCAN_CHUNK):
        size += len(chunk)
    if record.length is not None and size < record.length:
        return f"truncated: {size} of the {record.length} bytes it declares"
    return None


def _facts_of(record: ArcWarcRecord) -> tuple[_Facts | None, BaseException | None]:
    try:
        return _facts(record), None
    except DAMAGE as error:
        return None, error


def _facts(record: ArcWarcRecord) -> _Facts | None:
    headers = record.rec_headers
    target = headers.get_header("WARC-Target-URI")
    if record.rec_type not in ("response", "resource", "revisit") or not target:
        return None
    url = urldefrag(target.strip().strip("<>")).url
    record_id = headers.get_header("WARC-Record-ID")
    date = headers.get_header("WARC-Date") or ""
    if record.rec_type == "revisit":
        return _Facts("revisit", url, record_id, date, "", None, "")
    status = record.http_headers.get_statuscode() if record.http_headers else "200"
    location = record.http_headers.get_header("Location") if record.http_headers else None
    content_type = (record.content_type or "") if record.rec_type == "resource" else ""
    if record.http_headers:
        content_type = record.http_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    return _Facts(record.rec_type, url, record_id, date, status or "", location, mime)


def _add(index: WarcIndex, facts: _Facts, length: int, offset: int) -> str | None:
    """Add a record to the index; what it added ("page", "revisit", "asset"), or None when nothing."""
    url = facts.url
    record_id = (facts.record_id or f"<offset:{offset}>").strip()
    if facts.rec_type == "revisit":
        if url in index.pages:
            index.pages[url].captures.append(Capture(record_id, offset, facts.date, ok=False))
            return "revisit"
        return None
    if facts.status.startswith("3") and facts.location:
        with contextlib.suppress(ValueError):
            index.redirects[same_url(url)] = same_url(urldefrag(urljoin(url, facts.location.strip())).url)
    if not facts.status.startswith("2"):
        return None
    if facts.mime in HTML_TYPES:
        entry = index.pages.setdefault(url, PageEntry(url))
        entry.captures.append(Capture(record_id, offset, facts.date, ok=True))
        return "page"
    index.assets[url] = AssetEntry(offset, length)
    return "asset"


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

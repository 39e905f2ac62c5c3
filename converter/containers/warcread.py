"""Reading a WARC's records in bounded memory, whatever a record declares or inflates to.

warcio reads a header line whole (its `readline` joins buffers until a newline), so one record whose
WARC or HTTP header holds a huge line (a few hundred KB of gzip inflate to a GB of one line) would be
held whole: here a header line longer than `MAX_LINE` is damage, reported like any other. A payload
is read in chunks up to the page cap, and one whose declared length already passes the cap (no
Content-Encoding or chunking to change it) is refused before any of it is read. What warcio inflates
at once stays bounded by its block: 16 KB of gzip at most, about 16 MB inflated.

A WARC.gz's members are inflated by zlib-ng, not zlib: the same deflate, errors and messages, in half
the time. Inflating was two thirds of the main process's reading, which competes with the workers.
"""

from __future__ import annotations

from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.recordloader import ArcWarcRecord
from warcio.utils import BUFF_SIZE
from zlib_ng import zlib_ng

from converter.containers.limits import AssetTooLarge

# Servers refuse header lines over 8 to 64 KB; a WARC-Target-URI is rarely longer than a few KB.
MAX_LINE = 1024 * 1024
_CHUNK = 1024 * 1024


class HeaderLineTooLong(ValueError):
    """A header line over MAX_LINE bytes: damage (a ValueError, as warcio's own parse errors are)."""


class _BoundedLines(DecompressingBufferedReader):
    def _init_decomp(self, decomp_type: str | None) -> None:
        if decomp_type != "gzip":
            super()._init_decomp(decomp_type)
            return
        # warcio's own set-up for a gzip member (BufferedReader._init_decomp), with zlib-ng's inflater.
        self.num_block_read = 0
        self.decomp_type = decomp_type
        self.decompressor = zlib_ng.decompressobj(16 + zlib_ng.MAX_WBITS)

    def readline(self, length: int | None = None) -> bytes:
        # warcio's own loop, with a cap: its `length` bookkeeping subtracts the whole line so far at
        # each block, so it cannot be trusted to stop where asked.
        cap = MAX_LINE + 1 if length is None or length < 0 else min(length, MAX_LINE + 1)
        parts: list[bytes] = []
        size = 0
        while size < cap:
            self._fillbuff()
            if self.empty():
                break
            part = self.buff.readline(cap - size)
            parts.append(part)
            size += len(part)
            if part.endswith(b"\n"):
                break
        if size > MAX_LINE:
            raise HeaderLineTooLong(f"a header line of more than {MAX_LINE} bytes")
        return b"".join(parts)


class BoundedIterator(ArchiveIterator):
    """warcio's ArchiveIterator whose reader refuses header lines over MAX_LINE bytes."""

    def __init__(self, fileobj: IO[bytes]) -> None:
        super().__init__(fileobj)
        # Nothing is read before the first record is asked for: the reader can still be swapped.
        self.reader = _BoundedLines(self.fh, block_size=BUFF_SIZE)


def read_payload(record: ArcWarcRecord, limit: int) -> bytes:
    """The record's payload (chunking and Content-Encoding undone); AssetTooLarge past `limit` bytes,
    having held at most `limit` of them."""
    declared = _declared_payload(record)
    if declared is not None and declared > limit:
        raise AssetTooLarge(declared, limit)
    stream = record.content_stream()
    parts: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
        size += len(chunk)
        if size > limit:
            raise AssetTooLarge(size, limit)
        parts.append(chunk)
    return b"".join(parts)


def _declared_payload(record: ArcWarcRecord) -> int | None:
    """The payload's size as the record declares it, when nothing between the two can change it."""
    headers = record.http_headers
    if record.length is None or headers is None:
        return None
    if headers.get_header("Content-Encoding") is not None or headers.get_header("Transfer-Encoding") is not None:
        return None
    return record.length - headers.total_len

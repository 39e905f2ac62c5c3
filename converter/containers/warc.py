"""WARC and WARC.gz: every HTML response is a page, every other response an asset.

Never the whole file in memory. `stream()` (what a conversion reads) makes one pass: the index
(warcindex.py) is built as the records go by, and each page is handed on as it is read, while the WARC
has shown no asset and no second capture of its URL. A later record that would change a page handed on
(another capture or a revisit of its URL; any asset, which an earlier page's images might name) makes
it `Superseded`, and once every record is indexed, the pages not handed on (or superseded) are read by
seeking. A WARC of HTML pages alone is thus read once; a crawl with its images, as two passes (index,
then each page by seeking), which `items()` always makes. Assets are read by seeking when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import IO
from urllib.parse import urldefrag, urljoin

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import Failure, PageHints, SavedPage, Superseded
from converter.containers.warcindex import (
    DAMAGE,
    Added,
    Capture,
    PageEntry,
    WarcIndex,
    build_index,
    same_url,
    scan,
)
from converter.containers.warcread import BoundedIterator, read_payload

__all__ = ["WarcIndex", "WarcReader", "same_url"]

Opener = Callable[[], IO[bytes]]


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
                self._index = build_index(handle, self.name)
        return self._index

    def items(self, only_urls: set[str] | None = None) -> Iterator[SavedPage | Failure]:
        """Every HTML page (one per URL, naming its other captures), then the damage found.

        `only_urls`: just the pages at these URLs (compared by `same_url`)."""
        index = self.index
        wanted = None if only_urls is None else {same_url(url) for url in only_urls}
        entries = index.pages.values()
        yield from self._pages(entry for entry in entries if wanted is None or same_url(entry.url) in wanted)
        yield from index.failures

    def stream(self) -> Iterator[SavedPage | Failure | Superseded]:
        """The pages and damage of `items()`, in one pass where the WARC allows it (see the module's docstring).

        A page handed on may be withdrawn later by a `Superseded` naming it: the URL's page as `items()`
        gives it then comes after. Taken with the withdrawals, what comes is what `items()` gives."""
        if self._index is not None:  # indexed already: the pages are read by seeking anyway
            yield from self.items()
            return
        index = self._index = WarcIndex()
        ahead = _Ahead()
        with self.opener() as handle:
            wanted = lambda url: ahead.handing and url not in index.pages  # noqa: E731 - asked before the record is added
            for added in scan(handle, self.name, index, wanted=wanted, page_bytes=self.limits.page_bytes):
                ahead.note(added)
                if added.url in ahead.handed or not (added.data is not None or added.problem):
                    continue
                capture = index.pages[added.url].captures[0]
                if added.problem:
                    ahead.handed[added.url] = None
                    ahead.held[added.url] = Failure(self.name, f"record {capture.record_id}", added.problem)
                    continue
                out = ahead.hand(self._saved(added.url, capture, added.data or b"", ()))
                if out is not None:
                    yield out
        if ahead.waiting is not None:
            yield ahead.waiting
        if ahead.withdrawn:
            yield Superseded(tuple(ahead.withdrawn))
        yield from ahead.held.values()
        yield from self._pages(entry for url, entry in index.pages.items() if url not in ahead.handed)
        yield from index.failures

    def _pages(self, entries: Iterable[PageEntry]) -> Iterator[SavedPage | Failure]:
        """Each entry's page, read by seeking to its best capture."""
        chosen = [(best, entry) for entry in entries if (best := _best_capture(entry.captures)) is not None]
        if not chosen:
            return
        chosen.sort(key=lambda pair: pair[0].offset)  # sequential reads
        with self.opener() as handle:
            for best, entry in chosen:
                yield self._page(handle, best, entry)

    def _page(self, handle: IO[bytes], best: Capture, entry: PageEntry) -> SavedPage | Failure:
        try:
            data = _read_payload(handle, best.offset, self.limits.page_bytes)
        except AssetTooLarge as error:
            return Failure(self.name, f"record {best.record_id}", f"page of {error.size} bytes, over the cap")
        except DAMAGE as error:
            return Failure(self.name, f"record {best.record_id}", f"cannot be read ({error})")
        return self._saved(entry.url, best, data, tuple(c.record_id for c in entry.captures if c is not best))

    def _saved(self, url: str, capture: Capture, data: bytes, others: tuple[str, ...]) -> SavedPage:
        return SavedPage(
            raw=f"{self.name}#{capture.record_id}",
            data=data,
            kind="html",
            url=url,
            saved=_parse_date(capture.date),
            hints=PageHints(),
            captures=others,
            assets=self,
        )

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        """AssetSource: the payload of the response recorded for `src`'s URL, if any."""
        if not self.index.assets:  # a WARC of pages alone: no need to resolve `src`
            return None
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
        except DAMAGE:
            return None


class _Ahead:
    """What a one-pass read handed on before the WARC was read to its end, and what it must withdraw.

    The page handed last waits until the next page's record is reached: in a crawl, the images a page
    loaded follow it, and the first of them then stops the handing on before any page has gone out.
    """

    def __init__(self) -> None:
        self.handing = True  # until the WARC shows an asset: an earlier page's images may name any
        # URL → the raw of its page handed on (None: its record could not be a page, `held` says why).
        self.handed: dict[str, str | None] = {}
        self.held: dict[str, Failure] = {}
        self.waiting: SavedPage | None = None
        self.withdrawn: list[str] = []

    def note(self, added: Added) -> None:
        """Withdraw the pages a record just indexed changes (the page's URL, or every page for an asset)."""
        if added.what == "asset" and self.handing:
            self.handing = False
            for url in list(self.handed):
                self._withdraw(url)
        elif added.url in self.handed:
            self._withdraw(added.url)  # another capture or a revisit: the URL's page is chosen at the end

    def hand(self, page: SavedPage) -> SavedPage | None:
        """Hand `page` on: the page that was waiting goes out (returned), `page` waits."""
        self.handed[page.url or ""] = page.raw
        out, self.waiting = self.waiting, page
        return out

    def _withdraw(self, url: str) -> None:
        raw = self.handed.pop(url)
        self.held.pop(url, None)
        if self.waiting is not None and self.waiting.url == url:
            self.waiting = None  # not gone out yet: nothing to withdraw downstream
        elif raw is not None:
            self.withdrawn.append(raw)


def _best_capture(captures: list[Capture]) -> Capture | None:
    # The latest good response: the page as it last was when captured.
    good = [capture for capture in captures if capture.ok]
    return max(good, key=lambda capture: (capture.date, capture.offset)) if good else None


def _read_payload(handle: IO[bytes], offset: int, limit: int) -> bytes:
    handle.seek(offset)
    return read_payload(next(iter(BoundedIterator(handle))), limit)


def _parse_date(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None

"""The records a container reader yields: saved pages, per-record failures, and lazy asset lookup."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, Protocol

from converter.containers.datauri import decode_data_uri

PageKind = Literal["html", "text"]


class AssetSource(Protocol):
    """Where a page's images come from: the container it was saved in, read only when asked."""

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        """The bytes the container holds for `src` (resolved against `base`), or None when it holds none.

        Raises AssetTooLarge when the held asset is over `limit` bytes; never reads past `limit + 1`.
        """
        ...


class NoAssets:
    """A container that holds no assets (JSON Lines, read-it-later exports): only `data:` URIs resolve."""

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        return None


NO_ASSETS = NoAssets()


@dataclass(frozen=True)
class PageHints:
    """Metadata the container itself records for a page; the page's own metadata may still win."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    description: str | None = None
    # Read state from a read-it-later service (None when the container does not say).
    read: bool | None = None

    def merged(self, other: PageHints) -> PageHints:
        """These hints, with `other`'s filling the gaps; tags are united."""
        changes: dict[str, Any] = {}
        for name in ("title", "date", "image", "description", "read"):
            if getattr(self, name) is None and getattr(other, name) is not None:
                changes[name] = getattr(other, name)
        if not self.authors and other.authors:
            changes["authors"] = other.authors
        tags = self.tags + tuple(tag for tag in other.tags if tag not in self.tags)
        if tags != self.tags:
            changes["tags"] = tags
        return replace(self, **changes) if changes else self


NO_HINTS = PageHints()


@dataclass(frozen=True)
class SavedPage:
    """One page found in a container, ready for the pipeline's read stage."""

    # Provenance: the container (relative to RAW_DIR) and the record in it, e.g.
    # "crawl.warc.gz#<urn:uuid:…>", "export.zip!article/123.html", "items.jsonl#line-12".
    raw: str
    data: bytes
    kind: PageKind
    url: str | None = None
    saved: datetime | None = None
    hints: PageHints = NO_HINTS
    # Other captures of the same page merged into this one (record ids, oldest first).
    captures: tuple[str, ...] = ()
    assets: AssetSource = field(default=NO_ASSETS, repr=False, compare=False)

    def asset(self, src: str, limit: int) -> bytes | None:
        """The bytes behind an image reference in this page, if the container holds them.

        `data:` URIs are decoded here whatever the container; everything else is looked up in it.
        Raises AssetTooLarge over `limit`, ValueError for a malformed `data:` URI.
        """
        src = src.strip()
        if src[:5].lower() == "data:":
            return decode_data_uri(src, limit)
        return self.assets.get(src, self.url, limit)

    def with_changes(self, **changes: Any) -> SavedPage:
        return replace(self, **changes)


@dataclass(frozen=True)
class Failure:
    """A record of a container that could not be read; the container's other records still come out."""

    container: str
    # Which record: "line 12", "record at byte 4096", "member article/9.html".
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.container}: {self.where}: {self.reason}"


@dataclass(frozen=True)
class Superseded:
    """Pages a reader handed on before it had read the whole container, withdrawn: a later record changed
    them (a WARC's later capture of the page's URL, say). What replaces them, if anything, comes after."""

    raws: tuple[str, ...]


def text_field(value: object) -> str | None:
    """An export's text field, stripped; anything else (a number, a list, nothing) as None."""
    return value.strip() or None if isinstance(value, str) else None


def iso_datetime(value: object) -> datetime | None:
    """An export's ISO 8601 timestamp (`Z` for UTC accepted); anything unreadable as None."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None

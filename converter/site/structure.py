"""Domain objects of the archive site: one `Entry` per article page, read from its front matter.

Every value here is untrusted text from a scraped page; rendering code escapes it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import yaml

from converter.article import RelatedLink
from converter.frontmatter import parse_document, split_document

_MD_NOISE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[*_`>#]|\\(?=\S)")


@dataclass(frozen=True)
class Entry:
    """One archived article as the listing pages, the feed and the search index see it."""

    src_uri: str  # docs-relative, e.g. "articles/some-article.md"
    title: str
    authors: tuple[str, ...] = ()
    date: dt.date | None = None
    source_name: str | None = None
    source_url: str | None = None
    tags: tuple[str, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    raw: str = ""
    also_raw: tuple[str, ...] = ()
    embedded_in: str | None = None
    teaser: str = ""

    @property
    def sort_key(self) -> tuple[int, str, str]:
        """Newest first, undated last, then by title for a stable order."""
        return (0 if self.date else 1, _neg_date(self.date), self.title.casefold())


def _neg_date(date: dt.date | None) -> str:
    if date is None:
        return ""
    # Invert digits so that an ascending sort gives newest first.
    return "".join(str(9 - int(c)) for c in date.strftime("%Y%m%d"))


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Front matter mapping (empty when absent or malformed) and the body."""
    try:
        meta, body = parse_document(text)
    except yaml.YAMLError:
        return {}, split_document(text)[1]
    return meta or {}, body


def coerce_date(value: Any) -> dt.date | None:
    """An ISO date or timestamp (string or YAML date) as a date; anything else as None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00")
        for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat):
            try:
                parsed = parse(text)
            except ValueError:
                continue
            return parsed.date() if isinstance(parsed, dt.datetime) else parsed
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        if match:
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                return None
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return ()
    names = (_text(v) for v in value if not isinstance(v, dict | list))
    return tuple(dict.fromkeys(n for n in names if n))


def teaser_from(description: Any, body: str, limit: int = 200) -> str:
    """A one-line teaser: the description, else the first prose line of the body."""
    text = _text(description)
    if not text:
        for line in body.splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "![", "|", "<", "```", "---")):
                text = " ".join(_MD_NOISE.sub(lambda m: m.group(1) or "", line).split())
                if text:
                    break
    text = text or ""
    # Cut at a word boundary; the ellipsis takes the place of the space after the last whole word.
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip() + "…"


def entry_from_document(src_uri: str, text: str) -> Entry:
    """Read one article file's front matter (and its first line, for the teaser)."""
    meta, body = split_front_matter(text)
    source: dict[str, Any] = meta["source"] if isinstance(meta.get("source"), dict) else {}
    related = tuple(
        RelatedLink.from_dict(r) for r in meta.get("related") or () if isinstance(r, dict)
    )
    title = _text(meta.get("title")) or src_uri.rsplit("/", 1)[-1].removesuffix(".md")
    return Entry(
        src_uri=src_uri,
        title=title,
        authors=_names(meta.get("authors")),
        date=coerce_date(meta.get("date")),
        source_name=_text(source.get("name")),
        source_url=_text(source.get("url")),
        tags=_names(meta.get("tags")),
        related=related,
        raw=_text(meta.get("raw")) or "",
        also_raw=_names(meta.get("also_raw")),
        embedded_in=_text(meta.get("embedded_in")),
        teaser=teaser_from(meta.get("description"), body),
    )

"""Domain objects of the archive site: one `Entry` per article page, read from its front matter.

Every value here is untrusted text from a scraped page; rendering code escapes it.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from converter.article import RelatedLink
from converter.site.meta import FrontMatter, read_front_matter
from converter.tags import clean_tags

# Tags an article shows (its front matter may keep more: converter.tags.MAX_TAGS).
SHOWN_TAGS = 8

# Images and links (keeping a link's text), emphasis, and escapes (keeping the character; an entity's `#`
# stays). Link text stops at a bracket and a URL at a parenthesis (one nested pair allowed), so every try
# from a `[` ends at the next one: linear on a line of unclosed brackets, where `[^\]]*` rescanned the
# rest of the line from each.
_URL = r"\((?:[^()\n]|\([^()\n]*\))*+\)"
_MD_NOISE = re.compile(rf"!\[[^\[\]]*\]{_URL}|\[([^\[\]]*)\]{_URL}|\\(\S)|[*_`>]|(?<!&)#")


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
    words: int = 0  # of the body, for the reading time
    image: str | None = None  # lead image: an http(s) URL, or a path relative to the article's file
    saved: dt.date | None = None  # when the page was saved, where the front matter says

    @property
    def minutes(self) -> int:
        """Reading time at 230 words a minute, at least one."""
        return max(1, round(self.words / 230))

    @property
    def sort_key(self) -> tuple[int, str, str]:
        """Newest first, undated last, then by title for a stable order."""
        return (0 if self.date else 1, _neg_date(self.date), self.title.casefold())


def _neg_date(date: dt.date | None) -> str:
    if date is None:
        return ""
    # Invert digits so that an ascending sort gives newest first.
    return "".join(str(9 - int(c)) for c in date.strftime("%Y%m%d"))


def teaser_from(description: str | None, body: str, limit: int = 200) -> str:
    """A one-line teaser: the description, else the first prose line of the body."""
    text = " ".join((description or "").split())
    if not text:
        for line in body.splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "![", "|", "<", "```", "---")):
                # Escaped characters stay (`snake\_case`), entities become the text they stand for (`&amp;`):
                # the teaser is escaped where it is shown.
                text = html.unescape(" ".join(_MD_NOISE.sub(lambda m: m.group(1) or m.group(2) or "", line).split()))
                if text:
                    break
    text = text or ""
    # Cut at a word boundary; the ellipsis takes the place of the space after the last whole word.
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip() + "…"


def entry_from_front_matter(src_uri: str, meta: FrontMatter, body: str) -> Entry:
    """An article's entry from its coerced front matter (and its first prose line, for the teaser)."""
    return Entry(
        src_uri=src_uri,
        title=meta.title or src_uri.rsplit("/", 1)[-1].removesuffix(".md"),
        authors=meta.authors,
        date=meta.date,
        source_name=meta.source_name,
        source_url=meta.source_url,
        tags=clean_tags(meta.tags, SHOWN_TAGS),
        related=meta.related,
        raw=meta.raw or "",
        also_raw=meta.also_raw,
        embedded_in=meta.embedded_in,
        teaser=teaser_from(meta.description, body),
        words=len(body.split()),
        image=meta.image,
        saved=meta.saved,
    )


def entry_from_document(src_uri: str, text: str) -> Entry:
    """Read one article file: its front matter through `read_front_matter`, bad values dropped."""
    meta, body = read_front_matter(text)
    return entry_from_front_matter(src_uri, meta, body)

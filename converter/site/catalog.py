"""Group the archive's entries by source, author, tag and month, and resolve related links."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from converter.article import RelatedLink
from converter.paths import url_slug
from converter.site.structure import Entry
from converter.urls import safe_url


@dataclass
class Group:
    """The entries sharing one source, author, tag or month; `path` is its page's docs-relative stem."""

    name: str
    path: str
    entries: list[Entry] = field(default_factory=list)


def url_key(url: str | None) -> str | None:
    """A comparison key for an article URL: no scheme, no www., no fragment, no trailing slash."""
    url = safe_url(url)
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


def title_key(title: str | None) -> str | None:
    text = " ".join((title or "").casefold().split())
    return text or None


# Names the plugin generates beside the group pages (`sources/index.md`, `tags/page/2.md` of a
# paginated index): a source, author or tag whose slug is one of them gets a numbered slug instead
# ("Index", as index.hu calls itself, is `sources/index-2`).
RESERVED_SLUGS = frozenset({"index", "page"})


def _grouped(entries: list[Entry], names_of, prefix: str) -> dict[str, Group]:
    """Groups keyed by name, with slugs made unique in a deterministic order."""
    by_name: dict[str, list[Entry]] = defaultdict(list)
    folded: dict[str, str] = {}
    for entry in entries:
        for name in names_of(entry):
            # "Chris Davies" and "chris davies" are one person's page.
            canonical = folded.setdefault(name.casefold(), name)
            by_name[canonical].append(entry)
    groups: dict[str, Group] = {}
    used: set[str] = set(RESERVED_SLUGS)
    for name in sorted(by_name, key=lambda n: (n.casefold(), n)):
        slug = base = url_slug(name)
        n = 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        groups[name.casefold()] = Group(name, f"{prefix}/{slug}", sorted(by_name[name], key=lambda e: e.sort_key))
    return groups


class Catalog:
    """Every listing the site shows, computed once per build from the entries' front matter."""

    def __init__(self, entries: list[Entry], articles_dir: str = "articles") -> None:
        self.articles_dir = articles_dir.strip("/")
        self.entries = sorted(entries, key=lambda e: e.sort_key)
        self.by_uri = {e.src_uri: e for e in self.entries}
        self.sources = _grouped(self.entries, lambda e: [e.source_name] if e.source_name else [], "sources")
        self.authors = _grouped(self.entries, lambda e: e.authors, "authors")
        self.tags = _grouped(self.entries, lambda e: e.tags, "tags")
        self.months: dict[tuple[int, int], Group] = {}
        self.years: dict[int, Group] = {}
        self.undated = Group("Undated", "archive/undated", [e for e in self.entries if e.date is None])
        for entry in self.entries:
            if entry.date is None:
                continue
            y, m = entry.date.year, entry.date.month
            month_name = dt.date(y, m, 1).strftime("%B %Y")
            self.months.setdefault((y, m), Group(month_name, f"archive/{y}/{m:02d}")).entries.append(entry)
            self.years.setdefault(y, Group(str(y), f"archive/{y}")).entries.append(entry)
        self._by_url: dict[str, Entry] = {}
        self._by_title: dict[str, Entry] = {}
        for entry in self.entries:
            key = url_key(entry.source_url)
            if key:
                self._by_url.setdefault(key, entry)
            tkey = title_key(entry.title)
            if tkey:
                self._by_title.setdefault(tkey, entry)

    def source_of(self, entry: Entry) -> Group | None:
        return self.sources.get(entry.source_name.casefold()) if entry.source_name else None

    def author(self, name: str) -> Group | None:
        return self.authors.get(name.casefold())

    def tag(self, name: str) -> Group | None:
        return self.tags.get(name.casefold())

    def carrier_of(self, entry: Entry) -> Entry | None:
        """The article that carried this one in full (`embedded_in`), when it is archived."""
        if not entry.embedded_in:
            return None
        return self.by_uri.get(f"{self.articles_dir}/{entry.embedded_in.lstrip('/')}")

    def resolve(self, link: RelatedLink, exclude: Entry | None = None) -> Entry | None:
        """The archived copy of a related article: by path, then by URL, then by exact title."""
        candidates = []
        if link.path:
            candidates.append(self.by_uri.get(f"{self.articles_dir}/{link.path.lstrip('/')}"))
        key = url_key(link.url)
        if key:
            candidates.append(self._by_url.get(key))
        tkey = title_key(link.title)
        if tkey:
            candidates.append(self._by_title.get(tkey))
        return next((c for c in candidates if c is not None and c is not exclude), None)

"""Group the archive's entries by source, author, tag and month, and resolve related links."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from converter.article import RelatedLink
from converter.paths import url_slug
from converter.site.structure import Entry
from converter.tags import tag_key
from converter.urls import safe_url, url_key


@dataclass
class Group:
    """The entries sharing one source, author, tag or month; `path` is its page's docs-relative stem."""

    name: str
    path: str
    entries: list[Entry] = field(default_factory=list)


def title_key(title: str | None) -> str | None:
    text = " ".join((title or "").casefold().split())
    return text or None


# Names the plugin generates beside the group pages (`sources/index.md`, `tags/page/2.md` of a
# paginated index): a source, author or tag whose slug is one of them gets a numbered slug instead
# ("Index", as index.hu calls itself, is `sources/index-2`).
RESERVED_SLUGS = frozenset({"index", "page"})


def _shown_name(spellings: Counter[str]) -> str:
    """The spelling most entries use; on a tie, one with capitals and spaces ("Climate change")."""
    return max(sorted(spellings), key=lambda n: (spellings[n], n != n.lower(), " " in n))


def _grouped(
    entries: list[Entry],
    names_of: Callable[[Entry], Iterable[str]],
    prefix: str,
    key: Callable[[str], str] = str.casefold,
) -> dict[str, Group]:
    """Groups keyed by `key(name)`, with slugs made unique in a deterministic order."""
    by_key: dict[str, list[Entry]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in entries:
        for name in names_of(entry):
            # "Chris Davies" and "chris davies" are one person's page.
            k = key(name)
            by_key[k].append(entry)
            spellings[k][name] += 1
    groups: dict[str, Group] = {}
    used: set[str] = set(RESERVED_SLUGS)
    named = sorted(((_shown_name(spellings[k]), k) for k in by_key), key=lambda nk: (nk[0].casefold(), nk[0]))
    for name, k in named:
        slug = base = url_slug(name)
        n = 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        groups[k] = Group(name, f"{prefix}/{slug}", sorted(by_key[k], key=lambda e: e.sort_key))
    return groups


_HOST_LIKE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)


def host_of(url: str | None) -> str | None:
    url = safe_url(url)
    return urlsplit(url).netloc.lower().removeprefix("www.") if url else None


def publication_names(entries: list[Entry]) -> list[Entry]:
    """Entries whose source is only a host ("nytimes.com") get the publication's name when another
    article from that host gives one ("The New York Times"); the host stays the fallback."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in entries:
        host = host_of(entry.source_url)
        if host and entry.source_name and not _HOST_LIKE.match(entry.source_name):
            names[host][entry.source_name] += 1
    out = []
    for entry in entries:
        host = host_of(entry.source_url)
        if entry.source_name and _HOST_LIKE.match(entry.source_name) and host in names:
            entry = replace(entry, source_name=_shown_name(names[host]))
        out.append(entry)
    return out


class Catalog:
    """Every listing the site shows, computed once per build from the entries' front matter."""

    def __init__(self, entries: list[Entry], articles_dir: str = "articles") -> None:
        self.articles_dir = articles_dir.strip("/")
        self.entries = sorted(publication_names(entries), key=lambda e: e.sort_key)
        self.by_uri = {e.src_uri: e for e in self.entries}
        self._position = {e.src_uri: i for i, e in enumerate(self.entries)}
        self.sources = _grouped(self.entries, lambda e: [e.source_name] if e.source_name else [], "sources")
        self.authors = _grouped(self.entries, lambda e: e.authors, "authors")
        self.tags = _grouped(self.entries, lambda e: e.tags, "tags", tag_key)
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

    def position(self, entry: Entry) -> int:
        """The entry's place in the archive's order, newest first."""
        return self._position[entry.src_uri]

    def source_of(self, entry: Entry) -> Group | None:
        return self.sources.get(entry.source_name.casefold()) if entry.source_name else None

    def author(self, name: str) -> Group | None:
        return self.authors.get(name.casefold())

    def tag(self, name: str) -> Group | None:
        return self.tags.get(tag_key(name))

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

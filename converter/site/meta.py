"""Untrusted front matter → a typed `FrontMatter` record: the one place the site reads page metadata.

Front matter comes from the converter, from people and from other tools (web clippers), so every
value is untrusted: each known key is coerced to its type or dropped with a problem naming the
field; sizes are capped before anything renders; keys that steer the theme (`template`, `hide`,
`search`, ...) are refused unless the site's configuration allows them; YAML aliases that expand
past a limit, and YAML that does not parse, leave the page with no front matter at all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from converter.article import RelatedLink
from converter.frontmatter import split_document

# Caps applied before rendering: one page's front matter must not cost the build seconds.
MAX_HEADER_CHARS = 2_000_000
MAX_NODES = 200_000  # YAML nodes after alias expansion
MAX_TEXT = 1_000  # title, names, paths
MAX_LONG_TEXT = 5_000  # description, teasers
MAX_NAMES = 50  # authors, tags, also_raw
MAX_RELATED = 200

# Keys the theme reads to change what a page is or does; refused unless `allow_theme_keys` names them.
THEME_KEYS = ("template", "location", "hide", "search", "status", "icon", "subtitle", "comments")
_TEMPLATE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """The safe loader, minus implicit timestamps: `date: 2025-02-30` stays a string we can reject."""


_Loader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class FrontMatter:
    """A page's front matter after coercion.

    `problems` are lines to warn about: "field: what was wrong" for a value, or what was wrong with
    the whole front matter ("is not YAML that parses, ignored (...)").
    """

    title: str | None = None
    description: str | None = None
    author: str | None = None
    authors: tuple[str, ...] = ()
    date: dt.date | None = None
    source_name: str | None = None
    source_url: str | None = None
    tags: tuple[str, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    raw: str | None = None
    also_raw: tuple[str, ...] = ()
    embedded_in: str | None = None
    language: str | None = None
    image: str | None = None
    saved: dt.date | None = None  # when the page was saved (`saved`), where a tool records it
    theme: dict[str, Any] = field(default_factory=dict)  # allowed theme keys, validated
    problems: tuple[str, ...] = ()

    def page_meta(self) -> dict[str, Any]:
        """The plain mapping MkDocs and the theme get as `page.meta` (unknown keys are left out)."""
        meta: dict[str, Any] = {}
        for key in ("title", "description", "author", "raw", "embedded_in", "language", "image"):
            if getattr(self, key) is not None:
                meta[key] = getattr(self, key)
        for key in ("authors", "tags", "also_raw"):
            if getattr(self, key):
                meta[key] = list(getattr(self, key))
        for key in ("date", "saved"):
            if getattr(self, key) is not None:
                meta[key] = getattr(self, key).isoformat()
        if self.source_name or self.source_url:
            meta["source"] = {"name": self.source_name, "url": self.source_url}
        if self.related:
            meta["related"] = [link.to_dict() for link in self.related]
        meta.update(self.theme)
        return meta


def read_front_matter(text: str, allow_theme_keys: frozenset[str] = frozenset()) -> tuple[FrontMatter, str]:
    """(the coerced front matter, the body after it) of one Markdown document; never raises on bad YAML."""
    header, body = split_document(text)
    if header is None:
        return FrontMatter(), body
    data, problem = _load(header)
    if problem:
        return FrontMatter(problems=(problem,)), body
    return _coerce(data, allow_theme_keys), body


def _load(header: str) -> tuple[dict[str, Any], str | None]:
    if len(header) > MAX_HEADER_CHARS:
        return {}, f"is over {MAX_HEADER_CHARS:,} characters, ignored"
    try:
        data = yaml.load(header, Loader=_Loader)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as err:
        return {}, "is not YAML that parses, ignored (" + " ".join(str(err).split())[:200] + ")"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, f"is a {type(data).__name__}, not a mapping, ignored"
    if _expanded_size(data) > MAX_NODES:
        return {}, f"has YAML aliases that expand past {MAX_NODES:,} values (or refer to themselves), ignored"
    return data, None


def _expanded_size(root: object) -> int:
    """Values in the document once aliases are expanded, counted without expanding them (MAX_NODES + 1 on a cycle).

    An alias is the same Python object reached twice, so sizes are memoised by identity; iterative,
    because libyaml allows a thousand levels of nesting.
    """
    sizes: dict[int, int] = {}
    open_ids: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        children: list[Any] = [*node.keys(), *node.values()] if isinstance(node, dict) else node
        key = id(node)
        if done:
            open_ids.discard(key)
            total = 1 + sum(sizes.get(id(c), 1) for c in children)
            sizes[key] = min(total, MAX_NODES + 1)
            continue
        if key in sizes:
            continue
        if key in open_ids:
            return MAX_NODES + 1  # a recursive alias
        open_ids.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if isinstance(c, dict | list))
    return sizes.get(id(root), 1)


class _Coercer:
    """Collects the problems met while coercing one mapping."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def warn(self, name: str, message: str) -> None:
        self.problems.append(f"{name}: {message}")

    def text(self, value: Any, name: str, limit: int = MAX_TEXT, *, squash: bool = True) -> str | None:
        """A string (numbers and booleans as written), runs of spaces folded when `squash`; else dropped."""
        if value is None:
            return None
        if isinstance(value, bool | int | float):
            value = str(value).lower() if isinstance(value, bool) else str(value)
        if not isinstance(value, str):
            self.warn(name, f"expected text, got a {type(value).__name__}; dropped")
            return None
        text = " ".join(value[: limit * 4].split()) if squash else value.strip()
        if len(text) > limit:
            self.warn(name, f"longer than {limit:,} characters; cut")
            text = text[:limit].rstrip()
        return text or None

    def names(self, value: Any, name: str) -> tuple[str, ...]:
        """A list of names (a single string is a list of one), at most MAX_NAMES, duplicates folded."""
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.warn(name, f"expected a list of names, got a {type(value).__name__}; dropped")
            return ()
        if len(value) > MAX_NAMES:
            self.warn(name, f"{len(value):,} items, kept the first {MAX_NAMES}")
            value = value[:MAX_NAMES]
        names = (self.text(v, f"{name}[{i}]") for i, v in enumerate(value))
        return tuple(dict.fromkeys(n for n in names if n))

    def date(self, value: Any, name: str, then: str = "the article is listed as undated") -> dt.date | None:
        if value is None or value == "":
            return None
        parsed = coerce_date(value)
        if parsed is None:
            shown = value if isinstance(value, str) else type(value).__name__
            self.warn(name, f"not a date ({str(shown)[:40]!r}); {then}")
        return parsed

    def mapping(self, value: Any, name: str) -> dict[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            self.warn(name, f"expected a mapping, got a {type(value).__name__}; dropped")
            return None
        return value

    def related(self, value: Any) -> tuple[RelatedLink, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.warn("related", f"expected a list, got a {type(value).__name__}; dropped")
            return ()
        if len(value) > MAX_RELATED:
            self.warn("related", f"{len(value):,} links, kept the first {MAX_RELATED}")
            value = value[:MAX_RELATED]
        links = []
        for i, item in enumerate(value):
            where = f"related[{i}]"
            item = self.mapping(item, where)
            if item is None:
                continue
            # As written: the related list shows these as the page gave them.
            link = RelatedLink(
                title=self.text(item.get("title"), f"{where}.title", squash=False) or "",
                url=self.text(item.get("url"), f"{where}.url", MAX_LONG_TEXT, squash=False),
                source=self.text(item.get("source"), f"{where}.source", squash=False),
                teaser=self.text(item.get("teaser"), f"{where}.teaser", MAX_LONG_TEXT, squash=False),
                path=self.text(item.get("path"), f"{where}.path", squash=False),
            )
            if link.title or link.url:
                links.append(link)
        return tuple(links)

    def theme(self, data: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
        kept: dict[str, Any] = {}
        for key in THEME_KEYS:
            if key not in data:
                continue
            if key not in allowed:
                self.warn(key, "steers the theme; refused (list it in the archive plugin's allow_theme_keys)")
                continue
            value = _theme_value(key, data[key])
            if value is None:
                self.warn(key, f"not a valid value for {key!r}; dropped")
            else:
                kept[key] = value
        return kept


def _theme_value(key: str, value: Any) -> Any:
    """An allowed theme key's value when it has the shape the theme expects, else None."""
    if key == "template":  # a theme template's file name: no folders, no `..`
        ok = isinstance(value, str) and value.endswith(".html") and 5 < len(value) <= 69
        return value if ok and set(value[:-5]) <= _TEMPLATE_CHARS else None
    if key == "location":
        from converter.urls import safe_url

        return safe_url(value)
    if key == "hide":
        ok = isinstance(value, list) and all(isinstance(v, str) and len(v) < 40 for v in value) and len(value) < 10
        return value if ok else None
    if key == "search":
        if not isinstance(value, dict):
            return None
        out: dict[str, Any] = {}
        if isinstance(value.get("exclude"), bool):
            out["exclude"] = value["exclude"]
        boost = value.get("boost")
        if isinstance(boost, int | float) and not isinstance(boost, bool):
            out["boost"] = float(boost)
        return out
    if key == "comments":
        return value if isinstance(value, bool) else None
    return value if isinstance(value, str) and 0 < len(value) <= 200 else None  # status, icon, subtitle


def _coerce(data: dict[str, Any], allowed: frozenset[str]) -> FrontMatter:
    c = _Coercer()
    source = c.mapping(data.get("source"), "source") or {}
    record = FrontMatter(
        title=c.text(data.get("title"), "title"),
        description=c.text(data.get("description"), "description", MAX_LONG_TEXT),
        author=c.text(data.get("author"), "author"),
        authors=c.names(data.get("authors"), "authors"),
        date=c.date(data.get("date"), "date"),
        source_name=c.text(source.get("name"), "source.name"),
        source_url=c.text(source.get("url"), "source.url", MAX_LONG_TEXT),
        tags=c.names(data.get("tags"), "tags"),
        related=c.related(data.get("related")),
        raw=c.text(data.get("raw"), "raw"),
        also_raw=c.names(data.get("also_raw"), "also_raw"),
        embedded_in=c.text(data.get("embedded_in"), "embedded_in"),
        language=c.text(data.get("language"), "language"),
        image=c.text(data.get("image"), "image", MAX_LONG_TEXT),
        saved=c.date(data.get("saved"), "saved", "dropped"),
        theme=c.theme(data, allowed),
    )
    return replace(record, problems=tuple(c.problems))


def coerce_date(value: Any) -> dt.date | None:
    """An ISO date or timestamp (string or YAML date) as a date; anything else as None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()[:64].replace("Z", "+00:00")
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

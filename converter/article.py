"""The `Article` record passed between pipeline stages, and its front-matter form.

Front matter is the contract the site, the tests and the evaluation tools rely on, so the
mapping between the record and the YAML keys lives here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class RelatedLink:
    """A link to another article that the page recommends."""

    title: str
    url: str | None = None
    source: str | None = None
    teaser: str | None = None
    # Docs-relative path of the archived copy, when the page carried the article in full.
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "url": self.url}
        for key in ("source", "teaser", "path"):
            value = getattr(self, key)
            if value:
                data[key] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelatedLink:
        return cls(
            title=str(data.get("title") or ""),
            url=data.get("url"),
            source=data.get("source"),
            teaser=data.get("teaser"),
            path=data.get("path"),
        )


@dataclass(frozen=True)
class Article:
    """One archived article: metadata plus a Markdown body."""

    title: str
    body: str
    authors: tuple[str, ...] = ()
    date: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    related: tuple[RelatedLink, ...] = ()
    raw: str = ""
    embedded_in: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    image: str | None = None
    # When a container recorded the page's capture (ISO 8601); None for loose files.
    saved: str | None = None
    # Other raw files that held the same article (deduplicated into this one).
    also_raw: tuple[str, ...] = field(default=())

    def with_changes(self, **changes: Any) -> Article:
        return replace(self, **changes)

    def front_matter(self) -> dict[str, Any]:
        """The YAML front-matter mapping, contract keys first, optional keys only when set."""
        data: dict[str, Any] = {
            "title": self.title,
            "authors": list(self.authors),
            "date": self.date,
            "source": {"name": self.source_name, "url": self.source_url},
            "related": [link.to_dict() for link in self.related],
            "raw": self.raw,
        }
        if self.embedded_in:
            data["embedded_in"] = self.embedded_in
        if self.also_raw:
            data["also_raw"] = list(self.also_raw)
        if self.saved:
            data["saved"] = self.saved
        for key in ("description", "language", "image"):
            value = getattr(self, key)
            if value:
                data[key] = value
        if self.tags:
            data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_front_matter(cls, meta: dict[str, Any], body: str) -> Article:
        source = meta.get("source") or {}
        return cls(
            title=str(meta.get("title") or ""),
            body=body,
            authors=tuple(meta.get("authors") or ()),
            date=meta.get("date"),
            source_name=source.get("name"),
            source_url=source.get("url"),
            related=tuple(RelatedLink.from_dict(r) for r in meta.get("related") or ()),
            raw=str(meta.get("raw") or ""),
            embedded_in=meta.get("embedded_in"),
            description=meta.get("description"),
            tags=tuple(meta.get("tags") or ()),
            language=meta.get("language"),
            image=meta.get("image"),
            saved=meta.get("saved"),
            also_raw=tuple(meta.get("also_raw") or ()),
        )


@dataclass(frozen=True)
class Extraction:
    """What one raw page yields: its own article, plus any articles it carried in full."""

    article: Article
    embedded: tuple[Article, ...] = ()

"""Pagefind markup: what of a page is searched, what its results show, and how they are filtered.

Pagefind indexes only pages carrying `data-pagefind-body`, so listing pages stay out of the index.
An article's *text* is its body alone: the header (breadcrumb, byline, dateline, tags, link to the
original) and the footer (related links, provenance) are `data-pagefind-ignore="all"`, so their words
never fill a snippet or match every neighbour. The title, names, source and tags are still found:
they are Pagefind metadata, which Pagefind 1.5 searches (meta words rank like headings) but never
puts in an excerpt. Source, author, year and tag are filters too. Every value sits in an attribute
(escaped), never in text.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from converter.site.catalog import Catalog
from converter.site.structure import Entry

# The `kind` meta of a hand-written page's result, so a result list can mark it as a page, not an article.
PAGE_KIND = "page"
TITLE_WEIGHT = 7


def _meta(key: str, value: str) -> str:
    # The value from an attribute (`key[attr]`): commas and colons in it stay part of it.
    return f'<span data-pagefind-meta="{key}[data-value]" data-value="{escape(value)}" hidden></span>'


def _filter(facet: str, value: str) -> str:
    return f'<span data-pagefind-filter="{facet}:{escape(value)}" hidden></span>'


def article(entry: Entry, catalog: Catalog, header: Markup, body: Markup, footer: Markup) -> Markup:
    """The article page: its body indexed, header and footer not; title, names, source and tags as meta."""
    source = catalog.source_of(entry)
    source_name = source.name if source else entry.source_name or ""
    facets = [("source", source_name)]
    facets += [("author", name) for name in entry.authors]
    facets += [("year", str(entry.date.year) if entry.date else "")]
    facets += [("tag", name) for name in entry.tags]
    marks = [_meta("title", entry.title)]
    marks += [_meta(key, value) for key, value in (("by", ", ".join(entry.authors)), ("source", source_name)) if value]
    if entry.tags:
        marks.append(_meta("tags", ", ".join(entry.tags)))
    marks += [_filter(facet, value) for facet, value in facets if value.strip()]
    # The title again as text after the body, weighted as the <h1> it was (Pagefind's default 7): as meta
    # alone it ranked below bodies that repeat its words (title queries' MRR 1.00 fell to 0.93). After the
    # body, it reaches a snippet only when the match is at the end, or in the title.
    title = f'<p data-pagefind-weight="{TITLE_WEIGHT}" hidden>{escape(entry.title)}</p>'
    return Markup(
        f'<div class="archive-article" data-pagefind-body>{"".join(marks)}'
        f'<div data-pagefind-ignore="all">{header}</div>{body}{title}'
        f'<div data-pagefind-ignore="all">{footer}</div></div>'
    )


def page(title: str, body: Markup) -> Markup:
    """A hand-written page (about, colophon...): searched whole, and marked as a page in the results."""
    return Markup(f"<div data-pagefind-body>{_meta('title', title)}{_meta('kind', PAGE_KIND)}{body}</div>")

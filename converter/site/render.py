"""HTML for listing pages and for the article page's header and footer.

All front-matter text goes through `markupsafe.escape`; outside links only when http(s).
Links between pages are relative, so the site works under any sub-path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup, escape

from converter.site.catalog import Catalog, Group
from converter.urls import safe_url
from converter.site.structure import Entry

# Maps a docs-relative source path to a link relative to the page being rendered.
Linker = Callable[[str], str]


def _a(href: str, text: str, cls: str = "") -> Markup:
    # f-strings with explicit escape(): Markup.format is ~10x slower, and listings render 100,000s of links.
    attr = f' class="{cls}"' if cls else ""
    return Markup(f'<a href="{escape(href)}"{attr}>{escape(text)}</a>')


def _external(url: str | None, text: str) -> Markup:
    """An outside link when the URL is http(s); plain text otherwise."""
    href = safe_url(url)
    if not href:
        return escape(text)
    return Markup(f'<a href="{escape(href)}" rel="nofollow noopener noreferrer" class="archive-external">'
                  f"{escape(text)}</a>")


def _date(entry: Entry) -> Markup:
    if entry.date is None:
        return Markup('<span class="archive-date archive-date--none">undated</span>')
    return Markup(f'<time class="archive-date" datetime="{entry.date.isoformat()}">'
                  f'{entry.date.strftime("%-d %B %Y")}</time>')


def _join(items: Iterable[Markup], sep: str = ", ") -> Markup:
    return Markup(sep).join(items)


def _byline(entry: Entry, catalog: Catalog, link: Linker) -> Markup:
    names = []
    for name in entry.authors:
        group = catalog.author(name)
        names.append(_a(link(group.path + ".md"), name) if group else escape(name))
    return _join(names)


def entry_item(entry: Entry, catalog: Catalog, link: Linker) -> Markup:
    """One line of a listing: title, date, source, authors and a teaser."""
    parts = [_date(entry)]
    source = catalog.source_of(entry)
    if source:
        parts.append(_a(link(source.path + ".md"), source.name, "archive-source"))
    if entry.authors:
        parts.append(Markup(f'<span class="archive-authors">{_byline(entry, catalog, link)}</span>'))
    teaser = f'<p class="archive-teaser">{escape(entry.teaser)}</p>' if entry.teaser else ""
    title = _a(link(entry.src_uri), entry.title, "archive-entry__title")
    return Markup(f'<li class="archive-entry">{title}<div class="archive-entry__meta">{_join(parts, " · ")}</div>'
                  f"{teaser}</li>")


def page_uris(stem: str, pages: int) -> list[str]:
    """Source paths of a paginated listing: `stem.md`, then `stem/page/2.md`, ... (`index` is the home page)."""
    first = "index.md" if stem == "index" else f"{stem}.md"
    prefix = "" if stem == "index" else f"{stem}/"
    return [first] + [f"{prefix}page/{n}.md" for n in range(2, pages + 1)]


def pager(stem: str, number: int, pages: int, link: Linker) -> Markup:
    if pages <= 1:
        return Markup("")
    uris = page_uris(stem, pages)
    parts = []
    if number > 1:
        parts.append(Markup('<a href="{}" rel="prev">← Newer</a>').format(link(uris[number - 2])))
    parts.append(Markup('<span class="archive-pager__here">Page {} of {}</span>').format(number, pages))
    if number < pages:
        parts.append(Markup('<a href="{}" rel="next">Older →</a>').format(link(uris[number])))
    for n in sorted({1, pages}):
        if n != number:
            parts.append(Markup('<a href="{}">{}</a>').format(link(uris[n - 1]), "First" if n == 1 else "Last"))
    return Markup('<nav class="archive-pager" aria-label="Pages">{}</nav>').format(_join(parts, " "))


def listing(
    title: str, entries: list[Entry], catalog: Catalog, link: Linker, *, stem: str, number: int, pages: int,
    total: int, heading: bool = True,
) -> Markup:
    """A page of a listing: heading, count, entries and page links."""
    count = Markup('<p class="archive-count">{} article{}{}</p>').format(
        total, "" if total == 1 else "s", Markup(", page {} of {}").format(number, pages) if pages > 1 else ""
    )
    items = _join((entry_item(e, catalog, link) for e in entries), "\n")
    return Markup("{}{}{}\n<ol class=\"archive-list\">\n{}\n</ol>\n{}").format(
        Markup("<h1>{}</h1>\n").format(title) if heading else Markup(""),
        count, pager(stem, number, pages, link), items, pager(stem, number, pages, link),
    )


def group_index(title: str, groups: Iterable[Group], link: Linker) -> Markup:
    """An index of sources, authors or tags, with counts."""
    row = Markup('<li>{} <span class="archive-count">{}</span></li>')
    rows = _join((row.format(_a(link(g.path + ".md"), g.name), len(g.entries)) for g in groups), "\n")
    return Markup('<h1>{}</h1>\n<ul class="archive-groups">\n{}\n</ul>').format(title, rows)


def archive_index(catalog: Catalog, link: Linker) -> Markup:
    """Years with their months and counts, then the undated articles."""
    blocks = []
    for year in sorted(catalog.years, reverse=True):
        months = sorted((k for k in catalog.months if k[0] == year), reverse=True)
        items = _join(
            (Markup("<li>{} <span class=\"archive-count\">{}</span></li>").format(
                _a(link(catalog.months[k].path + ".md"), catalog.months[k].name), len(catalog.months[k].entries))
             for k in months), "\n"
        )
        group = catalog.years[year]
        block = Markup('<h2>{} <span class="archive-count">{}</span></h2>\n<ul class="archive-groups">\n{}\n</ul>')
        blocks.append(block.format(_a(link(group.path + ".md"), group.name), len(group.entries), items))
    if catalog.undated.entries:
        blocks.append(Markup('<h2>{} <span class="archive-count">{}</span></h2>').format(
            _a(link(catalog.undated.path + ".md"), "Undated"), len(catalog.undated.entries)))
    return Markup("<h1>Archive</h1>\n{}").format(_join(blocks, "\n"))


def article_header(entry: Entry, catalog: Catalog, link: Linker) -> Markup:
    """Title, authors, date, source, tags, and the carrier of an embedded article."""
    # f-strings: every interpolated value is either escape()d here or Markup built by the helpers.
    lines = []
    if entry.authors:
        lines.append(f'<p class="archive-byline">By {_byline(entry, catalog, link)}</p>')
    when = [_date(entry)]
    source = catalog.source_of(entry)
    if source:
        more = _a(link(source.path + ".md"), Markup(f"more from {escape(source.name)}"), "archive-source-page")
        when.append(Markup(f"{_external(entry.source_url, source.name)} ({more})"))
    elif safe_url(entry.source_url):
        when.append(_external(entry.source_url, "Original article"))
    lines.append(f'<p class="archive-dateline">{_join(when, " · ")}</p>')
    if entry.tags:
        tags = []
        for name in entry.tags:
            group = catalog.tag(name)
            tags.append(_a(link(group.path + ".md"), name, "archive-tag") if group else escape(name))
        lines.append(f'<p class="archive-tags">Tags: {_join(tags)}</p>')
    carrier = catalog.carrier_of(entry)
    if carrier:
        lines.append(f'<p class="archive-carrier">Carried in full by {_a(link(carrier.src_uri), carrier.title)}</p>')
    meta = "\n".join(lines)
    return Markup(f'<h1>{escape(entry.title)}</h1>\n<div class="archive-meta">\n{meta}\n</div>\n')


def related_item(link_data, catalog: Catalog, link: Linker, entry: Entry) -> Markup:
    """The archive's own copy when there is one, else the original URL, else plain text."""
    target = catalog.resolve(link_data, exclude=entry)
    title = link_data.title or (target.title if target else "") or link_data.url or "Untitled"
    anchor = _a(link(target.src_uri), title, "archive-related__archived") if target else _external(link_data.url, title)
    extra = ""
    if link_data.source:
        extra += f' <span class="archive-related__source">{escape(link_data.source)}</span>'
    if link_data.teaser:
        extra += f' <span class="archive-related__teaser">{escape(link_data.teaser)}</span>'
    return Markup(f"<li>{anchor}{extra}</li>")


def article_footer(entry: Entry, catalog: Catalog, link: Linker) -> Markup:
    parts = []
    if entry.related:
        items = "\n".join(related_item(r, catalog, link, entry) for r in entry.related)
        parts.append(f'<section class="archive-related">\n<h2 id="related">Related</h2>\n<ul>{items}</ul>\n</section>')
    if entry.raw:
        files = ", ".join(f"<code>{escape(r)}</code>" for r in (entry.raw, *entry.also_raw))
        parts.append(f'<p class="archive-raw">Archived from {files}</p>')
    return Markup("\n".join(parts))


def searchable(entry: Entry, catalog: Catalog, header: Markup, body: Markup, footer: Markup) -> Markup:
    """The article page marked up for Pagefind: header and body indexed, footer not, one filter per facet value.

    Only pages carrying `data-pagefind-body` are indexed, so listing pages stay out of the index.
    Filter values sit in attributes (escaped), not in text, so they add no words to snippets.
    """
    source = catalog.source_of(entry)
    facets = [("source", source.name if source else entry.source_name or "")]
    facets += [("author", name) for name in entry.authors]
    facets += [("year", str(entry.date.year) if entry.date else "")]
    facets += [("tag", name) for name in entry.tags]
    filters = "".join(f'<span data-pagefind-filter="{facet}:{escape(value)}" hidden></span>'
                      for facet, value in facets if value.strip())
    return Markup(f'<div class="archive-article" data-pagefind-body>{filters}{header}{body}'
                  f'<div data-pagefind-ignore="all">{footer}</div></div>')

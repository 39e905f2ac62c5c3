"""HTML for the listing pages (home, archive, sources, authors, tags): a news archive's lists.

All front-matter text goes through `markupsafe.escape`; outside links only when http(s).
Links between pages are relative, so the site works under any sub-path. The article page's
header and footer are in `article.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup, escape

from converter.site.catalog import Catalog, Group
from converter.site.skeleton import TITLE_ID
from converter.site.structure import Entry
from converter.urls import safe_url

# Maps a docs-relative source path to a link relative to the page being rendered.
Linker = Callable[[str], str]

# Page links shown around the current page before the run is elided ("1 … 4 5 [6] 7 8 … 20").
PAGER_WINDOW = 2


def _a(href: str, text: str, cls: str = "") -> Markup:
    # f-strings with explicit escape(): Markup.format is ~10x slower, and listings render 100,000s of links.
    attr = f' class="{cls}"' if cls else ""
    return Markup(f'<a href="{escape(href)}"{attr}>{escape(text)}</a>')


def external(url: str | None, text: str, cls: str = "archive-external") -> Markup:
    """An outside link when the URL is http(s), marked as leaving the archive; plain text otherwise."""
    href = safe_url(url)
    if not href:
        return escape(text)
    return Markup(
        f'<a href="{escape(href)}" rel="nofollow noopener noreferrer" class="{cls}">{escape(text)}'
        '<span class="archive-sr"> (external site)</span></a>'
    )


def date_html(date, cls: str = "archive-date") -> Markup:
    if date is None:
        return Markup(f'<span class="{cls} archive-date--none">undated</span>')
    return Markup(f'<time class="{cls}" datetime="{date.isoformat()}">{date.strftime("%-d %B %Y")}</time>')


def join(items: Iterable[Markup], sep: str = ", ") -> Markup:
    # Markup.join escapes every item, copying the Markup ones: listings join 100,000s of them.
    return Markup(sep.join(i if isinstance(i, Markup) else escape(i) for i in items))


def byline(entry: Entry, catalog: Catalog, link: Linker) -> Markup:
    names = []
    for name in entry.authors:
        group = catalog.author(name)
        names.append(_a(link(group.path + ".md"), name, "archive-author") if group else escape(name))
    return join(names)


def reading_time(entry: Entry) -> Markup:
    return Markup(f'<span class="archive-minutes">{entry.minutes} min read</span>')


def image_src(entry: Entry, link: Linker, remote: bool) -> str | None:
    """The lead image's address from the page: a local file beside the article, or (when `remote`) its URL."""
    image = (entry.image or "").strip()
    if not image:
        return None
    if "://" in image or image.startswith("//"):
        return safe_url(image) if remote else None
    if image.startswith(("/", "\\")) or ".." in image.split("/") or any(c in image for c in "\"'<>\n"):
        return None
    folder = entry.src_uri.rsplit("/", 1)[0]
    return link(f"{folder}/{image}")


def entry_item(entry: Entry, catalog: Catalog, link: Linker, remote_images: bool = False) -> Markup:
    """One story in a listing: thumbnail, headline, standfirst, then source · date · reading time · byline."""
    parts = []
    source = catalog.source_of(entry)
    if source:
        parts.append(_a(link(source.path + ".md"), source.name, "archive-source"))
    parts += [date_html(entry.date), reading_time(entry)]
    if entry.authors:
        parts.append(Markup(f'<span class="archive-authors">By {byline(entry, catalog, link)}</span>'))
    teaser = f'<p class="archive-teaser">{escape(entry.teaser)}</p>' if entry.teaser else ""
    title = _a(link(entry.src_uri), entry.title, "archive-entry__title")
    src = image_src(entry, link, remote_images)
    # The headline beside it names the story: the thumbnail is decoration (alt="").
    thumb = f'<img class="archive-entry__thumb" src="{escape(src)}" alt="" loading="lazy">' if src else ""
    cls = "archive-entry archive-entry--thumb" if src else "archive-entry"
    return Markup(
        f'<li class="{cls}">{thumb}<h2 class="archive-entry__heading">{title}</h2>{teaser}'
        f'<p class="archive-entry__meta">{join(parts, " · ")}</p></li>'
    )


def page_uris(stem: str, pages: int) -> list[str]:
    """Source paths of a paginated listing: `stem.md`, then `stem/page/2.md`, ... (`index` is the home page)."""
    first = "index.md" if stem == "index" else f"{stem}.md"
    prefix = "" if stem == "index" else f"{stem}/"
    return [first] + [f"{prefix}page/{n}.md" for n in range(2, pages + 1)]


def page_numbers(number: int, pages: int, window: int = PAGER_WINDOW) -> list[int | None]:
    """The page numbers a pager shows, None where a run is elided: first, last, and `window` each side."""
    shown = sorted({1, pages, *range(max(1, number - window), min(pages, number + window) + 1)})
    out: list[int | None] = []
    for n in shown:
        if out and n - (out[-1] or 0) > 1:
            out.append(None)
        out.append(n)
    return out


def pager(stem: str, number: int, pages: int, link: Linker) -> Markup:
    """Previous, numbered pages, next: one navigation landmark per listing page."""
    if pages <= 1:
        return Markup("")
    uris = page_uris(stem, pages)
    items = []
    if number > 1:
        items.append(f'<a href="{escape(link(uris[number - 2]))}" rel="prev">← Newer</a>')
    for n in page_numbers(number, pages):
        if n is None:
            items.append('<span class="archive-pager__gap" aria-hidden="true">…</span>')
        elif n == number:
            items.append(f'<span class="archive-pager__here" aria-current="page">{n}</span>')
        else:
            items.append(f'<a href="{escape(link(uris[n - 1]))}" aria-label="Page {n}">{n}</a>')
    if number < pages:
        items.append(f'<a href="{escape(link(uris[number]))}" rel="next">Older →</a>')
    return Markup(f'<nav class="archive-pager" aria-label="Pages of this list">{" ".join(items)}</nav>')


def empty(what: str, link: Linker) -> Markup:
    """What an empty list means, and where to go instead."""
    return Markup(
        f'<p class="archive-empty">{escape(what)} Go to the {_a(link("index.md"), "newest articles")}, '
        f"or browse the {_a(link('archive/index.md'), 'archive by date')}.</p>"
    )


def listing(
    title: str,
    entries: list[Entry],
    catalog: Catalog,
    link: Linker,
    *,
    stem: str,
    number: int,
    pages: int,
    total: int,
    heading: bool = True,
    remote_images: bool = False,
    items: dict[tuple[str, str, bool], Markup] | None = None,
) -> Markup:
    """A page of a listing: heading, count, stories and the pager. `items` keeps each story's markup by
    entry and `link("")`, the way to the site's root (which is all `link` adds): an article is listed on
    eight or so pages, most of them as deep as another."""
    count = Markup('<p class="archive-count">{} article{}{}</p>').format(
        f"{total:,}", "" if total == 1 else "s", Markup(", page {} of {}").format(number, pages) if pages > 1 else ""
    )
    # The id is the theme's skip link's target (plugin.PAGE_TOC).
    head = Markup('<h1 id="{}">{}</h1>\n').format(TITLE_ID, title) if heading else Markup("")
    if not entries:
        return head + empty("No articles here yet: the archive has none to show.", link)
    root = link("")
    kept = {} if items is None else items
    shown = []
    for e in entries:
        key = (e.src_uri, root, remote_images)
        item = kept.get(key)
        if item is None:
            item = kept[key] = entry_item(e, catalog, link, remote_images)
        shown.append(item)
    stories = "\n".join(shown)
    return head + count + Markup(f'\n<ol class="archive-list">\n{stories}\n</ol>\n') + pager(stem, number, pages, link)


def group_index(title: str, groups: Iterable[Group], link: Linker, kind: str = "") -> Markup:
    """An index of sources, authors or tags, with counts (or what it means that there are none)."""
    row = Markup('<li>{} <span class="archive-count">{}</span></li>')
    rows = [row.format(_a(link(g.path + ".md"), g.name), len(g.entries)) for g in groups]
    if not rows:
        what = f"No {kind or title.lower()} yet: no article's front matter names one."
        return Markup("<h1>{}</h1>\n").format(title) + empty(what, link)
    return Markup('<h1>{}</h1>\n<ul class="archive-groups">\n{}\n</ul>').format(title, join(rows, "\n"))


def archive_index(catalog: Catalog, link: Linker) -> Markup:
    """Years with their months and counts, then the undated articles."""
    blocks = []
    for year in sorted(catalog.years, reverse=True):
        months = sorted((k for k in catalog.months if k[0] == year), reverse=True)
        items = join(
            (
                Markup('<li>{} <span class="archive-count">{}</span></li>').format(
                    _a(link(catalog.months[k].path + ".md"), catalog.months[k].name), len(catalog.months[k].entries)
                )
                for k in months
            ),
            "\n",
        )
        group = catalog.years[year]
        block = Markup('<h2>{} <span class="archive-count">{}</span></h2>\n<ul class="archive-groups">\n{}\n</ul>')
        blocks.append(block.format(_a(link(group.path + ".md"), group.name), len(group.entries), items))
    if catalog.undated.entries:
        blocks.append(
            Markup('<h2>{} <span class="archive-count">{}</span></h2>').format(
                _a(link(catalog.undated.path + ".md"), "Undated"), len(catalog.undated.entries)
            )
        )
    if not blocks:
        return Markup("<h1>Archive</h1>\n") + Markup(
            '<p class="archive-empty">No articles yet. Convert saved pages with '
            "<code>converter convert RAW_DIR docs/articles</code> and build the site again.</p>"
        )
    return Markup("<h1>Archive</h1>\n{}").format(join(blocks, "\n"))

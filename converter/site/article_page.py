"""The article page around the converted body: breadcrumb and header above, related links,
more from the source and author, newer/older, and the provenance note below.

Every front-matter value is escaped; outside links only when http(s), and marked as leaving the archive.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from converter.article import RelatedLink
from converter.site.catalog import Catalog, Group, host_of, safe_url
from converter.site.render import Linker, _a, byline, date_html, external, join, reading_time
from converter.site.skeleton import TITLE_ID
from converter.site.structure import Entry

NO_LEAD = Markup("")
MORE_LIMIT = 4  # stories in "More from <source>" and "More by <author>"


def breadcrumb(entry: Entry, catalog: Catalog, link: Linker) -> Markup:
    """Home › Sources › <source> (or Archive › <year> for an article without a source)."""
    crumbs = [_a(link("index.md"), "Home")]
    source = catalog.source_of(entry)
    year = catalog.years.get(entry.date.year) if entry.date else None
    if source:
        crumbs += [_a(link("sources/index.md"), "Sources"), _a(link(source.path + ".md"), source.name)]
    elif year:
        crumbs += [_a(link("archive/index.md"), "Archive"), _a(link(year.path + ".md"), year.name)]
    else:
        crumbs.append(_a(link("archive/index.md"), "Archive"))
    items = "".join(f"<li>{c}</li>" for c in crumbs)
    return Markup(f'<nav class="archive-breadcrumb" aria-label="Breadcrumb"><ol>{items}</ol></nav>')


def lead_image(src: str | None, body: str) -> Markup:
    """The article's lead image under its header, unless the body shows that file already (its first
    picture is often the same one). The headline names the story: the picture is decoration (alt="")."""
    if not src or src.rsplit("/", 1)[-1] in body:
        return NO_LEAD
    return Markup(f'<img class="archive-lead" src="{escape(src)}" alt="">\n')


def article_header(entry: Entry, catalog: Catalog, link: Linker, lead: Markup = NO_LEAD) -> Markup:
    """Breadcrumb, title, byline, dateline (date · reading time · source · via), tags as chips, the original,
    then the lead image when there is one (`lead_image`)."""
    lines = []
    if entry.authors:
        lines.append(f'<p class="archive-byline">By {byline(entry, catalog, link)}</p>')
    when = [date_html(entry.date), reading_time(entry)]
    source = catalog.source_of(entry)
    if source:
        when.append(_a(link(source.path + ".md"), source.name, "archive-source"))
    carrier = catalog.carrier_of(entry)
    if carrier:
        via = carrier.source_name or carrier.title
        when.append(Markup(f'<span class="archive-via">via {_a(link(carrier.src_uri), via)}</span>'))
    lines.append(f'<p class="archive-dateline">{join(when, " · ")}</p>')
    if entry.tags:
        chips = []
        for name in entry.tags:
            group = catalog.tag(name)
            chip = _a(link(group.path + ".md"), group.name, "archive-tag") if group else escape(name)
            chips.append(f"<li>{chip}</li>")
        lines.append(f'<ul class="archive-tags" aria-label="Tags">{"".join(chips)}</ul>')
    original = safe_url(entry.source_url)
    if original:
        where = source.name if source else host_of(original)
        lines.append(f'<p class="archive-original">{external(original, f"Read the original at {where}")}</p>')
    meta = "\n".join(lines)
    return Markup(
        f'{breadcrumb(entry, catalog, link)}\n<h1 id="{TITLE_ID}">{escape(entry.title)}</h1>\n'
        f'<div class="archive-meta">\n{meta}\n</div>\n{lead}'
    )


def related_item(data: RelatedLink, target: Entry | None, link: Linker) -> Markup:
    """The archive's copy when there is one; else the original (marked external); else the title as text."""
    title = data.title or (target.title if target else "") or data.url or "Untitled"
    if target:
        anchor = _a(link(target.src_uri), title, "archive-related__archived")
    elif safe_url(data.url):
        anchor = external(data.url, title)
    else:
        anchor = Markup(f'<span class="archive-related__title">{escape(title)}</span>')
    extra = ""
    if data.source:
        extra += f'<span class="archive-related__source">{escape(data.source)}</span>'
    if data.teaser:
        extra += f'<span class="archive-related__teaser">{escape(data.teaser)}</span>'
    return Markup(f"<li>{anchor}{extra}</li>")


def related(entry: Entry, catalog: Catalog, link: Linker) -> str:
    resolved = [(r, catalog.resolve(r, exclude=entry)) for r in entry.related]
    # Archived copies first: they open here; then links out; then titles alone. Stable within each.
    resolved.sort(key=lambda rt: 0 if rt[1] else 1 if safe_url(rt[0].url) else 2)
    items = "\n".join(related_item(r, t, link) for r, t in resolved)
    return f'<section class="archive-related">\n<h2 id="related">Related</h2>\n<ul>{items}</ul>\n</section>'


def more_from(entry: Entry, group: Group | None, label: str, link: Linker) -> str:
    if group is None:
        return ""
    others = [e for e in group.entries if e is not entry][:MORE_LIMIT]
    if not others:
        return ""
    items = "".join(f"<li>{_a(link(e.src_uri), e.title)}</li>" for e in others)
    everything = _a(link(group.path + ".md"), f"All {len(group.entries):,} from {group.name}")
    return (
        f'<section class="archive-more"><h2>{escape(label)} {escape(group.name)}</h2><ul>{items}</ul>'
        f"<p>{everything}</p></section>"
    )


def newer_older(entry: Entry, catalog: Catalog, link: Linker) -> str:
    """The next newer and older articles in the whole archive."""
    i = catalog.position(entry)
    parts = []
    if i > 0:
        newer = catalog.entries[i - 1]
        parts.append(
            f'<a href="{escape(link(newer.src_uri))}" rel="prev" class="archive-prevnext__newer">'
            f'<span class="archive-prevnext__label">← Newer</span> {escape(newer.title)}</a>'
        )
    if i + 1 < len(catalog.entries):
        older = catalog.entries[i + 1]
        parts.append(
            f'<a href="{escape(link(older.src_uri))}" rel="next" class="archive-prevnext__older">'
            f'<span class="archive-prevnext__label">Older →</span> {escape(older.title)}</a>'
        )
    if not parts:
        return ""
    return f'<nav class="archive-prevnext" aria-label="Newer and older articles">{"".join(parts)}</nav>'


def provenance(entry: Entry) -> str:
    """Where this copy came from, for a reader; the raw file for whoever maintains the archive, folded away."""
    original = safe_url(entry.source_url)
    saved = f" on {date_html(entry.saved, 'archive-saved')}" if entry.saved else ""
    if original:
        said = f"Saved from {external(original, original, 'archive-external archive-provenance__url')}{saved}."
    else:
        said = f"Saved{saved} without a record of its address."
    files = ""
    if entry.raw:
        names = "".join(f"<li><code>{escape(r)}</code></li>" for r in (entry.raw, *entry.also_raw))
        files = (
            f"<details><summary>Source file{'s' if entry.also_raw else ''}</summary>"
            f"<p>Converted from the saved page</p><ul>{names}</ul></details>"
        )
    return f'<footer class="archive-provenance"><p>{said}</p>{files}</footer>'


def article_footer(entry: Entry, catalog: Catalog, link: Linker) -> Markup:
    parts = [related(entry, catalog, link)] if entry.related else []
    parts.append(more_from(entry, catalog.source_of(entry), "More from", link))
    if entry.authors:
        parts.append(more_from(entry, catalog.author(entry.authors[0]), "More by", link))
    parts += [newer_older(entry, catalog, link), provenance(entry)]
    return Markup("\n".join(p for p in parts if p))

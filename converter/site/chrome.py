"""The theme's page chrome, adjusted on every built page: a footer that names the archive and links
the feed and the sources (instead of only "Made with Material for MkDocs"), an accessible name for
the search dialog, and a search message that says where to go when nothing matches.
"""

from __future__ import annotations

from markupsafe import escape

from converter.site.catalog import Catalog

_COPYRIGHT = '<div class="md-copyright">'
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
_NO_MATCH = '"search.result.none": "No matching documents"'
NO_MATCH_TEXT = "No article matches. Try fewer or other words, or browse by source, author or date."


def colophon(root: str, site_name: str, catalog: Catalog, urls: dict[str, str]) -> str:
    articles, sources = len(catalog.entries), len(catalog.sources)
    links = [f'<a href="{escape(root)}feed.xml">RSS feed</a>']
    for uri, label in (("sources/index.md", "Sources"), ("archive/index.md", "Archive by date")):
        if uri in urls:
            links.append(f'<a href="{escape(root + urls[uri])}">{label}</a>')
    counts = f"{articles:,} saved article{'s' * (articles != 1)} from {sources:,} source{'s' * (sources != 1)}"
    return (
        f'<div class="md-copyright archive-colophon"><p><strong>{escape(site_name)}</strong>: {counts}.</p>'
        f"<p>{' · '.join(links)}</p></div>"
    )


def finish(output: str, root: str, site_name: str, catalog: Catalog, urls: dict[str, str]) -> str:
    """`root` is the way from this page to the site's root: relative ("../../"), or absolute for 404.html."""
    # The theme's copyright block, up to its closing tag (found, not matched: linear on any page).
    start = output.find(_COPYRIGHT)
    end = output.find("</div>", start) if start >= 0 else -1
    if end >= 0:
        output = output[:start] + colophon(root, site_name, catalog, urls) + output[end + len("</div>") :]
    output = output.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Search the archive">', 1)
    return output.replace(_NO_MATCH, f'"search.result.none": "{NO_MATCH_TEXT}"', 1)

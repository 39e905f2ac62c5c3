"""The browse page (`browse/`): search with filters by source, author, year and tag, with counts.

Static markup only; `assets/archive-search-ui.js` fills the filter lists and the results from the
Pagefind index. Every control is a labelled native form control, so it works from the keyboard.
"""

from __future__ import annotations

from markupsafe import Markup

URI = "browse/index.md"
TITLE = "Search and browse"
FACETS = (("source", "Source"), ("author", "Author"), ("year", "Year"), ("tag", "Tag"))


def page() -> Markup:
    selects = "\n".join(
        f'<p class="archive-browse__facet"><label for="archive-browse-{name}">{label}</label>\n'
        f'<select id="archive-browse-{name}" name="{name}"><option value="">Any {name}</option></select></p>'
        for name, label in FACETS
    )
    return Markup(f"""<h1>{TITLE}</h1>
<div id="archive-browse" class="archive-browse">
<form class="archive-browse__form" role="search" aria-label="Search the archive">
<p><label for="archive-browse-q">Words</label>
<input id="archive-browse-q" name="q" type="search" autocomplete="off">
<button type="submit">Search</button></p>
{selects}
</form>
<p class="archive-browse__status" role="status" aria-live="polite">Loading the search index…</p>
<ol class="archive-browse__results"></ol>
<button type="button" class="archive-browse__more" hidden>More results</button>
<noscript><p>Search needs JavaScript; the <a href="../archive/">archive</a> lists every article.</p></noscript>
</div>""")

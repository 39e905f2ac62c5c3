"""Today's engine, index only: rebuild the prebuilt search index of a built site, to time it on its own.

In `mkdocs build` the archive plugin tokenises each page on a second core while MkDocs renders,
so the build's wall time hides most of the index's cost. Run as a child process, this rebuilds
the same index from the built article pages with the same builder (the Markdown's HTML, title,
the plugin's info line and names) and prints its stats as JSON; the bench checks the bytes
against the index the build wrote.

    python bench/search_prebuilt.py DOCS_DIR SITE_DIR OUT_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search_corpus import Record, load_records  # noqa: E402

from converter.site.search_index import ForegroundIndex  # noqa: E402

_META_END = '<div class="archive-meta">'
_FOOTER = '<section class="archive-related">'


def content_html(page: str) -> str:
    """The Markdown's own HTML, between the plugin's header and footer: what `on_page_content` indexes."""
    start = page.index("</div>", page.index(_META_END)) + len("</div>\n")
    return page[start : page.index(_FOOTER)]


def info(record: Record) -> str:
    """The plugin's result line: source · date · authors."""
    date = dt.date.fromisoformat(record.date[:10]).strftime("%-d %B %Y") if record.date else None
    return " · ".join(filter(None, [record.source, date, ", ".join(record.authors)]))


def rebuild(docs: Path, site: Path, out: Path) -> dict[str, int]:
    index = ForegroundIndex()
    for record in load_records(docs):
        page = (site / record.location / "index.html").read_text("utf-8")
        names = " ".join([*record.authors, record.source, *record.tags])
        index.add_html(record.location, record.title, info(record), names, content_html(page))
    return index.write(out)


if __name__ == "__main__":
    print(json.dumps(rebuild(*(Path(a) for a in sys.argv[1:4]))))

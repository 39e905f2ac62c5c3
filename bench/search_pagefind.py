"""The Pagefind side of the search bench: a copy of the built site, marked up and indexed by Pagefind.

The copy is what switching engines would give: the same pages, with the Pagefind attributes the
article template would emit (`data-pagefind-body` on the article, the prebuilt index's weights:
10 on the title and 5 on the byline, source and tags, the related-links and raw-file footers ignored, and
one filter element per source, author, year and tag), indexed with Pagefind's Python API, and
the theme's search box answered by bench/search_assets/pagefind-worker.js.

    python bench/search_pagefind.py SITE_DIR    # index SITE_DIR into SITE_DIR/pagefind (run as a child, to measure it)
"""

from __future__ import annotations

import asyncio
import html
import shutil
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from search_corpus import Record

ADAPTER = Path(__file__).resolve().parent / "search_assets" / "pagefind-worker.js"
WORKER = Path("assets/javascripts/workers/archive-search.js")
FACETS = ("source", "author", "year", "tag")


def facet_values(record: Record) -> dict[str, list[str]]:
    return {"source": [record.source] if record.source else [], "author": list(record.authors),
            "year": [record.year] if record.year else [], "tag": list(record.tags)}


def facet_counts(records: Sequence[Record]) -> dict[str, Counter[str]]:
    """How many articles carry each value of each facet: the counts a facet list should show."""
    counts: dict[str, Counter[str]] = {facet: Counter() for facet in FACETS}
    for record in records:
        for facet, values in facet_values(record).items():
            counts[facet].update(set(values))
    return counts


def mark_up(page: str, record: Record) -> str:
    """The article page with Pagefind's attributes; unchanged text, so both engines read the same words."""
    filters = "".join(f'<span data-pagefind-filter="{facet}:{html.escape(value)}"></span>'
                      for facet, values in facet_values(record).items() for value in values)
    replacements = (
        ('<article class="md-content__inner md-typeset">',
         f'<article class="md-content__inner md-typeset" data-pagefind-body>{filters}'),
        ('<div class="archive-meta">', '<div class="archive-meta" data-pagefind-weight="5">'),
        ("<h1>", '<h1 data-pagefind-weight="10">'),
        ('<section class="archive-related">', '<section class="archive-related" data-pagefind-ignore>'),
        ('<p class="archive-raw">', '<p class="archive-raw" data-pagefind-ignore>'),
    )
    for old, new in replacements:
        assert page.count(old) == 1, f"{record.location}: expected one {old!r}"
        page = page.replace(old, new)
    return page


def make_site(built: Path, out: Path, records: Sequence[Record]) -> None:
    """Copy the built site to `out` without the prebuilt index, mark the articles up, swap in the adapter worker."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(built, out, ignore=lambda folder, names: ["archive"] if Path(folder).name == "search" else [])
    for record in records:
        page = out / record.location / "index.html"
        page.write_text(mark_up(page.read_text("utf-8"), record), "utf-8")
    shutil.copy(ADAPTER, out / WORKER)


async def index(site: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=str(site / "pagefind"))
    async with PagefindIndex(config=config) as pagefind:
        result = await pagefind.add_directory(str(site))
        print(f"pagefind: {result['page_count']} pages indexed", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(index(Path(sys.argv[1]).resolve()))

"""The site's search index: Pagefind, run over the built article pages once the site is written.

Pagefind (`pagefind[bin]` ships its binary; nothing is fetched) reads the pages' `data-pagefind-*`
markup (see `searchable.py`): the article pages, with source, author, year and tag filters, and the
hand-written pages the plugin names. Only those are handed to it, so listing pages (thousands of links
each) are never parsed.

One index in the site's language: Pagefind splits its index by each page's `<html lang>` and a search
only reads the index of the page it runs on, so per-article languages would hide the other-language
articles from every search. Stemming is therefore in the site's language (`theme.language`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

log = logging.getLogger("mkdocs.plugins.archive")

INDEX_DIR = "pagefind"


async def _index(site: Path, articles: str, language: str, pages: Sequence[str]) -> int:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=str(site / INDEX_DIR), force_language=language, write_playground=False)
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(str(site), glob=f"{articles}/**/*.html")
        count = int(result["page_count"])
        for path in pages:
            # The URL as Pagefind gives its directory pages: site-rooted, "index.html" dropped.
            url = "/" + path.removesuffix("index.html")
            await index.add_html_file(content=(site / path).read_text("utf-8"), url=url)
            count += 1
        return count


def write_index(site: Path, articles: str, language: str, pages: Sequence[str] = ()) -> int:
    """Index the built article pages under `site/articles/`, and the hand-written `pages` (output paths
    relative to `site`), into `site/pagefind/`; the number of pages indexed."""
    count = _run(_index(site, articles.strip("/"), language, pages))
    size = sum(f.stat().st_size for f in (site / INDEX_DIR).rglob("*") if f.is_file())
    log.info("archive: Pagefind indexed %d pages, %.1f MB", count, size / 1e6)
    return count


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run the indexer to completion, also when the program building the site already runs an event loop in
    this thread (a build started from async code, or from a test driving a browser): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()

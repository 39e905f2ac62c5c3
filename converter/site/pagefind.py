"""The site's search index: Pagefind, run over the built article pages once the site is written.

Pagefind (`pagefind[bin]` ships its binary; nothing is fetched) reads the pages' `data-pagefind-*`
markup (see `render.searchable`): article pages only, with source, author, year and tag filters.
Only the article folder is handed to it, so listing pages (thousands of links each) are never parsed.

One index in the site's language: Pagefind splits its index by each page's `<html lang>` and a search
only reads the index of the page it runs on, so per-article languages would hide the other-language
articles from every search. Stemming is therefore in the site's language (`theme.language`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.archive")

INDEX_DIR = "pagefind"


async def _index(site: Path, articles: str, language: str) -> int:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=str(site / INDEX_DIR), force_language=language, write_playground=False)
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(str(site), glob=f"{articles}/**/*.html")
        return int(result["page_count"])


def _run(job: Coroutine[Any, Any, int]) -> int:
    """asyncio.run, also from a thread whose event loop is running (a notebook, Playwright's sync API in
    the browser tests), where asyncio.run refuses: there the job gets a thread and a loop of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(job)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, job).result()


def write_index(site: Path, articles: str, language: str) -> int:
    """Index the built article pages under `site/articles/` into `site/pagefind/`; the number of pages."""
    pages = _run(_index(site, articles.strip("/"), language))
    size = sum(f.stat().st_size for f in (site / INDEX_DIR).rglob("*") if f.is_file())
    log.info("archive: Pagefind indexed %d article pages, %.1f MB", pages, size / 1e6)
    return pages

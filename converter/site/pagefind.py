"""The site's search index: Pagefind, run over the built article pages once the site is written.

Pagefind (`pagefind[bin]` ships its binary; nothing is fetched) reads the pages' `data-pagefind-*`
markup (see `searchable.py`): the article pages, with source, author, year and tag filters, and the
hand-written pages the plugin names. Only those are handed to it, so listing pages (thousands of links
each) are never parsed.

The binary runs as a command, not through the Python API's service: the same index for about a fifth
less CPU (at 1,000 articles 3.3 s against 4.1 s; the service's idle threads poll), and no event loop to
share with a build started from async code.

One index in the site's language: Pagefind splits its index by each page's `<html lang>` and a search
only reads the index of the page it runs on, so per-article languages would hide the other-language
articles from every search. Stemming is therefore in the site's language (`theme.language`).
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.archive")

INDEX_DIR = "pagefind"
# Characters a page's path may hold that Pagefind's glob reads as syntax (or may not parse): each run
# becomes `*`. A pattern that also matches another page is harmless: Pagefind indexes only pages that
# carry `data-pagefind-body` (articles and hand-written pages), and merely parses the others.
_NOT_LITERAL = re.compile(r"[^A-Za-z0-9._/-]+")


def index_glob(articles: str, pages: Sequence[str] = ()) -> str:
    """The glob of the pages to index: every page under `articles/`, and the hand-written `pages`."""
    patterns = [f"{articles}/**/*.html", *sorted({_NOT_LITERAL.sub("*", page) for page in pages})]
    return "{" + ",".join(patterns) + "}"


def write_index(site: Path, articles: str, language: str, pages: Sequence[str] = ()) -> int:
    """Index the built article pages under `site/articles/`, and the hand-written `pages` (output paths
    relative to `site`), into `site/pagefind/`; the number of pages indexed."""
    from pagefind.service import get_executable

    articles = articles.strip("/")
    if not pages and next((site / articles).rglob("*.html"), None) is None:
        # The command refuses a site with nothing to index; the bundle must still exist for the search box.
        return _empty_index(site)
    binary = get_executable()
    if binary is None:
        raise RuntimeError("archive: Pagefind's binary is missing: pip install 'pagefind[bin]'")
    command = [str(binary), "--site", str(site), "--output-subdir", INDEX_DIR, "--force-language", language]
    command += ["--glob", index_glob(articles, pages), "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"archive: Pagefind failed ({done.returncode}): {(done.stdout + done.stderr).strip()}")
    entry = json.loads((site / INDEX_DIR / "pagefind-entry.json").read_text("utf-8"))
    count = sum(int(lang.get("page_count", 0)) for lang in entry.get("languages", {}).values())
    size = sum(f.stat().st_size for f in (site / INDEX_DIR).rglob("*") if f.is_file())
    log.info("archive: Pagefind indexed %d pages, %.1f MB", count, size / 1e6)
    return count


def _empty_index(site: Path) -> int:
    """Pagefind's bundle with no page in it (an archive with no articles yet), from its Python API."""
    import asyncio

    from pagefind.index import IndexConfig, PagefindIndex

    async def write() -> None:
        config = IndexConfig(output_path=str(site / INDEX_DIR), write_playground=False)
        async with PagefindIndex(config=config):
            pass

    with ThreadPoolExecutor(max_workers=1) as pool:  # its own event loop, whatever runs in this thread
        pool.submit(asyncio.run, write()).result()
    return 0

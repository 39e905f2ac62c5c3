"""The Pagefind indexer runs whether or not the program building the site already has an event loop."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from converter.site.pagefind import INDEX_DIR, write_index

PAGE = (
    '<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
    "<div data-pagefind-body><h1>{title}</h1><p>The committee met on Tuesday to review the budget.</p></div>"
    "</body></html>"
)


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for name in ("one", "two"):
        page = site / "articles" / name / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(title=f"Story {name}"), encoding="utf-8")
    return site


def test_indexes_the_article_pages(tmp_path: Path) -> None:
    site = _site(tmp_path)
    assert write_index(site, "articles", "en") == 2
    assert (site / INDEX_DIR / "pagefind-entry.json").exists()


def test_indexes_inside_a_running_event_loop(tmp_path: Path) -> None:
    # A build started from async code (or from a test driving a browser) holds this thread's loop:
    # asyncio.run() would refuse to start, and the whole build failed.
    site = _site(tmp_path)

    async def build() -> int:
        return write_index(site, "articles", "en")

    # In a thread of its own: this test thread may already hold the browser tests' loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(lambda: asyncio.run(build())).result() == 2

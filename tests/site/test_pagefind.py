"""The Pagefind index step on its own: one marked-up article page indexed."""

from __future__ import annotations

import asyncio
from pathlib import Path

from converter.site.pagefind import INDEX_DIR, write_index

PAGE = """<!doctype html><html lang="en"><head><title>Quokka</title></head>
<body><main data-pagefind-body><h1>Quokka</h1><p>The quokka colony at dawn.</p></main></body></html>"""


def one_page_site(root: Path) -> Path:
    (root / "articles" / "quokka").mkdir(parents=True)
    (root / "articles" / "quokka" / "index.html").write_text(PAGE, "utf-8")
    return root


def test_index_is_written(tmp_path: Path) -> None:
    site = one_page_site(tmp_path)
    assert write_index(site, "/articles/", "en") == 1
    assert (site / INDEX_DIR / "pagefind.js").is_file()


def test_index_is_written_from_inside_a_running_event_loop(tmp_path: Path) -> None:
    # The browser tests build sites while Playwright's sync API has an event loop running in the thread:
    # a bare asyncio.run raised "cannot be called from a running event loop" there.
    site = one_page_site(tmp_path)

    async def host() -> int:
        return write_index(site, "/articles/", "en")

    assert asyncio.run(host()) == 1
    assert (site / INDEX_DIR / "pagefind.js").is_file()

"""The Pagefind indexer: article and hand-written pages whatever their names, an empty archive, and a build
started inside a running event loop."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from converter.site.pagefind import INDEX_DIR, SHARDS_FILE, shards, write_index

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


def test_indexes_hand_written_pages_whose_names_are_glob_syntax(tmp_path: Path) -> None:
    # Pages named with glob syntax (brackets, braces, commas) are each found, and only they.
    site = _site(tmp_path)
    odd = ["notes/a[1]{x,y}/index.html", "über (2)/index.html", "plain/index.html"]
    for path in odd:
        (site / path).parent.mkdir(parents=True)
        (site / path).write_text(PAGE.format(title=path), encoding="utf-8")
    listing = site / "sources" / "index.html"  # no data-pagefind-body: never indexed
    listing.parent.mkdir(parents=True)
    listing.write_text("<html><body><p>The committee</p></body></html>", encoding="utf-8")
    assert write_index(site, "articles", "en", odd) == 5


def test_shards_deal_the_pages_out_in_turn() -> None:
    articles = [f"articles/{n}/index.html" for n in "edcba"]
    groups = shards(articles, ["about/index.html"], size=2)
    assert groups == [
        ["about/index.html", "articles/c/index.html"],
        ["articles/a/index.html", "articles/d/index.html"],
        ["articles/b/index.html", "articles/e/index.html"],
    ]
    assert shards(articles, [], size=2500) == [sorted(articles)]


def _entry(folder: Path) -> dict:
    return json.loads((folder / "pagefind-entry.json").read_text("utf-8"))


def test_a_large_site_is_indexed_in_shards_each_page_once(tmp_path: Path) -> None:
    site = _site(tmp_path)
    for name in ("three", "four", "five"):
        page = site / "articles" / name / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(title=f"Story {name}"), encoding="utf-8")
    (site / "about").mkdir()
    (site / "about" / "index.html").write_text(PAGE.format(title="About"), encoding="utf-8")
    assert write_index(site, "articles", "en", ["about/index.html"], shard_pages=2) == 6
    listed = json.loads((site / INDEX_DIR / SHARDS_FILE).read_text("utf-8"))["shards"]
    assert [shard["path"] for shard in listed] == ["shard-1/", "shard-2/"]
    for shard in listed:  # the hash names the shard's metadata, which the browser fetches ahead
        assert (site / INDEX_DIR / shard["path"] / f"pagefind.{shard['hash']}.pf_meta").is_file()
    counts = [_entry(site / INDEX_DIR)] + [_entry(site / INDEX_DIR / shard["path"]) for shard in listed]
    assert [sum(lang["page_count"] for lang in e["languages"].values()) for e in counts] == [2, 2, 2]
    # Pagefind's runtime once, in the first shard; the staging folders are gone.
    assert (site / INDEX_DIR / "pagefind.js").exists()
    assert not list((site / INDEX_DIR / "shard-1").glob("*.js")) and not list(
        (site / INDEX_DIR / "shard-1").glob("wasm.*")
    )
    assert [p.name for p in site.iterdir() if p.name.startswith(".")] == []


def test_an_empty_archive_still_gets_a_search_bundle(tmp_path: Path) -> None:
    # Pagefind's command refuses a site with nothing to index; the search box still loads the bundle.
    site = tmp_path / "site"
    (site / "sources").mkdir(parents=True)
    (site / "sources" / "index.html").write_text("<html><body>No sources yet.</body></html>", encoding="utf-8")
    assert write_index(site, "articles", "en") == 0
    entry = json.loads((site / INDEX_DIR / "pagefind-entry.json").read_text("utf-8"))
    assert (site / INDEX_DIR / "pagefind.js").exists() and entry["version"]
    assert json.loads((site / INDEX_DIR / SHARDS_FILE).read_text("utf-8")) == {"shards": []}

"""The site's search index: Pagefind, run over the built article pages once the site is written.

Pagefind (`pagefind[bin]` ships its binary; nothing is fetched) reads the pages' `data-pagefind-*`
markup (see `searchable.py`): the article pages, with source, author, year and tag filters, and the
hand-written pages the plugin names. Only those are handed to it, so listing pages (thousands of links
each) are never parsed.

The index is cut into shards of at most `SHARD_PAGES` pages, each a Pagefind index of its own, which the
browser merges (`mergeIndex`, in assets/archive-index.js). Pagefind's search pairs every page a word is
on with every page-word entry of that word, so a word on every page costs the square of the pages: at
10,000 articles one common word took 0.3 s of search in the browser, a quarter of that in four shards
of 2,500. Each shard's indexer also peaks at a quarter of the memory (1 GB against 4 GB). The first
shard is `pagefind/`, with Pagefind's runtime; the others are
`pagefind/shard-N/`, listed in `pagefind/archive-shards.json`, without a runtime of their own.

Each shard is indexed from a staging folder of hard links to its pages, at their paths in the site, so
its URLs are the site's and no page needs to be named in a glob (a path's glob syntax could match a
page of another shard and index it twice).

The binary runs as a command, not through the Python API's service: the same index for about a fifth
less CPU (at 1,000 articles 3.3 s against 4.1 s; the service's idle threads poll), and no event loop to
share with a build started from async code.

One index language, the site's: Pagefind splits its index by each page's `<html lang>` and a search
only reads the index of the page it runs on, so per-article languages would hide the other-language
articles from every search. Stemming is therefore in the site's language (`theme.language`).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.plugins.archive")

INDEX_DIR = "pagefind"
SHARDS_FILE = "archive-shards.json"
SHARD_PAGES = 2500
# Pagefind's runtime, needed once (in the first shard): the other shards keep their entry, meta and chunks.
_RUNTIME = ("pagefind.js", "pagefind-*.js", "pagefind-*.css", "wasm.*")


def shards(articles: Sequence[str], pages: Sequence[str], size: int = SHARD_PAGES) -> list[list[str]]:
    """The pages of each shard, at most `size` a shard: the hand-written `pages`, then the `articles`
    (sorted, so that a build is repeatable), dealt out in turn."""
    ordered = [*pages, *sorted(articles)]
    count = max(1, -(-len(ordered) // max(1, size)))
    return [ordered[k::count] for k in range(count)]


def write_index(
    site: Path, articles: str, language: str, pages: Sequence[str] = (), shard_pages: int = SHARD_PAGES
) -> int:
    """Index the built article pages under `site/articles/`, and the hand-written `pages` (output paths
    relative to `site`), into `site/pagefind/` and its shards; the number of pages indexed."""
    from pagefind.service import get_executable

    folder = site / articles.strip("/")
    found = sorted(p.relative_to(site).as_posix() for p in folder.rglob("*.html")) if folder.is_dir() else []
    pages = [p for p in dict.fromkeys(pages) if (site / p).is_file() and p not in found]
    if not pages and not found:
        # The command refuses a site with nothing to index; the bundle must still exist for the search box.
        return _empty_index(site)
    binary = get_executable()
    if binary is None:
        raise RuntimeError("archive: Pagefind's binary is missing: pip install 'pagefind[bin]'")
    groups = shards(found, pages, shard_pages)
    outputs = [site / INDEX_DIR] + [site / INDEX_DIR / f"shard-{k}" for k in range(1, len(groups))]
    with tempfile.TemporaryDirectory(dir=site, prefix=".index-") as staging:
        jobs = [
            (str(binary), site, Path(staging) / str(k), out, group, language)
            for k, (out, group) in enumerate(zip(outputs, groups, strict=True))
        ]
        # Two at a time: each indexer is one busy core, and memory grows with the shards run at once.
        with ThreadPoolExecutor(max_workers=min(2, len(jobs), os.cpu_count() or 1)) as pool:
            entries = list(pool.map(lambda job: _index_shard(*job), jobs))
    for out in outputs[1:]:
        for pattern in _RUNTIME:
            for path in out.glob(pattern):
                path.unlink()
    # Each shard's folder and its index's hash (one language): the browser fetches its entry and metadata
    # while the first shard's runtime loads, and the hash tags the entry's address (it changes with the index).
    listed = [
        {"path": out.relative_to(site / INDEX_DIR).as_posix() + "/", "hash": _index_hash(entry)}
        for out, entry in zip(outputs[1:], entries[1:], strict=True)
    ]
    (site / INDEX_DIR / SHARDS_FILE).write_text(json.dumps({"shards": listed}), encoding="utf-8")
    size = sum(f.stat().st_size for f in (site / INDEX_DIR).rglob("*") if f.is_file())
    count = sum(_page_count(entry) for entry in entries)
    counted = f"{len(groups)} shard{'s' if len(groups) > 1 else ''}"
    log.info("archive: Pagefind indexed %d pages in %s, %.1f MB", count, counted, size / 1e6)
    return count


def _index_shard(
    binary: str, site: Path, staging: Path, output: Path, group: Sequence[str], language: str
) -> dict[str, Any]:
    """Index the pages of one shard (paths relative to `site`) into `output`; its Pagefind entry."""
    for path in group:
        link = staging / path
        link.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(site / path, link)
        except OSError:  # a file system without hard links
            shutil.copyfile(site / path, link)
    command = [binary, "--site", str(staging), "--output-path", str(output), "--force-language", language, "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"archive: Pagefind failed ({done.returncode}): {(done.stdout + done.stderr).strip()}")
    entry: dict[str, Any] = json.loads((output / "pagefind-entry.json").read_text("utf-8"))
    return entry


def _page_count(entry: dict[str, Any]) -> int:
    return sum(int(lang.get("page_count", 0)) for lang in entry.get("languages", {}).values())


def _index_hash(entry: dict[str, Any]) -> str:
    """The hash of a shard's index (its one language's): its metadata file is `pagefind.<hash>.pf_meta`."""
    (index,) = entry["languages"].values()
    return str(index["hash"])


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
    (site / INDEX_DIR / SHARDS_FILE).write_text(json.dumps({"shards": []}), encoding="utf-8")
    return 0

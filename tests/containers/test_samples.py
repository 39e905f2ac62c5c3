"""The bundled samples: made by scripts/make_samples.py, one of each container, each page's image held."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from converter.containers import (
    AssetStore,
    ReadLaterEntry,
    SavedPage,
    container_kind,
    image_references,
    localize_images,
    open_container,
    read_entries,
)
from converter.urls import url_key

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "raw" / "containers"


def make_samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "scripts" / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_committed_samples_are_what_the_script_writes(tmp_path: Path) -> None:
    written = make_samples().make(tmp_path)
    assert written
    for path in written:
        relative = path.relative_to(tmp_path)
        assert (SAMPLES / relative).read_bytes() == path.read_bytes(), f"run scripts/make_samples.py ({relative})"


def test_every_sample_page_shows_a_local_image(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "docs")
    pages: list[SavedPage] = []
    kinds = set()
    for path in sorted(SAMPLES.rglob("*")):
        kind = container_kind(path)
        if kind in (None, "read-later"):
            continue
        kinds.add(kind)
        name = path.relative_to(SAMPLES.parent).as_posix()
        with open_container(path, name) as container:
            for item in container.items():
                assert isinstance(item, SavedPage), str(item)
                refs = image_references(item.data)
                images = localize_images(item, list(refs.srcs), store)
                assert images.left_out == []
                held = [path for path in images.local.values() if path.startswith("assets/")]
                # Scrapers' JSON Lines and Wallabag hold no images: their figures stay links.
                assert len(held) == (0 if kind in ("jsonl", "wallabag") else 1), name
                pages.append(item)
    assert kinds == {"warc", "wacz", "mhtml", "html", "zip", "jsonl", "wallabag"}
    assert len(pages) == 10
    (crawl,) = [p for p in pages if p.raw.startswith("containers/crawl.warc.gz#") and p.captures]
    assert len(crawl.captures) == 1
    entries = [
        e for e in read_entries(SAMPLES / "pocket.csv", "containers/pocket.csv") if isinstance(e, ReadLaterEntry)
    ]
    saved_urls = {url_key(page.url) for page in pages}
    assert [e.url for e in entries if url_key(e.url) not in saved_urls] == ["https://example.org/read-it-later-only"]
    assert sum("pocket" in e.tags for e in entries if url_key(e.url) in saved_urls) == 1
    # Eight pages with their figure held, eight distinct images: one file each under assets/.
    assert len(list((tmp_path / "docs" / "assets").rglob("*.png"))) == 8

"""The main process's image scan of a container page (read_containers._images): parsed only when it can matter."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from converter import read_containers
from converter.containers import AssetStore, ContainerLimits, SavedPage
from converter.containers.datarefs import may_name_data_image
from converter.containers.records import NO_ASSETS
from converter.containers.samples import WarcRecord, png, warc_bytes
from converter.containers.warc import WarcReader

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
CSS_ONLY = b'<html><body><div style="background-image:url(data:image/png;base64,iVBORw0KGgo=)">x</div></body></html>'


def from_warc(html: bytes, *, with_asset: bool = False) -> SavedPage:
    records = [WarcRecord("https://news.example/a", html)]
    if with_asset:
        records.append(WarcRecord("https://news.example/logo.png", png(), "image/png"))
    data = warc_bytes(records)
    pages = list(WarcReader(lambda: io.BytesIO(data), "crawl.warc.gz").items())
    assert isinstance(pages[0], SavedPage)
    return pages[0]


def no_parse(data: bytes) -> None:
    raise AssertionError("parsed")


def test_a_page_whose_data_images_are_all_css_is_not_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A WARC of pages alone: only a data: URI could be an image, and these are backgrounds.
    monkeypatch.setattr(read_containers, "image_references", no_parse)
    found = read_containers._images(from_warc(CSS_ONLY), AssetStore(tmp_path), ContainerLimits())
    assert (found.local, found.left_out, found.lead) == ({}, [], None)


def test_a_data_image_source_is_still_found_and_stored(tmp_path: Path) -> None:
    import base64

    html = b'<html><body><img src="data:image/png;base64,' + base64.b64encode(png()) + b'"></body></html>'
    found = read_containers._images(from_warc(html), AssetStore(tmp_path), ContainerLimits())
    assert list(found.local.values()) == [f"assets/{path.parent.name}/{path.name}" for path in tmp_path.rglob("*.png")]


def test_a_container_that_holds_images_is_still_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_containers, "image_references", no_parse)
    found = read_containers._images(from_warc(CSS_ONLY, with_asset=True), AssetStore(tmp_path), ContainerLimits())
    assert found.left_out and "AssertionError" in found.left_out[0][1]


def test_a_long_css_data_uri_is_still_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # libxml2 drops attributes over 10 MB: such data: URIs are reported from the bytes, parsed or not.
    long = b"data:image/png;base64," + b"A" * 1_200_000
    html = b'<html><body><div style="background:url(' + long + b')">x</div></body></html>'
    spared = read_containers._images(from_warc(html), AssetStore(tmp_path), ContainerLimits())
    monkeypatch.setattr(read_containers, "may_name_data_image", lambda data, lowered=None: True)
    parsed = read_containers._images(from_warc(html), AssetStore(tmp_path), ContainerLimits())
    assert spared.left_out == parsed.left_out and len(spared.left_out) == 1


def test_corpus_pages_spared_the_parse_scan_as_when_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [path for path in sorted(SHARED.rglob("*.htm*")) if path.suffix.lower() in (".html", ".htm")]
    data = [path.read_bytes() for path in pages]
    spared = [item for item in data if b"data:image/" in item.lower() and not may_name_data_image(item)]
    if not spared:
        pytest.skip("the shared corpus is not beside the worktree")
    store, limits = AssetStore(tmp_path), ContainerLimits()
    saved = [SavedPage(raw=f"page-{n}", data=item, kind="html", assets=NO_ASSETS) for n, item in enumerate(spared)]
    found = [read_containers._images(page, store, limits) for page in saved]
    monkeypatch.setattr(read_containers, "may_name_data_image", lambda data, lowered=None: True)
    assert found == [read_containers._images(page, store, limits) for page in saved]
    assert len(spared) >= 10

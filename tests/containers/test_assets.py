"""Content-addressed images under DOCS_DIR: written once, only rasters, capped, never outside."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from converter.containers.assets import AssetStore, RejectedAsset, localize_images
from converter.containers.limits import ContainerLimits
from converter.containers.records import SavedPage
from converter.containers.samples import png


def data_uri(data: bytes, kind: str = "image/png") -> str:
    return f"data:{kind};base64," + base64.b64encode(data).decode()


def test_store_names_by_sha256_and_sniffed_extension(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "docs")
    image = png()
    digest = hashlib.sha256(image).hexdigest()
    path = store.store(image)
    assert path == f"assets/{digest[:2]}/{digest}.png"
    assert (tmp_path / "docs" / path).read_bytes() == image


def test_same_image_twice_is_one_file_written_once(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "docs")
    first = store.store(png())
    written = (tmp_path / "docs" / first).stat().st_mtime_ns
    assert store.store(png()) == first
    assert (tmp_path / "docs" / first).stat().st_mtime_ns == written
    assert len(list((tmp_path / "docs").rglob("*.png"))) == 1


@pytest.mark.parametrize("data", [b"<svg onload=alert(1)></svg>", b"<html></html>", b"\x89PNX"])
def test_store_refuses_what_is_not_a_raster_image(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(RejectedAsset):
        AssetStore(tmp_path / "docs").store(data)
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize("folder", ["../out", "/tmp/x", "a/../../b", ""])
def test_asset_folder_must_stay_inside_docs(tmp_path: Path, folder: str) -> None:
    with pytest.raises(ValueError):
        AssetStore(tmp_path / "docs", folder)


def test_symlinked_asset_folder_does_not_carry_writes_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "assets").symlink_to(outside, target_is_directory=True)
    with pytest.raises(RejectedAsset):
        AssetStore(docs).store(png())
    assert not any(path.is_file() for path in outside.rglob("*"))


PAGE = SavedPage(raw="page.html", data=b"", kind="html", url="https://example.org/a")


def test_localize_copies_held_images_and_reports_left_out(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "docs")
    svg = data_uri(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/png")  # declared PNG, bytes SVG
    big = data_uri(png(300, 300, (1, 2, 3)) + b"\x00" * 5000)
    limits = ContainerLimits(image_bytes=4000)
    good = data_uri(png())
    result = localize_images(PAGE, [good, svg, big, "https://elsewhere.example/x.png"], store, limits)
    assert list(result.local) == [good]
    assert result.local[good].startswith("assets/")
    reasons = [item.reason for item in result.left_out]
    assert reasons[0] == "not a PNG, JPEG, GIF, WebP or AVIF image"
    assert "over the image cap" in reasons[1]
    # An image the container does not hold is neither fetched nor reported: it stays a link.
    assert len(result.left_out) == 2
    assert all(len(item.src) < 100 for item in result.left_out)


def test_localize_caps_images_per_page(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "docs")
    srcs = [data_uri(png(2, 2, (i, i, i))) for i in range(5)]
    by_count = localize_images(PAGE, srcs, store, ContainerLimits(page_images=3))
    assert len(by_count.local) == 3
    assert [item.reason for item in by_count.left_out] == ["over the page's cap of 3 images"] * 2
    size = len(png(2, 2, (0, 0, 0)))
    by_bytes = localize_images(PAGE, srcs, store, ContainerLimits(page_image_bytes=2 * size + 10))
    assert len(by_bytes.local) == 2
    assert all("page's image cap" in item.reason for item in by_bytes.left_out)

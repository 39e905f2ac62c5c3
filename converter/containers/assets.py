"""Images a container holds, copied once into DOCS_DIR under content-addressed names.

`AssetStore.store(bytes)` names a file by the SHA-256 of its bytes and the extension the bytes
themselves say (see sniff.py), so two articles sharing an image share one file, a re-run writes
nothing new, and no name from the container ever reaches the file system.
`localize_images(page, html_srcs, store)` applies the per-image and per-page caps and reports
what it left out.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import SavedPage
from converter.containers.sniff import sniff_image


class RejectedAsset(Exception):
    """Bytes that are not an allowed raster image."""


class AssetStore:
    """Writes images under DOCS_DIR/<folder>/<aa>/<sha256>.<ext>, each at most once."""

    def __init__(self, docs_dir: Path, folder: str = "assets") -> None:
        relative = PurePosixPath(folder)
        if relative.is_absolute() or not relative.parts or ".." in relative.parts or "\\" in folder:
            raise ValueError(f"asset folder must be a plain relative path inside DOCS_DIR, not {folder!r}")
        self.docs_dir = docs_dir
        self.folder = relative

    def store(self, data: bytes) -> str:
        """The image's path relative to DOCS_DIR, writing it if it is new; RejectedAsset if not an image."""
        extension = sniff_image(data)
        if extension is None:
            raise RejectedAsset("not a PNG, JPEG, GIF, WebP or AVIF image")
        digest = hashlib.sha256(data).hexdigest()
        relative = self.folder / digest[:2] / f"{digest}.{extension}"
        target = self.docs_dir / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # A symlinked folder inside DOCS_DIR must not carry the write elsewhere.
            if not target.parent.resolve().is_relative_to(self.docs_dir.resolve()):
                raise RejectedAsset(f"{relative.parent} leads outside the output folder")
            _write_once(target, data)
        return relative.as_posix()


def _write_once(target: Path, data: bytes) -> None:
    # Temporary name then rename: a reader or a killed run never sees half an image; two runs
    # racing write the same bytes under the same name, so the last rename is harmless.
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
    temporary.replace(target)


@dataclass(frozen=True)
class LeftOut:
    """An image reference the page's container held (or claimed to) that was not copied."""

    src: str
    reason: str


@dataclass
class PageImages:
    """What one page's images became: local paths by their reference in the page, and what was left out."""

    local: dict[str, str] = field(default_factory=dict)
    left_out: list[LeftOut] = field(default_factory=list)
    stored_bytes: int = 0


def localize_images(
    page: SavedPage, srcs: list[str], store: AssetStore, limits: ContainerLimits = DEFAULT_LIMITS
) -> PageImages:
    """Copy the images behind `srcs` (as written in the page) that the page's container holds.

    References the container does not hold are neither fetched nor reported: they stay links.
    """
    result = PageImages()
    for src in dict.fromkeys(srcs):
        if len(result.local) >= limits.page_images:
            result.left_out.append(LeftOut(_short(src), f"over the page's cap of {limits.page_images} images"))
            continue
        room = limits.page_image_bytes - result.stored_bytes
        try:
            data = page.asset(src, min(limits.image_bytes, room))
        except AssetTooLarge as error:
            cap = "image" if error.limit == limits.image_bytes else "page's image"
            result.left_out.append(LeftOut(_short(src), f"{error.size} bytes, over the {cap} cap"))
            continue
        except ValueError as error:
            result.left_out.append(LeftOut(_short(src), str(error)))
            continue
        if data is None:
            continue
        try:
            result.local[src] = store.store(data)
        except RejectedAsset as error:
            result.left_out.append(LeftOut(_short(src), str(error)))
            continue
        result.stored_bytes += len(data)
    return result


def _short(src: str) -> str:
    # A report names a 50 MB data: URI by its start, not its whole text.
    return src if len(src) <= 80 else src[:60] + f"… ({len(src)} characters)"

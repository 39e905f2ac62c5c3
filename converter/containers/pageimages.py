"""One page's held images: found in its HTML, copied into the asset store, and what was left out.

Run in the main process for a page whose container holds images of its own (only it has the container
open), and in a worker for a page whose container holds none (a WARC of pages alone, JSON Lines): such
a page's images can only be `data:` URIs, which the page's bytes hold whole, so the worker that parses
the page anyway finds and writes them, and the main process's reading is not held up by the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html

from converter.containers.assets import AssetStore, localize_images
from converter.containers.limits import ContainerLimits
from converter.containers.records import NO_ASSETS, SavedPage
from converter.containers.references import image_references, references_in
from converter.containers.warc import WarcIndex

# A data: image longer than any allowed image could be encoded in (10 MB as base64 is 13.4 MB).
_LONG_DATA_URI = re.compile(rb"(?i)data:image/[a-z0-9.+-]*[;,][^\"'\s>)]{1000000,}")


@dataclass
class FoundImages:
    """What a page's images became: local paths by source as written, its lead image, what was left out."""

    local: dict[str, str] = field(default_factory=dict)
    lead: str | None = None
    left_out: list[tuple[str, str]] = field(default_factory=list)
    # The images could not be written (a full disk): the container is read again next run.
    retry: bool = False


@dataclass(frozen=True)
class ImageScan:
    """What a worker needs to find and write a page's `data:` images itself (see `holds_no_assets`)."""

    store: AssetStore
    limits: ContainerLimits


def find_images(
    page: SavedPage, store: AssetStore, limits: ContainerLimits, root: lxml_html.HtmlElement | None = None
) -> FoundImages:
    """The page's held images copied into the store; a failure leaves the page's images as links.

    `root`: the page's text already parsed (by a worker that points the images it finds in that tree),
    which `may_hold_images` let through; else the page's bytes are parsed here when they may hold any."""
    found = FoundImages()
    if root is None and not may_hold_images(page):
        return found
    try:
        references = references_in(root) if root is not None else image_references(page.data)
        if references.srcs:
            images = localize_images(page, list(references.srcs), store, limits)
            found.local = images.local
            found.left_out = [(item.src, item.reason) for item in images.left_out]
            found.lead = images.local.get(references.lead) if references.lead else None
        found.left_out += _unparsed_data_uris(page.data, references.srcs, limits)
    except OSError as exc:
        return FoundImages(left_out=[("(every image)", f"cannot be written: {exc.strerror or exc}")], retry=True)
    except Exception as exc:  # noqa: BLE001 - the page still converts, its images stay links
        return FoundImages(left_out=[("(every image)", f"cannot be read: {type(exc).__name__}: {exc}")])
    return found


def holds_no_assets(page: SavedPage) -> bool:
    """Does the page's container hold no image of its own (so its images are `data:` URIs or links)?

    A WARC read in one pass has indexed no asset yet when it hands a page on; should one come later,
    the page is withdrawn and read again once the index is whole (warc.py)."""
    if page.assets is NO_ASSETS:
        return True
    index = getattr(page.assets, "index", None)
    return isinstance(index, WarcIndex) and not index.assets


def may_hold_images(page: SavedPage) -> bool:
    """Skip the image scan for text pages, and for pages whose container holds no image at all (a WARC of
    HTML alone) when they hold no `data:` image either."""
    if page.kind != "html":
        return False
    if b"data:image/" in page.data.lower():  # ten times faster than a case-blind regex scan
        return True
    return not holds_no_assets(page)


def _unparsed_data_uris(data: bytes, seen: tuple[str, ...], limits: ContainerLimits) -> list[tuple[str, str]]:
    """`data:` images too long for the HTML parser to keep (libxml2 drops attributes over 10 MB): reported too."""
    found = []
    for match in _LONG_DATA_URI.finditer(data):
        uri = match.group().decode("ascii", "replace")
        if uri not in seen:
            size = len(uri) * 3 // 4 if ";base64," in uri[:100] else len(uri)
            why = "over the image cap" if size > limits.image_bytes else "too long for the HTML parser"
            found.append((uri[:60] + f"… ({len(uri)} characters)", f"about {size} bytes, {why}"))
    return found

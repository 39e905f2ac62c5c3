"""Saved-page containers: WARC, WACZ, MHTML, SingleFile, complete-page folders, zips, JSON Lines,
read-it-later exports. Each is read into `SavedPage` records for the pipeline's read stage.

The interface (everything a caller needs is importable from here):

    kind = container_kind(path)                  # "warc", "wacz", "mhtml", "html", "zip", "jsonl",
                                                 # "wallabag", "read-later", or None (not a container)
    with open_container(path, name, limits) as container:     # name: the path relative to RAW_DIR
        for item in container.items():          # streams; never the whole container in memory
            if isinstance(item, Failure):        # a damaged record, a broken line, a refused member:
                report(str(item))                # "crawl.warc.gz: record at byte 4096: truncated gzip member"
                continue                         # …and the container's other records still come out
            if isinstance(item, Superseded):     # pages handed on earlier, withdrawn (a WARC read in one
                forget(item.raws)                # pass saw a later capture of their URL): what replaces
                continue                         # them comes after
            page: SavedPage = item               # raw, data, kind, url, saved, hints, captures
            refs = image_references(page.data)   # <img> sources and the lead image, as written
            images = localize_images(page, list(refs.srcs), AssetStore(docs_dir), limits)
            # images.local: {src as written → "assets/ab/ab12….png"}, images.left_out: [(src, reason)]

    entries = read_entries(path, name)           # Pocket / Instapaper: ReadLaterEntry | Failure
                                                 # (joined onto the run's articles by converter.read_later)

`SavedPage.asset(src, limit)` reads one image lazily while the container is open: a `data:` URI
is decoded (its size checked first), anything else is looked up in the container (WARC records
by offset, MHTML parts, zip members, files in a page's `_files` folder). Over `limit` it raises
AssetTooLarge without reading the whole asset.

Errors: a reader never raises for bad input once `items()` runs; unexpected I/O errors end the
container with a last Failure. Every cap is in `ContainerLimits`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from converter.containers.assets import AssetStore, LeftOut, PageImages, RejectedAsset, localize_images
    from converter.containers.jsonl import HTML_FIELDS
    from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
    from converter.containers.readlater import ReadLaterEntry, read_entries
    from converter.containers.records import Failure, PageHints, SavedPage, Superseded
    from converter.containers.references import ImageReferences, image_references
    from converter.containers.warc import WarcReader

# The readers, the asset store and the image scan load where a run first reads a container (warcio,
# lxml, email, zipfile: a tenth of a second): an unchanged re-run only asks `container_kind` of names.
# So do the records and limits (dataclasses, datetime, base64: 5 ms of a 0.1 s re-run).
_LAZY = {
    "HTML_FIELDS": "jsonl",
    "DEFAULT_LIMITS": "limits",
    "AssetTooLarge": "limits",
    "ContainerLimits": "limits",
    "Failure": "records",
    "PageHints": "records",
    "SavedPage": "records",
    "Superseded": "records",
    "AssetStore": "assets",
    "LeftOut": "assets",
    "PageImages": "assets",
    "RejectedAsset": "assets",
    "localize_images": "assets",
    "ReadLaterEntry": "readlater",
    "read_entries": "readlater",
    "ImageReferences": "references",
    "image_references": "references",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_LIMITS",
    "HTML_FIELDS",
    "AssetStore",
    "AssetTooLarge",
    "Container",
    "ContainerLimits",
    "Failure",
    "ImageReferences",
    "LeftOut",
    "PageHints",
    "PageImages",
    "ReadLaterEntry",
    "RejectedAsset",
    "SavedPage",
    "Superseded",
    "container_kind",
    "image_references",
    "localize_images",
    "open_container",
    "read_entries",
]

_SUFFIX_KINDS = {
    ".warc": "warc",
    ".warc.gz": "warc",
    ".wacz": "wacz",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".zip": "zip",
    ".jsonl": "jsonl",
    ".jl": "jsonl",
    ".ndjson": "jsonl",
}
# Names whose first bytes are looked at: the ambiguous ones.
_SNIFFED = (".json", ".csv", ".html", ".htm")
# Any name a container may have (a .txt page, asked of every loose page by every run, is told apart in one test).
_ANY_KIND = (*_SUFFIX_KINDS, *_SNIFFED)
_HEAD = 4096


def container_kind(path: Path) -> str | None:
    """Which reader a file needs, by its name and, where names are ambiguous, its first bytes.

    Plain `.html`/`.txt` pages are not containers (the pipeline reads them as it always has);
    an `.html` is one only when SingleFile saved it or a browser saved it complete with a `_files` folder.
    """
    name = path.name.lower()
    if not name.endswith(_ANY_KIND):
        return None
    for suffix, kind in _SUFFIX_KINDS.items():
        if name.endswith(suffix):
            return kind
    if not name.endswith(_SNIFFED):
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return None
    from converter.containers.pagefiles import files_folder, is_singlefile
    from converter.containers.readlater import looks_like_read_later
    from converter.containers.wallabag import looks_like_wallabag

    if name.endswith(".json"):
        return "wallabag" if looks_like_wallabag(head) else None
    if looks_like_read_later(head):
        return "read-later"
    if name.endswith((".html", ".htm")) and (is_singlefile(head) or files_folder(path)):
        return "html"
    return None


class _Reader(Protocol):
    def items(self) -> Iterator[SavedPage | Failure | Superseded]: ...

    def close(self) -> None: ...


class Container:
    """An open container: iterate `items()` once; assets resolve until it is closed."""

    def __init__(self, reader: _Reader, name: str) -> None:
        self.reader = reader
        self.name = name

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *exc: object) -> None:
        self.reader.close()

    def items(self) -> Iterator[SavedPage | Failure | Superseded]:
        try:
            yield from self.reader.items()
        except (OSError, _bad_zip(), EOFError) as error:
            from converter.containers.records import Failure

            yield Failure(self.name, "container", f"reading stopped: {error}")


def _bad_zip() -> type[Exception]:
    import zipfile  # (a zip's readers load it; a run that reads no container need not)

    return zipfile.BadZipFile


class _OnePass:
    """A WARC read for conversion: in one pass where it can be (WarcReader.stream: pages may be withdrawn)."""

    def __init__(self, reader: WarcReader) -> None:
        self.reader = reader

    def items(self) -> Iterator[SavedPage | Failure | Superseded]:
        return self.reader.stream()

    def close(self) -> None:
        self.reader.close()


_Factory = Callable[[Path, str, "ContainerLimits", tuple[str, ...]], _Reader]


def _warc(path: Path, name: str, limits: ContainerLimits, _: tuple[str, ...]) -> _Reader:
    from converter.containers.warc import WarcReader

    # An opener rather than a path: a WARC is also read from inside a WACZ.
    # (partial() hides which overload of open() "rb" picks: it returns binary files.)
    return _OnePass(WarcReader(partial(open, path, "rb"), name, limits))  # type: ignore[arg-type]


def _wacz(path: Path, name: str, limits: ContainerLimits, _: tuple[str, ...]) -> _Reader:
    from converter.containers.wacz import WaczReader

    return WaczReader(path, name, limits)


def _mhtml(path: Path, name: str, limits: ContainerLimits, _: tuple[str, ...]) -> _Reader:
    from converter.containers.mhtml import MhtmlReader

    return MhtmlReader(path, name, limits)


def _html(path: Path, name: str, limits: ContainerLimits, _: tuple[str, ...]) -> _Reader:
    from converter.containers.pagefiles import HtmlFileReader

    return HtmlFileReader(path, name, limits)


def _zip(path: Path, name: str, limits: ContainerLimits, _: tuple[str, ...]) -> _Reader:
    from converter.containers.zips import ZipPagesReader

    return ZipPagesReader(path, name, limits)


def _jsonl(path: Path, name: str, limits: ContainerLimits, fields: tuple[str, ...]) -> _Reader:
    from converter.containers.jsonl import JsonLinesReader

    return JsonLinesReader(path, name, limits, fields)


def _wallabag(path: Path, name: str, limits: ContainerLimits, _: tuple[str, ...]) -> _Reader:
    from converter.containers.wallabag import WallabagReader

    return WallabagReader(path, name, limits)


_READERS: dict[str, _Factory] = {
    "warc": _warc,
    "wacz": _wacz,
    "mhtml": _mhtml,
    "html": _html,
    "zip": _zip,
    "jsonl": _jsonl,
    "wallabag": _wallabag,
}


def open_container(
    path: Path,
    name: str,
    limits: ContainerLimits | None = None,
    html_fields: tuple[str, ...] | None = None,
) -> Container:
    """A container reader for `path`, whose provenance strings start with `name`; ValueError if not one.

    `limits` and `html_fields` default to `DEFAULT_LIMITS` and `HTML_FIELDS`."""
    from converter.containers.jsonl import HTML_FIELDS
    from converter.containers.limits import DEFAULT_LIMITS

    kind = container_kind(path)
    factory = _READERS.get(kind or "")
    if factory is None:
        raise ValueError(f"{name}: not a page container ({kind or 'unknown kind'})")
    limits = DEFAULT_LIMITS if limits is None else limits
    return Container(factory(path, name, limits, HTML_FIELDS if html_fields is None else html_fields), name)

"""Zips of saved pages: SingleFile's zip form, a zip of saved HTML, and Omnivore's export.

Every `.html`/`.htm`/`.txt` member is a page named `export.zip!path/in/zip.html`; its relative
images are looked up among the zip's members. Omnivore zips carry `metadata_*.json` whose
entries (title, author, labels, saved time, URL) become the hints of `content/<slug>.html`.
"""

from __future__ import annotations

import json
import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import Failure, PageHints, SavedPage, iso_datetime, text_field
from converter.containers.safezip import SafeZip, ZipRefused, open_zip

_PAGE_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text"}


class ZipPagesReader:
    def __init__(self, path: Path, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.name = name
        self.limits = limits
        self.zip: SafeZip | None = None

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    def items(self) -> Iterator[SavedPage | Failure]:
        self.zip, failures = open_zip(self.path, self.name, self.limits)
        yield from failures
        if self.zip is None:
            return
        metadata, failures = _omnivore_metadata(self.zip, self.name)
        yield from failures
        for member in self.zip.names():
            kind = _PAGE_SUFFIXES.get(posixpath.splitext(member)[1].lower())
            if kind is None or posixpath.basename(member).startswith("."):
                continue
            try:
                data = self.zip.read(member, self.limits.page_bytes)
            except (AssetTooLarge, ZipRefused, zipfile.BadZipFile, OSError, EOFError) as error:
                yield Failure(self.name, f"member {member}", str(error))
                continue
            entry = metadata.get(posixpath.splitext(posixpath.basename(member))[0], {})
            yield SavedPage(
                raw=f"{self.name}!{member}",
                data=data,
                kind=kind,  # type: ignore[arg-type]
                url=text_field(entry.get("url")),
                saved=iso_datetime(entry.get("savedAt")),
                hints=_omnivore_hints(entry),
                assets=ZipAssets(self.zip, member),
            )


class ZipAssets:
    """Images among a zip's members, by a path relative to the page member."""

    def __init__(self, zip_file: SafeZip, page_member: str) -> None:
        self.zip = zip_file
        self.folder = posixpath.dirname(page_member)

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        parts = urlsplit(src.strip())
        if parts.scheme or parts.netloc or not parts.path:
            return None
        member = posixpath.normpath(posixpath.join(self.folder, unquote(parts.path)))
        if member.startswith("../") or member == ".." or member.startswith("/"):
            return None
        if self.zip.info(member) is None:
            return None
        try:
            return self.zip.read(member, limit)
        except (ZipRefused, zipfile.BadZipFile, OSError, EOFError):
            return None


def _omnivore_metadata(zip_file: SafeZip, name: str) -> tuple[dict[str, dict], list[Failure]]:
    """Omnivore's entries by slug (the name of their `content/<slug>.html`)."""
    entries: dict[str, dict] = {}
    failures = []
    for member in zip_file.names():
        if not (posixpath.basename(member).startswith("metadata_") and member.endswith(".json")):
            continue
        try:
            items = json.loads(zip_file.read(member))
        except (ValueError, AssetTooLarge, ZipRefused, zipfile.BadZipFile, OSError) as error:
            failures.append(Failure(name, f"member {member}", f"unreadable metadata ({error})"))
            continue
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("slug"), str):
                entries[item["slug"]] = item
    return entries, failures


def _omnivore_hints(entry: dict) -> PageHints:
    if not entry:
        return PageHints()
    labels = entry.get("labels") or []
    author = text_field(entry.get("author"))
    return PageHints(
        title=text_field(entry.get("title")),
        authors=(author,) if author else (),
        date=text_field(entry.get("publishedAt")),
        tags=tuple(label for label in labels if isinstance(label, str) and label.strip()),
        image=text_field(entry.get("thumbnail")),
        description=text_field(entry.get("description")),
        read=(entry.get("state") == "Archived") if entry.get("state") else None,
    )

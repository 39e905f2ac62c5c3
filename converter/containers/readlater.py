"""Pocket and Instapaper exports: URLs with tags, saved time and read state, but no article text.

They never become articles: `converter.read_later.join` adds their tags and saved date to the
articles saved from the same URL, and names the URLs no saved page matched, for the report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from converter.containers.limits import DEFAULT_LIMITS, ContainerLimits
from converter.containers.records import Failure


@dataclass(frozen=True)
class ReadLaterEntry:
    url: str
    title: str | None = None
    tags: tuple[str, ...] = ()
    saved: datetime | None = None
    read: bool | None = None
    # Provenance: the export and its row, e.g. "pocket.csv#row-3".
    raw: str = ""


def looks_like_read_later(head: bytes) -> bool:
    """A Pocket or Instapaper export (CSV header, or their HTML export's markup)."""
    first = head.lstrip()[:300].lower()
    if first.startswith((b"title,url,time_added", b"url,title,selection,folder")):
        return True
    return b"<title>pocket export</title>" in first or b"<title>instapaper: export</title>" in first


def read_entries(path: Path, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> Iterator[ReadLaterEntry | Failure]:
    size = path.stat().st_size
    if size > limits.loaded_container_bytes:
        yield Failure(name, "file", f"{size} bytes, over the {limits.loaded_container_bytes}-byte cap")
        return
    text = path.read_bytes().decode("utf-8-sig", "replace")
    if text.lstrip()[:1] == "<":
        yield from _html_entries(text, name)
    else:
        yield from _csv_entries(text, name)


def _csv_entries(text: str, name: str) -> Iterator[ReadLaterEntry | Failure]:
    rows = csv.DictReader(io.StringIO(text))
    fields = {field.lower(): field for field in rows.fieldnames or []}
    for number, row in enumerate(rows, 2):  # row 1 is the header
        row = {key.lower(): (value or "").strip() for key, value in row.items() if isinstance(key, str)}
        url = row.get("url", "")
        if not url.startswith(("http://", "https://")):
            yield Failure(name, f"row {number}", f"no http(s) URL ({url[:60]!r})")
            continue
        if "time_added" in fields:  # Pocket: title,url,time_added,tags,status
            tags = tuple(tag for tag in row.get("tags", "").split("|") if tag)
            saved, read = _epoch(row.get("time_added")), row.get("status") == "archive"
        else:  # Instapaper: URL,Title,Selection,Folder,Timestamp[,Tags]
            tags = _instapaper_tags(row.get("tags", ""))
            saved, read = _epoch(row.get("timestamp")), row.get("folder", "").lower() == "archive"
        yield ReadLaterEntry(url, row.get("title") or None, tags, saved, read, f"{name}#row-{number}")


def _instapaper_tags(value: str) -> tuple[str, ...]:
    try:
        tags = json.loads(value) if value else []
    except ValueError:
        return ()
    return tuple(tag.strip() for tag in tags if isinstance(tag, str) and tag.strip()) if isinstance(tags, list) else ()


class _ExportParser(HTMLParser):
    """Pocket's and Instapaper's HTML exports: `<h1>` sections (Unread / Read Archive) of links."""

    def __init__(self) -> None:
        super().__init__()
        self.section = ""
        self.in_heading = False
        self.links: list[tuple[dict[str, str], str]] = []
        self._link: dict[str, str] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1":
            self.in_heading, self.section = True, ""
        elif tag == "a":
            self._link = {key: value or "" for key, value in attrs}
            self._link["section"] = self.section
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self.in_heading = False
        elif tag == "a" and self._link is not None:
            self.links.append((self._link, "".join(self._text).strip()))
            self._link = None

    def handle_data(self, data: str) -> None:
        if self.in_heading:
            self.section += data.strip().lower()
        elif self._link is not None:
            self._text.append(data)


def _html_entries(text: str, name: str) -> Iterator[ReadLaterEntry | Failure]:
    parser = _ExportParser()
    parser.feed(text)
    for number, (attrs, title) in enumerate(parser.links, 1):
        url = attrs.get("href", "")
        if not url.startswith(("http://", "https://")):
            continue
        tags = tuple(tag.strip() for tag in attrs.get("tags", "").split(",") if tag.strip())
        read = "archive" in attrs["section"] or attrs["section"] == "read"
        saved = _epoch(attrs.get("time_added"))
        yield ReadLaterEntry(url, title or None, tags, saved, read, f"{name}#link-{number}")


def _epoch(value: str | None) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value or ""), UTC)
    except (ValueError, OverflowError, OSError):
        return None

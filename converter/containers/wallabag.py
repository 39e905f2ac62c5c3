"""Wallabag's JSON export: a list of entries, each with the article's HTML under `content`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from converter.containers.limits import DEFAULT_LIMITS, ContainerLimits
from converter.containers.records import Failure, PageHints, SavedPage, iso_datetime, text_field


def looks_like_wallabag(head: bytes) -> bool:
    # Every Wallabag entry has these keys; checking the start of the file is enough to tell.
    return head.lstrip().startswith(b"[") and b'"is_archived"' in head and b'"content"' in head


class WallabagReader:
    def __init__(self, path: Path, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.name = name
        self.limits = limits

    def close(self) -> None:
        pass

    def items(self) -> Iterator[SavedPage | Failure]:
        size = self.path.stat().st_size
        if size > self.limits.loaded_container_bytes:
            yield Failure(self.name, "file", f"{size} bytes, over the {self.limits.loaded_container_bytes}-byte cap")
            return
        try:
            entries = json.loads(self.path.read_bytes())
        except ValueError as error:
            yield Failure(self.name, "file", f"not JSON ({error})")
            return
        if not isinstance(entries, list):
            yield Failure(self.name, "file", "not a list of Wallabag entries")
            return
        for number, entry in enumerate(entries, 1):
            yield self._page(entry, number)

    def _page(self, entry: object, number: int) -> SavedPage | Failure:
        where = f"entry {number}"
        if not isinstance(entry, dict):
            return Failure(self.name, where, "not a JSON object")
        content = entry.get("content")
        if not isinstance(content, str) or not content.strip():
            return Failure(self.name, where, "no article content")
        key = entry.get("id") if isinstance(entry.get("id"), (int, str)) else number
        authors = entry.get("published_by") or []
        return SavedPage(
            raw=f"{self.name}#entry-{key}",
            data=content.encode("utf-8", "surrogatepass"),
            kind="html",
            url=text_field(entry.get("url")),
            saved=iso_datetime(entry.get("created_at")),
            hints=PageHints(
                title=text_field(entry.get("title")),
                authors=tuple(a.strip() for a in authors if isinstance(a, str) and a.strip()),
                date=text_field(entry.get("published_at")),
                tags=tuple(t.strip() for t in entry.get("tags") or [] if isinstance(t, str) and t.strip()),
                image=text_field(entry.get("preview_picture")),
                read=bool(entry["is_archived"]) if "is_archived" in entry else None,
            ),
        )

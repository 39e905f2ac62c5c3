"""JSON Lines from scrapers (Scrapy feed exports and the like): one page a line.

The page's HTML or text is under the first present field of `html_fields` (configurable);
its URL, title, author(s), date and tags, when the line has them, become hints. A line that
is not JSON, or has no page field, is reported with its number; the others still come out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from converter.containers.limits import DEFAULT_LIMITS, ContainerLimits
from converter.containers.records import Failure, PageHints, SavedPage
from converter.options import JSONL_HTML_FIELDS as HTML_FIELDS

TEXT_FIELDS = ("text",)
_URL_FIELDS = ("url", "canonical_url", "link")
_TITLE_FIELDS = ("title", "headline")
_AUTHOR_FIELDS = ("authors", "author", "byline")
_DATE_FIELDS = ("date", "published", "date_published", "datePublished", "published_at")
_TAG_FIELDS = ("tags", "keywords")


class JsonLinesReader:
    def __init__(
        self,
        path: Path,
        name: str,
        limits: ContainerLimits = DEFAULT_LIMITS,
        html_fields: tuple[str, ...] = HTML_FIELDS,
    ) -> None:
        self.path = path
        self.name = name
        self.limits = limits
        self.html_fields = html_fields

    def close(self) -> None:
        pass

    def items(self) -> Iterator[SavedPage | Failure]:
        with open(self.path, "rb") as handle:
            number = 0
            while line := handle.readline(self.limits.page_bytes + 1):
                number += 1
                if len(line) > self.limits.page_bytes and not line.endswith(b"\n"):
                    yield Failure(self.name, f"line {number}", f"longer than the {self.limits.page_bytes}-byte cap")
                    _skip_rest_of_line(handle)
                    continue
                if line.strip():
                    yield self._page(line, number)

    def _page(self, line: bytes, number: int) -> SavedPage | Failure:
        try:
            record = json.loads(line)
        except ValueError as error:
            return Failure(self.name, f"line {number}", f"not JSON ({error})")
        if not isinstance(record, dict):
            return Failure(self.name, f"line {number}", "not a JSON object")
        found = _first(record, self.html_fields + TEXT_FIELDS)
        if found is None:
            fields = ", ".join(self.html_fields + TEXT_FIELDS)
            return Failure(self.name, f"line {number}", f"no page content in any of the fields {fields}")
        key, content = found
        return SavedPage(
            raw=f"{self.name}#line-{number}",
            data=content.encode("utf-8", "surrogatepass"),
            kind="text" if key in TEXT_FIELDS else "html",
            url=_string(record, _URL_FIELDS),
            hints=hints_from(record),
        )


def hints_from(record: dict) -> PageHints:
    """The fields of a scraped record that match the Markdown contract."""
    authors: tuple[str, ...] = ()
    for key in _AUTHOR_FIELDS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            authors = (value.strip(),)
            break
        if isinstance(value, list):
            authors = tuple(item.strip() for item in value if isinstance(item, str) and item.strip())
            if authors:
                break
    tags: tuple[str, ...] = ()
    for key in _TAG_FIELDS:
        value = record.get(key)
        if isinstance(value, list):
            tags = tuple(item.strip() for item in value if isinstance(item, str) and item.strip())
        elif isinstance(value, str):
            tags = tuple(item.strip() for item in value.split(",") if item.strip())
        if tags:
            break
    return PageHints(
        title=_string(record, _TITLE_FIELDS),
        authors=authors,
        date=_string(record, _DATE_FIELDS),
        tags=tags,
    )


def _first(record: dict, keys: tuple[str, ...]) -> tuple[str, str] | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return key, value
    return None


def _string(record: dict, keys: tuple[str, ...]) -> str | None:
    found = _first(record, keys)
    return found[1].strip() if found else None


def _skip_rest_of_line(handle: BinaryIO) -> None:
    while chunk := handle.readline(1024 * 1024):
        if chunk.endswith(b"\n"):
            return

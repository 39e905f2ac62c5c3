"""MHTML / .mht (Chrome's "Save as… single file"): the first `text/html` part is the page, the others assets.

The standard library's email parser reads it. The file is parsed whole, so it is capped
(`loaded_container_bytes`); parts beyond `mhtml_parts` are not indexed, and that is reported.
"""

from __future__ import annotations

import email
from collections.abc import Iterator
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urldefrag, urljoin

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import Failure, PageHints, SavedPage

_HTML_TYPES = ("text/html", "application/xhtml+xml")


class MhtmlReader:
    def __init__(self, path: Path, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.name = name
        self.limits = limits
        self._by_location: dict[str, Message] = {}

    def close(self) -> None:
        self._by_location.clear()

    def items(self) -> Iterator[SavedPage | Failure]:
        size = self.path.stat().st_size
        if size > self.limits.loaded_container_bytes:
            yield Failure(self.name, "file", f"{size} bytes, over the {self.limits.loaded_container_bytes}-byte cap")
            return
        with open(self.path, "rb") as handle:
            # The compat32 policy: several times faster than `default` on many-part files.
            message = email.message_from_binary_file(handle)
        if not message.is_multipart():
            yield Failure(self.name, "file", "not a multipart MHTML file")
            return
        page: Message | None = None
        parts = 0
        for part in message.walk():
            if part.is_multipart():
                continue
            parts += 1
            if parts > self.limits.mhtml_parts:
                continue
            if page is None and part.get_content_type() in _HTML_TYPES:
                page = part
                continue
            for key in _keys(part):
                self._by_location.setdefault(key, part)
        if parts > self.limits.mhtml_parts:
            yield Failure(self.name, "parts", f"{parts} parts; only the first {self.limits.mhtml_parts} were read")
        if page is None:
            yield Failure(self.name, "file", "no text/html part")
            return
        data = page.get_payload(decode=True)
        if not isinstance(data, bytes) or not data.strip():
            yield Failure(self.name, "text/html part", "empty")
            return
        if len(data) > self.limits.page_bytes:
            yield Failure(self.name, "text/html part", f"page of {len(data)} bytes, over the cap")
            return
        url = str(message.get("Snapshot-Content-Location") or page.get("Content-Location") or "").strip() or None
        yield SavedPage(
            raw=self.name,
            data=data,
            kind="html",
            url=url,
            saved=_date(message.get("Date")),
            hints=PageHints(title=_header_text(message.get("Subject"))),
            assets=self,
        )

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        part = self._by_location.get(src.strip())
        if part is None:
            try:
                part = self._by_location.get(urldefrag(urljoin(base or "", src.strip())).url)
            except ValueError:
                return None
        if part is None:
            return None
        raw = part.get_payload(decode=False)
        # Base64 is the longest common transfer encoding: 3/4 of its text bounds the bytes.
        if isinstance(raw, str) and len(raw) * 3 // 4 > limit + 1024:
            raise AssetTooLarge(len(raw) * 3 // 4, limit)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return None
        if len(data) > limit:
            raise AssetTooLarge(len(data), limit)
        return data


def _keys(part: Message) -> list[str]:
    keys = []
    location = str(part.get("Content-Location") or "").strip()
    if location:
        keys.append(urldefrag(location).url)
    content_id = str(part.get("Content-ID") or "").strip().strip("<>")
    if content_id:
        keys.append(f"cid:{content_id}")
    return keys


def _header_text(value: object) -> str | None:
    # Chrome writes a non-ASCII title as RFC 2047 encoded words.
    if value is None:
        return None
    try:
        text = str(make_header(decode_header(str(value))))
    except (LookupError, ValueError):
        text = str(value)
    return " ".join(text.split()) or None


def _date(value: object) -> datetime | None:
    try:
        return parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError):
        return None

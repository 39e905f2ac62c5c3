"""WACZ: a zip of WARCs (`archive/`) with the pages it holds listed in `pages/pages.jsonl`.

The listed pages are read through the WARCs inside (members are stored uncompressed by the
spec, so seeking into them is cheap); any WARC in the zip may hold a page's images. A listed URL
the crawl was redirected from (a seed "http://example.com" that landed on "https://www.example.com/")
is read where the recorded redirects lead.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from urllib.parse import urldefrag

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import Failure, PageHints, SavedPage
from converter.containers.safezip import SafeZip, ZipRefused, open_zip
from converter.containers.warc import WarcReader, same_url

_PAGE_LISTS = ("pages/pages.jsonl", "pages/extraPages.jsonl")
# Redirects followed from a listed URL (browsers stop at 20; a chain this long is a loop or a trap).
_HOPS = 10


class WaczReader:
    def __init__(self, path: Path, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.name = name
        self.limits = limits
        self.zip: SafeZip | None = None
        self.warcs: list[WarcReader] = []

    def close(self) -> None:
        for warc in self.warcs:
            warc.close()
        if self.zip is not None:
            self.zip.close()

    def items(self) -> Iterator[SavedPage | Failure]:
        self.zip, failures = open_zip(self.path, self.name, self.limits)
        yield from failures
        if self.zip is None:
            return
        zip_file = self.zip
        listed, failures = self._listed_pages()
        yield from failures
        for member in zip_file.names():
            if member.startswith("archive/") and member.endswith((".warc", ".warc.gz")):
                self.warcs.append(
                    WarcReader(partial(zip_file.open_stream, member), f"{self.name}!{member}", self.limits)
                )
        redirects = {source: target for warc in self.warcs for source, target in warc.index.redirects.items()}
        landed = _landings(listed, redirects)
        only = set(landed) if listed else None
        for warc in self.warcs:
            for item in warc.items(only):
                if isinstance(item, SavedPage):
                    title = landed.get(same_url(item.url or ""))
                    item = item.with_changes(assets=self, hints=item.hints.merged(PageHints(title=title)))
                yield item

    def _listed_pages(self) -> tuple[dict[str, str | None], list[Failure]]:
        assert self.zip is not None
        listed: dict[str, str | None] = {}
        failures = []
        for member in _PAGE_LISTS:
            if self.zip.info(member) is None:
                continue
            try:
                text = self.zip.read(member, self.limits.loaded_container_bytes).decode("utf-8", "replace")
            except (AssetTooLarge, ZipRefused, zipfile.BadZipFile, OSError) as error:
                failures.append(Failure(self.name, f"member {member}", str(error)))
                continue
            for number, line in enumerate(text.splitlines(), 1):
                try:
                    record = json.loads(line) if line.strip() else None
                except ValueError as error:
                    failures.append(Failure(self.name, f"{member} line {number}", f"not JSON ({error})"))
                    continue
                if isinstance(record, dict) and isinstance(record.get("url"), str):
                    title = record.get("title")
                    listed[same_url(urldefrag(record["url"]).url)] = (
                        title.strip() or None if isinstance(title, str) else None
                    )
        return listed, failures

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        """An image from whichever WARC in the zip holds it."""
        for warc in self.warcs:
            found = warc.get(src, base, limit)
            if found is not None:
                return found
        return None


def _landings(listed: dict[str, str | None], redirects: dict[str, str]) -> dict[str, str | None]:
    """The listed URLs and where their recorded redirects lead, each with the listed page's title."""
    found = dict(listed)
    for url, title in listed.items():
        for _ in range(_HOPS):
            url = redirects.get(url, "")
            if not url or url in found:
                break
            found[url] = title
    return found

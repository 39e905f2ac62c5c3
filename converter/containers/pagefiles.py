"""Single saved HTML files: SingleFile pages (images inlined as `data:` URIs) and "Save page as,
complete" pages (`page.html` beside `page_files/`, images resolved into that folder).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import NO_ASSETS, AssetSource, Failure, SavedPage

# SingleFile's comment at the top of every page it saves.
_SINGLEFILE = re.compile(rb"<!--\s*Page saved with SingleFile", re.I)
_SINGLEFILE_URL = re.compile(rb"^[ \t]*url:[ \t]*(\S+)", re.M)
_SINGLEFILE_DATE = re.compile(
    rb"^[ \t]*saved date:[ \t]*\w{3} (\w{3} \d{1,2} \d{4} \d{2}:\d{2}:\d{2}) GMT([+-]\d{4})", re.M
)
# The "mark of the web" browsers write into pages saved complete.
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_HEAD_BYTES = 4096


def is_singlefile(head: bytes) -> bool:
    return bool(_SINGLEFILE.search(head[:_HEAD_BYTES]))


def files_folder(path: Path) -> Path | None:
    """The `<name>_files` folder a browser saved beside a complete page, if there is one."""
    folder = path.with_name(f"{path.stem}_files")
    try:
        return folder if folder.is_dir() else None
    except OSError:  # a page's name near the file system's 255 bytes makes `<stem>_files` too long to ask
        return None


class HtmlFileReader:
    """One saved HTML file; `data:` URIs always resolve, and relative images inside its `_files` folder."""

    def __init__(self, path: Path, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.name = name
        self.limits = limits

    def close(self) -> None:
        pass

    def items(self) -> Iterator[SavedPage | Failure]:
        size = self.path.stat().st_size
        if size > self.limits.page_bytes:
            yield Failure(self.name, "file", f"page of {size} bytes, over the cap")
            return
        data = self.path.read_bytes()
        head = data[:_HEAD_BYTES]
        url = saved_date = None
        if is_singlefile(head):
            url = _group(_SINGLEFILE_URL, head)
            saved_date = _singlefile_date(head)
        else:
            url = _group(_SAVED_FROM, head)
        folder = files_folder(self.path)
        assets: AssetSource = FolderAssets(self.path.parent, folder) if folder else NO_ASSETS
        yield SavedPage(raw=self.name, data=data, kind="html", url=url, saved=saved_date, assets=assets)


class FolderAssets:
    """Images in a complete page's `_files` folder, by the relative path the page uses."""

    def __init__(self, page_folder: Path, files: Path) -> None:
        self.page_folder = page_folder
        self.files = files.resolve()

    def get(self, src: str, base: str | None, limit: int) -> bytes | None:
        parts = urlsplit(src.strip())
        if parts.scheme or parts.netloc or not parts.path:
            return None  # an absolute URL: the folder does not hold it
        try:
            candidate = (self.page_folder / unquote(parts.path)).resolve()
        except (OSError, ValueError):
            return None
        # Only files inside the page's own folder: a "../../etc/passwd" source, or a symlink out, reads nothing.
        if not candidate.is_relative_to(self.files) or not candidate.is_file():
            return None
        size = candidate.stat().st_size
        if size > limit:
            raise AssetTooLarge(size, limit)
        return candidate.read_bytes()[: limit + 1]


def _group(pattern: re.Pattern[bytes], head: bytes) -> str | None:
    match = pattern.search(head)
    return match.group(1).decode("utf-8", "replace") if match else None


def _singlefile_date(head: bytes) -> datetime | None:
    match = _SINGLEFILE_DATE.search(head)
    if not match:
        return None
    try:
        when = datetime.strptime(match.group(1).decode(), "%b %d %Y %H:%M:%S")
    except ValueError:
        return None
    offset = int(match.group(2)[:3]) * 60 + int(match.group(2)[0:1] + match.group(2)[3:])
    return when.replace(tzinfo=timezone(timedelta(minutes=offset)))

"""Find the raw pages under RAW_DIR: sorted, loop-safe, with everything else listed as skipped."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RawPage:
    path: Path
    # Path relative to RAW_DIR with forward slashes: the article's `raw` key.
    rel: str


def discover(raw_dir: Path, suffixes: tuple[str, ...], exclude: Path | None = None) -> tuple[list[RawPage], list[str]]:
    """Return (pages to convert, skipped relative paths), both sorted.

    `exclude` is a folder left out (DOCS_DIR inside RAW_DIR: the articles are not input).
    """
    pages: list[RawPage] = []
    skipped: list[str] = []
    # Folders already visited, by identity; the excluded one counts as visited from the start.
    seen_dirs: set[tuple[int, int]] = set()
    if exclude is not None:
        try:
            info = exclude.stat()
            seen_dirs.add((info.st_dev, info.st_ino))
        except OSError:
            pass
    for folder, dirnames, filenames in os.walk(raw_dir, followlinks=True):
        try:
            info = Path(folder).stat()
        except OSError:
            dirnames[:] = []
            continue
        # A symlink loop would walk forever: visit each real folder once.
        if (info.st_dev, info.st_ino) in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(folder) / name
            rel = _printable(path.relative_to(raw_dir).as_posix())
            if path.suffix.lower() in suffixes and _may_be_page(path):
                pages.append(RawPage(path, rel))
            else:
                skipped.append(rel)
    pages.sort(key=lambda page: page.rel)
    skipped.sort()
    return pages, skipped


def _may_be_page(path: Path) -> bool:
    """A regular file, or a link we cannot follow (reading it then fails with a clear reason).

    A named pipe or device called `x.txt` would block the run or never end: skip it.
    """
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True


def _printable(rel: str) -> str:
    """A file name that is not valid UTF-8 (decoded with surrogate escapes) shown with `\\x..` escapes.

    Lone surrogates cannot be written to UTF-8 front matter; escaping keeps distinct names distinct.
    """
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

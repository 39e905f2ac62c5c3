"""Find the raw pages under RAW_DIR: sorted, loop-safe, with everything else listed as skipped."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
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
    for folder, dirnames, files in _walk(os.fspath(raw_dir)):
        base = Path(folder)
        try:
            info = base.stat()
        except OSError:
            dirnames[:] = []
            continue
        # A symlink loop would walk forever: visit each real folder once.
        if (info.st_dev, info.st_ino) in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        inside = base.relative_to(raw_dir).as_posix()
        prefix = "" if inside == "." else f"{inside}/"
        for entry in files:
            if entry.name.startswith("."):
                continue
            rel = _printable(prefix + entry.name)
            if _suffix(entry.name).lower() in suffixes and _is_page(entry):
                pages.append(RawPage(base / entry.name, rel))
            else:
                skipped.append(rel)
    pages.sort(key=lambda page: page.rel)
    skipped.sort()
    return pages, skipped


def _walk(top: str) -> Iterator[tuple[str, list[str], list[os.DirEntry[str]]]]:
    """`os.walk(top, followlinks=True)` in the same order, with the files as directory entries.

    An entry knows from the folder listing whether it is a regular file: a re-run over thousands
    of pages then makes no stat call per file (os.walk keeps only the names).
    """
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        dirnames: list[str] = []
        files: list[os.DirEntry[str]] = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirnames.append(entry.name)
            else:
                files.append(entry)
        yield folder, dirnames, files
        # The caller may prune or reorder `dirnames`: walk them as they are now, first one first.
        stack.extend(os.path.join(folder, name) for name in reversed(dirnames))  # noqa: PTH118 - as os.walk joins


def _suffix(name: str) -> str:
    """`Path(name).suffix`, without making a Path."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _is_page(entry: os.DirEntry[str]) -> bool:
    if entry.is_symlink():
        return _may_be_page(Path(entry.path))
    try:
        return entry.is_file()
    except OSError:
        return True


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

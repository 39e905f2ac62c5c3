"""Find the raw pages under RAW_DIR: sorted, loop-safe, with everything else listed as skipped."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RawPage:
    path: Path
    # Path relative to RAW_DIR with forward slashes: the article's `raw` key.
    rel: str


def discover(raw_dir: Path, suffixes: tuple[str, ...]) -> tuple[list[RawPage], list[str]]:
    """Return (pages to convert, skipped relative paths), both sorted."""
    pages: list[RawPage] = []
    skipped: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    for folder, dirnames, filenames in os.walk(raw_dir, followlinks=True):
        try:
            info = os.stat(folder)
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
            path = Path(folder) / name
            rel = path.relative_to(raw_dir).as_posix()
            if name.startswith("."):
                continue
            if path.suffix.lower() in suffixes:
                pages.append(RawPage(path, rel))
            else:
                skipped.append(rel)
    pages.sort(key=lambda page: page.rel)
    skipped.sort()
    return pages, skipped

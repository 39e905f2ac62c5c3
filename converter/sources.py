"""The read stage's first step: which files under RAW_DIR are loose pages, which are containers.

`discover` finds files by suffix; containers (WARC, WACZ, MHTML, zips, JSON Lines, Wallabag JSON,
SingleFile and "complete" HTML pages) are then told apart by `containers.container_kind`, and
read-it-later exports (Pocket, Instapaper) are kept aside: they are joined onto pages, never read as
pages. Files in a complete page's `_files` folder are its assets, neither pages nor skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from converter.containers import container_kind
from converter.discover import RawPage, discover


@dataclass
class Sources:
    pages: list[RawPage] = field(default_factory=list)
    containers: list[RawPage] = field(default_factory=list)
    read_later: list[RawPage] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def find_sources(raw_dir: Path, suffixes: tuple[str, ...], exclude: Path | None = None) -> Sources:
    """Every input under `raw_dir`, sorted by relative path within each kind."""
    pages, skipped = discover(raw_dir, suffixes, exclude=exclude)
    found = Sources()
    for page in pages:
        # A loose .html is a container only when SingleFile saved it or a `_files` folder is beside it.
        (found.containers if container_kind(page.path) == "html" else found.pages).append(page)
    files_folders = {f"{page.rel.rsplit('.', 1)[0]}_files/" for page in found.containers}
    for rel in skipped:
        path = raw_dir / rel
        kind = container_kind(path) if path.is_file() else None
        if kind == "read-later":
            found.read_later.append(RawPage(path, rel))
        elif kind is not None:
            found.containers.append(RawPage(path, rel))
        elif not any(rel.startswith(folder) for folder in files_folders):
            found.skipped.append(rel)
    found.containers.sort(key=lambda page: page.rel)
    return found

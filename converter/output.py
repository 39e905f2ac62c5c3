"""What the converter owns in DOCS_DIR: the manifest of files it wrote, and pruning stale ones.

Only files listed in the manifest are ever removed, so hand-written pages are never touched.
"""

from __future__ import annotations

import json
from pathlib import Path

from converter.write import write_atomic

MANIFEST = ".converter-manifest.json"


def read_manifest(docs_dir: Path) -> set[str]:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    files = data.get("files") if isinstance(data, dict) else None
    return {name for name in files or () if isinstance(name, str) and _is_plain_name(name)}


def write_manifest(docs_dir: Path, names: set[str]) -> None:
    write_atomic(docs_dir / MANIFEST, json.dumps({"files": sorted(names)}, indent=1) + "\n")


def prune_stale(docs_dir: Path, names: set[str]) -> int:
    removed = 0
    for name in sorted(names):
        if not _is_plain_name(name):
            continue
        try:
            (docs_dir / name).unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def _is_plain_name(name: str) -> bool:
    # A tampered manifest must not make us delete anything outside DOCS_DIR.
    return name.endswith(".md") and "/" not in name and "\\" not in name and not name.startswith(".")

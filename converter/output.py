"""What the converter owns in DOCS_DIR, and what the last run saw.

`DOCS_DIR/.converter-manifest.json` records the files the converter wrote (only those are ever
replaced or removed, so hand-written pages are never touched), and the raw pages of the last
run with their size, modification time and cache key, so an unchanged re-run can stop early.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from converter.write import write_atomic

MANIFEST = ".converter-manifest.json"


@dataclass
class RunState:
    fingerprint: str = ""
    # raw rel path → [size, mtime_ns, cache key]
    pages: dict[str, list[Any]] = field(default_factory=dict)
    # written file name → [size, mtime_ns]
    files: dict[str, list[int]] = field(default_factory=dict)
    failed: list[list[str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def known_key(self, rel: str, size: int, mtime_ns: int, fingerprint: str) -> str | None:
        """The cache key of a page whose file looks untouched since the last run."""
        seen = self.pages.get(rel)
        if fingerprint == self.fingerprint and seen and seen[0] == size and seen[1] == mtime_ns:
            return str(seen[2])
        return None

    def outputs_intact(self, docs_dir: Path) -> bool:
        for name, (size, mtime_ns) in self.files.items():
            try:
                info = (docs_dir / name).stat()
            except OSError:
                return False
            if info.st_size != size or info.st_mtime_ns != mtime_ns:
                return False
        return True


def read_state(docs_dir: Path) -> RunState:
    try:
        data = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
        files = data.get("files") or {}
        if isinstance(files, list):
            files = {name: [-1, -1] for name in files}
        return RunState(
            fingerprint=str(data.get("fingerprint") or ""),
            pages=dict(data.get("pages") or {}),
            files={name: list(stat) for name, stat in files.items() if is_owned_name(name)},
            failed=[list(item) for item in data.get("failed") or ()],
            skipped=list(data.get("skipped") or ()),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return RunState()


def write_state(docs_dir: Path, state: RunState) -> None:
    data = {
        "fingerprint": state.fingerprint,
        "files": dict(sorted(state.files.items())),
        "pages": dict(sorted(state.pages.items())),
        "failed": state.failed,
        "skipped": state.skipped,
    }
    write_atomic(docs_dir / MANIFEST, json.dumps(data, indent=0, sort_keys=False) + "\n")


def prune_stale(docs_dir: Path, names: set[str]) -> int:
    removed = 0
    for name in sorted(names):
        if not is_owned_name(name):
            continue
        try:
            (docs_dir / name).unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


def is_owned_name(name: str) -> bool:
    # A tampered manifest must not make us delete anything outside DOCS_DIR.
    return name.endswith(".md") and "/" not in name and "\\" not in name and not name.startswith(".")

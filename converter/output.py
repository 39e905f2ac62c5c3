"""What the converter owns in DOCS_DIR, and what the last run saw.

`DOCS_DIR/.converter-manifest.json` records the files the converter wrote (only those are ever
replaced or removed, so hand-written pages are never touched), and the raw pages of the last
run with their size, modification time and cache key, so an unchanged re-run can stop early.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from converter.write import write_atomic

MANIFEST = ".converter-manifest.json"
T = TypeVar("T")


class PageSeen(NamedTuple):
    """A raw page as the last run saw it before reading it (stored as a JSON list)."""

    size: int
    mtime_ns: int
    key: str


class FileSeen(NamedTuple):
    """A file the converter wrote, as it left it."""

    size: int
    mtime_ns: int


@dataclass
class RunState:
    fingerprint: str = ""
    pages: dict[str, PageSeen] = field(default_factory=dict)  # by raw rel path
    files: dict[str, FileSeen] = field(default_factory=dict)  # by file name in DOCS_DIR
    failed: list[tuple[str, str]] = field(default_factory=list)  # (raw rel path, reason)
    skipped: list[str] = field(default_factory=list)

    def known_key(self, rel: str, size: int, mtime_ns: int, fingerprint: str) -> str | None:
        """The cache key of a page whose file looks untouched since the last run."""
        seen = self.pages.get(rel)
        if fingerprint == self.fingerprint and seen and seen.size == size and seen.mtime_ns == mtime_ns:
            return seen.key
        return None

    def outputs_intact(self, docs_dir: Path) -> bool:
        for name, seen in self.files.items():
            try:
                info = (docs_dir / name).stat()
            except OSError:
                return False
            if info.st_size != seen.size or info.st_mtime_ns != seen.mtime_ns:
                return False
        return True


def read_state(docs_dir: Path) -> tuple[RunState, str | None]:
    """What the last run saw, and why it cannot be used when it cannot (then: an empty state)."""
    path = docs_dir / MANIFEST
    if path.is_symlink():
        return RunState(), f"{path} is a symbolic link: ignored, every page is converted again"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _parse_state(data), None
    except FileNotFoundError:
        return RunState(), None
    except (OSError, ValueError, TypeError, RecursionError) as exc:
        # ValueError: not JSON, or not the shape written below (a hand edit, a damaged disk).
        return RunState(), f"{path} cannot be used ({type(exc).__name__}): ignored, every page is converted again"


def _parse_state(data: object) -> RunState:
    """The state `write_state` wrote, or ValueError when `data` is anything else."""
    data = _typed(data, dict)
    files = data.get("files") or {}
    if isinstance(files, list):  # an older manifest listed names only
        files = {_typed(name, str): [-1, -1] for name in files}
    return RunState(
        fingerprint=_typed(data.get("fingerprint") or "", str),
        pages={
            _typed(rel, str): PageSeen(*_record(seen, (int, int, str)))
            for rel, seen in _typed(data.get("pages") or {}, dict).items()
        },
        files={
            name: FileSeen(*_record(seen, (int, int)))
            for name, seen in _typed(files, dict).items()
            if is_owned_name(_typed(name, str))
        },
        failed=[tuple(_record(item, (str, str))) for item in _typed(data.get("failed") or [], list)],  # type: ignore[misc]
        skipped=[_typed(rel, str) for rel in _typed(data.get("skipped") or [], list)],
    )


def _typed(value: Any, kind: type[T]) -> T:
    if type(value) is not kind:  # not isinstance: True is an int, and must not pass for a size
        raise ValueError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


def _record(value: Any, kinds: tuple[type, ...]) -> list[Any]:
    items = _typed(value, list)
    if len(items) != len(kinds):
        raise ValueError(f"expected {len(kinds)} fields, found {len(items)}")
    return [_typed(item, kind) for item, kind in zip(items, kinds, strict=True)]


def write_state(docs_dir: Path, state: RunState) -> None:
    data = {
        "fingerprint": state.fingerprint,
        "files": dict(sorted(state.files.items())),
        "pages": dict(sorted(state.pages.items())),
        "failed": state.failed,
        "skipped": state.skipped,
    }
    # The rename replaces a symbolic link itself, never the file it points to.
    write_atomic(docs_dir / MANIFEST, json.dumps(data, indent=0, sort_keys=False) + "\n")


def prune_stale(docs_dir: Path, names: set[str]) -> tuple[int, dict[str, str]]:
    """Remove articles no page gives any more: (how many went, {name: why} for those that could not)."""
    removed = 0
    kept: dict[str, str] = {}
    for name in sorted(names):
        if not is_owned_name(name):
            continue
        try:
            (docs_dir / name).unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:  # still ours: tried again next run
            kept[name] = f"cannot remove: {exc.strerror or exc}"
    return removed, kept


def is_owned_name(name: str) -> bool:
    # A tampered manifest must not make us delete anything outside DOCS_DIR.
    return name.endswith(".md") and "/" not in name and "\\" not in name and not name.startswith(".")

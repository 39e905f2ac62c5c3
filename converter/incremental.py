"""What the last run did, so a re-run converts only what changed: the manifest and the cache.

`DOCS_DIR/.converter-manifest.json` (the manifest) records the files the converter wrote with their
size and modification time (only those are ever replaced or removed, and only while they still have
them: hand-written pages, and articles edited by hand since, are never touched), and the raw pages of
the last run with their size, modification time and cache key, so an unchanged re-run can stop early.

A page's cache key hashes the converter's fingerprint (version, source code, options), the page's
path and its bytes: change any of them and the page is converted again. Entries live in one
SQLite file, `DOCS_DIR/.converter-cache.sqlite` (MkDocs ignores dot-files), each the JSON of the
extraction or the reason it failed, so a re-run reports the same failures without redoing them.
One transactional file instead of a file per page: creating thousands of small files cost more
than converting the pages, and a killed run leaves the last committed cache intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from converter import __version__
from converter.article import Article, Extraction
from converter.errors import ConverterError
from converter.write import write_atomic

if TYPE_CHECKING:
    from converter.assemble import Sketch

MANIFEST = ".converter-manifest.json"
CACHE_FILE = ".converter-cache.sqlite"
T = TypeVar("T")


# The manifest.
class PageSeen(NamedTuple):
    """A raw page as the last run saw it before reading it (stored as a JSON list)."""

    size: int
    mtime_ns: int
    key: str


class FileSeen(NamedTuple):
    """A file the converter wrote, as it left it (another size or mtime now: edited by hand since)."""

    size: int
    mtime_ns: int


# A file still ours whose state is not known (one that could not be removed): it matches no file, so
# the next run looks at it again, and it is never taken for a file edited by hand.
UNKNOWN_FILE = FileSeen(-1, -1)


@dataclass
class RunState:
    fingerprint: str = ""
    pages: dict[str, PageSeen] = field(default_factory=dict)  # by raw rel path
    files: dict[str, FileSeen] = field(default_factory=dict)  # by file name in DOCS_DIR
    failed: list[tuple[str, str]] = field(default_factory=list)  # (raw rel path, reason)
    skipped: list[str] = field(default_factory=list)

    def outputs_intact(self, docs_dir: Path) -> bool:
        folder = os.fspath(docs_dir)
        for name, seen in self.files.items():
            try:
                # A string path: a Path object per file was most of an unchanged re-run's time here.
                info = os.stat(os.path.join(folder, name))  # noqa: PTH116, PTH118
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
    return RunState(
        fingerprint=_typed(data.get("fingerprint") or "", str),
        pages={_typed(rel, str): _page_seen(seen) for rel, seen in _typed(data.get("pages") or {}, dict).items()},
        files={
            name: _file_seen(seen)
            for name, seen in _typed(data.get("files") or {}, dict).items()
            if is_owned_name(_typed(name, str))
        },
        failed=[tuple(_record(item, (str, str))) for item in _typed(data.get("failed") or [], list)],
        skipped=[_typed(rel, str) for rel in _typed(data.get("skipped") or [], list)],
    )


# A manifest holds a record per page and per file: the shapes written are checked inline first (a third of an
# unchanged re-run's reading of it went into `_record`'s general checks), `_record` saying what is wrong otherwise.
def _page_seen(value: Any) -> PageSeen:
    if type(value) is list and len(value) == 3:
        size, mtime_ns, key = value
        if type(size) is int and type(mtime_ns) is int and type(key) is str:
            return PageSeen(size, mtime_ns, key)
    return PageSeen(*_record(value, (int, int, str)))


def _file_seen(value: Any) -> FileSeen:
    if type(value) is list and len(value) == 2:
        size, mtime_ns = value
        if type(size) is int and type(mtime_ns) is int:
            return FileSeen(size, mtime_ns)
    return FileSeen(*_record(value, (int, int)))


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


# The cache.


@cache
def code_fingerprint() -> str:
    """Version plus a digest of the converter's own source: any code change invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py"), key=lambda path: path.parts):  # as Path's own order, without its cost
        if "site" in path.relative_to(package).parts:
            continue  # the MkDocs plugin does not change what the converter writes
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def page_key(fingerprint: str, rel: str, data: bytes) -> str:
    digest = hashlib.sha256()
    for part in (fingerprint.encode(), rel.encode("utf-8", "surrogatepass"), data):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


@dataclass(frozen=True)
class CachedFailure:
    reason: str


CacheEntry = Extraction | CachedFailure


class CacheLookup:
    """Whether the page cache holds a key, asked in the worker processes during the survey (the main process
    only reads the cache until the survey ends): each process opens the file once, read-only. A cache that
    cannot be read holds nothing, so its pages are converted (the main process says why, once)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path  # None: nothing is looked up (every page is converted)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}  # sent to the workers with each task: the path alone

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]

    def __contains__(self, key: str) -> bool:
        db = self._reader()
        if db is None:
            return False
        try:
            return bool(db.execute("SELECT 1 FROM entries WHERE key = ? LIMIT 1", (key,)).fetchall())
        except sqlite3.Error:
            return False

    def _reader(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        opened = (os.getpid(), self.path)  # a connection never crosses a fork
        if opened not in _READERS:
            _READERS[opened] = _open_read_only(self.path)
        return _READERS[opened]

    def close(self) -> None:
        """Close this process's connection (the workers' close as they exit)."""
        db = _READERS.pop((os.getpid(), self.path), None) if self.path is not None else None
        if db is not None:
            db.close()


_READERS: dict[tuple[int, Path], sqlite3.Connection | None] = {}


def _open_read_only(path: Path) -> sqlite3.Connection | None:
    if path.is_symlink() or not path.is_file():  # as PageCache: never read through a link
        return None
    try:
        return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None


class PageCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        # What was wrong with the cache, said once each (the pages concerned are converted again).
        self.problems: list[str] = []
        self._damaged_entries = 0

    @classmethod
    def of(cls, docs_dir: Path) -> PageCache:
        return cls(docs_dir / CACHE_FILE)

    def __enter__(self) -> PageCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = self._open_or_replace()
        return self._db

    def _open_or_replace(self) -> sqlite3.Connection:
        if self.path.is_symlink() or (self.path.exists() and not self.path.is_file()):
            # Never write through a link (it may point outside DOCS_DIR), nor remove what is not ours.
            self.problems.append(f"{self.path} is not a plain file: ignored, and no page is remembered this run")
            return self._open(":memory:")
        try:
            return self._open(self.path)
        except sqlite3.DatabaseError as exc:
            self.problems.append(f"{self.path} cannot be used ({exc}): started again")
        # A damaged cache only means converting again: start a new one.
        try:
            self.path.unlink(missing_ok=True)
            return self._open(self.path)
        except (OSError, sqlite3.DatabaseError):
            return self._open(":memory:")

    @staticmethod
    def _open(path: Path | str) -> sqlite3.Connection:
        db = sqlite3.connect(path)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        except BaseException:
            db.close()
            raise
        return db

    def get(self, key: str) -> CacheEntry | None:
        try:
            row = self._connect().execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
            if not row:
                return None
            entry = _decode(json.loads(row[0]))
            # Only an entry this code wrote comes back: one of the wrong shape or types would not.
            if encode_entry(entry) == row[0]:
                return entry
        except (sqlite3.Error, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            pass
        self._damaged_entries += 1
        if self._damaged_entries == 1:
            self.problems.append(f"{self.path} holds damaged entries: their pages are converted again")
        return None

    def put(self, key: str, entry: CacheEntry) -> str | None:
        return self.store(key, encode_entry(entry))

    def store(self, key: str, value: str) -> str | None:
        """Keep an entry already encoded by `encode_entry` (workers encode, so the main process need not).

        Returns why the entry's text cannot be stored (a lone surrogate, say), else None; a failure of
        the disk only means the page is converted again next time.
        """
        try:
            self._connect().execute("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", (key, value))
        except UnicodeEncodeError as exc:
            return f"its text holds a character UTF-8 cannot store ({exc.reason})"
        except sqlite3.Error:
            pass
        return None

    def prune(self, keep: set[str]) -> None:
        with suppress(sqlite3.Error):
            db = self._connect()
            stale = [(key,) for (key,) in db.execute("SELECT key FROM entries") if key not in keep]
            db.executemany("DELETE FROM entries WHERE key = ?", stale)

    def close(self) -> None:
        if self._db is not None:
            with suppress(sqlite3.Error):
                self._db.commit()
            self._db.close()
            self._db = None


# A page's result as a worker hands it back: its entry, its cache value (None: not to be stored), its sketch.
PageOutcome = tuple[CacheEntry, str | None, "Sketch | None"]


def page_outcome(result: Extraction | ConverterError) -> PageOutcome:
    """A page's result as the run keeps it: the entry, its cache value and its body sketch, computed in the
    worker so the main process (which alone assembles and stores) has less to do. A failure of the machine
    rather than of the page (out of time, out of memory, unreadable) has no cache value: a later run (with a
    higher limit, say) converts it again."""
    from converter.assemble import body_sketch  # (loaded in the workers: an unchanged re-run needs none of it)

    try:
        entry = CachedFailure(result.reason) if isinstance(result, ConverterError) else result
        sketch = body_sketch(entry.article.body) if isinstance(entry, Extraction) else None
        value = encode_entry(entry)
    except Exception as exc:  # noqa: BLE001 - the page's content broke the encoding: it fails alone
        entry, sketch = CachedFailure(f"internal error: {type(exc).__name__}: {exc}"), None
        value = encode_entry(entry)
    return entry, None if isinstance(result, ConverterError) and result.transient else value, sketch


def encode_entry(entry: CacheEntry) -> str:
    """The stored form of an entry: JSON text."""
    return json.dumps(_encode(entry), ensure_ascii=False, sort_keys=True)


def _encode(entry: CacheEntry) -> dict[str, Any]:
    if isinstance(entry, CachedFailure):
        return {"failed": entry.reason}
    return {
        "article": _encode_article(entry.article),
        "embedded": [_encode_article(article) for article in entry.embedded],
    }


def _encode_article(article: Article) -> dict[str, Any]:
    return {"meta": article.front_matter(), "body": article.body}


def _decode(data: dict[str, Any]) -> CacheEntry:
    if "failed" in data:
        return CachedFailure(str(data["failed"]))
    return Extraction(
        article=_decode_article(data["article"]),
        embedded=tuple(_decode_article(item) for item in data["embedded"]),
    )


def _decode_article(data: dict[str, Any]) -> Article:
    return Article.from_front_matter(data["meta"], data["body"])

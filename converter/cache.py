"""What the last run converted, so an unchanged page is not converted again.

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
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from converter import __version__
from converter.article import Article, Extraction

CACHE_FILE = ".converter-cache.sqlite"


@cache
def code_fingerprint() -> str:
    """Version plus a digest of the converter's own source: any code change invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
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

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

    @classmethod
    def of(cls, docs_dir: Path) -> PageCache:
        return cls(docs_dir / CACHE_FILE)

    def __enter__(self) -> PageCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self._db = self._open()
            except sqlite3.DatabaseError:
                # A damaged cache only means converting again: start a new one.
                self.path.unlink(missing_ok=True)
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        return db

    def get(self, key: str) -> CacheEntry | None:
        try:
            row = self._connect().execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
            return _decode(json.loads(row[0])) if row else None
        except (sqlite3.Error, ValueError, KeyError, TypeError, AttributeError):
            return None  # a missing or damaged entry only means converting again

    def put(self, key: str, entry: CacheEntry) -> None:
        self.store(key, encode_entry(entry))

    def store(self, key: str, value: str) -> None:
        """Keep an entry already encoded by `encode_entry` (workers encode, so the main process need not)."""
        with suppress(sqlite3.Error):
            self._connect().execute("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", (key, value))

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

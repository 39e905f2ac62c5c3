"""What the last run converted, so an unchanged page is not converted again.

A page's cache key hashes the converter's fingerprint (version, source code, options), the page's
path and its bytes: change any of them and the page is converted again. Entries live under
`DOCS_DIR/.converter-cache/` (MkDocs ignores dot-folders), one JSON file per key, holding the
extraction or the reason it failed, so a re-run reports the same failures without redoing them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from converter import __version__
from converter.article import Article, Extraction
from converter.write import write_atomic

CACHE_DIR = ".converter-cache"


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
    def __init__(self, docs_dir: Path) -> None:
        self.root = docs_dir / CACHE_DIR

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> CacheEntry | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return _decode(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # a missing or damaged entry only means converting again

    def put(self, key: str, entry: CacheEntry) -> None:
        write_atomic(self._path(key), json.dumps(_encode(entry), ensure_ascii=False, sort_keys=True))

    def prune(self, keep: set[str]) -> None:
        if not self.root.is_dir():
            return
        for path in self.root.glob("*/*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)


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

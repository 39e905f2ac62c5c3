"""A prebuilt, sharded full-text index for the browser, read by `assets/archive-search.js`.

Material's lunr worker rebuilds its index from the full text on every page load, which takes
seconds at a few thousand articles. This index is built once here: an inverted index split into
one small JSON file per two-letter term prefix, so a query fetches only the shards of its
words, plus one file with each document's location and title.

Tokenisation must match the worker's: NFKC, lower case, runs of letters and digits.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from array import array
from collections import Counter
from pathlib import Path

_TOKEN = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
_SKIP = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)

TITLE_WEIGHT = 10
NAME_WEIGHT = 5


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def html_text(markup: str) -> str:
    """Visible text of rendered page HTML."""
    return html.unescape(_TAG.sub(" ", _SKIP.sub(" ", markup)))


def shard_key(term: str) -> str:
    return term[:2]


def shard_name(key: str) -> str:
    """A URL-safe file name for a shard key, whatever its script."""
    return "-".join(f"{ord(c):x}" for c in key) + ".json"


class SearchIndexBuilder:
    """Collects documents during the build; `write` lays out the shards."""

    def __init__(self) -> None:
        self.docs: list[list[str]] = []
        # Postings as compact arrays: 10,000 articles make millions of (doc, weight) pairs.
        self.postings: dict[str, tuple[array, array]] = {}

    def add(self, location: str, title: str, info: str, fields: list[tuple[str, int]]) -> None:
        """One document; `fields` are (text, weight) pairs such as (title, 10), (body, 1)."""
        doc_id = len(self.docs)
        counts: Counter[str] = Counter()
        for text, weight in fields:
            found = Counter(tokens(text))
            if weight != 1:
                found = Counter({term: n * weight for term, n in found.items()})
            counts.update(found)
        for term, weight in counts.items():
            lists = self.postings.get(term)
            if lists is None:
                lists = self.postings[term] = (array("I"), array("I"))
            lists[0].append(doc_id)
            lists[1].append(weight)
        self.docs.append([location, title, info])

    def write(self, out_dir: Path) -> dict[str, int]:
        """Write `docs.json` and the shards; return sizes in bytes for the build log and the bench."""
        out_dir.mkdir(parents=True, exist_ok=True)
        shards: dict[str, dict[str, list[list[int]]]] = {}
        for term in sorted(self.postings):
            ids, weights = self.postings[term]
            deltas = [ids[0]] + [ids[i] - ids[i - 1] for i in range(1, len(ids))]
            # Weight 1 is the common case: leave the list out then.
            entry = [deltas] if all(w == 1 for w in weights) else [deltas, list(weights)]
            shards.setdefault(shard_key(term), {})[term] = entry
        total = 0
        largest = 0
        for key, terms in shards.items():
            data = json.dumps(terms, ensure_ascii=False, separators=(",", ":")).encode()
            (out_dir / shard_name(key)).write_bytes(data)
            total += len(data)
            largest = max(largest, len(data))
        docs = json.dumps({"n": len(self.docs), "docs": self.docs}, ensure_ascii=False, separators=(",", ":")).encode()
        (out_dir / "docs.json").write_bytes(docs)
        return {"docs": len(self.docs), "terms": len(self.postings), "shards": len(shards),
                "bytes": total + len(docs), "docs_bytes": len(docs), "largest_shard": largest}

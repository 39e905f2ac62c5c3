"""A prebuilt, sharded full-text index for the browser, read by `assets/archive-search.js`.

Material's lunr worker rebuilds its index from the full text on every page load, which takes
seconds at a few thousand articles. This index is built once here: an inverted index split into
one small JSON file per three-letter term prefix, so a query fetches only the shards of its
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
from operator import sub
from pathlib import Path

_TOKEN = re.compile(r"[^\W_]+")
# A tag ends at `>` or where the next one starts: `<[^>]*>` rescanned to the end from every `<`
# of a page full of unclosed ones.
_TAG = re.compile(r"<[^<>]*>")
_SKIPPED_OPEN = re.compile(r"<(script|style)\b", re.I)
_SKIPPED_CLOSE = {"script": re.compile(r"</script>", re.I), "style": re.compile(r"</style>", re.I)}

TITLE_WEIGHT = 10
NAME_WEIGHT = 5


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def html_text(markup: str) -> str:
    """Visible text of rendered page HTML."""
    return html.unescape(_TAG.sub(" ", _without_scripts(markup)))


def _without_scripts(markup: str) -> str:
    """The markup with each `<script>`/`<style>` element replaced by a space.

    A loop rather than `<(script|style)\\b.*?</\\1>`, which scans to the end of the page from every
    unclosed opening tag: here a kind whose end tag is missing is never looked for again.
    """
    parts: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    for match in _SKIPPED_OPEN.finditer(markup):
        kind = match.group(1).lower()
        if match.start() < pos or kind in unclosed:
            continue
        end = _SKIPPED_CLOSE[kind].search(markup, match.end())
        if end is None:
            unclosed.add(kind)
            continue
        parts += [markup[pos : match.start()], " "]
        pos = end.end()
    parts.append(markup[pos:])
    return "".join(parts)


PREFIX_LENGTH = 3  # the worker's too: a shard holds every term sharing its first three letters


def shard_key(term: str) -> str:
    return term[:PREFIX_LENGTH]


def shard_name(key: str) -> str:
    """A URL-safe file name for a shard key, whatever its script."""
    return "-".join(f"{ord(c):x}" for c in key) + ".json"


def fnv1a(term: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes; the worker computes the same to find a term's positions file."""
    h = 0x811C9DC5
    for byte in term.encode():
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


class SearchIndexBuilder:
    """Collects documents during the build; `write` lays out the shards.

    Besides the term shards (doc ids and weights), it keeps each term's word positions in the body,
    written to separate files bucketed by a hash of the term (`p/<n>.json`). The worker fetches them
    only for a query of several words (its six rarest) to rank documents holding the exact phrase first.
    """

    def __init__(self) -> None:
        self.docs: list[list[str]] = []
        # Postings as compact arrays: 10,000 articles make millions of (doc, weight) pairs.
        self.postings: dict[str, tuple[array, array]] = {}
        # Per term: body positions of every posting, flat, and how many belong to each posting.
        self.positions: dict[str, tuple[array, array]] = {}

    def add(self, location: str, title: str, info: str, *, names: str = "", body: str = "") -> None:
        """One document: its title (weight 10), names of authors, source and tags (5) and body text (1)."""
        doc_id = len(self.docs)
        body_tokens = tokens(body)
        where: dict[str, list[int]] = {}
        for i, term in enumerate(body_tokens):
            found = where.get(term)
            if found is None:
                where[term] = [i]
            else:
                found.append(i)
        counts: Counter[str] = Counter({term: len(p) for term, p in where.items()})
        for text, weight in ((title, TITLE_WEIGHT), (names, NAME_WEIGHT)):
            counts.update({term: n * weight for term, n in Counter(tokens(text)).items()})
        for term, weight in counts.items():
            lists = self.postings.get(term)
            if lists is None:
                lists = self.postings[term] = (array("I"), array("I"))
                self.positions[term] = (array("I"), array("I"))
            lists[0].append(doc_id)
            lists[1].append(weight)
            spots = where.get(term, ())
            flat, sizes = self.positions[term]
            flat.extend(spots)
            sizes.append(len(spots))
        self.docs.append([location, title, info])

    def buckets(self) -> int:
        """Number of positions files: about one per 8 documents, a power of two."""
        n = 16
        while n * 8 < len(self.docs):
            n *= 2
        return n

    def write(self, out_dir: Path) -> dict[str, int]:
        """Write `docs.json`, the term shards and the positions files; return sizes for the log and the bench."""
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "p").mkdir(exist_ok=True)
        nbuckets = self.buckets()
        shards: dict[str, dict[str, list[list[int]]]] = {}
        buckets: dict[int, dict[str, list[list[int]]]] = {}
        for term in sorted(self.postings):
            ids, weights = self.postings[term]
            deltas = [ids[0], *map(sub, ids[1:], ids[:-1])]
            # Weight 1 is the common case: leave the list out then.
            entry = [deltas] if weights.count(1) == len(weights) else [deltas, weights.tolist()]
            shards.setdefault(shard_key(term), {})[term] = entry
            # [positions per posting, all positions]: flat lists serialise without a Python loop per document.
            flat, sizes = self.positions[term]
            buckets.setdefault(fnv1a(term) % nbuckets, {})[term] = [sizes.tolist(), flat.tolist()]
        total = largest = 0
        for key, terms in shards.items():
            data = _json(terms)
            (out_dir / shard_name(key)).write_bytes(data)
            total += len(data)
            largest = max(largest, len(data))
        positions = 0
        for bucket, terms in buckets.items():
            data = _json(terms)
            (out_dir / "p" / f"{bucket}.json").write_bytes(data)
            positions += len(data)
        docs = _json({"n": len(self.docs), "buckets": nbuckets, "docs": self.docs})
        (out_dir / "docs.json").write_bytes(docs)
        return {"docs": len(self.docs), "terms": len(self.postings), "shards": len(shards),
                "bytes": total + len(docs) + positions, "docs_bytes": len(docs), "largest_shard": largest,
                "positions_bytes": positions}


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


# -- building the index on a second core -----------------------------------------------------------

_WORKER_BUILDER: SearchIndexBuilder | None = None


def _worker_add(batch: list[tuple[str, str, str, str, str]]) -> None:
    global _WORKER_BUILDER
    if _WORKER_BUILDER is None:
        _WORKER_BUILDER = SearchIndexBuilder()
    for location, title, info, names, page_html in batch:
        _WORKER_BUILDER.add(location, title, info, names=names, body=html_text(page_html))


def _worker_write(out_dir: str) -> dict[str, int]:
    builder = _WORKER_BUILDER or SearchIndexBuilder()
    return builder.write(Path(out_dir))


class BackgroundIndex:
    """Tokenises and writes the index in one child process while MkDocs renders pages.

    MkDocs builds on one core; indexing 10,000 articles costs ~30 s of CPU, which the second core
    absorbs. Documents arrive in batches and a single worker keeps them in order.
    """

    BATCH = 200

    def __init__(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: MkDocs (or a test runner) may have threads running.
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self.batch: list[tuple[str, str, str, str, str]] = []
        self.pending: list = []

    def add_html(self, location: str, title: str, info: str, names: str, page_html: str) -> None:
        self.batch.append((location, title, info, names, page_html))
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.batch:
            self.pending.append(self.pool.submit(_worker_add, self.batch))
            self.batch = []

    def write(self, out_dir: Path) -> dict[str, int]:
        self._flush()
        try:
            for future in self.pending:
                future.result()
            return self.pool.submit(_worker_write, str(out_dir)).result()
        finally:
            self.close()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class ForegroundIndex:
    """The same interface, in this process: for one-core machines and `parallel_index: false`."""

    def __init__(self) -> None:
        self.builder = SearchIndexBuilder()

    def add_html(self, location: str, title: str, info: str, names: str, page_html: str) -> None:
        self.builder.add(location, title, info, names=names, body=html_text(page_html))

    def write(self, out_dir: Path) -> dict[str, int]:
        return self.builder.write(out_dir)

    def close(self) -> None:
        pass

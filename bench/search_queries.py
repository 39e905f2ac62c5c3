"""Known-answer queries made from the bench's articles, and the figures that score an engine on them.

Each query names the one article a reader typing it is looking for. Kinds, one query of each
kind per chosen article where the article allows it:

    title    three words of the title, lower case            "wysune orlobawy annean"
    phrase   four words of the body, in quotes               '"anzu fenpo dar dedeis"'
    pasted   twelve words of the body as pasted, unquoted    'Kaka griunra elwyvi … ka kadeun.'
    author   a planted accented author name, as written      "Gérard Rodríguez-Brontë"
    folded   the same name, typed without accents or hyphen  "gerard rodriguez bronte"
    rare     a planted made-up word                           "berexb"
    stem     a planted past-tense verb, typed as "-ing"       "walking" (the article says "walked")

A query is kept only when its answer is unambiguous: no other article holds the phrase, the
three title words, the name or the word.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from search_corpus import Plant, Record, fold, words

KINDS = ("title", "phrase", "pasted", "author", "folded", "rare", "stem")
TOP = 5  # recall@5


@dataclass(frozen=True)
class Query:
    kind: str
    text: str
    target: str  # the location of the article it should find


def make_queries(records: Sequence[Record], planted: dict[str, Plant], per_kind: int, seed: int = 29) -> list[Query]:
    """Up to `per_kind` queries of each kind, deterministic for a given corpus and seed."""
    rng = random.Random(seed)
    folded_bodies = [" ".join(words(r.body)) for r in records]
    title_sets = [set(words(r.title)) for r in records]
    queries: list[Query] = []
    order = list(range(len(records)))
    rng.shuffle(order)
    made = dict.fromkeys(("title", "phrase", "pasted"), 0)
    for i in order:
        if all(n >= per_kind for n in made.values()):
            break
        record = records[i]
        paragraphs = record.paragraphs()
        if made["title"] < per_kind:
            # The title's last word is bench_site's serial number: a reader remembers words, not that.
            title_words = list(dict.fromkeys(words(record.title)[:-1]))
            if len(title_words) >= 3:
                chosen = rng.sample(title_words, 3)
                if sum(set(chosen) <= t for t in title_sets) == 1:
                    queries.append(Query("title", " ".join(chosen), record.location))
                    made["title"] += 1
        for kind, size in (("phrase", 4), ("pasted", 12)):
            if made[kind] >= per_kind:
                continue
            paragraph = rng.choice(paragraphs).split()
            start = rng.randrange(len(paragraph) - size)
            span = paragraph[start : start + size]
            needle = " ".join(words(" ".join(span)))
            if sum(needle in body for body in folded_bodies) != 1:
                continue
            text = f'"{" ".join(span).strip(".,")}"' if kind == "phrase" else " ".join(span)
            queries.append(Query(kind, text, record.location))
            made[kind] += 1
    for location, facts in sorted(planted.items())[:per_kind]:
        queries += [
            Query("author", facts.author, location),
            Query("folded", " ".join(words(facts.author)), location),
            Query("rare", facts.rare, location),
            Query("stem", facts.verb + "ing", location),
        ]
    assert len({q.text for q in queries}) == len(queries), "queries must differ: the search box skips a repeat"
    return sorted(queries, key=lambda q: (KINDS.index(q.kind), q.target))


def rank(target: str, locations: Sequence[str]) -> int | None:
    """1-based rank of `target` among the shown results, None when it is not shown."""
    for i, location in enumerate(locations):
        if location.split("#")[0] == target:
            return i + 1
    return None


@dataclass(frozen=True)
class Quality:
    queries: int
    mrr: float
    recall_at_5: float


def quality(ranks: Iterable[int | None]) -> Quality:
    """Mean reciprocal rank (0 for a miss) and the share of queries answered in the top five."""
    ranks = list(ranks)
    if not ranks:
        return Quality(0, 0.0, 0.0)
    mrr = statistics.fmean(1 / r if r else 0.0 for r in ranks)
    recall = statistics.fmean(1.0 if r and r <= TOP else 0.0 for r in ranks)
    return Quality(len(ranks), mrr, recall)


def documents_with(records: Sequence[Record], word: str) -> int:
    """Articles whose title, names or body hold `word` (accents folded): the exact count a result list should say."""
    target = fold(word)
    return sum(target in set(words(" ".join([r.title, *r.authors, r.source, *r.tags, r.body]))) for r in records)

"""The search bench's facet truth: counts of articles per facet value, from the front matter."""

from __future__ import annotations

from search_corpus import Record
from search_pagefind import facet_counts


def _record(location: str = "articles/x/", **changes: object) -> Record:
    fields: dict = {
        "location": location,
        "title": "Title",
        "authors": ("Zoë & Co",),
        "source": "The Daily",
        "date": "2019-02-06",
        "tags": ("a", "b"),
        "body": "Body one.\n\nBody two.",
    }
    return Record(**(fields | changes))


def test_facet_counts_count_articles_not_mentions() -> None:
    records = [_record("1/"), _record("2/", authors=("Zoë & Co", "Ann"), tags=("a", "a")), _record("3/", date="")]
    counts = facet_counts(records)
    assert counts["author"] == {"Zoë & Co": 3, "Ann": 1}
    assert counts["tag"] == {"a": 3, "b": 2}
    assert counts["year"] == {"2019": 2}
    assert counts["source"] == {"The Daily": 3}

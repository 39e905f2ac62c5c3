"""Known-answer queries and their scores."""

from __future__ import annotations

import bench_site
import pytest
from search_corpus import Record, load_records, plant, words
from search_queries import KINDS, documents_with, make_queries, quality, rank


def test_rank_is_one_based_and_ignores_anchors() -> None:
    shown = ["articles/a/", "articles/b/#related", "articles/c/"]
    assert rank("articles/a/", shown) == 1
    assert rank("articles/b/", shown) == 2
    assert rank("articles/d/", shown) is None


def test_quality_by_hand() -> None:
    # Reciprocal ranks 1, 1/2, 0, 1/5, 1/6: their mean is 0.37333…; three of five in the top five.
    figures = quality([1, 2, None, 5, 6])
    assert figures.queries == 5
    assert figures.mrr == pytest.approx((1 + 0.5 + 0 + 0.2 + 1 / 6) / 5)
    assert figures.recall_at_5 == pytest.approx(0.6)
    assert quality([]).mrr == 0.0


def _record(location: str, title: str, body: str, authors: tuple[str, ...] = ()) -> Record:
    return Record(
        location=location,
        title=title,
        authors=authors,
        source="The Daily",
        date="2020-01-02",
        tags=("news",),
        body=body,
    )


def test_documents_with_folds_accents_and_reads_every_field() -> None:
    records = [
        _record("a/", "Café society", "nothing here"),
        _record("b/", "Other", "at the cafe today"),
        _record("c/", "Third", "no match", authors=("Zoë Cafè",)),
        _record("d/", "Fourth", "cafeteria"),
    ]
    assert documents_with(records, "café") == 3
    assert documents_with(records, "news") == 4


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Record], dict]:
    docs = tmp_path_factory.mktemp("corpus") / "docs"
    bench_site.generate(120, docs)
    planted = plant(docs, 12)
    return load_records(docs), planted


def test_every_kind_is_made_and_queries_differ(corpus: tuple[list[Record], dict]) -> None:
    records, planted = corpus
    queries = make_queries(records, planted, per_kind=8)
    assert {q.kind for q in queries} == set(KINDS)
    assert all(sum(q.kind == kind for q in queries) == 8 for kind in KINDS)
    assert len({q.text for q in queries}) == len(queries)
    assert queries == make_queries(records, planted, per_kind=8)


def test_each_answer_is_the_only_article_that_fits(corpus: tuple[list[Record], dict]) -> None:
    records, planted = corpus
    titles = {r.location: set(words(r.title)) for r in records}
    bodies = {r.location: " ".join(words(r.body)) for r in records}
    names_and_body = {r.location: set(words(" ".join([*r.authors, r.body]))) for r in records}
    queries = make_queries(records, planted, per_kind=8)
    for query in queries:
        asked = words(query.text)
        if query.kind == "title":
            fits = [loc for loc, title in titles.items() if set(asked) <= title]
        elif query.kind in ("phrase", "pasted"):
            fits = [loc for loc, body in bodies.items() if " ".join(asked) in body]
        elif query.kind == "stem":
            assert query.text.endswith("ing")
            fits = [loc for loc, seen in names_and_body.items() if query.text.removesuffix("ing") + "ed" in seen]
        else:  # author, folded, rare: every word of the query in the article's names or body
            fits = [loc for loc, seen in names_and_body.items() if set(asked) <= seen]
        assert fits == [query.target], query
    phrases = [q.text for q in queries if q.kind == "phrase"]
    assert all(p.startswith('"') and p.endswith('"') for p in phrases)

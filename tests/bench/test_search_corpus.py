"""The search bench's corpus: planted facts, folding, records read back from the Markdown."""

from __future__ import annotations

from pathlib import Path

import bench_site
import pytest
from search_corpus import fold, load_records, plant, rare_word, words


def test_fold_drops_accents_and_case() -> None:
    assert fold("Gérard Rodríguez-Müller") == "gerard rodriguez-muller"
    assert fold("Dvořák Čapek Ångström") == "dvorak capek angstrom"
    assert words("Zoë Désiré-Ibáñez, 2019.") == ["zoe", "desire", "ibanez", "2019"]


def test_rare_words_are_unique_and_outside_the_generator_vocabulary() -> None:
    import random

    rng = random.Random(1)
    made = [rare_word(i, rng) for i in range(500)]
    assert len(set(made)) == 500
    # bench_site's made-up words are built from syllables without an x.
    assert all("x" not in syllable for syllable in bench_site.SYLLABLES)
    assert all("x" in word for word in made)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    bench_site.generate(40, tmp_path / "docs")
    return tmp_path / "docs"


def test_plant_writes_each_fact_into_one_article(docs: Path) -> None:
    planted = plant(docs, 10)
    assert len(planted) == 10
    records = {r.location: r for r in load_records(docs)}
    assert len(records) == 40
    for location, facts in planted.items():
        record = records[location]
        assert record.authors[0] == facts.author
        body = words(record.body)
        assert facts.rare in body
        assert facts.verb + "ed" in body
        others = [r for loc, r in records.items() if loc != location]
        assert not any(facts.rare in words(r.body) for r in others)
        assert not any(facts.author in r.authors for r in others)
    assert len({f.author for f in planted.values()}) == 10


def test_plant_is_deterministic(docs: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    bench_site.generate(40, again)
    assert plant(docs, 5) == plant(again, 5)
    assert load_records(docs) == load_records(again)


def test_records_carry_the_front_matter(docs: Path) -> None:
    record = load_records(docs)[0]
    text = (docs / "articles" / "article-00000.md").read_text("utf-8")
    assert record.location == "articles/article-00000/"
    assert f"title: {record.title}" in text
    assert record.year == record.date[:4]
    assert len(record.tags) == 3
    assert all(not p.startswith("#") for p in record.paragraphs())
    assert len(record.paragraphs()) == 10

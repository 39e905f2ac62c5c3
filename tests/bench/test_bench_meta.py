"""bench_meta: each fold picks its numbers on the other sites' pages, by the field they decide."""

from __future__ import annotations

import bench_meta
import pytest
from bench_meta import _best, field_score


def rows(title: list[float]) -> list[dict[str, float | None]]:
    return [{"title": t, "authors_p": 1.0, "authors_r": None, "date": None, "date_1": None} for t in title]


def test_the_value_best_on_the_given_pages_wins_and_ties_go_to_the_shipped_value(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(bench_meta, "GRIDS", {"_HEADLINE_WORDS": [2, 3, 4]})
    by_value = {
        ("_HEADLINE_WORDS", 2): rows([1, 0, 0]),
        ("_HEADLINE_WORDS", 3): rows([1, 1, 0]),
        ("_HEADLINE_WORDS", 4): rows([0, 1, 1]),
    }
    assert _best("_HEADLINE_WORDS", by_value, [0, 1], shipped=4) == 3  # 2 pages right against 1 and 1
    assert _best("_HEADLINE_WORDS", by_value, [1, 2], shipped=4) == 4
    assert _best("_HEADLINE_WORDS", by_value, [1], shipped=4) == 4  # 3 and 4 tie: the shipped one
    assert _best("_HEADLINE_WORDS", by_value, [1], shipped=2) == 3  # a tie without it: the smaller


def test_authors_are_scored_by_precision_and_recall_title_by_a_match():
    page = {"title": 0.0, "authors_p": 0.5, "authors_r": 1.0, "date": None, "date_1": None}
    assert field_score(page, "authors") == 0.75
    assert field_score({**page, "authors_r": None}, "authors") == 0.5  # no labelled author: precision only
    assert field_score(page, "title") == 0.0


def test_every_number_in_the_grids_is_a_metadata_setting_with_a_field():
    from converter.html import metadata

    for name in bench_meta.GRIDS:
        assert isinstance(getattr(metadata, name), int) and bench_meta.FIELD_OF[name] in ("title", "authors")
        assert getattr(metadata, name) in bench_meta.GRIDS[name]  # the shipped value is one the folds can choose


def test_a_fold_sets_all_its_chosen_numbers_at_once_and_restores_them():
    from converter.html import metadata

    shipped = (metadata._LABEL_WORDS, metadata._CREDIT_WINDOW)
    with bench_meta.setting({"_LABEL_WORDS": 99, "_CREDIT_WINDOW": 98}):
        assert (metadata._LABEL_WORDS, metadata._CREDIT_WINDOW) == (99, 98)
    assert shipped == (metadata._LABEL_WORDS, metadata._CREDIT_WINDOW)

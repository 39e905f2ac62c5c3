"""The run model: which run of prose is the article, and which runs it learns from."""

from __future__ import annotations

import sys
from pathlib import Path

from converter.textdump import runs
from converter.textdump.model import model

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "train"))

from textdump_decisions import is_article_run


def test_a_short_run_of_the_article_is_still_the_article_to_learn_from() -> None:
    # An article made mostly of lists: its run of prose is all article (P 0.96) but covers a tenth of it.
    assert is_article_run(precision=0.96, recall=0.09, f1=0.17)
    # A run holding nearly the whole article inside a page-long block (P 0.08, R 0.97).
    assert is_article_run(precision=0.08, recall=0.97, f1=0.15)
    assert is_article_run(precision=0.4, recall=0.4, f1=0.4)
    # A run that only shares a few phrases with the article is no example of it.
    assert not is_article_run(precision=0.2, recall=0.1, f1=0.13)


def test_the_articles_short_run_under_its_headline_outranks_a_longer_legal_footer() -> None:
    """A meal plan: three paragraphs of prose under the headline, then lists; the page ends on four long
    sentences of disclaimers after the social links. Both runs follow a list heading (a headline the
    walls took for one). The footer holds more prose, but the article's run is the first substantial one
    and stands right under its headline. Feature values as measured on such a page."""
    article = {
        "total_share": 0.511,
        "words_share": 0.436,
        "log_words": 0.588,
        "first_substantial": 1.0,
        "order": 0.5,
        "start": 0.348,
        "headline_above": 0.994,
        "after_related": 1.0,
        "paragraphs": 0.2,
    }
    footer = {
        "is_best": 1.0,
        "total_share": 1.0,
        "words_share": 1.0,
        "log_words": 0.691,
        "order": 1.0,
        "start": 0.981,
        "headline_above": 0.795,
        "after_related": 1.0,
        "paragraphs": 0.3,
    }
    decision = model(runs.MODEL)
    assert set(article) | set(footer) <= set(decision.features)
    assert decision.score(article) > decision.score(footer)

"""The run model: which run of prose is the article, and which runs it learns from."""

from __future__ import annotations

import sys
from pathlib import Path

from converter.textdump import runs
from converter.textdump.lines import Line, split_lines, text_counts
from converter.textdump.model import model
from converter.textdump.region import score_lines

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


_BLURB = (
    "The Harbour Gazette is an independent local newsroom dedicated to careful reporting. Founded in 1911, it "
    "remains the most read source of news about the port, its towns and the people who work along the coast."
)
_PARAGRAPHS = [
    "The ferry to the outer islands will run twice a day from March, the port authority said on Tuesday, after "
    "a winter of complaints from people who commute to the mainland for work.",
    "Residents had asked for a second crossing for years. The new timetable adds an evening boat and moves the "
    "morning one half an hour earlier, so that it meets the first train.",
    "The authority said the change would cost about as much as the repairs it put off last year, and that the "
    "fares would stay as they are until the end of the summer at least.",
]


def _page_runs(text: str) -> tuple[list[Line], list[runs.Run]]:
    lines = split_lines(text)
    scores = score_lines(lines, [False] * len(lines))
    walls = {line.index: "related" for line in lines if line.text == "More stories"}
    return lines, runs.candidate_runs(scores, lines, walls, len(lines))


def test_a_run_of_lines_the_page_shows_twice_is_measured_as_repeated() -> None:
    """A newsroom's blurb set in a menu overlay above the story and again in the footer below it."""
    text = "\n".join(["Menu", _BLURB, "More stories", "Ferry times change", *_PARAGRAPHS, "More stories", _BLURB])
    lines, found = _page_runs(text)
    counts = text_counts(lines)
    shares = [
        (lines[run.first].text, runs.features(lines, found, at, counts)["repeated_prose"])
        for at, run in enumerate(found)
    ]
    assert shares == [(_BLURB, 1.0), ("Ferry times change", 0.0), (_BLURB, 1.0)]


def test_the_model_ranks_a_run_lower_when_the_page_shows_its_prose_twice() -> None:
    decision = model(runs.MODEL)
    assert "repeated_prose" in decision.features
    shown_once = {
        "total_share": 0.04,
        "words_share": 0.035,
        "log_words": 0.51,
        "first_substantial": 1.0,
        "start": 0.2,
        "headline_above": 0.94,
        "paragraphs": 0.05,
    }
    assert decision.score({**shown_once, "repeated_prose": 1.0}) < decision.score(shown_once) - 0.5

"""Which run of prose is the article: a learned choice among the best runs between list headings.

A page may hold several runs of prose: the article, the next story of an endless feed, a related
article carried in full, readers' comments. Each stretch between two list headings gives its
best-scoring run (region.best_run); each run gets general features (its prose mass beside the
others', its order, a headline with a credit just above it, the kind of heading before it, one
long line per paragraph as pasted texts have, how much of its prose the page shows twice) and the ranking
model `textdump_run` picks one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from converter.textdump import title
from converter.textdump.furniture import is_card_marker
from converter.textdump.lines import Line, text_counts
from converter.textdump.model import LinearModel, model
from converter.textdump.region import best_run

MODEL = "textdump_run"
HEADLINE_REACH = 10  # lines above a run where its headline may stand
ARTICLE_WORDS = 150  # prose words of a run that makes a whole article under its headline


@dataclass(frozen=True)
class Run:
    first: int
    last: int
    total: float  # the run's summed line scores
    words: int  # prose words in it
    wall: str | None  # the kind of list heading right before its stretch, if any


def candidate_runs(scores: Sequence[float], lines: list[Line], walls: dict[int, str], cut: int) -> list[Run]:
    """The best run of each stretch between list headings, before `cut`, in page order."""
    bounds = sorted(index for index in walls if index < cut)
    runs: list[Run] = []
    start, kind = 0, None
    for end, next_kind in [*((wall, walls[wall]) for wall in bounds), (cut, None)]:
        found = best_run(list(scores[start:end]), set()) if end > start else None
        if found is not None:
            first, last = found[0] + start, found[1] + start
            words = sum(line.words for line in lines[first : last + 1] if line.is_prose)
            runs.append(Run(first, last, sum(scores[first : last + 1]), words, kind))
        start, kind = end + 1, next_kind
    return runs


def features(
    lines: list[Line], runs: Sequence[Run], position: int, counts: Counter[str], site: str | None = None
) -> dict[str, float]:
    run = runs[position]
    top_total = max(other.total for other in runs)
    top_words = max(other.words for other in runs) or 1
    prose = [line for line in lines[run.first : run.last + 1] if line.is_prose]
    substantial = [index for index, other in enumerate(runs) if other.words >= 50]
    return {
        "is_best": float(run.total == top_total),
        "total_share": run.total / top_total if top_total > 0 else 0.0,
        "words_share": run.words / top_words,
        "log_words": math.log1p(run.words) / 8,
        "first_substantial": float(bool(substantial) and substantial[0] == position),
        "order": position / max(1, len(runs) - 1),
        "start": run.first / max(1, len(lines)),
        "headline_above": _headline_above(lines, run, counts, site),
        "after_related": float(run.wall == "related"),
        "after_popular": float(run.wall == "popular"),
        "after_comments": float(run.wall == "comments"),
        "long_lines": sum(line.words > 150 for line in prose) / max(1, len(prose)),
        "paragraphs": min(len(prose), 20) / 20,
        "card_markers": min(sum(is_card_marker(line.text) for line in lines[run.first : run.last + 1]), 5) / 5,
        # An article's paragraphs stand once on its page; a block the page shows twice (a footer's blurb also
        # set in a menu overlay, a caption under a gallery and again under the photo) is the page's.
        "repeated_prose": _repeated_share(prose, counts),
    }


def _repeated_share(prose: Sequence[Line], counts: Counter[str]) -> float:
    """The share of the prose words in lines whose text stands more than once on the page."""
    words = sum(line.words for line in prose)
    return sum(line.words for line in prose if counts[line.text] > 1) / words if words else 0.0


def _is_article(lines: list[Line], run: Run, counts: Counter[str], site: str | None) -> bool:
    """A whole article: a substantial run under a line the headline model takes for a headline."""
    return run.words >= ARTICLE_WORDS and _headline_above(lines, run, counts, site) >= 0.5


def _headline_above(lines: list[Line], run: Run, counts: Counter[str], site: str | None) -> float:
    """How sure the headline model is of its best line just above the run (0 to 1)."""
    decision = model(title.MODEL)
    best = max(
        (
            decision.score(title.features(lines, index, run.first, counts))
            for index in title.candidates(lines, run.first, HEADLINE_REACH, site=site, frame=False)
        ),
        default=-10.0,
    )
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, best))))


def choose(
    lines: list[Line],
    scores: Sequence[float],
    walls: dict[int, str],
    cut: int,
    decision: LinearModel | None = None,
    *,
    site: str | None = None,
) -> tuple[int, int] | None:
    """(first, last) of the run the model ranks first, or None when the page has no run of prose."""
    runs = candidate_runs(scores, lines, walls, cut)
    if len(runs) <= 1:
        return (runs[0].first, runs[0].last) if runs else None
    decision = decision or model(MODEL)
    counts = text_counts(lines)
    ranked = max(
        range(len(runs)),
        key=lambda position: (decision.score(features(lines, runs, position, counts, site)), -position),
    )
    # The page's own article comes first: a run below a whole article (a headline over a substantial
    # run) is the next story of a feed or a story carried in full, however long. The ranking cannot
    # learn it: on the pages it learns from, the article is the longest run.
    first_article = next(
        (position for position in range(ranked) if _is_article(lines, runs[position], counts, site)), None
    )
    return (runs[ranked].first, runs[ranked].last) if first_article is None else _span(runs[first_article])


def _span(run: Run) -> tuple[int, int]:
    return run.first, run.last


def feature_names() -> list[str]:
    from converter.textdump.lines import make_line

    line = make_line(0, "Some line of text.", frozenset())
    return list(features([line], [Run(0, 0, 1.0, 4, None)], 0, Counter()))

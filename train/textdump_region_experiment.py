"""Experiment (not shipped): the body run's line scores learned from labelled pages, instead of or beside the hand ones.

    .venv/bin/python train/textdump_region_experiment.py            # learned scores instead of the hand ones
    .venv/bin/python train/textdump_region_experiment.py --blend    # the hand scores plus a share of them

region.score_lines gives each line of a dump a hand-set score (furniture -1.5, prose by its length,
list items 0.05, menu-like lines -0.6) and the body is the best-scoring run between list headings
(the maximum subarray). Here each line's score is instead a logistic model's log-odds that the line
stands in the article's body (general features of the line and its neighbours: prose, length, final
stop, list-item mark, menu-likeness, content marks, furniture, a list's items alike in shape, prose
above and below, the page's prose on both sides), less a shift, times the hand rule's length factor
(min(8, 0.5 + words / 10)), so that the run's sum counts words as the scorer does. The script fits it
by grouped cross-validation (textdump_data.folds; only this model refitted, the others as committed)
and prints body P/R/F1 by corpus, hand scores beside the learned ones. With --blend the hand score
stays and alpha x the log-odds clipped to +-3 x the length factor is added, on every line or only on
the short lines that are no paragraph, furniture or card (hand score in [-0.6, 0.1]); alpha is chosen
in each fold on the training folds only (mean of the corpora's F1), and each fixed alpha is printed too.

Result (branch region23): neither beats the hand-set scores once every model is refitted, so they
are not used. This script's figures (mean page P and R per corpus, F1 of the means):

    hand scores                    aggregator F .970   naeb P .876 R .944 F .909   scrapinghub F .949
    learned, shift 0               aggregator F .966   naeb P .883 R .951 F .916   scrapinghub F .942
    learned, shift .5              aggregator F .963   naeb P .878 R .954 F .914   scrapinghub F .939
    learned, shift 1               aggregator F .939   naeb P .866 R .955 F .909   scrapinghub F .947
    blend, every line, alpha .1    aggregator F .970   naeb P .878 R .954 F .914   scrapinghub F .951
    blend, every line, alpha .25   aggregator F .972   naeb P .880 R .953 F .915   scrapinghub F .956
    blend, every line, alpha .5    aggregator F .972   naeb P .880 R .953 F .915   scrapinghub F .942
    blend, every line, chosen      aggregator F .972   naeb P .880 R .953 F .915   scrapinghub F .956  (.25, 2 folds .5)
    blend, short lines, chosen     aggregator F .970   naeb P .878 R .954 F .914   scrapinghub F .955  (.25, 2 folds .5)

Scratch variants that did no better (same CV): only the log-odds' positive part (every line: naeb .912,
scrapinghub .947; short lines: .911, .951); short lines with a paragraph within 8 lines above and
below only (a ninth of them, cheap to score): naeb .909, scrapinghub .949; the learned score (less a
shift from -.5 to 1, or its max with the hand one) only on a list's items with a paragraph within 3
lines above its first and below its last, the hand score elsewhere: naeb .910 (R .946), scrapinghub
.949, aggregator .972 whatever the shift. Earlier: sample weights by line length (naeb .913 at best,
scrapinghub .938); probability minus a floor instead of log-odds (p - .5: naeb .916, scrapinghub .941;
p - .3: .907, .946); a structured perceptron fitting the weights to the max-subarray choice itself
(naeb .907, scrapinghub .938).

Wired in as a decision trained before the run choice, train/textdump_eval.py --cv (every model refitted):

    hand scores (main's path)   naeb P .868 R .936 F .900, title .807, authors .684   scrapinghub F .946
                                aggregator title .967, authors .983, related R .934, carried .946,
                                subheadings 1.0, furniture left on 2 pages
    learned instead (f58fe67)   naeb F .911 (R .950), title .798, authors .640   scrapinghub F .925
                                aggregator subheadings .977
    blend, short lines, .25     naeb P .867 R .945 F .904, title .789, authors .649   scrapinghub F .938
      (67603a6)                 aggregator furniture left on 5 pages (a newsletter box kept), the rest as hand
    blend, short lines, .1      naeb P .870 R .937 F .902, title .807, authors .675   scrapinghub F .934
                                aggregator as hand

The NAEB bodies gain (long lists inside articles crossed) but the run, title and byline decisions
refitted on the changed totals lose elsewhere; most of Scrapinghub's loss is one page whose article
and comments runs tie in the fold's run model (3.85 against 3.84) and flip. The blend at .25 also kept
wceb-train text at F1 .886 (main .885) and the seed output identical, but costs 22% more CPU a text
dump (process time of `convert -j 1 --page-timeout 0` over 2,000 dumps, medians of 3 alternated with
main: 11.07 s -> 13.53 s): two thirds of a dump's lines are short ones and their features are scored
in Python. Not tried: a run-level feature in runs.py joining two candidate runs across such a list
(candidate_runs gives one run per stretch between list headings, so the second part is never a
candidate; it needs several runs per stretch first).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import accumulate, groupby
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The experiment swaps a function of converter.textdump.page, which its compiled build would not see.
os.environ["CONVERTER_PURE"] = "1"

from converter.textdump import extract
from converter.textdump import page as dump_page
from converter.textdump.lines import Line
from converter.textdump.model import LinearModel
from converter.textdump.region import (
    NAV_RUN,
    _is_list_item,
    _is_url,
    _run_lengths,
    card_lines,
    is_nav_like,
    score_lines,
)

MODEL = "textdump_region"
NEAR = 3  # lines above and below where a paragraph counts as next to the line
AROUND = 8  # lines above and below where a paragraph counts as around it (a list inside the article)
REACH = 40  # lines above and below where the article's prose around a long list is counted
ALIKE_RUN = 3  # lines of one shape in a row that make a list
SHORT_RUN = 4  # short lines in a row that make a menu or a tag list


def features(lines: Sequence[Line], furniture: Sequence[bool]) -> list[dict[str, float]]:
    """Each line's features (their names: feature_names())."""
    count = len(lines)
    nav = [not flag and is_nav_like(line) for line, flag in zip(lines, furniture, strict=True)]
    weak = _run_lengths([flag or is_nav for flag, is_nav in zip(furniture, nav, strict=True)])
    short = _run_lengths(
        [
            flag or (not line.is_prose and line.words <= 4 and not line.sentence_end)
            for line, flag in zip(lines, furniture, strict=True)
        ]
    )
    alike = _alike_runs(lines, furniture)
    cards = card_lines(list(lines), list(furniture))
    # Running counts of paragraphs (prose with a final stop, not furniture), and of their words.
    paragraph = [line.is_prose and line.sentence_end and not flag for line, flag in zip(lines, furniture, strict=True)]
    paragraphs = list(accumulate(paragraph, initial=0))
    para_words = (line.words if is_para else 0 for line, is_para in zip(lines, paragraph, strict=True))
    prose_words = list(accumulate(para_words, initial=0))

    def between(sums: list[int], start: int, end: int) -> int:
        return sums[max(0, min(count, end))] - sums[max(0, min(count, start))]

    total = prose_words[-1] or 1
    # Each list's first and last line (a run of ALIKE_RUN lines or more of one shape), for every line of it.
    ends = _alike_ends(alike)
    out = []
    for index, line in enumerate(lines):
        above = between(paragraphs, index - NEAR, index)
        below = between(paragraphs, index + 1, index + 1 + NEAR)
        far_above = between(paragraphs, index - AROUND, index)
        far_below = between(paragraphs, index + 1, index + 1 + AROUND)
        around_words = between(prose_words, index - AROUND, index) + between(prose_words, index + 1, index + 1 + AROUND)
        prose = line.is_prose
        text = line.text
        out.append(
            {
                "furniture": float(furniture[index]),
                "prose": float(prose),
                "prose_end": float(prose and line.sentence_end),
                "prose_mass": float(prose) * min(1.0, line.words / 80),
                "log_words": math.log1p(line.words) / 5,
                "sentence_end": float(line.sentence_end),
                "short_sentence": float(not prose and line.words >= 5 and line.sentence_end),
                "stop_ratio": line.stop_ratio,
                "title_case": float(not prose and line.is_title_case),
                "list_item": float(_is_list_item(text)),
                "nav_like": float(nav[index]),
                "nav_run": float(nav[index] and weak[index] >= NAV_RUN),
                "short_run": float(not prose and short[index] >= SHORT_RUN),
                "card": float(index in cards),
                "content_mark": float(not prose and _content_mark(text)),
                "digit_share": line.digit_share,
                "url": float(_is_url(text)),
                "marker": float(not prose and line.is_marker),
                "alike_run": float(alike[index] >= ALIKE_RUN),
                "prose_above": float(above > 0),
                "prose_below": float(below > 0),
                # A list inside the article has paragraphs on both sides, a few lines off.
                "prose_both_sides": float(far_above > 0 and far_below > 0),
                "prose_around": math.log1p(around_words) / 8,
                # Inside the page's prose: a quarter of its paragraphs' words above the line and a quarter below.
                "inside_prose": min(1.0, 4 * min(prose_words[index], total - prose_words[index + 1]) / total),
                # Paragraphs within REACH lines above and below (a long list between two parts of the article).
                "prose_within_reach": min(
                    1.0,
                    min(between(prose_words, index - REACH, index), between(prose_words, index + 1, index + 1 + REACH))
                    / 100,
                ),
                # A list's items inside the article: a paragraph right above the list's first line, or below its last.
                "list_after_prose": float(
                    index in ends and between(paragraphs, ends[index][0] - NEAR, ends[index][0]) > 0
                ),
                "list_before_prose": float(
                    index in ends and between(paragraphs, ends[index][1] + 1, ends[index][1] + 1 + NEAR) > 0
                ),
            }
        )
    return out


def _content_mark(text: str) -> bool:
    """Digits or the punctuation of a list's entries (a price, a code, a count): no menu's wording."""
    return any(mark in text for mark in ",;([") or any(char.isdigit() for char in text)


def _shape(line: Line) -> tuple[str, bool, bool, int]:
    """What a list's items share: how they start, whether they end a sentence, hold digits, their length."""
    first = line.text[:1]
    start = "digit" if first.isdigit() else "upper" if first.isupper() else "lower" if first.islower() else first
    size = 0 if line.words <= 3 else 1 if line.words <= 8 else 2 if line.words <= 20 else 3
    return start, line.sentence_end, line.digit_share > 0, size


def _alike_runs(lines: Sequence[Line], furniture: Sequence[bool]) -> list[int]:
    """For each line that is no paragraph, how many lines of its shape stand in a row with it (0 for the others)."""
    keys = [
        None if (line.is_prose and line.words > 20) or flag else _shape(line)
        for line, flag in zip(lines, furniture, strict=True)
    ]
    lengths: list[int] = []
    for key, run in groupby(keys):
        size = len(list(run))
        lengths.extend([size if key is not None else 0] * size)
    return lengths


def _alike_ends(alike: list[int]) -> dict[int, tuple[int, int]]:
    """For each line in a list (an alike run of ALIKE_RUN lines or more), the list's first and last lines."""
    ends: dict[int, tuple[int, int]] = {}
    index = 0
    while index < len(alike):
        size = alike[index]
        if size >= ALIKE_RUN:
            ends.update(dict.fromkeys(range(index, index + size), (index, index + size - 1)))
            index += size
        else:
            index += max(1, size)
    return ends


def weight(line: Line) -> float:
    """What a line's score counts for in the run: its length, in tens of words (a paragraph up to 8)."""
    return min(8.0, 0.5 + line.words / 10)


def scores(lines: Sequence[Line], furniture: Sequence[bool], decision: LinearModel) -> list[float]:
    """Each line's weight in the body run: (log-odds of 'in the body' less the threshold) x its length factor."""
    return [
        (decision.score(values) - decision.threshold) * weight(line)
        for line, values in zip(lines, features(lines, furniture), strict=True)
    ]


def feature_names() -> list[str]:
    from converter.textdump.lines import make_line

    return list(features([make_line(0, "Some line of text.", frozenset())], [False])[0])


def in_body(lines: list[Line], body: str) -> list[int]:
    """1 for each line of the article's body: a line of 4 words or more when most of its word triples are
    the truth's; a shorter one when its words stand in the truth and it lies between the first and the last
    such longer line (a subheading, a list's item: 'Home' or 'Share' stand in many a truth too)."""
    from textdump_decisions import _score

    score = _score()
    truth = frozenset(score.shingles(body))
    joined = " " + " ".join(score.tokens(body)) + " "
    words = [score.tokens(line.text) for line in lines]
    long = [
        len(own) >= 4 and _mostly_in(score.shingles(line.text), truth) for own, line in zip(words, lines, strict=True)
    ]
    inside = [index for index, flag in enumerate(long) if flag]
    low, high = (inside[0], inside[-1]) if inside else (len(lines), -1)
    return [
        int(long[index] if len(own) >= 4 else bool(own) and low <= index <= high and f" {' '.join(own)} " in joined)
        for index, own in enumerate(words)
    ]


def _mostly_in(grams: Sequence[tuple[str, ...]], truth: frozenset[tuple[str, ...]]) -> bool:
    return sum(gram in truth for gram in grams) * 2 >= len(grams)


def _learned(decision: LinearModel) -> Callable[[list[Line], list[bool]], list[float]]:
    return lambda lines, flags: scores(lines, flags, decision)


def blended(decision: LinearModel, alpha: float, short_only: bool) -> Callable[[list[Line], list[bool]], list[float]]:
    """The hand scores plus alpha x the log-odds clipped to +-CLIP x the length factor, on every line or
    (short_only) on the short lines that are no paragraph, furniture or card (hand score in [-0.6, 0.1])."""

    def scorer(lines: list[Line], flags: list[bool]) -> list[float]:
        hand = score_lines(lines, flags)
        return [
            score + alpha * max(-CLIP, min(CLIP, decision.score(values))) * weight(line)
            if not short_only or -0.6 <= score <= 0.1
            else score
            for line, score, values in zip(lines, hand, features(lines, flags), strict=True)
        ]

    return scorer


CLIP = 3.0
ALPHAS = (0.1, 0.25, 0.5, 1.0)

Scorer = Callable[[list[Line], list[bool]], list[float]]


def main(argv: list[str] | None = None) -> int:
    from textdump_data import folds, load_pages
    from textdump_decisions import Decision, _located, _score
    from textdump_train import fit

    from converter.errors import NoArticle

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blend", action="store_true", help="the hand scores plus a share of the learned ones")
    args = parser.parse_args(argv)

    class Region(Decision):
        name = MODEL
        feature_names = tuple(feature_names())

        def labelled(self, page: object) -> bool:
            return bool(page.body) and _located(page.pid) is not None  # type: ignore[attr-defined]

        def examples(self, page: object) -> list[tuple[dict[str, float], int]]:
            at = _located(page.pid)  # type: ignore[attr-defined]
            assert at is not None
            lines, flags = at.page.lines[: at.cut], at.page.furniture[: at.cut]
            return list(zip(features(lines, flags), in_body(lines, page.body), strict=True))  # type: ignore[attr-defined]

    def measure(page: object) -> tuple[float, float]:
        try:
            body = extract.extract_text(page.text, page.pid, repeated=page.repeated).article.body  # type: ignore[attr-defined]
        except NoArticle:
            return 0.0, 0.0
        precision, recall, _ = _score().prf(_score().markdown_to_text(body), page.body)  # type: ignore[attr-defined]
        return float(precision), float(recall)

    def run(scorer: Scorer, pages: Sequence[object]) -> dict[str, list[tuple[float, float]]]:
        # (the module-level name page.Page.scores_before calls)
        dump_page.score_lines = scorer  # type: ignore[assignment]
        by_corpus: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for page in pages:
            by_corpus[page.corpus].append(measure(page))  # type: ignore[attr-defined]
        return by_corpus

    decision = Region()
    pages = [page for page in load_pages(generated=False) if decision.labelled(page)]
    results: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(lambda: defaultdict(list))
    results["hand scores"] = run(score_lines, pages)
    try:
        for held in folds(tuple(pages)):
            train = [page for page in pages if page.group not in held]
            test = [page for page in pages if page.group in held]
            trained = fit(decision, [decision.examples(page) for page in train])
            variants: dict[str, Scorer] = {}
            if not args.blend:
                for shift in (0.0, 0.5, 1.0):
                    shifted = LinearModel(MODEL, trained.features, trained.weights, trained.bias, -shift)
                    variants[f"learned, shift {shift:g}"] = _learned(shifted)
            for short_only in (False, True) if args.blend else ():
                kind = "short lines" if short_only else "every line"
                # alpha chosen on the training folds (the mean of the corpora's F1), never on the held-out one
                chosen = max(ALPHAS, key=lambda alpha: _mean_f1(run(blended(trained, alpha, short_only), train)))
                variants[f"{kind}, chosen alpha"] = blended(trained, chosen, short_only)
                for alpha in ALPHAS:
                    variants[f"{kind}, alpha {alpha:g}"] = blended(trained, alpha, short_only)
            for label, scorer in variants.items():
                for corpus, rows in run(scorer, test).items():
                    results[label][corpus].extend(rows)
    finally:
        dump_page.score_lines = score_lines
    for label, by_corpus in results.items():
        shown = [f"{corpus} P {p:.3f} R {r:.3f} F {f:.3f}" for corpus, (p, r, f) in _figures(by_corpus).items()]
        print(f"{label:<26} " + "  ".join(shown))
    return 0


def _figures(by_corpus: dict[str, list[tuple[float, float]]]) -> dict[str, tuple[float, float, float]]:
    """Mean page precision and recall by corpus, and the F1 of the means (as score.py reports a set)."""
    out = {}
    for corpus, rows in sorted(by_corpus.items()):
        precision = sum(p for p, _ in rows) / len(rows)
        recall = sum(r for _, r in rows) / len(rows)
        out[corpus] = (precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return out


def _mean_f1(by_corpus: dict[str, list[tuple[float, float]]]) -> float:
    figures = _figures(by_corpus)
    return sum(f1 for _, _, f1 in figures.values()) / len(figures)


if __name__ == "__main__":
    sys.exit(main())

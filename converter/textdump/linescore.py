"""Learned evidence for the body run's short lines, added to the hand-set scores (region.score_lines).

The hand scores keep a short line that is no paragraph near zero (a list's item 0.05, a lone
menu-like line -0.3, a run of them -0.6), so the body run crosses a subheading or a short list
but stops at a menu. A long list inside the article (a points table, a list of deals between
the opening paragraphs and the rest) then costs the run as much as the related links under
it. For those lines only (hand score in [LOW, HIGH]), the model `textdump_region` (logistic
log-odds that a line stands in the article's body, over general features of the line and
its neighbours: a list's items alike in shape, prose right above and below, the page's prose
on both sides) adds ALPHA x its log-odds, clipped to +-CLIP, times the line's length factor.
Prose, furniture and card lines keep their hand scores. Trained by train/textdump_train.py.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import accumulate, groupby

from converter.textdump.lines import Line
from converter.textdump.model import model
from converter.textdump.region import NAV_RUN, _is_list_item, _is_url, _run_lengths, card_lines, is_nav_like

MODEL = "textdump_region"
# Chosen by cross-validation inside the training folds (train/textdump_region_experiment.py): 0.25 in
# 8 of 10 folds; a larger share lets a line scored alone break runs at subheadings and short lists.
ALPHA = 0.25
CLIP = 3.0
LOW, HIGH = -0.6, 0.1  # the hand scores of short lines that are no paragraph, furniture or card
NEAR = 3  # lines above and below where a paragraph counts as next to the line
AROUND = 8  # lines above and below where a paragraph counts as around it (a list inside the article)
REACH = 40  # lines above and below where the article's prose around a long list is counted
ALIKE_RUN = 3  # lines of one shape in a row that make a list
SHORT_RUN = 4  # short lines in a row that make a menu or a tag list


def blend(lines: list[Line], furniture: list[bool], hand: list[float]) -> list[float]:
    """The hand scores, plus the learned evidence on the short lines that are no paragraph."""
    chosen = [index for index, score in enumerate(hand) if LOW <= score <= HIGH]
    if not chosen:
        return hand
    decision = model(MODEL)
    out = list(hand)
    for index, values in zip(chosen, features(lines, furniture, chosen), strict=True):
        log_odds = max(-CLIP, min(CLIP, decision.score(values)))
        out[index] += ALPHA * log_odds * weight(lines[index])
    return out


def weight(line: Line) -> float:
    """What a line's score counts for in the run: its length, in tens of words (a paragraph up to 8)."""
    return min(8.0, 0.5 + line.words / 10)


def features(
    lines: Sequence[Line], furniture: Sequence[bool], indexes: Sequence[int] | None = None
) -> list[dict[str, float]]:
    """The features of the lines at `indexes` (every line by default), in that order."""
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
    for index in range(count) if indexes is None else indexes:
        line = lines[index]
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


def feature_names() -> list[str]:
    from converter.textdump.lines import make_line

    return list(features([make_line(0, "Some line of text.", frozenset())], [False])[0])

"""Where the article body is: the run of lines with the most prose and the least furniture.

Each line gets a score (prose gains by its length, short lines and furniture cost), list headings
are walls, and the body is the best-scoring run of lines between two walls (the maximum
subarray): a few short lines between paragraphs (subheadings, an inline caption) are crossed,
a menu or a list of links is not.
"""

from __future__ import annotations

import re

from converter.textdump.lines import Line

PROSE_CAP = 8.0
# "1) Lego Star Wars ...", "2. Preheat the oven": items of a list inside the article.
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[-*•·▪]|\(\w\))\s+\S")
_URL = re.compile(r"^https?://\S+$")
# A card list: headline, one-line teaser, headline, teaser ... (related or "more from" lists).
CARD_RUN = 3
TEASER_MAX_WORDS = 45


def line_score(line: Line, furniture: bool) -> float:
    if furniture:
        return -1.5
    if line.is_prose:
        score = min(PROSE_CAP, 0.5 + line.words / 10)
        # Paragraphs end with punctuation; teasers and captions often do not.
        return score if line.sentence_end else score * 0.4
    if line.words >= 5 and line.sentence_end:
        return 0.1
    if _LIST_ITEM.match(line.text) or (line.words >= 3 and line.stop_ratio >= 0.3) or _URL.match(line.text):
        return 0.0
    return -0.6


def score_lines(lines: list[Line], furniture: list[bool]) -> list[float]:
    scores = [line_score(line, flag) for line, flag in zip(lines, furniture, strict=True)]
    for index in card_lines(lines, furniture):
        scores[index] = -1.0
    return scores


def card_lines(lines: list[Line], furniture: list[bool]) -> set[int]:
    """Lines in runs of at least CARD_RUN (headline, short teaser) pairs."""
    found: set[int] = set()
    pairs: list[int] = []
    index = 0
    while index + 1 < len(lines):
        head, teaser = lines[index], lines[index + 1]
        if _is_card(head, teaser, furniture[index]):
            pairs.append(index)
            index += 2
            continue
        _flush(pairs, found)
        pairs = []
        index += 1
    _flush(pairs, found)
    return found


def _is_card(head: Line, teaser: Line, head_furniture: bool) -> bool:
    headline = 3 <= head.words <= 20 and not head.is_prose and not head.text.endswith((".", ":", ","))
    return (headline or head_furniture) and teaser.is_prose and teaser.words <= TEASER_MAX_WORDS


def _flush(pairs: list[int], found: set[int]) -> None:
    if len(pairs) >= CARD_RUN:
        for index in pairs:
            found.update((index, index + 1))


def best_run(scores: list[float], walls: set[int]) -> tuple[int, int] | None:
    """(first, last) indexes of the best-scoring run of lines that crosses no wall, or None."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for index, score in enumerate(scores):
        if index in walls:
            total, start = 0.0, index + 1
            continue
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, index)
    if best is None:
        return None
    return best[1], best[2]

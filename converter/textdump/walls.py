"""Which short lines head a list of other articles: a learned decision over line shapes.

related.py knows list headings by their wording ("Related", "More from X"); pages use endless
others ("Full coverage", "Continue with", "Other angles"). A heading is recognised by its shape
and what follows it instead: a short line without a final stop, cards below it (a headline-sized
line beside a source or time marker), the article's prose ending above it, the same line on many
pages of the folder. The model `textdump_walls` scores each short line the wordings missed.
"""

from __future__ import annotations

from itertools import pairwise

from converter.textdump.furniture import is_furniture
from converter.textdump.lines import Line
from converter.textdump.metadata import is_name_line
from converter.textdump.model import LinearModel, model

MODEL = "textdump_walls"
MAX_WORDS = 8


def _headline_sized(line: Line) -> bool:
    return 4 <= line.words <= 30 and not line.text.endswith(".") and not line.is_marker


def candidates(lines: list[Line], known: set[int]) -> list[int]:
    """Short lines without a final stop above cards (a headline beside its source or time): a heading
    with nothing listed is no wall. A person's name above a credit line is a byline, not a list's heading.
    """
    # (The card test first: it rules out most lines, for less than the name test costs.)
    cards = _cards_below(lines)
    return [
        line.index
        for line in lines
        if line.index not in known
        and 1 <= line.words <= MAX_WORDS
        and not line.sentence_end
        and cards[line.index]
        and not is_name_line(line.text)
    ]


def _cards_below(lines: list[Line]) -> list[bool]:
    """`_card_below(lines[i + 1 : i + 5])` for every line i, from two flags of each line computed once
    (the window test asked them of each line up to nine times). An ad's label over its pitch ('Sponsored · Ad' over
    'Why brokers hope you never see this calculator', set between a list's items) is no card: the line above it heads
    no list of articles."""
    markers = [line.is_marker and not _labels_only(line) for line in lines]
    sized = [
        4 <= line.words <= 30 and not line.text.endswith(".") and not marker
        for line, marker in zip(lines, markers, strict=True)
    ]
    count = len(lines)
    # The window's pairs (j, j + 1) run from j = i + 1 to min(i + 3, count - 2): a headline-sized line j with a
    # marker below it, or above it when j - 1 is in the window too (j >= i + 2). False past the last pair.
    below = [sized[j] and markers[j + 1] for j in range(count - 1)] + [False] * 4
    either = [False] + [below[j] or (sized[j] and markers[j - 1]) for j in range(1, count - 1)] + [False] * 4
    return [below[i + 1] or either[i + 2] or either[i + 3] for i in range(count)]


def _labels_only(line: Line) -> bool:
    """A marker of UI words alone about its dots ('Sponsored · Ad'): an ad's label, naming no source nor time."""
    parts = line.text.split(" · ")
    return len(parts) > 1 and all(is_furniture(part, len(part.split())) for part in parts)


def _card_below(below: list[Line]) -> bool:
    """A card stands in these lines: a headline-sized line beside a source or time marker."""
    return any(
        _headline_sized(a) and (b.is_marker or bool(k and below[k - 1].is_marker))
        for k, (a, b) in enumerate(pairwise(below))
    )


def features(lines: list[Line], index: int, in_folder: bool) -> dict[str, float]:
    line = lines[index]
    text = line.text
    below = lines[index + 1 : index + 5]
    above = lines[index - 1] if index else None
    return {
        "words_le2": float(line.words <= 2),
        "words_3_5": float(3 <= line.words <= 5),
        "ends_colon": float(text.endswith(":")),
        "title_case": float(line.is_title_case),
        "all_caps": float(text.isupper()),
        "stop_ratio": line.stop_ratio,
        "digits": float(line.digit_share > 0),
        "is_marker": float(line.is_marker),
        "furniture": float(line.is_furniture),
        "in_folder": float(in_folder),
        "card_below": float(_card_below(below)),
        "headline_next": float(bool(below) and _headline_sized(below[0])),
        "marker_next": float(bool(below) and below[0].is_marker),
        "prose_next": float(bool(below) and below[0].is_prose),
        "prose_above": float(above is not None and above.is_prose),
        "blank_before": float(line.blank_before),
        "blank_after": float(bool(below) and below[0].blank_before),
    }


def find_walls(
    lines: list[Line], known: set[int], repeated: frozenset[str], decision: LinearModel | None = None
) -> set[int]:
    """Indexes of the lines (other than `known`) the model takes for list headings."""
    decision = decision or model(MODEL)
    found = set()
    for index in candidates(lines, known):
        if decision.score(features(lines, index, lines[index].normalized in repeated)) > decision.threshold:
            found.add(index)
    return found


def feature_names() -> list[str]:
    from converter.textdump.lines import make_line

    return list(features([make_line(0, "More stories", frozenset())], 0, False))

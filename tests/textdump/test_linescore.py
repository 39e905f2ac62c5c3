"""The learned evidence added to the body run's hand scores of short lines (textdump/linescore.py)."""

from __future__ import annotations

from converter.textdump import linescore
from converter.textdump.lines import split_lines
from converter.textdump.model import LinearModel, override
from converter.textdump.region import score_lines

PARAGRAPH = (
    "The council said on Tuesday that the repairs to the old harbour wall would take most of the winter, "
    "and that the ferry would keep running while the work went on."
)
LATER = (
    "Engineers expect the first stage to finish before the spring tides, when the board will decide "
    "whether the second stage can start on time and within the budget it set."
)
PAGE = "\n".join(
    ["Home", "News", "Sport", "Weather", PARAGRAPH]
    + [f"{n}. Stone blocks, batch {n}: 12 tonnes" for n in range(1, 7)]
    + [LATER, "About us", "Contact"]
)


def test_a_list_between_paragraphs_is_inside_the_prose_and_menus_are_not() -> None:
    lines = split_lines(PAGE)
    values = linescore.features(lines, [False] * len(lines))
    items = [values[index] for index in range(5, 11)]
    assert all(item["list_item"] == 1.0 and item["alike_run"] == 1.0 for item in items)
    # The list's first item follows a paragraph and its last precedes one.
    assert items[0]["list_after_prose"] == 1.0 and items[-1]["list_before_prose"] == 1.0
    assert all(item["prose_both_sides"] == 1.0 and item["inside_prose"] > 0.5 for item in items)
    # The menu above the article has no prose above it; the footer none below.
    assert values[0]["inside_prose"] == 0.0 and values[0]["short_run"] == 1.0
    assert values[-1]["inside_prose"] == 0.0 and values[-1]["list_after_prose"] == 0.0


def test_features_of_some_lines_are_those_of_the_whole_page() -> None:
    lines = split_lines(PAGE)
    furniture = [False] * len(lines)
    every = linescore.features(lines, furniture)
    assert linescore.features(lines, furniture, [12, 0, 7]) == [every[12], every[0], every[7]]


def test_the_evidence_moves_only_short_lines_and_by_a_clipped_share() -> None:
    lines = split_lines(PAGE)
    furniture = [False] * len(lines)
    furniture[-1] = True
    hand = score_lines(lines, furniture)
    # A model sure that list items are in the body, and nothing else.
    override(linescore.MODEL, LinearModel(linescore.MODEL, ("list_item",), (100.0,), -1.0, 0.0))
    try:
        blended = linescore.blend(lines, furniture, hand)
    finally:
        override(linescore.MODEL, None)
    for index, (before, after) in enumerate(zip(hand, blended, strict=True)):
        if 5 <= index <= 10:  # the list's items: log-odds clipped to CLIP, times their length factor
            expected = before + linescore.ALPHA * linescore.CLIP * linescore.weight(lines[index])
            assert after == expected
        elif linescore.LOW <= before <= linescore.HIGH:  # the menu: log-odds -1
            assert after == before - linescore.ALPHA * linescore.weight(lines[index])
        else:  # the paragraphs and the furniture keep their hand scores
            assert after == before


def test_a_page_without_short_lines_keeps_its_hand_scores() -> None:
    lines = split_lines(PARAGRAPH + "\n" + LATER)
    hand = score_lines(lines, [False, False])
    assert linescore.blend(lines, [False, False], hand) == hand


def test_a_line_weighs_by_its_length_up_to_a_paragraph() -> None:
    short, long = split_lines("Ferry times\n" + " ".join([PARAGRAPH] * 3))
    assert linescore.weight(short) == 0.5 + 2 / 10
    assert linescore.weight(long) == 8.0

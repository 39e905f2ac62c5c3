"""train/textdump_region_experiment.py: the line features of the learned body-run scores (not shipped)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import textdump_region_experiment as experiment

from converter.textdump.lines import split_lines
from converter.textdump.model import LinearModel
from converter.textdump.region import score_lines

PARAGRAPH = (
    "The council said on Tuesday that the repairs to the old harbour wall would take most of the winter, "
    "and that the ferry would keep running while the work went on."
)
LATER = (
    "Engineers expect the first stage to finish before the spring tides, when the board will decide "
    "whether the second stage can start on time and within the budget it set."
)

# A menu, a paragraph, a numbered list of six items, a paragraph, a footer.
PAGE_WITH_LIST = "\n".join(
    ["Home", "News", "Sport", "Weather", PARAGRAPH]
    + [f"{n}. Stone blocks, batch {n}: 12 tonnes" for n in range(1, 7)]
    + [LATER, "About us", "Contact"]
)


def test_a_list_between_paragraphs_is_inside_the_prose_and_menus_are_not() -> None:
    lines = split_lines(PAGE_WITH_LIST)
    values = experiment.features(lines, [False] * len(lines))
    items = [values[index] for index in range(5, 11)]
    assert all(item["list_item"] == 1.0 and item["alike_run"] == 1.0 for item in items)
    # The list's first item follows a paragraph and its last precedes one.
    assert items[0]["list_after_prose"] == 1.0 and items[-1]["list_before_prose"] == 1.0
    assert all(item["prose_both_sides"] == 1.0 and item["inside_prose"] > 0.5 for item in items)
    # The menu above the article has no prose above it; the footer none below.
    assert values[0]["inside_prose"] == 0.0 and values[0]["short_run"] == 1.0
    assert values[-1]["inside_prose"] == 0.0 and values[-1]["list_after_prose"] == 0.0


def test_a_line_weighs_by_its_length_up_to_a_paragraph() -> None:
    short, long = split_lines("Ferry times\n" + " ".join([PARAGRAPH] * 3))
    assert experiment.weight(short) == 0.5 + 2 / 10
    assert experiment.weight(long) == 8.0


def test_the_blend_moves_only_short_lines_and_by_a_clipped_share() -> None:
    lines = split_lines(PAGE_WITH_LIST)
    furniture = [False] * len(lines)
    furniture[-1] = True
    hand = score_lines(lines, furniture)
    # A model sure that list items are in the body (log-odds 99, clipped), and of nothing else (-1).
    decision = LinearModel(experiment.MODEL, ("list_item",), (100.0,), -1.0, 0.0)
    blended = experiment.blended(decision, 0.25, short_only=True)(lines, furniture)
    every = experiment.blended(decision, 0.25, short_only=False)(lines, furniture)
    for index, (before, after) in enumerate(zip(hand, blended, strict=True)):
        share = 0.25 * experiment.weight(lines[index])
        if 5 <= index <= 10:  # the list's items
            assert after == before + experiment.CLIP * share
        elif -0.6 <= before <= 0.1:  # the menu
            assert after == before - share
        else:  # the paragraphs and the furniture keep their hand scores, unless every line is moved
            assert after == before and every[index] == before - share

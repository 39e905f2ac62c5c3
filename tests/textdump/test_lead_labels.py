"""A lead-in label the folder repeats before other rests ("Label: another headline") is a template's.

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

from converter.textdump import bodyline
from converter.textdump.lines import Line, split_lines
from converter.textdump.repeated import lead_key, repeated_lines
from tests.textdump.test_byline import BODY

PARAGRAPHS = BODY  # three paragraphs of one invented story
# Rests of three words: too short for the teaser shape (prompts.is_lead_in_teaser) on their own.
RESTS = ["The keeper's winter", "Gulls at dawn", "Ferries by night"]


def test_the_same_label_before_other_rests_gives_one_key() -> None:
    assert lead_key("Look closer: The keeper's winter") == "#lead look closer"
    assert lead_key("Look closer: Gulls at dawn") == "#lead look closer"
    # No lead-in: a sentence that runs on past a colon, a lower-case rest.
    assert lead_key("The board set out three questions for the engineers to answer: cost, time, risk") is None
    assert lead_key("Smith said: we will appeal") is None


def test_a_folder_counts_a_label_its_pages_repeat() -> None:
    pages = ["\n".join([*PARAGRAPHS[:2], f"Look closer: {rest}", PARAGRAPHS[2]]) for rest in RESTS]
    assert "#lead look closer" in repeated_lines(pages, 3)


def _lines_and_repeated() -> tuple[list[Line], frozenset[str]]:
    """The first page's lines, and what the folder repeats: the label only (the other pages tell other stories)."""
    pages = ["\n".join([*PARAGRAPHS[:2], f"Look closer: {RESTS[0]}", PARAGRAPHS[2]])]
    pages += [
        f"Another story, number {number}, told in words of its own.\nLook closer: {RESTS[number]}" for number in (1, 2)
    ]
    repeated = repeated_lines(pages, 3)
    assert repeated == {"#lead look closer"}
    return split_lines(pages[0]), repeated


def test_a_label_the_folder_repeats_is_a_feature_a_lone_label_is_not() -> None:
    lines, repeated = _lines_and_repeated()
    teaser = next(line.index for line in lines if line.text.startswith("Look closer"))
    assert bodyline.features(lines, teaser, 0, len(lines) - 1, False, repeated)["label_in_folder"] == 1
    own = split_lines("\n".join([*PARAGRAPHS[:2], "Step two: Mending the north wall", PARAGRAPHS[2]]))
    assert bodyline.features(own, 2, 0, len(own) - 1, False, repeated)["label_in_folder"] == 0


def test_body_lines_drop_a_short_teaser_whose_label_the_folder_repeats() -> None:
    """'Look closer: The keeper's winter': too short a rest for the teaser shape (prompts.is_lead_in_teaser),
    but the folder shows its label before other headlines."""
    lines, repeated = _lines_and_repeated()
    teaser = next(line.index for line in lines if line.text.startswith("Look closer"))
    last = len(lines) - 1
    assert bodyline.dropped(lines, 0, last, range(last + 1), frozenset()) == set()
    assert bodyline.dropped(lines, 0, last, range(last + 1), repeated) == {teaser}

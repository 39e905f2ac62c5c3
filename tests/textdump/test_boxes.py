"""A prompt comes in a box: a prompt-shaped line beside a line the body-line decision dropped goes with it.

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

from converter.textdump import bodyline
from converter.textdump.lines import split_lines

LINES = split_lines(
    "\n".join(
        [
            "The council voted on Tuesday to keep the night buses running through the winter.",
            "The rest of this post is open to Circle readers.",
            "Join the Circle for £3 a month",
            "The buses will stop at the station and at the hospital every forty minutes.",
            "Did this story help you?",
        ]
    )
)


def test_a_notice_beside_a_dropped_offer_is_dropped_with_it() -> None:
    # (the notice speaks of its own text: prompt-shaped; the offer the decision dropped vouches for it)
    assert bodyline.boxed_with(LINES, [0, 1, 3, 4], {2}) == {1}


def test_a_story_sentence_beside_a_dropped_line_stays() -> None:
    assert 3 not in bodyline.boxed_with(LINES, [0, 1, 3, 4], {2})


def test_a_prompt_shaped_line_with_no_dropped_neighbour_is_left_to_the_decision() -> None:
    assert bodyline.boxed_with(LINES, [0, 1, 2, 3, 4], set()) == set()


FORM = split_lines(
    "\n".join(
        [
            "The ferry will run every hour from May, the company said on Monday.",
            "Have the harbour letter sent to your phone",
            "Phone number",
            "Send it",
            "The first boat will leave the quay at six in the morning.",
            "Timetables",
            "The last will leave the island at eleven at night.",
        ]
    )
)


def test_a_short_line_between_two_dropped_lines_goes_with_them() -> None:
    """A form's field label between its call and its button (dropped by the rules here)."""
    furniture = [False, True, False, True, False, False, False]
    assert bodyline.boxed_with(FORM, [0, 2, 4, 5, 6], set(), furniture) == {2}


def test_a_short_line_with_text_on_one_side_stays() -> None:
    furniture = [False, False, False, False, True, False, False]
    assert 5 not in bodyline.boxed_with(FORM, [0, 1, 2, 3, 5, 6], set(), furniture)

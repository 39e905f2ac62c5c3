"""The writer's box closing a story (a name alone, a role, sentences naming them) is no part of the body.

Pages invented here, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from converter.textdump.bio import writer_box
from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from tests.support import HARBOUR_HEADLINE, HARBOUR_STORY

BOX = [
    "Oskar Lindqvist",
    "Contributing writer",
    "Oskar has sailed the northern coasts since he was twelve and now writes about ports and the people in them.",
]


def _page(tail: list[str]) -> str:
    return "\n".join([HARBOUR_HEADLINE, "By Oskar Lindqvist", *HARBOUR_STORY, *tail, "More stories", "Tide tables"])


def test_the_writers_box_is_left_out() -> None:
    body = extract_text(_page(BOX), "text/box.txt").article.body
    assert "stone pier" in body and "Engineers put the cost" in body
    assert "sailed the northern coasts" not in body
    assert "Contributing writer" not in body


def test_a_glued_role_and_a_bio_in_any_wording() -> None:
    lines = split_lines("\n".join([*HARBOUR_STORY, "Oskar LindqvistHarbour reporter", BOX[2]]))
    assert writer_box(lines, 0, len(lines) - 1) == {3, 4}


def test_a_name_over_a_sentence_about_something_else_stays() -> None:
    # A story's last section under a person's name goes on about anything but them.
    tail = ["Oskar Lindqvist", "The board will meet again in March to vote on the engineers' plan for the pier."]
    lines = split_lines("\n".join([*HARBOUR_STORY, *tail]))
    assert writer_box(lines, 0, len(lines) - 1) == set()
    body = extract_text(_page(tail), "text/nobox.txt").article.body
    assert "meet again in March" in body


def test_the_box_must_close_the_run() -> None:
    # The name and its sentence with much of the story still to come are a section of the story.
    lines = split_lines("\n".join([BOX[0], BOX[2], *HARBOUR_STORY]))
    assert writer_box(lines, 0, len(lines) - 1) == set()


def test_a_label_and_the_name_the_page_credits() -> None:
    # 'About <name>' over the bio, the name credited above the story; a listicle's 'Meet <name>' credits no one.
    bio = "A sailor since childhood, Oskar Lindqvist writes about ports and the people in them."
    lines = split_lines("\n".join(["By Oskar Lindqvist", *HARBOUR_STORY, "About Oskar Lindqvist", bio]))
    assert writer_box(lines, 1, len(lines) - 1) == {4, 5}
    lines = split_lines("\n".join(["By Ada Brennholt", *HARBOUR_STORY, "Meet Oskar Lindqvist", bio]))
    assert writer_box(lines, 1, len(lines) - 1) == set()


# A box about the company under 'About' and its name, closing a release: no writer's name stands alone over it.
ABOUT = [
    "About Quay Ferries",
    "Quay Ferries runs four boats between the islands and the mainland and employs around 300 people.",
    "Its shares are listed on the Harbour Exchange.",
]


def test_a_box_about_a_name_closing_the_story_is_left_out() -> None:
    lines = split_lines("\n".join([*HARBOUR_STORY, *ABOUT]))
    last = len(lines) - 1
    assert writer_box(lines, 0, last) == set(range(last - 2, last + 1))
    body = extract_text(_page(ABOUT), "text/about.txt").article.body
    assert "stone pier" in body and "employs around 300" not in body and "About Quay Ferries" not in body


def test_a_section_about_a_common_noun_stays() -> None:
    # 'About the vote': a story's own section, its words after the label not all capitalised.
    tail = ["About the vote", "The board will meet again in March to vote on the engineers' plan for the pier."]
    lines = split_lines("\n".join([*HARBOUR_STORY, *tail]))
    assert writer_box(lines, 0, len(lines) - 1) == set()

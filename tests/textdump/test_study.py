"""Reading aids set in a story (textdump/study.py): glossary boxes and questions to the reader about the story are no
part of its text; a lone lower-case 'key: value' line and a single question in the text stay.

Invented pages.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from tests.support import ORCHARD_STORY

HEAD = ["Valley orchard growers turn to frost fans", "By Marit Solberg"]


def body_of(lines: list[str]) -> str:
    return extract_text("\n".join(lines), "text/a.txt").article.body


def test_a_glossary_box_between_paragraphs_is_dropped() -> None:
    page = [*HEAD, ORCHARD_STORY[0], "Key term", "blossom: the flowers of a fruit tree", *ORCHARD_STORY[1:4]]
    # (the page glosses its words in boxes: an entry standing apart from its heading is one too)
    page += ["hollow: a small valley with low ground on every side", ORCHARD_STORY[4]]
    body = body_of(page)
    assert "the flowers of a fruit tree" not in body
    assert "a small valley with low ground" not in body
    assert ORCHARD_STORY[1][:40] in body


def test_a_lone_lower_case_field_line_stays() -> None:
    body = body_of([*HEAD, ORCHARD_STORY[0], "tip: cover the young trees on a clear night", *ORCHARD_STORY[1:4]])
    assert "cover the young trees" in body


def test_questions_to_the_reader_after_the_story_are_dropped() -> None:
    questions = [
        "Talk it over",
        "Which grower in the story would you trust with your own trees, and why?",
        "What might the article say if it were written after a warm spring?",
    ]
    body = body_of([*HEAD, *ORCHARD_STORY[:4], *questions])
    assert "Which grower" not in body
    assert "warm spring" not in body
    assert ORCHARD_STORY[3][:40] in body


def test_a_question_in_the_text_stays() -> None:
    page = [*HEAD, ORCHARD_STORY[0], "Will the fans pay for themselves within five winters?", *ORCHARD_STORY[1:4]]
    assert "pay for themselves" in body_of(page)

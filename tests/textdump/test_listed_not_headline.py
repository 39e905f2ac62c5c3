"""An entry of a list of other articles above the story is no headline (textdump/listed.py, title.py).

Invented pages: a rail of numbers alone over titles, each with its outlet and age under it, and a numbered list of
`N. Title (Outlet, age)` lines stand above the article; the story's own headline wins, whichever list is nearer.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.listed import listed_lines
from tests.support import ORCHARD_STORY

HEADLINE = "Valley orchard growers turn to frost fans"
STORY = [HEADLINE, "March 3, 2023 · 2 min read", "By Marit Solberg", "", *ORCHARD_STORY]
RAIL = [
    "Popular now",
    "1",
    "Ferry timetable to change for the winter months",
    "Coast Ledger · 2 hours ago",
    "2",
    "Council approves a second berth at the harbour",
    "Bay Observer · Just now",
    "3",
    "Lifeboat crew rescues two walkers cut off by the tide",
    "Shore Gazette · 45 min ago",
    "",
]
NUMBERED = [
    "Our picks",
    "1. Ferry timetable to change for the winter months (Coast Ledger, 2 days ago)",
    "2. Council approves a second berth at the harbour (Bay Observer, 4 hrs ago)",
    "",
]


def test_numbers_alone_over_titles_with_a_meta_line_under_each() -> None:
    lines = split_lines("\n".join(RAIL))
    assert sorted(lines[index].text for index in listed_lines(lines)) == sorted([RAIL[2], RAIL[5], RAIL[8]])
    # A meta line not followed by the next number ends the list: one entry is no list.
    lone = split_lines("\n".join([*RAIL[1:4], "Terms of use"]))
    assert listed_lines(lone) == frozenset()


def test_numbered_lines_are_list_entries() -> None:
    lines = split_lines("\n".join(NUMBERED))
    assert {lines[index].text for index in listed_lines(lines)} == {NUMBERED[1], NUMBERED[2]}


def test_a_rail_above_the_story_gives_no_headline() -> None:
    article = extract_text("\n".join(["Harbour Hub", "", *RAIL, "Coast Ledger", *STORY]), "text/rail.txt").article
    assert article.title == HEADLINE


def test_a_numbered_list_above_the_story_gives_no_headline() -> None:
    article = extract_text("\n".join(["Harbour Hub", "", *NUMBERED, "Home › News", *STORY]), "text/list.txt").article
    assert article.title == HEADLINE

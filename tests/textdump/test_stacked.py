"""Headlines in stacks of short lines (textdump/stacked.py): a chip or a label in capitals in each stack, the
stacks alike; a heading over them is no entry, and such a list closing the body is cut off it.

Invented lines and pages.
"""

from __future__ import annotations

from converter.textdump.lines import split_lines
from converter.textdump.stacked import chipped_tail, is_time_chip, stack_headings, stacked_lists
from tests.support import ORCHARD_ARTICLE, listed_titles

ARTICLE = ORCHARD_ARTICLE
LAST = len(ARTICLE) - 1


titles = listed_titles


def test_headlines_beside_their_chips_close_the_body() -> None:
    # Each headline with its outlet's line over it and its time under it, or under a day of a timeline: the run of
    # prose crosses them (a headline may be a sentence, "...?"), the list is no part of the article.
    listed = [
        "Compared by readers",
        "Lean left · Coast Ledger",
        "Ferry timetable to change for the winter months",
        "8h",
        "Centre · Bay Observer",
        "Will the second berth at the harbour be ready by spring?",
        "14h ago",
        "Timeline",
        "Tue",
        "Lifeboat crew rescues two walkers on the cliffs",
    ]
    lines = split_lines("\n".join([*ARTICLE, *listed]))
    assert chipped_tail(lines, 1, len(lines) - 1) == LAST
    # One headline beside its chip is no list; a dated line in the article's text stays.
    lines = split_lines("\n".join([*ARTICLE, *listed[7:]]))
    assert chipped_tail(lines, 1, len(lines) - 1) == len(lines) - 1
    dated = [*ARTICLE, "21 December 2023", "Growers meet again to count the frost damage", *ARTICLE[2:]]
    lines = split_lines("\n".join(dated))
    assert chipped_tail(lines, 1, len(lines) - 1) == len(lines) - 1
    assert [is_time_chip(line) for line in split_lines("8h\nTue\n21 Dec 2023\nCoast Ledger · 3h\nTuesday lunch")] == [
        True,
        True,
        True,
        True,
        False,
    ]


def test_headlines_in_stacks_of_short_lines_alike() -> None:
    # A lean in capitals over an outlet over each headline; a day over each; an outlet over each and its time under.
    leaning = ["Three ways to tell it", "LEFT", "Coast Ledger", "Ferry timetable to change for the winter months"]
    leaning += ["RIGHT", "Bay Observer", "Council approves a second berth at the harbour", "Privacy"]
    assert titles(leaning) == [
        ("Ferry timetable to change for the winter months", None),
        ("Council approves a second berth at the harbour", None),
    ]
    days = ["Earlier on", "Tue", "Ferry timetable to change", "Wed", "Harbour pilots train on a simulator"]
    days += ["Thu", "Lifeboat crew rescues two walkers"]
    assert [title for title, _ in titles(days)] == [
        "Ferry timetable to change",
        "Harbour pilots train on a simulator",
        "Lifeboat crew rescues two walkers",
    ]
    timed = ["Centre · Coast Ledger", "Ferry fares rise", "8h", "Left · Bay Observer", "Second berth approved"]
    timed += ["14h ago"]
    assert [title for title, _ in titles(timed)] == ["Ferry fares rise", "Second berth approved"]
    # Two stacks of two lines are a heading over a paragraph's shape too; stacks of unlike lines are no list.
    assert titles(days[:5]) == []
    unlike = ["LEFT", "Coast Ledger", "Ferry timetable to change for the winter months", "Read more"]
    unlike += ["Bay Observer", "Council approves a second berth at the harbour"]
    assert titles(unlike) == []


def test_the_heading_over_stacks_is_no_entry() -> None:
    days = ["Earlier on", "Tue", "Ferry timetable to change", "Wed", "Harbour pilots train"]
    days += ["Thu", "Gulls return to the quay"]
    lines = split_lines("\n".join(days))
    stacks = stacked_lists(lines, 0, len(lines))
    assert stacks == [(1, 3, 2, 1)]  # from line 1, three stacks of two lines, the headline second
    assert stack_headings(lines, stacks, 0) == ["Earlier on"]
    # A count and its chip over the heading read as stacks of two one line off: the stacks of three win, as many lines.
    compared = ["Told by 12 outlets", "Left 40% · Right 60%", "Side by side", "Right · Coast Ledger"]
    compared += ["Will the ferry fares rise again?", "8h"]
    compared += ["Left · Bay Observer", "Council approves a second berth", "14h ago"]
    lines = split_lines("\n".join(compared))
    stacks = stacked_lists(lines, 0, len(lines))
    assert stacks == [(3, 2, 3, 1)]
    assert stack_headings(lines, stacks, 0) == ["Side by side"]
    # A heading below the last stack reads as a headline one line off too: a heading says less than a headline.
    discussed = ["Ferry timetable to change for the winter months", "n/harbour · 24 comments"]
    discussed += ["Council approves a second berth at the harbour", "n/harbour · 9 comments"]
    discussed += ["Lifeboat crew rescues two walkers on the cliffs", "n/coast · 31 comments"]
    discussed += ["More threads you may like"]
    lines = split_lines("\n".join(discussed))
    assert stacked_lists(lines, 0, len(lines)) == [(0, 3, 2, 0)]


def test_a_list_read_by_its_meta_lines_is_no_stack_list() -> None:
    # Titles each over 'host · 2 min' (a teaser under one): read one line off, each meta line over the next title, and
    # the teaser last, make stacks of two too; the titles over their meta lines are the list, the teaser no entry.
    listed = ["Ferry timetable to change for the winter months", "coastledger.com · 2 min"]
    listed += ["Council approves a second berth at the harbour", "bayobserver.com · 4 min"]
    listed += ["Lifeboat crew rescues two walkers on the cliffs", "shoregazette.com · 1 min"]
    listed += ["Every winter the crews train for the storms that come in from the west and cut off the bay"]
    assert [title for title, _ in titles(listed)] == [
        "Ferry timetable to change for the winter months",
        "Council approves a second berth at the harbour",
        "Lifeboat crew rescues two walkers on the cliffs",
    ]


def test_a_stack_list_read_as_the_meta_lines_read_it_adds_their_misses() -> None:
    # Read as the meta lines read it (each under its title), a stack list adds the titles they missed: a short one.
    aligned = ["Ferry timetable to change for the winter months", "Coast Ledger · 1 hr ago", "The quiet pier"]
    aligned += ["Bay Observer · 2 hrs ago", "Council approves a second berth at the harbour"]
    aligned += ["Shore Gazette · Yesterday"]
    aligned += ["Lifeboat crew rescues two walkers on the cliffs", "Coast Ledger · 5h ago"]
    assert [title for title, _ in titles(aligned)] == [
        "Ferry timetable to change for the winter months",
        "The quiet pier",
        "Council approves a second berth at the harbour",
        "Lifeboat crew rescues two walkers on the cliffs",
    ]

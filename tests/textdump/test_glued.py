"""Related stories listed one a line, title then source and time: "Title - Outlet - 3 hours ago".

Invented lines and a page: such lines in a row after the article are related links (the title alone, its
source beside it); a dash inside a sentence, a lone source chip or a single such line is no list.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.glued import glued_card, glued_cards, named_card
from converter.textdump.lines import split_lines
from converter.textdump.related import Card
from tests.support import ORCHARD_STORY

ARTICLE = [
    "Valley orchard growers turn to frost fans",
    "By Marit Solberg",
    *ORCHARD_STORY[:3],
]
GLUED = [
    "Ferry timetable to change for the winter months - Coast Ledger - 3 hours ago",
    "Council approves a second berth at the harbour - Bay Observer - 2h",
    "Lifeboat crew rescues two walkers cut off by the tide · Shore Gazette · yesterday",
]


def test_a_glued_line_is_a_title_with_its_source() -> None:
    assert glued_card(GLUED[0]) == Card("Ferry timetable to change for the winter months", "Coast Ledger")
    assert glued_card("Rain returns to the upper valley · 5h") == Card("Rain returns to the upper valley")
    assert glued_card("The vote - as expected - went the council's way") is None
    assert glued_card("Coast Ledger · 3h") is None  # a source chip: no title before it


def test_only_runs_of_glued_lines_after_the_body() -> None:
    lines = split_lines("\n".join([*ARTICLE, GLUED[0], "Privacy", *GLUED[1:]]))
    assert [card.title for card in glued_cards(lines, len(ARTICLE) - 1)] == [
        "Council approves a second berth at the harbour",
        "Lifeboat crew rescues two walkers cut off by the tide",
    ]


def test_a_page_lists_the_glued_titles_as_related() -> None:
    result = extract_text("\n".join([*ARTICLE, "Keep scrolling", *GLUED, "Terms"]), "text/g.txt")
    related = [(link.title, link.source) for link in result.article.related]
    assert ("Ferry timetable to change for the winter months", "Coast Ledger") in related
    assert ("Lifeboat crew rescues two walkers cut off by the tide", "Shore Gazette") in related
    assert all(" - Coast Ledger" not in title for title, _ in related)


NAMED = [
    "Ferry timetable to change for the winter months — Coast Ledger",
    "Council approves a second berth at the harbour — Lantern & Key",
    "Why the river ferry still runs on diesel, and what it would take to change — Bay Observer",
]


def test_a_headline_and_its_outlet_without_a_time() -> None:
    assert named_card(NAMED[1]) == (" — ", Card("Council approves a second berth at the harbour", "Lantern & Key"))
    assert named_card("The vote - as expected - went the council's way") is None  # words in lower case after it
    assert named_card("Growers - Frost") is None  # no headline before the name
    assert named_card("Tide Tables | Ferry Times | Parking") is None  # a menu's row
    assert named_card("Best new orchard of the year — MARIT SOLBERG") is None  # a winner in capitals, no outlet
    assert named_card("Frost fans keep the valley awake at night — BBC News") is not None
    lines = split_lines("\n".join([*ARTICLE, "Also compared", *NAMED, "Terms"]))
    assert [(card.title, card.source) for card in glued_cards(lines, len(ARTICLE) - 1)] == [
        ("Ferry timetable to change for the winter months", "Coast Ledger"),
        ("Council approves a second berth at the harbour", "Lantern & Key"),
        ("Why the river ferry still runs on diesel, and what it would take to change", "Bay Observer"),
    ]


def test_one_name_after_every_line_or_one_line_alone_is_no_list() -> None:
    signed = [line.rsplit(" — ", 1)[0] + " — Marit Solberg" for line in NAMED]
    lines = split_lines("\n".join([*ARTICLE, *signed]))
    assert glued_cards(lines, len(ARTICLE) - 1) == []
    lines = split_lines("\n".join([*ARTICLE, NAMED[0], "Privacy", NAMED[1].replace(" — ", " | ")]))
    assert glued_cards(lines, len(ARTICLE) - 1) == []

"""Titles each over one meta line of one kind (textdump/paired.py): an outlet's line with a separator or its bare
name; names over their lines read one line off are no list, and such a list closing the body is cut off it.

Invented lines and pages.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.paired import listed_tail
from tests.support import ORCHARD_ARTICLE, listed_titles

ARTICLE = ORCHARD_ARTICLE
LAST = len(ARTICLE) - 1


titles = listed_titles


def test_titles_over_meta_lines_alike() -> None:
    pairs = [
        "Ferry timetable to change for the winter months",
        "coastledger.example · 4 min",
        "Council approves a second berth at the harbour",
        "bayobserver.example · 2 min",
        "The council's vote followed a year of consultation with the harbour users.",
        "Lifeboat crew rescues two walkers cut off by the tide",
        "shoregazette.example · 6 min",
    ]
    assert titles(pairs) == [
        ("Ferry timetable to change for the winter months", "coastledger.example"),
        ("Council approves a second berth at the harbour", "bayobserver.example"),
        ("Lifeboat crew rescues two walkers cut off by the tide", "shoregazette.example"),
    ]
    named = [
        "Ferry timetable to change for the winter months",
        "The Coast Ledger",
        "Council approves a second berth at the harbour",
        "Bay Observer",
        "Lifeboat crew rescues two walkers cut off by the tide",
        "Shore Gazette",
    ]
    assert [source for _, source in titles(named)] == ["The Coast Ledger", "Bay Observer", "Shore Gazette"]
    assert titles(named[:4]) == []  # two titles over bare names: not enough to call it a list
    cloud = [
        "Harbour Election Results",
        "Coast Weather",
        "Ferry Timetable Winter",
        "Bay Tides",
        "Lifeboat Crew News",
        "Gulls",
    ]
    assert titles(cloud) == []
    widget = [line if index % 2 == 0 else "Like Share" for index, line in enumerate(named)]
    assert titles(widget) == []


def test_bulleted_entries_each_over_a_meta_line() -> None:
    listed = [
        "Other takes",
        "• Ferry timetable to change for the winter months",
        "Coast Ledger (left)",
        "• Council approves a second berth at the harbour",
        "Bay Observer (right)",
        "Terms of use",
    ]
    assert [title for title, _ in titles(listed)] == [
        "Ferry timetable to change for the winter months",
        "Council approves a second berth at the harbour",
    ]
    # A paragraph between two bulleted lines parts them: two lists of one entry each, no list.
    parted = [listed[1], ARTICLE[2], listed[3]]
    assert titles(parted) == []
    # Numbers repeated do not count up: no list.
    assert titles(["1. Ferry timetable to change for winter", "1. Council approves a second berth"]) == []


def test_names_over_titles_read_one_line_off_are_no_list() -> None:
    # A shop's name over its offer, one after another: pairing each offer with the next shop's name is wrong.
    shops = ["Harbour Outfitters", "Up to half off every winter coat in store", "Quay Books"]
    shops += ["Two paperbacks for the price of one all week", "Pier Cycles", "A free service with every bicycle sold"]
    shops += ["Dune Surf"]
    assert titles(shops) == []


def test_a_list_of_titles_over_meta_lines_closes_the_body() -> None:
    tail = [
        "You reached the end",
        "Recommended for you",
        "Ferry timetable to change for the winter months",
        "coastledger.example · 4 min",
        "The ferry company said the change would let it service two boats before the spring, when it expects crowds.",
        "Council approves a second berth at the harbour",
        "bayobserver.example · 2 min",
    ]
    lines = split_lines("\n".join([*ARTICLE, *tail]))
    assert listed_tail(lines, 2, len(lines) - 1) == LAST
    # One such entry, or a list that stops well before the run's end, is left alone.
    lines = split_lines("\n".join([*ARTICLE, *tail[2:5]]))
    assert listed_tail(lines, 2, len(lines) - 1) == len(lines) - 1
    lines = split_lines("\n".join([*ARTICLE, *tail[2:], *ARTICLE[2:]]))
    assert listed_tail(lines, 2, len(lines) - 1) == len(lines) - 1
    article = extract_text("\n".join([*ARTICLE, *tail]), "text/t.txt").article
    assert "the change would let it service" not in article.body and "Recommended" not in article.body
    assert "Council approves a second berth at the harbour" in [link.title for link in article.related]


RESULTS = [
    "Search the archive",
    "About 2,310 results",
    "Ferry timetable to change for the winter months",
    "coastledger.example · 4h",
    "Two crossings fewer a day from November",
    "Valley orchard growers turn to frost fans",
    "fieldnotes.example · 1 day ago",
    "Now open beside the results",
    "Council approves a second berth at the harbour",
    "bayobserver.example · 2h",
    "The vote followed a year of talks with the harbour users.",
    "Lifeboat crew rescues two walkers cut off by the tide",
    "shoregazette.example · 6h",
    "Next page",
]


def test_a_results_list_above_the_article_names_other_articles() -> None:
    # Titles over 'host · age' above the article, a teaser without its stop or a label between two of them: a results
    # list; the result the page opens beside it (the article itself) is no other article.
    assert titles([], RESULTS) == [
        ("Ferry timetable to change for the winter months", "coastledger.example"),
        ("Council approves a second berth at the harbour", "bayobserver.example"),
        ("Lifeboat crew rescues two walkers cut off by the tide", "shoregazette.example"),
    ]


def test_the_article_shown_again_over_its_preview_is_no_result() -> None:
    # The results list names a headline the page shows again below it, over the article: that result is the article.
    harbour = "Harbour board weighs the future of its stone pier"
    listed = [*RESULTS[:2], harbour, "harbourweekly.example · 3h", *RESULTS[2:]]
    found = [title for title, _ in titles([], [*listed, harbour, "harbourweekly.example"])]
    assert harbour not in found
    assert "Council approves a second berth at the harbour" in found


def test_the_article_head_above_it_is_no_results_list() -> None:
    # The article's own headline over its source chip and a credit over its date line: two pairs, no list.
    head = ["Harbour board weighs the future of its stone pier", "harbourweekly.example · 5 min listen"]
    head += ["Ines Duarte and Tom Okafor, harbourweekly.example", "TUE 12.03.2024 · 09:10"]
    assert titles([], head) == []

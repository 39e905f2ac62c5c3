"""Lists shaped as lists (textdump/marked.py): numbered, bulleted, quoted, bracketed and paged entries.

Invented lines and pages: the marker is no part of an entry's title, a bracketed outlet or one after a middle dot
is its source; one marked line, a list inside the article, a tag cloud of short names in pairs or the same widget
line under every title is no list of other articles.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.marked import (
    bracketed_end,
    bracketed_entry,
    bulleted,
    entry,
    listed_headline,
    marker_split,
    opening_list_end,
    paged_entry,
    quoted_end,
    quoted_entry,
    without_host,
)
from tests.support import ORCHARD_ARTICLE, listed_titles

ARTICLE = ORCHARD_ARTICLE
LAST = len(ARTICLE) - 1


titles = listed_titles


def test_markers_and_sources() -> None:
    assert marker_split("• Ferry timetable changes") == ("•", "Ferry timetable changes")
    assert marker_split("12. Ferry timetable changes") == ("12", "Ferry timetable changes")
    assert marker_split("2023. A year of ferries") is None  # a year is no list number
    assert marker_split("Ferry timetable changes") is None
    assert entry("Lifeboat crew rescues two walkers (Shore Gazette)") == (
        "Lifeboat crew rescues two walkers",
        "Shore Gazette",
    )
    assert entry("Lifeboat crew rescues two walkers · c/coast") == ("Lifeboat crew rescues two walkers", "c/coast")
    assert entry("Lifeboat crew rescues two walkers (5)") == ("Lifeboat crew rescues two walkers (5)", None)
    assert bulleted("• Ferry timetable changes") and not bulleted("•Ferry") and not bulleted("1. Ferry")


def test_a_bracketed_host_is_no_part_of_a_title() -> None:
    assert without_host("How the ferry became a lifeline (coastledger.example)") == "How the ferry became a lifeline"
    assert (
        without_host("How the ferry became a lifeline (news.coast-ledger.co.uk)") == "How the ferry became a lifeline"
    )
    assert without_host("The ferry (and the tide) explained") == "The ferry (and the tide) explained"
    assert without_host("Rates rise to 4.5 (from 4.25)") == "Rates rise to 4.5 (from 4.25)"
    assert without_host("Notes on version 2.0 (beta)") == "Notes on version 2.0 (beta)"


def test_numbers_alone_on_their_lines() -> None:
    listed = ["Most read", "1", "Ferry timetable to change for winter", "2", "Council approves a second berth"]
    assert titles(listed) == [("Ferry timetable to change for winter", None), ("Council approves a second berth", None)]
    # One number over one title, or numbers that do not count up, make no list.
    assert titles(["1", "Ferry timetable to change for winter", "Terms"]) == []
    assert titles(["4", "Ferry timetable to change for winter", "9", "Council approves a second berth"]) == []


def test_numbered_and_bulleted_lines() -> None:
    numbered = ["1. Ferry timetable to change for winter", "2. Council approves a second berth"]
    assert [title for title, _ in titles(numbered)] == [
        "Ferry timetable to change for winter",
        "Council approves a second berth",
    ]
    bullets = [
        "▸ Ferry timetable to change for winter (Coast Ledger)",
        "▸ Council approves a second berth (Bay Observer)",
    ]
    assert titles(bullets) == [
        ("Ferry timetable to change for winter", "Coast Ledger"),
        ("Council approves a second berth", "Bay Observer"),
    ]
    # Two different glyphs, or list items of a sentence's shape, make no list.
    assert titles(["• Ferry timetable to change for winter", "▸ Council approves a second berth"]) == []
    assert titles(["• the fans were switched on;", "• the frost stayed away;"]) == []


def test_a_contents_list_above_the_story_without_its_own_title() -> None:
    contents = [
        "In this issue",
        f"• {ARTICLE[0]}",
        "• Ferry timetable to change for winter",
        "• Council approves a berth",
    ]
    assert [title for title, _ in titles([], contents)] == [
        "Ferry timetable to change for winter",
        "Council approves a berth",
    ]


def test_a_page_keeps_the_cards_and_adds_the_lists() -> None:
    page = [
        "• Valley orchard growers turn to frost fans",
        "• Ferry timetable to change for the winter months",
        *ARTICLE[:1],
        *ARTICLE,
        "Most read",
        "1",
        "Council approves a second berth at the harbour",
        "2",
        "Lifeboat crew rescues two walkers cut off by the tide",
    ]
    result = extract_text("\n".join(page), "text/m.txt")
    assert result.article.title == ARTICLE[0]
    related = [link.title for link in result.article.related]
    assert "Ferry timetable to change for the winter months" in related
    assert "Council approves a second berth at the harbour" in related
    assert "Lifeboat crew rescues two walkers cut off by the tide" in related
    assert ARTICLE[0] not in related and "1" not in related


def test_a_title_shown_with_its_host() -> None:
    page = [f"{ARTICLE[0]} (valleynews.example)", *ARTICLE[1:]]
    assert extract_text("\n".join(page), "text/h.txt").article.title == ARTICLE[0]


def test_a_contents_list_names_the_headline_below_it() -> None:
    page = [
        "Harbour Weekly",
        "Friday 3 March 2023",
        "Sent to you by the harbour desk",
        "In this issue:",
        "– Ferry timetable to change for the winter months",
        f"– {ARTICLE[0]}",
        "Presented by Quayside Savings",
        "Open a saver in minutes, with no fees and no catch whatever you put in it.",
        "LEAD",
        *ARTICLE,
    ]
    lines = split_lines("\n".join(page))
    assert listed_headline(lines, 3, len(lines) - 1) == (9, 3)
    article = extract_text("\n".join(page), "text/n.txt").article
    assert article.title == ARTICLE[0]
    assert article.date is not None and article.date.startswith("2023-03-03")
    assert "no fees" not in article.body
    assert [link.title for link in article.related] == ["Ferry timetable to change for the winter months"]
    # No entry of the list shown again below it: no headline from the list.
    assert listed_headline(split_lines("\n".join(page[:6] + page[10:])), 3, len(page) - 5) is None


def test_entry_shapes() -> None:
    # An abbreviation's stop ends a headline; a month and its count, or a short call to the reader, are no entries.
    assert titles(["• Ferry fares rise across the U.S.", "• Council approves a second berth"]) == [
        ("Ferry fares rise across the U.S.", None),
        ("Council approves a second berth", None),
    ]
    assert titles(["• May 2011 (7)", "• June 2011 (12)", "• July 2011 (3)"]) == []
    assert titles(["• Print this page", "• Email this page"]) == []
    assert [
        title for title, _ in titles(["• Travel to the coast with a new rail pass", "• Council approves a berth"])
    ] == [
        "Travel to the coast with a new rail pass",
        "Council approves a berth",
    ]


def test_a_kicker_in_capitals_names_another_story_above_the_headline() -> None:
    above = ["FLASH Ferry services suspended after a storm hits the coast", "UPDATE: council vote delayed"]
    assert titles([], above) == [("Ferry services suspended after a storm hits the coast", None)]
    # The page's own headline after a kicker is no other story; a line in capitals throughout is no kicker.
    assert titles([], [f"LATEST {ARTICLE[0]}", "FERRY SERVICES SUSPENDED AFTER A STORM"]) == []


def test_an_entry_may_end_with_a_stop_among_headlines() -> None:
    mixed = [
        "• Ferry fares are rising. Here is why.",
        "• Council approves a second berth",
        "• Lifeboat crew rescues two",
    ]
    assert [title for title, _ in titles(mixed)] == [
        "Ferry fares are rising. Here is why.",
        "Council approves a second berth",
        "Lifeboat crew rescues two",
    ]
    # Sentences in a list, or one headline among them, make no list of other articles.
    sentences = ["• The fans were switched on at night.", "• The frost stayed away.", "• The pears set fruit."]
    assert titles(sentences) == []
    assert titles([*sentences[:2], mixed[1]]) == []


def test_a_coverage_list_above_the_story_is_no_part_of_it() -> None:
    coverage = [
        "How the outlets saw it",
        "• Ferry timetable to change for the winter months",
        "Coast Ledger (leans left)",
        "• Council approves a second berth at the harbour after a long debate over costs and noise",
        "Bay Observer (leans right)",
        "Reading the version from Pier Weekly",
    ]
    page = [ARTICLE[0], "First reported 3 March 2024 · 12 outlets", *coverage, "Writers: Marit Solberg", *ARTICLE[2:]]
    lines = split_lines("\n".join(page))
    # The list's last meta line ends it (line 6); the headline is line 0.
    assert opening_list_end(lines, 1, 3, len(lines) - 1) == 6
    article = extract_text("\n".join(page), "text/t.txt").article
    assert article.title == ARTICLE[0]
    assert article.authors == ("Marit Solberg",)
    assert "Coast Ledger" not in article.body and "Bay Observer" not in article.body
    assert [link.title for link in article.related] == [
        "Ferry timetable to change for the winter months",
        "Council approves a second berth at the harbour after a long debate over costs and noise",
    ]
    # Key points over a story (no meta line under each) stay the article's.
    points = ["• Fans pull warm air down on still nights", "• Each fan costs as much as a small tractor"]
    lines = split_lines("\n".join([ARTICLE[0], *points, *ARTICLE[2:]]))
    assert opening_list_end(lines, 1, 1, len(lines) - 1) is None


def test_a_press_review_list_closes_the_body() -> None:
    assert quoted_entry("Bay Observer: “Council approves a second berth at the harbour”") == (
        "Council approves a second berth at the harbour",
        "Bay Observer",
    )
    # A quote in a paragraph, a label over a sentence, a lower-case lead: no entry.
    assert quoted_entry("The mayor said: “We will build it.”") is None
    assert quoted_entry("Quotable: “We will build it next year.”") is None
    assert quoted_entry("the council said: “Council approves a second berth”") is None
    review = [
        "What the others wrote",
        "Bay Observer: “Council approves a second berth at the harbour”",
        "Coast Ledger: “Ferry timetable to change for the winter months”",
    ]
    page = [*ARTICLE, *review, "Subscribe to the morning review"]
    lines = split_lines("\n".join(page))
    assert quoted_end(lines, 1, len(lines) - 1) == LAST
    article = extract_text("\n".join(page), "text/t.txt").article
    assert "Bay Observer" not in article.body
    assert [(link.title, link.source) for link in article.related] == [
        ("Council approves a second berth at the harbour", "Bay Observer"),
        ("Ferry timetable to change for the winter months", "Coast Ledger"),
    ]
    # One outlet quoted twice (an interview's lines) is no press review; nor is a list with little prose above it.
    same = [review[1], review[1].replace("Council approves", "Mayor backs")]
    lines = split_lines("\n".join([*ARTICLE, *same, ARTICLE[2]]))
    assert quoted_end(lines, 1, len(lines) - 1) == len(lines) - 1
    lines = split_lines("\n".join([ARTICLE[0], ARTICLE[2], *review, *ARTICLE[2:]]))
    assert quoted_end(lines, 1, len(lines) - 1) == len(lines) - 1


def test_bulleted_titles_with_chips_in_the_run_close_the_body() -> None:
    headlines = [
        "Top stories",
        "• Ferry timetable to change for the winter months · 35m",
        "• Council approves a second berth at the harbour · 2h",
    ]
    carried = ["Next up", "Harbour pilots train on a new simulator", *ARTICLE[2:]]
    lines = split_lines("\n".join([*ARTICLE, *headlines, *carried]))
    assert quoted_end(lines, 1, len(lines) - 1) == LAST
    # Bullets without chips are the article's own points.
    points = ["• Fans pull warm air down on still nights", "• Each fan costs as much as a small tractor"]
    lines = split_lines("\n".join([*ARTICLE, *points, *ARTICLE[2:]]))
    assert quoted_end(lines, 1, len(lines) - 1) == len(lines) - 1


def test_headlines_closed_by_their_outlets_in_brackets_are_a_list() -> None:
    assert bracketed_entry("Ferry timetable to change for the winter months (Coast Ledger)") == (
        "Ferry timetable to change for the winter months",
        "Coast Ledger",
    )
    # A year or a count in brackets, a bulleted line (marked_entries reads it), a sentence's aside: no entry.
    assert bracketed_entry("The old mill reopens as a museum (2019)") is None
    assert bracketed_entry("• Ferry timetable to change (Coast Ledger)") is None
    assert bracketed_entry("The growers said the fans were loud, and they were right (mostly)") is None
    assert bracketed_entry("Frost fans with a quieter blade and a longer reach (Larger models only)") is None
    assert bracketed_entry("Growers count the cost of a late frost (Isle of Man Times)") == (
        "Growers count the cost of a late frost",
        "Isle of Man Times",
    )
    listed = [
        "Also from the valley",
        "Ferry timetable to change for the winter months (Coast Ledger)",
        "Council approves a second berth at the harbour (Bay Observer)",
        "Why the river ferry still runs on diesel. It will not for long. (Coast Ledger)",
    ]
    assert titles(listed) == [
        ("Ferry timetable to change for the winter months", "Coast Ledger"),
        ("Council approves a second berth at the harbour", "Bay Observer"),
        ("Why the river ferry still runs on diesel. It will not for long.", "Coast Ledger"),
    ]
    # One outlet under every line, one line alone, or one title under two names (a form's choices) is no list.
    assert titles([listed[1], listed[1].replace("Ferry timetable", "Bus timetable")]) == []
    assert titles(["Harbour Board of Trustees (Voting)", "Harbour Board of Trustees (Advisory)"]) == []
    assert titles(listed[1:2]) == []


def test_a_list_of_bracketed_headlines_closes_the_body() -> None:
    listed = [
        "Ferry timetable to change for the winter months (Coast Ledger)",
        "Council approves a second berth at the harbour (Bay Observer)",
        "Lifeboat crew rescues two walkers on the cliffs (Shore Gazette)",
    ]
    lines = split_lines("\n".join([*ARTICLE, "More from the coast", *listed]))
    assert bracketed_end(lines, 1, LAST + 2) == LAST  # the run ends on the list's first line
    assert bracketed_end(lines, 1, LAST) == LAST
    # A list inside the article, its text going on below it, stays.
    lines = split_lines("\n".join([*ARTICLE, *listed, *ARTICLE[2:]]))
    assert bracketed_end(lines, 1, len(lines) - 1) == len(lines) - 1
    article = extract_text("\n".join([*ARTICLE, "More from the coast", *listed]), "text/t.txt").article
    assert "Coast Ledger" not in article.body
    assert [(link.title, link.source) for link in article.related] == [
        ("Ferry timetable to change for the winter months", "Coast Ledger"),
        ("Council approves a second berth at the harbour", "Bay Observer"),
        ("Lifeboat crew rescues two walkers on the cliffs", "Shore Gazette"),
    ]


def test_a_contents_list_with_page_numbers() -> None:
    assert (
        paged_entry("Ferry timetable to change for the winter ..... 139") == "Ferry timetable to change for the winter"
    )
    assert (
        paged_entry("142 Council approves a second berth at the harbour")
        == "Council approves a second berth at the harbour"
    )
    # A year or a count opening a headline, a sentence ending on a number, a page counter: no entry.
    assert paged_entry("2023 was the year the ferry came back") is None
    assert paged_entry("12 ways to spend a weekend on the coast") is None
    assert paged_entry("Ferry fares rise for the first time in 12") is None
    assert paged_entry("Page 133 of 899") is None
    listed = ["On other pages", "142 Council approves a second berth at the harbour"]
    listed += ["Lifeboat crew rescues two walkers on the cliffs ..... 117"]
    assert [title for title, _ in titles(listed)] == [
        "Council approves a second berth at the harbour",
        "Lifeboat crew rescues two walkers on the cliffs",
    ]
    assert titles(listed[:2]) == []  # one line alone is no list


def test_a_chip_or_a_teaser_cut_short_is_no_related_title() -> None:
    from converter.textdump.links import no_headline

    assert no_headline("Coast Ledger · 10 Dec 2023")
    assert no_headline("Right · Coast Ledger")
    teaser = "For many, walking the harbour wall at dusk is a winter tradition that brings all the town out. But with…"
    assert no_headline(teaser)
    assert not no_headline("Ferry timetable to change for the winter months…")  # a headline cut short
    assert not no_headline("Council approves a second berth at the harbour")

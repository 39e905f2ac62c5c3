"""Lists shaped as lists (textdump/marked.py): numbered, bulleted, and titles over meta lines alike.

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
    chipped_tail,
    entry,
    is_time_chip,
    listed_headline,
    listed_tail,
    marker_split,
    opening_list_end,
    paged_entry,
    quoted_end,
    quoted_entry,
    stack_headings,
    stacked_lists,
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
    from converter.textdump.extract import _no_headline

    assert _no_headline("Coast Ledger · 10 Dec 2023")
    assert _no_headline("Right · Coast Ledger")
    teaser = "For many, walking the harbour wall at dusk is a winter tradition that brings all the town out. But with…"
    assert _no_headline(teaser)
    assert not _no_headline("Ferry timetable to change for the winter months…")  # a headline cut short
    assert not _no_headline("Council approves a second berth at the harbour")


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

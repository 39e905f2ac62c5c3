"""A carried story whose source stands above its headline by name alone ("Coast Ledger" over the headline over "4
min"), and the shapes that must not pass for one: an ad (a button under its headline), a reader's comment (a time
above the "headline"), buttons over a rule.

Pages invented here: the orchard article, then a marker no wording knows, then stories carried in full.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.separators import next_story, separated_story, separator_walls
from converter.textdump.story_heads import named_head
from tests.support import LIBRARY_STORY, ORCHARD_ARTICLE, ORCHARD_STORY

FERRY = [
    "Ferry timetable to change for the winter months",
    "The island ferry will run four crossings a day instead of six from November, the operator said, "
    "because fewer passengers travel in the winter and one of the two boats is due for its overhaul.",
    "The first morning crossing keeps its time so that pupils reach the school on the mainland, but the "
    "late evening boat will leave half an hour earlier, which islanders say leaves no time after work.",
    "The operator said it would look again at the timetable in spring, once the second boat is back.",
]
LIBRARY = LIBRARY_STORY


def page(*lines: str) -> str:
    return "\n".join([*ORCHARD_ARTICLE, *lines])


def test_an_outlets_name_over_each_headline_and_a_reading_time_under_it() -> None:
    text = page(
        "Coming up in your list",
        "Coast Ledger",
        FERRY[0],
        "4 min",
        *FERRY[1:],
        "Town Crier",
        LIBRARY[0],
        "6 min",
        *LIBRARY[1:],
        "Report a problem",
    )
    result = extract_text(text, "text/a.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [FERRY[0], LIBRARY[0]]
    assert [article.source_name for article in result.embedded] == ["Coast Ledger", "Town Crier"]
    assert "Town Crier" not in result.embedded[0].body
    assert "second boat is back" in result.embedded[0].body
    assert "count visitors" in result.embedded[1].body


def test_a_follow_button_between_the_name_and_the_headline_cuts_no_text() -> None:
    # A marker, the name, a button, the headline, its credit and time: one separator (the marker), the whole text.
    story = ["Keep scrolling", "Coast Ledger", "+ Follow", FERRY[0], "Story by Anna Kovac", "3h ago", *FERRY[1:]]
    lines = split_lines(page(*story))
    assert [lines[index].text for index in separator_walls(lines)] == ["Keep scrolling"]
    result = extract_text(page(*story), "text/b.txt")
    assert [article.title for article in result.embedded] == [FERRY[0]]
    assert "second boat is back" in result.embedded[0].body


def test_under_list_headings_an_outlets_name_heads_one_story_read_whole() -> None:
    # The headings' wording is a list's; the name over the headline tells a story, read whole: a line set apart
    # inside its text (a quoted headline over a long text) starts no entry of its own, under its heading or the one
    # above it.
    inside = "‘We will look at it again in spring’, operator says of the winter timetable"
    first = [
        "More stories",
        "Coast Ledger",
        "Subscribe",
        FERRY[0],
        "Article by Anna Kovac",
        "2h ago",
        *FERRY[1:],
        "Saved",
    ]
    second = ["More stories", "Town Crier", "Subscribe", LIBRARY[0], "Article by Tom Ekberg", "Yesterday"]
    second += [*LIBRARY[1:], inside, *ORCHARD_STORY, *FERRY[1:]]
    result = extract_text(page(*first, *second), "text/c.txt")
    assert [article.title for article in result.embedded] == [FERRY[0], LIBRARY[0]]
    assert "frost expert" in result.embedded[1].body


def test_no_named_head_without_a_time_or_credit_under_the_headline() -> None:
    # an ad: a shop's name over its offer over a button
    lines = split_lines(
        "\n".join(["Kettle Outfitters", "Winter boots at half price this week", "Shop now", *FERRY[1:]])
    )
    assert named_head(lines, 0) is None
    # the same with a reading time under the headline is a story
    lines = split_lines("\n".join(["Kettle Outfitters", "Winter boots at half price this week", "5 min", *FERRY[1:]]))
    assert named_head(lines, 0) == 1


def test_a_compact_age_under_the_headline_times_the_story() -> None:
    # An app prints a story's age as a number and a unit's letter ('14h'), alone on its line under the headline.
    story = ["Keep scrolling", "Coast Ledger", "+ Follow", FERRY[0], "14h", *FERRY[1:]]
    lines = split_lines(page(*story))
    assert named_head(lines, len(ORCHARD_ARTICLE) + 1) == len(ORCHARD_ARTICLE) + 3
    result = extract_text(page(*story), "text/g.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [FERRY[0]]
    assert "second boat is back" in result.embedded[0].body
    # (a figure with no unit is no age: a count under a title, no story's time)
    counted = split_lines(page("Keep scrolling", "Coast Ledger", FERRY[0], "14", *FERRY[1:]))
    assert named_head(counted, len(ORCHARD_ARTICLE) + 1) is None


def test_a_time_above_the_headline_or_a_rule_below_the_name_makes_no_story() -> None:
    # a reader's name over the time of the comment over its first line
    comment = ["Ruth Alder", "3 hours ago", "Finally somebody asks the skippers", "Reply · 2", *FERRY[1:]]
    assert named_head(split_lines("\n".join(comment)), 0) is None
    # buttons over a rule over a story with its own source line: "No" names no outlet
    buttons = ["Yes", "No", "———", FERRY[0], "Coast Ledger · 1 day ago", *FERRY[1:]]
    lines = split_lines("\n".join(buttons))
    assert named_head(lines, 1) is None


def test_a_marker_under_a_list_of_bare_titles_is_no_chip_of_the_last_one() -> None:
    # Titles with no chip under any of them, then a marker shaped like a chip ("▶ 3 More"), over a story's headline
    # and its credit: the marker heads the story, it is no source line of the last title.
    titles = ["Harbour fees rise for the summer", "Bridge repairs close the north road", "New bus line to the quay"]
    text = page("Elsewhere today", *titles, "▶ 3 More", FERRY[0], "Text: Anna Kovac · 12 min ago", *FERRY[1:])
    result = extract_text(text, "text/d.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [FERRY[0]]


def test_the_next_story_of_a_row_below_a_short_closing_line() -> None:
    # The first story closes on a line too short to read as prose; the next one's head stands right below it.
    first = ["Coast Ledger", FERRY[0], "4 min", *FERRY[1:], "“We made it!” she said."]
    lines = split_lines(page("Coming up in your list", *first, "Town Crier", LIBRARY[0], "6 min", *LIBRARY[1:]))
    wall = separator_walls(lines)[0]
    found = separated_story(lines, wall, len(lines))
    assert found is not None
    story, last = found
    assert story.title == FERRY[0] and lines[last].text == FERRY[-1]
    following = next_story(lines, last, len(lines))
    assert following is not None
    assert following[0].title == LIBRARY[0]
    assert following[0].source == "Town Crier"
    # (a line that ends no sentence there closes nothing: a list's heading, no story of the row)
    lines = split_lines(
        page("Coming up in your list", *first[:-1], "share this story", "Town Crier", LIBRARY[0], "6 min", *LIBRARY[1:])
    )
    assert next_story(lines, last, len(lines)) is None


def test_a_carried_story_ends_above_readers_comments() -> None:
    # Below the story: a heading, then comments (a name, one sentence, a time and a button), one under another.
    comments = ["Replies so far", "Ruth Alder", "Finally somebody asks the skippers.", "2d · Reply"]
    comments += ["Tom Ekberg", "The late boat was always the problem.", "5d · Reply"]
    text = page("Coming up in your list", "Coast Ledger", FERRY[0], "4 min", *FERRY[1:], *comments)
    result = extract_text(text, "text/f.txt")
    assert [article.title for article in result.embedded] == [FERRY[0]]
    body = result.embedded[0].body
    assert "second boat is back" in body
    assert "Finally somebody" not in body and "Ruth Alder" not in body
    assert all("Ruth Alder" not in link.title for link in result.article.related)

"""Stories carried after the article under a marker, their headline bare: no source, credit or time under it.

Pages invented here: an article, its buttons, then a short line in a wording no list heading holds ("Elsewhere on
the shelf"), a headline and its paragraphs right below it, an ad's label between two of them. And what must not
pass for one: a list of titles each over one teaser, a story's text running on into a list's title and its teaser.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.separators import bare_stories
from tests.support import ORCHARD_STORY

ARTICLE = [
    "Valley orchard growers turn to frost fans",
    "By Marit Solberg",
    *ORCHARD_STORY[:4],
    "128 likes",
    "Like",
    "Save",
]
MARKER = "Elsewhere on the shelf"
FERRY = [
    "Ferry timetable to change for the winter months",
    "The island ferry will run four crossings a day instead of six from November, the operator said.",
    "Advertisement",
    "The first morning crossing keeps its time so that pupils reach the school on the mainland, but the "
    "late evening boat will leave half an hour earlier, which islanders say leaves no time after work.",
]
LIBRARY = [
    "Library extends its opening hours on weekdays",
    "The reading room will stay open until nine in the evening from Monday, the council said, after a year of "
    "asking from the students of the town.",
    "Students had asked for a quiet place to work once the schools close and the cafes fill up.",
]
# A list of titles, each over one teaser (the last one cut short).
TEASED = [
    "Picked for you",
    "Harbour fees rise for the summer season",
    "The harbour board voted on Tuesday to raise the mooring fees.",
    "Bridge repairs close the north road until spring",
    "Drivers will have to take the coast road while the…",
]


# A list of cards closing the article (a heading the wordings know, each title over its outlet and time).
CARDS = ["Related coverage", "Council delays the vote on the harbour plan", "Town Crier · 2h"]


def test_stories_under_a_marker_each_with_a_bare_headline_are_carried() -> None:
    text = "\n".join([*ARTICLE, *CARDS, MARKER, *FERRY, MARKER, *LIBRARY, *TEASED])
    result = extract_text(text, "text/a.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [FERRY[0], LIBRARY[0]]
    ferry = result.embedded[0].body
    assert "four crossings" in ferry
    assert "first morning crossing" in ferry  # (past the ad's label)
    assert "Advertisement" not in ferry
    library = result.embedded[1].body
    assert "quiet place to work" in library
    assert "mooring fees" not in library  # (the list below is no part of the story)
    related = [link.title for link in result.article.related]
    assert FERRY[0] in related
    assert TEASED[1] in related


def test_a_list_of_titles_each_over_one_teaser_is_no_story() -> None:
    lines = split_lines("\n".join([*ARTICLE, *TEASED]))
    assert bare_stories(lines, len(ARTICLE) - 3, []) == []
    # a teaser alone under its title, even when the next title is long enough to read as a sentence
    long_title = "Why the island council wants a second ferry before the next winter comes round again?"
    lines = split_lines("\n".join([*ARTICLE, MARKER, TEASED[1], TEASED[2], long_title, TEASED[2]]))
    assert bare_stories(lines, len(ARTICLE) - 3, []) == []


def test_a_bare_story_stops_above_a_lists_title_and_its_teaser() -> None:
    lines = split_lines("\n".join([*ARTICLE, MARKER, *LIBRARY, "Also worth a look", *TEASED[1:]]))
    found = bare_stories(lines, len(ARTICLE) - 3, [])
    assert [(lines[marker].text, story.title, story.body) for marker, story, _ in found] == [
        (MARKER, LIBRARY[0], tuple(LIBRARY[1:]))
    ]


def test_a_bare_story_stops_above_the_next_storys_headline_over_its_source() -> None:
    # (its text runs on paragraph after paragraph: no teaser under a list's title)
    closing = (
        "Drivers will have to take the coast road while the engineers replace the deck, which adds twenty minutes "
        "to the drive into town and takes the lorries past the school."
    )
    following = ["Bridge repairs close the north road until spring", "coastledger.com", FERRY[1], FERRY[3], closing]
    lines = split_lines("\n".join([*ARTICLE, MARKER, *LIBRARY, *following]))
    found = bare_stories(lines, len(ARTICLE) - 3, [])
    assert [(story.title, story.body) for _, story, _ in found] == [(LIBRARY[0], tuple(LIBRARY[1:]))]


FERRY_TEXT = [
    FERRY[0],
    "The island ferry will run four crossings a day instead of six from November, the operator said, because "
    "fewer passengers travel in the winter and one of the two boats is due for its overhaul at the yard.",
    "The first morning crossing keeps its time so that pupils reach the school on the mainland, but the "
    "late evening boat will leave half an hour earlier, which islanders say leaves no time after work.",
    "The operator said it would look again at the timetable in spring, once the second boat is back in service.",
]


def test_a_story_under_a_marker_and_a_bare_headline_closes_the_run_below_the_articles_sign_off() -> None:
    # The article's paragraphs, its writer's sign-off and a photo credit (no paragraph), then a marker in no list
    # heading's wording, a headline and the story's text right below it: nothing above the marker reads as a list,
    # yet the article ends above it and the story is carried.
    signed = ["Valley orchard growers turn to frost fans", *ORCHARD_STORY[:5], "Words — Marit Solberg", "Photo: J. Ek"]
    result = extract_text("\n".join([*signed, "", MARKER, *FERRY_TEXT]), "text/m.txt")
    assert "island ferry" not in result.article.body and "cooperative" in result.article.body
    assert [article.title for article in result.embedded] == [FERRY[0]]
    assert "morning crossing" in result.embedded[0].body


def test_a_section_heading_over_a_subheading_right_under_a_paragraph_goes_on_with_the_article() -> None:
    # The same two short lines right under one of the article's paragraphs: a section's heading and its first
    # subheading, the article's text going on below them.
    text = "\n".join(["Valley orchard growers turn to frost fans", *ORCHARD_STORY[:5], "", MARKER, *FERRY_TEXT])
    result = extract_text(text, "text/s.txt")
    assert "island ferry" in result.article.body and result.embedded == ()
    # (nor the last items of a list set in the article, one under the other, over its text going on)
    items = ["Pears from the lower rows", "Apples on the slope", "Plums by the river"]
    text = "\n".join(["Valley orchard growers turn to frost fans", *ORCHARD_STORY[:5], "", *items, *FERRY_TEXT])
    result = extract_text(text, "text/l.txt")
    assert "island ferry" in result.article.body and result.embedded == ()


def test_a_headline_with_a_colon_heads_the_block_its_marker_opens_but_a_lead_in_set_apart_does_not() -> None:
    # "Label: Rest" is a lead-in teaser's shape; right under a marker that opens a block, over the story's text in the
    # same block, it is a headline with a colon. Set apart from the marker by a blank line, a lead-in.
    colon = "Harbour Awards: Ferry Crews Win the Cup Again"
    lines = split_lines("\n".join([*ARTICLE, "", MARKER, colon, *FERRY_TEXT[1:]]))
    assert [story.title for _, story, _ in bare_stories(lines, len(ARTICLE) - 1, [])] == [colon]
    lines = split_lines("\n".join([*ARTICLE, "", MARKER, "", colon, *FERRY_TEXT[1:]]))
    assert bare_stories(lines, len(ARTICLE) - 1, []) == []

"""A story carried in full whose text runs on below a long list of its own.

Pages invented here: an article, then a story carried in full (under a rule, under a list heading with its credit,
or under a marker with a bare headline) whose text holds, between its paragraphs, a list longer than the few short
lines a story's text crosses: a section's name over "Label: value" lines (a timetable's facts). Its text resumes
below each list: the lists are the story's own, no entry of a related list and no other story's headline (the last
two lines, a short line over a "Label: value" line over a paragraph, read as a headline over a chip).
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.related import text_resumes
from tests.support import ORCHARD_STORY

ARTICLE = ["Valley orchard growers turn to frost fans", "By Marit Solberg", *ORCHARD_STORY[:4]]
HEADLINE = "Island ferry publishes its timetables for the year"
OPENING = [
    "The island ferry has set out its crossings for the coming year, with fewer boats in the dark months and a "
    "late boat on Fridays through the summer, the operator said on Monday.",
    "Islanders had asked for the timetable to be published early so that they could plan their work and school "
    "runs, and the operator said it would not change it again before the spring.",
    "The council welcomed the timetable but said it would keep asking for a second late boat in the winter.",
]


def facts(season: str, boat: str) -> list[str]:
    return [
        f"{season} timetable",
        "First boat: 07:15",
        "Last boat: 19:40",
        f"Boat: {boat}",
        "Crossing time: 50 min",
        "Fare: 6 pounds",
        "Cars: Booked ahead",
        f"Cafe: {boat} lounge",
    ]


def text_of(season: str) -> list[str]:
    return [
        f"The {season.lower()} crossings keep the early boat for the pupils of the island school, and the operator "
        "said the crossing time would not change even when the weather turns.",
        f"Drivers are asked to book ahead in the {season.lower()} months, because the car deck fills quickly on "
        "market days and the boat cannot wait for late arrivals at the slipway.",
    ]


STORY = [
    *OPENING,
    *facts("Winter", "Island Queen"),
    *text_of("Winter"),
    *facts("Summer", "Northern Star"),
    *text_of("Summer"),
]


def test_a_story_under_a_rule_runs_on_below_its_long_lists() -> None:
    text = "\n".join([*ARTICLE, "* * *", HEADLINE, "Coast Ledger · 3h", *STORY])
    result = extract_text(text, "text/a.txt")
    assert [article.title for article in result.embedded] == [HEADLINE]
    body = result.embedded[0].body
    assert "book ahead in the summer months" in body
    assert not result.article.related or [link.title for link in result.article.related] == [HEADLINE]


def test_a_story_under_a_list_heading_runs_on_below_its_long_lists() -> None:
    text = "\n".join([*ARTICLE, "", "Keep reading", HEADLINE, "By Tomas Berg", *STORY])
    result = extract_text(text, "text/b.txt")
    assert [article.title for article in result.embedded] == [HEADLINE]
    assert "book ahead in the summer months" in result.embedded[0].body
    assert [link.title for link in result.article.related] == [HEADLINE]


def test_a_bare_story_under_a_marker_runs_on_below_its_long_lists() -> None:
    text = "\n".join([*ARTICLE, "128 likes", "Save", "", "Elsewhere on the shelf", HEADLINE, *STORY])
    result = extract_text(text, "text/c.txt")
    assert [article.title for article in result.embedded] == [HEADLINE]
    assert "book ahead in the summer months" in result.embedded[0].body


def test_a_short_stretch_or_a_lone_teaser_below_is_no_text_resumed() -> None:
    lines = split_lines("\n".join([*OPENING, *facts("Winter", "Island Queen")[:4], *text_of("Winter")]))
    assert not text_resumes(lines, 3, len(lines), spaced=False)  # (a few short lines: the story readers' own tests)
    teaser = ["A short teaser of another story.", "Next title over nothing"]
    lines = split_lines("\n".join([*OPENING, *facts("Winter", "Island Queen"), *teaser]))
    assert not text_resumes(lines, 3, len(lines), spaced=False)
    lines = split_lines("\n".join([*OPENING, *facts("Winter", "Island Queen"), *text_of("Winter")]))
    assert text_resumes(lines, 3, len(lines), spaced=False)
    timed = [*facts("Winter", "Island Queen")[:6], "Coast Ledger · 3h", *text_of("Winter")]
    lines = split_lines("\n".join([*OPENING, *timed]))
    assert not text_resumes(lines, 3, len(lines), spaced=False)  # (a chip among them: the next story's head)

"""The body grows across a list set inside it only onto a story's text: paragraphs one after the other.

Pages invented here, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from tests.support import HARBOUR_HEADLINE, HARBOUR_STORY, LIBRARY_STORY

MORE = [
    "Ferry timetables will change again in the autumn, the operator said, once the new berth is ready for use.",
    "Residents of the island said they would hold the operator to that promise after two summers of delays.",
    "The board's chair said the pier and the berth were one question in the end, since the ferries need both, and"
    " that the regional government had been told as much in a letter sent before the meeting.",
]
TITLES = [
    "Why the lighthouse keeper never left his post",
    "The best seaside walks of the year",
    "A storm, a rescue and a dog named Pilot",
    "The boathouse nobody owns",
]
BLURB = (
    "Oskar Lindqvist is a reporter and photographer based on the west coast, who has covered ports, fisheries and"
    " the sea for many years and teaches at the college in town."
)
MOTTO = (
    "The Quay Gazette is where the coast is read. It is the paper of record for the harbour towns, and it has"
    " been since the first edition went to print more than a century ago, every week."
)


def _page(after_heading: list[str]) -> str:
    return "\n".join(
        [HARBOUR_HEADLINE, "By Oskar Lindqvist", *HARBOUR_STORY, "You Might Also Like", *after_heading, "Contact"]
    )


def test_titles_a_bio_and_a_motto_beyond_a_list_heading_are_no_part() -> None:
    body = extract_text(_page([*TITLES, BLURB, "TOPICS", "HARBOURS", "FERRIES", MOTTO]), "text/a.txt").article.body
    assert "Engineers put the cost" in body
    assert "lighthouse keeper" not in body and "photographer" not in body and "paper of record" not in body


def test_the_story_resumed_beyond_a_list_heading_is_kept() -> None:
    body = extract_text(_page([*TITLES[:2], *MORE]), "text/b.txt").article.body
    assert "Ferry timetables will change" in body and "two summers of delays" in body


def test_a_story_carried_under_a_list_heading_with_its_outlet_is_no_part() -> None:
    # The heading, a headline over its outlet's name, the story's text: carried, not the article resumed.
    extraction = extract_text(_page([LIBRARY_STORY[0], "Coastline Evening Post", *LIBRARY_STORY[1:]]), "text/c.txt")
    body = extraction.article.body
    assert "Engineers put the cost" in body and "reading room" not in body
    assert [article.title for article in extraction.embedded] == [LIBRARY_STORY[0]]
    assert "Two more staff" in extraction.embedded[0].body


def test_an_article_closed_by_its_writers_credit_does_not_resume_beyond_a_list_heading() -> None:
    """The credit closing the story ends it: prose beyond the list under it is another story's, however it reads."""
    page = "\n".join(
        [HARBOUR_HEADLINE, *HARBOUR_STORY, "Words by Oskar Lindqvist", "You Might Also Like", *TITLES[:2], *MORE]
    )
    body = extract_text(page, "text/d.txt").article.body
    assert "Engineers put the cost" in body and "Ferry timetables will change" not in body

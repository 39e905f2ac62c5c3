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


# Blocks of two lines set apart by blank lines, each a headline over its dek (a dek with no stop, or a sentence), as an
# app lists other stories; a question for a headline reads as a sentence, and the dek above it does too.
DEKED = [
    ("The boathouse nobody owns", "A shed on the quay has had no owner since the war, and the board would like one"),
    (
        "Why do the gulls follow the ferry?",
        "A biologist on the island has counted the birds behind the morning boat for ten summers, and she thinks that"
        " she knows the answer now.",
    ),
    ("A storm, a rescue and a dog named Pilot", "The crew of the lifeboat tell the story of the longest night of 1987"),
    (
        "The lighthouse keeper who never left his post",
        "For forty years the light at the point was kept by one man, who wrote down the name of every ship that passed"
        " it in a small red book.",
    ),
]


def test_titles_over_deks_under_a_list_heading_are_no_part_of_the_story() -> None:
    blocks = "\n\n".join(f"{title}\n{dek}" for title, dek in DEKED)
    text = "\n\n".join([HARBOUR_HEADLINE, "By Oskar Lindqvist", *HARBOUR_STORY, "Similar stories", blocks, "Contact"])
    extraction = extract_text(text, "text/d.txt")
    body = extraction.article.body
    assert "Engineers put the cost" in body
    assert "boathouse" not in body and "gulls" not in body and "lighthouse keeper" not in body
    assert all(title in [link.title for link in extraction.article.related] for title, _ in DEKED)

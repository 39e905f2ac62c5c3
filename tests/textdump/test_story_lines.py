"""Short lines between the paragraphs of a story carried in full are its own, no related entries
(textdump/links.py: _outside_stories), wherever its text was cut.

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from tests.support import ORCHARD_ARTICLE

PARAGRAPHS = [
    "The island ferry will run a winter timetable from next month, with two crossings a day instead of five, and the "
    "harbour board says the quiet months are the only time it can take each boat out of the water for repairs.",
    "Islanders who work on the mainland say the early boat leaves too late for the first shifts at the hospital and "
    "the cannery, and a group of them has asked the board to move it forward by half an hour on weekdays at least.",
    "The board's chair said the crew rota made an earlier crossing hard but promised to look at it again in spring, "
    "when the second boat is back in service and the summer staff have been hired for the season on the island.",
    "Until then the island's shop will stay open later on ferry days, and the school will keep its bus waiting at "
    "the slip for the last boat home, as it did during the repairs two winters ago when the crossings were cut too.",
]
ITEMS = [
    "Bring a warm coat for the open deck",
    "Book island tour seats a week ahead",
    "Check the slip board for weather delays",
    "Carry cash for the kiosk on board",
    "Keep bikes on the lower deck only",
    "Dogs ride on a lead at the stern",
    "Ask the crew about the return fares",
    "Sailing times change on public holidays",
]


def test_the_lines_listed_inside_a_carried_story_are_no_entries() -> None:
    carried = [
        "Up next",
        "Island ferry moves to its winter timetable",
        "By Ola Brekke",
        *PARAGRAPHS[:2],
        "Before you travel",
        *ITEMS,
        *PARAGRAPHS[2:],
    ]
    extraction = extract_text("\n\n".join([*ORCHARD_ARTICLE, *carried]), "orchard.txt")
    related = [link.title for link in extraction.article.related]
    assert "Island ferry moves to its winter timetable" in related
    # (the last item, right over two paragraphs, is read as the headline of a text of its own: a carried story's
    # start, which this rule does not decide)
    assert not set(ITEMS[:-1]) & set(related)

"""A list's heading is no entry of it: the short line over the first of entries that each have a source or a teaser
(textdump/links.py), in whatever wording.

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from tests.support import ORCHARD_STORY

ENTRIES = [
    "Ferry timetable to change for the winter months as crews train",
    "harbourcourier.com · 2 min",
    "The company wants to service both boats before the spring crowds arrive, and the…",
    "",
    "Council approves a second berth at the harbour after a long debate",
    "bayobserver.com · 5 min",
    "The vote came after a long debate over the noise the new berth may bring to…",
    "",
    "Lifeboat crew rescues two walkers cut off by the tide near the point",
    "pierweekly.com · 4 min",
    "Both were treated for the cold on the beach and taken home by their…",
    "",
    "About us",
    "Privacy",
]


def _related(heading: str) -> list[str]:
    page = [
        "Valley orchard growers turn to frost fans",
        "By Marit Solberg",
        *ORCHARD_STORY,
        "",
        "You have reached the end",
        "Mark as read",
        "",
        heading,
        *ENTRIES,
    ]
    return [link.title for link in extract_text("\n".join(page), "text/t.txt").article.related]


def test_a_short_line_over_entries_with_teasers_heads_them_and_is_no_entry() -> None:
    assert _related("Picked for the night shift") == [ENTRIES[0], ENTRIES[4], ENTRIES[8]]


def test_a_short_title_with_its_own_teaser_stays_an_entry() -> None:
    titles = _related(
        "Tide tables for the week\nharbourcourier.com · 1 min\nWhat the numbers in the almanac mean for…\n"
    )
    assert titles == ["Tide tables for the week", ENTRIES[0], ENTRIES[4], ENTRIES[8]]


def test_the_last_of_a_list_of_titles_alone_over_another_list_stays_an_entry() -> None:
    """A short title under titles alone like it ends their list; it heads no list of its own."""
    titles = ["Night buses return to the coast road", "Bridge repairs close one lane until May", "Quay cafe wins award"]
    page = ["Valley orchard growers turn to frost fans", "By Marit Solberg", *ORCHARD_STORY, "", "Most read", *titles]
    related = extract_text("\n".join([*page, *ENTRIES]), "text/t.txt").article.related
    assert titles[2] in [link.title for link in related]

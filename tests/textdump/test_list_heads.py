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


CARRIED = [
    "Harbour board votes to dredge the old channel so that the ferry no longer has to wait for the tide at the quay",
    "via Quay Weekly",
    "The dredger arrives in April and the ferry will use the new berth for six weeks",
    "Kept by 14 people",
    "The harbour board voted on Tuesday to dredge the old channel, which has silted up so badly that the ferry now "
    "waits for the tide before it can leave the quay.",
    "Work will start in April and last six weeks, the board said, and boats will use the new berth while the dredger "
    "is in the channel.",
    "Fishermen welcomed the vote but asked that the work stop during the two weeks of the spring herring run.",
    "The board will publish the dredging timetable on its website and post it at the harbour office next month.",
]


def _shelf(heading: str) -> list[str]:
    """A story, a list of titles over their outlets, then `heading` over a story carried in full."""
    return [
        "Valley orchard growers turn to frost fans",
        "By Marit Solberg",
        *ORCHARD_STORY,
        "Written by Marit Solberg",
        "♥ 211",
        "12 comments",
        "Save",
        "",
        "More from this shelf",
        "Lifeboat crew rescues two walkers cut off by the tide near the point",
        "Pier Weekly",
        "",
        "Council approves a second berth at the harbour after a long debate",
        "The vote came after a long debate over the noise the new berth may bring to…",
        "Bay Observer",
        "",
        heading,
        *CARRIED,
        "",
        "Shelfspot",
        "About",
        "Privacy",
    ]


def test_a_short_line_over_a_story_carried_in_full_heads_it_and_is_no_entry() -> None:
    """The line announces the story ('Further down the shelf'): the story's headline is the entry and the carried
    article's title, not the line over it."""
    extraction = extract_text("\n".join(_shelf("Further down the shelf")), "text/t.txt")
    titles = [link.title for link in extraction.article.related]
    assert "Further down the shelf" not in titles
    assert titles[-1] == CARRIED[0]
    assert [article.title for article in extraction.embedded] == [CARRIED[0]]
    assert "Fishermen welcomed the vote" in extraction.embedded[0].body


def test_a_short_title_over_its_teaser_or_blurb_stays_an_entry() -> None:
    """A short title over a teaser in title case, or over a blurb with no stop that its card carries as text ('Read
    more' closing it), is an entry: no heading gives way to the line under it."""
    from converter.textdump.links import _past_list_heads
    from converter.textdump.page import read_page
    from converter.textdump.related import Card

    teaser = "Crews Will Work Through The Night So That Buses Keep To Their Timetable"
    blurb = "Want a seat on the first ferry of the season? Here is how the booking works Read more"
    first = ["Quay cafe wins award", teaser, ""]
    second = ["Pier tickets go on sale", blurb, ORCHARD_STORY[4], ORCHARD_STORY[5]]
    text = "\n".join(["Valley orchard growers turn to frost fans", *ORCHARD_STORY, "", *first, *second])
    page = read_page(text, frozenset(), None)
    cards = [
        Card("Quay cafe wins award", teaser=teaser),
        Card("Pier tickets go on sale", body=(blurb, *ORCHARD_STORY[4:6])),
    ]
    assert _past_list_heads(page, len(ORCHARD_STORY), cards, ()) == cards


def test_a_short_title_over_a_title_read_already_stays_an_entry() -> None:
    """Titles alone, a short one over a longer one: both are entries, whatever a reader took for a teaser."""
    from converter.textdump.links import _past_list_heads
    from converter.textdump.page import read_page
    from converter.textdump.related import Card

    longer = "Night buses return to the coast road after a summer without them"
    text = "\n".join(["Valley orchard growers turn to frost fans", *ORCHARD_STORY, "", "Quay cafe wins award", longer])
    page = read_page(text, frozenset(), None)
    cards = [Card("Quay cafe wins award", teaser=longer), Card(longer)]
    assert _past_list_heads(page, len(ORCHARD_STORY), cards, ()) == cards


def test_a_short_title_over_a_dek_and_its_text_keeps_its_title() -> None:
    """A short line over a dek with no stop, read as the first line of its text, the text right under the dek (no
    chip between): the line is the entry's title, under a list heading ('More from this shelf') as anywhere."""
    from converter.textdump.links import _past_list_heads
    from converter.textdump.page import read_page
    from converter.textdump.related import Card

    dek = "Owners say the secret is the bread they bake before dawn every day"
    listed = ["More from this shelf", "Quay cafe wins award", dek, *ORCHARD_STORY[3:]]
    text = "\n".join(["Valley orchard growers turn to frost fans", *ORCHARD_STORY, "", *listed])
    page = read_page(text, frozenset(), None)
    assert page.walls.get(len(ORCHARD_STORY) + 1) == "related"
    cards = [Card("Quay cafe wins award", body=(dek, *ORCHARD_STORY[3:]))]
    assert _past_list_heads(page, len(ORCHARD_STORY), cards, ()) == cards


def test_a_heading_read_with_an_entry_read_whole_for_its_teaser_is_dropped() -> None:
    """The short line over an entry read already with its source ('Quay Weekly · 2h' under it) is that list's
    heading, no entry: it goes. Over a title read alone, it stays (a list of titles alone)."""
    from converter.textdump.links import _past_list_heads
    from converter.textdump.page import read_page
    from converter.textdump.related import Card

    title = "Night buses return to the coast road after a summer without them"
    text = "\n".join(
        ["Valley orchard growers turn to frost fans", *ORCHARD_STORY, "", "Next on the quay", title, "Quay Weekly · 2h"]
    )
    page = read_page(text, frozenset(), None)
    heading = Card("Next on the quay", teaser=title)
    whole = Card(title, source="Quay Weekly · 2h")
    assert _past_list_heads(page, len(ORCHARD_STORY), [whole, heading], ()) == [whole]
    assert _past_list_heads(page, len(ORCHARD_STORY), [Card(title), heading], ()) == [Card(title), heading]

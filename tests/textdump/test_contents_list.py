"""A table of contents is no carried story: its entries shown again as the page's section headings (textdump/related.py,
full_text_starts). Pages invented here, in wordings of no corpus site or layout."""

from converter.textdump.lines import split_lines
from converter.textdump.related import full_text_starts
from converter.textdump.separators import separator_walls

SECTIONS = [
    "Best Ferry Crossings",
    "Island Hotels Worth the Trip",
    "Harbour Restaurants",
    "Getting Around by Bike",
]


def _section(name: str) -> list[str]:
    words = name.lower()
    return [
        name,
        f"The first thing to know about {words} is that the season is short and the boats fill up early, so the "
        "people who live on the island plan a month ahead and book the crossing before they book anything else.",
        f"Locals have their own advice on {words}: ask at the harbour office, where the staff keep a list of what is "
        "open, what is closed for repairs and which of the small places take cards, and they will tell you plainly.",
    ]


def _guide() -> list[str]:
    page = [
        "Island Guide",
        "A weekend on the island: everything you need to plan the trip",
        "By Ann Lee",
        "3 March 2024",
        "The island has one road, two harbours and more cafés than anyone can count, and a weekend there is easy to "
        "plan once you know where the boats land and when the last one leaves in the evening.",
        "Contents",
        *SECTIONS,
    ]
    for name in SECTIONS:
        page += _section(name)
    return page


def test_a_contents_list_whose_entries_head_the_sections_below_starts_no_carried_story() -> None:
    assert full_text_starts(split_lines("\n".join(_guide()))) == []


def test_a_carried_story_shown_twice_above_its_text_is_still_found() -> None:
    story = [
        "More stories",
        "Harbour master retires after forty winters on the quay",
        "Bay Observer · 2 hrs ago",
        "Harbour master retires after forty winters on the quay",
        *_section("The last winter on the quay")[1:],
        *_section("What the crews will miss")[1:],
    ]
    lines = split_lines("\n".join(_guide() + story))
    assert full_text_starts(lines) == [len(_guide()) + 1]


def test_the_last_entry_of_a_contents_list_over_an_audio_chip_is_no_carried_story_under_a_rule() -> None:
    page = _guide()
    at = page.index(SECTIONS[-1]) + 1  # the contents list's last entry, then the player's chip
    page.insert(at, "Listen · 6 min")
    page[4:4] = _section("Before you go")[1:] * 2  # (prose enough above the list for a story to follow)
    assert separator_walls(split_lines("\n".join(page))) == []


def _carried(outlet: str, headline: str) -> list[str]:
    return [
        "Keep scrolling",
        outlet,
        "+ Follow",
        headline,
        "Story by Ann Lee",
        "11h ago",
        *_section("The quay at night")[1:],
        "Ad",
        "Refinance your boat with Harbour Bank",
        "Check your rate",
        *_section("The crews on the water")[1:],
    ]


def test_chips_and_ad_buttons_each_carried_story_shows_make_no_contents_list() -> None:
    page = [
        *_guide(),
        *_carried("The Quay Post", "Harbour master retires after forty winters on the quay"),
        *_carried(
            "Bay Observer",
            "It's not just you: the night ferry runs later this summer, and the crews say the quay is busier than ever",
        ),
    ]
    lines = split_lines("\n".join(page))
    first = next(line.index for line in lines if line.text == "Keep scrolling")
    assert first in separator_walls(lines)

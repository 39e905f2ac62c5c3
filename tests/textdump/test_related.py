"""Entries of related zones (textdump/related.py): invented cards, each a title with what the page gives with it."""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.related import parse_cards
from tests.support import ORCHARD_STORY

# Outlet over title over a teaser cut short, as a social magazine lists its cards.
CARDS = [
    "Harbour Courier",
    "Ferry timetable to change for the winter months as crews train",
    "The company wants to service both boats before the spring crowds arrive, and the…",
    "Bay Observer",
    "Council approves a second berth at the harbour after a long debate",
    "The vote came after a long debate over the noise the new berth may bring to…",
    "Pier Weekly Review",
    "Lifeboat crew rescues two walkers cut off by the tide near the point",
    "Both were treated for the cold on the beach and taken home by their…",
    "Valley Times",
    "Orchard fans keep the frost off the blossom for a second spring",
    "Growers who bought the tall fans last winter say the pears set fruit again while the farms without…",
    "The Quay Letter",
    "Market hall reopens with a new roof and a longer list of stalls",
    "The traders moved back in on Saturday after eight months in tents on the square, and the council says…",
]


def test_outlets_over_titles_over_cut_teasers_are_cards_of_their_own() -> None:
    cards = parse_cards(split_lines("\n".join(CARDS)))
    assert [(card.title, card.teaser) for card in cards] == [
        (CARDS[1], CARDS[2]),
        (CARDS[4], CARDS[5]),
        (CARDS[7], CARDS[8]),
        (CARDS[10], CARDS[11]),
        (CARDS[13], CARDS[14]),
    ]
    assert all(not card.body for card in cards)


def test_a_cut_teaser_opens_no_carried_story() -> None:
    page = ["Valley orchard growers turn to frost fans", "By Marit Solberg", *ORCHARD_STORY, "More on this", *CARDS]
    article = extract_text("\n".join(page), "text/t.txt")
    assert [link.title for link in article.article.related] == CARDS[1::3]
    assert article.embedded == ()
    # Whole paragraphs under the title are the story the page carries.
    other = [paragraph.replace("fans", "heaters") for paragraph in ORCHARD_STORY]
    cards = parse_cards(split_lines("\n".join([CARDS[1], *other])))
    assert [(card.title, card.body) for card in cards] == [(CARDS[1], tuple(other))]
    # A standfirst cut short over them opens it too.
    standfirst = "Plus! A look at the pier the ferry will use…"
    cards = parse_cards(split_lines("\n".join([CARDS[1], standfirst, *other])))
    assert [(card.title, card.body) for card in cards] == [(CARDS[1], (standfirst, *other))]


def test_an_outlet_over_a_title_over_its_time_is_no_entry() -> None:
    coverage = [
        "Leans left",
        "Harbour Courier",
        "Ferry timetable to change for the winter months as crews train",
        "5 hours ago",
        "Leans right",
        "The Bay Observer",
        "Council Approves A Second Berth At The Harbour After A Long Debate",
        "Yesterday",
    ]
    cards = parse_cards(split_lines("\n".join(coverage)))
    assert [card.title for card in cards] == [coverage[2], coverage[6]]


def test_a_host_and_a_curator_under_a_title_are_chips_of_the_story_below() -> None:
    # (A host in lower case names no outlet: the card has no source.)
    story = [paragraph.replace("fans", "heaters") for paragraph in ORCHARD_STORY]
    zone = ["From the same shelf", CARDS[1], "via harbourcourier.org", "Chosen by Ann Lee", *story]
    cards = parse_cards(split_lines("\n".join(zone)))
    assert [(card.title, card.source, card.body) for card in cards] == [(CARDS[1], None, tuple(story))]
    # A standfirst shaped as a headline under those chips opens the text too.
    standfirst = "How the valley kept its blossom"
    zone = [CARDS[1], "via harbourcourier.org", "Chosen by Ann Lee", standfirst, *story]
    assert [card.body for card in parse_cards(split_lines("\n".join(zone)))] == [(standfirst, *story)]
    # A curator line alone is never an entry's title.
    zone = ["Chosen by Ann Lee", "Chosen by Bo Park", CARDS[4]]
    assert [card.title for card in parse_cards(split_lines("\n".join(zone)))] == [CARDS[4]]


def test_a_headline_under_a_host_alone_is_the_next_story_not_a_standfirst() -> None:
    story = [paragraph.replace("fans", "heaters") for paragraph in ORCHARD_STORY]
    zone = ["Next for you", "harbourcourier.org", CARDS[1], "by Ann Lee", *story]
    assert "Next for you" not in [card.title for card in parse_cards(split_lines("\n".join(zone)))]


def test_a_long_host_and_time_line_is_the_chip_of_the_title_above() -> None:
    zone = [
        CARDS[1],
        "harbourcourier.org · 4 min read",
        "The company said the change would let it service both boats before the spring crowds.",
        CARDS[4],
        "bayobserver.org · 2 min read",
        "The vote followed a year of talks with the harbour users and the ferry company.",
    ]
    cards = parse_cards(split_lines("\n".join(zone)))
    assert [(card.title, card.teaser) for card in cards] == [(CARDS[1], zone[2]), (CARDS[4], zone[5])]


def test_a_headline_over_its_standfirst_over_a_text_is_one_story() -> None:
    # Under a list's heading: the headline, a standfirst shaped as a headline (no stop), the paragraphs (an ad's
    # label between them). The standfirst is the story's first line, no title of a story of its own.
    story = [paragraph.replace("fans", "heaters") for paragraph in ORCHARD_STORY]
    standfirst = "Growers along the valley are betting on moving air to save the blossom"
    zone = [CARDS[10], standfirst, story[0], "Sponsored", *story[1:]]
    cards = parse_cards(split_lines("\n".join(zone)))
    assert [(card.title, card.body[:2]) for card in cards] == [(CARDS[10], (standfirst, story[0]))]
    # A list's heading in a sentence's case over the headline is no headline over a standfirst.
    cards = parse_cards(split_lines("\n".join(["Also in this issue", CARDS[10], *story])))
    assert [card.title for card in cards] == [CARDS[10]]
    # Under a list of bare titles, the last one heads the story: the one above it is an entry of its own.
    titles = ["Harbour Fees Rise For The Summer Season", "Bridge Repairs Close The North Road", CARDS[10]]
    cards = parse_cards(split_lines("\n".join([*titles, *story])))
    assert [card.title for card in cards] == titles
    assert cards[-1].body == tuple(story)


def test_a_credit_under_the_headline_is_no_standfirst() -> None:
    story = [paragraph.replace("fans", "heaters") for paragraph in ORCHARD_STORY]
    credit = "By Marit Solberg and Tom Ekberg"
    page = ["Valley orchard growers turn to frost fans", "By Ann Lee", *ORCHARD_STORY, "More stories", CARDS[10]]
    result = extract_text("\n".join([*page, credit, *story]), "text/s.txt")
    assert [article.title for article in result.embedded] == [CARDS[10]]
    assert credit not in result.embedded[0].body

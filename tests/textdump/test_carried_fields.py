"""A carried story's source is an outlet's name or host, never a 'Key: value' field or a credit (that reading is tested
in test_fields.py); placeholders of images and players' controls are furniture; a counter of a page's items names no
article; a newsletter's numbered list of titles over cut teasers (or a list of titles over 'outlet · time' lines)
closes the article, whose text does not resume in the story carried below it.

Invented lines and pages.
"""

from __future__ import annotations

import pytest

from converter.textdump.extract import extract_text
from converter.textdump.furniture import is_furniture
from converter.textdump.lines import split_lines
from converter.textdump.links import no_headline
from converter.textdump.related import parse_cards
from converter.textdump.repeated import normalize_line
from tests.support import HARBOUR_HEADLINE, HARBOUR_STORY, ORCHARD_STORY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[image not captured]", True),
        ("[Embedded video]", True),
        ("(Graphic: harbour traffic in 2019 - here)", False),  # (a wire story's link to its graphic: kept)
        ("Next story in 8 seconds", True),
        ("Playing next in 12 s", True),
        ("Font size A A+", True),
        ("[Harbour board, 2019]", False),
        ("The next ferry leaves in 10 minutes", False),
    ],
)
def test_placeholders_and_player_controls_are_furniture(text: str, expected: bool) -> None:
    assert is_furniture(text, len(text.split())) is expected


def test_a_counter_of_the_pages_items_is_no_headline() -> None:
    assert no_headline("Item 4 of 19")
    assert no_headline("Slide 3/12")
    assert not no_headline("Top 10 ferry crossings of 2023")


def test_a_field_under_a_listed_title_is_no_source() -> None:
    # A title over a field of figures or a credit field, its teaser below: the entry has no source; an outlet's name
    # over its section is one.
    teaser = "The island ferry will run four crossings a day instead of six from November, the operator said."
    for chip, source in (
        ("Audience: 153K", None),
        ("Byline: Tom Okafor", None),
        ("Coast Ledger: Weekend", "Coast Ledger: Weekend"),  # (an outlet's name over its section: its source)
    ):
        cards = parse_cards(split_lines("\n".join(["Ferry timetable to change for the winter months", chip, teaser])))
        assert [(card.title, card.source) for card in cards] == [
            ("Ferry timetable to change for the winter months", source)
        ], chip


def test_a_numbered_list_of_titles_over_cut_teasers_closes_the_article() -> None:
    # 'More news' over numbered entries (the number on a line of its own) over cut teasers, then a story carried
    # below another heading: the article does not run on into it.
    entries = []
    for number, (title, teaser) in enumerate(
        [
            ("Ferry timetable to change for the winter months", "The island ferry will run four crossings a day…"),
            ("Council approves a second berth at the harbour", "The vote followed a year of talks with the…"),
            ("Lifeboat crew rescues two walkers cut off by the tide", "Two walkers were lifted off the rocks…"),
        ],
        start=1,
    ):
        entries += [str(number), title, teaser]
    page = [HARBOUR_HEADLINE, "By Ines Duarte", *HARBOUR_STORY, "More news", *entries, "Weekend read"]
    page += ["Valley orchard growers turn to frost fans", *ORCHARD_STORY]
    result = extract_text("\n".join(page), "text/b.txt")
    assert "Orchard growers along the valley" not in result.article.body
    assert "Council approves a second berth at the harbour" in [link.title for link in result.article.related]


def test_a_title_the_folder_repeats_over_its_cut_teaser_stays_an_entry() -> None:
    # The site lists the same stories on many pages: their titles are repeated lines of the folder, their teasers cut
    # short ('…') are not. The entry keeps its title; its teaser is no title.
    listed = [
        ("Ferry timetable to change for the winter months", "The island ferry will run four crossings a day…"),
        ("Council approves a second berth at the harbour", "The vote followed a year of talks with the…"),
    ]
    page = [HARBOUR_HEADLINE, "By Ines Duarte", *HARBOUR_STORY, "More news"]
    page += [line for number, pair in enumerate(listed, start=1) for line in (str(number), *pair)]
    repeated = frozenset(normalize_line(title) for title, _ in listed)
    result = extract_text("\n".join(page), "text/c.txt", repeated=repeated)
    titles = [link.title for link in result.article.related]
    assert titles == [title for title, _ in listed]

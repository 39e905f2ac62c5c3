"""A list of titles alone under a heading after the body (textdump/links.py: titles_only) or under numbers
(numbered_titles): each line an entry, whatever its case or shape, however often the folder repeats it.

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.page import read_page
from converter.textdump.repeated import normalize_line
from converter.textdump.title_lists import titles_only
from tests.support import ORCHARD_ARTICLE

TITLES = [
    "The quiet harbour",  # (short, in sentence case)
    "Ferry fares are going up again. Here is what changes in April.",  # (two sentences)
    "Why the lifeboat crew on the point keeps on training through the winter months",  # (reads as prose)
]
FOOTER = ["Harbour Post runs on its readers' gifts. Join them today", "About · Contact · Privacy"]


def _dump(block: list[str]) -> str:
    # (the article's paragraphs apart, the list's lines one under another, the footer apart)
    return "\n\n".join([*ORCHARD_ARTICLE, "\n".join(["Further reading", *block]), "\n".join(FOOTER)])


def _related(block: list[str], repeated: frozenset[str] = frozenset()) -> list[str]:
    return [link.title for link in extract_text(_dump(block), "harbour.txt", repeated=repeated).article.related]


def test_each_line_of_a_list_of_titles_is_an_entry() -> None:
    related = _related(TITLES)
    assert all(title in related for title in TITLES)


def test_a_title_the_folder_repeats_is_an_entry_of_the_list() -> None:
    repeated = frozenset({normalize_line(TITLES[0]), normalize_line(FOOTER[0])})
    related = _related(TITLES, repeated)
    assert TITLES[0] in related
    assert FOOTER[0] not in related


def test_titles_over_teasers_are_no_list_of_titles_alone() -> None:
    teased = [
        TITLES[2],
        "Crews train twice a week, whatever the weather, so that a night call finds them ready for the sea.",
        "Market hall reopens with a new roof and a longer list of stalls",
        "The traders moved back in on Saturday after eight months in tents on the square.",
    ]
    page = read_page(_dump(teased), frozenset(), None)
    assert titles_only(page, len(ORCHARD_ARTICLE) - 1) == []


def test_each_title_of_a_numbered_list_is_an_entry() -> None:
    numbered = [line for number, title in enumerate(TITLES, 1) for line in (str(number), title)]
    dump = "\n\n".join([*ORCHARD_ARTICLE, "\n".join(["Most read", *numbered]), "\n".join(FOOTER)])
    related = [link.title for link in extract_text(dump, "harbour.txt").article.related]
    assert all(title in related for title in TITLES)
    assert not {str(number) for number in range(1, 4)} & set(related)


def test_a_cards_chips_are_no_titles_of_a_list() -> None:
    chipped = [TITLES[2], "Picked by Ann Lee", TITLES[1], "via harbourpost.example.com"]
    page = read_page(_dump(chipped), frozenset(), None)
    assert not {"Picked by Ann Lee", "via harbourpost.example.com"} & set(titles_only(page, len(ORCHARD_ARTICLE) - 1))

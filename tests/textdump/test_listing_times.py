"""A card's title over the time it was posted (textdump/listing.py: timed_title): an entry, whatever its shape.

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

import pytest

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.listing import timed_title
from converter.textdump.repeated import normalize_line
from tests.support import ORCHARD_ARTICLE

TWO_SENTENCES = "Ferry fares are going up again. Here is what changes in April."
LONG_TITLE = "Why the council's new parking plan could take years to reach the streets it was drawn up for"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ([TWO_SENTENCES, "Bay Observer · 6h"], True),  # a headline of two sentences over its outlet and age
        ([LONG_TITLE, "Pier Weekly", "3 hours ago"], True),  # over its outlet's name over its time
        ([LONG_TITLE, "Pier Weekly — 12h"], True),
        (["No, fares are not 'the same.' All the changes from April to June.", "Bay Observer · 6h"], True),
        ([LONG_TITLE, "Pier Weekly · Mar 3, 2024"], True),
        (["Pier Weekly Review", "3 hours ago"], False),  # the outlet's name itself
        (["Order by: Oldest", "kim_r · 2h"], False),  # a control over a reader's comment
        ([LONG_TITLE, "Pier Weekly · Opinion"], False),  # a source with no time
        ([" ".join([TWO_SENTENCES] * 4), "Bay Observer · 6h"], False),  # a paragraph's length
        (["So glad somebody finally wrote about the ferry.", "3 days ago · Reply"], False),  # a reader's comment
    ],
)
def test_a_title_over_its_time(block: list[str], expected: bool) -> None:
    assert timed_title(split_lines("\n".join(block)), 0) is expected


CARDS = [
    "Elsewhere on the coast",
    "Lifeboat crew rescues two walkers cut off by the tide near the point",
    "Harbour Courier · 2h",
    TWO_SENTENCES,
    "Bay Observer · 6h",
    "Council approves a second berth at the harbour after a long debate",
    "Pier Weekly · 9h",
]


def _related(repeated: frozenset[str] = frozenset()) -> list[str]:
    extraction = extract_text("\n\n".join([*ORCHARD_ARTICLE, *CARDS]), "orchard.txt", repeated=repeated)
    return [link.title for link in extraction.article.related]


def test_a_title_of_two_sentences_over_its_time_is_an_entry() -> None:
    related = _related()
    assert sorted(related) == sorted([CARDS[1], CARDS[3], CARDS[5]])  # (the heading's entries first, then the rest)


def test_a_title_the_folder_repeats_over_its_time_is_an_entry() -> None:
    # (a site lists the same stories on many of its pages: the folder's repetition makes no furniture of them)
    assert CARDS[1] in _related(frozenset({normalize_line(CARDS[1])}))

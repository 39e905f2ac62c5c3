"""Readers' comments are never taken into the body: a 'See all comments' link heads them as 'Comments' does.

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

import pytest

from converter.textdump.extract import extract_text
from converter.textdump.lines import make_line
from converter.textdump.related import header_kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEE ALL COMMENTS (14)", "comments"),
        ("See all comments", "comments"),
        ("Read all comments", "comments"),
        ("See all", "popular"),  # a list's link, no comments named
        ("See all photos", None),
        ("0 Comments", None),  # a counter by the byline: no comments follow it
        ("12 Comments", "comments"),
    ],
)
def test_see_all_comments_heads_the_comments(text: str, expected: str | None) -> None:
    assert header_kind(make_line(0, text, frozenset())) == expected


ARTICLE = [
    "Harbour Town ferry fares to rise in spring",
    "By Dana Reyes",
    "The harbour board voted on Tuesday to raise ferry fares by a fifth from April, the first rise in six years.",
    "Board members said the fuel bill had doubled since the last rise and the two boats needed new engines soon.",
    "Commuters who cross twice a day will pay about forty more a month, a cost the union called a blow to workers.",
    "The board will hold a public meeting on the new fares at the town hall on the second Monday of March.",
    "Dana Reyes is a staff writer at the Harbour Gazette, where she covers housing and the port.",
    "See all comments (3)",
    "gullwatcher",
    "Forty a month is a lot for people who already pay the bridge toll twice a day, and nobody asked us about it.",
    "seaside_sam",
    "The engines on the old boat have been failing for years, so frankly a rise was always coming for all of us.",
    "gullwatcher",
    "Then the board should have saved for them instead of spending the surplus on the new waiting room last year.",
]


def test_comments_after_see_all_comments_stay_out_of_the_body() -> None:
    body = extract_text("\n\n".join(ARTICLE), "harbour.txt").article.body
    assert "public meeting on the new fares" in body
    assert "bridge toll" not in body
    assert "waiting room" not in body

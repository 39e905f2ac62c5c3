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
        ("RECOMMENDED BY OUR EDITORS", "related"),  # who picked the list: any words after "Recommended by"
        ("Recommended from the newsroom", "related"),
        ("Similar articles", "related"),
        ("Also in today's edition", "related"),
        ("Similar", None),
        ("More stories at reading level B2", "related"),  # what the list's stories share: any words after it
        ("More news for the Upper Valley", "related"),
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


def test_readers_posts_under_the_comments_heading_are_no_related_stories() -> None:
    # Each post under its writer's name, place and time ('Name · Place · 3h'): a card's shape, no other story.
    page = [
        *ARTICLE[:7],
        "Comments",
        "Ines Varga · Riverside · 3h",
        "Will the new fares apply to the night crossings too?",
        "Like (4) · Reply",
        "Tomas Oyelaran · Hillcrest · 9h",
        "Has anyone asked the board what the new engines will cost?",
        "Like (2) · Reply",
    ]
    article = extract_text("\n\n".join(page), "harbour.txt").article
    assert "public meeting on the new fares" in article.body
    assert [link.title for link in article.related] == []
    # A list under the posts, its heading no wall: its headlines (no stop, or an abbreviation's) are entries.
    listed = ["Other threads", "Ferry crews walk out over the new rota in the U.S.", "n/harbour · 24 comments"]
    listed += ["Council approves a second berth at the harbour", "n/harbour · 9 comments"]
    article = extract_text("\n\n".join([*page, *listed]), "harbour.txt").article
    assert {link.title for link in article.related} == {
        "Ferry crews walk out over the new rota in the U.S.",
        "Council approves a second berth at the harbour",
    }


def test_comments_under_a_heading_no_wording_knows_are_cut_off_the_body() -> None:
    """Each a handle over one short sentence over a footer of parts ('4m · Reply · ♥ 2'), closing the run: readers'
    posts, cut off with the short lines heading them, whatever those say."""
    page = [
        *ARTICLE[:6],
        "Ferry users who cannot come to the meeting may write to the board until the end of February, its chair said.",
        "What the quay says (3)",
        "Say something…",
        "gullwatcher",
        "Forty a month is a lot for people who pay the bridge toll.",
        "4m · Reply · ♥ 12",
        "seaside_sam",
        "The old boat has been failing for years, a rise was coming.",
        "20m · Reply · ♥ 3",
        "Mira T.",
        "Will the night crossings cost more too?",
        "1h · Reply · ♥ 5",
    ]
    body = extract_text("\n".join(page), "harbour.txt").article.body
    assert "public meeting on the new fares" in body
    assert "bridge toll" not in body and "night crossings" not in body
    assert "gullwatcher" not in body and "What the quay says" not in body

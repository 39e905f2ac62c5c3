"""Cards closed by counter lines (textdump/cards.py): posts above the story are a list, the story's own head is not.

Invented lines and pages: a channel's posts (a title, a teaser, counters) above the story its reader opened.
"""

from __future__ import annotations

from converter.textdump.cards import counter_line, countered_cards
from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from tests.support import ORCHARD_STORY

# A channel's page: posts (a title, a teaser, counters) stand above the story its reader opened.
_POSTS = [
    "Harbour Notes ✔",
    "4,210 members",
    "",
    "⚓ Tide tables for the estuary are late again this month",
    "Boat owners say the printed tables reached the chandlery three weeks after the new month began.",
    "★ 3.1K · 08:05",
    "",
    "Lighthouse keeper's cottage to open as a small museum",
    "The trust that bought it will open two rooms to visitors on summer weekends.",
    "★ 912 · 07:40",
    "",
]
_OPENED = [
    "Full story",
    "Valley orchard growers turn to frost fans",
    "Marit Solberg · valleyledger.example · 2 hours ago",
    "",
    *ORCHARD_STORY,
]


def test_posts_closed_by_counters_above_the_story_are_a_list() -> None:
    extraction = extract_text("\n".join([*_POSTS, *_OPENED]), "posts.txt")
    article = extraction.article
    assert article.title == "Valley orchard growers turn to frost fans"
    assert article.body.startswith(ORCHARD_STORY[0][:40])
    assert "Tide tables" not in article.body and "Full story" not in article.body
    assert article.authors == ("Marit Solberg",)
    titles = [link.title for link in article.related]
    assert titles[:2] == [
        "Tide tables for the estuary are late again this month",
        "Lighthouse keeper's cottage to open as a small museum",
    ]


def test_one_post_above_a_headline_with_its_credit_is_a_list() -> None:
    one_post = [
        *_POSTS[:3],
        "Lighthouse keeper's cottage to open as a small museum",
        "The trust that bought the cottage last year will open two of its rooms to visitors on summer weekends, "
        "with the keeper's logbooks and the old lamp shown in the…",
        "★ 912 · 07:40",
        "",
    ]
    article = extract_text("\n".join([*one_post, *_OPENED]), "post.txt").article
    assert article.title == "Valley orchard growers turn to frost fans"
    assert "Lighthouse" not in article.body


def test_a_headline_over_its_standfirst_and_counters_stays_the_story() -> None:
    # (no second headline with its credit below the counters: the card is the article's own head)
    page = [
        "Valley orchard growers turn to frost fans",
        "Growers bet that moving the air on still nights keeps a late frost off the blossom.",
        "★ 3.1K · 08:05",
        "",
        *ORCHARD_STORY,
    ]
    lines = split_lines("\n".join(page))
    assert countered_cards(lines) == ()
    assert extract_text("\n".join(page), "own.txt").article.title == page[0]


def test_counter_lines() -> None:
    def counter(text: str) -> bool:
        return counter_line(split_lines(text)[0])

    assert counter("★ 3.1K · 08:05") and counter("♥ 1,204  💬 38") and counter("◉ 77 · edited 10:02")
    assert not counter("3.1K views · 08:05")  # (opens with a digit: a meta line, not this shape)
    assert not counter("• Ferry timetable to change for winter")  # a bullet
    assert not counter("★ Editor's pick")  # no count
    assert not counter("★ 12 March 2024")  # a date
    assert not counter("© 2025 Harbour Notes Ltd")  # words beside a number: a notice
    assert not counter("— 2 / 3 —")  # a counter of the stories carried
    assert not counter("★ The fans pull warmer air down from 3 metres up on nights.")  # a sentence

"""Carried stories' heads and ends: list headings in other wordings, readers' counts closing a post, a short
standfirst, a source line with a marker's dot, a fold's button inside a story (textdump/related.py, region.py,
listing.py, page.py). Invented pages: the orchard story carried under the harbour one, or the other way round."""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.related import header_kind, is_card_chip, parse_cards, reactions_line
from tests.support import HARBOUR_HEADLINE, HARBOUR_STORY, ORCHARD_STORY

ORCHARD_HEADLINE = "Valley orchard growers turn to frost fans"
# The harbour story long enough to be the page's own article.
HARBOUR_TEXT = [*HARBOUR_STORY, *(paragraph.replace("pier", "quay") for paragraph in HARBOUR_STORY)]
HARBOUR_TOP = [HARBOUR_HEADLINE, "By Ann Lee"]


def _embedded(page: list[str]) -> list[tuple[str, str]]:
    result = extract_text("\n".join(page), "text/p.txt")
    return [(article.title, article.body) for article in result.embedded]


def test_list_headings_in_other_wordings() -> None:
    # "Also in this <anything>" and "More stories <picked> for you" head lists as "Also in this issue" does.
    for text in ("Also in this digest", "Also in today's bundle", "More stories chosen for you"):
        assert header_kind(split_lines(text)[0]) == "related", text
    # (a sentence that starts so is no heading)
    assert header_kind(split_lines("Also in this town the ferry stopped running last winter")[0]) is None


def test_readers_counts() -> None:
    for text in ("47 likes", "1,005 hearts · 62 reshares", "♥ 598", "♥ 12 · 24 notes", "58 loops"):
        assert reactions_line(split_lines(text)[0]), text
    for text in ("Quay Post · 6h", "6 hours", "Top 10 Things", "Page 2"):
        assert not reactions_line(split_lines(text)[0]), text


def test_a_story_under_a_heading_below_the_posts_counts_is_carried() -> None:
    # The post closes with its photo credit and its readers' counts: the headline and text under the list heading
    # below are another story's, not the post's text resumed after a list set inside it.
    page = [*HARBOUR_TOP, *HARBOUR_TEXT, "Photo: Ann Lee", "128 likes", "Related", ORCHARD_HEADLINE, *ORCHARD_STORY]
    embedded = _embedded(page)
    assert [title for title, _ in embedded] == [ORCHARD_HEADLINE]
    assert ORCHARD_STORY[0] in embedded[0][1]


def test_a_short_standfirst_with_a_stop_is_no_title() -> None:
    # "Still cold, mostly." under the headline is the story's standfirst: a sentence (its stop), no chip.
    standfirst = "Still cold, mostly."
    cards = parse_cards(split_lines("\n".join(["Also in this digest", ORCHARD_HEADLINE, standfirst, *ORCHARD_STORY])))
    assert [card.title for card in cards] == [ORCHARD_HEADLINE]
    assert cards[0].body[0] == standfirst


def test_a_quoted_paragraph_over_a_subheading_is_no_headline() -> None:
    # A paragraph closing on a quote ('... she said. "Soon."') over a subheading in capitals is the story's text,
    # not the next story's headline over its outlet's name.
    quoted = 'The growers met on Monday to plan the spring, the chair said. "We will be ready."'
    story = [ORCHARD_STORY[0], quoted, "Fans Against The Frost", *ORCHARD_STORY[1:4]]
    cards = parse_cards(split_lines("\n".join([ORCHARD_HEADLINE, *story])))
    assert [card.title for card in cards] == [ORCHARD_HEADLINE]
    assert cards[0].body == tuple(story)


def test_a_marker_line_is_a_chip_and_readers_counts_are_none() -> None:
    assert is_card_chip(split_lines("Quay Post · 6h")[0])
    assert not is_card_chip(split_lines("225 hearts · 58 loops")[0])
    # Two stories carried one under the other, each a headline over its outlet's line and time: two stories, each
    # with its outlet's name (no time).
    zone = [ORCHARD_HEADLINE, "Quay Post · 6h", *ORCHARD_STORY, HARBOUR_HEADLINE, "Bay Letter · 2h"]
    cards = parse_cards(split_lines("\n".join([*zone, *HARBOUR_STORY])))
    assert [(card.title, card.source) for card in cards] == [
        (ORCHARD_HEADLINE, "Quay Post"),
        (HARBOUR_HEADLINE, "Bay Letter"),
    ]
    assert cards[0].body == tuple(ORCHARD_STORY)


def test_a_source_line_over_the_headline_heads_a_carried_story() -> None:
    # Under "Keep reading": the story's source line with a marker's dot, then its headline and text.
    page = [*HARBOUR_TOP, *HARBOUR_TEXT, "Keep reading", "Shared from Quay Post · Open original", ORCHARD_HEADLINE]
    embedded = _embedded([*page, *ORCHARD_STORY])
    assert [title for title, _ in embedded] == [ORCHARD_HEADLINE]


def test_a_post_closed_by_its_counts_ends_above_the_lists_and_stories_below() -> None:
    # No list heading anyone knows: the post's source line and counts close it, a list of titles over teasers and a
    # story under its headline and "Outlet · time" line follow.
    listed = [
        "From Our Shelf",
        "Bridge repairs close the north road for a month",
        "The work starts on Monday and the buses will take the coast road.",
        "Market hall reopens with a new roof and more stalls",
        "The traders moved back in on Saturday after eight months in tents.",
    ]
    page = [*HARBOUR_TOP, *HARBOUR_TEXT, "Quay Post · 22 Dec 2023", "312 hearts · 40 reshares", "Heart", *listed]
    embedded = _embedded([*page, ORCHARD_HEADLINE, "Bay Letter · 6h", *ORCHARD_STORY])
    assert [title for title, _ in embedded] == [ORCHARD_HEADLINE]
    assert ORCHARD_STORY[0] in embedded[0][1]


def test_a_fold_inside_a_carried_story_does_not_split_it() -> None:
    # "Keep reading ▾" between a story's first paragraph and the rest: a button unfolding the text, no heading.
    story = [ORCHARD_STORY[0], "Keep reading ▾", *ORCHARD_STORY[1:]]
    page = [*HARBOUR_TOP, *HARBOUR_TEXT, "By Ann Lee", "Up next", ORCHARD_HEADLINE, "Bay Letter · 6h", *story]
    embedded = _embedded(page)
    assert [title for title, _ in embedded] == [ORCHARD_HEADLINE]
    assert ORCHARD_STORY[-1] in embedded[0][1]

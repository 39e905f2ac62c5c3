"""The headline over its standfirst: which of two alike lines comes first, and which is longer, tells."""

from collections import Counter

from converter.textdump import metadata, title
from converter.textdump.lines import Line, split_lines

HEADLINE = "Night ferry to the islands returns after three quiet winters"
TEASER = "The operator says bookings doubled once the new timetable was announced, and a second boat may follow"
BODY = (
    "The overnight crossing stopped when the old vessel failed its inspection, and islanders have relied on "
    "a single daytime sailing since then, often sold out weeks in advance during the busy months."
)
MORE = (
    "A refitted ship will take over from the spring, with cabins for sixty passengers and room for freight, "
    "the operator said in a statement on its website on Monday morning."
)


def _features(lines: list[Line], index: int, body_start: int) -> dict[str, float]:
    return title.features(lines, index, body_start, Counter())


def test_teaser_under_a_headline_is_marked_and_the_headline_wins() -> None:
    lines = split_lines("\n".join(["Menu", "Travel", HEADLINE, TEASER, "By Oona Falk", BODY, MORE]))
    body_start = 5
    assert _features(lines, 2, body_start)["standfirst_below"] == 1.0
    assert _features(lines, 3, body_start)["headline_above"] == 1.0
    assert _features(lines, 3, body_start)["standfirst_below"] == 0.0  # a byline below is no standfirst
    index = title.find_title(lines, body_start)
    assert index is not None and lines[index].text == HEADLINE


def test_no_standfirst_under_a_line_of_two_sentences_or_of_names() -> None:
    two_sentences = "The pier is closed again this week. Repairs will start soon"
    names = "Oona Falk, Piet Varga and Lise Amundsen"
    lines = split_lines("\n".join([two_sentences, TEASER, names, TEASER]))
    assert _features(lines, 0, 4)["standfirst_below"] == 0.0
    assert _features(lines, 2, 4)["standfirst_below"] == 0.0


def test_a_relative_time_below_is_a_credit() -> None:
    # An aggregator's card: the headline, then when it was first seen ("reported 6h ago"), then its text.
    lines = split_lines("\n".join([HEADLINE, "First seen 6h ago", BODY]))
    assert metadata.credit_distance(lines, 0) == 1


def test_a_question_may_lead_a_headline() -> None:
    question = "Fond of island cheese? Buy it before the ferry stops running"
    lines = split_lines("\n".join([question, TEASER, BODY]))
    assert _features(lines, 0, 2)["standfirst_below"] == 1.0


def test_a_dated_credit_line_below_is_no_standfirst() -> None:
    credit = "Oona Falk · Harbour Desk · Posted: Mar 3, 2022 9:10 AM | Last Updated: March 4, 2022 at noon"
    lines = split_lines("\n".join([HEADLINE, credit, BODY]))
    assert _features(lines, 0, 2)["standfirst_below"] == 0.0


def test_a_by_line_without_a_person_reads_as_a_byline() -> None:
    lines = split_lines("\n".join([HEADLINE, "By Gazette staff", BODY]))
    assert _features(lines, 1, 2)["byline"] == 1.0


def test_no_standfirst_inside_the_body() -> None:
    # A paragraph without its final stop, then a longer one: two paragraphs, not a headline and its teaser.
    unstopped = "The ferry will call at the two northern islands on its way back to the mainland"
    lines = split_lines("\n".join([HEADLINE, BODY, unstopped, MORE]))
    assert _features(lines, 2, 1)["standfirst_below"] == 0.0


DECK = "Operator adds cabins and freight space as bookings double for the refitted night ship"


def test_a_deck_under_the_headlines_credits_is_no_headline() -> None:
    """Headline, then its byline and date, then a deck longer than the headline over the body: the line over the
    credits heads the story, whatever its question mark; the deck under them does not."""
    question = "Missed the night ferry? The islands will have it back in spring"
    for credits in (["By Oona Falk", "3 March 2024"], ["Oona Falk | Island Post", "Updated 2 hours ago", "💬 12"]):
        lines = split_lines("\n".join(["Back", "Text size", question, *credits, DECK, BODY, MORE]))
        body_start = 3 + len(credits) + 1
        assert title._deck_under_credits(lines, body_start - 1)
        index = title.find_title(lines, body_start)
        assert index is not None and lines[index].text == question, credits
    # (A story's own headline under an entry of a list of others, each title over its chip, stays a headline.)
    listed = ["Harbour board weighs the future of its stone pier", "Quay Post · 2h", HEADLINE, BODY, MORE]
    assert not title._deck_under_credits(split_lines("\n".join(["Latest", *listed])), 3)


def test_a_headline_under_its_byline_and_a_section_is_no_deck() -> None:
    """Some sites set the byline over the headline, a section's name over both: the headline has no credit of its own
    under it, but the line over the byline is no headline (a section, a menu's last entry)."""
    page = ["Contact us", "Do not sell my personal information", "Ferries Travel", "By Oona Falk", HEADLINE, TEASER]
    lines = split_lines("\n".join([*page, BODY, MORE]))
    assert not title._deck_under_credits(lines, 4)

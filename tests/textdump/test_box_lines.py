"""A box's text set between an article's paragraphs under its label: an ad's offer, a notice; and a touch prompt, a
reading time left. Lines invented here."""

from __future__ import annotations

from converter.textdump.asides import comment_footer, comment_lines, is_ad_copy, is_notice_below_label, is_ui_prompt
from converter.textdump.extract import extract_text
from converter.textdump.furniture import is_furniture
from converter.textdump.lines import split_lines
from tests.support import ORCHARD_ARTICLE, ORCHARD_STORY


def test_an_offer_without_a_stop_under_an_ads_label() -> None:
    for label in ("Sponsored", "Sponsored · Kettle Outfitters", "ADVERTISEMENT"):
        lines = split_lines(f"{label}\nWinter boots 30% off until Friday\n")
        assert is_ad_copy(lines, 1), label
    # under a label that is no ad's, or telling rather than selling, the line is the story's
    lines = split_lines("Prices\nWinter boots 30% off until Friday\n")
    assert not is_ad_copy(lines, 1)
    lines = split_lines("Sponsored · Kettle Outfitters\nThe shop opened on the quay in 1990\n")
    assert not is_ad_copy(lines, 1)
    text = "\n".join([*ORCHARD_ARTICLE, "Sponsored · Kettle Outfitters", "Winter boots 30% off until Friday"])
    result = extract_text("\n".join([text, *ORCHARD_STORY[3:]]), "text/a.txt")
    assert "Winter boots" not in result.article.body


def test_a_notice_under_its_label_line() -> None:
    notice = "Bins are collected on Saturday this week in the north and east wards."
    for label in ("NOTICE · Parish office", "REMINDER", "Notice · Harbour board"):
        lines = split_lines(f"{label}\n{notice}\n")
        assert is_notice_below_label(lines, 1), label
    # a subheading of the story in sentence case over its paragraph, or a longer label, is no notice's
    for label in ("Notice", "A notice from the harbour board to all of the boat owners"):
        lines = split_lines(f"{label}\n{notice}\n")
        assert not is_notice_below_label(lines, 1), label
    text = "\n".join([*ORCHARD_ARTICLE, "NOTICE · Parish office", notice, *ORCHARD_STORY[3:]])
    result = extract_text(text, "text/b.txt")
    assert "Bins are collected" not in result.article.body
    assert "report to the council in March" in result.article.body


def test_a_touch_then_what_it_does_is_a_prompt() -> None:
    assert is_ui_prompt("Tap to follow this topic")
    assert is_ui_prompt("Click to save this story for later")
    assert not is_ui_prompt("Tap to the left of the gate")  # (no reader's verb after 'to')


def test_reading_time_left_is_furniture() -> None:
    assert is_furniture("12 min left", 3)
    assert is_furniture("4 mins remaining", 3)
    assert not is_furniture("12 min left on the clock when he scored", 9)


def test_readers_comments_are_found_by_their_repeated_frames() -> None:
    lines = split_lines(
        "\n".join(
            [
                ORCHARD_STORY[0],
                "Replies so far",
                "Ruth Alder",
                "Finally somebody asks the growers.",
                "2d · Reply",
                "Tom Ekberg",
                "The fans kept me awake all spring.",
                "5d · Reply",
                "About us",
            ]
        )
    )
    assert comment_footer(lines, 4) and not comment_footer(lines, 7)  # (the last one: no comment below it)
    assert comment_lines(lines, 0, len(lines)) == {2, 3, 4, 5, 6, 7}
    # one sentence under a name and a time, once: no comments' frames repeated
    single = split_lines("\n".join([ORCHARD_STORY[0], "Ruth Alder", "Finally somebody asks.", "2d · Reply", "About"]))
    assert comment_lines(single, 0, len(single)) == set()


def test_a_list_of_cards_closed_by_bare_times_is_no_comments() -> None:
    # an outlet's name over a question headline over its time, twice: a coverage list, not two comments
    cards = ["Harbour Post", "Will the ferry run on time this winter?", "35 minutes ago"]
    cards += ["Quay News", "Who pays for the new pier?", "2 hours ago"]
    lines = split_lines("\n".join([ORCHARD_STORY[0], "How outlets framed it", *cards, "About us"]))
    assert comment_lines(lines, 0, len(lines)) == set()

"""A sign-up box closing the story (heading, pitch, boxes, the legal line) is no part of the body.

Pages invented here, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.signup import consent_dialog, inset_boxes, names_policies, signup_box
from tests.support import HARBOUR_HEADLINE, HARBOUR_STORY

BOX = [
    "The Tide Letter",
    "Every Friday, the week's harbour news and the best of our reporting, straight from the quay to you.",
    "Send me offers and news from the partners we trust",
    "By signing up you accept our Terms of Use and Privacy Policy, confirm that you are over sixteen and agree to"
    " receive emails from us about our news, events and offers.",
    "Subscribe",
]


def _page(tail: list[str]) -> str:
    return "\n".join([HARBOUR_HEADLINE, "By Oskar Lindqvist", *HARBOUR_STORY, *tail, "More stories", "Tide tables"])


def test_the_policies_named() -> None:
    assert names_policies("See our privacy notice.") and names_policies("Subject to the Terms & Conditions")
    assert not names_policies("The board will publish its terms next week.")


def test_the_box_is_left_out() -> None:
    body = extract_text(_page(BOX), "text/box.txt").article.body
    assert "Engineers put the cost" in body
    assert "quay to you" not in body and "partners" not in body and "Privacy Policy" not in body


def test_the_box_is_read_up_to_its_heading() -> None:
    lines = split_lines("\n".join([*HARBOUR_STORY, *BOX]))
    furniture = [line.text == "Subscribe" for line in lines]
    assert signup_box(lines, 0, len(lines) - 1, furniture) == {3, 4, 5, 6}
    # (with no button nor call the rules know, by the box or under it, no box)
    assert signup_box(lines, 0, len(lines) - 1, [False] * len(lines)) == set()


def test_a_story_ending_on_a_policy_keeps_it() -> None:
    # A subheading over the story's own sentence on some company's privacy policy, no button or call by them.
    tail = [
        "What changes",
        "The ferry company said on Monday that its new privacy policy for passengers, which the board has yet to read,"
        " would take effect in the spring.",
        "Subscribe",
    ]
    lines = split_lines("\n".join([*HARBOUR_STORY, *tail]))
    assert signup_box(lines, 0, len(lines) - 1, [False] * len(lines)) == set()
    assert "privacy policy for passengers" in extract_text(_page(tail), "text/policy.txt").article.body


DIALOG = [
    "This site uses cookies to improve your visit and to measure how our pages are read by everyone.",
    "Accept cookies",
    "Privacy choices",
    "When you open our pages, we keep small files on your device so that the site remembers your choices next time.",
    "Needed cookies - always on",
    "We cannot let you turn off the files the site needs to work, such as the one that remembers this very choice.",
    "Save choices",
]


def test_a_consent_dialog_closing_the_run_is_left_out() -> None:
    lines = split_lines("\n".join([*HARBOUR_STORY, *DIALOG]))
    furniture = [line.text in (DIALOG[0], DIALOG[1], DIALOG[4]) for line in lines]
    assert consent_dialog(lines, 0, len(lines) - 1, furniture) == set(range(3, 10))


def test_a_story_going_on_below_a_banner_keeps_it() -> None:
    # A sentence of the story below the banner (neither to the reader nor on cookies): no dialog closes the run.
    story_on = "The harbour master said the pier would stay closed to boats until the engineers had finished."
    lines = split_lines("\n".join([*HARBOUR_STORY[:1], *DIALOG[:4], story_on]))
    furniture = [line.text in (DIALOG[0], DIALOG[1]) for line in lines]
    assert consent_dialog(lines, 0, len(lines) - 1, furniture) == set()


# A box set between two paragraphs: a heading with no stop, a pitch, a form field, a button.
INSET = ["Quayside Notes at breakfast", "Pier and tide news for you before the first ferry.", "Your address", "Join"]


def _inset_lines(box: list[str]) -> tuple[list, list[bool]]:
    lines = split_lines("\n".join([*HARBOUR_STORY[:2], *box, HARBOUR_STORY[2]]))
    return lines, [line.text == box[-1] for line in lines]


def test_a_box_between_paragraphs_is_left_out() -> None:
    lines, furniture = _inset_lines(INSET)
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == {2, 3, 4, 5}
    page = "\n".join([HARBOUR_HEADLINE, "By Oskar Lindqvist", *HARBOUR_STORY[:2], *INSET, HARBOUR_STORY[2], "Tides"])
    body = extract_text(page, "text/inset.txt").article.body
    assert "Quayside Notes" not in body and "first ferry" not in body and "Engineers put the cost" in body


def test_a_subheading_over_a_short_sentence_and_an_ad_keeps_them() -> None:
    # No form field (a short line with no stop) under the heading: the story's section over an ad's label.
    box = ["What it means for you", "Boats will moor at the north quay for now.", "Advert"]
    lines, furniture = _inset_lines(box)
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == set()
    # Nor a box without a line to the reader, nor one whose heading ends a sentence.
    lines, furniture = _inset_lines(["Quayside Notes at breakfast", "Pier and tide news.", "Address", "Join"])
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == set()
    lines, furniture = _inset_lines(["Notes came at breakfast.", *INSET[1:]])
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == set()


def test_a_box_closed_by_a_button_calling_the_reader_needs_no_field() -> None:
    # A heading, one line of pitch that reads as a sentence, a button calling the reader to act: no field, no "you".
    box = ["The Quay at Dawn", "All of the harbour, each morning before the tide.", "Count me in"]
    lines, furniture = _inset_lines(box)
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == {2, 3, 4}
    # (an ad's label under a subheading and its short sentence calls for nothing: kept, as above)
    lines, furniture = _inset_lines([*box[:2], "Advert"])
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == set()
    # (nor a subheading right over a prompt to scroll on: no pitch between them)
    lines, furniture = _inset_lines(["A Second Pier for the Town", "Swipe to go on"])
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == set()


def test_a_box_set_apart_by_blank_lines_under_a_short_paragraph_is_left_out() -> None:
    # The line above is a short sentence, no paragraph: the blank lines around the box set it apart.
    short = "Nobody was hurt."
    text = "\n".join([HARBOUR_STORY[0], "", short, "", "\n".join(INSET), "", HARBOUR_STORY[2]])
    lines = split_lines(text)
    furniture = [line.text == INSET[-1] for line in lines]
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == {2, 3, 4, 5}
    # (without the blank line above it, a short sentence opens no box)
    lines = split_lines("\n".join([HARBOUR_STORY[0], short, *INSET, "", HARBOUR_STORY[2]]))
    assert inset_boxes(lines, 0, len(lines) - 1, [line.text == INSET[-1] for line in lines]) == set()


def test_a_subheading_set_apart_between_two_ads_keeps_it() -> None:
    # An ad's block, the story's subheading in a block of its own, the next ad's label: no box spans two blocks.
    ad = ["Advert", "Boots for the pier at half price", "Ask your rate"]
    text = "\n".join([HARBOUR_STORY[0], "", *ad, "", "Notes for the visit", "", "Sponsored", "Pier shop"])
    lines = split_lines(f"{text}\n\n{HARBOUR_STORY[2]}")
    furniture = [line.text in ("Advert", "Sponsored") for line in lines]
    assert 4 not in inset_boxes(lines, 0, len(lines) - 1, furniture)


def test_a_story_sentence_under_an_ads_label_is_no_pitch() -> None:
    # The ad's label and its note, a short sentence of the story, then a box: the box starts under the sentence.
    story_on = "The harbour master said the north quay would stay closed until the spring tides."
    box = ["Quayside Notes from the pier in your inbox", "Your address", "Join"]
    lines = split_lines("\n".join([HARBOUR_STORY[0], "Advert", "Story goes on below", story_on, *box]))
    furniture = [line.text in ("Advert", "Join") for line in lines]
    assert inset_boxes(lines, 0, len(lines) - 1, furniture) == {4, 5, 6}

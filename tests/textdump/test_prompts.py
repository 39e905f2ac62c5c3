"""Prompt shapes (textdump/prompts.py) and one-line carried texts cut into pieces (textdump/pieces.py).

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

import pytest

from converter.textdump import pieces, prompts
from converter.textdump.repeated import NormalizedLines
from converter.textkey import WORD

STORY = (
    "The ferry company will run two more crossings a day from April, its director said on Monday. "
    "Passengers waited for hours on the quay this winter when the weather turned, the older boat broke down "
    "and the island's only hotel ran out of rooms. "
    "Swipe for the gallery The new timetable adds an early boat for the workers of the fish market. "
    "A late one will sail on Fridays and Saturdays, when the island's restaurants stay open until after midnight. "
    "More from Driftwire: Island bakery wins a national prize for its rye bread "
    "The tickets will cost the same as last year, the company said, although fuel has become more expensive. "
    "Harbour workers have asked for a bus to meet the first boat, which leaves before the town wakes up. "
    "The council said it would look at the timetable of the buses again in the spring, once the new crossings "
    "have run for a month and the company has counted how many people take them. "
    "Shopkeepers on the island welcomed the news, saying that the late boat would bring visitors who now stay away."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Read every story for £2 per month", True),
        ("Full access: $4.50/mo", True),
        ("Join today for €1 a week", True),
        ("The pier will cost $2 million to rebuild.", False),
        ("Fares rose by 4% a year", False),
    ],
)
def test_a_price_per_period_is_an_offer_not_a_figure(text: str, expected: bool) -> None:
    assert prompts.price_per_period(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Swipe for the gallery", False),  # 'for' is no object: a call needs one
        ("Grab the weekly briefing in your inbox", True),
        ("Pinch to zoom", True),
        ("Keep me posted", True),
        ("Over the years the pier decayed", False),  # a preposition opens it
        ("The board met on Tuesday", False),
        ("Grab the weekly briefing.", False),  # a sentence, not a button
    ],
)
def test_a_call_is_a_verb_then_its_object(text: str, expected: bool) -> None:
    assert prompts.is_call(WORD.findall(text.lower()), text) is expected


def test_the_site_is_named_only_in_a_lines_first_words() -> None:
    assert prompts.names_site("More from Driftwire: Island bakery wins a prize", "Driftwire")
    assert prompts.names_site("This post was sent in by a Driftwire reader.", "Driftwire")
    late = "The mayor said on Monday that the ferry company would, as reported earlier, tell Driftwire."
    assert not prompts.names_site(late, "Driftwire")
    assert not prompts.names_site("Driftwood washed up on the quay", "Driftwire")
    assert not prompts.names_site("More from Driftwire", None)


def test_a_glued_one_line_text_is_cut_at_its_sentences_its_glue_and_after_a_call() -> None:
    found = pieces.split_pieces(STORY)
    assert "More from Driftwire: Island bakery wins a national prize for its rye bread" in found
    assert found[-4].startswith("The tickets will cost")
    # Joined again, the pieces give the text back word for word.
    assert " ".join(found).split() == STORY.split()


def test_a_call_opening_a_piece_is_cut_from_the_sentence_glued_after_it() -> None:
    text = STORY.replace("Swipe for the gallery", "Pinch to zoom")
    assert "Pinch to zoom" in pieces.split_pieces(text)


def test_a_short_line_is_not_cut_nor_a_short_title_inside_a_sentence() -> None:
    assert pieces.split_pieces("Swipe for the gallery The new timetable") == ["Swipe for the gallery The new timetable"]
    sentence = "Tickets sold out for the last night of The Island. " * 16
    assert pieces.split_pieces(sentence) == [sentence.split(". ")[0] + "."] * 16


def test_the_folder_survey_counts_the_short_pieces_of_glued_lines() -> None:
    found = NormalizedLines.of("Ferry timetable changes\n" + STORY + "\n").distinct()
    assert "more from driftwire island bakery wins a national prize for its rye bread" in found
    assert "ferry timetable changes" in found
    # A piece longer than a prompt runs (the survey's shape limit) is not counted.
    assert not any(key.startswith("passengers waited") for key in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Worth a look: Island Bakery Wins A National Prize For Its Rye Bread", True),
        ("Earlier on Driftwire: the ferry that sailed without its captain", False),  # the rest starts lower-case
        ("The mayor: We will rebuild the pier before summer.", False),  # a quote ends as a sentence does
        ("Ingredients: flour, water, salt", False),  # too short a rest for a headline
        ("Harbour board, fishermen and the regional council of the coast: Pier Talks Go On", False),  # long lead
    ],
)
def test_a_lead_in_teaser_is_a_short_label_a_colon_and_a_headline(text: str, expected: bool) -> None:
    assert prompts.is_lead_in_teaser(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This piece is reserved for Gold readers.", True),
        ("Did this story help you?", True),
        ("The story of the pier begins in 1890.", False),
        ("This winter the storms broke the pier in two places.", False),
    ],
)
def test_a_line_speaking_of_its_own_text_is_told_apart(text: str, expected: bool) -> None:
    assert prompts.refers_to_itself(WORD.findall(text.lower())) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Join today for €2 per month", True),  # an offer
        ("This piece is reserved for Gold readers.", True),  # the text speaking of itself
        ("Have the harbour letter sent to your phone", True),  # a call to the reader
        ("You can read 4 more reports this week", True),  # a counter kept for the reader
        ("Worth a look: Island Bakery Wins A National Prize For Its Rye Bread", True),  # a teaser's lead-in
        # ... whose headline is longer than a call
        ("Worth a look: Island Bakery On The North Shore Wins A National Prize For Its Dark Rye Bread Again", True),
        ("Choosing the right boat", False),  # a subheading shaped as a call speaks to no one
        ("The pier will cost 2 million euros to rebuild, the council said.", False),
    ],
)
def test_every_prompt_shape_counts_as_one(text: str, expected: bool) -> None:
    assert prompts.is_prompt_shaped(WORD.findall(text.lower()), text) is expected


def test_a_row_of_calls_is_cut_call_by_call() -> None:
    text = STORY.replace("Swipe for the gallery The new", "Unlock it for €1 a week Pinch to zoom Ferries on the new")
    found = pieces.split_pieces(text)
    assert "Unlock it for €1 a week" in found and "Pinch to zoom" in found
    assert " ".join(found).split() == text.split()


def test_a_lead_in_teaser_glued_to_the_next_sentence_is_cut_where_its_headline_ends() -> None:
    text = STORY.replace("More from Driftwire: Island bakery", "From the archive: Island bakery").replace(
        "rye bread The tickets will cost", "rye bread Tickets will cost"
    )
    found = pieces.split_pieces(text)
    assert "From the archive: Island bakery wins a national prize for its rye bread" in found
    assert any(piece.startswith("Tickets will cost the same") for piece in found)


def test_a_headline_in_title_case_and_a_name_after_a_preposition_are_not_cut() -> None:
    headline = "From the archive: Harbour Bars Will Not Charge Covers on New Year's Eve"
    text = STORY.replace("More from Driftwire: Island bakery wins a national prize for its rye bread", headline)
    assert headline in pieces.split_pieces(text)
    named = "From the archive: Divers find a wreck off the coast near Harbour Point"
    text = STORY.replace("More from Driftwire: Island bakery wins a national prize for its rye bread", named)
    assert named in pieces.split_pieces(text)


def test_a_names_initial_ends_no_sentence() -> None:
    text = STORY.replace("its director said on Monday", "its director Anna K. Berg said on Monday")
    assert not any(piece.endswith(" K.") for piece in pieces.split_pieces(text))

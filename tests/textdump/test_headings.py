"""Run-in subheadings: questions, and short paragraphs with a heading glued on.

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

import pytest

from converter.textdump.extract import extract_text
from converter.textdump.headings import (
    split_capitals_heading,
    split_capitals_tail,
    split_colon_heading,
    split_heading_pair,
    split_repeated_tail,
    split_run_in_heading,
    split_unstopped_heading,
)
from converter.textdump.repeated import repeated_lines
from tests.support import ORCHARD_STORY

SENTENCE = "The harbour board met on Tuesday to decide the future of the old stone pier."


@pytest.mark.parametrize(
    ("heading", "split"),
    [
        ("Why now?", True),
        ("What will it cost the town?", True),
        ("Wait, what?", False),  # a comma: a thought closed, not a section opened
        ("Questions?", False),  # one word
        ("What will the board decide before the summer comes?", False),  # too long for a heading
        ('"Why now?"', False),  # a quotation
    ],
)
def test_a_short_question_after_the_last_sentence_is_a_heading(heading: str, split: bool) -> None:
    expected = (SENTENCE, heading) if split else (f"{SENTENCE} {heading}", None)
    assert split_run_in_heading(f"{SENTENCE} {heading}") == expected


def test_a_short_paragraph_with_a_heading_glued_on_stays_a_paragraph() -> None:
    """Fourteen words and no final stop: it read as a heading line, the paragraph with it."""
    page = "\n".join(
        [
            "Harbour board weighs the future of its stone pier",
            "By Ingrid Haldorsen",
            "The harbour board met on Tuesday to decide whether the old stone pier should be rebuilt or "
            "left to the sea, after a winter in which storms broke it in two places.",
            "Fishermen want the pier back before the summer season starts. Cost and timing",
            "Engineers put the cost at well over two million euros and said the work could start in the "
            "spring if the money arrived in time, and if the weather allowed the divers to work.",
            "The board will ask the regional government for help with the bill before the end of the month, "
            "its chairman said, and hopes for an answer before the first boats of the season come in.",
        ]
    )
    body = extract_text(page, "text/pier.txt").article.body
    assert "Fishermen want the pier back before the summer season starts.\n\n## Cost and timing" in body


def test_a_label_glued_with_its_colon_after_the_last_sentence_is_a_heading() -> None:
    text = "The council voted to pay for half of the new fans on the farms along the river. The bigger picture:"
    following = "Growers upstream have asked for the same help since the frost of last spring."
    assert split_colon_heading(text, following) == (text[: text.index(" The bigger")], "The bigger picture")
    question = text.replace("The bigger picture:", "What comes next:")
    assert split_colon_heading(question, following)[1] == "What comes next"
    # A colon that opens a quote or a list: said so, over a quote mark or an item, or a sentence running on.
    for intro in ("She said:", "Here it is:", "For example:", "Three things stood out:"):
        assert split_colon_heading(text.replace("The bigger picture:", intro), following)[1] is None
    for after in ("“We will pay for half,” the mayor said.", "- two fans for each farm", "the cost of the fans."):
        assert split_colon_heading(text, after)[1] is None
    assert split_colon_heading(text, None)[1] is None
    # A label over a paragraph glued with no colon, or a whole sentence ending with one, is not this rule's.
    assert split_colon_heading(text[:-1], following)[1] is None
    assert split_colon_heading("The council voted on the plan for the fans:", following)[1] is None


def test_the_label_heads_the_paragraphs_after_it_in_the_body() -> None:
    story = list(ORCHARD_STORY)
    story[2] += " The bigger picture:"
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "\n\n## The bigger picture\n\n" + ORCHARD_STORY[3] in body
    story[3] = "“" + story[3] + "”"
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "#" not in body and "The bigger picture:" in body


@pytest.mark.parametrize(
    ("paragraph", "split"),
    [
        ("The league wants an eighteenth member to match the rival Big Ten. NOT SO FAST", True),
        ("The ferry will run on the same timetable as the one it had last year. Counting the cost", True),
        ("The harbour board will decide on the pier's future after meeting Gov. Reyes", False),
        ("The harbour board will decide on the pier's future after a talk with Mrs. Reyes", False),
        ("The harbour board will decide on the pier's future after a talk with Dr. Reyes", False),
        ("The harbour board set the date of its next public meeting for Jan. Fifteen", False),
    ],
)
def test_a_capitalised_word_ending_a_sentence_is_no_abbreviation(paragraph: str, split: bool) -> None:
    _, heading = split_run_in_heading(paragraph)
    assert (heading is not None) == split
    if split:
        assert heading == paragraph.rsplit(". ", 1)[1]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("THE LONG FROST Where the money went", ("THE LONG FROST", "Where the money went")),
        ("AFTER THE STORM, A NEW PIER Counting the boats", ("AFTER THE STORM, A NEW PIER", "Counting the boats")),
        ("A LATE SPRING What The Growers Say", ("A LATE SPRING", "What The Growers Say")),
        ("HARBOUR NEWS", None),  # capitals alone: one heading
        ("NASA sends a probe", None),  # one word in capitals opening a phrase: an acronym
        ("THE FANS AT Valley Farm NOW", None),  # a word in capitals inside the rest: no change of case to cut at
        ("FROST FANS Bought. Then sold", None),  # a sentence inside the rest
    ],
)
def test_a_heading_in_sentence_case_glued_after_one_in_capitals_is_split(
    line: str, expected: tuple[str, str] | None
) -> None:
    assert split_capitals_heading(line) == expected


def test_two_glued_headings_head_the_paragraphs_after_them_in_the_body() -> None:
    story = list(ORCHARD_STORY)
    story.insert(2, "THE COLD NIGHTS Where the frost settles")
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "\n\n## THE COLD NIGHTS\n\n## Where the frost settles\n\n" + ORCHARD_STORY[2] in body


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Where the frost settles THE COLD NIGHTS",
            ("Where the frost settles", "THE COLD NIGHTS"),
        ),  # (after a heading)
        ("- 40 fans installed this winter A FARM'S GAMBLE", ("- 40 fans installed this winter", "A FARM'S GAMBLE")),
        ("The figures as of March: WHAT COMES NEXT", None),  # (a colon announces it: a quote, a button)
        ("Best frost fan of the year - VALLEY AIR WORKS", None),  # (a dash: a name, a product)
        ("The growers wrote to the EPA", None),  # one word in capitals: an acronym
        ("The grant came through the USDA NRCS", None),  # a pair of acronyms: too short for a heading
        ("THE COLD NIGHTS AND THE FANS", None),  # capitals throughout: no change of case
    ],
)
def test_a_heading_in_capitals_glued_at_a_lines_end_is_split(line: str, expected: tuple[str, str] | None) -> None:
    assert split_capitals_tail(line) == (expected or (line, None))


def test_a_heading_in_capitals_glued_after_a_subheading_heads_the_paragraphs_in_the_body() -> None:
    story = list(ORCHARD_STORY)
    story.insert(2, "Where the frost settles THE COLD NIGHTS")
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "\n\n## Where the frost settles\n\n## THE COLD NIGHTS\n\n" + ORCHARD_STORY[2] in body


def test_capitals_running_on_before_a_number_inside_them_are_no_glued_heading() -> None:
    assert split_capitals_tail("Best relay of the year - THE 60-HOUR VALLEY RUN") == (
        "Best relay of the year - THE 60-HOUR VALLEY RUN",
        None,
    )
    assert split_capitals_tail("Best relay of the year THE 60-HOUR VALLEY RUN") == (
        "Best relay of the year THE 60-HOUR VALLEY RUN",
        None,
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Three Ferries Return To The Quay Where the money went",
            ("Three Ferries Return To The Quay", "Where the money went"),
        ),
        ("4. Keep Every Receipt You Get What it costs", ("4. Keep Every Receipt You Get", "What it costs")),
        ("‘The Winter Pier’ Looking back", ("‘The Winter Pier’", "Looking back")),
        ("Will the old pier stand? Counting the boats", None),  # a question and its answer: one heading
        ("Rain for the Valley, as Growers count the cost", None),  # a comma, then a joining word: one sentence
        ("The Upper and Lower ferry landings", None),
        ("Mending the Net Trick to save an hour", None),  # one capitalised word after the first: names in a phrase
        ("The Oldest Boats of the harbour fleet", None),  # a headline's own lower-case words: no second heading
        ("Harbour Board Meets on the pier tonight", None),
        ("Meet The Crew behind the ferry", None),  # two words before: a headline in mixed case, not two headings
        ("Fans along the river Where the money went", None),  # sentence case before: no change of case to cut at
        ("Ferry Timetables For 2025", None),
    ],
)
def test_a_subheading_in_sentence_case_glued_after_a_headline_is_split(
    line: str, expected: tuple[str, str] | None
) -> None:
    assert split_heading_pair(line) == expected


def test_a_headline_and_its_glued_subheading_head_the_paragraphs_in_the_body() -> None:
    story = list(ORCHARD_STORY)
    story.insert(2, "Growers Count The Cost Of Frost What the fans cost")
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "\n\n## Growers Count The Cost Of Frost\n\n## What the fans cost\n\n" + ORCHARD_STORY[2] in body


LEAD = "The growers listed the farms along the valley that will share the cost of the new fans"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (f"{LEAD} (upper valley only) Who pays?", "Who pays?"),
        (f"{LEAD} as follows: On the riverbank", "On the riverbank"),
        (f"{LEAD} at valleyfans.example Counting the cost", "Counting the cost"),
        (f"{LEAD} (upper valley only) THE COST", None),  # capitals: split_capitals_tail's
        (f"{LEAD} as follows: Ann Lee Orchards", None),  # a name in title case after a colon
        (f"{LEAD} in the Upper Valley", None),  # no bracket, colon nor address before the capital
        (f"{LEAD} and said: Yes", None),  # one word
        ("Fans (two) Who pays?", None),  # too short a paragraph
        (f"{LEAD} as follows:1 Where the money went", "Where the money went"),  # a footnote after a colon
        (f"{LEAD} this winter.12 Who pays", "Who pays"),  # after a stop
        (f"{LEAD} this winter.”3 Who pays", "Who pays"),  # after a stop and a closing quote
        (f"{LEAD} this winter.[4] Who pays", "Who pays"),  # in square brackets
        (f"{LEAD} by a margin of 3:1 Then the rest", None),  # a ratio, no footnote
        (f"{LEAD} on version 2.1 Release notes", None),  # a version number
        (f"{LEAD} this winter.1234 Who pays", None),  # a number too long for a note
    ],
)
def test_a_subheading_glued_after_a_bracket_a_colon_or_an_address_is_split(
    paragraph: str, expected: str | None
) -> None:
    body, head = split_unstopped_heading(paragraph)
    assert head == expected
    assert body == (paragraph[: paragraph.index(expected) - 1] if expected else paragraph)


def test_a_subheading_glued_after_a_list_item_heads_the_paragraphs_in_the_body() -> None:
    story = list(ORCHARD_STORY)
    story.insert(2, "Tall fans between the rows, bought with the help of the council (upper valley only) What it costs")
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "(upper valley only)\n\n## What it costs\n\n" + ORCHARD_STORY[2] in body


def _written_lower(before: str, word: str) -> bool:
    """A page that writes these words in lower case, and no two words of the lines below together elsewhere."""
    return word.lower() in {"what", "how", "looking", "counting", "ferries"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fans along the river What the money bought", ("Fans along the river", "What the money bought")),
        ("Frost nights at the VFC Looking ahead", ("Frost nights at the VFC", "Looking ahead")),
        ("Quiet hollows How it started", ("Quiet hollows", "How it started")),
        ("2 fans per row Counting the cost", ("2 fans per row", "Counting the cost")),
        ("Harbourside Looking ahead", ("Harbourside", "Looking ahead")),  # a heading of one word
        ("Harbourside Ferries to the islands", ("Harbourside", "Ferries to the islands")),
        ("Harbourside Ingrid and the nets", None),  # a name of two words
        ("Harbourside Ferries To The Islands", None),  # title case: no phrase in sentence case to cut off
        ("Growers thank Ingrid for the loan", None),  # a name: never written in lower case
        ("Tickets to Counting the boats", None),  # the heading before would end with a joining word
        ("Half price at Harbour Ferries for members", None),  # a capitalised word before: a name of two words
        ("fans along the river What the money bought", None),  # no capital opening the heading before
        ("Fans along the river What the money bought?!", None),  # a question cannot end this way
    ],
)
def test_a_subheading_in_sentence_case_glued_after_a_heading_in_sentence_case_is_split(
    line: str, expected: tuple[str, str] | None
) -> None:
    assert split_heading_pair(line, _written_lower) == expected
    assert split_heading_pair(line) is None or expected is None  # (the page's words decide: without them, no cut)


def test_sentence_case_headings_glued_on_one_line_head_the_paragraphs_in_the_body() -> None:
    story = list(ORCHARD_STORY)  # (its last paragraph writes 'what' in lower case)
    story.insert(2, "A calm night in the hollows What the fans cost")
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "\n\n## A calm night in the hollows\n\n## What the fans cost\n\n" + ORCHARD_STORY[2] in body


def test_a_name_the_page_writes_together_elsewhere_stays_in_its_heading() -> None:
    story = list(ORCHARD_STORY)  # (its first paragraph writes 'still' in lower case)
    story.insert(2, "Growers meet at the VFC Still nights fair")
    story.insert(4, "The VFC Still nights fair is held each March in the village hall beside the river crossing.")
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "\n\n## Growers meet at the VFC Still nights fair\n\n" in body
    story[4] = "The growers' fair is held each March in the village hall beside the river crossing."
    body = extract_text("\n".join(["Valley orchard growers turn to frost fans", *story]), "text/t.txt").article.body
    assert "\n\n## Growers meet at the VFC\n\n## Still nights fair\n\n" in body  # (the cut the rule makes alone)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("17. Harbour Ferries: Ann Lee Where the boats go", ("17. Harbour Ferries: Ann Lee", "Where the boats go")),
        ("Size: 12 metres, 4 tonnes Where the boats go", ("Size: 12 metres, 4 tonnes", "Where the boats go")),
        (
            "The pier reopened after the storm Where the boats go",
            ("The pier reopened after the storm", "Where the boats go"),
        ),
        ("17. Harbour Ferries: Ann Lee Where the nets dry", None),  # a phrase the folder does not repeat
        ("Where the boats go", None),  # alone on its line: nothing glued
        ("The pier reopened. Where the boats go.", None),  # a sentence, no phrase in sentence case
    ],
)
def test_a_phrase_the_folder_glues_at_lines_ends_is_split_off(line: str, expected: tuple[str, str] | None) -> None:
    split = split_repeated_tail(line, lambda tail: tail == "Where the boats go")
    assert split == (expected or (line, None))


def test_a_subheading_a_layout_glues_at_lines_ends_on_several_pages_heads_the_paragraphs_after_it() -> None:
    lines = ["Ferry times: 7am and 9pm", "Pier 4, upper quay", "Harbour board notice", "Fares go up in May"]
    folder = [f"A story of the harbour\n{line} What the fans cost\nMore of it" for line in lines]
    assert "#tail what the fans cost" in repeated_lines(folder, min_pages=3)
    assert not any(key.startswith("#tail") for key in repeated_lines(folder[:2], min_pages=3))
    story = list(ORCHARD_STORY)
    story.insert(
        2,
        "The fans were bought with a loan from the council and the harbour trust over the last year What the fans cost",
    )  # (no stop before it)
    page = "\n".join(["Valley orchard growers turn to frost fans", *story])
    body = extract_text(page, "text/t.txt", repeated=frozenset({"#tail what the fans cost"})).article.body
    assert "last year\n\n## What the fans cost\n\n" + ORCHARD_STORY[2] in body
    alone = extract_text(page, "text/t.txt").article.body
    assert "## What the fans cost" not in alone  # (on one page only: the story's own words)

"""The writer's box and the sign-up box after an article, a photo credit between paragraphs (textdump/bio.py,
prompts.is_call_to_action, textdump/captions.py; the body-line features bio_tail, heads_bio, call_to_action
and credit_line).

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

import pytest

from converter.textdump import bodyline, prompts
from converter.textdump.bio import is_bio
from converter.textdump.captions import is_credit_line
from converter.textdump.lines import Line, split_lines
from converter.textkey import WORD


@pytest.mark.parametrize(
    "text",
    [
        "Dana Reyes is a staff writer at the Harbour Gazette, where she covers housing and the port.",
        "Mr. Okafor is the deputy sports editor for Lantern Radio.",
        "Priya Nair currently writes for Coastline Monthly.",
        "Tomas Berg can be reached at tberg@example.org or on the newsroom line.",
    ],
)
def test_a_name_then_the_role_it_holds_at_an_outlet_is_a_bio(text: str) -> None:
    assert is_bio(text, len(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "The ferry is a lifeline for the island and its two schools.",  # a function word opens it: no name
        "It is the first time for Harbour Town.",
        "Okafor is a fan of the old pier.",  # a role with no outlet
        "Dana Reyes said the vote was a mistake for the town.",  # no copula after the name
        "Reyes is a man for all seasons, the mayor joked.",  # no outlet's name after 'for'
    ],
)
def test_other_sentences_about_people_are_not(text: str) -> None:
    assert not is_bio(text, len(text.split()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Join our readers' club to hear about events first", True),
        ("Contact me about offers from partner brands", True),
        ("Send us your photos of the storm!", True),
        ("Join the queue at the ferry office before noon.", False),  # no page and reader in it
        ("We will join the talks next week.", False),  # no verb opens it
        ("The mayor asked residents to join us.", False),
        ("Listen, we knew the pier would not last another winter.", False),  # a discourse marker, no call
    ],
)
def test_a_call_to_action_is_an_action_verb_with_the_page_and_its_reader(text: str, expected: bool) -> None:
    assert prompts.is_call_to_action(WORD.findall(text.lower()), text) is expected


STORY = [
    "The island's ferry will run two more crossings a day from April, the operator said on Monday morning.",
    "Passengers waited for hours on the quay this winter when the older boat broke down in a storm.",
    "The new timetable adds an early boat for the workers of the fish market and a late one on Fridays.",
    "Tickets will cost the same as last year, the operator said, although fuel has become more expensive.",
    "Harbour workers have asked for a bus to meet the first boat, which leaves before the town wakes up.",
    "Shopkeepers welcomed the news, saying the late boat would bring visitors who now stay away in winter.",
]
BOX = [
    "Harbour Desk Reporter",
    "Dana Reyes is a staff writer at the Harbour Gazette, where she covers housing, transport and the port.",
    "Contact me about offers from partner brands",
    "Receive news from us about our events and competitions",
]
LINES = split_lines("\n".join(STORY + BOX))
LAST = len(LINES) - 1
HEADING, BIO = len(STORY), len(STORY) + 1


def _feature(name: str, index: int, lines: list[Line] = LINES, last: int = LAST) -> float:
    return bodyline.features(lines, index, 0, last, False)[name]


def test_a_bio_counts_in_the_runs_tail_only() -> None:
    assert _feature("bio_tail", BIO) == 1.0
    # The same sentence opening the run, with the whole story after it, introduces a source.
    lines = split_lines("\n".join([BOX[1], *STORY]))
    assert _feature("bio_tail", 0, lines, len(lines) - 1) == 0.0


def test_the_short_line_over_a_bio_heads_it() -> None:
    assert _feature("heads_bio", HEADING) == 1.0
    assert _feature("heads_bio", BIO) == 0.0  # (a sentence heads nothing)
    assert _feature("heads_bio", len(STORY) - 1) == 0.0


def test_the_shipped_model_drops_the_writers_box_and_the_sign_up_box_and_keeps_the_story() -> None:
    dropped = bodyline.dropped(LINES, 0, LAST, range(len(LINES)), frozenset())
    assert sorted(dropped) == list(range(len(STORY), len(LINES)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Reyes/Harbour Gazette", True),
        ("LANTERN WIRE / Tomas Berg", True),
        ("Harbour Gazette", False),  # no slash: a name, a label or a subheading
        ("Fares rose 4%/year", False),  # no name on either side
        ("Reyes/Berg said the pier/quay work was late.", False),  # a sentence
    ],
)
def test_a_photo_credit_is_names_split_by_a_slash(text: str, expected: bool) -> None:
    assert is_credit_line(split_lines(text)[0]) is expected


def test_the_shipped_model_drops_a_credit_between_paragraphs() -> None:
    credit, caption = "Tomas Berg/Harbour Gazette", "The old ferry at the quay in March."
    lines = split_lines("\n".join([*STORY[:3], caption, credit, *STORY[3:]]))
    last = len(lines) - 1
    dropped = bodyline.dropped(lines, 0, last, range(len(lines)), frozenset())
    # The caption in one block over it goes too (textdump/captions.captions_over_credits); the paragraphs stay.
    assert sorted(lines[index].text for index in dropped) == sorted([credit, caption])


def test_the_heading_over_a_dropped_bio_goes_with_it() -> None:
    assert bodyline.boxed_with(LINES, range(len(LINES)), {BIO}) == {HEADING}
    # A paragraph over the bio is no heading of it.
    assert HEADING - 1 not in bodyline.boxed_with(LINES, [HEADING - 1, BIO], {BIO})


_FERRY_STORY = [
    "The island's ferry has run twice a day since the war, and the council says it will go on running for now.",
    "Fares will rise by a tenth in spring, the first rise in six years, to pay for a new engine and a new crew.",
    "Fishers on the quay say the later sailing matters most to them, for the morning catch and the market.",
    "The council will meet again in May to set the winter timetable with the ferry's crew and the harbour master.",
    "Until then, the old timetable holds, and the last boat leaves the island at six in the evening every day.",
]
# A bio a sentence's length and stop lift over the body-line model's threshold (it scores -1.21 there, over -1.75).
_BIO = (
    "Dana Reyes is a freelance writer for the Harbour Gazette, covering stories about the island's ferries, its"
    " harbours and the fishing fleet."
)


def test_a_bio_in_the_articles_tail_is_dropped_whatever_its_length() -> None:
    lines = split_lines("\n".join([*_FERRY_STORY, _BIO, "With additional reporting from", "Lena Holt"]))
    last = len(lines) - 1
    bio = len(_FERRY_STORY)
    assert bodyline.tail_bios(lines, range(len(lines)), 0, last) == {bio}
    assert bio in bodyline.dropped(lines, 0, last, range(len(lines)), frozenset())
    assert not bodyline.dropped(lines, 0, last, range(len(lines)), frozenset()) & set(range(bio))


def test_a_bio_shaped_line_high_in_the_story_is_left_to_the_model() -> None:
    lines = split_lines("\n".join([_BIO, *_FERRY_STORY]))
    assert bodyline.tail_bios(lines, range(len(lines)), 0, len(lines) - 1) == set()

"""The one reading of "Label: value" lines (converter/textdump/fields.py), variant by variant: what each shape takes as
a field and what it leaves, its label and value, and the kinds of field its label names.

Invented lines.
"""

from __future__ import annotations

import pytest

from converter.textdump import fields
from converter.textdump.fields import (
    ADDRESS,
    BLOCK,
    CHIP,
    CREDIT,
    DATE,
    GLOSSARY,
    HEADLINE,
    MAIL,
    SENDER,
    SHORT,
    SOURCE,
    WRITER,
    Field,
    field_label,
    field_source,
    is_field,
    read_field,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Source: sbnation.com", Field("Source", "sbnation.com")),
        ("Author(s): Ann Lee and Ben Ola", Field("Author(s)", "Ann Lee and Ben Ola")),
        ("Last edited on: 19.12.2023", Field("Last edited on", "19.12.2023")),
        ("Subject: Fwd: Harbour vote", Field("Subject", "Fwd: Harbour vote")),
        ("source: sbnation.com", None),  # (a label opens on a capital)
        ("Date of last edit: 19.12.2023", None),  # (a label of one to three words)
        ("Source:sbnation.com", None),  # (one space after the colon)
        ("Source:  sbnation.com", None),
        ("Source: " + "word " * 30, None),  # (FIELD_MAX_WORDS words at most)
        ("Source: " + "x" * 300, None),  # (FIELD_MAX_CHARS characters at most)
    ],
)
def test_a_block_field_has_a_capitalised_label_of_three_words_at_most(text: str, expected: Field | None) -> None:
    assert read_field(text, BLOCK) == expected
    assert read_field(text) == expected  # (BLOCK: the reading of blocks of fields, the default)
    assert field_label(text) == (None if expected is None else expected.label)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Source: coastledger.example (online)", Field("Source", "coastledger.example (online)")),
        ("  reach:   153K ", Field("reach", "153K")),  # (any case, white space around)
        ("Source : The Coast Ledger", Field("Source ", "The Coast Ledger")),  # (its label as written)
        ("Source:The Coast Ledger", None),  # (white space after the colon)
        ("Source 2: The Coast Ledger", None),  # (letters, spaces and brackets only)
        ("Source: " + "x" * 82, None),  # (a value of 81 characters at most)
        ("Source: " + "x" * 81, Field("Source", "x" * 81)),
    ],
)
def test_a_chip_field_is_a_whole_short_line_under_a_label_of_letters(text: str, expected: Field | None) -> None:
    assert read_field(text, CHIP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Factuality: High", True),
        ("#1: the harbour", True),  # (anything but white space)
        ("a:b c d: e", True),
        ("factuality:\tHigh", True),
        ("Our top story today: the vote", False),  # (three runs at most)
        ("Factuality:High", False),
        ("Factuality:", False),
    ],
)
def test_a_short_label_is_one_to_three_runs_of_anything_then_a_colon_and_a_space(text: str, expected: bool) -> None:
    assert is_field(text, SHORT) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Words & pictures: Ann Lee", Field("Words & pictures", "Ann Lee")),
        ("Author(s) : Ann Lee", Field("Author(s)", "Ann Lee")),  # (white space before the colon)
        ("Text:   Ann Lee", Field("Text", "Ann Lee")),
        ("Été: Ann Lee", Field("Été", "Ann Lee")),  # (letters of any script)
        ("2024 words: Ann Lee", None),  # (a word of letters first)
        ("Words:Ann Lee", None),
        ("Words and all pictures: Ann Lee", None),
    ],
)
def test_a_writer_label_is_up_to_three_words_of_letters_before_a_colon(text: str, expected: Field | None) -> None:
    assert read_field(text, WRITER) == expected
    match = fields.label_match(text, WRITER)
    # (where the names start: `byline_names.byline_part` reads on from there)
    assert (None if match is None else text[match.end() :]) == (None if expected is None else expected.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("contend: to argue or claim something", Field("contend", "to argue or claim something")),
        ("look after: to care for.", Field("look after", "to care for.")),
        ("Contend: to argue or claim something", None),  # (in lower case)
        ("contend: to argue. It is a verb", None),  # (no sentence inside)
        ("contend: To argue", None),
        ("contend: it", None),  # (three characters of definition at least)
    ],
)
def test_a_glossary_entry_is_a_term_and_its_definition_in_lower_case(text: str, expected: Field | None) -> None:
    assert read_field(text, GLOSSARY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Read it at: https://harbour.example/story/1", Field("Read it at", "https://harbour.example/story/1")),
        ("Web:www.harbour.example", Field("Web", "www.harbour.example")),  # (white space may lack)
        ("Site (mirror): HARBOUR.example.co.uk", Field("Site (mirror)", "HARBOUR.example.co.uk")),
        ("Read it at: harbour", None),  # (a host of two labels at least)
        ("Read it at: harbour.example, then come back", None),  # (the address is the whole value)
        ("Read it at harbour.example", None),
        ("A label running on past forty characters, no less: harbour.example", None),
    ],
)
def test_an_address_field_is_a_label_and_a_web_address_alone(text: str, expected: Field | None) -> None:
    assert read_field(text, ADDRESS) == expected


@pytest.mark.parametrize(
    ("label", "kinds"),
    [
        ("Source", {SOURCE}),
        ("PUBLISHER", {SOURCE}),
        ("From", {SOURCE, SENDER}),
        ("Author(s)", {CREDIT}),
        ("Byline", {CREDIT}),
        ("Story title", {HEADLINE}),
        ("Subject", {HEADLINE, MAIL}),
        ("Sent", {DATE, MAIL}),
        ("Date", {DATE}),
        ("Reply-To", {MAIL}),
        ("Section", set()),
        ("Sources say", set()),
    ],
)
def test_a_label_names_the_kinds_of_its_field(label: str, kinds: set[str]) -> None:
    assert {kind for kind in fields.LABEL_WORDS if fields.is_label(label, kind)} == kinds
    assert {kind for kind in fields.LABEL_WORDS if Field(label, "x").is_kind(kind)} == kinds


def test_a_field_of_figures_holds_a_digit_in_its_value() -> None:
    assert Field("Reach", "153K").holds_figures
    assert not Field("Reach 2", "high").holds_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Source: coastledger.example (online)", "coastledger.example"),
        ("Publisher: The Coast Ledger", "The Coast Ledger"),
        ("via: The Coast Ledger (print)", "The Coast Ledger"),
        ("Audience: 153K", ""),
        ("Source: Channel 4", ""),  # (figures: no outlet's name)
        ("Byline: Ines Duarte", ""),
        ("The Coast Ledger", None),
        ("Harbour Radio: Morning Show", None),  # (an outlet's name over its section: a source as it stands)
        ("Source : The Coast Ledger", None),  # (no source's label: its space is kept)
    ],
)
def test_a_field_names_a_source_only_under_a_source_key(text: str, expected: str | None) -> None:
    assert field_source(text) == expected

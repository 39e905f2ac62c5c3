"""Cheap tests asked before expensive ones (stop 32): each gives the answer of the whole test, whatever the line."""

from __future__ import annotations

import random

from converter.textdump import bodyline
from converter.textdump.byline_names import _CUT, _FOR_OUTLET, without_outlet
from converter.textdump.furniture import _READING_TIME, is_reading_time
from converter.textdump.headings import (
    _MAX_HEADING_WORDS,
    _MIN_TAIL_LETTERS,
    _in_capitals,
    _plain_capitals,
    _sentence_case_tail,
    sentence_case_tail,
    split_capitals_tail,
)
from converter.textdump.repeated import LEAD, WEDGED, NormalizedLines, shapes
from converter.textdump.story_heads import _OUTLET_WORDS, FROM_WORDS, HOST, _outlet_name, from_outlet

_WORDS = [
    "THE", "LONG", "VIEW", "FERRY", "Prices", "tickets", "WHAT'S", "A", "İSTANBUL", "from", "From", "via", "The",
    "Harbour", "of", "outlet.com", "5", "min", "MIN", "mins", "read", "Reading", "time:", "mın", "left", "quay.", "Who",
    "pays", "went?", "went??", "Ann", "«Who", "—", "12", "Courier", "for", "By", "·", "(Quay)",
]  # fmt: skip
_SPACES = [" ", " ", "  ", "\t", "\u00a0", ""]


def _lines(count: int) -> list[str]:
    rng = random.Random(32)
    return ["".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randint(0, 9))) for _ in range(count)]


def _whole_capitals_tail(text: str) -> tuple[str, str | None]:
    """split_capitals_tail as it was before it asked the last two words first."""
    words = text.split()
    tail = 0
    while tail < len(words) - 1 and _plain_capitals(words[-1 - tail]):
        tail += 1
    head = words[len(words) - tail :]
    if not 2 <= tail <= _MAX_HEADING_WORDS or sum(len(word) for word in head) < _MIN_TAIL_LETTERS:
        return text, None
    before = " ".join(words[: len(words) - tail])
    if _in_capitals(words[-1 - tail]) or not any(char.islower() for char in before):
        return text, None
    if before.endswith((":", "-", "–", "—")):
        return text, None
    return before, " ".join(head)


def test_fast_paths_answer_as_the_whole_tests() -> None:
    for text in _lines(20000):
        # (the whole searches, as they ran before their first questions were added)
        words = text.split()
        start = _sentence_case_tail(words) if len(words) > 2 else None
        assert sentence_case_tail(text) == (None if start is None else " ".join(words[start:])), text
        name = words[1:]
        outlet = (
            2 <= len(words) <= _OUTLET_WORDS
            and words[0].lower() in FROM_WORDS
            and not text.endswith((".", ":"))
            and ((len(name) == 1 and HOST.fullmatch(name[0]) is not None) or _outlet_name(name))
        )
        assert from_outlet(text) == outlet, text
        assert is_reading_time(text) == (len(text) <= 40 and _READING_TIME.search(text) is not None), text
        assert split_capitals_tail(text) == _whole_capitals_tail(text), text


def test_a_glued_capitals_tail_is_still_split() -> None:
    assert split_capitals_tail("Prices of the new ferry tickets THE LONG VIEW") == (
        "Prices of the new ferry tickets",
        "THE LONG VIEW",
    )
    assert sentence_case_tail("the harbour board\u00a0Who pays?") == "Who pays?"


def test_only_shape_keys_make_the_body_line_features_ask_shapes() -> None:
    # A folder's wedged lines, glued tails and lead-ins start with '#' too, but are no shapes: no line's shape is asked.
    assert not bodyline._holds_shapes(frozenset({WEDGED + "sign up now", "#tail who pays"}))
    assert bodyline._holds_shapes(frozenset({"#end the full story at npr"}))
    assert bodyline._holds_leads(frozenset({LEAD + "watch"}))
    assert not bodyline._holds_leads(frozenset({"#digits 0 free stories left"}))


def test_the_survey_shares_the_lines_shapes() -> None:
    text = "Ferry timetable changes\nYou have 3 free stories left\n\nRead the full story at the Quay Post today\n"
    lines = NormalizedLines.of(text)
    shaped = lines.shaped()
    assert shaped == {line: shapes(line) for line in lines.joined.split("\n") if line}
    assert lines.distinct(shaped) == lines.distinct()
    assert lines.placed(text, shaped) == lines.placed(text)


def test_a_credit_without_its_outlet() -> None:
    assert without_outlet("Written by Ann Lee for Harbour Courier · 11h") == "Written by Ann Lee"
    assert without_outlet("Written by Ann Lee · 11h") is None
    for text in _lines(5000):
        head = _CUT.sub("", text).rstrip()
        cut = _FOR_OUTLET.sub("", head)
        assert without_outlet(text) == (cut if cut != head else None), text

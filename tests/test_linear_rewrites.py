"""Patterns rewritten to run in linear time (tests/test_patterns.py found them quadratic) give the answers
of the simple forms they replace, checked on many random strings of the characters they turn on."""

from __future__ import annotations

import random
import re

from converter.dates import _GLUED_WORD
from converter.textdump.title import _NAME_LIST

PIECES = [" ", "  ", "\n", "\t", ",", "and", "a", "n", "d", "Dec", "GEAR", "é", "_", "O", "1", "23", "4", "."]


def _samples(count: int = 20000) -> list[str]:
    rng = random.Random(22)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def test_name_list_splits_as_the_simple_pattern() -> None:
    simple = re.compile(r"\s*,\s*|\s+and\s+")
    assert all(_NAME_LIST.split(text) == simple.split(text) for text in _samples())


def test_glued_word_matches_as_the_simple_pattern() -> None:
    simple = re.compile(r"[^\W\d_]{4,}(?=\.?\s*[0-3]?\d\b)")
    for text in _samples():
        assert [m.span() for m in _GLUED_WORD.finditer(text)] == [m.span() for m in simple.finditer(text)], text

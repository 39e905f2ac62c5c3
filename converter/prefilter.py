"""Ruling a regular expression out with substring tests before running it.

A case-insensitive pattern of many alternatives, searched at every position of a line, costs
microseconds; a few `in` tests on the lower-cased line cost a fraction of that, and most lines
hold none of the pattern's words. Each set of clues must hold a substring of every possible
match of its pattern (their tests check samples of each alternative).
"""

from __future__ import annotations

import re

# Characters `re.IGNORECASE` equates with an ASCII letter that `str.lower()` does not turn into it.
CASE_TRAPS = re.compile("[ıſİ]")


def holds_any(text: str, clues: tuple[str, ...]) -> bool:
    for clue in clues:  # noqa: SIM110 (any() over a generator costs twice as much here)
        if clue in text:
            return True
    return False


def may_match(text: str, clues: tuple[str, ...]) -> bool:
    """Can a case-insensitive pattern whose matches all hold one of `clues` (lower case) match `text`?"""
    if not text.isascii() and CASE_TRAPS.search(text):
        return True  # only the pattern itself can tell
    return holds_any(text.lower(), clues)

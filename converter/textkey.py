"""The forms text is compared in: a word pattern and the keys built from it, defined once.

Lines repeated across a folder, titles of carried articles, recovered paragraphs and site names
are each matched in one of these forms. They differ on purpose (lower case or case folding, words
joined or squeezed together), and each keeps exactly the behaviour its callers were built on:
a key that changed would change which lines match, and so the output.
"""

from __future__ import annotations

import re

# A word: a run of Unicode letters, digits and underscores.
WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W+")


def words(text: str) -> list[str]:
    """The lower-cased words of `text`."""
    return WORD.findall(text.lower())


def word_key(text: str) -> str:
    """Lower case, words only, one space between: how lines and titles are compared."""
    return " ".join(WORD.findall(text.lower()))


def compact_key(text: str) -> str:
    """Case-folded letters and digits with nothing between: how site names and headlines are compared."""
    return _NON_WORD.sub("", text.casefold())


_ASCII_DIGIT = re.compile("[0-9]")
_NO_ASCII_DIGITS = str.maketrans("", "", "0123456789")


def has_digit(text: str) -> bool:
    """Whether a character of `text` is a digit (`str.isdigit`)."""
    return bool(_ASCII_DIGIT.search(text)) if text.isascii() else any(map(str.isdigit, text))


def digit_count(text: str) -> int:
    """How many characters of `text` are digits (`str.isdigit`, which counts "²" too, unlike `\\d`)."""
    if text.isascii():  # then the digits are 0-9: deleted in one pass in C (most lines hold none: no pass)
        return len(text) - len(text.translate(_NO_ASCII_DIGITS)) if _ASCII_DIGIT.search(text) else 0
    return sum(map(str.isdigit, text))

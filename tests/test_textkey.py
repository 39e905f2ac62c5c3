"""The text keys, and that the modules comparing text share them instead of keeping their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import converter
from converter.textkey import compact_key, word_key, words

PACKAGE = Path(converter.__file__).parent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, World!", "hello world"),
        ("It's 2024 — snake_case stays", "it s 2024 snake_case stays"),
        ("  Ünïcode  TITLE ", "ünïcode title"),
        ("***", ""),
    ],
)
def test_word_key(text: str, expected: str) -> None:
    assert word_key(text) == expected
    assert words(text) == (expected.split(" ") if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Daily Planet", "thedailyplanet"),
        ("STRASSE News", "strassenews"),
        ("Straße-News", "strassenews"),  # case folding, not lower case: both spellings meet
        ("@bbc_news", "bbc_news"),
    ],
)
def test_compact_key(text: str, expected: str) -> None:
    assert compact_key(text) == expected


# `re.compile(r"\w+")` or `re.findall(r"\w+", ...)`: a word pattern of a module's own.
OWN_WORD_PATTERN = re.compile(r"""re\.(?:compile|findall)\(r["']\\w\+["']""")


def test_no_module_keeps_its_own_word_pattern() -> None:
    assert OWN_WORD_PATTERN.search('_WORD = re.compile(r"\\w+")')  # the check itself finds one
    offenders = [
        path.relative_to(PACKAGE).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "textkey.py" and OWN_WORD_PATTERN.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_digits_are_counted_as_str_isdigit_counts_them() -> None:
    """ASCII text takes a quicker path: both paths must agree with `str.isdigit` character by character."""
    from converter.textkey import digit_count, has_digit

    texts = ["", "no digits here", "3 hrs ago", "2019-11-18 07:45", "x² + y³", "٣ أيام", "①②", "page 12 of ١٢"]
    for text in texts:
        expected = sum(ch.isdigit() for ch in text)
        assert digit_count(text) == expected, text
        assert has_digit(text) == (expected > 0), text
    # Checked by hand: "²" and "³" are digits to str.isdigit (not to `\d`), "①" too.
    assert digit_count("x² + y³") == 2 and digit_count("①②") == 2

"""Lines that credit someone other than the article's writer: neither its byline nor its headline.

A sponsor's credit ("Presented by A", "Sponsored by A & B") labels a promo: the byline decision refuses its label
(bylines.credits_writer: the sponsor's words are no writer's), and the line is kept out of the body, where it would
read as a subheading. A publisher's chip ("From The Harbour Courier") names where the story comes from: no headline.
"""

from __future__ import annotations

import re

from converter.bylines import SPONSOR_WORDS
from converter.dates import find_date
from converter.textdump.byline import byline_part
from converter.textdump.lines import Line
from converter.textdump.marked import _is_host
from converter.textdump.metadata import is_byline

MAX_WORDS = 8
_SPONSOR = re.compile(SPONSOR_WORDS, re.IGNORECASE)


def is_sponsor_credit(line: Line) -> bool:
    """A short line of a sponsor's label ending with "by" and a name after it, and nothing else."""
    if line.words > MAX_WORDS or line.sentence_end or " by " not in f" {line.text.lower()} ":
        return False
    label, part, tail_words, _ = byline_part(line.text)
    return bool(label) and bool(part) and tail_words <= 0 and bool(_SPONSOR.search(label))


def sponsor_lines(lines: list[Line], first: int, last: int) -> set[int]:
    """The sponsor credits among lines[first..last]."""
    return {index for index in range(first, last + 1) if is_sponsor_credit(lines[index])}


# "From" and a name: the language's word for a story's origin.
_FROM = ("From ",)
CHIP_WORDS = 6
_NAME_JOINS = ("&", "of", "the", "and")


def is_publisher_chip(lines: list[Line], index: int) -> bool:
    """'From The Harbour Courier' over a longer line that credits no one (the headline): "From" and a name, every
    word capitalised, a short line. (A headline of that shape, "From Here To Eternity", stands over its credit.)"""
    text = lines[index].text
    if not text.startswith(_FROM) or index + 1 >= len(lines):
        return False
    rest = text[5:].split()
    hosted = len(rest) == 1 and _is_host(rest[0])  # ('From outlet.com': the outlet's host)
    if not 1 <= len(rest) <= CHIP_WORDS - 1 or not (
        hosted or all(word[:1].isupper() or word in _NAME_JOINS for word in rest)
    ):
        return False
    below = lines[index + 1]
    return below.words > len(rest) + 1 and not is_byline(below.text) and find_date(below.text) is None

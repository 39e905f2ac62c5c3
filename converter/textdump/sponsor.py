"""A sponsor's credit line ("Presented by A", "Sponsored by A & B"): a promo's label, not the article's byline.

The byline decision refuses its label (bylines.credits_writer: the sponsor's words are no writer's); here the line
is kept out of the body too, where it would read as a subheading.
"""

from __future__ import annotations

import re

from converter.bylines import SPONSOR_WORDS
from converter.textdump.byline import byline_part
from converter.textdump.lines import Line

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

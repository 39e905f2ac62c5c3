"""Clean one long pasted text (a related article's full text): promo tails and link teasers out.

Full texts pasted into a page keep their own furniture inline: "Try X free for 1 month...",
"Error in retrieving data", "Sign in to access your portfolio", "Read moreSome linked title".
"""

from __future__ import annotations

import re

from converter.textdump.furniture import is_furniture

_SENTENCE = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])")
# Widget messages repeated inside pasted text, whatever sits around them.
_WIDGET = re.compile(
    # (white space from the start of its run only: a bare `\s*` was quadratic on long runs)
    r"(?:(?<!\s)\s*|(?<=\s))\b(?:error in retrieving data|sign in to access your portfolio|loading\.\.\.|"
    r"advertisement)\b\s*",
    re.IGNORECASE,
)
_PITCH = re.compile(
    r"\b(?:try .{1,40} free|free for \d+ (?:month|week|day)s?|unlimited access|subscribe|sign up|"
    r"newsletter|award-winning .{0,30}journalism|download (?:the|our) app)\b",
    re.IGNORECASE,
)
# "Read more" glued to a linked title: "...he wrote. Read more1960: A wave of ... Africa Setting ...".
_READ_MORE = re.compile(r"\b(?:read more|read also|see also|related)(?=[A-Z0-9\"'“‘])", re.IGNORECASE)


def clean_pasted_text(text: str) -> str:
    text = _WIDGET.sub(" ", text)
    text = _strip_read_more(text)
    sentences = _SENTENCE.split(" ".join(text.split()))
    # Pitches sit at the end: drop trailing sentences that sell, not report.
    while sentences and (
        _PITCH.search(sentences[-1])
        or (is_furniture(sentences[-1], len(sentences[-1].split())) and len(sentences[-1].split()) < 6)
    ):
        sentences.pop()
    return " ".join(sentences).strip()


def _strip_read_more(text: str) -> str:
    while True:
        match = _READ_MORE.search(text)
        if not match:
            return text
        end = _title_end(text, match.end())
        text = (text[: match.start()].rstrip() + " " + text[end:].lstrip()).strip()


def _title_end(text: str, start: int) -> int:
    """Where a glued link title ends: before the first capitalised word that starts a new clause.

    Such a word is followed by a lower-case word, and does not follow a colon (a title's own
    "Name: subtitle" break). The title keeps at least three words.
    """
    words = list(re.finditer(r"\S+", text[start:]))
    for position in range(3, len(words) - 1):
        word, previous, following = words[position].group(), words[position - 1].group(), words[position + 1].group()
        if word[:1].isupper() and following[:1].islower() and not previous.endswith(":"):
            return start + words[position].start()
    return len(text)

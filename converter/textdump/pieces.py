"""A carried story pasted on one line, cut back into the blocks the page glued together.

innerText flattens a carried story's paragraphs, and the widgets between them, into one line:
"...you know. Tap to expand Gracie goes out of her way...", "...in Brazil The Dodgers signed...".
The line is cut at its sentence ends, where a capitalised function word or an opening quote
follows a word with no stop (a new sentence glued on), and after a call that opens a piece
("Tap to expand | Visit the new store..."). The body-line model then judges each piece as it
judges the lines of a body (textdump/extract.py); the pieces it keeps are joined again.
"""

from __future__ import annotations

import re

from converter.textdump.prompts import CALL_MAX_WORDS, is_call
from converter.textkey import WORD

# A sentence end, then a capital, a digit or an opening quote.
_SENTENCE = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
# A word without a stop, then a sentence's first word: a function word capitalised, or an opening quote.
_STARTERS = (
    "The|A|An|It|It's|He|She|She's|He's|They|We|This|That|These|Those|There|But|And|In|On|At|For|When|While"
    "|As|If|After|Before|His|Her|Their|Our|Its|My|Your|So|Still|Now"
)
_GLUE = re.compile(rf"(?<=[\w%$)])\s+(?=(?:[“\"](?=[A-Z])|(?:{_STARTERS})\s))")
# Inside a piece opening with a call: a lower-case word followed by a capitalised one.
_CASE_BREAK = re.compile(r"(?<=[a-z0-9])\s+(?=[A-Z“\"])")
MIN_WORDS = 150  # only a line holding several paragraphs is cut (a paragraph of its own runs shorter)
GLUE_MIN_WORDS = 3  # a title's "The" ("episode of The Voice") is no new sentence
CALL_MIN_WORDS = 3  # a call split off is at least this long ("Tap to expand")


def split_pieces(text: str) -> list[str]:
    """The pieces of one pasted line, in order (the line itself when it is short)."""
    if len(text.split()) < MIN_WORDS:
        return [text]
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        for piece in _glued(sentence):
            out.extend(_split_call(piece))
    return [piece.strip() for piece in out if piece.strip()]


def _glued(sentence: str) -> list[str]:
    """The sentence cut where another one was glued on, each side at least GLUE_MIN_WORDS long."""
    out: list[str] = []
    start = 0
    for match in _GLUE.finditer(sentence):
        head, rest = sentence[start : match.start()], sentence[match.end() :]
        if len(head.split()) >= GLUE_MIN_WORDS and len(rest.split()) >= GLUE_MIN_WORDS:
            out.append(head)
            start = match.end()
    out.append(sentence[start:])
    return out


def _split_call(piece: str) -> list[str]:
    """'Tap to expand Visit the store' → ['Tap to expand', 'Visit the store']: a call cut from what follows."""
    for match in _CASE_BREAK.finditer(piece):
        head = piece[: match.start()]
        words = len(head.split())
        if words > CALL_MAX_WORDS:
            break
        if words >= CALL_MIN_WORDS:
            # Only the first break is tried: a call is short, the story's own words follow it.
            return [head, piece[match.end() :]] if is_call(WORD.findall(head.lower()), head) else [piece]
    return [piece]

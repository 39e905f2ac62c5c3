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

from converter.textdump.furniture import is_furniture
from converter.textdump.prompts import CALL_MAX_WORDS, NOT_A_VERB, TEASER_MIN_WORDS, is_call, lead_in
from converter.textkey import WORD

# A sentence end, then a capital, a digit or an opening quote; a name's initial ("Robert F. Kennedy") ends none.
_SENTENCE = re.compile(r"(?<=[.!?…])(?<!\s[A-Z]\.)[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
# A word without a stop, then a sentence's first word: a function word capitalised, or an opening quote.
_STARTERS = (
    "The|A|An|It|It's|He|She|She's|He's|They|We|This|That|These|Those|There|But|And|In|On|At|For|When|While"
    "|As|If|After|Before|His|Her|Their|Our|Its|My|Your|So|Still|Now"
)
_GLUE = re.compile(rf"(?<=[\w%$)])\s+(?=(?:[“\"](?=[A-Z])|(?:{_STARTERS})\s))")
# Arrows and chevrons ending a button's label ('Continue in the app ›').
_BUTTON_GLYPHS = "›»▸▶▾❯→"
# Inside a piece opening with a call: a lower-case word (or a button's glyph) followed by a capitalised one.
_CASE_BREAK = re.compile(rf"(?<=[a-z0-9{_BUTTON_GLYPHS}])\s+(?=[A-Z“\"])")
# An inline marker between two sentences of a pasted story: a short phrase of lower-case words set between two
# dashes or in square brackets ('... he said. — read on below — The plan ...', '[ad break]'), the page's, not the
# story's (a dash's aside inside a sentence has no sentence end before it and no capital after it).
_INLINE_MARKER = re.compile(
    r"(?<=[.!?…\"”’])\s+(?:[—–] [A-Za-z][a-z ]{1,38}[a-z] [—–]|\[[A-Za-z][a-z ]{1,38}[a-z]\])(?=\s+[\"“‘(]?[A-Z])"
)
MIN_WORDS = 150  # only a line holding several paragraphs is cut (a paragraph of its own runs shorter)
GLUE_MIN_WORDS = 3  # a title's "The" ("episode of The Voice") is no new sentence
LABEL_WORDS = 2  # the longest ad's label before its middle dot
CALL_MIN_WORDS = 3  # a call split off is at least this long ("Tap to expand")


def without_markers(text: str) -> str:
    """A pasted line without the short dashed or bracketed markers the page set between its sentences."""
    return _INLINE_MARKER.sub("", text) if ("—" in text or "–" in text or "[" in text) else text


def split_pieces(text: str) -> list[str]:
    """The pieces of one pasted line, in order (the line itself when it is short)."""
    if len(text.split()) < MIN_WORDS:
        return [text]
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        for piece in _glued(sentence):
            for part in _split_call(piece):
                out.extend(_split_teaser(part))
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
            # (or a button's label, its glyph closing it: 'Continue in the app ›'; or an ad's label and its copy:
            # 'Promoted · Winter coats for less')
            if not (is_call(WORD.findall(head.lower()), head) or head[-1] in _BUTTON_GLYPHS or _labelled(head)):
                return [piece]
            # A row of widgets: the rest may open with another call ("Unlock it for $1 a week | Tap to expand | ...").
            return [head, *_split_call(piece[match.end() :])]
    return [piece]


def _labelled(head: str) -> bool:
    """'Promoted · Winter coats for less': a UI word of one or two words, then a middle dot (an ad's label)."""
    label, dot, _ = head.partition(" · ")
    words = len(label.split())
    return bool(dot) and words <= LABEL_WORDS and is_furniture(label, words)


def _split_teaser(piece: str) -> list[str]:
    """'Label: A headline of another story The story goes on' → the teaser, then the story's sentence.

    A headline has no full stop to end it: it ends before a capitalised word that follows a word of
    content (no function word, which a proper name may follow: "shot in Norwood") and comes before a
    lower-case word, a new clause's opening ("...for the first time | Video released by..."). In a
    headline in title case that word must follow a lower-case one ("Bars That Won't Charge Covers on").
    """
    found = lead_in(piece)
    if found is None:
        return [piece]
    words = list(re.finditer(r"\S+", piece))
    first = next(position for position, word in enumerate(words) if word.start() >= found)
    for position in range(first + TEASER_MIN_WORDS, len(words) - 1):
        word, previous, following = (words[position + step].group() for step in (0, -1, 1))
        capitalised = sum(other.group()[:1].isupper() for other in words[first:position])
        sentence_case = capitalised * 2 < position - first
        if (
            word[:1].isupper()
            and (previous[:1].islower() or (sentence_case and previous[:1].isupper()))
            and previous[-1:].isalnum()  # a colon or a comma: the headline's own break
            and previous.lower() not in NOT_A_VERB
            and following[:1].islower()
        ):
            return [piece[: words[position - 1].end()], piece[words[position].start() :]]
    return [piece]

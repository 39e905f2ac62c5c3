"""Cards written on one line each: a title, then its source and time after separators.

"Title - Outlet - 3 hours ago", "Title · Outlet · 2h": news apps list related stories so. The listing decision
knows cards by a title beside a marker line; a line holding both has none beside it. Two such lines or more in
a row after the body are a list: their titles are related links.
"""

from __future__ import annotations

import re

from converter.dates import is_relative_date
from converter.textdump.lines import Line
from converter.textdump.related import Card

# Separators between a card's title, source and time on one line.
_GLUE = (" - ", " · ", " | ", " — ", " – ")
_GLUE_MARKS = " -·|—–"
# A time in short form ("3h", "45m", "2d"); longer ones ("3 hours ago", "yesterday") are relative dates.
_SHORT_TIME = re.compile(r"\d{1,3} ?[mhd]")
_TAIL_WORDS = 4
MIN_TITLE_WORDS = 3
MIN_RUN = 2  # glued cards in a row
_ACRONYM_LETTERS = 4  # an outlet's name may hold an acronym in capitals ('BBC News'), no longer word so
NAMED_WORDS = 36  # the longest line of a headline and its outlet's name


def glued_card(text: str) -> Card | None:
    """'Title - Outlet - 3 hours ago' → Card('Title', 'Outlet'); None when the line does not end with a time."""
    cut = max(text.rfind(glue) for glue in _GLUE)
    if cut < 0:
        return None
    tail = text[cut:].lstrip(_GLUE_MARKS)
    if len(tail.split()) > _TAIL_WORDS or not (_SHORT_TIME.fullmatch(tail) or is_relative_date(tail)):
        return None
    head = text[:cut]
    source_cut = max(head.rfind(glue) for glue in _GLUE)
    title, source = (head[:source_cut], head[source_cut:].lstrip(_GLUE_MARKS)) if source_cut > 0 else (head, None)
    title = title.strip()
    if len(title.split()) < MIN_TITLE_WORDS or (source and len(source.split()) > _TAIL_WORDS):
        return None
    return Card(title, source or None)


def named_card(text: str) -> tuple[str, Card] | None:
    """'Title — Outlet' → (' — ', Card('Title', 'Outlet')): a headline, then its outlet's name (its words capitalised,
    but for short joining ones: 'Lantern & Key') after a separator, no time; None for other lines."""
    glue = max(_GLUE, key=text.rfind)
    cut = text.rfind(glue)
    if cut <= 0 or text.find(glue) != cut:
        return None  # (one separator: 'Scores | Picks | Odds' is a menu's row)
    title, source = text[:cut].strip(), text[cut + len(glue) :].strip()
    words = source.split()
    if not 1 <= len(words) <= _TAIL_WORDS or not all(word[0].isupper() or len(word) <= 3 for word in words):
        return None
    if any(len(word) > _ACRONYM_LETTERS and word.isupper() for word in words):
        return None  # a name in capitals ('Best drama — JUNE OSEI'): a list's winner or speaker, no outlet
    if not source[0].isalpha() or len(title.split()) < MIN_TITLE_WORDS or title.endswith((":", ",", ";")):
        return None
    return glue, Card(title, source)


def glued_cards(lines: list[Line], last: int) -> list[Card]:
    """The cards of runs of MIN_RUN glued lines or more after the body, in page order: titles with their source
    and time, or titles with their source alone, one separator throughout the run and two sources or more (one
    name after every line is a signature or a series, not outlets)."""
    cards: list[Card] = []
    run: list[Card] = []
    named: list[tuple[str, Card]] = []
    for line in [*lines[last + 1 :], None]:
        # (most lines hold no separator: the cheap test first)
        marked = line is not None and line.words <= NAMED_WORDS and any(mark in line.text for mark in _GLUE)
        card = glued_card(line.text) if marked and line is not None and not line.is_prose else None
        # (a long headline and its outlet read as prose: its words are a sentence's)
        pair = named_card(line.text) if marked and card is None and line is not None else None
        if pair is not None and (not named or pair[0] == named[0][0]):
            named.append(pair)
        else:
            if len(named) >= MIN_RUN and len({card.source for _, card in named}) >= 2:
                cards.extend(card for _, card in named)
            named = [pair] if pair is not None else []
        if card is not None:
            run.append(card)
            continue
        if len(run) >= MIN_RUN:
            cards.extend(run)
        run = []
    return cards

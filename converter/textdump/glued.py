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


def glued_cards(lines: list[Line], last: int) -> list[Card]:
    """The cards of runs of MIN_RUN glued lines or more after the body, in page order."""
    cards: list[Card] = []
    run: list[Card] = []
    for line in [*lines[last + 1 :], None]:
        # (most lines hold no separator: the cheap test first)
        glue = line is not None and not line.is_prose and any(mark in line.text for mark in _GLUE)
        card = glued_card(line.text) if glue and line is not None else None
        if card is not None:
            run.append(card)
            continue
        if len(run) >= MIN_RUN:
            cards.extend(run)
        run = []
    return cards

"""Cards closed by counter lines: other posts above a story, no part of it.

A card is a title (a symbol before it or not), a teaser under it or not, and a short line of counts closing it
('👁 12.4K · 09:15', '♥ 1,204  💬 38'). Alike cards in a row, or one right above a headline with its credit,
name other posts; their titles are related links, and the body run that opens with them starts under them. The
counter line is what tells a card from an article's own headline over its standfirst: that has its text below.
"""

from __future__ import annotations

from converter.dates import find_date
from converter.textdump.lines import Line, per_page
from converter.textdump.marked import (
    BULLETS,
    LIST_REACH,
    MARKS,
    MAX_META_WORDS,
    MIN_ENTRIES,
    TEASER_WORDS,
    marker_split,
    title_shaped,
)
from converter.textdump.metadata import credit_distance

MARKER_WORDS = 3  # a short marker line between a list of cards and the story below them ('Read in full')


def counter_line(line: Line) -> bool:
    """'👁 12.4K · 09:15', '♥ 1,204  💬 38': a card's counters, a short line that opens with a symbol (no letter,
    digit, quote or bracket) and holds a count; no sentence, no date."""
    text = line.text
    if line.words > MAX_META_WORDS or line.sentence_end or not text[:1] or text[:1].isalnum():
        return False
    if text[:1] in MARKS or text[:1] in BULLETS:
        return False
    tokens = text.split()
    counts = [token for token in tokens if token.rstrip("KkMm").replace(",", "").replace(".", "").isdigit()]
    # (one word at most beside the counts, 'edited', 'comments': a line of words is a notice, '© 2024 Outlet Ltd';
    # no fraction: '— 2 / 3 —' counts the stories a page carries)
    worded = sum(any(char.isalpha() for char in token) for token in tokens if token not in counts)
    return bool(counts) and worded <= 1 and "/" not in text and find_date(text) is None


def _card_at(lines: list[Line], index: int) -> int | None:
    """The counter line closing a card that starts at lines[index] (a title, a teaser under it or not), or None."""
    # (the counter first: it is asked of every line of every page, and the title's shape costs the most)
    counter = _counter_below(lines, index)
    if counter is None or marker_split(lines[index].text) is not None:
        return None
    return counter if title_shaped(card_title(lines[index].text)) else None


def _counter_below(lines: list[Line], index: int) -> int | None:
    """The counter line one or two lines under lines[index] (a teaser between), or None."""
    for below in (index + 1, index + 2):
        if below >= len(lines):
            return None
        if counter_line(lines[below]):
            return below
        if lines[below].words > TEASER_WORDS:
            return None
    return None


def card_title(text: str) -> str:
    """A card's title without the symbol it opens with ('📰 Title' → 'Title')."""
    head, _, rest = text.partition(" ")
    return rest.strip() if rest and not any(char.isalnum() for char in head) and head[:1] not in MARKS else text


@per_page
def countered_cards(lines: list[Line]) -> tuple[tuple[int, int], ...]:
    """Cards each closed by a counter line, in a row above a story: (title's line, counter's line) each.

    Alike cards (a title, its teaser, '👁 12.4K · 09:15') name other posts: MIN_ENTRIES in a row, or one right
    above a headline with its credit or date line below it (a short marker line between or not), is a list and
    no part of the story under it. (An article's own headline over its standfirst and counters has its text
    below, no second headline with its credit.)"""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        run: list[tuple[int, int]] = []
        while index < len(lines) and (counter := _card_at(lines, index)) is not None:
            run.append((index, counter))
            index = counter + 1
        if not run:
            index += 1
            continue
        if len(run) >= MIN_ENTRIES or _headline_below(lines, run[-1][1] + 1):
            found += run
    return tuple(found)


def _headline_below(lines: list[Line], position: int) -> bool:
    """A headline over its credit or date line at lines[position], or one line below a short marker line."""
    for place in (position, position + 1):
        if place >= len(lines):
            return False
        line = lines[place]
        if title_shaped(line.text) and credit_distance(lines, place) in (1, 2):
            return True
        if line.words > MARKER_WORDS or line.sentence_end:
            return False
    return False


def leading_cards_end(lines: list[Line], first: int, last: int) -> int | None:
    """The counter line closing the cards the body run opens with (or opens right under), or None."""
    ends = [counter for _, counter in countered_cards(lines) if first - 1 <= counter < min(last, first + LIST_REACH)]
    return max(ends) if ends else None

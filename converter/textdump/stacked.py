"""Lists of headlines each in a stack of short lines: 'LEFT' over 'Harbor Ledger' over the title, 'Tue' over the title,
an outlet over the title over its time.

Each stack holds the headline and its chips (a time, a day, a date, an outlet's line with a time) or a label in
capitals, the stacks alike one after another. Such a list after the body names other articles (stacked_lists,
stacked_entries); one closing the body run with a chip beside each headline is cut off it (chipped_tail).
marked.py reads lists shaped by markers, paired.py titles each over one meta line; listed.py gathers them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from converter.dates import find_date, is_weekday
from converter.textdump.lines import Line
from converter.textdump.marked import (
    HEADING_WORDS,
    MAX_META_WORDS,
    MAX_TITLE_WORDS,
    MIN_ENTRIES,
    MIN_NAMED_PAIRS,
    QUOTED_PROSE,
    marker_split,
    title_shaped,
)
from converter.textdump.metadata import is_byline

STACK_SIZES = (2, 3, 4)  # lines in a stack: a headline and its chips


DATE_WORDS = 4  # a date alone on its line: '21 Dec 2023', 'Dec. 21, 2023'


_SHORT_TIME = re.compile(r"\d{1,3} ?[mhdw]")  # a time in short form: '8h', '45m', '3d'


@dataclass(frozen=True)
class _Stacking:
    """What the stack reader asks of each line of lines[base:], asked once: a stack's short line, a chip, in
    capitals, a headline (title-shaped, no chip, no list marker), its words and text."""

    base: int
    short: list[bool]
    chip: list[bool]
    capitals: list[bool]
    headline: list[bool]
    words: list[int]
    texts: list[str]

    @classmethod
    def of(cls, lines: list[Line], base: int, end: int) -> _Stacking:
        part = lines[base:end]
        chip = [is_time_chip(line) for line in part]
        short = [
            line.words <= MAX_META_WORDS and not line.is_prose and not (line.sentence_end and line.words > 2)
            for line in part
        ]
        # (a headline is asked of the lines that may be one: not a chip, not a run of prose too long for a title)
        headline = [
            not is_chip
            and line.words <= MAX_TITLE_WORDS
            and title_shaped(line.text)
            and marker_split(line.text) is None
            for line, is_chip in zip(part, chip, strict=True)
        ]
        return cls(
            base,
            short,
            chip,
            [line.text.isupper() for line in part],
            headline,
            [line.words for line in part],
            [line.text for line in part],
        )


def _stack_at(kinds: _Stacking, start: int, end: int, size: int, offset: int) -> int:
    """How many stacks of `size` lines in a row from `start` hold a headline at `offset` and short lines around it,
    each of the first stack's shape at its place."""
    count = 0
    shapes: list[tuple[bool, bool]] = []
    while start + (count + 1) * size <= end:
        first = start + count * size - kinds.base
        if not kinds.headline[first + offset]:
            break
        others = [first + place for place in range(size) if place != offset]
        if not all(kinds.short[other] for other in others):
            break
        if size == 2 and not kinds.chip[others[0]]:
            break  # (a name beside a headline, two lines a stack, is paired_entries' or a directory's: a shop's offer)
        shaped = [(kinds.capitals[other], kinds.chip[other]) for other in others]
        if (shapes and shaped != shapes) or not any(capitals or chip for capitals, chip in shaped):
            break  # (a stack holds a chip or a label in capitals: 'Share' over 'Copy link' over a heading does not)
        shapes = shaped
        count += 1
    return count if count and _says_more(kinds, start, count, size, offset) else 0


def _says_more(kinds: _Stacking, start: int, count: int, size: int, offset: int) -> bool:
    """The headlines say more than the lines at each other place of the stacks: two words more on average than the
    outlets' names ('The quantum phantom' beside 'The Evening Lantern' reads so among longer headlines), or those
    lines are chips."""
    places = [[start - kinds.base + block * size + place for block in range(count)] for place in range(size)]
    headline = sum(kinds.words[index] for index in places[offset]) / count
    return all(
        all(kinds.chip[index] for index in place) or headline >= sum(kinds.words[index] for index in place) / count + 2
        for position, place in enumerate(places)
        if position != offset
    )


def stacked_lists(lines: list[Line], start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Headlines each in a stack of short lines of one shape ('LEFT' over 'Harbor Ledger' over the title; 'Tue' over
    the title; an outlet over the title over its time), the stacks alike, one after another: (first line, stacks,
    lines a stack, the headline's place in it) of each list.

    MIN_ENTRIES stacks of three lines or four, MIN_NAMED_PAIRS of two (a heading over a paragraph is two lines too).
    Each stack holds a chip or a label in capitals."""
    found: list[tuple[int, int, int, int]] = []
    if start >= end:
        return found
    kinds = _Stacking.of(lines, start, end)
    # Two stacks at least hold two headlines within twice the largest stack's lines: where fewer stand, none starts.
    reach = 2 * max(STACK_SIZES)
    headlines_before = list(accumulate(kinds.headline, initial=0))
    size_of = end - start
    room = [headlines_before[min(at + reach, size_of)] - headlines_before[at] >= MIN_ENTRIES for at in range(size_of)]
    readings: dict[int, list[tuple[int, int, int, int]]] = {}  # first line → its readings, each line read once
    index = start
    while index < end:
        # The stacks read from this line or the next ones: the most lines read, and of as many the one whose shortest
        # headline is longest, then the one that starts lowest (a list's heading, above its first stack or below its
        # last, reads as a headline of stacks one line off: a heading says less than a headline).
        best = (0, 0, 0, 0)
        shortest = 0
        headlines: list[int] = []
        first, limit = index, index + max(STACK_SIZES)
        while first < min(limit, end):
            if first not in readings:
                readings[first] = _readings(kinds, first, end) if room[first - start] else []
            for count, size, offset, words in readings[first]:
                titles = [first + block * size + offset for block in range(count)]
                key, held = (count * size, words), (best[0] * best[2], shortest)
                # (the same headlines read from a line lower: the stacks start on the line above)
                if key > held or (key == held and titles != headlines):
                    best, shortest, headlines = (count, first, size, offset), words, titles
                    limit = first + max(STACK_SIZES) + 1  # (and the readings up to a stack lower)
            first += 1
        count, first, size, offset = best
        if not count:
            index += 1
            continue
        found.append((first, count, size, offset))
        index = first + count * size
    return found


def _readings(kinds: _Stacking, first: int, end: int) -> list[tuple[int, int, int, int]]:
    """The stack lists that start on line `first`, of each size and headline's place: (stacks, size, place, the
    shortest headline's words)."""
    found = []
    for size in STACK_SIZES:
        for offset in range(size):
            count = _stack_at(kinds, first, end, size, offset)
            if count < (MIN_ENTRIES if size > 2 else MIN_NAMED_PAIRS) or _widget(kinds, first, count, size, offset):
                continue
            words = min(kinds.words[first - kinds.base + block * size + offset] for block in range(count))
            found.append((count, size, offset, words))
    return found


def _widget(kinds: _Stacking, first: int, count: int, size: int, offset: int) -> bool:
    """One line the same in every stack, no chip: a widget's ('Like Share'), the titles' sources none."""
    for place in range(size):
        at = first - kinds.base + place
        texts = {kinds.texts[at + block * size] for block in range(count)}
        if place != offset and len(texts) == 1 and not kinds.chip[at]:
            return True
    return False


def stacked_entries(lines: list[Line], stacks: list[tuple[int, int, int, int]]) -> list[tuple[int, str, str | None]]:
    """The headlines of stacked lists (stacked_lists): (line, title, None)."""
    return [
        (first + block * size + offset, lines[first + block * size + offset].text, None)
        for first, count, size, offset in stacks
        for block in range(count)
    ]


def stack_headings(lines: list[Line], stacks: list[tuple[int, int, int, int]], start: int) -> list[str]:
    """The short lines right over stacked lists (below `start`): their headings ('Earlier on'), no entries."""
    return [
        lines[first - 1].text
        for first, _, _, _ in stacks
        if first > start and lines[first - 1].words <= HEADING_WORDS and not lines[first - 1].sentence_end
    ]


def is_time_chip(line: Line) -> bool:
    """A list entry's source or time line: 'Outlet · 8h', '3 hrs ago', '8h', 'Tue', '21 Dec 2023'."""
    text = line.text
    if line.words > MAX_META_WORDS:
        return False
    if line.is_marker or _SHORT_TIME.fullmatch(text) is not None or is_weekday(text):
        return True
    return line.words <= DATE_WORDS and find_date(text) is not None


def _chipped(lines: list[Line], index: int, first: int, end: int) -> bool:
    """A chip stands right above or below the line (inside lines[first:end])."""
    return (index > first and is_time_chip(lines[index - 1])) or (index + 1 < end and is_time_chip(lines[index + 1]))


def chipped_tail(lines: list[Line], first: int, last: int) -> int:
    """The body run's last line once a list closing it is cut off: after the run's last paragraph, MIN_ENTRIES
    headlines or more, each with a chip right above or below it (its outlet's line, a time, a day: 'Outlet · 8h'
    over it, 'Tue' over it, '14h ago' under it); `last` when the run's tail holds fewer, or the run little prose
    above it. A headline that ends a sentence ('What happens while we daydream?') is no paragraph beside its chip."""
    end = last + 1
    index = last
    while index > first and not (
        lines[index].is_prose and lines[index].sentence_end and not _chipped(lines, index, first, end)
    ):
        index -= 1
    tail = range(index + 1, end)
    entries = sum(
        (title_shaped(lines[other].text) or lines[other].text.endswith("?")) and _chipped(lines, other, first, end)
        for other in tail
        if not is_time_chip(lines[other]) and not is_byline(lines[other].text)  # (a byline by its dateline)
    )
    if entries < MIN_ENTRIES or sum(line.words for line in lines[first : index + 1] if line.is_prose) < QUOTED_PROSE:
        return last
    return index

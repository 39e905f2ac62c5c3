"""Lists of titles each over one meta line of one kind: 'host · 4 min', 'Outlet | 2h', or an outlet's bare name.

MIN_ENTRIES pairs in a row or more (MIN_NAMED_PAIRS for bare names: a heading over a short line is a pair too), a
teaser under each or not, name other articles (paired_entries); such a list running to the body run's end is cut
off it with its heading (listed_tail). marked.py reads lists shaped by markers, stacked.py headlines in stacks of
chips; listed.py gathers them all.
"""

from __future__ import annotations

from converter.textdump.lines import Line
from converter.textdump.marked import (
    MAX_META_WORDS,
    MAX_PAIRS,
    MIN_ENTRIES,
    MIN_NAMED_PAIRS,
    TAIL_LINES,
    marker_split,
    title_shaped,
)

PAIR_STEP = 3  # a title, its meta line and a teaser: the next entry's title this many lines below at most


def listed_tail(lines: list[Line], first: int, last: int) -> int:
    """The body run's last line once a list closing it is cut off: titles each over a meta line with a separator
    ('host · 4 min', a teaser under each or not) running to the run's end, and the short lines over them (a
    heading, the reader's buttons). `last` when no such list closes the run."""
    entries = [index for index, _, _ in paired_entries(lines, first + 1, last + 1) if _separated(lines[index + 1].text)]
    if len(entries) < MIN_ENTRIES:
        return last
    start = entries[-1]
    for index in reversed(entries[:-1]):
        if start - index > PAIR_STEP:
            break
        start = index
    if sum(start <= index for index in entries) < MIN_ENTRIES or last - entries[-1] > PAIR_STEP:
        return last
    cut = start - 1
    while cut > first and start - cut <= TAIL_LINES and not lines[cut].is_prose and lines[cut].words <= MAX_META_WORDS:
        cut -= 1
    return cut


def _separated(text: str) -> bool:
    return " · " in text or " | " in text


def _meta_kind(line: Line, title: Line) -> str | None:
    """What a line under a title reads as: 'marked' ('host · 6 min'), 'name' ('The Dunmore Echo') or None."""
    text = line.text
    if line.words > MAX_META_WORDS or line.words >= title.words or line.sentence_end or line.is_prose:
        return None
    if _separated(text):
        return "marked"
    # (A headline is longer than its outlet's name by a few words: short lines in pairs are a tag cloud.)
    if 2 <= line.words <= 4 and title.words >= line.words + 3 and all(word[:1].isupper() for word in text.split()):
        return "name"
    return None


def paired_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str, str | None]]:
    """Titles each over a meta line of one kind, MIN_ENTRIES pairs in a row or more (MIN_NAMED_PAIRS for
    bare names), a teaser under each or not: (line, title, source)."""
    found: list[tuple[int, str, str | None]] = []
    run: list[tuple[int, str, str | None]] = []
    kind: str | None = None
    index = start
    while index < end:
        meta = _pair_at(lines, index, end)
        if meta is None and run and lines[index].sentence_end and _pair_at(lines, index + 1, end) == kind:
            index += 1  # a teaser under the entry: the next entry follows
            continue
        if meta is not None:
            if run and meta != kind:
                found += _kept_pairs(lines, run, kind)
                run = []
            below = lines[index + 1].text
            run.append((index, lines[index].text, below.split(" · ")[0].strip() if meta == "marked" else below))
            kind = meta
            index += 2
            continue
        found += _kept_pairs(lines, run, kind)
        run = []
        index += 1
    return found + _kept_pairs(lines, run, kind)


def _pair_at(lines: list[Line], index: int, end: int) -> str | None:
    """The kind of meta line under lines[index] when it is a title over one, else None."""
    if index + 1 >= end:
        return None
    title = lines[index]
    # The line below first: most lines stand over no meta line, and its test is a few comparisons.
    meta = _meta_kind(lines[index + 1], title)
    if meta is None or not title_shaped(title.text) or marker_split(title.text) is not None:
        return None
    return meta


def _kept_pairs(
    lines: list[Line], run: list[tuple[int, str, str | None]], kind: str | None
) -> list[tuple[int, str, str | None]]:
    if not (MIN_NAMED_PAIRS if kind == "name" else MIN_ENTRIES) <= len(run) <= MAX_PAIRS:
        return []
    if kind == "name":
        if len({name for _, _, name in run}) == 1:
            return []  # the same line under every title is a widget's ("Like Tweet"), not the titles' sources
        above = run[0][0] - 1
        if above >= 0 and name_shaped(lines[above]):
            return []  # names over their lines (a shop over its offer): the pairs are read one line off
    return run


def name_shaped(line: Line) -> bool:
    return line.words <= 4 and not line.sentence_end and all(word[:1].isupper() for word in line.text.split())


MIN_RESULTS = 3  # titles over 'outlet · age' lines above the article that make a results list
RESULT_GAP_LINES = 2  # the most lines between two results (a teaser with its stop or without, a label)
RESULT_GAP_WORDS = 40  # the longest line between two results (a teaser; a paragraph is longer)


def results_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str, str | None]]:
    """A results list above the article (a search page, a preview pane beside it): titles each over a separated
    meta line ('outlet.com · 5h'), MIN_RESULTS of them or more, a teaser or a label ('Showing in preview') between
    two of them or not: (line, title, source).

    paired_entries takes a list only while its entries follow each other right under their teasers that end with a
    stop; a results list sets any line under an entry (a teaser cut without its stop, a label). Above the article
    stand its own head's pairs too (its headline over its source chip, a credit over the date line): one or two
    pairs, no list, so the reader asks for MIN_RESULTS. The result the page shows again below the list, over the
    article, is the article itself (a preview pane's), no other."""
    found: list[tuple[int, str, str | None]] = []
    run: list[tuple[int, str, str | None]] = []
    index = start
    while index < end:
        if _result_at(lines, index, end):
            run.append((index, lines[index].text, lines[index + 1].text.split(" · ")[0].split(" | ")[0].strip()))
            index += 2
            continue
        # (asked only inside a run: most lines stand in none)
        steps = range(1, RESULT_GAP_LINES + 1)
        gap = next((step for step in steps if _result_at(lines, index + step, end)), 0) if run else 0
        if gap and all(
            not lines[place].is_prose or lines[place].words <= RESULT_GAP_WORDS for place in range(index, index + gap)
        ):
            index += gap
            continue
        if len(run) >= MIN_RESULTS:
            found += run
        run = []
        index += 1
    found += run if len(run) >= MIN_RESULTS else []
    if not found:
        return found
    shown = {line.text for line in lines[found[-1][0] + 2 : end + RESULT_GAP_LINES]}
    return [result for result in found if result[1] not in shown]


def _result_at(lines: list[Line], index: int, end: int) -> bool:
    return _pair_at(lines, index, end) == "marked" and _separated(lines[index + 1].text)

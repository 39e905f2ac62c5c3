"""Lists shaped as lists: entries numbered, bulleted, quoted, bracketed or paged.

A list is several lines alike in shape. A page's numbered list ("Most read" with `1` alone on a line over each
title, or `2. Title` lines), a bulleted one (`• Title · community`, `▸ Title (Outlet)`), a press review's
(`Outlet: “Title”`) and a contents list above the story (`132 Title`) name other articles. The marker is no part
of an entry's title, and an outlet in brackets or after a middle dot at its end is the entry's source. Only lines
outside the body run are read: a list in the article is the article's. The shape tests every list reader shares
(title_shaped, marker_split) and their limits live here. Titles each over a meta line alike (paired.py), headlines
in stacks of chips (stacked.py), cards closed by counter lines (cards.py) and titles over teasers (teased.py) are
decided beside this module; listed.py gathers every list's entries.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from converter.textdump.furniture import is_furniture, is_host_name
from converter.textdump.lines import Line
from converter.textdump.prompts import is_call

# Glyphs that open a bulleted entry ("• ", "▸ "); a dash or an asterisk too when two entries or more share it.
BULLETS = "•▸►▶▪‣◦●■→»-*–"
MIN_ENTRIES = 2  # entries in a row that make a list
MIN_NAMED_PAIRS = 3  # titles over a bare name line (no separator in it): a list only when three or more
# A longer run of titles over names is a directory the article lists (shops and their offers), not links.
MAX_PAIRS = 12
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
MAX_META_WORDS = 6
MAX_SOURCE_WORDS = 5
MAX_NUMBER = 30
MARKS = ".,;:!?\"'()[]“”‘’"
KICKER_LETTERS = 4  # a kicker in capitals before a headline on its line ('FLASH', 'UPDATE:')
KICKED_WORDS = 5
CALL_WORDS = 4
STOPPED_WORDS = 20  # the longest list entry ending with a full stop taken for a headline
LIST_REACH = 15  # a contents list opens the body run: it stands this near the run's first line
TAIL_LINES = 5  # short lines over a list closing the body (its heading, the reader's buttons)
HEADING_WORDS = 6  # a list's own heading: a short line right above it
HEADLINE_REACH = 10  # the lead's headline stands this near below the list (a promo box between)
TEASER_WORDS = 40  # the longest teaser under a listed title (a paragraph is longer)
QUOTED_PROSE = 100  # prose words of the article above a press review's list that closes it
PAGE_DIGITS = 3  # a page's number before a contents list's title ('132 Title'); after dot leaders, up to this many
LEADER_DOTS = 3  # dots leading from a contents list's title to its page's number


def marker_split(text: str) -> tuple[str, str] | None:
    """'• Title' → ('•', 'Title'); '3. Title' or '3) Title' → ('3', 'Title'); None without a list marker."""
    if text[:1] in BULLETS and text[1:2] == " ":
        return text[0], text[2:].strip()
    digits = len(text) - len(text.lstrip("0123456789"))
    if 1 <= digits <= 2 and text[digits : digits + 2] in (". ", ") "):
        return text[:digits], text[digits + 2 :].strip()
    return None


def bulleted(text: str) -> bool:
    """The line opens with a bullet glyph: an entry of a list ('• Title'), no headline."""
    return text[:1] in BULLETS and text[1:2] == " "


def without_host(text: str) -> str:
    """'How X became Y (example.com)' → 'How X became Y': a bracketed host at a title's end is no title words."""
    if not text.endswith(")"):
        return text
    opening = text.rfind(" (")
    if opening <= 0 or not is_host_name(text[opening + 2 : -1]):
        return text
    return text[:opening].rstrip()


def entry(text: str) -> tuple[str, str | None]:
    """An entry's text without its marker → (title, source): 'Title (Outlet)' and 'Title · Outlet' name the source."""
    if text.endswith(")") and (opening := text.rfind(" (")) > 0:
        inside = text[opening + 2 : -1].strip()
        if inside[:1].isupper() and len(inside.split()) <= MAX_SOURCE_WORDS and "(" not in inside:
            return text[:opening].rstrip(), inside
    cut = text.rfind(" · ")
    if cut > 0 and len(text[cut + 3 :].split()) <= MAX_SOURCE_WORDS:
        return text[:cut].rstrip(), text[cut + 3 :].strip() or None
    return text, None


@lru_cache(maxsize=1 << 14)
def title_shaped(text: str) -> bool:
    """A headline's shape: a few words opening with a capital or a digit (or a quote), no stop or list
    punctuation at its end, no UI line. (Kept per text: every list reader asks it of the same lines.)"""
    words = len(text.split())
    if not MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS or text.endswith((":", ";", ",")):
        return False
    if text.endswith(".") and not abbreviation_end(text):
        return False
    opening = text.lstrip("\"'‘“")[:1]
    if not (opening.isupper() or opening.isdigit()) or is_furniture(text, words):
        return False
    # Words, not a month and its count ("May 2011 (7)"); no short call to the reader ("Print this article": a
    # headline may open so too, "Travel to the coast with ...", but says more).
    tokens = text.lower().split()
    if sum(any(char.isalpha() for char in token) for token in tokens) < MIN_TITLE_WORDS:
        return False
    return words > CALL_WORDS or not is_call([token.strip(MARKS) for token in tokens], text)


def abbreviation_end(text: str) -> bool:
    """The final stop is an abbreviation's ('... in L.A.', '... the U.S.'), not a sentence's."""
    pieces = text.rsplit(None, 1)[-1].rstrip(".").split(".")
    return len(pieces) >= 2 and all(len(piece) == 1 and piece.isupper() for piece in pieces)


def kicked_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str]]:
    """Headlines after a kicker in capitals on their line ('FLASH Ferry services suspended after storm'): a
    ticker naming another story above the page's headline. (line, the headline without its kicker)"""
    found = []
    for index in range(start, end):
        kicker, _, rest = lines[index].text.partition(" ")
        bare = kicker.rstrip(":")
        if len(bare) < KICKER_LETTERS or not (bare.isalpha() and bare.isupper()):
            continue
        second = rest.split(None, 1)[0] if rest else ""
        if second[:1].isupper() and not second.isupper() and len(rest.split()) >= KICKED_WORDS and title_shaped(rest):
            found.append((index, rest))
    return found


def numbered_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str]]:
    """Entries under numbers alone on their line ('1' over a title, '2' over the next; a meta line under each
    title or not): (line, text)."""
    found: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    expected = 0
    index = start
    while index < end - 1:
        text = lines[index].text
        if text.isdigit() and len(text) <= 2 and title_shaped(lines[index + 1].text):
            number = int(text)
            if run and number == expected:
                run.append((index + 1, lines[index + 1].text))
            else:
                found += run if len(run) >= MIN_ENTRIES else []
                run = [(index + 1, lines[index + 1].text)] if 0 < number <= MAX_NUMBER else []
            expected = number + 1
            index += 2
            # (an entry's meta line under its title, 'Outlet · 2 hours ago', the next number below it)
            if index + 1 < end and _meta_between(lines[index]) and lines[index + 1].text == str(expected):
                index += 1
            continue
        found += run if len(run) >= MIN_ENTRIES else []
        run = []
        index += 1
    return found + (run if len(run) >= MIN_ENTRIES else [])


def marked_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str]]:
    """Entries of runs of lines opening with one marker: the same glyph, or numbers counting up by one.

    An entry may end with a full stop ("Rates are rising. Here is why.") when MIN_ENTRIES others of its list are
    headlines without one: a list of sentences is the article's, not one of other articles."""
    found: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    previous = ""
    for index in range(start, end + 1):
        split = marker_split(lines[index].text) if index < end else None
        if split is not None and _entry_shaped(entry(split[1])[0]):
            mark, text = split
            if run and _same_mark(lines[index].text, previous):
                run.append((index, text))
                previous = mark
                continue
            found += _kept_marked(run)
            run, previous = [(index, text)], mark
            continue
        if run and index + 1 < end and _meta_between(lines[index]) and _same_mark(lines[index + 1].text, previous):
            continue  # an entry's meta line ('Outlet (left)', 'host · 4 min') under it: the next entry follows
        found += _kept_marked(run)
        run, previous = [], ""
    return found


def _entry_shaped(text: str) -> bool:
    return title_shaped(text) or (
        text.endswith(".") and len(text.split()) <= STOPPED_WORDS and title_shaped(text.rstrip("."))
    )


def _kept_marked(run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    if len(run) < MIN_ENTRIES or sum(title_shaped(entry(text)[0]) for _, text in run) < MIN_ENTRIES:
        return []
    return run


def _meta_between(line: Line) -> bool:
    """A short line between two marked entries: the first one's source or counters."""
    return line.words <= MAX_META_WORDS and not line.is_prose and not line.sentence_end


def _same_mark(text: str, previous: str) -> bool:
    split = marker_split(text)
    if split is None:
        return False
    mark = split[0]
    if mark.isdigit():  # numbers count up by one
        return previous.isdigit() and int(mark) == int(previous) + 1
    return mark == previous


def listed_headline(lines: list[Line], first: int, last: int) -> tuple[int, int] | None:
    """The headline shown again a few lines below a contents list that the body run opens with (a newsletter's
    "in this issue" over its lead story), or None.

    The list's entries are shown again, the lead's as its headline over its credits and paragraphs: the first
    line below the list that is one of its entries, with prose a few lines under it, is the headline.
    Returns (the headline's line, the list's first line or its heading's: the page's head, its date above
    it), or None.
    """
    start, end = max(0, first - LIST_REACH), min(last, first + LIST_REACH)
    entries = [*numbered_entries(lines, start, end), *marked_entries(lines, start, end)]
    if not entries:
        return None
    listed = {text for _, text in entries} | {entry(text)[0] for _, text in entries}
    below = max(index for index, _ in entries) + 1
    for index in range(below, min(last, below + HEADLINE_REACH)):
        if lines[index].text in listed and any(line.is_prose for line in lines[index + 1 : index + 4]):
            head = min(index for index, _ in entries)
            # (with the list's own heading: "In this issue")
            above = lines[head - 1] if head > 0 else None
            if (
                above is not None
                and above.words <= HEADING_WORDS
                and not above.is_prose
                and (not above.sentence_end or above.text.endswith(":"))
            ):
                head -= 1
            return index, head
    return None


def opening_list_end(lines: list[Line], head: int, first: int, last: int) -> int | None:
    """The last line of a list of other articles the body run opens with (or opens inside), or None.

    A coverage list above the story (bulleted titles, each over its outlet's line: '• Title' over 'Outlet
    (leans left)') is no paragraph of it: entries each over a meta line, MIN_ENTRIES or more, between the
    headline's line (`head`) and the run's first paragraph, a heading over them or not. A list without meta
    lines between its entries (key points over a story) stays the article's."""
    start = next((index for index in range(first, min(last, first + LIST_REACH)) if lines[index].sentence_end), None)
    if start is None or not head <= first:
        return None
    entries = [index for index, _ in marked_entries(lines, head, start)]
    if len(entries) < MIN_ENTRIES or entries[0] - head > TAIL_LINES or entries[-1] + 1 < first:
        return None
    # Each entry over a meta line, the last one's meta line too: an outlet or counters under every title.
    if any(index + 1 in entries or not _meta_between(lines[index + 1]) for index in entries):
        return None
    end = entries[-1] + 1
    return end if end < start else None


def quoted_entry(text: str) -> tuple[str, str] | None:
    """'Bay Observer: “Council approves a second berth”' → (title, source): a press review's line, an outlet's
    name and the headline it gave in quotes; None for other lines."""
    source, colon, rest = text.partition(": ")
    rest = rest.strip()
    if not colon or len(rest) < 3 or rest[0] not in '“"' or rest[-1] not in '”"':
        return None
    words = source.split()
    if not 1 <= len(words) <= MAX_SOURCE_WORDS or len(source) < 2 or not source[0].isupper():
        return None
    if not all(word[0].isupper() or (word.isalpha() and len(word) <= 3) for word in words):
        return None
    title = rest[1:-1].strip()
    return (title, source) if title_shaped(title) else None


def quoted_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str, str | None]]:
    """Press-review lines in a row, MIN_ENTRIES or more from two outlets or more: (line, title, source)."""
    return _entries_in_a_row(lines, start, end, quoted_entry, two_outlets=True)


def _entries_in_a_row(
    lines: list[Line], start: int, end: int, read: Callable[[str], tuple[str, str | None] | None], two_outlets: bool
) -> list[tuple[int, str, str | None]]:
    """The entries `read` finds on lines in a row, kept MIN_ENTRIES in a row or more (from two outlets or more when
    `two_outlets`): (line, title, source)."""
    found: list[tuple[int, str, str | None]] = []
    run: list[tuple[int, str, str | None]] = []
    for index in range(start, end + 1):
        entry = read(lines[index].text) if index < end else None
        if entry is not None:
            run.append((index, *entry))
            continue
        if len(run) >= MIN_ENTRIES and (not two_outlets or len({source for _, _, source in run}) >= 2):
            found += run
        run = []
    return found


def paged_entry(text: str) -> str | None:
    """'Ferry timetable to change ..... 132' or '132 Ferry timetable to change' → the title: a contents list's
    entry, its page's number after dot leaders or, of three digits, before it; None for other lines."""
    head = text.rstrip("0123456789")
    if 1 <= len(text) - len(head) <= PAGE_DIGITS and head.endswith(" "):
        title = head.rstrip()
        leaders = len(title) - len(title.rstrip(".…"))
        title = title.rstrip(".… ")
        if leaders >= LEADER_DOTS or "…" in head[len(title) :]:
            return title if title_shaped(title) else None
        return None
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits == PAGE_DIGITS and text[digits : digits + 1] == " ":
        title = text[digits + 1 :].strip()
        return title if title_shaped(title) else None
    return None


def paged_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str, str | None]]:
    """Contents lists' entries (paged_entry), MIN_ENTRIES lines in a row or more: (line, title, None)."""
    return _entries_in_a_row(lines, start, end, _paged_row, two_outlets=False)


def _paged_row(text: str) -> tuple[str, str | None] | None:
    title = paged_entry(text)
    return None if title is None else (title, None)


def bracketed_entry(text: str) -> tuple[str, str] | None:
    """'Ferry timetable to change (Coast Ledger)' → (title, source): a headline closed by its outlet's name in
    brackets, no marker before it; None for other lines."""
    if not text.endswith(")") or marker_split(text) is not None:
        return None
    title, source = entry(text)
    if source is None or not _entry_shaped(title):
        return None
    # An outlet's name: its words capitalised, but for short joining ones ('Lantern & Key', 'Isle of Man Times'), not
    # an aside ('(Pro models only)').
    return (title, source) if all(word[0].isupper() or len(word) <= 3 for word in source.split()) else None


def bracketed_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str, str]]:
    """Headlines each closed by their outlet in brackets, MIN_ENTRIES lines in a row or more from two outlets or
    more, MIN_ENTRIES of them headlines with no stop (a list of sentences is the article's): (line, title, source)."""
    found: list[tuple[int, str, str]] = []
    run: list[tuple[int, str, str]] = []
    for index in range(start, end + 1):
        split = bracketed_entry(lines[index].text) if index < end else None
        if split is not None:
            run.append((index, *split))
            continue
        if (
            len(run) >= MIN_ENTRIES
            and len({source for _, _, source in run}) >= 2
            # (one title under two names, 'Ministry (Civilian)' and 'Ministry (Military)', is a form's choice)
            and len({title for _, title, _ in run}) == len(run)
            and sum(title_shaped(title) for _, title, _ in run) >= MIN_ENTRIES
        ):
            found += run
        run = []
    return found


def bracketed_end(lines: list[Line], first: int, last: int) -> int:
    """The body run's last line once a list of headlines closed by their outlets in brackets is cut off it: a
    list that starts in the run, after QUOTED_PROSE words of prose, and runs on to the run's end or past it (a
    list inside the article, the article's text below it, stays); `last` when none does."""
    listed = {index for index, _, _ in bracketed_entries(lines, first + 1, len(lines))}
    if last not in listed:
        return last
    start = last
    while start - 1 in listed:
        start -= 1
    return _cut_above(lines, first, last, start)


def quoted_end(lines: list[Line], first: int, last: int) -> int:
    """The body run's last line once a list of other articles in it is cut off, with the short lines over it
    (its heading): a press review's list (outlets each with a headline in quotes, 'Bay Observer: “Council
    approves a second berth”') or bulleted titles each with a chip after a middle dot ('• Title · 35m',
    '• Title · Outlet'); `last` when the run holds none below QUOTED_PROSE words of prose. Bullets without
    chips may be the article's own points: they stay."""
    chipped = [index for index, text in marked_entries(lines, first + 1, last + 1) if " · " in text]
    starts = [entries[0][0] for entries in (quoted_entries(lines, first + 1, last + 1),) if entries]
    starts += [index for index in chipped if index + 1 in chipped or index + 2 in chipped][:1]
    if not starts:
        return last
    start = min(starts)
    return _cut_above(lines, first, last, start)


def _cut_above(lines: list[Line], first: int, last: int, start: int) -> int:
    """Where the run ends above a list starting at `start`: above its heading (short lines that are no prose, up
    to TAIL_LINES), when QUOTED_PROSE words of prose come before it; else `last` (a list near the run's top is no
    tail to cut)."""
    if sum(line.words for line in lines[first:start] if line.is_prose) < QUOTED_PROSE:
        return last
    cut = start - 1
    while cut > first and start - cut <= TAIL_LINES and not lines[cut].is_prose and lines[cut].words <= HEADING_WORDS:
        cut -= 1
    return cut

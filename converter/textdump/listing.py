"""Which lines after the body are titles of other articles: a learned decision over line shapes.

Related lists come under headings of endless wordings ("Up next", "Coverage from 114 sources",
"Similar topics") or none. A list entry is recognised by its own shape and its neighbours
instead: a headline-sized line, a source or time marker beside it, a teaser or a pasted full
text below it, other entries around it. The model `textdump_listing` scores each line after the
body; the accepted ones become related links, with the source, teaser or full text beside them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from itertools import accumulate, pairwise

from converter.dates import find_date, is_relative_date
from converter.textdump.byline_names import byline_part, names_of
from converter.textdump.furniture import is_url, strip_chip
from converter.textdump.lines import Line, per_page, text_counts
from converter.textdump.metadata import is_byline
from converter.textdump.model import LinearModel, model
from converter.textdump.related import EMBED_MIN_WORDS, Card, header_kind, heads_a_story, story_run, story_words

MODEL = "textdump_listing"
# An entry under a list heading is refused only when the model is fairly sure it is none.
REFUSE_BELOW = -3.0
OUTLET_WORDS = 4  # the longest outlet's name between a card's title and its time
# An age in its compact form, a number and a unit's letter ('4h', '35m', '2d'), standing alone or after a separator.
_COMPACT_AGE = re.compile(r"(?:^|[·•|—–-] ?)\d{1,3} ?(?:m|min|h|hr|hrs|d|w)$")
HEADING_WORDS = 5  # the longest line over a card's title that is no other title: a list's heading, a chip
CARD_TITLE_WORDS = 4  # the shortest (a control over a comment's time is shorter: 'Sort by: Newest')
MAX_CARD_TITLE_WORDS = 30  # the longest card title over its time (a paragraph of a story is longer)
TIME_WORDS = 8  # the longest card marker read for a time ('Harbor Ledger · Updated 2 hours ago')
DATE_WORDS = (
    6  # ... and for a date ('December 20, 2023 4:33 am CET'; a notice's longer: 'Terms updated July 7, 2023 ...')
)
CREDIT_LINES = 4  # short lines between a carried story's title and its text (credit, time, standfirst)


def _marker(line: Line | None) -> bool:
    """A source or time line of a card: '• Outlet', '3 hrs ago', 'Outlet · 2 hrs ago'."""
    return line is not None and line.is_marker


def _title_shaped(line: Line | None) -> bool:
    return line is not None and 3 <= line.words <= 30 and not line.text.endswith(".") and not _marker(line)


def candidates(lines: list[Line], last: int) -> list[int]:
    return [
        index
        for index in range(last + 1, len(lines))
        if 2 <= lines[index].words <= 40 and not is_url(lines[index].text)
    ]


def features(lines: list[Line], index: int, last: int, counts: Counter[str], in_folder: bool) -> dict[str, float]:
    line = lines[index]
    text = line.text
    above = lines[index - 1] if index > 0 else None
    below = lines[index + 1] if index + 1 < len(lines) else None
    below2 = lines[index + 2] if index + 2 < len(lines) else None
    titles, markers = _around_counts(lines)
    start, end = max(0, index - 3), min(len(lines), index + 4)  # the three lines above and below
    return {
        "words_le3": float(line.words <= 3),
        "words_4_20": float(4 <= line.words <= 20),
        "words_gt20": float(line.words > 20),
        "title_case": float(line.is_title_case),
        "ends_period": float(text.endswith(".")),
        "ends_question": float(text.rstrip("\"'”’").endswith("?")),
        "sentence_end": float(line.sentence_end),
        "prose": float(line.is_prose),
        "stop_ratio": line.stop_ratio,
        "marker_below": float(_marker(below) or (below is not None and below.text == text and _marker(below2))),
        "marker_above": float(_marker(above)),
        "is_marker": float(_marker(line)),
        "teaser_below": float(below is not None and below.is_prose and 8 <= below.words <= 45),
        "text_below": float(_text_below(lines, index + 1)),
        "titles_around": (titles[end] - titles[index + 1] + titles[index] - titles[start]) / 6,
        "markers_around": (markers[end] - markers[index + 1] + markers[index] - markers[start]) / 6,
        "furniture": float(line.is_furniture),
        "in_folder": float(in_folder),
        "list_heading": float(header_kind(line) is not None),
        "shown_twice": float(counts[text] >= 2),
        "time": float(line.is_relative_time or (line.words <= 14 and find_date(text) is not None)),
        "digit_share": line.digit_share,
        "colon": float(":" in text),
        "after_body": min(index - last, 60) / 60,
        # A carried story's credit line ("Article by A") stands where a title would.
        "credit": float(is_byline(text)),
    }


@per_page
def _around_counts(lines: list[Line]) -> tuple[list[int], list[int]]:
    """Running counts of title-shaped lines and of markers (count[k]: among lines[:k]), so that a line's
    neighbours are counted by two subtractions: each line is tested once, not once for each of six neighbours."""
    return list(accumulate(map(_title_shaped, lines), initial=0)), list(accumulate(map(_marker, lines), initial=0))


def _text_below(lines: list[Line], start: int) -> bool:
    """A pasted full text starts at `start`: a run of prose of EMBED_MIN_WORDS words (counted only so far)."""
    words = 0
    for line in lines[start : start + EMBED_MIN_WORDS]:
        if not line.is_prose:
            return False
        words += line.words
        if words >= EMBED_MIN_WORDS:
            return True
    return False


def find_cards(
    lines: list[Line],
    last: int,
    repeated: frozenset[str],
    decision: LinearModel | None = None,
    walls: Collection[int] = (),
    found: list[int] | None = None,
) -> list[Card]:
    """The accepted entries after the body, in page order, each once, with what stands beside it.

    A carried story's text runs to the next accepted entry or list heading (`walls`); `found`: the
    entries' lines, when `entry_lines` has given them already.
    """
    found = entry_lines(lines, last, repeated, decision) if found is None else found
    ends = {*found, *walls}
    return [_card(lines, index, ends) for index in found]


def entry_lines(
    lines: list[Line], last: int, repeated: frozenset[str], decision: LinearModel | None = None
) -> list[int]:
    """The lines of the titles the model accepts after the body, in page order, each once."""
    decision = decision or model(MODEL)
    counts = text_counts(lines)
    found: list[int] = []
    seen: set[str] = set()
    for index in candidates(lines, last):
        line = lines[index]
        if line.text in seen:
            continue
        score = _score(lines, index, last, counts, in_folder(lines, index, repeated), decision)
        if score <= decision.threshold and not timed_title(lines, index):
            continue
        # (A credit names people, not another story: asked last, of the few lines accepted.)
        if is_credit(line.text):
            # The entry is the story whose title stands above its credit ("Title / Story by A / 1 hr ago / text").
            above = lines[index - 1]
            if index - 1 > last and _title_shaped(above) and above.text not in seen:
                seen.add(above.text)
                found.append(index - 1)
            continue
        seen.add(line.text)
        found.append(index)
    return found


def refuses(
    lines: list[Line], last: int, title: str, repeated: frozenset[str], decision: LinearModel | None = None
) -> bool:
    """True when the model takes the line `title` (after the body) for no entry at all (REFUSE_BELOW).

    Entries under a list heading are parsed by the heading's rules (related.parse_cards); this keeps
    the chips, counters and credit lines such a zone holds out of the related links.
    """
    decision = decision or model(MODEL)
    index = next((line.index for line in lines[last + 1 :] if line.text == title), None)
    if index is None:
        return False
    counts = text_counts(lines)
    return _score(lines, index, last, counts, in_folder(lines, index, repeated), decision) < REFUSE_BELOW


def in_folder(lines: list[Line], index: int, repeated: frozenset[str]) -> bool:
    """The folder repeats the line as it repeats its menus and footers, and it is no card's title over its time.

    A site lists the same stories on many of its pages (a trending list, its latest headlines): a headline over
    the time it was posted ('Outlet · 4h', 'yesterday') is an entry however often the folder shows it."""
    return lines[index].normalized in repeated and not timed_title(lines, index)


def timed_title(lines: list[Line], index: int) -> bool:
    """A card's title over the line that gives its time ('Outlet · 4h', 'yesterday'), or over its outlet's name over
    that line: a headline-sized line with no final stop (or two sentences: "Fares rise. Here is why."), no marker, no
    list heading, no outlet's name, no furniture by its shape.

    Nothing else after the body stands over a card's time: a story's paragraph ends on its next paragraph or a list's
    heading, a reader's comment has its name and time above it. Above the title stands the card before it (its time
    or its chip), or the list's heading: a headline above it is the card's own, over its teaser."""
    line = lines[index]
    if not CARD_TITLE_WORDS <= line.words <= MAX_CARD_TITLE_WORDS or line.is_marker or line.is_furniture:
        return False
    if outlet_name(line) or gives_time(line):
        return False  # (the outlet's name itself, over the time: 'The Harbor Ledger / 2h'; a time over another)
    if line.text.rstrip("\"'”’)").endswith(".") and not _two_sentences(line.text):
        return False  # (a reader's comment over its time, 'So glad this got covered.': a headline of one sentence ends
        # with no stop; one of two may: 'Fares rise. Here is why.')
    above = lines[index - 1] if index > 0 else None
    # (a paragraph or a teaser finished above a title with no stop is the entry's before it: 'Title / A teaser's
    # sentence. / Next title / Outlet · 6h')
    finished = above is not None and above.is_prose and above.sentence_end and not line.sentence_end
    if (
        above is not None
        and not finished
        and (not (above.is_marker or above.words <= HEADING_WORDS) or is_credit(above.text))
    ):
        return False  # (a teaser under its title or credit, over the card's time: 'Title / A teaser's sentence. / 2h')
    below = index + 1
    if below + 1 < len(lines) and outlet_name(lines[below]) and header_kind(lines[below]) is None:
        below += 1  # ('Title / Harbor Ledger / 2 hours ago')
    return below < len(lines) and gives_time(lines[below]) and header_kind(line) is None


def _two_sentences(text: str) -> bool:
    """A sentence ends inside the text: a word ending with a stop (quotes after it too) before a capitalised one."""
    words = text.split()
    return any(
        word.rstrip("\"'”’)").endswith((".", "!", "?")) and after[:1].isupper() for word, after in pairwise(words)
    )


def outlet_name(line: Line) -> bool:
    """A short name, every word capitalised, no stop: an outlet's ('Harbor Ledger')."""
    return (
        line.words <= OUTLET_WORDS and not line.sentence_end and all(word[:1].isupper() for word in line.text.split())
    )


def gives_time(line: Line) -> bool:
    """A short line that gives a time: relative ('2 hours ago', 'yesterday', 'Outlet · 4h') or a date."""
    if line.words > TIME_WORDS:
        return False
    if line.is_relative_time or _COMPACT_AGE.search(line.text) is not None:
        return True
    return line.words <= DATE_WORDS and find_date(line.text) is not None


def _score(
    lines: list[Line], index: int, last: int, counts: Counter[str], in_folder: bool, decision: LinearModel
) -> float:
    """The model's score of a line as an entry, kept a page: the cards under list headings ask it of their
    titles (`refuses`), and the search for entries (`find_cards`) of the same lines."""
    memo = _scores(lines)
    kept = memo.get(index)
    if kept is None or kept[0] is not decision or kept[1] != last or kept[2] is not counts or kept[3] != in_folder:
        score = decision.score(features(lines, index, last, counts, in_folder))
        kept = memo[index] = (decision, last, counts, in_folder, score)
    return kept[4]


@per_page
def _scores(lines: list[Line]) -> dict[int, tuple[LinearModel, int, Counter[str], bool, float]]:
    """A page's memo: line index → (the model, body end, counts and folder flag it was scored with, its score)."""
    return {}


def _card(lines: list[Line], index: int, ends: Collection[int] = ()) -> Card:
    title = lines[index].text
    source = teaser = None
    body: tuple[str, ...] = ()
    cursor = index + 1
    while cursor < len(lines) and lines[cursor].text == title:
        cursor += 1
    for offset in (-1, 0):  # the marker above the title, or below it
        near = lines[index - 1] if offset < 0 and index > 0 else lines[cursor] if cursor < len(lines) else None
        if near is not None and _marker(near) and source is None:
            chip = strip_chip(near.text).split(" · ")[0].strip()
            if chip and not is_relative_date(chip) and chip[:1].isupper():
                source = chip
            if offset == 0:
                cursor += 1
    if cursor < len(lines) and lines[cursor].is_prose:
        run = story_run(lines, cursor, ends)
        if story_words(run) >= EMBED_MIN_WORDS:
            body = tuple(other.text for other in run)
        elif lines[cursor].words <= 45:
            teaser = lines[cursor].text
    else:
        body = credited_text(lines, cursor, ends)
    return Card(title, source, teaser, body)


def credited_text(lines: list[Line], cursor: int, ends: Collection[int] = ()) -> tuple[str, ...]:
    """The text of a story carried in full below its credit or time lines (from `cursor`), or ().

    The text stops at a line of `ends` (related.story_run)."""
    start = _text_after_credits(lines, cursor)
    if start is None:
        return ()
    run = story_run(lines, start, ends)
    enough = story_words(run) >= EMBED_MIN_WORDS
    return tuple(line.text for line in run) if enough else ()


def is_credit(text: str) -> bool:
    """A credit line: 'By A', 'Article by A', 'A, Staff Writer' (by its shape, textdump/byline.py)."""
    return is_byline(text) or (
        len(text.split()) <= 12 and byline_part(text)[0].lower().endswith(" by") and bool(names_of(text))
    )


def _text_after_credits(lines: list[Line], cursor: int) -> int | None:
    """Where a carried story's text starts when its credit or time lines stand between it and its title.

    "Title / Article by A / 1 hr ago / standfirst / text...": up to CREDIT_LINES short lines, credits,
    dates or times first, then one more line at most. A credit after another line belongs to the next
    card of a list ("Title / Outlet · 2 hrs ago / Next title / By B / text").
    """
    credits = others = 0
    for position in range(cursor, min(cursor + CREDIT_LINES + 1, len(lines))):
        line = lines[position]
        if line.is_prose:
            # (A headline over its own source chip and text starts the next card, not this one's text.)
            return position if credits and not heads_a_story(lines, position) else None
        if line.words > 12 or header_kind(line) is not None:
            return None
        text = line.text
        if is_credit(text) or line.is_marker or (line.words <= 14 and find_date(text) is not None):
            if others:
                return None
            credits += 1
        else:
            others += 1
            if others > 1 or not credits:
                return None
    return None


def feature_names() -> list[str]:
    from converter.textdump.lines import make_line

    line = make_line(0, "Some headline of a story", frozenset())
    return list(features([line], 0, 0, Counter(), False))

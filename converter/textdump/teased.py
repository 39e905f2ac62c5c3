"""Lists of titles over teasers: other articles under a heading of their own, no subheadings of the story.

Titles each over a teaser (a sentence, or one cut short: 'Plus! A look at the bag...') under a short heading
('Picked for you') name other articles; an outlet's name may stand over each title. The heading is what tells such
a list from a story's subheadings over their paragraphs, and teasers cut short with an ellipsis are what tell it
inside the body run: there a list closing the article is cut off it.
"""

from __future__ import annotations

from converter.dates import find_date
from converter.textdump.lines import Line
from converter.textdump.marked import (
    HEADING_WORDS,
    MAX_PAIRS,
    MAX_SOURCE_WORDS,
    MAX_TITLE_WORDS,
    MIN_ENTRIES,
    MIN_TITLE_WORDS,
    QUOTED_PROSE,
    STOPPED_WORDS,
    TAIL_LINES,
    TEASER_WORDS,
    marker_split,
    title_shaped,
)
from converter.textdump.metadata import is_name_line
from converter.textdump.paired import name_shaped
from converter.textdump.related import header_kind

TEASED_WORDS = 4  # titles over teasers: two of this many words at least ('Real Money Pro' over a blurb is a product)
CUT_TEASERS = 2  # teasers cut short with an ellipsis: titles over them inside the run are a list, not the article's


def teased_entries(lines: list[Line], start: int, end: int) -> list[tuple[int, str]]:
    """Titles each over a teaser (a sentence or a cut one, 'Plus! A look at the bag...'), MIN_ENTRIES pairs in
    a row or more, under a short heading line of their own ('Picked for you'): (line, title)."""
    return [entry for _, run in _teased_lists(lines, start, end) for entry in run]


def _teased_lists(lines: list[Line], start: int, end: int) -> list[tuple[int, list[tuple[int, str]]]]:
    """The lists of titles over teasers (`teased_entries`), each with its heading's line: (heading, [(line, title)]).

    The heading is what tells a list from a carried story's subheadings over their paragraphs: those stand under
    a paragraph, or under a byline (no heading: a name, 'By A'). An outlet's name may stand over each title."""
    found: list[tuple[int, list[tuple[int, str]]]] = []
    index = start + 1
    while index < end - 1:
        if not _teaser_pair(lines, index, end):  # (the pair first: the heading's tests cost more)
            index += 1
            continue
        above = index - 1
        if not _list_heading(lines[above]) and index - 2 >= start and _outlet_over(lines, above):
            above -= 1
        if not _list_heading(lines[above]):
            index += 1
            continue
        run: list[tuple[int, str]] = []
        # (Once the list has begun, a title of two sentences over a cut teaser is an entry too.)
        while index < end - 1 and (_teaser_pair(lines, index, end) or (run and _stopped_pair(lines, index, end))):
            run.append((index, lines[index].text))
            index += 3 if index + 3 < end and _outlet_over(lines, index + 2) else 2
        # (A short title among them, 'The quantum phantom'; short ones only are products: 'Real Money Pro'.)
        if MIN_ENTRIES <= len(run) <= MAX_PAIRS and sum(len(text.split()) >= TEASED_WORDS for _, text in run) >= 2:
            found.append((above, run))
    return found


def _outlet_over(lines: list[Line], index: int) -> bool:
    """An outlet's name over a title: a short line, every word capitalised, over a line three words longer or more."""
    line = lines[index]
    return (
        index + 1 < len(lines)
        and name_shaped(line)
        and line.words <= MAX_SOURCE_WORDS
        and lines[index + 1].words >= line.words + 3
    )


def _teaser_pair(lines: list[Line], index: int, end: int) -> bool:
    title, teaser = lines[index], lines[index + 1] if index + 1 < end else None
    if teaser is None or teaser.is_furniture or not _teaser(teaser):
        # (the teaser first: its tests are cheap, the title's reads dates and shapes; the page's footer under its
        # last link, '© 2024 Example Media Inc.', is no teaser)
        return False
    return marker_split(title.text) is None and _teased_title(title)


def _teaser(line: Line) -> bool:
    """A teaser's shape: a sentence, or one cut short, of TEASER_WORDS words at most."""
    text = line.text.rstrip("\"'”’)")
    return line.words <= TEASER_WORDS and (line.sentence_end or text.endswith(("…", "...", "!", "?", ".")))


def _cut_short(line: Line) -> bool:
    """The line ends with an ellipsis: a teaser cut short ('... before the spring…'), no paragraph of a text."""
    return line.text.rstrip("\"'”’)").endswith(("…", "..."))


def _stopped_pair(lines: list[Line], index: int, end: int) -> bool:
    """A title ending with a full stop ('Fares rise. Here is why.') over a teaser cut short."""
    title, teaser = lines[index], lines[index + 1] if index + 1 < end else None
    if teaser is None or not _cut_short(teaser) or teaser.words > TEASER_WORDS or marker_split(title.text):
        return False
    text = title.text
    return (
        MIN_TITLE_WORDS <= title.words <= STOPPED_WORDS
        and text.endswith(".")
        and text.lstrip("\"'‘“")[:1].isupper()
        and not text.isupper()
        and not text.endswith("...")
    )


def teased_end(lines: list[Line], first: int, last: int) -> int:
    """The body run's last line once a list of titles over teasers in it is cut off, with its heading: titles each
    over a teaser under a short heading (`teased_entries`), CUT_TEASERS teasers or more cut short with an ellipsis (an
    article's subheadings stand over whole paragraphs), QUOTED_PROSE words of prose above. `last` without one."""
    heading = next(
        (
            heading
            for heading, run in _teased_lists(lines, first + 1, last + 1)
            if sum(_cut_short(lines[index + 1]) for index, _ in run) >= CUT_TEASERS
        ),
        None,
    )
    if heading is None:
        return last
    if sum(line.words for line in lines[first:heading] if line.is_prose) < QUOTED_PROSE:
        return last
    cut = heading - 1  # (and the short lines right over the heading: an outlet's name read for it, a label)
    while cut > first and heading - cut <= TAIL_LINES and not lines[cut].is_prose and lines[cut].words <= HEADING_WORDS:
        cut -= 1
    return cut


def _teased_title(line: Line) -> bool:
    """A headline over its teaser: no commenter's line ('Jo | 9 May 2012 11:47 AM | Reply', a name and a date),
    no count ('... (69)'), no byline or kicker in capitals."""
    text = line.text
    if text.isupper() or text.endswith(")") or " | " in text:
        return False
    return text.split()[0].lower() != "by" and find_date(text) is None and title_shaped(text)


def _list_heading(line: Line) -> bool:
    text = line.text
    return (
        1 <= line.words <= HEADING_WORDS
        and not line.is_prose
        and not text.endswith((".", ","))
        and marker_split(text) is None
        and text.split()[0].lower() != "by"
        and not is_name_line(text)
        and not text.isupper()
        and header_kind(line) != "comments"  # (readers' comments, a name over each)
    )


BLOCK_ENTRIES = 3  # two-line blocks in a row under a list heading, read by their layout alone, that make a list


def teased_list_end(lines: list[Line], heading: int, end: int) -> int | None:
    """The last line of a list of titles over teasers standing right under the list heading at `heading`, or None.

    The heading is known here (a wall), whatever its case: what stands under it is a list, not the article's text
    resumed after an inserted list, when MIN_ENTRIES titles over teasers follow it (an outlet's name over each title
    or not), or BLOCK_ENTRIES blocks of two lines set apart by blank lines, a headline-sized line over a teaser's
    worth of text (a teaser with no stop: a dek), where an article's paragraphs are blocks of one line."""
    index = heading + 1
    if index < end - 1 and _outlet_over(lines, index):
        index += 1
    shaped = blocks = 0
    while index < end - 1:
        if _ordinal(lines[index].text) and index + 2 < end:
            index += 1  # (an entry's number on a line of its own over its title: '2' over the title over its teaser)
            continue
        if _teaser_pair(lines, index, end) or (shaped and _stopped_pair(lines, index, end)):
            shaped += 1
        elif _two_line_block(lines, index, end, first=index == heading + 1):
            blocks += 1
        else:
            break
        index += 3 if index + 3 < end and _outlet_over(lines, index + 2) else 2
    entries = shaped + blocks
    return index - 1 if (entries >= MIN_ENTRIES and not blocks) or entries >= BLOCK_ENTRIES else None


def _ordinal(text: str) -> bool:
    """A list entry's number alone on its line: '2', '3.', '(4)'."""
    return 1 <= len(text) <= 4 and text.strip("().").isdigit()


def _two_line_block(lines: list[Line], index: int, end: int, *, first: bool) -> bool:
    """lines[index] and the line under it are a block of their own (a blank line above it, unless it is the first
    line under the heading, and below it), a headline-sized line over a teaser's worth of text."""
    title, teaser = lines[index], lines[index + 1]
    if (
        not (first or title.blank_before)
        or teaser.blank_before
        or (index + 2 < end and not lines[index + 2].blank_before)
    ):
        return False
    if not MIN_TITLE_WORDS <= title.words <= MAX_TITLE_WORDS or title.text.endswith((":", ",", ";")):
        return False
    return 0 < teaser.words <= TEASER_WORDS and not teaser.is_furniture and not title.is_furniture

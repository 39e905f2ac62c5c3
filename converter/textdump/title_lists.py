"""Lists of titles after the article that no card reader takes: numbered titles, titles alone under a heading or
none, titles over their teasers, titles a blank line apart.

Each reader returns the entries it is sure of and nothing else; links.page_cards gathers them beside the cards.
"""

from __future__ import annotations

import re
from itertools import accumulate

from converter.textdump import marked
from converter.textdump.furniture import is_host_name
from converter.textdump.lines import Line
from converter.textdump.listing import (
    gives_time,
    is_credit,
    outlet_name,
)
from converter.textdump.page import Page
from converter.textdump.related import (
    BY,
    CHIP_WORDS,
    TEASER_WORDS,
    Card,
    header_kind,
)


def numbered_titles(page: Page, last: int) -> list[str]:
    """The titles of a numbered list after the body, each under its number on a line of its own ('1', title, '2',
    title, ...), MIN_ENTRIES of them or more: the numbers counted from 1 tell the list, whatever the titles look like
    (a sentence, a line the folder repeats)."""
    lines = page.lines
    titles: list[str] = []
    index = last + 1
    while index < len(lines) - 1:
        if lines[index].text != "1":
            index += 1
            continue
        run: list[str] = []
        position = index
        while (
            position + 1 < len(lines) and lines[position].text == str(len(run) + 1) and _bare_title(lines[position + 1])
        ):
            run.append(lines[position + 1].text)
            position += 2
        if len(run) >= marked.MIN_ENTRIES:
            titles += run
        index = max(position, index + 1)
    return titles


TEASER_SHARE = 3  # in a list of titles alone, one line in this many at most reads as a teaser's sentence


def titles_only(page: Page, last: int, heads: list[int] | None = None) -> list[str]:
    """The titles of a list of titles alone, a line each, right under a list heading after the body.

    The list is the block of lines under the heading, no blank line between them, each headline-sized: no marker,
    no time, no credit, no furniture by its shape. A title may read as prose here ("Fares rise. Here is why.", a long
    one of many small words) and the folder may repeat it (a site lists its stories on many pages): its neighbours
    make it a title. Lines over teasers alternate titles and sentences: a block with more than one sentence's line in
    TEASER_SHARE is no such list, nor one a teaser goes on from (a line cut short or a sentence of prose, no blank
    line above it). A line the folder repeats closing a block the page runs on from, no blank line below it, is the
    page's (its footer's first line). Under a heading in a wording no list holds (_unnamed_heading), the block
    stands alone between blank lines, every line of it a title. (`heads`: list_heads(page, last), when the caller
    has them.)"""
    lines = page.lines
    titles: list[str] = []
    for wall in list_heads(page, last) if heads is None else heads:
        block: list[Line] = []
        end = wall + 1
        for line in lines[wall + 1 :]:
            if block and not line.blank_before and _count_chip(line):
                end += 1  # (a title's count under it, "37 sources": the entry's, no title)
                continue
            if (block and line.blank_before) or line.index in page.walls or not _bare_title(line):
                break
            block.append(line)
            end += 1
        runs_on = end < len(lines) and not lines[end].blank_before and end not in page.walls
        if runs_on and (wall not in page.walls or _teaser_line(lines[end])):
            continue  # (an unnamed heading's block ends on a blank line; titles over teasers are no list alone)
        if runs_on:
            while block and page.furniture[block[-1].index]:
                block.pop()
        if wall not in page.walls and all(map(_numbered, block)):
            continue  # (each title beside its number, a rank or a page: the marked lists' readers take them whole)
        if wall not in page.walls and outlet_name(lines[wall]) and len(block) < TITLES_UNDER_NAME:
            continue  # (an outlet's name over a title and its teaser with no stop: a card, no list)
        teasers = sum(line.sentence_end or (line.is_prose and line.words >= TEASER_LINE_WORDS) for line in block)
        if len(block) >= marked.MIN_ENTRIES and teasers * TEASER_SHARE <= len(block):
            titles += [line.text for line in block if line.text not in titles]
    return titles


HEADING_WORDS = 5  # the longest heading of a list in a wording no list holds ("Other takes on this")


TITLES_UNDER_NAME = 3  # the fewest titles alone under an outlet's name (two lines there are a card's title and teaser)


def list_heads(page: Page, last: int, sentences: list[int] | None = None) -> list[int]:
    """The list headings after the body (not a comments heading), and the lines shaped as one (_unnamed_heading);
    before the first list heading, none with a sentence of prose between the body and it (the story's text going on
    past the body run: the line heads a section of it; below a heading, the prose is a carried story's), and only one
    there. (`sentences`: sentence_counts(page), when the caller has them; titles_only, teased_titles and
    spaced_titles ask the same page.)"""
    walls = [index for index, kind in page.walls.items() if index > last and kind != "comments"]
    first_wall = min(walls, default=len(page.lines))
    if sentences is None:
        sentences = sentence_counts(page)
    unnamed = [
        line.index
        for line in page.lines[last + 1 :]
        if line.index not in page.walls
        and _unnamed_heading(page, line.index, sentences)
        and (line.index > first_wall or not _text_between(sentences, last + 1, line.index))
    ]
    if sum(index < first_wall for index in unnamed) > 1:
        # (more than one such line between the body and the first list heading: sections of the story's own, its
        # lists of offers or places each under a short line)
        unnamed = [index for index in unnamed if index > first_wall]
    return sorted([*walls, *unnamed])


def sentence_counts(page: Page) -> list[int]:
    """Running counts of the page's sentences of prose that are no furniture (count[k]: among lines[:k]), so that
    each stretch of lines is asked by one subtraction, not line by line. A line asking a question alone is left out:
    a headline's as often as a story's ("What happens in the brain while we daydream?" in a list above)."""
    return list(
        accumulate(
            (
                line.is_prose and line.sentence_end and not flag and not line.text.rstrip("\"'”’)").endswith("?")
                for line, flag in zip(page.lines, page.furniture, strict=True)
            ),
            initial=0,
        )
    )


def _text_between(sentences: list[int], start: int, end: int) -> bool:
    """A sentence of prose in lines[start:end], no furniture of the page's (`sentences`: sentence_counts)."""
    return sentences[max(start, end)] > sentences[start]


def _unnamed_heading(page: Page, index: int, sentences: list[int]) -> bool:
    """A heading in a wording no list holds: a short line of words only, a blank line above it, below the
    comments heading of none, over a headline-sized line (no blank line between): no marker, no time, no credit,
    no furniture by its shape (a prompt, a button); no line of its block an address's or a phone's (CONTACT_DIGITS);
    and no text of the story goes on below its block."""
    lines = page.lines
    line = lines[index]
    if not (1 <= line.words <= HEADING_WORDS and line.blank_before) or index + 1 >= len(lines):
        return False
    if line.sentence_end or line.is_marker or line.is_furniture or gives_time(line) or is_credit(line.text):
        return False
    if not _words_only(line.text):
        return False
    above = lines[index - 1] if index else None
    if above is not None and above.blank_before and _lone_heading(above) and not page.furniture[above.index]:
        return False  # (under a short line alone: a name over its section, 'Harbour Books' over 'Winter offers')
    below = lines[index + 1]
    if below.blank_before or not _bare_title(below) or _under_heading(page, index, "comments"):
        return False
    # (a sentence of prose below its block before the next heading, no furniture of the page's: the story's text
    # goes on, the line is a section's heading in it and the block a list of the story's)
    start = next((line.index for line in lines[index + 2 :] if line.blank_before), len(lines))
    if any(line.digit_share >= CONTACT_DIGITS and not _count_chip(line) for line in lines[index + 1 : start]):
        return False  # (a place's name over its address and phone number: a contact's box)
    return not _text_below(page, sentences, start)


CONTACT_DIGITS = 0.2  # a line of an address or a phone number is this much digits or more ('Bay Rd 12-14', '555-0142')


# A count of things alone on a line: "37 sources", "1,204 readers" (a number, then one word in lower case).
_COUNT_CHIP = re.compile(r"^\d[\d,.]*\+? [^\W\d_]+$")


def _count_chip(line: Line) -> bool:
    """A line counting what an entry gathers ("37 sources", "12 comments"): the entry's chip, no title."""
    return line.words <= 3 and _COUNT_CHIP.match(line.text) is not None and line.text.rsplit(" ", 1)[1].islower()


def _words_only(text: str) -> bool:
    """Words and nothing else: no separator, bracket or sign between them ('Best Pie - THE ORCHARD' is an entry's
    line: a name after a dash; 'Seen elsewhere' a heading)."""
    return all(
        any(char.isalnum() for char in word) and all(char.isalnum() or char in "'’&-" for char in word)
        for word in text.split()
    )


def _numbered(line: Line) -> bool:
    """A line opening or closing on a number alone ('190  Title', 'Title ..... 12')."""
    words = line.text.split()
    return words[0].isdigit() or words[-1].isdigit()


def _under_heading(page: Page, index: int, kind: str) -> bool:
    above = max((wall for wall in page.walls if wall < index), default=None)
    return above is not None and page.walls[above] == kind


def _teaser_line(line: Line) -> bool:
    """A teaser under its title: a sentence cut short ("…") or one of prose, no longer than a teaser."""
    if line.words > TEASER_WORDS or line.is_title_case:
        return False  # (a line in title case is a headline, wherever it stands)
    end = line.text.rstrip("\"'”’)")
    return end.endswith(("…", "...")) or (line.is_prose and end.endswith("."))  # (a question is a headline's too)


def teased_titles(page: Page, last: int, heads: list[int] | None = None) -> list[Card]:
    """The entries of a list of titles over teasers, under a list heading after the body (or a line shaped as one:
    _unnamed_heading): the block of lines under it, no blank line between, closed by a blank line, a heading or the
    page's end, alternating a title and its teaser. A teaser may read as a headline (a short first sentence with no
    stop) and a title as a sentence ("Fares rise. Here is why."): the lines of one parity read as teasers (cut short
    or sentences of prose, not in title case) more than those of the other and two times in three or more, and the
    others are headline-sized.
    A single pair needs its teaser cut short ("…"): a heading, a line and a sentence are a box's too (a newsletter's:
    its name and its promise), and a list's last two titles, a question the second."""
    lines = page.lines
    cards: list[Card] = []
    for head in list_heads(page, last) if heads is None else heads:
        block: list[Line] = []
        for line in lines[head + 1 :]:
            if (block and line.blank_before) or line.index in page.walls or header_kind(line) is not None:
                break
            block.append(line)
        end = head + 1 + len(block)
        closed = end >= len(lines) or lines[end].blank_before or end in page.walls
        if not closed or not block or len(block) % 2:
            continue
        titles, teasers = block[0::2], block[1::2]
        told = sum(map(_teaser_line, teasers))
        if told * 3 < len(teasers) * 2 or told <= sum(map(_teaser_line, titles)):
            continue
        if not all(_headline(line) for line in titles) or any(not _teaser_shaped(line) for line in teasers):
            continue
        if len(teasers) == 1 and not teasers[0].text.rstrip("\"'”’)").endswith(("…", "...")):
            continue
        cards += [Card(title.text, teaser=teaser.text) for title, teaser in zip(titles, teasers, strict=True)]
    return cards


def spaced_titles(page: Page, last: int, sentences: list[int] | None = None) -> list[Card]:
    """The entries of a list after the body whose entries stand apart, a blank line between each: a title with no
    stop, alone or over its teaser (_teaser_line), MIN_ENTRIES of them in a row or more under a list heading (or a
    line shaped as one, alone between blank lines); and no text of the story goes on below them (a sentence of prose
    before the next heading, no furniture of the page's). With no heading they are no list (a story's items, its
    sources, its steps stand so too), nor under short lines when more than one stands so (a table's sections)."""
    lines = page.lines
    blocks: list[list[Line]] = []
    for line in lines[last + 1 :]:
        if line.blank_before or not blocks or line.index in page.walls or line.index - 1 in page.walls:
            blocks.append([])  # (a list heading stands alone: the first title may follow it with no blank line)
        blocks[-1].append(line)
    if sentences is None:
        sentences = sentence_counts(page)
    runs: list[tuple[int, int, bool, list[Card]]] = []  # (the heading's block, the block after the run, named, entries)
    run: list[Card] = []
    for number, block in enumerate([*blocks, []]):
        entry = _spaced_entry(page, block)
        if entry is not None:
            run.append(entry)
            continue
        if run:
            head = number - len(run) - 1
            above = blocks[head] if head >= 0 else []
            named = len(above) == 1 and above[0].index in page.walls
            after = block[0].index if block else len(lines)
            if named or (len(above) == 1 and _lone_heading(above[0])):
                listed = len(run) >= marked.MIN_ENTRIES and not _text_below(page, sentences, after)
                # (a short line right after the story's own sentences, no list heading between: its section)
                first_wall = min((wall for wall in page.walls if wall > last), default=len(lines))
                told = above[0].index < first_wall and _text_between(sentences, last + 1, above[0].index)
                runs.append((head, number, named, run if listed and (named or not told) else []))
        run = []
    # (short lines over spaced lines, such sections more than one: the story's table or its sections, no list under a
    # heading no list's wording holds)
    sections = sum(not named for _, _, named, _ in runs) > 1
    return [card for _, _, named, entries in runs if named or not sections for card in entries]


def _spaced_entry(page: Page, block: list[Line]) -> Card | None:
    """A block of a blank-spaced list: a title with no stop (no list heading, not under a comments heading), alone or
    over its teaser."""
    if not 1 <= len(block) <= 2:
        return None
    title = block[0]
    if title.index in page.walls or page.furniture[title.index] or title.sentence_end or not _bare_title(title):
        return None
    if not (title.text[-1].isalnum() or title.text[-1] in "?!\"'”’)"):
        return None  # (a button's arrow or a bullet closing it: 'See more ►')
    if _under_heading(page, title.index, "comments"):
        return None
    if len(block) == 1:
        return Card(title.text)
    teaser = block[1]
    return Card(title.text, teaser=teaser.text) if _teaser_line(teaser) and _teaser_shaped(teaser) else None


def _lone_heading(line: Line) -> bool:
    """A short line alone between blank lines, words only, no marker, time, credit or furniture: a list's heading."""
    return (
        1 <= line.words <= HEADING_WORDS
        and _words_only(line.text)
        and not line.sentence_end
        and not line.is_marker
        and not line.is_furniture
        and not gives_time(line)
        and not is_credit(line.text)
    )


def _text_below(page: Page, sentences: list[int], start: int) -> bool:
    """A sentence of prose from `start` to the next heading, no furniture of the page's: the story's text going on."""
    end = min((wall for wall in page.walls if wall >= start), default=len(page.lines))
    return _text_between(sentences, start, end)


def _headline(line: Line) -> bool:
    """A title of a list over teasers: headline-sized, not cut short, no marker, time, credit or furniture."""
    return (
        marked.MIN_TITLE_WORDS <= line.words <= marked.MAX_TITLE_WORDS
        and not line.is_marker
        and not line.is_furniture
        and not gives_time(line)
        and not line.text.rstrip("\"'”’)").endswith(("…", "..."))
        and not is_credit(line.text)
        and not _chip(line)
    )


def _teaser_shaped(line: Line) -> bool:
    """A teaser under its title: a sentence's length at most TEASER_WORDS, no marker, time, credit or chip."""
    return (
        marked.MIN_TITLE_WORDS <= line.words <= TEASER_WORDS
        and not line.is_marker
        and not gives_time(line)
        and not is_credit(line.text)
        and not _chip(line)
    )


TEASER_LINE_WORDS = 16  # a line of prose this long, stop or none, reads as a teaser (a dek: 'The fight over ...')


def _bare_title(line: Line) -> bool:
    """A headline-sized line that is nothing else: no marker, time, credit, list heading or furniture by its shape."""
    # (nor an outlet's name: 'The Harbour Courier')
    return _headline(line) and header_kind(line) is None and not outlet_name(line)


def _chip(line: Line) -> bool:
    """A card's chip under its title: a credit ('By Harbour Press', 'Picked by Ann Lee') or its source's host ('via
    example.com')."""
    words = line.text.split()
    if line.tokens[0] == BY or any(is_host_name(word.strip("()[],")) for word in words):
        return True
    return line.words <= CHIP_WORDS and BY in line.tokens[1:-1]

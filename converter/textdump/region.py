"""Where the article body is: the run of lines with the most prose and the least furniture.

Each line gets a score (prose gains by its length, short lines and furniture cost), list headings
are walls, and the body is the best-scoring run of lines between two walls (the maximum
subarray): a few short lines between paragraphs (subheadings, an inline caption) are crossed,
a menu or a list of links is not.
"""

from __future__ import annotations

import re
from itertools import groupby, pairwise

from converter.textdump.furniture import is_card_marker
from converter.textdump.lines import Line
from converter.textdump.paired import results_entries
from converter.textdump.related import EMBED_MIN_WORDS, GLUED_STORY_WORDS, prose_run, reactions_line
from converter.textdump.story_heads import headline, line_credit, outlet_name, source_line
from converter.textdump.teased import teased_list_end

PROSE_CAP = 8.0
# "1) Lego Star Wars ...", "2. Preheat the oven": items of a list inside the article.
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[-*•·▪]|\(\w\))\s+\S")
_LIST_MARKS = "-*•·▪("  # what a list item starts with when not with a digit
_URL = re.compile(r"^https?://\S+$")
_CONTENT_MARK = re.compile(r"[\d,;(\[]")
NAV_RUN = 3
MENU_RUN = 4
# A card list: headline, one-line teaser, headline, teaser ... (related or "more from" lists).
CARD_RUN = 3
TEASER_MAX_WORDS = 45


def line_score(line: Line, furniture: bool) -> float:
    return _line_score(line, furniture, not furniture and is_nav_like(line))


def _line_score(line: Line, furniture: bool, nav_like: bool) -> float:
    if furniture:
        return -1.5
    if line.is_prose:
        score = min(PROSE_CAP, 0.5 + line.words / 10)
        # Paragraphs end with punctuation; teasers and captions often do not.
        return score if line.sentence_end else score * 0.4
    if line.words >= 5 and line.sentence_end:
        return 0.1
    if not nav_like:
        return 0.05  # list items, table rows, recipe lines: article content that is not prose
    return -0.6


def is_nav_like(line: Line) -> bool:
    """A menu or link item: a few words, no digits, no punctuation inside, no sentence end."""
    if line.is_prose or line.sentence_end or _is_list_item(line.text) or _is_url(line.text):
        return False
    if line.words <= 12 and _CONTENT_MARK.search(line.text):
        return False
    # A title-case line is nav-like, and so is one without the words of running text: the case (a split
    # and a test of every word) is asked only of lines that have them.
    return not (line.words >= 3 and line.stop_ratio >= 0.3) or line.is_title_case


def _is_list_item(text: str) -> bool:
    first = text[:1]  # (\d is exactly what str.isdecimal() accepts)
    return (first.isdecimal() or first in _LIST_MARKS) and bool(_LIST_ITEM.match(text))


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://")) and bool(_URL.match(text))


def score_lines(lines: list[Line], furniture: list[bool]) -> list[float]:
    # Furniture lines need no nav test: both uses below take furniture first.
    nav = [not flag and is_nav_like(line) for line, flag in zip(lines, furniture, strict=True)]
    scores = [_line_score(line, flag, is_nav) for line, flag, is_nav in zip(lines, furniture, nav, strict=True)]
    # Menus are runs of link items; a lone short line between paragraphs is a subheading.
    weak = _run_lengths([flag or is_nav for flag, is_nav in zip(furniture, nav, strict=True)])
    for index, score in enumerate(scores):
        if score == -0.6 and weak[index] < NAV_RUN:
            scores[index] = -0.3
    # A run of several short items is a menu or a tag list, whatever their wording.
    items = _run_lengths(
        [
            flag or (not line.is_prose and line.words <= 4 and not line.sentence_end)
            for line, flag in zip(lines, furniture, strict=True)
        ]
    )
    for index, score in enumerate(scores):
        if score > -0.6 and items[index] >= MENU_RUN:
            scores[index] = -0.6
    for index in card_lines(lines, furniture):
        scores[index] = -1.0
    return scores


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each set flag, the length of the run of set flags it belongs to (0 for a clear flag)."""
    lengths: list[int] = []
    for flag, run in groupby(flags):
        size = len(list(run))
        lengths.extend([size if flag else 0] * size)
    return lengths


def card_lines(lines: list[Line], furniture: list[bool]) -> set[int]:
    """Lines in runs of at least CARD_RUN (headline, short teaser) pairs."""
    found: set[int] = set()
    pairs: list[int] = []
    index = 0
    while index + 1 < len(lines):
        head, teaser = lines[index], lines[index + 1]
        if _is_card(head, teaser, furniture[index]):
            pairs.append(index)
            index += 2
            continue
        if pairs:
            _flush(pairs, found)
            pairs = []
        index += 1
    _flush(pairs, found)
    return found


def _is_card(head: Line, teaser: Line, head_furniture: bool) -> bool:
    headline = 3 <= head.words <= 20 and not head.is_prose and not head.text.endswith((".", ":", ","))
    return headline and not head_furniture and teaser.is_prose and teaser.words <= TEASER_MAX_WORDS


def _flush(pairs: list[int], found: set[int]) -> None:
    if len(pairs) >= CARD_RUN:
        for index in pairs:
            found.update((index, index + 1))


def best_run(scores: list[float], walls: set[int]) -> tuple[int, int] | None:
    """(first, last) indexes of the best-scoring run of lines that crosses no wall, or None."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for index, score in enumerate(scores):
        if index in walls:
            total, start = 0.0, index + 1
            continue
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, index)
    if best is None:
        return None
    return best[1], best[2]


def extend_run(
    scores: list[float],
    lines: list[Line],
    run: tuple[int, int],
    walls: dict[int, str],
    max_gap: int = 14,
) -> tuple[int, int, set[int]]:
    """Grow the body across a list inserted into it ("Trending News", "Related" mid-article).

    The run on the far side of a related or popular heading joins the body when it starts within
    `max_gap` lines and reads like an article (several finished paragraphs); the inserted list
    between the two is skipped. Comments headings are never crossed.
    Returns (first, last, skipped indexes).
    """
    first, last = run
    skipped: set[int] = set()
    while True:
        grown = _next_part(scores, lines, last, walls, max_gap, forward=True)
        if grown is None:
            break
        skipped.update(range(last + 1, grown[0]))
        last = grown[1]
    while True:
        grown = _next_part(scores, lines, first, walls, max_gap, forward=False)
        if grown is None:
            break
        skipped.update(range(grown[1] + 1, first))
        first = grown[0]
    return first, last, skipped


def _next_part(
    scores: list[float], lines: list[Line], edge: int, walls: dict[int, str], max_gap: int, *, forward: bool
) -> tuple[int, int] | None:
    """The article-like run beyond the nearest list heading(s), if it starts within `max_gap` lines."""
    step = 1 if forward else -1
    limit = min(len(lines), edge + max_gap + 1) if forward else max(-1, edge - max_gap - 1)
    for wall in range(edge + step, limit, step):
        if wall not in walls:
            continue
        if walls[wall] == "comments" or (forward and _signed_off(lines, edge, wall)):
            return None
        if forward:
            end = min([index for index in walls if index > wall] + [len(lines)])
            if teased_list_end(lines, wall, end) is not None:
                return None  # (titles over teasers under the heading: a list, no text of the article resumed)
            part = best_run(scores[wall + 1 : end], set())
            found = (part[0] + wall + 1, part[1] + wall + 1) if part else None
            near = found is not None and found[0] - edge <= max_gap
        else:
            start = max([index for index in walls if index < wall] + [-1]) + 1
            part = best_run(scores[start:wall], set())
            found = (part[0] + start, part[1] + start) if part else None
            near = found is not None and edge - found[1] <= max_gap
        between = (lines[edge + 1 : found[0]] if forward else lines[found[1] + 1 : edge]) if found else []
        if forward and found is not None and _story_head(lines[wall + 1 : _first_prose(lines, found)]):
            return None  # (a story carried under the heading: its headline and source over its text)
        if forward and found is not None and _glued_beyond(lines, edge, found):
            return None
        if any(is_card_marker(line.text) for line in between if not line.is_prose):
            return None  # the list is one of cards (source, time): what follows is another article
        if forward and found is not None and results_entries(lines, wall + 1, found[0]):
            return None  # (so is a list of titles each over its 'outlet.com · 7 min' line, numbered or not)
        if found is not None and near and _article_like(lines[found[0] : found[1] + 1]):
            return found
    return None


def _glued_beyond(lines: list[Line], edge: int, run: tuple[int, int]) -> bool:
    """The text beyond the list heading opens on a story glued on one line: its first paragraph (EMBED_MIN_WORDS words
    or more) holds GLUED_STORY_WORDS words, where no paragraph up to the article's end (`edge`) is as long: stories
    pasted whole, a line each, not the article's text resumed."""
    opening = next((line for line in lines[run[0] : run[1] + 1] if line.words >= EMBED_MIN_WORDS), None)
    return (
        opening is not None
        and opening.words >= GLUED_STORY_WORDS
        and all(line.words < GLUED_STORY_WORDS for line in lines[: edge + 1])
    )


def _first_prose(lines: list[Line], run: tuple[int, int]) -> int:
    """The first paragraph of a run (a run may open on short lines scoring above zero: a headline, a standfirst)."""
    return next((index for index in range(run[0], run[1] + 1) if lines[index].is_prose), run[0])


def _signed_off(lines: list[Line], edge: int, wall: int) -> bool:
    """The article closes with its writer's credit above the list heading ("By Ann Lee", "(Reporting by A; Editing
    by B)") or its readers' counts ("47 likes", "♥ 598"), among the short lines after its last paragraph: the story
    has ended, and prose beyond the list is another's (a story carried in full), not the article resumed."""
    start = edge
    while start > 0 and not lines[start].is_prose:
        start -= 1
    return any(not line.is_prose and (line_credit(line) or reactions_line(line)) for line in lines[start + 1 : wall])


def _story_head(head: list[Line]) -> bool:
    """Lines between a list heading and a run of prose are a carried story's head: a headline over one or two short
    chips, its outlet's name or its source line ("Ferry fares rise again" over "The Harbour Courier"), or under its
    outlet's name, a standfirst under them or not, where a list set inside the article holds titles (and the
    article's text resumes under them)."""
    if not 2 <= len(head) <= HEAD_LINES + 1:
        return False
    if (outlet_name(head[0]) or _marked_source(head[0])) and head[1].words >= HEADLINE_WORDS and headline(head[1]):
        # (its outlet's name over its headline: "The Harbour Courier" over "Ferry fares rise again"; or its source line,
        # "Via The Harbour Courier · 2 min read")
        rest = head[2:]
    elif head[0].words >= HEADLINE_WORDS and headline(head[0]):
        chips = 1
        while chips < len(head) and head[chips].words <= HEAD_CHIP_WORDS and _chip(head[chips]):
            chips += 1
        if chips == 1:
            return False
        rest = head[chips:]
    else:
        return False
    # (a standfirst under them, a short line that is no paragraph: "The operator blames the price of fuel.")
    return len(rest) <= 1 and not any(line.is_prose for line in rest) and len(head) - len(rest) <= HEAD_LINES


def _marked_source(line: Line) -> bool:
    """A source line set with a marker's dot ("Via The Harbour Courier · 2 min read"): short parts apart by dots,
    where a headline has words (and no dot: a headline's own tests read the words alone)."""
    return line.is_marker and source_line(line)


def _chip(line: Line) -> bool:
    return outlet_name(line) or source_line(line)


def _article_like(lines: list[Line]) -> bool:
    """Finished paragraphs, two of them one right after the other: a story's text goes on paragraph after
    paragraph, where a list's blurbs (a writer's bio, the site's motto) stand apart among its titles and tags."""
    finished = [line for line in lines if line.is_prose and line.sentence_end]
    if len(finished) < 2 or sum(line.words for line in finished) < 60:
        return False
    return any(after.index == before.index + 1 for before, after in pairwise(finished))


HEAD_LINES = 3  # a carried story's headline and its chips
HEADLINE_WORDS = 3
HEAD_CHIP_WORDS = 6
ANNOUNCED_MAX = 80  # the most lines an announced list may hold
ANNOUNCED_ITEM_WORDS = 3  # the fewest words its first ANNOUNCED_HEAD items hold on average
ANNOUNCED_HEAD = 3


def announced_list_end(lines: list[Line], furniture: list[bool], walls: dict[int, str], last: int, cut: int) -> int:
    """The last line of the list the body's closing line announces ("The winners are below:"), or `last`.

    The items of a list (names, products, one line each) score as a menu does, so the run stops at the line
    that introduces them. The run goes on over them while they are no paragraph (and are phrases, not one or
    two words a line as tags are): up to a list heading,
    the pasted articles' cut, a paragraph (unless it announces a further list: "More deals:") or two
    furniture lines in a row (the page's share buttons).
    """
    closing = last
    while closing > 0 and furniture[closing]:
        closing -= 1
    if not lines[closing].text.endswith(":"):
        return last
    items: list[Line] = []
    for index in range(last + 1, min(cut, last + 1 + ANNOUNCED_MAX)):
        line = lines[index]
        if index in walls or (furniture[index] and index + 1 < cut and furniture[index + 1]):
            break
        if furniture[index]:
            continue
        if line.is_prose and not line.text.endswith(":"):
            break
        items.append(line)
    # A list of names or phrases, not of one or two words a line: tags and menus (announced too, "Tags:") are
    # those. Told by its first items: a list of tags may run on into a block of headlines below it.
    head = items[:ANNOUNCED_HEAD]
    if not head or sum(line.words for line in head) < ANNOUNCED_ITEM_WORDS * len(head):
        return last
    return items[-1].index


COUNTS_REACH = 3  # the most short lines between a post's last paragraph and its readers' counts (its source, credit)
COUNTED_PROSE = 100  # the fewest prose words of the post above its counts


def counted_end(lines: list[Line], first: int, last: int) -> int:
    """The body run's last line once what stands below the post's readers' counts is cut off ("1,005 hearts · 62
    reshares" a few short lines under its last paragraph: its source line, its credit between), when COUNTED_PROSE
    words of prose stand above them and a carried story's head stands below (a headline over its source and time,
    over its text): the post has ended, and the lists and stories under it are the page's. `last` without them."""
    prose_words = 0
    for index in range(first, last + 1):
        line = lines[index]
        if line.is_prose:
            prose_words += line.words
            continue
        if prose_words < COUNTED_PROSE or not reactions_line(line):
            continue
        top = index - 1
        while top > first and index - top <= COUNTS_REACH and not lines[top].is_prose:
            top -= 1
        if not lines[top].is_prose:
            continue
        if any(_marked_head(lines, below) for below in range(index + 1, last - 1)):
            return top
    return last


def _marked_head(lines: list[Line], index: int) -> bool:
    """A carried story's head at lines[index]: a headline over its source line with a marker's dot ("Quay Post · 6h")
    over EMBED_MIN_WORDS words of its text."""
    chip = lines[index + 1]
    return (
        chip.is_marker
        and chip.words <= HEAD_CHIP_WORDS
        and not lines[index].is_prose
        and lines[index].words >= HEADLINE_WORDS
        and headline(lines[index])
        and sum(line.words for line in prose_run(lines, index + 2)) >= EMBED_MIN_WORDS
    )

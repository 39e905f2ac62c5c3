"""A dump read once for every decision: its lines, which are furniture, the list headings and rules (walls).

A line is furniture by its own shape, by the folder repeating it (`repeated`: site-wide menus and footers), or
by standing right below itself (a caption under a gallery, a card's title shown twice). Walls are the headings of
related lists, popular lists and comments (related.header_kind), headings in wordings no list holds, recognised
by their shape (walls.py), and the rules or markers over a carried story (separators.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from converter.textdump.lines import Line, split_lines, text_counts
from converter.textdump.metadata import find_site_name
from converter.textdump.region import score_lines
from converter.textdump.related import header_kind, is_fold
from converter.textdump.repeated import NormalizedLines
from converter.textdump.separators import separator_walls
from converter.textdump.study import reading_aids
from converter.textdump.walls import find_walls

REPEATED_SENTENCE_WORDS = 8  # the longest prose line taken for furniture when many pages of the folder show it


@dataclass(frozen=True)
class Page:
    """A dump's lines with what every decision asks of them: furniture flags, walls, and line scores kept."""

    lines: list[Line]
    furniture: list[bool]
    walls: dict[int, str]  # index → 'related', 'popular' or 'comments'
    separators: tuple[int, ...] = ()  # the walls that are rules or markers above a carried story
    separated: frozenset[int] = frozenset()  # those of them no list heading: each over one story, carried whole
    # The name the page gives itself (metadata.find_site_name, with the folder's repeated lines), or None: the
    # byline, the headline's prompt test, the site-prompt test of the top lines and the carried stories ask it.
    site: str | None = None
    # Line scores of lines[:cut], by cut: the body search and its extension score the same lines.
    scores: dict[int, list[float]] = field(default_factory=dict)

    def scores_before(self, cut: int) -> list[float]:
        if cut not in self.scores:
            self.scores[cut] = score_lines(self.lines[:cut], self.furniture[:cut])
        return self.scores[cut]


AD_BUTTON_REPEATS = 2  # the fewest times an ad's label and button stand together on a page


def read_page(text: str, repeated: frozenset[str], normalized: NormalizedLines | None) -> Page:
    lines = split_lines(text, normalized)
    counts = text_counts(lines)
    furniture = []
    for line in lines:
        flag = line.is_furniture
        if not flag and repeated and not line.is_prose and line.normalized in repeated:
            flag = True
        furniture.append(flag)
    if repeated:
        for index in _repeated_notes(lines, repeated):
            furniture[index] = True
    # A line shown again right below itself (a caption under a gallery, a card's title) is no paragraph.
    for index, line in enumerate(lines):
        if counts[line.text] >= 2 and (
            (index >= 1 and lines[index - 1].text == line.text) or (index >= 2 and lines[index - 2].text == line.text)
        ):
            furniture[index] = True
    # Glossary boxes and questions to the reader set in or after the story (textdump/study.py).
    for index in reading_aids(lines):
        furniture[index] = True
    walls = {line.index: _as_button(lines, line.index, kind) for line in lines if (kind := header_kind(line))}
    # A fold's button between two paragraphs of a text ("Keep reading ▾") heads no list: furniture (related.is_fold).
    for index in [index for index, kind in walls.items() if kind != "comments" and is_fold(lines, index)]:
        del walls[index]
        furniture[index] = True
    for index in _ad_buttons(lines, walls):
        del walls[index]
    # Headings in wordings the lists do not know, recognised by their shape (textdump/walls.py).
    walls.update(dict.fromkeys(find_walls(lines, set(walls), repeated), "related"))
    # A rule or a marker right above a carried story's headline and its source line (textdump/separators.py).
    separators = tuple(separator_walls(lines, repeated))
    separated = frozenset(index for index in separators if index not in walls)
    walls.update(dict.fromkeys(separated, "related"))
    site = find_site_name(lines, repeated)
    return Page(lines, furniture, walls, separators=separators, separated=separated, site=site)


def _repeated_notes(lines: list[Line], repeated: frozenset[str]) -> list[int]:
    """Short sentences (REPEATED_SENTENCE_WORDS words at most) the folder shows on many pages, next to a line that is
    furniture by its own shape: a reader's note under its highlight's marker ('Highlighted · 2h' over 'Note: send to
    Dana'). Not one between lines of text: a carried story's question headline or its credit, which the folder shows
    wherever the story is carried, stands over its text."""
    return [
        line.index
        for line in lines
        if line.is_prose
        and line.words <= REPEATED_SENTENCE_WORDS
        and line.normalized in repeated
        and any(lines[other].is_furniture for other in (line.index - 1, line.index + 1) if 0 <= other < len(lines))
    ]


def _ad_buttons(lines: list[Line], walls: dict[int, str]) -> list[int]:
    """Headings that are an ad's button ('Ad' over 'Learn more'): the page shows the same heading right under the
    same line furniture by its own shape (the ad's label) again and again, where a list's heading stands once, and
    the label stands alone at least once, under a line of text (not in a row of buttons or footer links shown at the
    page's top and foot). Only a related list's heading (a call to read on) is a button: a menu's 'Top stories'
    under its 'Home' and readers' comments under their 'Loading...', shown twice, stay headings. The list the
    button seems to head is the article's text resumed under the ad."""
    buttons = [index for index, kind in walls.items() if kind == "related" and index and lines[index - 1].is_furniture]
    pairs = Counter((lines[index - 1].text, lines[index].text) for index in buttons)
    lone = {(lines[index - 1].text, lines[index].text) for index in buttons if _under_text(lines, index - 1)}
    return [
        index
        for index in buttons
        if (pair := (lines[index - 1].text, lines[index].text)) in lone and pairs[pair] >= AD_BUTTON_REPEATS
    ]


def _under_text(lines: list[Line], index: int) -> bool:
    return index >= 1 and not lines[index - 1].is_furniture


def _as_button(lines: list[Line], index: int, kind: str) -> str:
    """The wall's kind: a bare 'Comment' among the page's buttons ('Like', 'Comment', 'Save', a line each) is a button
    to comment, no heading of readers' comments: the lists below it are the page's ('related'). Its neighbours above
    and below are one word each, lines the furniture rules know by their shape; a heading counts its comments or
    stands over a reader's name."""
    if kind != "comments" or lines[index].words != 1 or not 0 < index < len(lines) - 1:
        return kind
    buttons = all(lines[other].words == 1 and lines[other].is_furniture for other in (index - 1, index + 1))
    return "related" if buttons else kind

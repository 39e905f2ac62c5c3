"""Lines that repeat across many pages of one run: site-wide furniture (menus, footers, promos)."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from converter.textdump.headings import TAIL, sentence_case_tail
from converter.textdump.pieces import MIN_WORDS as PIECES_MIN_WORDS
from converter.textdump.pieces import split_pieces
from converter.textdump.prompts import lead_in
from converter.textkey import WORD as _WORD
from converter.textkey import has_digit


def normalize_line(text: str) -> str:
    """The form lines are compared in: lower case, words only."""
    return " ".join(_WORD.findall(text.lower()))


# Shape keys start with a mark no normalized line holds (those are words and single spaces).
_DIGITS = re.compile(r"\d+")
SHAPE_KEYS = ("#digits ", "#start ", "#end ")  # how the keys `shapes` makes start
SHAPE_PREFIX_WORDS = 4
SHAPE_MAX_WORDS = 20  # a prompt runs to a sentence or two; a paragraph has no template


def shapes(normalized: str) -> list[str]:
    """Keys of the templates a normalized line may be filled from: its numbers masked; its first or last words.

    The first and last words count only on a line longer than them ("read the full story" of "read
    the full story at npr", "digest in your inbox" of "get the bend morning digest in your inbox"):
    a template's fixed words stand at one end, the name or title it is filled with at the other.
    """
    keys = ["#digits " + _DIGITS.sub("0", normalized)] if has_digit(normalized) else []
    # Words are separated by single spaces: count them before splitting (most lines are paragraphs).
    if SHAPE_PREFIX_WORDS < normalized.count(" ") + 1 <= SHAPE_MAX_WORDS:
        words = normalized.split(" ")
        keys.append("#start " + " ".join(words[:SHAPE_PREFIX_WORDS]))
        keys.append("#end " + " ".join(words[-SHAPE_PREFIX_WORDS:]))
    return keys


LEAD = "#lead "


def lead_key(text: str) -> str | None:
    """The key of a line's lead-in label ("Label words: Rest" → "#lead label words"), or None.

    A folder that shows the same label before other rests on many pages fills a template ("Label:
    another headline"), as a teaser or a chip does; a story's own "Step 2: ..." is on one page.
    """
    at = lead_in(text) if ":" in text else None
    return None if at is None else LEAD + normalize_line(text[:at])


@dataclass(frozen=True)
class NormalizedLines:
    """A text's lines as `normalize_line` gives them, one for each line of `text.splitlines()`.

    The folder survey normalizes every line of a dump to count lines across pages; the extractor
    splits the same lines into words, so it takes them from here rather than doing it again.
    """

    # hash() of the text they were made from: they are used only for that very text (a worker
    # forked from the same process hashes alike; anywhere else the extractor just does the work).
    text_hash: int
    joined: str  # one normalized line per text line, joined by "\n" (no normalized line holds one)
    # The short pieces of the lines that glue several sentences and widgets (textdump/pieces.py),
    # normalized, joined by "\n": a prompt pasted inside carried stories repeats across the folder too.
    pieces: str = ""
    leads: str = ""  # the lines' lead-in keys (`lead_key`), joined by "\n"

    def __reduce__(self) -> tuple[type[NormalizedLines], tuple[int, str, str, str]]:
        # Pickled (to and from the workers) as the call that makes it: compiled by mypyc, a frozen dataclass
        # would be unpickled field by field through the __setattr__ that refuses them.
        return NormalizedLines, (self.text_hash, self.joined, self.pieces, self.leads)

    @classmethod
    def of(cls, text: str) -> NormalizedLines:
        lines = text.splitlines()
        leads = "\n".join(key for line in lines if ":" in line and (key := lead_key(line)))
        return cls(hash(text), "\n".join([normalize_line(line) for line in lines]), _glued_pieces(lines), leads)

    def shaped(self) -> dict[str, list[str]]:
        """Each normalized line (each once, not the empty one) and its shapes (`shapes`): `distinct` and `placed` both
        ask them of a page's lines, and may share them."""
        lines = set(self.joined.split("\n"))
        lines.discard("")
        return {line: shapes(line) for line in lines}

    def distinct(self, shaped: dict[str, list[str]] | None = None) -> set[str]:
        """The normalized lines, each once, without the empty one (lines without words), and their shapes.

        A shape (`shapes`) lets a folder count templated lines too: "You have 3 free stories left",
        "Read the full story at NPR" differ from page to page only in a number or a name. (`shaped`: this page's
        `shaped()`, when the caller has it.)
        """
        lines = set(self.joined.split("\n"))
        lines.discard("")
        if shaped is None:
            lines.update([shape for line in lines for shape in shapes(line)])
        else:
            lines.update([shape for line in lines for shape in shaped[line]])
        if self.pieces:
            lines.update(self.pieces.split("\n"))
        if self.leads:
            lines.update(self.leads.split("\n"))
        return lines

    def placed(self, text: str, shaped: dict[str, list[str]] | None = None) -> list[str]:
        """The short lines' keys beside their neighbours (`placed_keys`), for the text these lines were made from."""
        return placed_keys(text.splitlines(), self.joined.split("\n"), shaped)

    def lines_of(self, text: str) -> list[str] | None:
        """The normalized lines, one per line of `text`, or None when they were made from another text."""
        if hash(text) != self.text_hash:
            return None
        return self.joined.split("\n")


def _glued_pieces(lines: list[str]) -> str:
    """The normalized short pieces (SHAPE_MAX_WORDS words at most) of the lines long enough to be cut."""
    found = [
        key
        for line in lines
        if line.count(" ") >= PIECES_MIN_WORDS - 1
        for piece in split_pieces(" ".join(line.split()))
        if piece.count(" ") < SHAPE_MAX_WORDS and (key := normalize_line(piece))
    ]
    # The phrases in sentence case ending lines (`headings.sentence_case_tail`): a layout's subheadings glued on.
    found += [TAIL + key for line in lines if (tail := sentence_case_tail(line)) and (key := normalize_line(tail))]
    return "\n".join(found)


# A short line set between other lines on several pages, each time between others, is put there by the page (a
# prompt, a sponsor's line, a "via Outlet"), whatever it says. A story's own line stands between the same lines on
# every page that shows the story (a subheading between its paragraphs), and its first or last line keeps one
# neighbour; a line a story repeats (a list's heading, a table of contents) is counted on no page where it repeats
# more than PAGE_REPEATS times. Neighbours are read twice: the lines right above and below, and the paragraphs
# (lines of more than SHAPE_MAX_WORDS words) above and below, past other short lines (a widget's lines go
# together: "Shop now: …" over "Sponsored"). Keys: "#at <key>\x1f<side><place>" on a page, side "a" and "b" the
# lines above and below, "c" and "d" the paragraphs; "#wedged <key>" for a line of the page that the folder shows on
# two pages or more, under WEDGE_PLACES different neighbours and over WEDGE_PLACES others (of one kind), each of them
# beside it on one page only.
PLACED = "#at "
WEDGED = "#wedged "
WEDGE_PLACES = 3
PAGE_REPEATS = 2
_SIDES = (("a", "b"), ("c", "d"))


# A line this long, wedged by its own words (not by its template's) between the paragraphs past other short lines, reads
# as a story's headline or standfirst: other pages list the story with it, between their other lines; in a body it is
# the story's own, or a carried story's. It counts when wedged between the lines right beside it (_story_long).
STORY_WORDS = 9
FILLED = "#of "  # "#of <template>\x1f<line>": a template key of a line of STORY_WORDS words or more, and the line


def line_keys(normalized: str, text: str, shaped: list[str] | None = None) -> list[str]:
    """A short line's keys: the line itself, its templates (`shapes`; not its first words, which a headline shares
    with the story's lines that name it) and its lead-in label's (`lead_key`). (`shaped`: shapes(normalized), when
    the caller has them.)"""
    made = shapes(normalized) if shaped is None else shaped
    keys = [normalized, *[shape for shape in made if not shape.startswith("#start ")]]
    lead = lead_key(text)
    if lead:
        keys.append(lead)
    return keys


def _place(side: str, line: str) -> str:
    return side + format(zlib.crc32(line.encode("utf-8", "surrogatepass")), "x")


def placed_keys(lines: list[str], normalized: list[str], shaped: dict[str, list[str]] | None = None) -> list[str]:
    """Each short line's keys, each with the line's four neighbours (see above), for the keys the page shows at most
    PAGE_REPEATS times. (`shaped`: the lines' shapes, NormalizedLines.shaped, when the caller has them.)"""
    present = [index for index, line in enumerate(normalized) if line]
    long = [index for index in present if normalized[index].count(" ") >= SHAPE_MAX_WORDS]
    # Each line's place (`_place` without its side) made once: a line is the neighbour of up to four others.
    sums = {index: _place("", normalized[index]) for index in present}
    edge = _place("", "")  # (no line on that side)
    found: dict[str, list[str]] = {}  # key -> its places; made into placed keys only for the keys kept
    filled: list[str] = []
    paragraph = 0  # long[paragraph] is the first paragraph below the line
    for at, index in enumerate(present):
        line = normalized[index]
        if paragraph < len(long) and long[paragraph] == index:
            paragraph += 1
            continue
        places = (
            "a" + (sums[present[at - 1]] if at else edge),
            "b" + (sums[present[at + 1]] if at + 1 < len(present) else edge),
            "c" + (sums[long[paragraph - 1]] if paragraph else edge),
            "d" + (sums[long[paragraph]] if paragraph < len(long) else edge),
        )
        keys = line_keys(line, lines[index], None if shaped is None else shaped[line])
        for key in keys:
            found.setdefault(key, []).extend(places)
        if line.count(" ") + 1 >= STORY_WORDS:
            # (a lead-in label is a template's fixed words whatever follows it: not asked)
            filled.extend(f"{FILLED}{key}\x1f{sums[index]}" for key in keys[1:] if not key.startswith(LEAD))
    kept = len(_SIDES) * 2 * PAGE_REPEATS
    placed = [f"{PLACED}{key}\x1f{place}" for key, places in found.items() if len(places) <= kept for place in places]
    return placed + filled


def wedged(placed: Mapping[str, int], counts: Mapping[str, int]) -> set[str]:
    """The keys of the lines wedged between other lines across the folder: `placed` counts the pages' placed keys
    (`placed_keys`), `counts` their lines and shapes."""
    lone: Counter[str] = Counter()  # "key\x1fside" -> the neighbours on that side seen beside it on one page only
    fillings: Counter[str] = Counter()  # template -> the long lines that fill it
    for key, count in placed.items():
        if key.startswith(PLACED):
            if count == 1:
                lone[key[len(PLACED) : key.index("\x1f") + 2]] += 1
        else:
            fillings[key[len(FILLED) : key.index("\x1f")]] += 1
    # A long line's template counts when other lines fill it too: a story's headline shown on several pages shares
    # its last words (its "#end" key) with itself only.
    return {
        key
        for key in {side_key[:-2] for side_key in lone}
        if counts.get(key, 0) >= 2
        and fillings.get(key, 2) >= 2
        and any(
            min(lone[f"{key}\x1f{above}"], lone[f"{key}\x1f{below}"]) >= WEDGE_PLACES
            for above, below in (_SIDES[:1] if _story_long(key) else _SIDES)
        )
    }


def _story_long(key: str) -> bool:
    """A line's own key (no template's) of STORY_WORDS words or more: wedged only between the lines right beside it.
    A story's teaser or standfirst keeps its headline right above it wherever it is listed (its paragraphs around it
    are each page's); a promo of a sentence or two is set between other lines on every page ("Also on Sitename: the
    best walks of the year" between two paragraphs)."""
    return not key.startswith("#") and key.count(" ") + 1 >= STORY_WORDS


# A line this short, every word capitalised, reads as a subheading: the same section names open the stories of one
# site ("Design", "Performance", "The Verdict" in its reviews), each time over other paragraphs.
SECTION_WORDS = 3


def is_wedged(normalized: str, text: str, repeated: frozenset[str]) -> bool:
    """The folder shows this short line wedged between other lines (`wedged`), and it reads as no story's headline
    or standfirst and no section's name. A line of STORY_WORDS words or more that ends a sentence counts by its
    templates only: a story's own sentence, shown on several pages, has other lines beside it where the pages glue a
    subheading of their own to the paragraph above it."""
    words = normalized.count(" ") + 1
    if not normalized or words > SHAPE_MAX_WORDS:
        return False
    if words <= SECTION_WORDS and all(word[:1].isupper() for word in text.split()):
        return False
    keys = line_keys(normalized, text)
    if words >= STORY_WORDS and text.rstrip(_CLOSERS).endswith(_SENTENCE_STOPS):
        keys = keys[1:]  # (its templates only)
    return any(WEDGED + key in repeated for key in keys)


_CLOSERS = " \"'”’)"
_SENTENCE_STOPS = (".", "!", "?")


def repeated_lines(texts: Iterable[str], min_pages: int) -> frozenset[str]:
    """Normalized lines found on at least `min_pages` of the given dumps (each page counted once)."""
    counts: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    pages = []
    for text in texts:
        lines = NormalizedLines.of(text)
        pages.append(lines.distinct())
        counts.update(pages[-1])
        placed.update(lines.placed(text))
    wedges = wedged(placed, counts)
    common = lines_on_enough_pages(counts, min_pages)
    return common | {WEDGED + key for distinct in pages for key in distinct if key in wedges}


def lines_on_enough_pages(counts: Mapping[str, int], min_pages: int) -> frozenset[str]:
    """The lines counted on at least `min_pages` pages (and at least 2)."""
    return frozenset(line for line, count in counts.items() if count >= max(2, min_pages))

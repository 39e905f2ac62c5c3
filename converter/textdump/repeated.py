"""Lines that repeat across many pages of one run: site-wide furniture (menus, footers, promos)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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


def lead_key(text: str) -> str | None:
    """The key of a line's lead-in label ("Label words: Rest" → "#lead label words"), or None.

    A folder that shows the same label before other rests on many pages fills a template ("Label:
    another headline"), as a teaser or a chip does; a story's own "Step 2: ..." is on one page.
    """
    at = lead_in(text) if ":" in text else None
    return None if at is None else "#lead " + normalize_line(text[:at])


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

    def distinct(self) -> set[str]:
        """The normalized lines, each once, without the empty one (lines without words), and their shapes.

        A shape (`shapes`) lets a folder count templated lines too: "You have 3 free stories left",
        "Read the full story at NPR" differ from page to page only in a number or a name.
        """
        lines = set(self.joined.split("\n"))
        lines.discard("")
        lines.update([shape for line in lines for shape in shapes(line)])
        if self.pieces:
            lines.update(self.pieces.split("\n"))
        if self.leads:
            lines.update(self.leads.split("\n"))
        return lines

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
    return "\n".join(found)


def repeated_lines(texts: Iterable[str], min_pages: int) -> frozenset[str]:
    """Normalized lines found on at least `min_pages` of the given dumps (each page counted once)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(NormalizedLines.of(text).distinct())
    return lines_on_enough_pages(counts, min_pages)


def lines_on_enough_pages(counts: Mapping[str, int], min_pages: int) -> frozenset[str]:
    """The lines counted on at least `min_pages` pages (and at least 2)."""
    return frozenset(line for line, count in counts.items() if count >= max(2, min_pages))

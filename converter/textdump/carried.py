"""A carried full text's paragraphs, without the prompts pasted with it.

Pages paste a related story's furniture with its text ("You have 3 free stories left"): its lines are
judged by the body-line decision as the article's own are (with its own, stricter threshold), and so are
the pieces of a line that glued a story's paragraphs and widgets together (textdump/pieces.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from converter.textdump import bodyline
from converter.textdump.lines import Line, split_lines
from converter.textdump.pieces import split_pieces, without_markers
from converter.textdump.prompts import names_site
from converter.textdump.related import Card

PROMPT_MAX_WORDS = 15  # the longest piece of a glued carried text the body-line decision judges
TAIL_MAX_WORDS = 3  # the longest piece taken out with the dropped piece before it


def pasted_paragraphs(
    lines: list[Line], furniture: list[bool], last: int, card: Card, repeated: frozenset[str], site: str | None
) -> tuple[str, ...]:
    """A carried full text's paragraphs (of `card`, below line `last` of the page's `lines`, flagged by the
    furniture rules in `furniture`) without the prompts the body-line decision drops."""
    judged = card_lines(lines, furniture, last, card)
    if judged is None:
        kept = card.body
    else:
        dropped = set(judged.indexes).difference(judged.consider)  # furniture by the rules
        dropped |= _dropped(judged, repeated, site)
        kept = tuple(lines[index].text for index in judged.indexes if index not in dropped)
    return tuple(without_glued_prompts(text, repeated, site) for text in kept)


@dataclass(frozen=True)
class Judged:
    """Lines of a carried story the body-line decision judges: `consider`, inside first..last of `lines`."""

    lines: list[Line]
    first: int
    last: int
    consider: list[int]
    indexes: list[int]  # all the story's lines (or pieces), in order
    furniture: list[bool]  # the furniture rules' flags of `lines` (none for pieces)


def card_lines(lines: list[Line], furniture: list[bool], last: int, card: Card) -> Judged | None:
    """The page lines of a carried story's text (None when they cannot all be found, or it has one)."""
    where: dict[str, int] = {}
    for line in lines[last + 1 :]:
        where.setdefault(line.text, line.index)
    indexes = [where[text] for text in card.body if text in where]
    if len(indexes) != len(card.body) or len(indexes) < 2:
        return None
    # The furniture rules first (a pasted "Already a subscriber? Log in"), as in the article's own body.
    consider = [index for index in indexes if not furniture[index]]
    return Judged(lines, min(indexes), max(indexes), consider, indexes, furniture)


def pieces_of(text: str, site: str | None) -> Judged | None:
    """The pieces of a carried line that glued paragraphs and widgets together (None: nothing to cut)."""
    parts = split_pieces(text)
    if len(parts) == 1:
        return None
    pieces = split_lines("\n".join(parts))
    # Only pieces a prompt's length (or naming the site as they open) are judged: a long sentence is the story's.
    consider = [piece.index for piece in pieces if piece.words <= PROMPT_MAX_WORDS or names_site(piece.text, site)]
    return Judged(pieces, 0, len(pieces) - 1, consider, [piece.index for piece in pieces], [])


def without_glued_prompts(text: str, repeated: frozenset[str], site: str | None) -> str:
    """A carried line without the prompts glued into it (and a widget's last words cut from it)."""
    text = without_markers(text)
    judged = pieces_of(text, site)
    if judged is None:
        return text
    dropped = _dropped(judged, repeated, site)
    # A widget's last words cut from it at a capital ("Broaden your horizons with award-winning |
    # British journalism.") go with it: a story's own sentence is seldom three words long.
    dropped |= {
        index for index in judged.indexes if index - 1 in dropped and judged.lines[index].words <= TAIL_MAX_WORDS
    }
    return " ".join(judged.lines[index].text for index in judged.indexes if index not in dropped)


def _dropped(judged: Judged, repeated: frozenset[str], site: str | None) -> set[int]:
    """The judged lines (or pieces) the body-line decision drops, at the carried texts' threshold."""
    return bodyline.dropped(
        judged.lines,
        judged.first,
        judged.last,
        judged.consider,
        repeated,
        site=site,
        furniture=judged.furniture,
        threshold=bodyline.CARRIED_THRESHOLD,
    )

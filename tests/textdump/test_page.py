"""A dump read once (textdump/page.py): which lines are furniture by the folder's repetition."""

from __future__ import annotations

from converter.textdump.page import read_page
from converter.textdump.repeated import normalize_line
from tests.support import ORCHARD_STORY


def test_a_short_sentence_many_pages_show_beside_furniture_is_furniture() -> None:
    # A reader's note under its highlight's marker, which the folder shows on many pages.
    marker, note = "Highlighted · 2 days ago", "Note: ask the growers about it again?"
    headline = "Why do the valley's orchards fear frost?"  # (a carried story's headline, on many pages too)
    text = "\n".join([ORCHARD_STORY[0], marker, note, *ORCHARD_STORY[1:3], headline, *ORCHARD_STORY[3:]])
    plain = read_page(text, frozenset(), None)
    place = {line.text: line.index for line in plain.lines}
    assert plain.lines[place[note]].is_prose and not plain.furniture[place[note]]
    assert plain.lines[place[headline]].is_prose
    repeated = frozenset(normalize_line(line) for line in (note, headline, ORCHARD_STORY[-1]))
    page = read_page(text, repeated, None)
    assert page.furniture[place[note]]
    # the headline between two paragraphs stays, and so does a paragraph the folder repeats (a story carried twice)
    assert not page.furniture[place[headline]]
    assert not page.furniture[len(page.lines) - 1]

"""A dump read once (textdump/page.py): which lines are furniture by the folder's repetition."""

from __future__ import annotations

from converter.textdump.page import read_page
from converter.textdump.repeated import normalize_line
from tests.support import ORCHARD_STORY


def test_a_short_sentence_many_pages_show_is_furniture_a_long_one_is_not() -> None:
    note = "Note: ask the growers about it again?"  # (a reader's note the folder shows on many pages)
    text = "\n".join([ORCHARD_STORY[0], note, *ORCHARD_STORY[1:]])
    plain = read_page(text, frozenset(), None)
    note_index = next(line.index for line in plain.lines if line.text == note)
    assert plain.lines[note_index].is_prose and not plain.furniture[note_index]
    page = read_page(text, frozenset({normalize_line(note), normalize_line(ORCHARD_STORY[-1])}), None)
    assert page.furniture[note_index]
    # a paragraph the folder repeats (a story two pages carry) stays the page's text
    assert not page.furniture[len(page.lines) - 1]

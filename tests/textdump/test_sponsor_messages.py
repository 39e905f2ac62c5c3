"""A sponsor's message under its label, the two a block of their own (credit_lines.sponsor_messages, dropped from a
body by bodyline.dropped).

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

import pytest

from converter.textdump import bodyline
from converter.textdump.credit_lines import is_sponsor_label, sponsor_messages
from converter.textdump.lines import Line, split_lines

_ABOVE = "The island's ferry has run twice a day since the war, and the council says it will go on running for years."
_BELOW = "Fares will rise by a tenth in spring, the first rise in six years, to pay for a new engine and a new crew."
_MESSAGE = "Three generations of glaziers. Ask us for a quote today."


@pytest.mark.parametrize(
    "text", ["PROMOTED · Gullhaven Glass & Sons", "Brought to you by Quay Savings", "Paid content | Harbour Outfitters"]
)
def test_a_sponsor_label(text: str) -> None:
    assert is_sponsor_label(split_lines(text)[0])


@pytest.mark.parametrize(
    "text", ["Advertisement", "Sponsored", "Harbour Notes · Gullhaven Glass", "Promoted · 3 hours ago", "By Ann Lee"]
)
def test_no_sponsor_label(text: str) -> None:
    assert not is_sponsor_label(split_lines(text)[0])


def _lines(label: str, message: str, *, blank: bool = True) -> list[Line]:
    gap = "\n\n" if blank else "\n"
    return split_lines(gap.join([_ABOVE, f"{label}\n{message}", _BELOW]))


def test_the_message_in_the_label_s_block_goes() -> None:
    lines = _lines("PROMOTED · Gullhaven Glass & Sons", _MESSAGE)
    consider = range(len(lines))
    assert sponsor_messages(lines, consider) == {2}
    assert 2 in bodyline.dropped(lines, 0, len(lines) - 1, consider, frozenset())
    assert not {0, 3} & bodyline.dropped(lines, 0, len(lines) - 1, consider, frozenset())


def _found(label: str, message: str, *, blank: bool = True) -> set[int]:
    lines = _lines(label, message, blank=blank)
    return sponsor_messages(lines, range(len(lines)))


def test_a_paragraph_a_title_or_a_text_without_blocks_stays() -> None:
    label = "PROMOTED · Gullhaven Glass & Sons"
    assert not _found(label, _BELOW)  # (a paragraph's length)
    assert not _found(label, "Ten harbour walks for the winter")  # (no sentence: a list's title)
    # (a label set inside a text with no blank lines stands over the text's own next line)
    assert not _found(label, _MESSAGE, blank=False)
    assert not _found("Harbour Notes", _MESSAGE)  # (no sponsor's label)

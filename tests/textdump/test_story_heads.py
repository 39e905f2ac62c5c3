"""A carried story's head: its source and credit lines (an outlet and a time, a host, "From" an outlet, a credit).

Lines invented here, each asked alone: the separators' tests (test_separators.py) ask them over whole pages.
"""

from __future__ import annotations

from converter.textdump.lines import split_lines
from converter.textdump.story_heads import credit_line, source_line


def test_source_lines() -> None:
    lines = split_lines("Coast Ledger · 3h\ncoastledger.com\nBY ANNA KOVAC\nby wavewatcher\nWinter hours\n")
    assert [source_line(line) for line in lines] == [True, True, True, False, False]


def test_from_an_outlet_is_a_source_line() -> None:
    lines = split_lines(
        "From The Coast Ledger\nvia Harbour Weekly\nFrom the start.\nFrom here on we walk\nFrom Monday\n"
    )
    # "From Monday" reads as an outlet's name by its shape: only a headline above and a story below make it one
    assert [source_line(line) for line in lines] == [True, True, False, False, True]


def test_an_agency_credit_is_a_credit_line() -> None:
    assert credit_line("Written by Harbour Wire Service")
    assert credit_line("By The Coast Ledger")
    assert not credit_line("Written by Reuters")  # (one word: a handle's shape)
    assert not credit_line("Written by the harbour staff")
    assert not credit_line("Edited by Harbour Wire Service")

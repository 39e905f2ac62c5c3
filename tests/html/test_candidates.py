"""html.candidates: readability's layout tables become plain blocks; data tables stay tables."""

from __future__ import annotations

from converter.html.candidates import layout_tables_unwrapped
from converter.markdown import html_to_markdown

STORY = (
    "KATHMANDU: The airport at the gateway to the mountain will be renamed after the two climbers, "
    "the minister said on Tuesday while addressing a memorial in the capital, according to officials."
)
# A page of the 2000s: the story sits in a cell of a table nested in the page's layout table.
LAYOUT = (
    '<div><table class="maintable"><tr><td></td></tr><tr><td valign="top">'
    f"<table><tr><td><p>Airport to be renamed</p></td></tr><tr><td>{STORY}</td></tr></table>"
    "</td></tr></table></div>"
)
DATA = "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Derby</td><td>11</td></tr></table>"


def test_a_layout_table_becomes_blocks_and_reads_as_prose():
    fragment = layout_tables_unwrapped(LAYOUT)
    assert "<table" not in fragment and "<td" not in fragment
    markdown = html_to_markdown(fragment, base_url=None)
    assert STORY in " ".join(markdown.split())
    assert "|" not in markdown  # before: pipe tables nested in pipe tables


def test_a_data_table_stays_a_table():
    assert layout_tables_unwrapped(DATA) == DATA


def test_a_data_table_inside_a_layout_table_stays_a_table():
    fragment = layout_tables_unwrapped(f"<table><tr><td><p>{STORY}</p>{DATA}</td></tr></table>")
    assert fragment.count("<table") == 1
    assert "<th>Team</th>" in fragment


def test_rows_cut_out_of_their_table_are_layout_too():
    fragment = layout_tables_unwrapped(f"<div><tr><td>{STORY}</td></tr></div>")
    assert "<td" not in fragment
    assert STORY in fragment

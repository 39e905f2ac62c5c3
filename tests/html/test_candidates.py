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


def test_each_table_is_judged_once_however_many_rows_and_cells_it_has(monkeypatch):
    # A page laid out in nested tables has thousands of rows and cells; judging the tables around each
    # of them again took seconds on a page of the 2000s.
    from converter.html import candidates

    judged: list[object] = []
    is_data = candidates._is_data

    def counting(table):
        judged.append(table)
        return is_data(table)

    monkeypatch.setattr(candidates, "_is_data", counting)
    rows = "".join(f"<tr><td>Label {n}</td><td><p>{STORY}</p></td></tr>" for n in range(20))
    inner = "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>"
    fragment = layout_tables_unwrapped(f"<table>{rows}<tr><td>{inner}</td></tr></table>")
    assert len(judged) == 2  # the outer table and the data table inside it
    assert "<table>" in fragment  # the data table stays a table; the layout one is unwrapped
    assert fragment.count("<table") == 1

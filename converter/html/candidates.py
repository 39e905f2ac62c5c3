"""The main-content candidates a page can offer: trafilatura in its modes, and readability.

Each candidate is one extractor run on the prepared tree, named so that the chooser
(html.choose), the learned model (models/html_choice.json) and the training script agree on
what a name means. Every candidate is an HTML fragment ('' when the extractor found nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from converter.html.content import TRAFILATURA_OPTIONS, Runs
from converter.html.parse import fragment_copy

Candidate = Callable[[Runs], str]

_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
# Block content inside a cell: the table lays out a page, it does not hold data.
_LAYOUT_MARKS = ("table", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "hr")
# ... or a cell holding this many words: a paragraph of prose, not a datum.
_PROSE_CELL_WORDS = 30


def _is_layout(table: lxml_html.HtmlElement) -> bool:
    return any(
        any(cell.find(f".//{mark}") is not None for mark in _LAYOUT_MARKS)
        or len(cell.text_content().split()) >= _PROSE_CELL_WORDS
        for cell in table.iter("td", "th")
    )


def layout_tables_unwrapped(fragment: str) -> str:
    """`fragment` with layout tables turned into plain blocks.

    Pages of the 2000s set their whole layout in nested tables, and readability returns the cell
    holding the article with its tables around it; as Markdown those become pipe tables nested in
    pipe tables, which no reader (nor the scorer) can read. A data table (cells of words and
    numbers) stays a table.
    """
    if "<table" not in fragment and "<td" not in fragment:
        return fragment
    try:
        root = fragment_copy(fragment)
    except (etree.ParserError, ValueError):
        return fragment
    # Rows and cells outside any table (readability cuts them out of one) are layout too. Each table is
    # judged once: asked again for each of its rows and cells, a page of nested tables took seconds.
    data: dict[lxml_html.HtmlElement, bool] = {}

    def is_data(table: lxml_html.HtmlElement) -> bool:
        if table not in data:
            data[table] = _is_data(table)
        return data[table]

    parts = [part for part in root.iter(*_TABLE_PARTS) if not any(map(is_data, _tables_around(part)))]
    if not parts:
        return fragment
    for part in parts:
        part.tag = "div"
        part.attrib.clear()
    return lxml_html.tostring(root, encoding="unicode")


def _tables_around(part: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return ([part] if part.tag == "table" else []) + list(part.iterancestors("table"))


def _is_data(table: lxml_html.HtmlElement) -> bool:
    """A table of data: no cell holds blocks or prose (a data table nested in a layout one stays)."""
    return not _is_layout(table)


def _trafilatura_recall(tree: lxml_html.HtmlElement) -> str:
    import trafilatura

    options: dict[str, Any] = {**TRAFILATURA_OPTIONS, "favor_recall": True}
    return trafilatura.extract(tree, **options) or ""


# Cheapest first: the chooser runs them in this order and may stop early. Each reads the page's runs
# (content.Runs), so a result the cascade already made is not made again.
CANDIDATES: dict[str, Candidate] = {
    "tf_fast_precise": lambda runs: runs.trafilatura(precision=True, fast=True),
    "tf_full_precise": lambda runs: runs.trafilatura(precision=True, fast=False),
    "tf_full": lambda runs: runs.trafilatura(precision=False, fast=False),
    "tf_recall": lambda runs: _trafilatura_recall(runs.tree),
    "readability": lambda runs: layout_tables_unwrapped(runs.readability()),
}

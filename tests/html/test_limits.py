"""Pathological markup is capped before the extractors see it (issue 15, item 4).

Thousands of `<span>`s in one paragraph, 20,000 short `<p>`s or a table row of 20,000 cells made
trafilatura's XPath quadratic inside libxml2 (1.4 MB took 120 s). Each now converts in seconds,
and its words are still in the article.
"""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html.extract import extract_html
from converter.html.limits import MAX_CHILDREN, MAX_INLINE_CHILDREN, MAX_ROW_CELLS, cap_tree
from converter.html.parse import parse_html
from tests.support import PARAGRAPH, cpu_seconds

# Generous: the bound is about quadratic blow-ups (minutes), not speed on a shared machine.
SECONDS = 8.0


def _page(body: str) -> str:
    return (
        f"<html><head><title>A long page</title></head>"
        f"<body><article><h1>A long page</h1>{body}</article></body></html>"
    )


def _converted_in_time(html: str) -> str:
    start = cpu_seconds()
    body = extract_html(html, "page.html").article.body
    assert cpu_seconds() - start < SECONDS
    return body


def test_a_paragraph_of_many_spans_converts_in_seconds() -> None:
    spans = "".join(f"<span>word{i} </span>" for i in range(75_000))
    html = _page(f"<p>{PARAGRAPH}</p><p>{spans}</p>")
    assert len(html) > 1_400_000
    body = _converted_in_time(html)
    assert "word0 word1 " in body and "word74999" in body


def test_many_short_paragraphs_convert_in_seconds() -> None:
    html = _page("".join(f"<p>Line {i} of the log.</p>" for i in range(20_000)))
    body = _converted_in_time(html)
    assert "Line 0 of the log." in body and "Line 19999 of the log." in body


def test_a_table_row_of_many_cells_converts_in_seconds() -> None:
    cells = "".join(f"<td>cell{i}</td>" for i in range(20_000))
    html = _page(f"<p>{PARAGRAPH}</p><table><tr>{cells}</tr></table><p>{PARAGRAPH}</p>")
    body = _converted_in_time(html)
    assert "cell0" in body and "cell19999" in body


def _serialized(root: lxml_html.HtmlElement) -> bytes:
    return lxml_html.tostring(root)


def test_markup_within_the_limits_is_left_exactly_as_it_is() -> None:
    inline = "".join(f"<span>s{i}</span> <a href='/x{i}'>a{i}</a>" for i in range(MAX_INLINE_CHILDREN // 2))
    paragraphs = "".join(f"<p>short {i}</p>" for i in range(MAX_CHILDREN))
    cells = "".join(f"<td>{i}</td>" for i in range(MAX_ROW_CELLS))
    root = parse_html(_page(f"<p>{inline}</p><div>{paragraphs}</div><table><tr>{cells}</tr></table>"))
    before = _serialized(root)
    cap_tree(root)
    assert _serialized(root) == before


def test_inline_elements_past_the_limit_become_text_in_place() -> None:
    spans = "".join(f"<span>w{i}</span>," for i in range(MAX_INLINE_CHILDREN + 3))
    root = parse_html(_page(f"<p>start {spans}<br>end</p>"))
    paragraph = root.find(".//p")
    text = paragraph.text_content()
    cap_tree(root)
    assert paragraph.text_content() == text  # every word, in order
    assert len(paragraph.findall("span")) == MAX_INLINE_CHILDREN
    assert paragraph.find("br") is not None  # not inline: kept


def test_cells_past_the_limit_are_folded_into_the_last_cell_kept() -> None:
    cells = "".join(f"<td>c{i}</td>" for i in range(MAX_ROW_CELLS + 5))
    root = parse_html(_page(f"<table><tr>{cells}</tr></table>"))
    cap_tree(root)
    row = root.find(".//tr")
    assert len(row) == MAX_ROW_CELLS
    assert row[-1].text_content() == f"c{MAX_ROW_CELLS - 1} " + " ".join(f"c{MAX_ROW_CELLS + i}" for i in range(5))


def test_short_blocks_past_the_limit_are_merged_and_long_ones_kept() -> None:
    long_block = "<p>" + PARAGRAPH + PARAGRAPH + "</p>"
    extra = "".join(f"<p>s{i}</p>" for i in range(4)) + long_block + "<p>t0</p><p>t1</p>"
    root = parse_html(_page("<div>" + "<p>kept</p>" * MAX_CHILDREN + extra + "</div>"))
    cap_tree(root)
    div = root.find(".//div")
    tail = [p.text for p in div[MAX_CHILDREN:]]
    assert tail == ["s0 s1 s2 s3", PARAGRAPH + PARAGRAPH, "t0 t1"]

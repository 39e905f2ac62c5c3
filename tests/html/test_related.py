"""html.related: the labels of related blocks, found however deep in the page they sit.

The labels are read from the last element up (what an element holds first); these pin that the
order, the nesting and the length limits come out as a reading from the top would give them.
"""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html.related import _labels

PROSE = "<p>" + "The council met on Tuesday to weigh the plan for the old harbour. " * 30 + "</p>"


def labels(body: str) -> list[str]:
    root = lxml_html.document_fromstring(f"<html><body>{body}</body></html>")
    return [f"{el.tag}:{' '.join(el.text_content().split())}" for el in _labels(root)]


def test_labels_deep_inside_long_containers_are_found_in_page_order():
    body = (
        f"<div><section>{PROSE}<div><h3>Related stories</h3></div>{PROSE}</section>"
        f"<div>{PROSE}<span>More from the harbour desk</span></div></div>"
    )
    assert labels(body) == ["div:Related stories", "h3:Related stories", "span:More from the harbour desk"]


def test_a_container_whose_text_starts_like_a_label_is_not_one():
    # Nine words, then a thousand characters: too long either way, whatever it starts with.
    assert labels("<div><p>Related stories from our desk about the new harbour plan</p></div>") == []
    assert labels(f"<div><span>Related</span>{PROSE}</div>") == ["span:Related"]


def test_a_label_split_over_elements_is_read_whole():
    assert labels("<div><h2><b>Read</b> <i>more</i></h2></div>") == ["div:Read more", "h2:Read more"]


def test_site_navigation_labels_are_left_out():
    assert labels("<nav><h3>Latest news</h3></nav><h3>Latest news</h3>") == ["h3:Latest news"]

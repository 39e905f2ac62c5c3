"""Damaged page markup that libxml2 reads as an empty document, where a browser shows the article."""

from __future__ import annotations

from converter.html.extract import extract_html
from converter.html.parse import document_ends_dropped, html_start_opened
from tests.support import cpu_seconds

PARAGRAPH = (
    "The council voted on the plan after a long debate about its cost, its timing and the people it "
    "would affect most, and agreed to publish the full text before the end of the month."
)
ARTICLE = "".join(f"<p>{PARAGRAPH} Part {i}.</p>" for i in range(6))
MENU = "<ul>" + "".join(f"<li><a href='/s/{n}'>Section {n}</a></li>" for n in range(8)) + "</ul>"


def test_an_article_in_a_second_document_after_the_first_ones_end_is_read():
    # A CMS wrote the site's frame as one document and the article as another after it; libxml2 stopped
    # at the first </html>.
    page = (
        f"<html><head><title>Harbour</title></head><body>{MENU}</body></html>\n"
        "<script>function popup(u) { window.open(u); }</script>\n"
        f"<!DOCTYPE html><html><head><title>Plan</title></head><body><div>{ARTICLE}</div></body></html>"
    )
    body = extract_html(page, "a.html").article.body
    assert "Part 0." in body and "Part 5." in body


def test_a_self_closed_html_tag_does_not_end_the_document():
    # An image tag's end pasted into the <html> tag by a broken template: "<html xmogo.jpg" ... />".
    page = (
        '<!DOCTYPE html><html xmlo.jpg" alt="Logo" width="145" border="0" /></a></td>'
        f"<body><table><tr><td>{MENU}</td><td><div>{ARTICLE}</div></td></tr></table></body></html>"
    )
    body = extract_html(page, "a.html").article.body
    assert "Part 0." in body and "Part 5." in body


def test_well_formed_pages_are_left_as_they_are():
    page = f"<html><body>{ARTICLE}</body></html>\n"
    assert document_ends_dropped(page) == page
    assert html_start_opened(page) == page
    assert html_start_opened("<p>no html tag</p>") == "<p>no html tag</p>"
    assert document_ends_dropped("<p>no end</p>") == "<p>no end</p>"
    assert html_start_opened('<HTML lang="en"/><p>x</p>') == '<HTML lang="en"><p>x</p>'
    assert document_ends_dropped("<p>a</p></BODY></html> <p>b</p></html>") == "<p>a</p> <p>b</p>"


def test_an_unclosed_run_of_html_tags_is_read_in_linear_time() -> None:
    # A `<html\b[^>]*>` search scanned to the end from each "<html": about a minute on this text.
    text = "<html " * 100_000
    start = cpu_seconds()
    assert html_start_opened(text) == text
    assert cpu_seconds() - start < 1.0

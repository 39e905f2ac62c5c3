"""The HTML path's shortcuts (stop 33) give what the whole computation they stand for gives: each is checked
against that computation, written out here as it was, on the test pages and on invented markup that sits at
the shortcut's edge."""

from __future__ import annotations

import copy
import re
import warnings
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from converter.html import cleanup, content, loose, metadata, related
from converter.html.comments import comment_sections
from converter.html.extract import _drop_unread, parse_page
from converter.html.parse import fragment_copy, parse_fragment
from converter.html.text import element_text, paragraph_words
from converter.textkey import compact_key

PAGES = sorted((Path(__file__).parent.parent / "pages" / "html").glob("*.html"))


def page(path: Path) -> lxml_html.HtmlElement:
    return parse_page(path.read_text(encoding="utf-8", errors="replace"), path.name)


def html_page(body: str) -> lxml_html.HtmlElement:
    return parse_page(f"<html><head><title>t</title></head><body>{body}</body></html>", "t.html")


# ------------------------------------------------------------------------------ long text runs ----

_HOLDER_TEST = " or ".join(f"self::{tag}" for tag in loose._HOLDERS)
_LONG_RUNS_WHOLE = etree.XPath(
    f"//*[{_HOLDER_TEST}]/text()[string-length(normalize-space(.)) >= {5 * loose.MIN_WORDS}]"
)


def whole_long_runs(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return list(_LONG_RUNS_WHOLE(root))


def test_long_runs_are_the_whole_selection() -> None:
    spaced = "ab " * 10 + " " * 300  # long raw, short once normalised
    runs = "a run of loose words " * 20
    invented = html_page(
        f"<div>{spaced}<p>x</p>{runs}</div><p>{runs}</p><span>{runs}</span><td>{spaced}</td>"
        f"<section><b>y</b>{runs}<i>z</i>{spaced}</section>"
    )
    for root in [*map(page, PAGES), invented]:
        assert loose._LONG_RUNS(root) == whole_long_runs(root)
    # the runs in the div, the span and the section: not the <p>'s own, nor the spaced-out ones
    assert len(loose._LONG_RUNS(invented)) == 3


# ------------------------------------------------------------------------------ metadata walks ----


def whole_visible_text(root: lxml_html.HtmlElement) -> str:
    body = root.find("body")
    parts: list[str] = []
    if body is not None:
        for element in body.iter():
            if isinstance(element.tag, str) and element.tag not in ("script", "style") and element.text:
                parts.append(element.text)
            if element.tail and element is not body:
                parts.append(element.tail)
    return compact_key(" ".join(parts))


_DATE_CLASS = re.compile(r"date|time|publish|posted|dateline|timestamp", re.IGNORECASE)
_THREAD = re.compile(r"comment|respond|reply", re.IGNORECASE)


def whole_in_chrome(el: lxml_html.HtmlElement) -> bool:
    for parent in el.iterancestors():
        if parent.tag in ("nav", "footer", "form", "aside"):
            return True
        marks = f"{parent.get('class') or ''} {parent.get('id') or ''}"
        if parent.tag not in ("article", "main", "body", "html") and _THREAD.search(marks):
            return True
    return False


def whole_dateline_elements(root: lxml_html.HtmlElement, updates: bool) -> list[lxml_html.HtmlElement]:
    ranked = []
    for order, el in enumerate(root.iter("time", "span", "div", "p", "li", "dd")):
        marks = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('id') or ''}"
        if el.tag != "time" and not _DATE_CLASS.search(marks):
            continue
        text = element_text(el)
        if (
            not 0 < len(text.split()) <= 15
            or (not updates and metadata._UPDATED.search(f"{marks} {text}"))
            or whole_in_chrome(el)
        ):
            continue
        publish = re.search(r"publish|posted|created|pubdate", f"{marks} {text}", re.IGNORECASE)
        rank = 0 if publish else 1 if el.tag == "time" else 2
        ranked.append((rank, order, el))
    return [el for _, _, el in sorted(ranked, key=lambda item: item[:2])][:5]


DATELINES = html_page(
    "<time>Nov 18</time><time class='updated'>Nov 19, 2020</time><p><time>  </time></p>"
    "<div class='comments'><span class='date'>Posted 12 March 2020</span></div>"
    "<div id='reply-7'><span class='date'>2 May 2020</span></div>"
    "<article class='comment-open'><span itemprop='datePublished'>1 May 2020</span></article>"
    "<span class='x'>plain</span><li id='timestamp'>Published 3 June 2020</li>"
    "<dd class='date'>" + "many words here " * 8 + "</dd><nav><span class='date'>today</span></nav>"
)


def test_visible_text_and_datelines_are_the_whole_walks() -> None:
    for root in [*map(page, PAGES), DATELINES]:
        assert metadata._visible_text(metadata.Page(root=root)) == whole_visible_text(root)
        for updates in (False, True):
            found = metadata._dateline_elements(metadata.Page(root=root), updates=updates)
            assert found == whole_dateline_elements(root, updates)
        for el in root.iter("span", "time", "p", "a"):
            assert metadata._in_chrome(el) == whole_in_chrome(el)
    assert [el.tag for el in metadata._dateline_elements(metadata.Page(root=DATELINES))] == ["span", "li", "time"]


# ------------------------------------------------------------------------------ chrome labels ----


def whole_drop_chrome(root: lxml_html.HtmlElement) -> None:
    """cleanup._drop_chrome's label step, every element's text read in document order."""
    for el in list(root.iter("p", "div", "li", "span", "a")):
        text = element_text(el)
        tools = el.tag in cleanup._TOOL_BLOCKS and len(text) <= cleanup._TOOLS_CHARS and cleanup._TOOLS.match(text)
        if tools or (el.find(".//img") is None and cleanup._UI_TEXT.match(text)):
            cleanup._drop(el)


def shortcut_drop_chrome(root: lxml_html.HtmlElement) -> None:
    elements = list(root.iter("p", "div", "li", "span", "a"))
    texts = cleanup._short_texts(elements)
    for el in elements:
        text = texts.get(el)
        if text is None:
            continue
        tools = el.tag in cleanup._TOOL_BLOCKS and len(text) <= cleanup._TOOLS_CHARS and cleanup._TOOLS.match(text)
        if tools or (cleanup._UI_TEXT.match(text) and el.find(".//img") is None):
            cleanup._drop(el)


# The longest texts _UI_TEXT matches: over _TOOLS_CHARS characters, or seven words.
LONGEST = [
    "« image " + "1" * 90 + " of 2 »",
    "… article continues below this advertisement …",
    "... " + "4" * 120 + " comments ...",
]
CHROME = [
    f"<div><p>Story text.</p><div class='x'><span>{LONGEST[0]}</span></div><p>{LONGEST[1]}</p></div>",
    f"<div><li>{LONGEST[2]}</li><p>Print this article | Email this article</p><a>Read more</a></div>",
    "<div><div><p>" + "prose words " * 40 + "</p><span>Advertisement</span></div><p><a>Show more</a></p></div>",
    "<div><p>Back to top <img src='up.png'></p><div>Close</div></div>",
]


@pytest.mark.parametrize("fragment", CHROME)
def test_chrome_labels_are_found_as_the_whole_walk_finds_them(fragment: str) -> None:
    whole, shortcut = fragment_copy(fragment), fragment_copy(fragment)
    whole_drop_chrome(whole)
    shortcut_drop_chrome(shortcut)
    assert lxml_html.tostring(shortcut) == lxml_html.tostring(whole)
    assert lxml_html.tostring(whole) != lxml_html.tostring(parse_fragment(fragment))  # something was dropped


def test_the_longest_ui_texts_are_read() -> None:
    for text in LONGEST:
        assert cleanup._UI_TEXT.match(text)
        assert len(text.split()) <= cleanup._UI_WORDS
    assert len(LONGEST[1].split()) == cleanup._UI_WORDS
    assert min(len(LONGEST[0]), len(LONGEST[2])) > cleanup._TOOLS_CHARS


def test_chrome_labels_on_the_test_pages() -> None:
    for path in PAGES:
        root = page(path)
        body = root.find("body")
        if body is None:
            continue
        whole, shortcut = copy.deepcopy(body), copy.deepcopy(body)
        whole_drop_chrome(whole)
        shortcut_drop_chrome(shortcut)
        assert lxml_html.tostring(shortcut) == lxml_html.tostring(whole), path.name


# ------------------------------------------------------------------------------ trailing links ----


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>Text <a href='/a'>a link</a>.</p>",
        "<p>Text.</p><ul><li><a href='/x/one-story'>The first other story here</a></li>"
        "<li><a href='/x/two-story'>The second other story here</a></li></ul>",
        "<p>Text.</p><ol><li><a href='/x/one'>Only one link in this list</a></li></ol><p>After.</p>",
    ],
)
def test_trailing_links_as_the_whole_step(fragment: str) -> None:
    root = fragment_copy(fragment)
    read = lambda item: related._single_link_item(item, None)  # noqa: E731
    found = related.drop_trailing_lists(root, read, 2, related._last_child)
    whole = (lxml_html.tostring(root, encoding="unicode"), found) if found else (fragment, [])
    assert related.take_trailing_links(fragment, None) == whole


# ------------------------------------------------------------------------------ readability ----


def whole_readability(tree: lxml_html.HtmlElement) -> str:
    from readability import Document

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Document(copy.deepcopy(tree)).summary(html_partial=True) or ""


PROSE = "<p>" + "The council agreed to publish the plan before the end of the month. " * 8 + "</p>"


@pytest.mark.parametrize(
    "body",
    [
        f"<div>{PROSE}{PROSE}</div>",
        f"<div>{PROSE}<div hidden>{PROSE}</div></div>",
        f"<div>{PROSE}<div style='color: red; display: none'>{PROSE}</div></div>",
        f"<div>{PROSE}<p style='visibility:hidden !important'>gone</p></div>",
    ],
)
def test_readability_is_given_our_tree_only_when_it_changes_nothing(body: str) -> None:
    tree = html_page(body)
    before = lxml_html.tostring(tree)
    assert content._readability(tree) == whole_readability(tree)
    assert lxml_html.tostring(tree) == before  # ours stays intact
    assert content._hides(tree) == ("hidden" in body or "display" in body)


def test_readability_on_the_test_pages() -> None:
    for path in PAGES[::4]:
        tree = page(path)
        _drop_unread(tree)
        before = lxml_html.tostring(tree)
        assert content._readability(tree) == whole_readability(tree), path.name
        assert lxml_html.tostring(tree) == before, path.name


# ------------------------------------------------------------------------------ paragraph words ----


def test_comment_sections_with_the_page_words_given() -> None:
    post = "<div class='comment'><p>" + "A reader writes at some length here. " * 3 + "</p></div>"
    posts = post * 4
    invented = html_page(f"<article>{PROSE}{PROSE}</article><section id='comments'>{posts}</section>")
    for root in [*map(page, PAGES), invented]:
        given = comment_sections(root, lambda root=root: paragraph_words(root))  # type: ignore[misc]
        assert given == comment_sections(root)
    assert comment_sections(invented)


# ------------------------------------------------------------------------------ Markdown ----


def test_one_markdown_converter_renders_as_a_fresh_one() -> None:
    from converter import markdown

    fragments = [
        (
            "<h2>A</h2><p>See <a href='story/1'>the story</a> and <img src='/i.png' alt='x'>.</p>",
            "https://a.example/n/",
        ),
        ("<p>Again <a href='story/2'>another</a>.</p><ul><li>one</li></ul>", None),
        ("<table><tr><th>h</th></tr><tr><td><a href='../up'>up</a></td></tr></table>", "https://b.example/a/b/"),
        ("<pre><pre>code  here</pre></pre><p>Text <a href='q'>q</a></p>", "https://c.example/"),
    ]
    for html, base in [*fragments, *fragments[::-1]]:
        root = markdown.shared_fragment(html)
        fresh = markdown._TreeConverter(base_url=base).convert_tree(
            root, frozenset(markdown._REMOVED), markdown._PRE_TAG.search(html) is not None
        )
        assert markdown.html_to_markdown(html, base_url=base) == markdown.tidy_markdown(fresh)

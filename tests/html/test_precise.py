"""html.precise: trafilatura's precision mode stage by stage gives bare_extraction's HTML, and is taken only
where the prunes it leaves out cannot match."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import trafilatura
from lxml import html as lxml_html

from converter.html import content, precise
from converter.html.comments import drop_comments
from converter.html.extract import _drop_unread, parse_page

PAGES = sorted((Path(__file__).parent.parent / "pages" / "html").glob("*.html"))
INCLUDE = {key: value for key, value in content.TRAFILATURA_OPTIONS.items() if key.startswith("include_")}
PROSE = "The council agreed to publish the full text of the plan before the end of the month. " * 6
needs_version = pytest.mark.skipif(
    trafilatura.__version__ != precise.TESTED_VERSION, reason="the staged sequence follows one trafilatura version"
)


def prepared(path: Path) -> lxml_html.HtmlElement:
    """The page as extract_html hands it to trafilatura (the steps that drop comment sections and scripts)."""
    root = parse_page(path.read_text(encoding="utf-8", errors="replace"), path.name)
    _drop_unread(root)
    drop_comments(root)
    return root


def library_html(tree: lxml_html.HtmlElement, fast: bool) -> str:
    document = trafilatura.bare_extraction(tree, as_dict=False, favor_precision=True, fast=fast, **INCLUDE)
    return content._html_output()(document) if document is not None else ""  # type: ignore[misc]


def staged_html(page: precise.PreciseRuns, fast: bool) -> str:
    document = page.extract(fast=fast)
    return content._html_output()(document) if document is not None else ""  # type: ignore[misc]


@needs_version
@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem[:24])
def test_staged_sequence_gives_bare_extractions_html(path: Path) -> None:
    tree = prepared(path)
    assert precise.PreciseRuns(tree, **INCLUDE).staged
    fast, full = library_html(tree, True), library_html(tree, False)
    # The full run alone, and after the fast run (whose main extraction it then shares).
    alone = precise.PreciseRuns(tree, **INCLUDE)
    assert staged_html(alone, False) == full
    page = precise.PreciseRuns(tree, **INCLUDE)
    assert staged_html(page, True) == fast
    assert staged_html(page, False) == full


@needs_version
@pytest.mark.parametrize(
    "attribute",
    [
        'class="comments"',
        'class="Comment-list"',
        'class="post-comments"',
        'id="comol"',
        'id="disqus_thread"',
        'id="dsq-comments"',
        'class="infinite-scroll"',
        'id="infinitescroll"',
        'class="mvp-post-add-box"',
        'class="elementor-share-buttons"',
        'class="commentary"',
    ],
)
def test_a_prune_that_can_match_is_run(attribute: str) -> None:
    other = "A reader wrote that the plan was late and the council never answered his letters at all. " * 6
    tree = lxml_html.document_fromstring(
        f"<html><body><article><p>{PROSE}</p><section {attribute}><p>{other}</p></section></article></body></html>"
    )
    for fast in (True, False):
        assert staged_html(precise.PreciseRuns(tree, **INCLUDE), fast) == library_html(tree, fast)
    # trafilatura drops the section (its prunes ran) unless it is a commentary.
    assert ("A reader wrote" in staged_html(precise.PreciseRuns(tree, **INCLUDE), True)) == ("commentary" in attribute)


def test_a_forum_thread_or_comments_on_is_not_staged() -> None:
    forum = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    tree = lxml_html.document_fromstring(f"<html><head>{forum}</head><body><p>{PROSE}</p></body></html>")
    assert not precise.PreciseRuns(tree, **INCLUDE).staged
    tree = lxml_html.document_fromstring(f"<html><body><p>{PROSE}</p></body></html>")
    assert not precise.PreciseRuns(tree, **{**INCLUDE, "include_comments": True}).staged


@needs_version
def test_a_plain_page_does_not_call_bare_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    tree = lxml_html.document_fromstring(f"<html><body><article><p>{PROSE}</p></article></body></html>")

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("bare_extraction ran its prunes again")

    monkeypatch.setattr(trafilatura, "bare_extraction", refused)
    for fast in (True, False):
        assert "The council agreed" in content._trafilatura(tree, precision=True, fast=fast)


def test_a_comment_section_is_still_pruned_by_trafilatura() -> None:
    comments = "A reader wrote that the plan was late and the council never answered the letters. " * 6
    tree = lxml_html.document_fromstring(
        f'<html><body><article><p>{PROSE}</p><div class="comments"><p>{comments}</p></div></article></body></html>'
    )
    result = content._trafilatura(tree, precision=True, fast=True)
    assert "The council agreed" in result
    assert "A reader wrote" not in result


@needs_version
@pytest.mark.parametrize(("mark", "extractions"), [("story", 1), ("teaser", 2), ("Teaser-box", 2)])
def test_the_full_run_shares_the_fast_runs_extraction_unless_a_teaser_is_named(
    monkeypatch: pytest.MonkeyPatch, mark: str, extractions: int
) -> None:
    # Where an id or class names a teaser, trafilatura's fast and full modes may recover different text.
    from trafilatura import main_extractor

    calls: list[bool] = []
    real = main_extractor.extract_content

    def counted(tree: Any, options: Any) -> Any:
        calls.append(True)
        return real(tree, options)

    monkeypatch.setattr(main_extractor, "extract_content", counted)
    tree = lxml_html.document_fromstring(f'<html><body><article class="{mark}"><p>{PROSE}</p></article></body></html>')
    page = precise.PreciseRuns(tree, **INCLUDE)
    for fast in (True, False):
        assert "The council agreed" in content._trafilatura(tree, precision=True, fast=fast, page=page)
    assert len(calls) == extractions


def cleaned(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The tree as extract_content reads it in a staged run (cleaned, its tags converted)."""
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.settings import Extractor

    options = Extractor(output_format="html", fast=True, precision=True, comments=False, links=True, images=True)
    return convert_tags(tree_cleaning(tree, options), options, None)


def assert_same_selection(tree: lxml_html.HtmlElement) -> None:
    from trafilatura import xpaths

    furniture, edges, frame = precise._python_selectors()
    assert [select(tree) for select in furniture] == [expression(tree) for expression in xpaths.OVERALL_DISCARD_XPATH]
    assert edges(tree) == xpaths.PRECISION_DISCARD_XPATH[1](tree)
    assert frame(tree) == xpaths.BODY_XPATH[0](tree)[:1]  # the first in document order: all that _extract reads


@needs_version
@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.stem[:24])
def test_python_selectors_select_what_the_xpaths_select(path: Path) -> None:
    assert_same_selection(cleaned(prepared(path)))
    assert_same_selection(prepared(path))  # and on a tree trafilatura has not cleaned


# Attributes read the way XPath reads them: string(@id|@class) is the one written first.
INVENTED = [
    'id="cookie-bar" class="story"',
    'class="story" id="cookie-bar"',
    'id="story" class="cookie-bar"',
    'role="Navigation"',
    'role="main"',
    'data-lp-replacement-content=""',
    'data-component="MostPopularStoriesList"',
    'class="top ad-slot"',
    'class="ad-slot"',
    'class="bad-slot"',
    'id="ad-1"',
    'id="x" style="visibility: hidden"',
    'style="visibility: hidden" id="x"',
    'class="reply-box"',
    'id="main" class="reply-box"',
    'class="reply-box" id="main"',
    'style="display:none"',
    'aria-hidden="true"',
    'class="comments-title"',
    'class="box noprint"',
    'id="reader-comments"',
    'class="page bottom"',
    'class="bottom-bar"',
    'class="padding-bottom-lg"',
    'id="link" class="x"',
    'class="x link"',
    'class="permalink"',
    'style="border: 0"',
    'class=""',
    'id=""',
    'class="post"',
    'class="post big"',
    'itemprop="articleBody"',
    'id="articleContent"',
    'class="entry-content"',
    'id="article-body"',
]


@needs_version
def test_python_selectors_on_invented_attributes() -> None:
    blocks = "".join(
        f"<{tag} {attributes}><b {attributes}>bold</b> text</{tag}>"
        for attributes in INVENTED
        for tag in ("div", "p", "span", "section", "ul", "a", "article", "main")
    )
    tree = lxml_html.document_fromstring(f"<html><body><article>{blocks}<p>{PROSE}</p></article></body></html>")
    assert_same_selection(tree)
    assert_same_selection(cleaned(tree))
    for attributes in INVENTED:  # each alone: the first frame is each one in turn
        alone = f"<html><body><div><p>{PROSE}</p><section {attributes}><p>{PROSE}</p></section></div></body></html>"
        assert_same_selection(lxml_html.document_fromstring(alone))

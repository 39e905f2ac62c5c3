"""trafilatura's precision mode run stage by stage: no prune that cannot match, no extraction made twice.

`bare_extraction` runs three XPath prunes around its main extractor: infinite-scroll containers and
share bars (on the raw tree), and reader-comment sections (on the raw tree, and again on the cleaned
one). Their EXSLT regular expressions call back into Python for every div, section and list of the
page: about 9% of a Scrapinghub page's CPU. Each of them can only match an element whose id or class
holds one of a few strings (_RAW_NEEDLES, _COMMENT_NEEDLES), and trafilatura never writes an id or a
class. So a prune whose strings no id or class of the page holds deletes nothing (on four pages in five
once html.comments has dropped the reader comments), and `PreciseRuns` leaves it out, running the
rest of the same sequence itself through trafilatura's own stage functions (`prune_unwanted_nodes`,
`tree_cleaning`, `convert_tags`, `extract_content`, `compare_extraction`), with one copy of the tree
in fast mode where `bare_extraction` makes three (the fast path reads neither its backup nor the raw
tree again).

The full cascade is the fast path's main extraction plus a comparison with readability and jusText,
and `extract_content` reads the fast flag only to keep teaser blocks when it recovers text outside the
main frame. So on a page where no id or class names a teaser (TEASER_DISCARD_XPATH's test), the full
run takes the fast run's main extraction, kept as it was before serialisation, and runs the comparison
only (one page in ten goes on to the full cascade; one in six of wceb-train's).

The sequence is trafilatura 2.3.1's (`core.bare_extraction` and `core.trafilatura_sequence`, with
precision on, comments off, no URL, no metadata, no deduplication, no language filter). Another
version of trafilatura, or a page that may be a forum thread (whose comment prunes trafilatura skips),
goes through `bare_extraction` unchanged: tests/html/test_precise.py checks that both give the same HTML.

Inside `extract_content` and `compare_extraction`, the XPaths that test ids and classes with EXSLT re:test
(OVERALL_DISCARD_XPATH, the second of PRECISION_DISCARD_XPATH, the first of BODY_XPATH) call back into Python for
every element they test and run patterns of up to sixty alternatives there: about 8% of a page. While a staged run
extracts, they are swapped for the same selections made in Python (`_python_selectors`): the same patterns on the
same attribute values, read as XPath reads them (`string(@id|@class)` is the one of the two written first), each
value's answer kept, in document order. And where no id or class names a teaser, TEASER_DISCARD_XPATH (which can
then match nothing) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import copy, deepcopy
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml import html as lxml_html

# The version whose sequence this follows; any other runs bare_extraction.
TESTED_VERSION = "2.3.1"

# A string that every id or class matched by RAW_TREE_PRUNE_XPATH holds ('mvp-post-add-(box|wrap)',
# 'infinite-?scroll', 'elementor-share-buttons'), and one that every id or class matched by
# REMOVE_COMMENTS_AND_LISTS_XPATH or REMOVE_COMMENTS_XPATH holds ('^[Cc]omment(?!ary)', 'comol',
# 'disqus_thread', 'dsq-comments', '(article|post)-comments'). Case matters: the EXSLT tests and
# contains() are case-sensitive. (Tested with `in`: several times faster than a pattern of alternatives.)
_RAW_NEEDLES = ("mvp-post-add", "infinite", "elementor-share-buttons")
_COMMENT_NEEDLES = ("omment", "comol", "disqus_thread")
# TEASER_DISCARD_XPATH: an id or class holding 'teaser' once its T's are made t's.
_TEASERS = re.compile("[Tt]easer")
# Two paths, not one union: a union is sorted in document order, up to three times the time.
_IDS = etree.XPath("//@id", smart_strings=False)
_CLASSES = etree.XPath("//@class", smart_strings=False)
# trafilatura takes a page whose JSON-LD says DiscussionForumPosting for a forum thread.
_FORUM = "DiscussionForumPosting"


def _marks(tree: lxml_html.HtmlElement) -> str:
    """Every id and class of the tree, apart (no needle holds a space)."""
    return " ".join(_IDS(tree) + _CLASSES(tree))


def _holds(marks: str, needles: tuple[str, ...]) -> bool:
    return any(needle in marks for needle in needles)


def _may_be_forum(tree: lxml_html.HtmlElement) -> bool:
    return any(_FORUM in (script.text or "") for script in tree.iterfind('.//script[@type="application/ld+json"]'))


def _first_of(el: lxml_html.HtmlElement, one: str, other: str) -> str:
    """XPath's string(@one|@other): the value of whichever of the two attributes is written first ('' if neither)."""
    for key, value in el.items():
        if key in (one, other):
            return str(value)
    return ""


def _matcher(pattern: str) -> Callable[[str], bool]:
    """re:test(value, pattern), its answer kept per value (ids and classes repeat within a page and across a site's)."""
    search = re.compile(pattern).search
    return lru_cache(maxsize=8192)(lambda value: search(value) is not None)


_Selector = Callable[[lxml_html.HtmlElement], list[lxml_html.HtmlElement]]
# The elements OVERALL_DISCARD_XPATH's first expression and PRECISION_DISCARD_XPATH's second test.
_BLOCKS = ("div", "item", "list", "p", "section", "span")
# ... and those BODY_XPATH's first expression tests.
_FRAMES = ("article", "div", "main", "section")


@lru_cache(maxsize=1)
def _python_selectors() -> tuple[list[_Selector], _Selector, _Selector]:
    """OVERALL_DISCARD_XPATH, PRECISION_DISCARD_XPATH's second expression and BODY_XPATH's first (as _extract reads
    it), as Python (trafilatura 2.3.1's)."""
    from trafilatura import xpaths

    consent = _matcher(xpaths._alt(xpaths._CONSENT_ID_CLASS_TOKENS))
    overall_id = _matcher(xpaths._alt(xpaths._OVERALL_DISCARD_BOTH_TOKENS + xpaths._OVERALL_DISCARD_ID_TOKENS))
    overall_class = _matcher(xpaths._alt(xpaths._OVERALL_DISCARD_BOTH_TOKENS + xpaths._OVERALL_DISCARD_CLASS_TOKENS))
    hidden_id = _matcher("reader-comments|akismet")
    hidden_class = _matcher(
        "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print"
        "| hidden| hide|noprint|notloaded"
    )
    frame_id = _matcher(xpaths._alt(xpaths._ARTICLE_CONTENT_ID_TOKENS))
    frame_class = _matcher(xpaths._alt(xpaths._ARTICLE_CONTENT_CLASS_TOKENS))
    edge = _matcher(r"(^|\s)bottom|bottom(\s|$)")
    link = _matcher(r"(^|\s)link(\s|$)")

    def furniture(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
        found = []
        for el in tree.iterdescendants(_BLOCKS):
            if not el.attrib:
                continue
            ident, kind, role, component = el.get("id"), el.get("class"), el.get("role"), el.get("data-component")
            if (
                el.get("data-lp-replacement-content") is not None
                or (role is not None and "nav" in role.replace("N", "n"))
                or (component is not None and "MostPopularStories" in component)
                or ((ident is not None or kind is not None) and consent(_first_of(el, "id", "class")))
                or (ident is not None and overall_id(ident))
                or (kind is not None and overall_class(kind))
            ):
                found.append(el)
        return found

    def hidden(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
        found = []
        for el in tree.iterdescendants(etree.Element):
            if not el.attrib:
                continue
            ident, kind, style = el.get("id"), el.get("class"), el.get("style")
            if (
                kind == "comments-title"
                or _first_of(el, "id", "class").startswith("reply-")
                or "hidden" in _first_of(el, "id", "style")
                or (style is not None and ("display:none" in style or "display: none" in style))
                or (ident is not None and hidden_id(ident))
                or (kind is not None and hidden_class(kind))
                or el.get("aria-hidden") == "true"
            ):
                found.append(el)
        return found

    def edges(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
        found = []
        for el in tree.iterdescendants(_BLOCKS):
            if not el.attrib:
                continue
            first, style = _first_of(el, "id", "class"), el.get("style")
            if edge(first) or link(first) or (style is not None and "border" in style):
                found.append(el)
        return found

    def frame(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
        # `.//*[...][1]` is the first such child of each element; the first of those in document order, all that
        # _extract reads, is the first such element: the search stops there.
        for el in tree.iterdescendants(_FRAMES):
            if not el.attrib:
                continue
            ident, kind = el.get("id"), el.get("class")
            if (
                kind in ("post", "entry")
                or el.get("itemprop") == "articleBody"
                or ident == "articleContent"
                or (ident is not None and frame_id(ident))
                or (kind is not None and frame_class(kind))
            ):
                return [el]
        return []

    return [furniture, hidden], edges, frame


@contextmanager
def _selected_in_python(teasers: bool) -> Iterator[None]:
    """trafilatura's discard XPaths that call back into Python, swapped for `_python_selectors` while inside;
    without `teasers` (no id or class names one), no teaser prune. (compare_extraction prunes the raw tree with
    OVERALL_DISCARD_XPATH too, held by its own module.)"""
    from trafilatura import external, main_extractor

    overall, precision, teaser, body = (
        main_extractor.OVERALL_DISCARD_XPATH,
        main_extractor.PRECISION_DISCARD_XPATH,
        main_extractor.TEASER_DISCARD_XPATH,
        main_extractor.BODY_XPATH,
    )
    furniture, edges, frame = _python_selectors()
    main_extractor.BODY_XPATH = [frame, *body[1:]]
    main_extractor.OVERALL_DISCARD_XPATH = external.OVERALL_DISCARD_XPATH = furniture
    main_extractor.PRECISION_DISCARD_XPATH = [precision[0], edges]
    main_extractor.TEASER_DISCARD_XPATH = teaser if teasers else []
    try:
        yield
    finally:
        main_extractor.OVERALL_DISCARD_XPATH = external.OVERALL_DISCARD_XPATH = overall
        main_extractor.PRECISION_DISCARD_XPATH = precision
        main_extractor.TEASER_DISCARD_XPATH = teaser
        main_extractor.BODY_XPATH = body


class PreciseRuns:
    """trafilatura's precision mode on one page, fast and full, through its stages when `staged`."""

    def __init__(
        self,
        tree: lxml_html.HtmlElement,
        *,
        include_links: bool,
        include_images: bool,
        include_tables: bool,
        include_formatting: bool,
        include_comments: bool,
    ) -> None:
        import trafilatura

        self.tree = tree
        self._links, self._images, self._tables = include_links, include_images, include_tables
        self._formatting = include_formatting
        # bare_extraction gives the same result: the installed version, comments off, not a forum thread.
        self.staged = trafilatura.__version__ == TESTED_VERSION and not include_comments and not _may_be_forum(tree)
        marks = _marks(tree) if self.staged else ""
        self._raw_prune = _holds(marks, _RAW_NEEDLES)
        self._comment_prunes = _holds(marks, _COMMENT_NEEDLES)
        self._shared = "easer" not in marks or _TEASERS.search(marks) is None
        # The fast run's cleaned tree before conversion, its main extraction and that extraction's text.
        self._main: tuple[Any, Any, str] | None = None

    def extract(self, *, fast: bool) -> Any:
        """bare_extraction(tree, favor_precision=True, fast=fast, include_...=...) for a page that is
        `staged`: its result (a Document whose body is set), or None when it found nothing."""
        from trafilatura.external import compare_extraction
        from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
        from trafilatura.main_extractor import extract_content
        from trafilatura.settings import Document, Extractor
        from trafilatura.xpaths import REMOVE_COMMENTS_XPATH

        assert self.staged, "this page goes through bare_extraction"
        options = Extractor(
            output_format="html",
            fast=fast,
            precision=True,
            comments=False,
            links=self._links,
            images=self._images,
            tables=self._tables,
            formatting=self._formatting,
        )
        try:
            raw = self._raw()
            if not fast and self._main is not None:
                backup, body, text = self._main
                self._main = None
            else:
                # trafilatura cleans a copy of the raw tree and keeps a backup of the cleaned one, for the
                # comparison with readability and jusText; the fast path reads neither again unless the full
                # run will share its extraction.
                cleaned = tree_cleaning(raw if fast else copy(raw), options)
                backup = copy(cleaned) if not fast or self._shared else None
                cleaned = convert_tags(cleaned, options, None)
                if self._comment_prunes:
                    cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
                with _selected_in_python(teasers=not self._shared):
                    body, text = extract_content(cleaned, options)
                if fast and self._shared:
                    self._main = (backup, deepcopy(body), text)  # serialising the result changes its tree
            if not fast:
                with _selected_in_python(teasers=not self._shared):
                    body, text = compare_extraction(backup, raw, body, text, options)  # raw is not read again
            if options.max_tree_size and len(body) > options.max_tree_size:
                etree.strip_tags(body, "hi")
                if len(body) > options.max_tree_size:
                    return None
            # No comments: their length (0) is under the comments' minimum whenever that is positive.
            if len(text) < options.min_output_size and options.min_output_comm_size > 0:
                return None
        except (TypeError, ValueError):  # bare_extraction's own "discarding data"
            return None
        document = Document()
        document.body = body
        return document

    def _raw(self) -> lxml_html.HtmlElement:
        """bare_extraction's copy of the tree, pruned as trafilatura_sequence prunes it (where a prune can match)."""
        from trafilatura.htmlprocessing import prune_unwanted_nodes
        from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

        raw = copy(self.tree)
        if self._raw_prune:
            raw = prune_unwanted_nodes(raw, RAW_TREE_PRUNE_XPATH)
        if self._comment_prunes:
            raw = prune_unwanted_nodes(raw, REMOVE_COMMENTS_AND_LISTS_XPATH)
        return raw

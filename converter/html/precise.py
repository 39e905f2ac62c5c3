"""trafilatura's precision mode run stage by stage, without the prunes that cannot match the page.

`bare_extraction` runs three XPath prunes around its main extractor: infinite-scroll containers and
share bars (on the raw tree), and reader-comment sections (on the raw tree, and again on the cleaned
one). Their EXSLT regular expressions call back into Python for every div, section and list of the
page: about 9% of a Scrapinghub page's CPU. Each of them can only match an element whose id or class
holds one of a few strings (_NEEDLES), and trafilatura never writes an id or a class. So when no id
or class of the tree holds one (nine pages in ten, once html.comments has dropped the reader
comments), those prunes delete nothing, and `extract_precise` runs the rest of the same sequence
itself through trafilatura's own stage functions (`tree_cleaning`, `convert_tags`, `extract_content`,
`compare_extraction`), with one copy of the tree in fast mode where `bare_extraction` makes three
(the fast path reads neither its backup nor the raw tree again).

The sequence is trafilatura 2.3.1's (`core.bare_extraction` and `core.trafilatura_sequence`, with
precision on, comments off, no URL, no metadata, no deduplication, no language filter). Another
version of trafilatura, or a page with a needle, goes through `bare_extraction` unchanged:
tests/html/test_precise.py checks that both give the same HTML.
"""

from __future__ import annotations

import re
from copy import copy, deepcopy
from typing import Any

from lxml import etree
from lxml import html as lxml_html

# The version whose sequence this follows; any other runs bare_extraction.
TESTED_VERSION = "2.3.1"

# A string that every id or class matched by RAW_TREE_PRUNE_XPATH ('mvp-post-add-(box|wrap)',
# 'infinite-?scroll', 'elementor-share-buttons'), REMOVE_COMMENTS_AND_LISTS_XPATH or REMOVE_COMMENTS_XPATH
# ('^[Cc]omment(?!ary)', 'comol', 'disqus_thread', 'dsq-comments', '(article|post)-comments') holds.
# Case matters: the EXSLT tests and contains() are case-sensitive. (Tested with `in`: several times
# faster than one pattern of alternatives.)
_NEEDLES = ("mvp-post-add", "infinite", "elementor-share-buttons", "omment", "comol", "disqus_thread")
# TEASER_DISCARD_XPATH: an id or class holding 'teaser' once its T's are made t's.
_TEASERS = re.compile("[Tt]easer")
# Two paths, not one union: a union is sorted in document order, up to three times the time.
_IDS = etree.XPath("//@id", smart_strings=False)
_CLASSES = etree.XPath("//@class", smart_strings=False)


def prunes_idle(tree: lxml_html.HtmlElement) -> bool:
    """No id or class of the tree holds a needle: trafilatura's raw-tree and comment prunes delete nothing."""
    return _idle(_marks(tree))


def _marks(tree: lxml_html.HtmlElement) -> str:
    """Every id and class of the tree, apart (no needle holds a space)."""
    return " ".join(_IDS(tree) + _CLASSES(tree))


def _idle(marks: str) -> bool:
    return not any(needle in marks for needle in _NEEDLES)


class PreciseRuns:
    """trafilatura's precision mode on one page, fast and full, through its stages when `staged`.

    The full cascade is the fast path's main extraction plus a comparison with readability and jusText;
    `extract_content` reads the fast flag only to keep teaser blocks when it recovers text outside the main
    frame. So on a page with no id or class naming a teaser (TEASER_DISCARD_XPATH's test), the full run
    takes the fast run's main extraction (kept as it was before serialisation) and runs the comparison only.
    """

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
        self._include = {"links": include_links, "images": include_images, "tables": include_tables}
        self._include["formatting"] = include_formatting
        ok = trafilatura.__version__ == TESTED_VERSION and not include_comments
        marks = _marks(tree) if ok else ""
        # bare_extraction gives the same result (installed version, comments off, idle prunes).
        self.staged = ok and _idle(marks)
        self._shared = self.staged and ("easer" not in marks or _TEASERS.search(marks) is None)
        # The fast run's cleaned tree before conversion, its main extraction and that extraction's text.
        self._main: tuple[Any, Any, str] | None = None

    def extract(self, *, fast: bool) -> Any:
        """bare_extraction(tree, favor_precision=True, fast=fast, include_...=...) for a page that is
        `staged`: its result (a Document whose body is set), or None when it found nothing."""
        from trafilatura.external import compare_extraction
        from trafilatura.htmlprocessing import convert_tags, tree_cleaning
        from trafilatura.main_extractor import extract_content
        from trafilatura.settings import Document, Extractor

        assert self.staged, "a page whose prunes could match goes through bare_extraction"
        options = Extractor(output_format="html", fast=fast, precision=True, comments=False, **self._include)
        try:
            if not fast and self._main is not None:
                backup, body, text = self._main
                self._main = None
            else:
                # bare_extraction's copy of the tree (the prunes would leave it as it is). trafilatura cleans
                # a copy of it and keeps a backup of the cleaned tree, for the comparison with readability and
                # jusText; the fast path reads neither again unless the full run will share its extraction.
                raw = copy(self.tree)
                cleaned = tree_cleaning(raw if fast else copy(raw), options)
                backup = copy(cleaned) if not fast or self._shared else None
                body, text = extract_content(convert_tags(cleaned, options, None), options)
                if fast and self._shared:
                    self._main = (backup, deepcopy(body), text)  # serialising the result changes its tree
            if not fast:
                # trafilatura compares against a copy of its raw tree, which no stage has changed here.
                body, text = compare_extraction(backup, copy(self.tree), body, text, options)
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

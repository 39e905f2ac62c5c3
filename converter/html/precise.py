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
"""

from __future__ import annotations

import re
from copy import copy, deepcopy
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
                body, text = extract_content(cleaned, options)
                if fast and self._shared:
                    self._main = (backup, deepcopy(body), text)  # serialising the result changes its tree
            if not fast:
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

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
from copy import copy
from typing import Any

from lxml import etree
from lxml import html as lxml_html

# The version whose sequence this follows; any other runs bare_extraction.
TESTED_VERSION = "2.3.1"

# A string that every id or class matched by RAW_TREE_PRUNE_XPATH ('mvp-post-add-(box|wrap)',
# 'infinite-?scroll', 'elementor-share-buttons'), REMOVE_COMMENTS_AND_LISTS_XPATH or REMOVE_COMMENTS_XPATH
# ('^[Cc]omment(?!ary)', 'comol', 'disqus_thread', 'dsq-comments', '(article|post)-comments') holds.
# Case matters: the EXSLT tests and contains() are case-sensitive.
_NEEDLES = re.compile("mvp-post-add|infinite|elementor-share-buttons|omment|comol|disqus_thread")
_IDS_AND_CLASSES = etree.XPath("//@id|//@class", smart_strings=False)


def prunes_idle(tree: lxml_html.HtmlElement) -> bool:
    """No id or class of the tree holds a needle: trafilatura's raw-tree and comment prunes delete nothing."""
    return _NEEDLES.search(" ".join(_IDS_AND_CLASSES(tree))) is None


def staged(tree: lxml_html.HtmlElement, *, include_comments: bool, **_: bool) -> bool:
    """`extract_precise` gives what bare_extraction gives for this tree (installed version, comments off,
    idle prunes)."""
    import trafilatura

    return trafilatura.__version__ == TESTED_VERSION and not include_comments and prunes_idle(tree)


def extract_precise(
    tree: lxml_html.HtmlElement,
    *,
    fast: bool,
    include_links: bool,
    include_images: bool,
    include_tables: bool,
    include_formatting: bool,
    include_comments: bool = False,
) -> Any:
    """bare_extraction(tree, favor_precision=True, fast=fast, include_...=...) for a tree that `staged`
    accepts: its result (a Document whose body is set), or None when it found nothing."""
    if include_comments:
        raise ValueError("the staged sequence runs with comments off")
    from trafilatura.external import compare_extraction
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.main_extractor import extract_content
    from trafilatura.settings import Document, Extractor

    options = Extractor(
        output_format="html",
        fast=fast,
        precision=True,
        comments=False,
        formatting=include_formatting,
        links=include_links,
        images=include_images,
        tables=include_tables,
    )
    try:
        raw = copy(tree)  # bare_extraction's copy (the prunes would have left it as it is)
        # trafilatura cleans a copy of the raw tree and keeps a backup of the cleaned one, for the
        # comparison with readability and jusText; the fast path reads neither again.
        cleaned = tree_cleaning(raw if fast else copy(raw), options)
        backup = None if fast else copy(cleaned)
        body, text = extract_content(convert_tags(cleaned, options, None), options)
        if backup is not None:
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

"""Reader comments taken out of the page before extraction: they are furniture, not the article.

trafilatura drops a comment section only when a class or id *starts* with "comment" (its
include_comments=False); forum widgets and site themes name theirs otherwise
("xenforo-comment-widget", "story-comments", "fb-comments"), and it then keeps every post after
the article. Any element whose class or id names comments is dropped here, unless it holds half
the page's paragraph words or more: then it is the article's own container ("has-comments").
"Commentary" and "commentator" name articles and their writers, not comments.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree
from lxml import html as lxml_html

from converter.html.text import paragraph_words

_COMMENTS = re.compile(r"comment(?!ary|ator)", re.IGNORECASE)
# Cheap preselection in C: what the pattern could match at all (walking the attributes, not every element's
# attributes in turn, takes half the time).
_MAYBE = etree.XPath("//@class[contains(., 'omment')]/.. | //@id[contains(., 'omment')]/..")
# A marked element holding this share of the page's paragraph words is the article's container; on a page
# with fewer paragraph words than _MIN_PAGE_WORDS there is too little to tell, and nothing is dropped.
_MAX_PAGE_SHARE = 0.5
_MIN_PAGE_WORDS = 50


def comment_sections(
    root: lxml_html.HtmlElement, page_words: Callable[[], int] | None = None
) -> list[lxml_html.HtmlElement]:
    """The reader-comment sections of `root`, outermost only, in document order. `page_words`: the paragraph
    words of `root` (text.paragraph_words), when the caller counts them for later steps too."""
    marked = [el for el in _MAYBE(root) if _COMMENTS.search(f"{el.get('class') or ''} {el.get('id') or ''}")]
    if not marked:
        return []
    words = page_words() if page_words is not None else paragraph_words(root)
    if words < _MIN_PAGE_WORDS:
        return []
    doomed: list[lxml_html.HtmlElement] = []
    # Looked up by identity (lxml elements hash so): one walk up from each element, not one per section
    # found (a forum page marks thousands of posts).
    taken: set[lxml_html.HtmlElement] = set()
    for el in marked:  # document order: an ancestor comes before what it holds
        if el.tag in ("html", "body") or el in taken or any(a in taken for a in el.iterancestors()):
            continue
        if paragraph_words(el) < _MAX_PAGE_SHARE * words:
            doomed.append(el)
            taken.add(el)
    return doomed


def drop_comments(root: lxml_html.HtmlElement, page_words: Callable[[], int] | None = None) -> bool:
    """Remove the reader-comment sections from `root` (in place); whether any was found."""
    sections = comment_sections(root, page_words)
    for el in sections:
        if el.getparent() is not None:
            el.drop_tree()
    return bool(sections)

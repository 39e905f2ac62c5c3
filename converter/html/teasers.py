"""Teaser lists at the foot of an extracted body: other stories, each a headline, a line and a link.

Blogs and press rooms end an article with their latest posts: a list whose every item is a
headline, a sentence or two of teaser, a "Read more" link and a date. trafilatura keeps such a
list when it sits in the article's container. An item is a teaser when it holds a heading, links
to one other page and is short; a list of at least MIN_ITEMS such items ending the body is a
related block, not the article. This runs before cleanup drops the "Read more" links that show it.
"""

from __future__ import annotations

from lxml import html as lxml_html

from converter.article import RelatedLink
from converter.html.parse import fragment_copy
from converter.html.related import drop_trailing_lists
from converter.html.text import element_text
from converter.urls import clean_url

# An item longer than this is a section of the article, not a teaser of another one.
MAX_WORDS = 60
MIN_ITEMS = 3
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Wrappers that hold a whole body (readability returns <div class=page><div>...</div></div>).
_WRAPPERS = ("div", "section", "article", "main", "body")


def teaser_item(item: lxml_html.HtmlElement, base: str | None) -> RelatedLink | None:
    """The story an item teases (its headline and link), or None when the item is not a teaser."""
    heading = next(item.iter(*_HEADINGS), None)
    if heading is None or len(element_text(item).split()) > MAX_WORDS:
        return None
    targets = {href.strip() for a in item.iter("a") if (href := a.get("href")) and href.strip()}
    headline = element_text(heading)
    if len(targets) != 1 or len(headline.split()) < 3:
        return None
    url = clean_url(targets.pop(), base)
    # A page saved without its address leaves relative links: the story is still named.
    return RelatedLink(title=headline, url=url if url and url.startswith("http") else None)


def _last_block(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The body's last block holding text, inside wrappers that hold the whole body; an image or a
    rule after a list does not hide the list."""
    container = root
    while True:
        texts = [child for child in container if element_text(child)]
        if len(texts) != 1 or texts[0].tag not in _WRAPPERS or (container.text or "").strip():
            return texts[-1] if texts else None
        container = texts[0]


def take_teasers(fragment: str, base: str | None) -> tuple[str, list[RelatedLink]]:
    """`fragment` without the teaser lists that end it, and the stories they link to."""
    if "<li" not in fragment:
        return fragment, []
    root = fragment_copy(fragment)
    found = drop_trailing_lists(root, lambda item: teaser_item(item, base), MIN_ITEMS, _last_block)
    if not found:
        return fragment, []
    return lxml_html.tostring(root, encoding="unicode"), found

"""Blocks of links to other articles ("Related", "Read more", "You may also like", ...).

Found generally, never by site: a short label whose text is a related-links phrase, next to (or
heading) a link-dense block whose links look like articles. Such blocks are cut out of the page
before the main-content extractors see it, and their links become `Article.related`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from lxml import html as lxml_html

from converter.article import RelatedLink
from converter.html.parse import fragment_copy, shared_fragment
from converter.html.text import element_text, paragraph_words
from converter.urls import clean_url

_LABEL = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|story|content|coverage|news|posts?|links?|reading|topics))?"
    r"|more\s+(?:on|about)\s+(?:this|the)\s+(?:story|topic|subject)"
    r"|more\s+(?:[\w'’]+\s+){0,3}(?:stories|articles|news|coverage|reads|videos)"
    r"(?:\s+(?:from|on|in|like\s+this)\b.*)?|more\s+from\s+.{1,40}|more\s+in\s+.{1,40}"
    r"|(?:also\s+)?read\s+(?:more|next|also)|also\s+read|see\s+also|further\s+reading|recommended(?:\s+for\s+you)?"
    r"|(?:you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in))|(?:most\s+(?:read|popular|viewed|shared))"
    r"|what\s+to\s+read\s+next|up\s+next|don'?t\s+miss|trending(?:\s+now)?|popular(?:\s+(?:now|stories|posts))?"
    r"|latest\s+(?:news|stories|articles)|editor'?s\s+picks?|top\s+stories"
    # A few common non-English labels (the corpus is multilingual).
    r"|leia\s+(?:também|mais)|veja\s+também|mais\s+lidas|lesen\s+sie\s+auch|mehr\s+zum\s+thema|weitere\s+artikel"
    r"|leggi\s+anche|potrebbe\s+interessarti|baca\s+juga|artikel\s+terkait|ver\s+también|lire\s+aussi"
    r"|à\s+lire\s+aussi|читайте\s+также|по\s+теме|관련\s*기사)\s*[:»>…-]*$",
    re.IGNORECASE,
)
# An inline teaser paragraph: "Related: <a>Another story</a>".
_INLINE_LABEL = re.compile(
    r"^\s*(?:related|read\s+more|read\s+also|also\s+read|see\s+also|more|recommended|leia\s+também|"
    r"lesen\s+sie\s+auch|leggi\s+anche|baca\s+juga)\s*[:»>|-]\s*",
    re.IGNORECASE,
)
_LABEL_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "span",
    "strong",
    "b",
    "div",
    "header",
    "legend",
    "dt",
    "caption",
    "figcaption",
    "label",
    "em",
}
_MAX_LABEL_WORDS = 8
_MAX_LABEL_CHARS = 1000
# A block holding this share of the page's paragraph words (on a page with this many) is the article.
_MAX_PAGE_SHARE = 0.5
_MIN_PAGE_WORDS = 100


def is_related_label(text: str) -> bool:
    """'Related stories', 'More Great WIRED Stories', 'You may also like': a related block's label."""
    return 0 < len(text.split()) <= _MAX_LABEL_WORDS and bool(_LABEL.match(text))


def _article_links(block: lxml_html.HtmlElement, base: str | None) -> list[RelatedLink]:
    """The links in `block` that look like articles: a title of a few words and a page URL."""
    links: list[RelatedLink] = []
    seen: set[str] = set()
    for anchor in block.iter("a"):
        title = element_text(anchor)
        if len(title.split()) < 3:
            continue
        url = clean_url(anchor.get("href"), base)
        if not url or not url.startswith("http") or url in seen:
            continue
        seen.add(url)
        links.append(RelatedLink(title=title, url=url))
    return links


def _link_density(block: lxml_html.HtmlElement) -> float:
    total = len(element_text(block))
    if not total:
        return 0.0
    linked = sum(len(element_text(a)) for a in block.iter("a"))
    return linked / total


def _is_link_block(
    block: lxml_html.HtmlElement,
    label: lxml_html.HtmlElement | None,
    base: str | None,
    page_words: Callable[[], int],
) -> bool:
    links = _article_links(block, base)
    if len(links) < 2:
        return False
    text_len = len(element_text(block)) - (len(element_text(label)) if label is not None else 0)
    linked = sum(len(link.title) for link in links)
    # Teasers under each link are fine; running prose with a few links is not.
    if not (text_len > 0 and linked / text_len >= 0.45 and len(element_text(block)) < 400 * len(links)):
        return False
    # A container holding most of the page's paragraphs is the article's own, however many links sit
    # around the story (a "Read next" label at its foot leads up to it).
    words = page_words()
    return words < _MIN_PAGE_WORDS or paragraph_words(block) < _MAX_PAGE_SHARE * words


def _following_block(
    label: lxml_html.HtmlElement, base: str | None, page_words: Callable[[], int]
) -> lxml_html.HtmlElement | None:
    """The label's container (going up a few levels), or the sibling right after it."""
    node: lxml_html.HtmlElement | None = label
    for _ in range(4):
        if node is None:
            return None
        sibling = node.getnext()
        if sibling is not None and _is_link_block(sibling, None, base, page_words):
            return sibling
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        if _is_link_block(parent, label, base, page_words):
            return parent
        node = parent
    return None


def _labels(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The labels in document order.

    Read from the last element up, so that what an element holds is read before it: a text too long for a
    label makes every element around it too long as well (a part's characters and words are never more
    than the whole's), and their texts (often half the page) are never read.
    """
    too_long: set[lxml_html.HtmlElement] = set()
    found = []
    for el in reversed(list(root.iter(*_LABEL_TAGS))):
        if el in too_long:
            continue
        raw = el.text_content()
        # Eight words, however indented, are far shorter than _MAX_LABEL_CHARS: a container of the page is
        # not a label, and its whole text is not split.
        words = raw.split() if len(raw) <= _MAX_LABEL_CHARS else None
        if words is None or len(words) > _MAX_LABEL_WORDS:
            for holder in (el, *el.iterancestors()):
                if holder in too_long:
                    break
                too_long.add(holder)
            continue
        # Site navigation ("Latest news" menus) is not the article's own recommendation.
        if (
            words
            and _LABEL.match(" ".join(words))
            and not any(a.tag in ("nav", "header", "footer") for a in el.iterancestors())
        ):
            found.append(el)
    return found[::-1]


Teaser = tuple[lxml_html.HtmlElement, RelatedLink]


def _inline_teasers(root: lxml_html.HtmlElement, base: str | None) -> Iterator[Teaser]:
    """`<p>Related: <a>Title</a></p>`: one link that is nearly all of the paragraph after the label."""
    for para in root.iter("p", "li", "h3", "h4"):
        if not _INLINE_LABEL.match(para.text_content()):  # cheap test first: few paragraphs start so
            continue
        text = element_text(para)
        match = _INLINE_LABEL.match(text)
        anchors = para.findall(".//a")
        if not match or len(anchors) != 1:
            continue
        rest = text[match.end() :]
        links = _article_links(para, base)
        if links and len(links[0].title) >= 0.8 * len(rest):
            yield para, links[0]


def _drop(el: lxml_html.HtmlElement) -> None:
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


def take_related(
    root: lxml_html.HtmlElement, base: str | None, page_words: Callable[[], int] | None = None
) -> list[RelatedLink]:
    """Remove related-links blocks from `root` (in place) and return their links, in page order (none: `root`
    is unchanged, as every block cut holds two links or more, every inline teaser one). `page_words`: the
    paragraph words of `root` (text.paragraph_words), when the caller counts them for later steps too."""
    found: list[RelatedLink] = []
    blocks: list[tuple[lxml_html.HtmlElement, lxml_html.HtmlElement]] = []
    # Counted when a block is first weighed, before anything is cut: most pages have no label, and no count.
    if page_words is None:
        page_words = cache(lambda: paragraph_words(root))
    for label in list(_labels(root)):
        if any(label in blk.iterancestors() or label is blk for _, blk in blocks):
            continue
        block = _following_block(label, base, page_words)
        if block is not None:
            blocks.append((label, block))
    for label, block in blocks:
        found.extend(_article_links(block, base))
        if label.getparent() is not None and block not in label.iterancestors():
            _drop(label)
        _drop(block)
    for para, link in list(_inline_teasers(root, base)):
        found.append(link)
        _drop(para)
    unique: dict[str, RelatedLink] = {}
    for link in found:
        unique.setdefault(link.url or link.title, link)
    return list(unique.values())


def _single_link_item(item: lxml_html.HtmlElement, base: str | None) -> RelatedLink | None:
    links = _article_links(item, base)
    if len(links) != 1 or len(item.findall(".//a")) != 1:
        return None
    return links[0] if len(links[0].title) >= 0.9 * len(element_text(item)) else None


def drop_trailing_lists(
    root: lxml_html.HtmlElement,
    read_item: Callable[[lxml_html.HtmlElement], RelatedLink | None],
    min_items: int,
    last_block: Callable[[lxml_html.HtmlElement], lxml_html.HtmlElement | None],
) -> list[RelatedLink]:
    """The links of the lists that end `root` (its `last_block`, again and again), removed from it: each a
    list of at least `min_items` items that `read_item` all reads as a link to another story."""
    found: list[RelatedLink] = []
    while (last := last_block(root)) is not None and last.tag in ("ul", "ol"):
        items = list(last)
        links = [read_item(item) for item in items]
        if len(items) < min_items or not all(links):
            break
        found = [link for link in links if link] + found
        last.drop_tree()
    return found


def _last_child(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    return root[-1] if len(root) else None


def take_trailing_links(fragment: str, base: str | None) -> tuple[str, list[RelatedLink]]:
    """A list of article links ending the extracted body, without a label, is a related block too."""
    if "<a" not in fragment:
        return fragment, []
    # Most bodies end in a paragraph: asked of the shared parse, which the Markdown step reads next, the copy
    # that a cut needs is not made (drop_trailing_lists stops at once on it, changing nothing).
    last = _last_child(shared_fragment(fragment))
    if last is None or last.tag not in ("ul", "ol"):
        return fragment, []
    root = fragment_copy(fragment)
    found = drop_trailing_lists(root, lambda item: _single_link_item(item, base), 2, _last_child)
    if not found:
        return fragment, []
    return lxml_html.tostring(root, encoding="unicode"), found

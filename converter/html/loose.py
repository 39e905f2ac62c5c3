"""Put back the article's loose text: runs of words set straight in its container, outside any block.

Pages of the 2000s wrote a story as bare text with `<p>` only between paragraphs (the first one has
none), or let an advert box break a paragraph, leaving the rest of it as the box's tail. trafilatura
reads blocks and drops such runs, often the lead paragraph. A run comes back when it sits directly in
the element that holds the paragraphs we kept (their common ancestor, not the page's body), holds
MIN_WORDS words or more (an advert's label or a "|" between links holds fewer), and is not mostly in
the result already. It goes next to the kept paragraph that precedes it in the page, or before the
first kept one that follows it.

Measured (train/html_losses.py): wceb-train F1 0.927 → 0.929, mean page F1 0.919 → 0.920 (10 pages
better, none worse); NAEB one page +0.011; Scrapinghub unchanged. MIN_WORDS 6 gives the same, 20
loses three of the pages.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from converter.html.parse import fragment_copy
from converter.html.recover import common_ancestor, element_key, shared_share
from converter.textkey import WORD

# A run shorter than this is a label, a separator or a date, not a paragraph.
MIN_WORDS = 12
# ... and one with this share of its 4-word runs already in the result is there in another form.
MAX_PRESENT = 0.3
_BLOCKS = ("p", "li", "blockquote", "h2", "h3", "h4", "pre")
# Found in C: the text nodes long enough for MIN_WORDS words (five characters a word), set in an element
# that holds blocks (a paragraph's own text, a link's or a heading's are not loose): the cheap test
# that the page has a run at all, which a third of the pages fail.
_HOLDERS = ("div", "td", "span", "section", "article", "main", "center", "font")
# The raw length first: normalize-space never lengthens a text, so a node it rules out is never normalised, and
# the parent's tag is asked only of the few long nodes (the same nodes in the same order as
# `//*[self::div or ...]/text()[string-length(normalize-space(.)) >= N]`, 40% less time).
_LONG_RUNS = etree.XPath(
    f"//text()[string-length(.) >= {5 * MIN_WORDS}][string-length(normalize-space(.)) >= {5 * MIN_WORDS}]"
    "[parent::*[" + " or ".join(f"self::{tag}" for tag in _HOLDERS) + "]]"
)


def long_run_holders(original: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements holding a text run of their own long enough for MIN_WORDS words, in page order."""
    holders: dict[lxml_html.HtmlElement, None] = {}
    for text in _LONG_RUNS(original):
        # A tail is its element's parent's run; lxml names the element it follows.
        holder = text.getparent().getparent() if text.is_tail else text.getparent()
        if holder is not None and holder.tag not in ("html", "body"):
            holders.setdefault(holder)
    return list(holders)


def _holders(candidates: list[lxml_html.HtmlElement]) -> set[lxml_html.HtmlElement]:
    """The elements that could be the kept paragraphs' container with a run in it: each holds a long text run
    of its own and two paragraphs or more (the parse and the keys below are spared on the other pages)."""
    return {holder for holder in candidates if sum(1 for _ in holder.iter("p")) >= 2 and _runs(holder)}


def _runs(container: lxml_html.HtmlElement) -> list[tuple[str, int]]:
    """The container's own text runs, each with the index of the child it follows (-1: before all)."""
    runs = [(container.text or "", -1)]
    runs += [(child.tail or "", n) for n, child in enumerate(container)]
    return [(" ".join(text.split()), n) for text, n in runs if len(WORD.findall(text)) >= MIN_WORDS]


def recover_loose_text(
    original: lxml_html.HtmlElement, fragment: str, candidates: list[lxml_html.HtmlElement] | None = None
) -> str:
    """`fragment` with the runs of text its paragraphs' container holds outside any element put back.

    `candidates`: long_run_holders(original), when the caller has it already.
    """
    if not fragment.strip():
        return fragment
    holders = _holders(long_run_holders(original) if candidates is None else candidates)
    if not holders:  # most pages: their text is all in blocks
        return fragment
    out = fragment_copy(fragment)
    kept: dict[str, lxml_html.HtmlElement] = {}
    for el in out.iter(*_BLOCKS):
        key = element_key(el)
        if len(key.split()) >= 4:
            kept.setdefault(key, el)
    paragraphs = [p for p in original.iter("p") if element_key(p) in kept]
    container = common_ancestor(paragraphs)
    if len(paragraphs) < 2 or container is None or container.tag in ("html", "body") or container not in holders:
        return fragment
    children = list(container)
    anchors = [kept.get(element_key(child)) if child.tag in _BLOCKS else None for child in children]
    present = element_key(out)
    changed = False
    for text, after in _runs(container):
        key = " ".join(WORD.findall(text.casefold()))
        if shared_share(key, present) >= MAX_PRESENT:
            continue
        block = lxml_html.Element("p")
        block.text = text
        before = next((a for a in reversed(anchors[: after + 1]) if a is not None), None)
        if before is not None:
            before.addnext(block)
        else:
            following = next((a for a in anchors[after + 1 :] if a is not None), None)
            if following is None:
                continue
            following.addprevious(block)
        present += " " + key
        changed = True
    return lxml_html.tostring(out, encoding="unicode") if changed else fragment

"""Caps on what the extractors see, so that pathological pages convert in seconds.

Some shapes of markup cost far more than their size: thousands of `<span>`s in one paragraph,
tens of thousands of short `<p>`s, a table row with 20,000 cells. trafilatura's XPath queries
(`//p//text()` above all) are quadratic inside libxml2 on them, and every later pass pays per
element: 1.4 MB of such a page took 120 s. No article is written that way, so past generous
limits the excess is flattened into text (its words are kept, its markup is not). Pages within
the limits, which is every normal page, are left exactly as they are.
"""

from __future__ import annotations

from lxml import html as lxml_html

# Inline elements in one element beyond this are flattened into text.
MAX_INLINE_CHILDREN = 500
# Cells in one table row beyond this are folded into the last cell kept.
MAX_ROW_CELLS = 200
# Children of one element beyond this: runs of short text blocks are merged, this many to a block.
MAX_CHILDREN = 2_000
MERGED_BLOCKS = 50
# A block this short (characters of text) and without element children of its own may be merged.
SHORT_BLOCK = 200

_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
    }
)
_CELLS = frozenset({"td", "th"})
_TEXT_BLOCKS = frozenset({"p", "div", "li", "dd", "dt", "blockquote"})


def cap_tree(root: lxml_html.HtmlElement) -> None:
    """Flatten what lies past the limits, in place."""
    limit = min(MAX_INLINE_CHILDREN, MAX_ROW_CELLS, MAX_CHILDREN)
    # Found first, changed after: an element's children are only counted once, before any change.
    crowded = [element for element in root.iter() if len(element) > limit]
    for element in crowded:
        if element.tag == "tr":
            _fold_cells(element)
        _flatten_inline(element)
        if len(element) > MAX_CHILDREN:
            _merge_short_blocks(element)


def _full_text(element: lxml_html.HtmlElement) -> str:
    """The element's text and its tail: what it shows in the flow of its parent."""
    return element.text_content() + (element.tail or "")


def _append_text(parent: lxml_html.HtmlElement, before: lxml_html.HtmlElement | None, text: str) -> None:
    """Text placed where the children after `before` (or the first child, when None) used to be."""
    if before is None:
        parent.text = (parent.text or "") + text
    else:
        before.tail = (before.tail or "") + text


def _flatten_inline(element: lxml_html.HtmlElement) -> None:
    children = list(element)
    inline = 0
    index = 0
    while index < len(children):
        child = children[index]
        if not (isinstance(child.tag, str) and child.tag in _INLINE):
            index += 1
            continue
        inline += 1
        if inline <= MAX_INLINE_CHILDREN:
            index += 1
            continue
        # A run of inline children past the limit becomes one piece of text (joined once: adding
        # each to a growing tail would copy it every time).
        end = index
        while end < len(children) and isinstance(children[end].tag, str) and children[end].tag in _INLINE:
            end += 1
        run = children[index:end]
        _append_text(element, children[index - 1] if index else None, "".join(_full_text(c) for c in run))
        for child in run:
            element.remove(child)
        index = end


def _fold_cells(row: lxml_html.HtmlElement) -> None:
    cells = [child for child in row if child.tag in _CELLS]
    if len(cells) <= MAX_ROW_CELLS:
        return
    last = cells[MAX_ROW_CELLS - 1]
    excess = cells[MAX_ROW_CELLS:]
    last.append(_text_element("span", " " + " ".join(cell.text_content().strip() for cell in excess)))
    for cell in excess:
        row.remove(cell)


def _short_block(element: lxml_html.HtmlElement) -> bool:
    return (
        isinstance(element.tag, str)
        and element.tag in _TEXT_BLOCKS
        and len(element) == 0
        and len(element.text or "") < SHORT_BLOCK
    )


def _merge_short_blocks(element: lxml_html.HtmlElement) -> None:
    children = list(element)[MAX_CHILDREN:]
    group: list[lxml_html.HtmlElement] = []
    for child in [*children, None]:
        if child is not None and _short_block(child) and len(group) < MERGED_BLOCKS:
            group.append(child)
            continue
        if len(group) > 1:
            first = group[0]
            first.text = " ".join((block.text or "").strip() for block in group)
            first.tail = "".join(block.tail or "" for block in group)
            for block in group[1:]:
                element.remove(block)
        group = [child] if child is not None and _short_block(child) else []


def _text_element(tag: str, text: str) -> lxml_html.HtmlElement:
    new = lxml_html.Element(tag)
    new.text = text
    return new

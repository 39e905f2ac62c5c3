"""Put back article blocks the extractor dropped from the middle of the article.

trafilatura leaves out embedded posts (a tweet is a <blockquote> full of links) and now and then a
paragraph it judged too short or too link-heavy. A block is recovered only when it sits in the
same container as the paragraphs that were kept, between the first and the last of them, and
reads as prose: page furniture between paragraphs (ads, share bars, teasers) is rarely a <p> or
a <blockquote> of several words.
"""

from __future__ import annotations

import copy
import re

from lxml import html as lxml_html

from converter.html.parse import fragment_copy
from converter.html.text import element_text, word_runs
from converter.textkey import WORD as _WORD

_CANDIDATES = ("p", "blockquote")
MIN_WORDS = 4
_MAX_LINK_SHARE = 0.6
_MAX_SHARED = 0.3
_SKIP_ANCESTORS = ("aside", "nav", "footer", "form", "figure", "figcaption", "header", "button", "noscript", "table")
_FURNITURE = re.compile(
    r"related|share|social|newsletter|promo|advert|\bads?\b|subscribe|sidebar|comment|caption"
    r"|byline|author|credit|toolbar|signup|outbrain|taboola|recommend",
    re.IGNORECASE,
)
_UNSAFE = ("script", "style", "iframe", "object", "embed", "form", "input", "button", "noscript", "template", "svg")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def element_key(el: lxml_html.HtmlElement) -> str:
    return _key(el.text_content())


def _is_prose(el: lxml_html.HtmlElement) -> bool:
    text = element_text(el)
    if len(text.split()) < MIN_WORDS:
        return False
    linked = sum(len(element_text(a)) for a in el.iter("a"))
    return linked <= _MAX_LINK_SHARE * len(text)


def _is_furniture(el: lxml_html.HtmlElement, container: lxml_html.HtmlElement) -> bool:
    node = el
    while node is not None and node is not container:
        if node.tag in _SKIP_ANCESTORS or _FURNITURE.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


def common_ancestor(elements: list[lxml_html.HtmlElement]) -> lxml_html.HtmlElement | None:
    if not elements:
        return None
    path = [elements[0], *elements[0].iterancestors()]
    for candidate in path:
        if all(candidate is el or candidate in el.iterancestors() for el in elements):
            return candidate
    return None


def _clean_copy(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    block = copy.deepcopy(el)
    block.tail = None
    for bad in [d for d in block.iter() if d.tag in _UNSAFE and d is not block]:
        bad.drop_tree()
    for node in block.iter():
        for attr in [a for a in node.attrib if a not in ("href", "src", "alt")]:
            del node.attrib[attr]
    return block


def shared_share(key: str, present: str) -> float:
    """Share of `key`'s 4-word runs already in `present`."""
    mine = word_runs(key.split())
    return len(mine & word_runs(present.split())) / len(mine) if mine else 1.0


def _is_shortened(block: lxml_html.HtmlElement, key: str) -> bool:
    """`block` is the same paragraph as `key` with some words (a link's text, say) left out."""
    words, full = element_key(block).split(), set(key.split())
    return len(words) >= 0.5 * len(full) and sum(w in full for w in words) >= 0.9 * len(words)


def _unit(el: lxml_html.HtmlElement, container: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The element itself, or the embed wrapper that holds only it (`<div class=embed><blockquote>`)."""
    unit = el
    parent = unit.getparent()
    while (
        parent is not None
        and parent is not container
        and [c for c in parent if c.tag not in ("script", "noscript", "style")] == [unit]
    ):
        unit = parent
        parent = unit.getparent()
    return unit


def _classes(el: lxml_html.HtmlElement) -> set[str]:
    return set((el.get("class") or "").split())


_TWIN_STEPS = 3  # how far up from the container, and how many siblings back, a twin is looked for


def split_twin(container: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The first part of an article body the page split in two, when `container` holds the second.

    Pages break a long body with an ad or a figure into two containers alike: the same tag and a
    class in common (`<div class="body first">`, an ad, `<div class="body">`). The extractor keeps
    the longer part; its twin is a preceding sibling of the container or of one of its nearest
    ancestors.
    """
    node: lxml_html.HtmlElement | None = container
    for _ in range(_TWIN_STEPS):
        if node is None or node.tag in ("html", "body"):
            return None
        classes = _classes(node)
        sibling = node.getprevious()
        for _ in range(_TWIN_STEPS):
            if sibling is None or not classes:
                break
            if sibling.tag == node.tag and classes & _classes(sibling):
                return sibling
            sibling = sibling.getprevious()
        node = node.getparent()
    return None


def _twin_lead(twin: lxml_html.HtmlElement, known: str) -> list[lxml_html.HtmlElement]:
    """The twin's paragraphs, when the twin is article prose: every paragraph reads as prose, none
    is known already, and they hold most of the twin's words (a sidebar of the same class does not)."""
    if _FURNITURE.search(f"{twin.get('class') or ''} {twin.get('id') or ''}"):
        return []
    paragraphs = [p for p in twin.iter("p") if not any(a.tag in _CANDIDATES for a in p.iterancestors())]
    if not paragraphs or any(not _is_prose(p) or _is_furniture(p, twin) for p in paragraphs):
        return []
    words = sum(len(element_key(p).split()) for p in paragraphs)
    if words < 0.8 * len(element_key(twin).split()):
        return []
    if any(shared_share(element_key(p), known) >= _MAX_SHARED for p in paragraphs):
        return []
    return paragraphs


def recover_blocks(original: lxml_html.HtmlElement, fragment: str) -> str:
    """`fragment` with prose blocks from `original` that fall inside the kept article put back.

    A dropped <p> comes back only between two kept paragraphs (its element siblings); a dropped
    <blockquote> (a quote, an embedded post) right after a kept or recovered block.
    """
    if not fragment.strip():
        return fragment
    out = fragment_copy(fragment)
    kept: dict[str, lxml_html.HtmlElement] = {}
    for el in out.iter("p", "blockquote", "li", "h2", "h3", "h4"):
        key = element_key(el)
        if len(key.split()) >= MIN_WORDS:
            kept.setdefault(key, el)
    if len(kept) < 2:
        return fragment
    # Each original paragraph's key, computed once: the container's own are looked up again below.
    keys = {p: element_key(p) for p in original.iter("p")}
    paragraphs = [p for p, key in keys.items() if key in kept]
    container = common_ancestor(paragraphs)
    if container is None or container.tag in ("html", "body"):
        return fragment
    present = element_key(out)  # (read once the container is known: `out` is unchanged until below)

    def kept_block(node: lxml_html.HtmlElement | None) -> lxml_html.HtmlElement | None:
        return kept.get(element_key(node)) if node is not None else None

    recovered: dict[lxml_html.HtmlElement, lxml_html.HtmlElement] = {}  # original unit → its copy
    for el in list(container.iter(_CANDIDATES)):
        key = keys[el] if el in keys else element_key(el)
        if key in kept or key in present or any(a.tag in _CANDIDATES for a in el.iterancestors()):
            continue
        if el.tag == "p":
            before = kept_block(el.getprevious())
            if before is None or kept_block(el.getnext()) is None or not _is_prose(el) or _is_furniture(el, container):
                continue
            unit = el
        else:
            unit = _unit(el, container)
            previous = unit.getprevious()
            before = recovered.get(previous) if previous is not None else None
            before = before if before is not None else kept_block(previous)
            if before is None or len(key.split()) < MIN_WORDS or _is_furniture(el, unit):
                continue
        block = _clean_copy(el)
        following = before.getnext()
        if following is not None and _is_shortened(following, key):
            following.addprevious(block)  # the extractor kept this paragraph with words missing
            following.drop_tree()
        elif shared_share(key, present) >= _MAX_SHARED:
            continue  # mostly there already, in another form
        else:
            before.addnext(block)
        recovered[unit] = block
        present += " " + key
    twin = split_twin(container)
    lead = _twin_lead(twin, present) if twin is not None else []
    if lead:
        first = kept[keys[paragraphs[0]]]
        for p in lead:
            first.addprevious(_clean_copy(p))
        return lxml_html.tostring(out, encoding="unicode")
    return lxml_html.tostring(out, encoding="unicode") if recovered else fragment

"""Put back the space the extractor lost between an inline element and the text after (or before) it.

trafilatura trims the text it copies, and a link's tail loses its leading space: "we <a>updated
Google Profiles</a> to help" comes out as "Google Profilesto help" (its issue #661), two words
glued into one that no reader nor search finds. Every boundary of an inline element where a word
ends on one side and another begins on the other is checked against the page: when the two words
are in the page's text and the glued word is not, the page had them apart, and a space goes back.
A word the page itself writes across the boundary ("<b>Word</b>s") is in the page's text, glued,
and stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import html as lxml_html

from converter.html.parse import fragment_copy, shared_fragment
from converter.textkey import WORD

# Elements whose text runs on with the text around them (Markdown writes no break at their edges).
INLINE = frozenset(
    ("a", "b", "strong", "i", "em", "u", "s", "span", "font", "small", "big", "sup", "sub", "code", "mark", "abbr")
)
# A word runs this long at most: the edges are read from so much text (a search for the last word of a
# long run of letters, `\w+$`, would take quadratic time).
_LONGEST_WORD = 60
_WORD_CHAR = re.compile(r"\w")

# (element, which side): "tail", a space goes before its tail; "text", before the element.
Boundary = tuple[lxml_html.HtmlElement, str]


def _end(text: str | None) -> str:
    """The word `text` ends with ('' when it ends with anything else)."""
    tail = (text or "")[-_LONGEST_WORD - 1 :]
    # One line end may follow the word (a <br> closing a link's text leaves one, and Markdown trims it).
    tail = tail.removesuffix("\n")
    if not tail or not _WORD_CHAR.match(tail[-1]):
        return ""
    return WORD.findall(tail)[-1]


def _start(text: str | None) -> str:
    """The word `text` begins with ('' when it begins with anything else)."""
    found = WORD.match((text or "")[:_LONGEST_WORD])
    return found.group() if found else ""


def _preceding(el: lxml_html.HtmlElement) -> str | None:
    previous = el.getprevious()
    if previous is not None:
        return previous.tail
    parent = el.getparent()
    return parent.text if parent is not None else None


def _boundaries(root: lxml_html.HtmlElement) -> Iterator[tuple[Boundary, str, str]]:
    """Each inline edge with a word on both sides: where, the word before and the word after."""
    for el in root.iter(*INLINE):
        inner = el.text_content()
        before, first = _end(_preceding(el)), _start(inner)
        if before and first:
            yield (el, "text"), before, first
        last, after = _end(inner), _start(el.tail)
        if last and after:
            yield (el, "tail"), last, after


def _spaced(el: lxml_html.HtmlElement, side: str) -> None:
    if side == "tail":
        el.tail = " " + (el.tail or "")
        return
    # Before the element: at the end of the text it follows (a link's text does not begin with a space).
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + " "
        return
    parent = el.getparent()
    if parent is not None:
        parent.text = (parent.text or "") + " "


def words_apart(fragment: str, page_words: Callable[[], set[str]]) -> str:
    """`fragment` with a space put back at each inline edge where the page has the two words apart.

    `page_words()`: the page's words, case-folded (asked only when the fragment has a glued edge).
    """
    if not fragment.strip():
        return fragment
    found = list(_boundaries(shared_fragment(fragment)))
    if not found:
        return fragment
    known = page_words()
    glued = [
        index
        for index, (_, left, right) in enumerate(found)
        if (left + right).casefold() not in known and left.casefold() in known and right.casefold() in known
    ]
    if not glued:
        return fragment
    out = fragment_copy(fragment)
    # The copy walks in the same order as the shared parse: the n-th boundary is the same edge.
    edges = [edge for edge, _, _ in _boundaries(out)]
    for index in glued:
        _spaced(*edges[index])
    return lxml_html.tostring(out, encoding="unicode")


def page_words(root: lxml_html.HtmlElement) -> set[str]:
    """The page's words as its text runs them together (inline edges not apart), case-folded."""
    return set(WORD.findall(root.text_content().casefold()))

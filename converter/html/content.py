"""Main content of a page as an HTML fragment: trafilatura first, readability when it saw more.

trafilatura in precision mode is the most accurate extractor we have, but now and then it stops
early (a page split into several containers) and returns a fraction of the article. readability
scores containers differently; when its result holds nearly all of trafilatura's text and much
more besides, trafilatura was cut short and readability's version is the article.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter

from lxml import html as lxml_html

_WORD = re.compile(r"\w+")
# readability must contain this share of trafilatura's text, and be this much longer, to win.
_CONTAINS = 0.9
_LONGER = 1.5
_MIN_WORDS = 15
# trafilatura's result holding this share of the page's paragraph words was not cut short.
_KEPT_SHARE = 0.5


def _trafilatura(html: str, *, precision: bool) -> str:
    import trafilatura

    # No url: trafilatura would resolve relative links against the host alone ("a/b" → "/a/b");
    # markdown.py resolves them against the page's base instead.
    return trafilatura.extract(
        html, output_format="html", include_links=True, include_images=True, include_tables=True,
        include_formatting=True, include_comments=False, favor_precision=precision,
    ) or ""


def _readability(html: str) -> str:
    try:
        from readability import Document
    except ImportError:  # optional: without it we keep trafilatura's result
        return ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Document(html).summary(html_partial=True) or ""
    except Exception:  # noqa: BLE001 - readability fails on odd markup; trafilatura's result stands
        return ""


def fragment_text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    try:
        return lxml_html.fragment_fromstring(fragment, create_parent="div").text_content()
    except Exception:  # noqa: BLE001 - unparsable fragment holds no usable text
        return ""


def _shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i:i + size]) for i in range(max(0, len(words) - size + 1)))


def _covers(longer: Counter[tuple[str, ...]], shorter: Counter[tuple[str, ...]]) -> float:
    total = sum(shorter.values())
    return sum((shorter & longer).values()) / total if total else 0.0


def main_content(html: str, paragraph_words: int | None = None) -> str:
    """The article's main content as an HTML fragment ('' when none is found).

    `paragraph_words` counts the words in the page's `<p>` elements. When trafilatura kept at
    least half of them it was not cut short, and the second extractor (a third of the cost of a
    page) is not run.
    """
    best = _trafilatura(html, precision=True)
    best_words = len(_WORD.findall(fragment_text(best)))
    if best_words < _MIN_WORDS:
        # Precision mode can discard a short article outright; the default mode is more lenient.
        best = _trafilatura(html, precision=False) or best
        best_words = len(_WORD.findall(fragment_text(best)))
    if paragraph_words is not None and best_words >= _MIN_WORDS and best_words >= _KEPT_SHARE * paragraph_words:
        return best
    other = _readability(html)
    ours, theirs = _shingles(fragment_text(best)), _shingles(fragment_text(other))
    if not ours:
        return other if len(theirs) >= _MIN_WORDS else best
    if _covers(theirs, ours) >= _CONTAINS and sum(theirs.values()) >= _LONGER * sum(ours.values()):
        return other
    return best

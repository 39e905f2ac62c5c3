"""Text read out of parsed HTML, the same way by every step of the HTML path."""

from __future__ import annotations

from collections import Counter

from lxml import html as lxml_html

from converter.textkey import WORD as _WORD


def element_text(el: lxml_html.HtmlElement) -> str:
    """The element's text with its white space collapsed to single spaces."""
    return " ".join(el.text_content().split())


def paragraph_words(root: lxml_html.HtmlElement) -> int:
    """Words (`\\w+` runs) in the `<p>` elements under `root`: how much running text a page holds."""
    return len(_WORD.findall(" ".join(p.text_content() for p in root.iter("p"))))


def solid_chars(text: str) -> int:
    """Characters other than white space: a length that indentation and CJK scripts do not skew."""
    return len(text) - sum(text.count(space) for space in " \n\t\r\xa0")


def word_runs(words: list[str]) -> set[tuple[str, ...]]:
    """The distinct runs of 4 words in `words` (a text under 4 words is one run, the whole of it)."""
    return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The text's runs of `size` lower-cased words, counted: how candidates and results are compared."""
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1)))

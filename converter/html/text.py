"""Text read out of parsed HTML, the same way by every step of the HTML path."""

from __future__ import annotations

from lxml import html as lxml_html

from converter.textkey import WORD as _WORD


def element_text(el: lxml_html.HtmlElement) -> str:
    """The element's text with its white space collapsed to single spaces."""
    return " ".join(el.text_content().split())


def paragraph_words(root: lxml_html.HtmlElement) -> int:
    """Words (`\\w+` runs) in the `<p>` elements under `root`: how much running text a page holds."""
    return len(_WORD.findall(" ".join(p.text_content() for p in root.iter("p"))))

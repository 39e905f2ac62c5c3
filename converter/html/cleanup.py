"""Tidy the extracted main content: no masthead above the headline, no headline, byline or dateline
repeated at its top, no junk.

The Article record carries title, authors and date in front matter; the body repeating them is
noise (and the evaluation's truth excludes them). Only the first few blocks are examined, and a
block goes only when it *is* the title, a byline or a date, never when it merely mentions them.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import html as lxml_html

from converter.dates import find_date, parse_date
from converter.html.parse import fragment_copy
from converter.html.related import is_related_label
from converter.html.text import element_text
from converter.textkey import WORD as _WORDY

_BLOCKS = (
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "div",
    "li",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "figure",
    "header",
    "section",
    "span",
    "time",
    "address",
)
_LEADING_BLOCKS = 6
# A heading that repeats the description is a standfirst (kept in front matter) up to this many words; a
# longer one is the article's first paragraph set in a heading's type, and the body keeps it. (Standfirsts
# dropped on the corpus run to 19 words; one page's lead paragraph set in an <h2> holds 54.)
_STANDFIRST_WORDS = 40
_BYLINE = re.compile(r"^(?:by|written by|posted by|von|por|par|di|oleh)\s+\S", re.IGNORECASE)
# WordPress-style shortcodes left as text: `[button link="..."]Label[/button]` (an attribute is required,
# so "[1]" or "[sic]" stay).
_SHORTCODE = re.compile(r"\[(\w+)\s[^\]]{0,300}?=[^\]]{0,300}\](?:.{0,300}?\[/\1\])?")
_READING_TIME = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time|tempo\s+de\s+leitura|lesezeit|temps\s+de\s+lecture"
    r"|tiempo\s+de\s+lectura|tempo\s+di\s+lettura)?\s*+:?\s*+\d+\s*(?:min(?:ute)?s?|minutos?|minuten"
    r"|minutes|minuti)\.?(?:\s+(?:read|de\s+leitura|lesezeit))?$",
    re.IGNORECASE,
)
_BARE_URL = re.compile(r"https?://\S+")
# Whole blocks that are widget labels, not prose: gallery toggles, ad slots, image counters, a post's links to
# its neighbours.
_UI_TEXT = re.compile(
    r"^(?:\.{3}|…|[«‹])?\s*(?:less|more|show (?:more|less)|read more|close|(?:(?:hide|show|toggle) )?caption"
    r"|advertisement|advert|article continues below(?: this)? (?:ad|advertisement)"
    r"|image \d+ of \d+|\d+ of \d+|continue reading(?: the main story)?|\d* ?comments?"
    r"|leave a (?:comment|reply)|(?:add|post) a comment|add comment|(?:previous|next|older|newer) (?:post|entry)"
    r"|back to top)\s*(?:\.{3}|…|[»›])?$",
    re.IGNORECASE,
)
# An article's tool strip: its buttons' labels, alone in a block or strung together with separators ("Font size:",
# "Print this article | Email this article", "Send to a friend", "Text Size"). Verbs and their object, never prose.
_TOOL = (
    r"(?:(?:send|e-?mail|print|share|save|bookmark|tweet)(?:\s+(?:this|the))?"
    r"(?:\s+(?:article|story|page|post|link))?(?:\s+to\s+a\s+friend)?"
    r"|(?:recommend|forward)\s+(?:this|the)\s+(?:article|story|page|post)"
    r"|e-?mail\s+a\s+friend|printer[-\s]friendly(?:\s+(?:version|page|format))?|print\s+version|text\s+only"
    r"|(?:choose\s+|change\s+)?(?:text|font)\s+size"
    r"|(?:increase|decrease|enlarge|reduce|larger|smaller|reset)\s+(?:the\s+)?(?:text|font)(?:\s+size)?"
    r"|report\s+(?:a\s+)?typo|article\s+tools|reprints?|rss(?:\s+feeds?)?|e-?mail\s+newsletters?"
    r"|(?:envoyer|imprimer|partager)(?:\s+l'article)?|drucken|versenden|imprimir|enviar|compartir|stampa|invia)"
)
_TOOLS = re.compile(rf"^(?:[\s|•·:/,-]*{_TOOL})+[\s|•·:/,-]*$", re.IGNORECASE)
# A strip longer than this is not one (and the pattern's backtracking stays short).
_TOOLS_CHARS = 100
_TOOL_BLOCKS = ("p", "div", "li")
_LOGO = re.compile(r"\blogo\b|[-_/]logo[-_.]", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORDY.findall(text))


def _is_header_line(text: str, title_keys: set[str], authors: set[str], url: str | None) -> bool:
    norm = _norm(text)
    if not norm:
        return False
    if norm in title_keys or (url and text.strip() == url) or _BARE_URL.fullmatch(text.strip()):
        return True
    words = len(norm.split())
    if words <= 12 and _BYLINE.match(text.strip()):
        return True
    if norm in authors:
        return True
    if _READING_TIME.match(text.strip()):
        return True
    # A dateline: a date and at most a few words around it ("Published Nov. 19, 2019 10:01 a.m.",
    # "sexta-feira, 22 de outubro de 2010 às 20:13").
    return words <= 10 and (parse_date(text) is not None or (words <= 8 and find_date(text) is not None))


def _drop(el: lxml_html.HtmlElement) -> None:
    """Remove an element, keeping its tail text; the fragment's own wrapper stays."""
    if el.getparent() is not None:
        el.drop_tree()


def _leaf_blocks(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Blocks with text of their own, in document order."""
    found = []
    for el in root.iter(*_BLOCKS):
        if el is root or any(child.tag in _BLOCKS for child in el):
            continue
        if element_text(el):
            found.append(el)
        if len(found) >= _LEADING_BLOCKS:
            break
    return found


# What a result holds above the headline is the page's masthead (menus, a breadcrumb, a bulletin) when it is at
# most this share of the result's words and holds no paragraph of prose (this many words, under
# _PROSE_LINKS of them in links).
_MASTHEAD_SHARE = 0.3
_PROSE_WORDS = 20
_PROSE_LINKS = 0.3


def _is_prose(el: lxml_html.HtmlElement, words: int) -> bool:
    linked = sum(len(element_text(a).split()) for a in el.iter("a"))
    return words >= _PROSE_WORDS and linked < _PROSE_LINKS * words


def _drop_masthead(root: lxml_html.HtmlElement, title_keys: set[str]) -> None:
    """The blocks above the headline, when they are the page's masthead rather than the article's lead."""
    if not title_keys:
        return
    most = -1.0  # counted when first needed: most results begin with their headline or their prose
    above: list[lxml_html.HtmlElement] = []
    words = 0
    for el in root.iter(*_BLOCKS):
        if el is root or any(child.tag in _BLOCKS for child in el):
            continue
        text = element_text(el)
        if not text:
            continue
        if _norm(text) in title_keys:
            for block in above:
                _drop(block)
            return
        count = len(text.split())
        words += count
        # A paragraph of prose: the article began above its headline (or the headline is repeated further down).
        if _is_prose(el, count):
            return
        if most < 0:
            most = _MASTHEAD_SHARE * len(root.text_content().split())
        if words > most:
            return
        above.append(el)


def clean_fragment(
    fragment: str, title: str, authors: list[str], url: str | None, description: str | None = None
) -> str:
    """The fragment without a leading headline/byline/dateline, shortcodes or empty blocks."""
    if not fragment.strip():
        return fragment
    root = fragment_copy(fragment)
    title_keys = {_norm(title)} - {""}
    author_keys = {_norm(a) for a in authors} - {""}
    _drop_masthead(root, title_keys)
    for el in _leaf_blocks(root):
        text = element_text(el)
        # A standfirst set as a heading above the text is kept in front matter as the description
        # (as a paragraph it is often the article's own first paragraph, which sites reuse).
        standfirst = (
            el.tag in _HEADINGS
            and description
            and len(text.split()) <= _STANDFIRST_WORDS
            and _norm(text) == _norm(description)
        )
        if not standfirst and not _is_header_line(text, title_keys, author_keys, url):
            if len(text.split()) > 12:
                break  # the article has begun
            continue
        _drop(el)
    _drop_loose_header_text(root, title_keys, author_keys, url)
    _drop_chrome(root)
    for el in root.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and "[" in value:
                setattr(el, attr, _SHORTCODE.sub("", value))
    return lxml_html.tostring(root, encoding="unicode")


# The most words a text _UI_TEXT matches can hold: a mark before, five words ("article continues below this
# advertisement"), a mark after.
_UI_WORDS = 7


def _short_texts(elements: list[lxml_html.HtmlElement]) -> dict[lxml_html.HtmlElement, str]:
    """The texts (element_text) of `elements` that _TOOLS or _UI_TEXT could match: all but those over both
    _TOOLS_CHARS characters and _UI_WORDS words.

    Read from the last element up, as html.related reads labels: an element's text holds each of its
    descendants' texts whole, so it has at least as many characters and words as any of them, and the
    elements around a text too long for both are never read (a container's text is often the whole
    fragment). Each element is tested on the fragment as it was before any was dropped, as in document
    order (only an element's ancestors, or elements beside its own, come before it).
    """
    too_long: set[lxml_html.HtmlElement] = set()
    texts: dict[lxml_html.HtmlElement, str] = {}
    for el in reversed(elements):
        if el in too_long:
            continue
        text = element_text(el)
        # element_text's words are apart by single spaces
        if len(text) > _TOOLS_CHARS and text.count(" ") + 1 > _UI_WORDS:
            for holder in (el, *el.iterancestors()):
                if holder in too_long:
                    break
                too_long.add(holder)
            continue
        texts[el] = text
    return texts


def _drop_chrome(root: lxml_html.HtmlElement) -> None:
    """Site furniture the extractor let through: logos, widget labels, a heading with nothing after."""
    for img in list(root.iter("img")):
        if _LOGO.search(f"{img.get('alt') or ''} {img.get('src') or ''}"):
            _drop(img)
    elements = list(root.iter("p", "div", "li", "span", "a"))
    texts = _short_texts(elements)
    for el in elements:
        text = texts.get(el)
        if text is None:  # too long for either pattern
            continue
        # A tool's label is furniture only as a block of its own: "print" linked in a sentence is prose.
        tools = el.tag in _TOOL_BLOCKS and len(text) <= _TOOLS_CHARS and _TOOLS.match(text)
        if tools or (_UI_TEXT.match(text) and el.find(".//img") is None):  # a tool's icon goes with its label
            _drop(el)
    # A heading or a "More stories" label left at the very end: the title of a block not kept.
    for _ in range(3):
        # The last block in document order, looked for from the end: the texts of those before it are not read.
        last = next(
            (
                el
                for el in reversed(list(root.iter(*_BLOCKS, "hr")))
                if el.tag == "hr" or (not any(child.tag in _BLOCKS for child in el) and element_text(el))
            ),
            None,
        )
        if last is None:
            break
        text = element_text(last)
        if last.tag == "hr" or last.tag in _HEADINGS or is_related_label(text):
            _drop(last)
        else:
            break


# Blocks whose text is read as one line: a tail inside one is part of a sentence ("from <a>X</a> by Y"),
# and the whole block was already weighed as a header line.
_PARAGRAPHS = frozenset(("p", "li", "dd", "dt", "td", "th", "blockquote", "figcaption", "pre", *_HEADINGS))


def _in_paragraph(el: lxml_html.HtmlElement) -> bool:
    return any(parent.tag in _PARAGRAPHS for parent in el.iterancestors())


def _drop_loose_header_text(
    root: lxml_html.HtmlElement, title_keys: set[str], authors: set[str], url: str | None
) -> None:
    """Text outside any block near the top (an <h1>'s tail holding the dateline, a printed URL).

    A link's own text, or a URL further down (a list of shop links), is content.
    """
    seen = 0
    for el in root.iter():
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if not value or not value.strip():
                continue
            seen += 1
            loose = (attr == "tail" and not _in_paragraph(el)) or el is root
            if (_BARE_URL.fullmatch(value.strip()) and not (attr == "text" and el.tag == "a")) or (
                loose and _is_header_line(value, title_keys, authors, url)
            ):
                setattr(el, attr, None)
        if seen >= _LEADING_BLOCKS:
            break

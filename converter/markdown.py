"""Rendering to Markdown: plain text escaped so it stays text, and HTML through markdownify.

Scraped text is data. Whatever it holds (`<script>`, `#`, `>`, `{{ }}`), the Markdown we write
must show it as text, never as markup or live HTML.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag
from lxml import etree
from markdownify import MarkdownConverter

from converter.html.parse import shared_fragment
from converter.markdown_tree import TreeMarkdownConverter
from converter.prefilter import holds_any
from converter.urls import clean_url

# Characters Python-Markdown treats as inline markup and accepts backslash escapes for.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}])")
_INLINE_SPECIAL_CHARS = tuple("\\`*_[]{}")
# Line starts that would turn a paragraph into a heading, list, rule or fenced block.
_BACKSLASH_START = re.compile(r"^([#+]|[-*](?=\s|$))")
_ENTITY_START = {"=": "&#61;", "~": "&#126;", "|": "&#124;"}
_ORDERED_START = re.compile(r"^(\d{1,9})\.(?=\s|$)")
# Containers a fenced code block can sit in and still be read as one. Not a blockquote: Python-Markdown's
# fenced_code does not look inside `> ` lines, so the code would be read as Markdown and raw HTML.
_FENCE_PARENTS = {
    "[document]",
    "html",
    "body",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "figure",
    "center",
    "span",
    "font",
    "pre",
    "_noformat",
}
# Text that would be a script link or an event handler outside a code block. Possessive runs of white
# space: a backtracking `\s*<?\s*` tried every split of a long run.
_SCRIPT_LINK = re.compile(r"(?:\]\(\s*+<?|<)\s*+(?:javascript|vbscript|data):", re.IGNORECASE)
# A tag's opening up to its `>` (or the end of the text), and an event handler attribute inside one.
# Searched as two patterns: `<[a-z][^>]*\bon\w+\s*=` in one went back over the rest of the text from
# every `<`, quadratic on code that opens many tags and closes none (40 s on 200 KB of `<a `).
_TAG_OPENING = re.compile(r"<[a-z][^>]*", re.IGNORECASE)
_HANDLER = re.compile(r"\bon\w+\s*=", re.IGNORECASE)


def looks_like_script(text: str) -> bool:
    """Would this text be a script link, or a tag with an event handler, outside a code block?"""
    if _SCRIPT_LINK.search(text):
        return True
    # Openings do not overlap, and one that starts inside another ends at the same `>`: its handler is
    # inside the outer one too, so looking in each found opening is enough (and linear).
    return any(_HANDLER.search(text, opening.start() + 2, opening.end()) for opening in _TAG_OPENING.finditer(text))


def escape_inline(text: str) -> str:
    """Escape text so Markdown shows it literally (HTML-significant characters become entities).

    `{` and `}` are escaped too: with attr_list enabled, a trailing `{: onclick=...}` would
    otherwise become an HTML attribute.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Most text holds none of them: a few substring tests are far quicker than the pattern's scan.
    return _INLINE_SPECIAL.sub(r"\\\1", text) if holds_any(text, _INLINE_SPECIAL_CHARS) else text


def escape_paragraph(text: str) -> str:
    """Escape one paragraph of plain text, including Markdown block markers at its start."""
    return escape_block_start(escape_inline(_collapsed(text)))


def _collapsed(text: str) -> str:
    """`" ".join(text.split())`, without splitting a paragraph already so (a text dump's lines are).

    Printable text holds no white space but the plain space: without two in a row or one at an end, it is collapsed.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def escape_block_start(escaped: str) -> str:
    """Escape a block marker (`#`, `-`, `1.`, `|`, `=`...) at the start of already-escaped text.

    Leading white space is kept: up to three spaces before a marker still start a block.
    """
    rest = escaped.lstrip()
    space = escaped[: len(escaped) - len(rest)]
    if not rest:
        return escaped
    first = rest[0]
    if first in "#+-*" and _BACKSLASH_START.match(rest):
        return space + "\\" + rest
    if first in _ENTITY_START:
        return space + _ENTITY_START[first] + rest[1:]
    if first.isdecimal():  # (\d is exactly what str.isdecimal() accepts)
        return space + _ORDERED_START.sub(r"\1\\.", rest, count=1)
    return escaped


def code_span(text: str) -> str:
    """Text as one inline code span on one line, its delimiter longer than any backtick run inside.

    A span cut by a blank line, or closed early by a backtick inside, would leave the rest of the
    code (unescaped) to be read as Markdown and raw HTML.
    """
    text = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def heading(text: str, level: int = 2) -> str:
    return "#" * level + " " + escape_inline(" ".join(text.split()))


class ArticleMarkdownConverter(MarkdownConverter):
    """markdownify with safe links, absolute URLs and text escaping that Python-Markdown honours."""

    class Options(MarkdownConverter.DefaultOptions):
        heading_style = "atx"
        bullets = "-"
        escape_misc = False
        strip = (
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "form",
            "button",
            "input",
            "select",
            "textarea",
            "noscript",
            "template",
            "svg",
            "canvas",
            "meta",
            "link",
        )
        base_url: str | None = None

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)

    def escape(self, text: str, parent_tags: set[str]) -> str:
        if not text:
            return ""
        if "pre" in parent_tags or "code" in parent_tags:
            return text
        # A text node may begin a line (a paragraph, a list item, the line after <br>), where `# x`
        # would become a heading: escape block markers. Mid-line, the escape shows the same text.
        return escape_block_start(escape_inline(text))

    def convert_a(self, el: Any, text: str, parent_tags: set[str]) -> str:
        url = clean_url(el.get("href"), self.options["base_url"])
        text = text.strip()
        if not text:
            return ""
        if not url:
            return text
        return f"[{text}](<{url}>)"

    def convert_img(self, el: Any, text: str, parent_tags: set[str]) -> str:
        src = el.get("src") or el.get("data-src") or ""
        url = clean_url(src, self.options["base_url"])
        alt = escape_inline(" ".join((el.get("alt") or "").split()))
        if not url:
            return alt
        return f"![{alt}](<{url}>)"

    def convert_hN(self, n: int, el: Any, text: str, parent_tags: set[str]) -> str:
        # A heading is bold already: "## **Title**" is noise.
        text = re.sub(r"^(\*{1,3}|_{1,3})(.+?)\1$", r"\2", text.strip())
        return super().convert_hN(n, el, text, parent_tags)

    def convert_pre(self, el: Any, text: str, parent_tags: set[str]) -> str:
        if not text.strip():
            return ""
        if parent_tags - _FENCE_PARENTS:
            # Inside a link, bold, list item or cell a fence does not survive (`**` glued to the closing
            # fence, or Python-Markdown's fenced_code not reaching into lists), and the raw code would
            # then be read as Markdown and HTML. An inline code span on one line always escapes it.
            return " " + code_span(text) + " "
        if looks_like_script(text):
            # Code that reads like a script link or tag is shown as escaped text lines instead: inert in
            # a fence too, but then the Markdown itself holds no "](javascript:" for any later tool.
            lines = [escape_paragraph(line) for line in text.strip("\n").splitlines()]
            return "\n\n" + "  \n".join(line for line in lines if line) + "\n\n"
        # The fence must be longer than any backtick run inside: code holding "```" must not end the
        # block early and let the rest of it be read as Markdown (and raw HTML).
        longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"\n\n{fence}\n{text.strip(chr(10))}\n{fence}\n\n"

    def convert_code(self, el: Any, text: str, parent_tags: set[str]) -> str:
        if "pre" in parent_tags:
            return super().convert_code(el, text, parent_tags)
        if looks_like_script(text):
            return escape_inline(text)
        # An inline code span ends at a blank line, and its raw text (a "<script>" in it) would then be
        # read as HTML: keep the span on one line.
        return super().convert_code(el, " ".join(text.split()), parent_tags)

    # markdownify's own aliases bind its convert_code, not ours: <kbd> and <samp> hold raw text too, and a block
    # inside one ("<kbd>&lt;script&gt;<p>") cut its span and left "<script>" live.
    convert_kbd = convert_code
    convert_samp = convert_code

    def convert_script(self, el: Any, text: str, parent_tags: set[str]) -> str:
        return ""

    convert_style = convert_script
    convert_iframe = convert_script
    convert_noscript = convert_script
    convert_template = convert_script


class _Tag(Tag):
    """A bs4 tag whose `find_parent("tag")` walks the parents directly.

    markdownify asks every tag whether it sits in a <pre>; bs4's general search machinery made
    that question a third of the conversion's time.
    """

    def find_parent(self, name: Any = None, attrs: Any = None, **kwargs: Any) -> Any:
        if not isinstance(name, str) or attrs or kwargs:
            return super().find_parent(name, attrs, **kwargs)
        parent = self.parent
        while parent is not None and parent.name != name:
            parent = parent.parent
        return parent if isinstance(parent, Tag) else None


class _TreeConverter(TreeMarkdownConverter, ArticleMarkdownConverter):
    """Our rules over the lxml fragment itself (markdown_tree.py): the same Markdown, no soup built."""


_REMOVED = ["script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "head"]
_REMOVED_TAG = re.compile(r"<\s*(?:" + "|".join(_REMOVED) + ")", re.IGNORECASE)
_PRE_TAG = re.compile(r"<\s*pre", re.IGNORECASE)


def _soup(html: str) -> BeautifulSoup:
    """The fragment as a soup for markdownify, built from lxml's parse (bs4's own parser is pure Python)."""
    soup = BeautifulSoup("", "html.parser", element_classes={Tag: _Tag})
    try:
        root = shared_fragment(html)
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on an <html> without a body
        return BeautifulSoup(html, "html.parser", element_classes={Tag: _Tag})
    last: PageElement = soup
    if root.text:
        last = _string(root.text, soup, last)
    for child in root:
        last = _graft(soup, child, soup, last)
    return soup


def _attributes(el: Any) -> dict[str, str]:
    """The element's attributes; names lxml cannot read back dropped (control characters in broken markup, or a
    name like `{a}href` that lxml reads as a namespace; the tree walk's `el.get` finds neither)."""
    attributes = {}
    for name in el.attrib.keys():  # noqa: SIM118 - reading a value by a broken name raises
        try:
            attributes[name] = el.attrib[name]
        except (ValueError, KeyError):
            continue
    return attributes


# The soup is made in document order, each node linked to its parent and to the node made before it as
# bs4's own parsers link them: Tag.append's search for where a node goes was a third of the conversion.
def _string(text: str, parent: Tag, last: PageElement) -> PageElement:
    string = NavigableString(text)
    string.setup(parent, last)
    parent.contents.append(string)
    return string


def _graft(soup: BeautifulSoup, el: Any, parent: Tag, last: PageElement) -> PageElement:
    """Add `el` (with what it holds, and its tail) under `parent`; the node made last is returned."""
    if isinstance(el.tag, str):
        attrs = soup.builder.attribute_dict_class()
        attrs.update(_attributes(el))
        tag = _Tag(None, soup.builder, el.tag, None, None, attrs, parent, last)
        parent.contents.append(tag)
        last = tag
        if el.text:
            last = _string(el.text, tag, last)
        for child in el:
            last = _graft(soup, child, tag, last)
    if el.tail:
        last = _string(el.tail, parent, last)
    return last


def html_to_markdown(html: str, base_url: str | None = None) -> str:
    """Convert an HTML fragment to tidy Markdown."""
    # Each search walks the whole tree: only when the markup can hold what it looks for.
    removed = _REMOVED_TAG.search(html) is not None
    has_pre = _PRE_TAG.search(html) is not None
    try:
        root = shared_fragment(html)
    except (etree.ParserError, ValueError, AssertionError):
        return tidy_markdown(_soup_markdown(html, base_url, removed, has_pre))
    converter = _tree_converter()
    converter.options["base_url"] = base_url
    return tidy_markdown(converter.convert_tree(root, frozenset(_REMOVED) if removed else frozenset(), has_pre))


@cache
def _tree_converter() -> _TreeConverter:
    """One converter a process, its base URL set for each fragment: its options are otherwise the same for every
    page, and what it keeps between fragments is its table of conversion methods by tag (markdownify's
    convert_fn_cache, which depends on the tag alone); convert_tree sets and clears its own fields. Building one
    a page (its options read from the classes, the methods looked up again) cost about half a percent of a page."""
    return _TreeConverter(base_url=None)


def _soup_markdown(html: str, base_url: str | None, removed: bool = True, has_pre: bool = True) -> str:
    """markdownify's own walk over a soup: for what lxml cannot parse, and the reference the tree walk is
    tested against (tests/test_markdown_tree.py)."""
    soup = _soup(html)
    if removed:
        for tag in soup(_REMOVED):
            tag.decompose()
    # Extractors sometimes nest <pre><pre>: keep one block, and the code's own white space only.
    if has_pre:
        for pre in soup.find_all("pre"):
            inner = pre.find_all("pre")
            if inner and pre.find_parent("pre") is None:
                pre.string = "\n".join(block.get_text() for block in inner)
    return str(ArticleMarkdownConverter(base_url=base_url).convert_soup(soup))


def tidy_markdown(text: str) -> str:
    """No trailing spaces, no runs of blank lines, no empty headings."""
    lines = [line.rstrip() for line in text.splitlines()]
    lines = [line for line in lines if not re.fullmatch(r"#{1,6}", line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"

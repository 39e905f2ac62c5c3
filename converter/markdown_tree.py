"""markdownify's walk over an lxml tree, so that no BeautifulSoup tree is built for it.

markdownify walks a bs4 soup; building one from our lxml parse (a Python object per node, linked as bs4's
parsers link them) cost as much as markdownify's own walk. This class walks the lxml fragment directly with
the same rules: `process_tag` and `process_text` are markdownify 1.2.3's, ported to lxml's text and tail
strings, and the few conversions that search the tree (table rows and cells, list items, lists, video) ask
lxml the same questions. Every other `convert_<tag>` (markdownify's and our subclass's) reads only its text,
the parent tags and the element's attributes, and runs unchanged. The output must equal the soup walk's byte
for byte: tests/test_markdown_tree.py renders fragments both ways. Check it again when markdownify changes.

What the soup held and lxml does not, kept here:
- A bs4 node's children are its strings and tags in order: an element's `text`, then each child element
  followed by its `tail`. Comments are not in the soup (their tails are); neither are the elements
  html_to_markdown removes (`removed`; their tails stay, as separate strings).
- The soup's top node is the document, named "[document]": here the fragment's own root, by identity.
- A <pre> outside any <pre> that holds another <pre> held one string, the text of the <pre>s inside it
  (`collapse_pre`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from lxml import html as lxml_html
from markdownify import (
    MarkdownConverter,
    re_all_whitespace,
    re_extract_newlines,
    re_line_with_content,
    re_whitespace,
)

_DOCUMENT = "[document]"
_BLOCK = frozenset(
    (
        "p",
        "blockquote",
        "article",
        "div",
        "section",
        "ol",
        "ul",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
    )
)
_HEADING = re.compile(r"h(\d+)")  # markdownify's re_html_heading: a prefix match, as it uses it
# markdownify's should_remove_whitespace_inside and _outside, by tag name. Tag names come from the pages: the
# answers kept, like the parent tags below, are bounded.
_KEPT = 4096


@lru_cache(maxsize=_KEPT)
def _inside(name: str) -> bool:
    return name in _BLOCK or _HEADING.match(name) is not None


@lru_cache(maxsize=_KEPT)
def _outside_tag(name: str) -> bool:
    return _inside(name) or name == "pre"


def _outside(item: Any) -> bool:
    """markdownify's should_remove_whitespace_outside of a sibling: a string or None is never a block."""
    return not (item is None or item.__class__ is str) and _outside_tag(item.tag)


# markdownify's re_newline_whitespace, `[\t \r\n]*[\r\n][\t \r\n]*` replaced by "\n", replaces each whole run of
# white space that holds a line break (the leftmost match starts where the run starts, and the greedy ends take
# the rest of it). Tried from every space of a long run without a break, that pattern is quadratic; each run
# found once and tested for a break is linear.
_BLANK_RUN = re.compile(r"[\t \r\n]+")


def _break_run(run: re.Match[str]) -> str:
    blank = run.group()
    return "\n" if "\n" in blank or "\r" in blank else blank


def newline_whitespace(text: str) -> str:
    """markdownify's `re_newline_whitespace.sub("\n", text)`, in linear time."""
    return _BLANK_RUN.sub(_break_run, text) if "\n" in text or "\r" in text else text


@lru_cache(maxsize=_KEPT)
def _child_tags(parent_tags: frozenset[str], name: str) -> frozenset[str]:
    """The parent tags a node's children see (markdownify's parent_tags_for_children)."""
    added = {name}
    if _HEADING.match(name) is not None or name in ("td", "th"):
        added.add("_inline")
    if name in ("pre", "code", "kbd", "samp"):
        added.add("_noformat")
    return parent_tags | added


class TreeMarkdownConverter(MarkdownConverter):
    """markdownify over an lxml fragment: `convert_tree` renders what the fragment's root holds."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._root: Any = None
        self._removed: frozenset[str] = frozenset()
        self._collapse_pre = False

    def convert_tree(
        self, root: lxml_html.HtmlElement, removed: frozenset[str] = frozenset(), collapse_pre: bool = False
    ) -> str:
        """The Markdown of what `root` holds (not `root` itself: it stands for the soup's document).

        `removed`: tag names left out with everything inside them. `collapse_pre`: whether a <pre> holding
        another becomes the text of the ones inside it. The tree is only read.
        """
        self._root, self._removed, self._collapse_pre = root, removed, collapse_pre
        try:
            return self._tag(root, _DOCUMENT, frozenset())
        finally:
            self._root = None

    # -------------------------------------------------------------------------------- the tree ----

    def _name(self, el: Any) -> str:
        return _DOCUMENT if el is self._root else str(el.tag)

    def _kept(self, el: Any) -> bool:
        """An element the soup held (not a comment, not a removed tag)."""
        tag = el.tag
        return tag.__class__ is str and tag not in self._removed

    def _contents(self, el: Any, name: str, parent_tags: frozenset[str]) -> list[Any]:
        """The soup node's children: strings and kept elements, in order."""
        if self._collapse_pre and name == "pre" and "pre" not in parent_tags:
            inner = list(self._descendants(el, ("pre",), inside_pre=True))
            if inner:
                text = "\n".join(self._text_of(pre) for pre in inner)
                return [text] if text else []
        items: list[Any] = []
        text = el.text
        if text:
            items.append(text)
        removed = self._removed
        for child in el:
            tag = child.tag
            if tag.__class__ is str and tag not in removed:
                items.append(child)
            tail = child.tail
            if tail:
                items.append(tail)
        return items

    def _text_of(self, el: Any) -> str:
        """bs4's get_text() of a kept element (not collapsed: it is inside a <pre>)."""
        parts = [el.text or ""]
        for child in el:
            if self._kept(child):
                parts.append(self._text_of(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def _descendants(self, el: Any, names: tuple[str, ...], inside_pre: bool | None = None) -> Iterator[Any]:
        """bs4's find_all(names) below `el`: kept elements only, none inside a collapsed <pre>."""
        if inside_pre is None:
            inside_pre = self._collapse_pre and any(self._name(up) == "pre" for up in el.iterancestors())
        for child in el:
            if not self._kept(child):
                continue
            tag = child.tag
            if tag in names:
                yield child
            if tag == "pre" and self._collapse_pre and not inside_pre:
                if next(self._descendants(child, ("pre",), inside_pre=True), None) is not None:
                    continue  # collapsed to one string: nothing below it is an element any more
                yield from self._descendants(child, names, inside_pre=True)
            else:
                yield from self._descendants(child, names, inside_pre=inside_pre)

    def _previous_tag(self, el: Any) -> Any:
        """bs4's find_previous_sibling(): the nearest kept element before `el` under the same parent."""
        if el is self._root:
            return None
        return next((sibling for sibling in el.itersiblings(preceding=True) if self._kept(sibling)), None)

    def _next_items(self, el: Any) -> Iterator[Any]:
        """The soup's siblings after `el`: its tail, then each kept element and tail."""
        if el.tail:
            yield el.tail
        for sibling in el.itersiblings():
            if self._kept(sibling):
                yield sibling
            if sibling.tail:
                yield sibling.tail

    # ------------------------------------------------------------------- markdownify's walk ----

    def _tag(self, node: Any, name: str, parent_tags: frozenset[str]) -> str:
        """markdownify's process_tag."""
        items = self._contents(node, name, parent_tags)
        inside = _inside(name)
        child_tags = _child_tags(parent_tags, name)
        strings = []
        last = len(items) - 1
        for n, item in enumerate(items):
            before = items[n - 1] if n else None
            after = items[n + 1] if n < last else None
            if item.__class__ is str:
                # White space beside a block's edges or beside a block is left out.
                if not item.strip() and (
                    (inside and (before is None or after is None)) or _outside(before) or _outside(after)
                ):
                    continue
                text = self._text(item, child_tags, inside, before, after)
            else:
                text = self._tag(item, item.tag, child_tags)
            if text:
                strings.append(text)

        if name != "pre" and "pre" not in parent_tags:
            # Newlines at the children's boundaries: the larger of two runs, at most two.
            collapsed = [""]
            for string in strings:
                if string[0] != "\n" and string[-1] != "\n":
                    collapsed.extend(("", string, ""))
                    continue
                leading, content, trailing = re_extract_newlines.match(string).groups()
                if collapsed[-1] and leading:
                    previous = collapsed.pop()
                    leading = "\n" * min(2, max(len(previous), len(leading)))
                collapsed.extend((leading, content, trailing))
            strings = collapsed
        text = "".join(strings)

        convert = self.get_conv_fn_cached(name)
        if convert is not None:
            text = convert(node, text, parent_tags=parent_tags)
        return text

    def _text(self, text: str, parent_tags: frozenset[str], inside: bool, before: Any, after: Any) -> str:
        """markdownify's process_text of one string; `inside`: its parent removes white space inside."""
        if "pre" not in parent_tags:
            if self.options["wrap"]:
                text = re_all_whitespace.sub(" ", text)
            else:
                text = newline_whitespace(text)
                if "\t" in text or "  " in text:  # only where it can change something
                    text = re_whitespace.sub(" ", text)
        if "_noformat" not in parent_tags:
            text = self.escape(text, parent_tags)
        if _outside(before) or (inside and before is None):
            text = text.lstrip(" \t\r\n")
        if _outside(after) or (inside and after is None):
            text = text.rstrip()
        return text

    # ---------------------------------------- markdownify's conversions that search the tree ----

    def convert_li(self, el: Any, text: str, parent_tags: Any) -> str:
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.getparent()
        if parent is not None and self._name(parent) == "ol":
            start = parent.get("start")
            number = int(start) if start and str(start).isnumeric() else 1
            items_before = sum(1 for _ in el.itersiblings("li", preceding=True))
            bullet = f"{number + items_before}."
        else:
            depth = -1 + (el.tag == "ul") + sum(1 for up in el.iterancestors("ul") if up is not self._root)
            bullets = self.options["bullets"]
            bullet = bullets[depth % len(bullets)]
        bullet = bullet + " "
        indent = " " * len(bullet)
        text = re_line_with_content.sub(lambda line: indent + line.group(1) if line.group(1) else "", text)
        text = bullet + text[len(bullet) :]
        return f"{text}\n"

    def convert_list(self, el: Any, text: str, parent_tags: Any) -> str:
        before_paragraph = False
        following = next((item for item in self._next_items(el) if item.__class__ is not str or item.strip()), None)
        if following is not None and (following.__class__ is str or following.tag not in ("ul", "ol")):
            before_paragraph = True
        if "li" in parent_tags:
            return "\n" + text.rstrip()
        return "\n\n" + text + ("\n" if before_paragraph else "")

    convert_ul = convert_list
    convert_ol = convert_list

    def _colspan(self, el: Any) -> int:
        colspan = el.get("colspan")
        return max(1, min(1000, int(colspan))) if colspan is not None and colspan.isdigit() else 1

    def convert_td(self, el: Any, text: str, parent_tags: Any) -> str:
        return " " + text.strip().replace("\n", " ") + " |" * self._colspan(el)

    convert_th = convert_td

    def convert_tr(self, el: Any, text: str, parent_tags: Any) -> str:
        cells = list(self._descendants(el, ("td", "th")))
        is_first_row = self._previous_tag(el) is None
        parent = el.getparent()
        parent_name = self._name(parent)
        is_headrow = all(cell.tag == "th" for cell in cells) or (
            parent_name == "thead" and sum(1 for _ in self._descendants(parent, ("tr",))) == 1
        )
        is_head_row_missing = (is_first_row and parent_name != "tbody") or (
            is_first_row
            and parent_name == "tbody"
            and next(self._descendants(parent.getparent(), ("thead",)), None) is None
        )
        overline = ""
        underline = ""
        full_colspan = sum(self._colspan(cell) for cell in cells)
        if (is_headrow or (is_head_row_missing and self.options["table_infer_header"])) and is_first_row:
            underline += "| " + " | ".join(["---"] * full_colspan) + " |" + "\n"
        elif (is_head_row_missing and not self.options["table_infer_header"]) or (
            is_first_row and (parent_name == "table" or (parent_name == "tbody" and self._previous_tag(parent) is None))
        ):
            overline += "| " + " | ".join([""] * full_colspan) + " |" + "\n"
            overline += "| " + " | ".join(["---"] * full_colspan) + " |" + "\n"
        return overline + "|" + text + "\n" + underline

    def convert_video(self, el: Any, text: str, parent_tags: Any) -> str:
        if "_inline" in parent_tags and self._name(el.getparent()) not in self.options["keep_inline_images_in"]:
            return text
        src = el.get("src") or ""
        if not src:
            source = next((s for s in self._descendants(el, ("source",)) if s.get("src") is not None), None)
            if source is not None:
                src = source.get("src") or ""
        poster = el.get("poster") or ""
        if src and poster:
            return f"[![{text}]({poster})]({src})"
        if src:
            return f"[{text}]({src})"
        if poster:
            return f"![{text}]({poster})"
        return text

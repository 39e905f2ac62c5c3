"""Python-Markdown's inline stage, skipped for text in which no inline pattern can match.

Python-Markdown tries each of its inline patterns (emphasis, links, code, escapes, entities, raw HTML,
line breaks) on every paragraph's text, one regex search after another: at 10,000 articles a third of
the build's Python time, though most paragraphs of prose hold none of the characters any of them needs.
Each default pattern needs one of a few characters (or a line break after two blanks) to match at all,
so text without them comes out of the inline stage exactly as it went in: it is passed through. Only
while the registered patterns are Python-Markdown's own: an extension that adds one (or a pattern of
another name) has the stage run as usual.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import InlineProcessor
from markdown.util import AtomicString

# Python-Markdown 3's inline patterns, and what each needs in the text to match: backtick "`", escape
# "\", the links and images "[", autolink, automail and html "<", entity "&", em_strong "*" or "_",
# linebreak two blanks before a line break.
KNOWN_PATTERNS = frozenset(
    {
        "backtick",
        "escape",
        "reference",
        "link",
        "image_link",
        "image_reference",
        "short_reference",
        "short_image_ref",
        "autolink",
        "automail",
        "linebreak",
        "html",
        "entity",
        "em_strong",
    }
)
NEEDED = re.compile(r"[`\\\[<&*_]|  \n")


class _QuickInline(InlineProcessor):
    """The inline stage, passing through text no registered pattern can match."""

    def run(self, tree: etree.Element, ancestors: list[str] | None = None) -> etree.Element:
        names = [name for name in KNOWN_PATTERNS if name in self.inlinePatterns]
        self._quick = len(names) == len(self.inlinePatterns)
        return super().run(tree, ancestors)

    # Overrides the name-mangled InlineProcessor.__handleInline, which `run` calls for every text.
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if self._quick and patternIndex == 0 and not isinstance(data, AtomicString) and not NEEDED.search(data):
            return data
        handle: Any = super()._InlineProcessor__handleInline  # type: ignore[misc]
        return str(handle(data, patternIndex))


class QuickInlineExtension(Extension):
    """Registers `_QuickInline` in place of Python-Markdown's inline stage (same name and priority)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_QuickInline(md), "inline", 20)

"""Put back a line of the article set as bare text among `<br>`s or `<div>`s that the extractor left out.

html.loose puts back runs that sit between the paragraphs we kept, in their common container. Blogs and
pages of the 2000s often have no paragraphs at all: the article is lines of text and inline markup set
apart by `<br>`, or text between `<div>`s, in one element. trafilatura keeps most of those lines and now
and then drops one (often the first, after a heading, an image or a bold lead), and html.loose, which
anchors on kept `<p>`s, misses it. Here the page's elements that hold a long run of their own text are
read as lines (text and inline elements up to the next `<br>` or block; a block child is one line).
Such an element is part of the kept article when MIN_KEPT of its lines are in the result; then each of
its own lines of MIN_WORDS words or more that the result lacks (under MAX_PRESENT of its 4-word runs
there) goes after the result's block holding the line before it, or before the block holding the line
after it. A block child is never put back whole (it may be a box of anything): only bare text is.

Measured (train/html_losses.py): wceb-train F1 0.934 → 0.936, 9 pages better (up to +0.31), one 0.003
worse; Scrapinghub and NAEB unchanged. Asking for KEPT_WORDS words kept rather than two kept lines adds
2 of those pages (a blog post's body holding its lead as bare text before one block of <div>s); lines
of 8 words rather than MIN_WORDS change 3 more pages, for -0.02 page F1 in all. Its own
cost is 1-2% of extract_html's CPU on each set (the page's long runs are found once, for html.loose too).
"""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html.loose import MAX_PRESENT, MIN_WORDS, long_run_holders
from converter.html.parse import fragment_copy, shared_fragment
from converter.html.text import word_runs
from converter.textkey import WORD

# A holder with this many words of its lines in the result is part of the kept article ...
KEPT_WORDS = 50
# ... a line with this share of its 4-word runs in the result is one of them ...
KEPT_SHARE = 0.5
# ... and a line shorter than this (a label, a date) is neither kept nor missing.
MIN_LINE_WORDS = 4
# Inline elements: their text belongs to the line they sit in (a <br> or any other element ends it).
_INLINE = frozenset(
    ("a", "b", "i", "em", "strong", "span", "font", "u", "small", "big", "sup", "sub", "abbr", "cite", "q", "tt")
)
# Blocks of the result a recovered line is set beside.
_BLOCKS = ("p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "pre", "div", "dd")
_NESTED = frozenset((*_BLOCKS, "ul", "ol", "table"))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return word_runs(words) if words else set()  # (no words: no run, where word_runs gives the empty one)


def _words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def _lines(holder: lxml_html.HtmlElement) -> list[tuple[str, bool]]:
    """The holder's lines in order, each with whether it is the holder's own text (not a block child)."""
    lines: list[tuple[str, bool]] = []
    current = [holder.text or ""]

    def end_line() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append((text, True))
        current.clear()

    for child in holder:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _INLINE:
            current.append(child.text_content())
        else:
            end_line()
            text = " ".join(child.text_content().split()) if tag and tag != "br" else ""
            if text:
                lines.append((text, False))
        current.append(child.tail or "")
    end_line()
    return lines


def _result_blocks(out: lxml_html.HtmlElement) -> list[tuple[lxml_html.HtmlElement, set[tuple[str, ...]]]]:
    """The result's innermost blocks with text, each with its 4-word runs."""
    blocks = []
    for el in out.iter(*_BLOCKS):
        if el is out or any(isinstance(child.tag, str) and child.tag in _NESTED for child in el):
            continue
        runs = _shingles(_words(el.text_content()))
        if runs:
            blocks.append((el, runs))
    return blocks


def _holding(
    blocks: list[tuple[lxml_html.HtmlElement, set[tuple[str, ...]]]], runs: set[tuple[str, ...]]
) -> lxml_html.HtmlElement | None:
    """The result's block sharing most of `runs` (None when none shares any)."""
    best, shared = None, 0
    for el, theirs in blocks:
        common = len(runs & theirs)
        if common > shared:
            best, shared = el, common
    return best


def recover_lines(
    original: lxml_html.HtmlElement, fragment: str, holders: list[lxml_html.HtmlElement] | None = None
) -> str:
    """`fragment` with the bare-text lines its kept holders lack put back.

    `holders`: long_run_holders(original), when the caller has it already (html.loose reads it too).
    """
    if not fragment.strip():
        return fragment
    holders = long_run_holders(original) if holders is None else holders
    if not holders:  # most pages
        return fragment
    changed = False
    # The result's runs are read from the shared parse when a holder first needs them; the copy to change is
    # made for the first line put back (few pages).
    present: set[tuple[str, ...]] | None = None
    out: lxml_html.HtmlElement | None = None
    blocks: list[tuple[lxml_html.HtmlElement, set[tuple[str, ...]]]] = []
    for holder in holders:
        worded = [(own, words, text) for text, own in _lines(holder) for words in [_words(text)]]
        # Kept lines are among those of MIN_LINE_WORDS words, and only an own line of MIN_WORDS words is put
        # back: a holder whose lines cannot reach KEPT_WORDS, or that has no such line, changes nothing, and
        # its lines' runs are not made (most holders; the result's runs are not made on most pages).
        if sum(len(words) for _, words, _ in worded if len(words) >= MIN_LINE_WORDS) < KEPT_WORDS or not any(
            own and len(words) >= MIN_WORDS for own, words, _ in worded
        ):
            continue
        if present is None:
            present = _shingles(_words(shared_fragment(fragment).text_content()))
        lines = [(own, len(words), _shingles(words), text) for own, words, text in worded]
        kept = [n >= MIN_LINE_WORDS and len(runs & present) >= KEPT_SHARE * len(runs) for _, n, runs, _ in lines]
        if sum(line[1] for line, is_kept in zip(lines, kept, strict=True) if is_kept) < KEPT_WORDS:
            continue
        for i, (own, n, runs, text) in enumerate(lines):
            if not own or n < MIN_WORDS or len(runs & present) >= MAX_PRESENT * len(runs):
                continue
            if out is None:
                out = fragment_copy(fragment)
                blocks = _result_blocks(out)
            before = next((lines[j][2] for j in range(i - 1, -1, -1) if kept[j]), None)
            after = next((lines[j][2] for j in range(i + 1, len(lines)) if kept[j]), None)
            anchor = _holding(blocks, before) if before else None
            following = _holding(blocks, after) if anchor is None and after else None
            block = lxml_html.Element("p")
            block.text = text
            if anchor is not None:
                anchor.addnext(block)
            elif following is not None:
                following.addprevious(block)
            else:
                continue
            blocks.append((block, runs))
            present |= runs
            changed = True
    return lxml_html.tostring(out, encoding="unicode") if changed and out is not None else fragment

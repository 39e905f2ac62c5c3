"""A second opinion on a result that carries many links: readability's version when it is ours without them.

On blogs, portals and pages of the 2000s laid out in tables, trafilatura now and then returns the
article with the page's furniture around it: category menus, share bars, archive lists, reader
comments signed with links. readability's scoring keeps to the container that holds the prose,
and on such pages it returns our text minus those blocks. So when our result's text is at least
LINK_SHARE links, readability runs (when it has not already), and its version wins when it lies
inside ours, what it leaves out is mostly links, and it keeps most of our words outside links.
A normal news page (link share under LINK_SHARE) pays nothing: 2 of the 65 Scrapinghub pages run
readability for this check.

The numbers, from the cached candidates (bench/out, train/dataset.py) on page F1: OMITTED_LINKS 0.3
rather than 0.2 because NAEB loses a page at 0.2; INSIDE and KEPT_PROSE change nothing on the news
sets. LINK_SHARE sets the cost: at 0.1 readability ran on 6 more of the 65 Scrapinghub pages (about 5%
of their extraction CPU); at 0.13 on 2, for page F1 lower by 0.0002 there, 0.0012 on NAEB and 0.0014
on wceb-train (bench/bench_quality.py, measured both ways).

The same furniture is often not links at all: a result that kept the page's layout tables holds the
article's paragraphs among cells of categories, teaser headings and labels, none of them in a <p>.
So readability is asked too when under PARAGRAPH_SHARE of our words sit in paragraphs and the
result holds a table or LAYOUT_LINK_SHARE links (teaser lists, fewer links than the link test asks),
and its version wins when it lies inside ours, reads as paragraphs (MIN_PARAGRAPH_SHARE),
is plainly more so than ours (PARAGRAPH_GAIN) and keeps most of our paragraph words (KEPT_PARAGRAPHS).
A page of plain paragraphs pays nothing; readability runs for this check on 2 more of the 65
Scrapinghub pages, 3 of 114 NAEB, 34 of 550 wceb-train. Measured (train/html_losses.py, with
html.loose and the loose-text doubt in html.content): wceb-train F1 0.927 → 0.930, mean page F1
0.919 → 0.922 (21 pages better, none worse); Scrapinghub and NAEB unchanged. The numbers sit on a
plateau of the small grid tried on the cached candidates (INSIDE 0.85-0.95, KEPT_PARAGRAPHS
0.6-0.8, MIN_PARAGRAPH_SHARE 0.8-0.95 move wceb-train by under 0.001); KEPT_PARAGRAPHS 0.6 would
take a version without two of five article paragraphs. PARAGRAPH_SHARE sets the cost: at 0.95
readability ran on 70 wceb-train pages for 0.001 more F1, about 3% more of the set's CPU; without
the table-or-links condition, on a quarter of all pages.

A portal's nested layout tables can hold the article with only a few short lines beside it (a print /
e-mail strip, an advert label, a copyright line, a teaser or two): too few words to bring the
paragraph share under PARAGRAPH_SHARE. So a result holding LAYOUT_TABLES tables or more asks
readability too, and its version wins when it holds no table, reads as paragraphs, keeps most of
our paragraph words and lies inside ours (is_table_free_core). Measured (train/html_losses.py):
wceb-train F1 0.936 → 0.937 (P 0.944 → 0.948), mean page F1 0.927 → 0.929, 24 pages better, 4
worse (three by 0.05: readability's version left out a short paragraph there); Scrapinghub and NAEB
unchanged, no more readability runs there. On the cached candidates, 1 or 2 tables rather than 3
gained 0.0004 and 0.0000 more mean page F1 for 26 and 9 more readability runs of 550.

readability does not always set the text it reads out of a layout in paragraphs: on a portal of the 2000s
it returns lines apart by <br>, or a blog's paragraphs beside a few words of the cells around them, and
the paragraph tests above cannot tell its version from ours. So on a result holding LAYOUT_TABLES tables,
readability's version also wins when it holds at most UNTABLED_TABLES table (a data table, its layout
tables unwrapped by html.candidates) and at least UNTABLED_WORDS of our words (is_untabled_version).
Written from half A of wceb-train (train/wceb_halves.py: split by site; half B held out): 8 of its 288
pages better (mean page F1 +0.0023 over the half), none worse, two pages whose readability version was
a fraction of ours (9 and 90 words against 500 and 347) kept by the length test; no Scrapinghub or NAEB
page changes, and no more readability runs (readability has already run on such a result).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree
from lxml import html as lxml_html

from converter.html.content import Runs
from converter.html.parse import shared_fragment
from converter.html.text import paragraph_words, shingles, solid_chars
from converter.textkey import WORD

# Our result's characters inside links, as a share of its characters, from which readability is asked.
LINK_SHARE = 0.13
# readability's version must lie inside ours (this share of its 4-word runs found in ours) ...
INSIDE = 0.9
# ... what it leaves out must be at least this share links ...
OMITTED_LINKS = 0.3
# ... and it must keep this share of our characters outside links.
KEPT_PROSE = 0.5
# A result with a table and fewer than this share of its words in <p> and readability is asked ...
PARAGRAPH_SHARE = 0.9
# ... as is one with this share of its characters in links (without a table).
LAYOUT_LINK_SHARE = 0.1
# ... and its version wins if this share of its words is in <p>, PARAGRAPH_GAIN more than ours,
# and it keeps this share of our paragraph words.
MIN_PARAGRAPH_SHARE = 0.9
PARAGRAPH_GAIN = 0.05
KEPT_PARAGRAPHS = 0.7
# A result holding this many tables kept the page's layout, whatever its share of paragraphs.
LAYOUT_TABLES = 3
# ... and readability's version wins too when it holds at most UNTABLED_TABLES tables (its layout tables are
# unwrapped: html.candidates) and at least UNTABLED_WORDS of our words: the same text read out of the layout.
UNTABLED_TABLES = 1
UNTABLED_WORDS = 0.7


@dataclass(frozen=True)
class Linked:
    """A fragment's text, its length and how much of it sits inside links (white space not counted)."""

    text: str
    chars: int
    link_chars: int
    tables: int = 0
    # The fragment's shared parse, read again for its paragraph words when they are first asked for.
    root: lxml_html.HtmlElement | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, fragment: str) -> Linked:
        if not fragment.strip():
            return cls("", 0, 0)
        try:
            root = shared_fragment(fragment)
        except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on a whole swallowed document
            return cls("", 0, 0)
        text = " ".join(root.itertext())  # blocks apart: "noon</p><p>See" is two words
        linked = sum(solid_chars(a.text_content()) for a in root.iter("a"))
        tables = sum(1 for _ in root.iter("table"))
        return cls(text, solid_chars(text), linked, tables, root)

    # The word counts are read only by the paragraph tests: a result with no table and few links (most) never
    # needs them unless readability is asked, so they are counted on first use.
    @cached_property
    def words(self) -> int:
        return len(WORD.findall(self.text))

    @cached_property
    def paragraph_words(self) -> int:
        return paragraph_words(self.root) if self.root is not None else 0

    @property
    def link_share(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @property
    def prose_chars(self) -> int:
        return self.chars - self.link_chars

    @property
    def paragraph_share(self) -> float:
        return self.paragraph_words / self.words if self.words else 0.0

    @property
    def laid_out(self) -> bool:
        """A page's layout kept with the text: words outside paragraphs, and tables or some links."""
        return (self.tables > 0 or self.link_share >= LAYOUT_LINK_SHARE) and self.paragraph_share < PARAGRAPH_SHARE


def _inside(theirs: Linked, ours: Linked) -> bool:
    """At least INSIDE of `theirs`' 4-word runs are found in `ours`."""
    mine = shingles(theirs.text)
    total = sum(mine.values())
    return bool(total) and sum((mine & shingles(ours.text)).values()) >= INSIDE * total


def is_trimmed_version(ours: Linked, theirs: Linked) -> bool:
    """`theirs` is `ours` with link-heavy blocks left out and its prose kept."""
    if not theirs.chars or theirs.chars >= ours.chars or not _inside(theirs, ours):
        return False
    omitted_links = ours.link_chars - theirs.link_chars
    if omitted_links < OMITTED_LINKS * (ours.chars - theirs.chars):
        return False
    return theirs.prose_chars >= KEPT_PROSE * ours.prose_chars


def is_paragraph_core(ours: Linked, theirs: Linked) -> bool:
    """`theirs` is the paragraphs of `ours` without the lists, headings and loose lines around them."""
    gained = ours.paragraph_share <= theirs.paragraph_share - PARAGRAPH_GAIN
    return gained and _paragraphs_of(ours, theirs)


def is_table_free_core(ours: Linked, theirs: Linked) -> bool:
    """`theirs` is the paragraphs of `ours` without the layout tables they sat in (and the cells around them)."""
    return not theirs.tables and _paragraphs_of(ours, theirs)


def is_untabled_version(ours: Linked, theirs: Linked) -> bool:
    """`theirs` holds about our text without the layout tables: as long as ours or nearly, at most a data table."""
    return theirs.tables <= UNTABLED_TABLES and 0 < UNTABLED_WORDS * ours.words <= theirs.words


def _paragraphs_of(ours: Linked, theirs: Linked) -> bool:
    """`theirs` is shorter than `ours`, reads as paragraphs, keeps most of our paragraph words, lies inside ours."""
    if not theirs.chars or theirs.chars >= ours.chars or theirs.paragraph_share < MIN_PARAGRAPH_SHARE:
        return False
    return theirs.paragraph_words >= KEPT_PARAGRAPHS * ours.paragraph_words and _inside(theirs, ours)


def second_opinion(fragment: str, runs: Runs, readability: Callable[[Runs], str]) -> str:
    """`fragment`, or readability's version of it when that is the same text without its link furniture."""
    ours = Linked.of(fragment)
    # The link test keeps to the pages it was measured on: those it asked about, or that ran readability anyway.
    links = ours.link_share >= LINK_SHARE or runs.ran_readability
    tabled = ours.tables >= LAYOUT_TABLES
    if not links and not ours.laid_out and not tabled:
        return fragment
    other = readability(runs)
    if other == fragment:
        return fragment
    theirs = Linked.of(other)
    if (links and is_trimmed_version(ours, theirs)) or is_paragraph_core(ours, theirs):
        return other
    if tabled and (is_table_free_core(ours, theirs) or is_untabled_version(ours, theirs)):
        return other
    return fragment

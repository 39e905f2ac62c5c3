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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from converter.html.content import Runs
from converter.html.parse import parse_fragment
from converter.html.text import shingles, solid_chars

# Our result's characters inside links, as a share of its characters, from which readability is asked.
LINK_SHARE = 0.13
# readability's version must lie inside ours (this share of its 4-word runs found in ours) ...
INSIDE = 0.9
# ... what it leaves out must be at least this share links ...
OMITTED_LINKS = 0.3
# ... and it must keep this share of our characters outside links.
KEPT_PROSE = 0.5


@dataclass(frozen=True)
class Linked:
    """A fragment's text, its length and how much of it sits inside links (white space not counted)."""

    text: str
    chars: int
    link_chars: int

    @classmethod
    def of(cls, fragment: str) -> Linked:
        if not fragment.strip():
            return cls("", 0, 0)
        try:
            root = parse_fragment(fragment)
        except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on a whole swallowed document
            return cls("", 0, 0)
        text = " ".join(root.itertext())  # blocks apart: "noon</p><p>See" is two words
        return cls(text, solid_chars(text), sum(solid_chars(a.text_content()) for a in root.iter("a")))

    @property
    def link_share(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @property
    def prose_chars(self) -> int:
        return self.chars - self.link_chars


def is_trimmed_version(ours: Linked, theirs: Linked) -> bool:
    """`theirs` is `ours` with link-heavy blocks left out and its prose kept."""
    if not theirs.chars or theirs.chars >= ours.chars:
        return False
    mine = shingles(theirs.text)
    total = sum(mine.values())
    if not total or sum((mine & shingles(ours.text)).values()) < INSIDE * total:
        return False
    omitted_links = ours.link_chars - theirs.link_chars
    if omitted_links < OMITTED_LINKS * (ours.chars - theirs.chars):
        return False
    return theirs.prose_chars >= KEPT_PROSE * ours.prose_chars


def second_opinion(fragment: str, runs: Runs, readability: Callable[[Runs], str]) -> str:
    """`fragment`, or readability's version of it when that is the same text without its link furniture."""
    ours = Linked.of(fragment)
    if ours.link_share < LINK_SHARE and not runs.ran_readability:
        return fragment
    other = readability(runs)
    if other == fragment:
        return fragment
    return other if is_trimmed_version(ours, Linked.of(other)) else fragment

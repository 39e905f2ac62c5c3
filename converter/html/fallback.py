"""Main content with a check: a result that is mostly links, or holds little prose, is weighed against the others.

trafilatura with links kept (as we run it, so the Markdown keeps them) now and then takes a menu
strip or a list of teasers for the article: its text is then mostly link text. And its precision
mode sometimes keeps a fixture list or a box beside the article, a few dozen words, where its
default mode or readability finds the article. On such a result (link words at least half its
words, or under MIN_PROSE words outside links) trafilatura's default mode and readability run,
and the one with the most words outside links wins if it is not itself mostly links and holds
more prose (against a menu, prose enough is enough: a menu's unlinked words are labels and times).

The three numbers were chosen by grouped cross-validation (group = site) over a small grid on the
news sets (scrapinghub + naeb) from the cached candidates: three folds of five chose these, the
other two differed in one number each. A normal page (prose, few links) never reaches the second
step, so its output and cost are unchanged; 7 of the 179 news pages do, 48 of the 550 wceb-train.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from converter.html import content, trim
from converter.html.candidates import CANDIDATES, Candidate
from converter.html.parse import shared_fragment

# A result whose link words are this share of its words is navigation, not an article.
LINK_SHARE = 0.5
# Fewer words outside links than this and the result is checked against the others.
MIN_PROSE = 100
# ... and another candidate wins only with more than this many times its words outside links.
PROSE_GAIN = 1.0
# Cheapest first. trafilatura's recall mode added nothing beside these two on any set (measured).
ALTERNATIVES: dict[str, Candidate] = {name: CANDIDATES[name] for name in ("tf_full", "readability")}


@dataclass(frozen=True)
class Prose:
    words: int
    linked: int

    @classmethod
    def of(cls, fragment: str) -> Prose:
        if not fragment.strip():
            return cls(0, 0)
        try:
            root = shared_fragment(fragment)
        except (etree.ParserError, ValueError, AssertionError):
            # lxml asserts on a "fragment" that is a whole document with no body (readability
            # returns one when an unterminated <title> swallows the page): no usable text.
            return cls(0, 0)
        words = len(root.text_content().split())
        return cls(words, sum(len(a.text_content().split()) for a in root.iter("a")))

    @property
    def unlinked(self) -> int:
        return self.words - self.linked

    @property
    def navigation(self) -> bool:
        return self.linked >= LINK_SHARE * self.words

    @property
    def plain(self) -> bool:
        """Prose enough and not mostly links: the first step's result stands."""
        return self.words > 0 and not self.navigation and self.unlinked >= MIN_PROSE


def better(first: Prose, others: dict[str, Prose]) -> str | None:
    """The name of the candidate to take instead of the first result (None: keep it)."""
    if first.plain:
        return None
    usable = [name for name, prose in others.items() if prose.words and not prose.navigation]
    if not usable:
        return None
    best = max(usable, key=lambda name: others[name].unlinked)  # ties: the earlier (cheaper) one
    if first.navigation and others[best].unlinked >= MIN_PROSE:
        return best  # prose against a menu: the menu's unlinked words (labels, times) are no measure
    return best if others[best].unlinked > PROSE_GAIN * first.unlinked else None


def main_content(tree: lxml_html.HtmlElement, page: content.PageWords) -> str:
    """The article's main content as an HTML fragment ('' when none is found)."""
    runs = content.Runs(tree)
    # Last, a result heavy with links is checked against readability's (html.trim).
    return trim.second_opinion(_checked(runs, page), runs, ALTERNATIVES["readability"])


def _checked(runs: content.Runs, page: content.PageWords) -> str:
    fragment = content.cascade_content(runs, page)
    first = Prose.of(fragment)
    if first.plain:
        return fragment
    results = {name: extract(runs) for name, extract in ALTERNATIVES.items()}
    chosen = better(first, {name: Prose.of(result) for name, result in results.items()})
    return fragment if chosen is None else results[chosen]

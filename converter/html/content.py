"""Main content of a page as an HTML fragment: trafilatura first, readability when it saw more.

trafilatura in precision mode is the most accurate extractor we have. Its full cascade also runs
readability and jusText on every page to catch the rare page where its own rules go wrong, which
costs a third of its time. We run its fast path first and the full cascade only when the result
looks doubtful for this page: it kept little of the page's paragraph text, or little of its
visible text when the page is not built of paragraphs, or almost nothing at all, or little of
the page's longest text set in lines apart by <br> (a story of the 2000s set that way, whose one
<p> is its lead: the fast path took the lead and a notice beside it; measured on wceb-train: 15 of
550 pages more go to the full cascade, 2 much better (0.08 → 0.98, 0.77 → 0.93), none worse;
one of 65 Scrapinghub and 3 of 114 NAEB pages, unchanged).

Even the full cascade now and then stops early (a page split into several containers) and
returns a fraction of the article. readability scores containers differently; when its result
holds nearly all of trafilatura's text and much more besides, trafilatura was cut short and
readability's version is the article.
"""

from __future__ import annotations

import copy
import warnings
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from converter.html import precise
from converter.html.parse import shared_fragment
from converter.html.text import paragraph_words, shingles, solid_chars
from converter.textkey import WORD as _WORD

# readability must contain this share of trafilatura's text, and be this much longer, to win.
_CONTAINS = 0.9
_LONGER = 1.5
_MIN_WORDS = 15
# trafilatura's result holding this share of the page's paragraph words was not cut short.
_KEPT_SHARE = 0.5
# ... and a result under this share of the page's visible text is doubtful too (pages that set
# their text in divs and line breaks have no paragraph words to compare with).
_VISIBLE_SHARE = 0.1
# Below this many words the fast path's answer is checked by the full cascade whatever the page.
_SHORT_WORDS = 50
# A page with fewer paragraph words than this is not built of paragraphs: a fast-path result under
# _DIV_PAGE_SHARE of its visible text is doubtful there (the fast path may have taken a box beside the
# article). Measured on the cached candidates: fires on 1 of 114 NAEB pages (page F1 0.41 → 0.93) and
# 3 of 550 wceb-train pages (unchanged), none of Scrapinghub's; at 100 or 200 words it fires on 5 and 23
# wceb-train pages for no change, at a share of 0.25 on none of the news pages.
_FEW_PARAGRAPH_WORDS = 50
_DIV_PAGE_SHARE = 0.3
_INVISIBLE = {"script", "style", "noscript", "template"}
# A page with a run of this many words set outside any block (4-word runs, roughly words) ...
_LOOSE_WORDS = 50
# ... of which the result holds under this share is checked by the full cascade.
_LOOSE_KEPT = 0.5
# Found in C: the elements that break their own text into lines.
_BR_PARENTS = etree.XPath("//br/..")


class PageWords:
    """How much text the page holds: words inside `<p>`, and its visible text.

    Each is counted on first use, once: a short result settles the doubt before either is needed.
    """

    def __init__(self, root: lxml_html.HtmlElement) -> None:
        self._root = root

    @cached_property
    def paragraphs(self) -> int:
        return paragraph_words(self._root)

    @cached_property
    def loose(self) -> str:
        """The longest text set in lines apart by <br>, straight in one element outside its child blocks."""
        best = ""
        for element in _BR_PARENTS(self._root):
            text = " ".join([element.text or "", *(child.tail or "" for child in element)])
            if len(text) > len(best):
                best = text
        return best

    @cached_property
    def visible(self) -> int:
        """Visible characters in the body, not counting white space (scripts and styles are not seen)."""
        body = self._root.find("body")
        if body is None:
            return 0
        hidden = sum(solid_chars(element.text_content()) for element in body.iter(*_INVISIBLE))
        return max(0, solid_chars(body.text_content()) - hidden)


# What every trafilatura call asks for: HTML we turn into Markdown ourselves, with links, images, tables and
# emphasis, without reader comments.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "output_format": "html",
    "include_links": True,
    "include_images": True,
    "include_tables": True,
    "include_formatting": True,
    "include_comments": False,
}


# The include_* options, as html.precise takes them.
_INCLUDE = {key: value for key, value in TRAFILATURA_OPTIONS.items() if key.startswith("include_")}


def _trafilatura(
    tree: lxml_html.HtmlElement, *, precision: bool, fast: bool, page: precise.PreciseRuns | None = None
) -> str:
    """`page`: the precision runs of this tree so far (html.precise), when the caller keeps them."""
    import trafilatura

    # trafilatura copies a tree it is given, so ours stays intact for the later steps.
    # No url: trafilatura would resolve relative links against the host alone ("a/b" → "/a/b");
    # markdown.py resolves them against the page's base instead.
    options: dict[str, Any] = {**TRAFILATURA_OPTIONS, "favor_precision": precision, "fast": fast}
    html_output = _html_output()
    if html_output is None:
        return trafilatura.extract(tree, **options) or ""
    document: Any
    page = page or (precise.PreciseRuns(tree, **_INCLUDE) if precision else None)
    if precision and page is not None and page.staged:
        # The same result without the prunes that cannot match this page, and the full cascade reusing the
        # fast path's main extraction (html.precise).
        document = page.extract(fast=fast)
    else:
        # extract() is bare_extraction() plus this serialisation, and a content fingerprint (a tenth of
        # its time) that only its deduplication uses.
        document = trafilatura.bare_extraction(tree, as_dict=False, **options)
    return html_output(document) if document is not None and document.body is not None else ""


def _html_output() -> Callable[[Any], str] | None:
    """trafilatura's own serialisation of a result as HTML, as extract() does it (None if it moved)."""
    try:
        from trafilatura.htmlprocessing import build_html_output
        from trafilatura.utils import normalize_unicode
    except ImportError:
        return None
    return lambda document: normalize_unicode(build_html_output(document, False))


def _readability(tree: lxml_html.HtmlElement) -> str:
    try:
        from readability import Document
    except ImportError:  # optional: without it we keep trafilatura's result
        return ""
    try:
        # A tree rather than its HTML to parse again: readability reads a tree as it would its parse. It drops
        # hidden elements from the tree it is given, and works on its cleaner's copy after that (every pass
        # copies the tree given anew): a page hiding nothing is given our tree itself, unchanged by readability,
        # any other a copy (ours stays intact for the later steps).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            given = copy.deepcopy(tree) if _hides(tree) else tree
            return Document(given).summary(html_partial=True) or ""
    except Exception:  # noqa: BLE001 - readability fails on odd markup; trafilatura's result stands
        return ""


# What readability drops from the tree it is given (readability.Document._parse): an element with a `hidden`
# attribute, or a style its displayNoneRe finds.
_HIDDEN = etree.XPath("//*[@hidden]")
_STYLED = etree.XPath("//*[@style]")


def _hides(tree: lxml_html.HtmlElement) -> bool:
    """Whether readability would drop an element from `tree` before it copies it."""
    from readability.readability import REGEXES

    display_none = REGEXES["displayNoneRe"]
    return bool(_HIDDEN(tree)) or any(display_none.search(el.get("style")) for el in _STYLED(tree))


def fragment_text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    try:
        return shared_fragment(fragment).text_content()
    except Exception:  # noqa: BLE001 - unparsable fragment holds no usable text
        return ""


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _covers(longer: Counter[tuple[str, ...]], shorter: Counter[tuple[str, ...]]) -> float:
    total = sum(shorter.values())
    return sum((shorter & longer).values()) / total if total else 0.0


def _kept_enough(words: int, page: PageWords) -> bool:
    return words >= _MIN_WORDS and words >= _KEPT_SHARE * page.paragraphs


def _small_share(text: str, page: PageWords) -> bool:
    return solid_chars(text) < _VISIBLE_SHARE * page.visible


def _misses_loose_text(text: str, page: PageWords) -> bool:
    """The page sets a long run of text outside any block (lines apart by <br>) and the result has little of it."""
    if len(page.loose.split()) < _LOOSE_WORDS:  # most pages: no shingles made
        return False
    loose = shingles(page.loose)
    total = sum(loose.values())
    return total >= _LOOSE_WORDS and sum((loose & shingles(text)).values()) < _LOOSE_KEPT * total


def _small_share_of_divs(text: str, page: PageWords) -> bool:
    """The page sets its text outside paragraphs and the result holds little of it."""
    return page.paragraphs < _FEW_PARAGRAPH_WORDS and solid_chars(text) < _DIV_PAGE_SHARE * page.visible


def _doubtful(text: str, page: PageWords) -> bool:
    words = _word_count(text)
    return (
        words < _SHORT_WORDS
        or not _kept_enough(words, page)
        or _small_share(text, page)
        or _small_share_of_divs(text, page)
        or _misses_loose_text(text, page)
    )


class Runs:
    """One page's extractor results, each extractor run at most once on its tree.

    The cascade, its doubtful-page retry and the fallback ask for some of the same results (readability
    and trafilatura's full cascade are each a third or more of a page's cost).
    """

    def __init__(self, tree: lxml_html.HtmlElement) -> None:
        self.tree = tree
        self._results: dict[tuple[str, bool, bool], str] = {}
        self._precise: precise.PreciseRuns | None = None

    def trafilatura(self, *, precision: bool, fast: bool) -> str:
        key = ("trafilatura", precision, fast)
        if key not in self._results:
            if precision and self._precise is None:
                self._precise = precise.PreciseRuns(self.tree, **_INCLUDE)
            page = self._precise if precision else None
            self._results[key] = _trafilatura(self.tree, precision=precision, fast=fast, page=page)
        return self._results[key]

    @property
    def ran_readability(self) -> bool:
        """readability has run on this page already (asking it again costs nothing)."""
        return ("readability", False, False) in self._results

    def readability(self) -> str:
        key = ("readability", False, False)
        if key not in self._results:
            self._results[key] = _readability(self.tree)
        return self._results[key]


def _full_cascade(runs: Runs) -> tuple[str, str]:
    """trafilatura's full cascade as an HTML fragment, and the fragment's text (parsed once, read thrice)."""
    best = runs.trafilatura(precision=True, fast=False)
    text = fragment_text(best)
    if _word_count(text) < _MIN_WORDS:
        # Precision mode can discard a short article outright; the default mode is more lenient.
        best = runs.trafilatura(precision=False, fast=False) or best
        text = fragment_text(best)
    return best, text


def cascade_content(runs: Runs, page: PageWords) -> str:
    """The main content trafilatura's cascade finds (readability's when trafilatura's is cut short), as an HTML
    fragment ('' when none is found); `fallback.main_content` checks it further."""
    best = runs.trafilatura(precision=True, fast=True)
    text = fragment_text(best)
    if not _doubtful(text, page):
        # Not doubtful holds the test below (enough words kept, not a small share of the page) for this very
        # text: returned without counting its words again.
        return best
    # Next to nothing found by the fast path goes to the full cascade too, not to the lenient mode's
    # fast path: that one takes a page's list of places or links, set as paragraphs, for its text
    # (measured on wceb-train: 9 pages better, 3 a little worse, +0.003 mean page F1; no news page
    # of scrapinghub or naeb changes).
    best, text = _full_cascade(runs)
    # Not cut short: the second extractor (a third of the cost of a page) is not run. A result still under a
    # tenth of the visible text after the full cascade was cut short on a page not built of paragraphs
    # (measured: 2 more readability runs on wceb-train's 550 pages, one page 0.18 → 0.98; none on the news sets).
    if _kept_enough(_word_count(text), page) and not _small_share(text, page):
        return best
    other = runs.readability()
    ours, theirs = shingles(text), shingles(fragment_text(other))
    if not ours:
        return other if len(theirs) >= _MIN_WORDS else best
    if _covers(theirs, ours) >= _CONTAINS and sum(theirs.values()) >= _LONGER * sum(ours.values()):
        return other
    return best

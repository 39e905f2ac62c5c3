"""Saved HTML → main content as Markdown, plus metadata and related links.

parse → metadata (converter.html.metadata) → drop what no later step reads (scripts, styles, navigation,
      footers) and reader comments (html.comments) → cut related-links blocks out (html.related)
      → main content (html.content: trafilatura, readability when trafilatura fell short; html.fallback:
        the other candidates when that result is mostly links or holds little prose; html.trim:
        readability's version when ours is heavy with links and readability's is ours without them)
      → put back the spaces it lost at links' edges (html.spacing), blocks it dropped mid-article
        (html.recover), text set loose in the article's container (html.loose) and figure captions (html.figures)
      → a list of other stories' teasers ending it becomes related links (html.teasers)
      → drop repeated headline/byline/dateline and page furniture (html.cleanup) → Markdown (markdown.py)
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml import html as lxml_html

from converter.article import Article, Extraction, RelatedLink
from converter.errors import NoArticle
from converter.html.cleanup import clean_fragment
from converter.html.comments import drop_comments
from converter.html.content import PageWords
from converter.html.fallback import main_content
from converter.html.figures import captions, restore_captions
from converter.html.limits import cap_tree
from converter.html.lines import recover_lines
from converter.html.loose import long_run_holders, recover_loose_text
from converter.html.metadata import extract_metadata, link_base
from converter.html.parse import document_ends_dropped, html_start_opened, parse_html, shared_fragment, title_closed
from converter.html.recover import recover_blocks
from converter.html.related import take_related, take_trailing_links
from converter.html.spacing import page_words, words_apart
from converter.html.teasers import take_teasers
from converter.markdown import html_to_markdown
from converter.sanitize import clean_record

# Fewer words outside links than this and the page is navigation, an error page or an empty shell.
_MIN_PROSE_WORDS = 5


def page_text(html: str) -> str:
    """The page's text as the parser is given it."""
    # lxml refuses str input that declares an encoding; we already hold decoded text.
    text = html.lstrip("\ufeff")
    if text.lstrip().startswith("<?xml"):
        text = text.split("?>", 1)[-1]
    return document_ends_dropped(html_start_opened(title_closed(text)))


def parse_page(html: str, rel: str) -> lxml_html.HtmlElement:
    """The page's tree, as `extract_html` parses it."""
    try:
        root = parse_html(page_text(html))
    except (etree.ParserError, ValueError) as exc:
        raise NoArticle(rel, f"HTML cannot be parsed: {exc}") from exc
    return root


# Never shown as text (scripts, styles...) or site navigation and footers, which every extractor
# discards and no later step reads (metadata has been read by then): dropping them first saves each
# later pass (trafilatura's XPath pruning most of all) from walking them, a third of a typical page's
# elements. JSON-LD stays: trafilatura's baseline reads an articleBody there when all else fails.
_UNREAD = ("script", "style", "svg", "noscript", "iframe", "nav", "footer")


# Inline elements that show nothing when empty: a ticker widget's slot, an icon font's <i>. trafilatura
# deletes an empty one together with its tail, the rest of the sentence ("Hitachi Ltd. <span></span> is
# the preferred bidder..." kept "Hitachi Ltd."): they go first, their tails kept.
_EMPTY_INLINE = ("span", "i", "b", "em", "strong", "u", "s", "small", "big", "font", "sup", "sub", "mark", "abbr")


def _drop_unread(root: lxml_html.HtmlElement) -> None:
    doomed = [el for el in root.iter(*_UNREAD) if not (el.tag == "script" and el.get("type") == "application/ld+json")]
    doomed += [el for el in root.iter(*_EMPTY_INLINE) if not el.text and not len(el) and el.tail and el.tail.strip()]
    for el in doomed:
        if el.getparent() is None:
            continue
        try:
            el.drop_tree()  # keeps the tail text
        except ValueError:
            # lxml will not join a tail holding control characters to its neighbour's text: empty the
            # element where it stands instead (its tail stays put).
            el.clear(keep_tail=True)
            el.tag = "span"


def _own_links_excluded(links: list[RelatedLink], url: str | None, title: str | None) -> tuple[RelatedLink, ...]:
    """No link back to the page itself (sidebars list the current story too), no duplicates."""
    own = (url or "").rstrip("/")
    kept: dict[str, RelatedLink] = {}
    for link in links:
        if (link.url or "").rstrip("/") == own or (title and link.title == title):
            continue
        kept.setdefault(link.url or link.title, link)
    return tuple(kept.values())


def _or_unchanged(fragment: str, step: Callable[[str], str]) -> str:
    """Run a refinement step; if odd markup trips it, the extractor's fragment is still the article."""
    try:
        return step(fragment)
    except (ValueError, AssertionError, etree.LxmlError, RecursionError):  # lxml asserts on some trees
        return fragment


def _has_prose(fragment: str) -> bool:
    """Some text that is not just links: a page of navigation alone holds no article."""
    if not fragment.strip():
        return False
    root = shared_fragment(fragment)
    words = len(root.text_content().split())
    linked = sum(len(a.text_content().split()) for a in root.iter("a"))
    return words - linked >= _MIN_PROSE_WORDS


def extract_html(html: str, rel: str, root: lxml_html.HtmlElement | None = None) -> Extraction:
    """`root`: the page's `parse_page`, when the caller has parsed it already (it is changed here)."""
    root = parse_page(html, rel) if root is None else root
    cap_tree(root)  # pathological markup flattened past generous limits: every later pass runs in seconds
    meta = extract_metadata(root)
    figure_captions = captions(root)
    base = link_base(root, meta.source_url)
    _drop_unread(root)
    # The page's paragraph words, asked by the reader comments' test, the related blocks' and the main content's
    # doubt, counted once until a step cuts something (a step that finds nothing leaves the page as it was).
    page = PageWords(root)
    if drop_comments(root, lambda: page.paragraphs):
        page = PageWords(root)
    counted = page
    related = take_related(root, base, lambda: counted.paragraphs)
    if related:
        page = PageWords(root)
    fragment = main_content(root, page)
    fragment = _or_unchanged(fragment, lambda f: words_apart(f, lambda: page_words(root)))
    fragment = _or_unchanged(fragment, lambda f: recover_blocks(root, f))
    holders = long_run_holders(root)  # one search of the page for both loose-text steps
    fragment = _or_unchanged(fragment, lambda f: recover_loose_text(root, f, holders))
    fragment = _or_unchanged(fragment, lambda f: recover_lines(root, f, holders))
    fragment = _or_unchanged(fragment, lambda f: restore_captions(f, figure_captions))
    try:
        fragment, teasers = take_teasers(fragment, base)
    except (ValueError, etree.LxmlError):
        teasers = []
    fragment = _or_unchanged(
        fragment, lambda f: clean_fragment(f, meta.title or "", list(meta.authors), meta.source_url, meta.description)
    )
    try:
        fragment, trailing = take_trailing_links(fragment, base)
    except (ValueError, etree.LxmlError):
        trailing = []
    body = html_to_markdown(fragment, base_url=base)
    if not _has_prose(fragment):
        raise NoArticle(rel, "no main content found in the HTML")
    article = Article(
        title=meta.title or rel,
        body=body,
        authors=meta.authors,
        date=meta.date,
        source_name=meta.source_name,
        source_url=meta.source_url,
        related=_own_links_excluded([*related, *trailing, *teasers], meta.source_url, meta.title),
        raw=rel,
        description=meta.description,
        language=meta.language,
        image=meta.image,
        tags=meta.tags,
    )
    return clean_record(Extraction(article))  # every string of the record is cleaned here, once

"""Page metadata from every place a page keeps it, in order of trust: first trustworthy value wins.

Order per field (most to least trusted):
    JSON-LD Article  →  OpenGraph / article:*  →  Twitter card  →  other <meta> (author, pubdate, ...)
    →  visible markup (<h1>, <time datetime>, byline and dateline elements)  →  trafilatura / htmldate
    →  canonical link and the URL itself.
Each source is one small function returning a value or None; a value that fails its field's check
(an author that is a URL or an organisation, a date that does not parse) is passed over.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from converter.bylines import NEWSROOM_TAIL, looks_like_name, organisation_name, split_authors
from converter.dates import MONTHS, find_date, parse_date
from converter.html import jsonld
from converter.html.text import element_text
from converter.tags import clean_tags
from converter.textkey import WORD as _WORD
from converter.textkey import compact_key as _compact
from converter.urls import clean_url


@dataclass
class Page:
    """What the metadata sources read: the parsed page, its JSON-LD article and its <meta> tags."""

    root: lxml_html.HtmlElement
    ld: dict[str, Any] = field(default_factory=dict)
    ld_ids: dict[str, dict[str, Any]] = field(default_factory=dict)
    meta: dict[str, list[str]] = field(default_factory=dict)
    url: str | None = None
    site: str | None = None
    visible: str | None = None
    # The first inline element (a, span, strong, b, em) of each compact text: where a byline puts a name.
    inline: dict[str, lxml_html.HtmlElement] | None = None
    # The byline markup's names (authors_markup), read once: as a source, then again for co-authors.
    markup_authors: tuple[str, ...] | None = None
    # The byline elements' texts (_byline_texts), read once: for the markup's names, then for an organisation.
    byline_texts: tuple[str, ...] | None = None

    def tag(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return _plain(value)
        return None


def _plain(value: str) -> str:
    """One line of text; entities unescaped (some sites escape twice: '&amp;#8216;')."""
    for _ in range(2):
        if "&" in value:
            value = html.unescape(value)
    return " ".join(value.split())


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    image: str | None = None


def metadata_sources(root: lxml_html.HtmlElement) -> Page:
    """The page's metadata sources read once: its <meta> tags by name, and its JSON-LD article object."""
    meta: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
        if key and el.get("content") is not None:
            meta.setdefault(key.strip(), []).append(el.get("content") or "")
    ld, by_id = jsonld.article_object(root)
    return Page(root=root, ld=ld or {}, ld_ids=by_id, meta=meta)


def _ld_text(page: Page, key: str) -> str | None:
    value = jsonld.resolve(page.ld.get(key), page.ld_ids)
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    return _plain(str(value)) if value else None


def _first(sources: Sequence[Callable[[Page], Any]], page: Page, ok: Callable[[Any], bool] = bool) -> Any:
    for source in sources:
        try:
            value = source(page)
        except (TypeError, ValueError, AttributeError):  # malformed markup: try the next source
            continue
        if value and ok(value):
            return value
    return None


# ---------------------------------------------------------------- source URL and site name ----


def _http(url: str | None, base: str | None = None) -> str | None:
    url = clean_url(url, base)
    return url if url and url.startswith(("http://", "https://")) else None


def url_canonical(page: Page) -> str | None:
    for link in page.root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return _http(link.get("href"), page.url)
    return None


def url_og(page: Page) -> str | None:
    return _http(page.tag("og:url", "twitter:url"), page.url)


def url_ld(page: Page) -> str | None:
    entity = page.ld.get("mainEntityOfPage")
    return _http(jsonld.first_url(page.ld.get("url")) or jsonld.first_url(entity))


def url_base(page: Page) -> str | None:
    for base in page.root.iter("base"):
        return _http(base.get("href"))
    return None


def link_base(root: lxml_html.HtmlElement, page_url: str | None) -> str | None:
    """What relative links resolve against: the page's <base href> (itself resolved), else its URL."""
    for base in root.iter("base"):
        href = base.get("href")
        if href:
            return _http(href, page_url) or page_url
    return page_url


def site_ld(page: Page) -> str | None:
    names = jsonld.names(page.ld.get("publisher"), page.ld_ids)
    return names[0] if names else None


def site_og(page: Page) -> str | None:
    return page.tag("og:site_name", "application-name", "twitter:app:name:iphone")


def site_host(page: Page) -> str | None:
    host = urlsplit(page.url or "").hostname or ""
    return host.removeprefix("www.") or None


# ---------------------------------------------------------------------------------- title ----

_SEPARATORS = re.compile(r"(?<!\s)\s+(?:\||-|–|—|·|•|::|»|/)\s+|(?:(?<!\s)\s*|(?<=\s))\|\s*")


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go", "gob", "nic"})


def site_label(host: str) -> str:
    """The name part of a host: 'www.nytimes.com' → 'nytimes', 'entermedia.co.kr' → 'entermedia'."""
    labels = host.lower().removeprefix("www.").split(".")
    if len(labels) > 1:
        labels = labels[:-1]
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1]


# A part holding the site's name is the site's when short ("The Harvard Crimson Online") or led by the name
# ("Spartans.com—Official Web Site of …"): a longer one is the headline, which may name its own publication
# ("… Kennedy Jr.: PolitiFact's 2023 Lie of the Year").
_SITE_WORDS = 5


def _site_part(part: str, key: str) -> bool:
    return len(part.split()) <= _SITE_WORDS or _compact(part).startswith(key)


def strip_site(title: str, site: str | None, host: str | None = None) -> str:
    """'Headline | Site' → 'Headline' when the cut-off part names the site."""
    keys = {_compact(k) for k in (site, host) if k} - {""}
    if host:
        keys.add(_compact(site_label(host)))
    parts = _SEPARATORS.split(title)
    while len(parts) > 1 and (
        _compact(parts[-1]) in keys
        or any(len(k) >= 4 and k in _compact(parts[-1]) and _site_part(parts[-1], k) for k in keys)
    ):
        parts.pop()
    while len(parts) > 1 and (_compact(parts[0]) in keys):
        parts.pop(0)
    if len(parts) == len(_SEPARATORS.split(title)):
        return title.strip()
    # Rebuild with the original separators: only the site part is removed.
    kept = " ".join(parts)
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else kept.strip()


def title_ld(page: Page) -> str | None:
    return _ld_text(page, "headline") or (
        _ld_text(page, "name") if jsonld.types_of(page.ld) & jsonld.ARTICLE_TYPES else None
    )


def title_og(page: Page) -> str | None:
    return page.tag("og:title")


def title_twitter(page: Page) -> str | None:
    return page.tag("twitter:title")


def title_h1(page: Page) -> str | None:
    headings = _headings(page)
    return headings[0] if len(set(headings)) == 1 else None


def _headings(page: Page) -> list[str]:
    """The texts of the page's <h1> elements of two words or more, in order."""
    return [h for h in (element_text(h) for h in page.root.iter("h1")) if len(h.split()) >= 2]


def title_tag(page: Page) -> str | None:
    for el in page.root.iter("title"):
        return element_text(el) or None
    return None


TITLE_SOURCES = [title_ld, title_og, title_twitter, title_tag, title_h1]


def find_title(page: Page) -> str | None:
    """The visible headline when a meta title agrees with it, else the first meta title.

    JSON-LD and og:title sometimes carry an SEO headline the reader never sees; an <h1> alone may be
    the site's name. An <h1> that begins some meta title is both visible and confirmed.
    """
    host = urlsplit(page.url or "").hostname
    titles = []
    for source in TITLE_SOURCES:
        value = source(page)
        if value and len(value) <= 400:
            titles.append((source, strip_site(value, page.site, host)))
    metas = [value for source, value in titles if source is not title_h1]
    h1 = title_h1(page)
    if h1 and _confirmed(h1, metas):
        return h1
    # Several <h1>s (the headline among the menu's): the longest a meta title confirms is the headline. A
    # blog's name over its posts begins a meta title too ("Blog: Post title"): here the <h1> must be whole
    # parts of the title ("Headline | Section | Site").
    confirmed = [h for h in _headings(page) if _confirmed(h, metas, parts=True)] if not h1 else []
    if confirmed:
        return max(confirmed, key=len)
    # An unconfirmed <h1> that is one part of "Headline | Name" is the site's name: cut it off.
    headlines = [strip_site(value, h1) if h1 else value for value in metas]
    if h1 and headlines == metas and _headline_like(h1, page):
        return h1  # the headline the reader sees; the meta titles are written for search engines
    headlines += [value for source, value in titles if source is title_h1]
    return headlines[0] if headlines else None


def _confirmed(h1: str, metas: list[str], *, parts: bool = False) -> bool:
    """Whether a meta title starts with the <h1>'s text ("Headline | Site"), or holds it as most of its text
    ("Opinion | Headline"); an <h1> that is only the site's name is a small part of a meta title. With
    `parts`, it must be the title's first or last parts, whole."""
    key = _compact(h1)
    if parts:
        return bool(key) and any(_whole_parts(key, value) for value in metas)
    return bool(key) and any(
        _compact(value).startswith(key) or (key in _compact(value) and 2 * len(key) >= len(_compact(value)))
        for value in metas
    )


def _whole_parts(key: str, title: str) -> bool:
    """Whether the title's first or last parts (between separators) are the text `key`."""
    pieces = _SEPARATORS.split(title)
    return any(
        key in (_compact(" ".join(pieces[:i])), _compact(" ".join(pieces[i - 1 :]))) for i in range(1, len(pieces) + 1)
    )


_HEADLINE_WORDS = 3  # fewer, and an <h1> is as often a section's or a site's name (chosen by bench/bench_meta.py)


def _headline_like(h1: str, page: Page) -> bool:
    """An <h1> no meta title confirms is still the headline when it reads as one and names no site."""
    key = _compact(h1)
    return len(h1.split()) >= _HEADLINE_WORDS and not any(key in site or site in key for site in site_names(page))


# -------------------------------------------------------------------------------- authors ----

_URL_START = re.compile(r"^(?:https?:|www\.|/)", re.IGNORECASE)
_URLISH = re.compile(r"^(?:https?:|www\.|/)|\.(?:com|org|net)\b", re.IGNORECASE)
_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|writer|contributor)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)


def _visible_text(page: Page) -> str:
    """The page's readable text, compacted (no scripts, styles or head), computed once."""
    if page.visible is None:
        body = page.root.find("body")
        parts: list[str] = []
        if body is not None:
            # (one walk over the elements, half the CPU of an XPath testing each text node's ancestors; each
            # text read once, the cheap tests first)
            add = parts.append
            for element in body.iter():
                text = element.text
                if text and element.tag not in _UNREAD and isinstance(element.tag, str):
                    add(text)
                text = element.tail
                if text and element is not body:
                    add(text)
        # _compact's letters and digits, as the runs of them joined (the same string: a tenth faster on a page's
        # text than deleting what lies between them)
        page.visible = "".join(_WORD.findall(" ".join(parts).casefold()))
    return page.visible


_UNREAD = frozenset(("script", "style"))  # elements whose text no reader sees


def site_names(page: Page) -> set[str]:
    """Compact forms of every name the site goes by: a byline naming one of them credits no person."""
    names = {
        page.site,
        site_host(page),
        page.tag("og:site_name"),
        page.tag("application-name"),
        page.tag("twitter:site"),
    }
    names |= set(jsonld.names(page.ld.get("publisher"), page.ld_ids))
    host = site_host(page)
    if host:
        names.add(site_label(host))
    return {_compact(n.lstrip("@")) for n in names if n} - {""}


def _people(values: Sequence[str], page: Page, *, strict: bool = False, declared: bool = False) -> list[str]:
    """Person names from byline strings. `strict` (for loose sources: classes, user names) wants
    names of two or more words, so a dateline city or a form label ("Name") is not taken for one.
    `declared` (for fields that declare a person's name: JSON-LD, <meta> author) lets a given name that
    is also a common word open a name ("Will Shanklin")."""
    sites = site_names(page)
    people: list[str] = []
    for value in values:
        value = _plain(value or "")
        if not value or _URL_START.match(value):
            continue
        if " " not in value and value == value.lower():
            continue  # a user name ("jdoe"), not a person's name
        for name in split_authors(value, page.site, declared=declared):
            if _URLISH.search(name):
                continue  # "cleveland.com" in "Troy L. Smith, cleveland.com"
            name = _without_site_words(name, sites)
            key = _compact(name)
            if key in sites or any(len(key) >= 4 and key in site for site in sites):
                continue
            if strict and (len(name.split()) < 2 or not looks_like_name(name)):
                continue
            if not _shown(name, page):
                # A credit no reader sees: a CMS user name ("Kwchcik"), the account that posted a press
                # release, the web designer a <meta name="author"> names.
                continue
            if name not in people:
                people.append(name)
    # "Zack Savitsky Twitter Zack Savitsky": a name run together with a link beside it, when the name is there.
    return [p for p in people if not any(_holds_name(p, other) for other in people)]


def _shown(name: str, page: Page) -> bool:
    """Whether the page's text shows `name`, whole or without its middle ('Jane A. Doe' shown as 'Jane Doe')."""
    words = name.split()
    keys = {_compact(name), _compact(f"{words[0]} {words[-1]}")} if words else set()
    return any(key and key in _visible_text(page) for key in keys)


def _holds_name(text: str, name: str) -> bool:
    """`name`'s words run on in `text`, with two words more at least: 'Zack Savitsky Twitter Zack Savitsky'."""
    words, inner = text.split(), name.split()
    return len(words) >= len(inner) + 2 and any(words[i : i + len(inner)] == inner for i in range(len(words)))


def _without_site_words(name: str, sites: set[str]) -> str:
    """'Finian Cunningham Sputnik' on sputniknews.com → 'Finian Cunningham' (two words at least remain)."""
    words = name.split()
    while len(words) > 2 and len(_compact(words[-1])) >= 4 and any(_compact(words[-1]) in site for site in sites):
        words.pop()
    return " ".join(words)


def authors_ld(page: Page) -> list[str]:
    credited = jsonld.names(page.ld.get("author") or page.ld.get("creator"), page.ld_ids, people_only=True)
    return _people(credited, page, declared=True)


_META_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
)


def authors_meta(page: Page) -> list[str]:
    for key in _META_AUTHOR_KEYS:
        people = _people(page.meta.get(key, []), page, declared=True)
        if people:
            return people
    return []


def _in_chrome(el: lxml_html.HtmlElement) -> bool:
    """Inside navigation, a footer, a form or a comment thread: not the article's byline."""
    for parent in el.iterancestors():
        if parent.tag in ("nav", "footer", "form", "aside"):
            return True
        # A comment thread's own box; the article and the page say "comments-open" of themselves.
        if parent.tag in _PAGE_LEVEL:
            continue
        kind, ident = parent.get("class"), parent.get("id")
        if (kind is not None or ident is not None) and _thread_marked(f"{kind or ''} {ident or ''}"):
            return True
    return False


_PAGE_LEVEL = frozenset({"article", "main", "body", "html"})


_THREAD = re.compile(r"comment|respond|reply", re.IGNORECASE)


# Class strings repeat on thousands of elements of a page (and across a site's pages): each pattern tests each
# string once, with a cache of its own (_date_marked sits beside _DATE_CLASS; a cache key holding the Pattern was
# hashed from its compiled code at every look-up). An element with none of the attributes tested has only spaces
# for its marks, which neither pattern matches: it is not looked up.
_thread_marked = lru_cache(maxsize=8192)(lambda marks: _THREAD.search(marks) is not None)


def authors_markup(page: Page) -> list[str]:
    """rel=author / itemprop=author links and byline elements in the visible page."""
    if page.markup_authors is None:
        page.markup_authors = tuple(_authors_markup(page))
    return list(page.markup_authors)


def _authors_markup(page: Page) -> list[str]:
    return _people(_byline_texts(page), page, strict=True)


def _byline_texts(page: Page) -> tuple[str, ...]:
    """The texts of rel=author / itemprop=author elements, else of the first byline elements.

    Read once a page (the byline markup's names, then an organisation credited alone), in one pass: the
    first three byline-classed elements are gathered on the way, for a page with no author markup."""
    if page.byline_texts is None:
        marked: list[str] = []
        classed: list[str] = []
        for el in page.root.iter("a", "span", "div", "p", "address", "li"):
            if (el.get("rel") == "author" or "author" in (el.get("itemprop") or "")) and not _in_chrome(el):
                name = el.find(".//*[@itemprop='name']")
                marked.append((name if name is not None else el).text_content())
            if len(classed) < 3 and not marked:
                value = el.get("class")
                if value and _byline_class(value) and not _in_chrome(el):
                    text = element_text(el)
                    if 0 < len(text.split()) <= 15:
                        classed.append(text)
        page.byline_texts = tuple(marked or classed)
    return page.byline_texts


_byline_class = lru_cache(maxsize=8192)(lambda value: _BYLINE_CLASS.search(value) is not None)


def organisation_author(page: Page) -> list[str]:
    """An organisation credited alone as the writer (an agency, a newsroom, an institution), for a page that
    credits no person: declared (a JSON-LD author not typed as an organisation, a <meta> author), in the
    byline's markup or in a 'By …' line under the headline. The site's own name is its publisher, not a
    credit, unless named as its newsroom ("Harbour Courier staff")."""
    sites = site_names(page)
    declared = jsonld.names(page.ld.get("author") or page.ld.get("creator"), page.ld_ids, people_only=True)
    declared += [value for key in _META_AUTHOR_KEYS for value in page.meta.get(key, [])]
    for value in (*declared, *_byline_texts(page), *_credit_lines(page)):
        value = _plain(value or "")
        if not value or _URL_START.match(value) or split_authors(value, declared=True):
            continue
        name = organisation_name(value)
        if not name or (_compact(name) in sites and value.split()[-1] not in NEWSROOM_TAIL):
            continue
        if not _shown(name, page):
            continue  # a credit no reader sees: the firm that made the site, named in a <meta name="author">
        return [name]
    return []


# A link to a writer's page: "/author/jane-doe/", "/contributors/jdoe", "/people/jane-doe.html".
_PROFILE_PATH = re.compile(
    r"/(?:author|contributor|writer|journalist|columnist|reporter|byline|people|staff)s?/"
    r"[^/?#]",
    re.IGNORECASE,
)


def _in_caption(el: lxml_html.HtmlElement) -> bool:
    """In a figure's caption: a credit there is the photographer's."""
    return any(parent.tag in ("figure", "figcaption") for parent in el.iterancestors())


def _after_headline(page: Page) -> list[lxml_html.HtmlElement]:
    """The page's elements after its first <h1> (all of them when it has none): a lead photo's credit and
    teasers of other stories come before the headline."""
    elements = list(page.root.iter())
    heading = next((i for i, el in enumerate(elements) if el.tag == "h1"), 0)
    return elements[heading:]


def _may_be_profile(href: str) -> bool:
    """False only when `href` cannot hold a profile path: the pattern misses the whole URL, and `urlsplit`
    (which raises on odd hosts: brackets, non-ASCII) would not have raised on it."""
    return bool(_PROFILE_PATH.search(href)) or not href.isascii() or "[" in href or "]" in href


def authors_profile_link(page: Page) -> list[str]:
    """The first link to a writer's page whose text is a name, and its co-authors (links beside it)."""
    for el in _after_headline(page):
        if el.tag != "a":
            continue
        href = el.get("href") or ""
        if not _may_be_profile(href):
            continue
        path = urlsplit(href).path
        if not _PROFILE_PATH.search(path) or _in_chrome(el) or _in_caption(el):
            continue
        people = _people([element_text(el)], page, strict=True)
        if not people:
            continue
        parent = el.getparent()
        siblings = (
            [
                element_text(a)
                for a in parent.iter("a")
                if a is not el and _PROFILE_PATH.search(urlsplit(a.get("href") or "").path)
            ]
            if parent is not None
            else []
        )
        return people + [p for p in _people(siblings[:3], page, strict=True) if p not in people]
    return []


# A credit line in the page's text: "by Jane Doe", "Posted by Jane Doe"; a bare "By" is followed by the name's link.
_CREDIT_LINE = re.compile(r"^(?:[^\W\d_]+\s+){0,2}by\b", re.IGNORECASE)
_CREDIT_WINDOW = 10  # text pieces after the headline (chosen by bench/bench_meta.py): further down, a teaser's credit


def _pieces_after_headline(page: Page) -> Iterator[tuple[lxml_html.HtmlElement, str, bool]]:
    """The text pieces from the first <h1> on, in reading order, at most `_CREDIT_WINDOW` of them:
    (element, text, whether it is the element's own text rather than its tail). The headline's own text
    is not one of them."""
    body = page.root.find("body")
    heading = next(body.iter("h1"), None) if body is not None else None
    if body is None or heading is None:
        return
    seen = 0
    started = False
    for el in body.iter():
        started = started or el is heading
        if not started or not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        pieces = [(el.tail, False)] if el is heading else [(el.text, True), (el.tail, False)]
        for piece, own in pieces:
            text = " ".join((piece or "").split())
            if not text:
                continue
            seen += 1
            if seen > _CREDIT_WINDOW:
                return
            yield el, text, own


def authors_credit_line(page: Page) -> list[str]:
    """A short 'by …' line soon after the headline, in no byline markup (a text node, a tail)."""
    for line in _credit_lines(page):
        people = _people([line], page)
        if people:
            return people
    return []


def _credit_lines(page: Page) -> Iterator[str]:
    """The short 'by …' lines soon after the headline, outside chrome and captions."""
    for el, text, own in _pieces_after_headline(page):
        if not _CREDIT_LINE.match(text) or _in_chrome(el) or _in_caption(el):
            continue
        line = element_text(el) if own and len(text.split()) <= 2 else text  # "By" + <a>Name</a>
        if len(line.split()) <= 10:
            yield line


_TRAIL_SEPARATORS = frozenset({">", "»", "›", "/", "→"})
_NOT_BYLINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li"})  # a headline, a teaser's title, a menu


def authors_beside_dateline(page: Page) -> list[str]:
    """A name alone just before the dateline soon after the headline ('Jane Doe', then 'Dec 05, 2023'), in
    no byline markup and with no 'By': the place a byline takes, told by its neighbour rather than a class.
    A date before the name is as often the page's own 'today' over a heading, so only the order name → date."""
    pieces = [(el, text) for el, text, _ in _pieces_after_headline(page)]
    for i, (el, text) in enumerate(pieces[:-1]):
        after = pieces[i + 1][1]
        if not 2 <= len(text.split()) <= 4 or len(after.split()) > 8 or not find_date(after):
            continue
        if i and pieces[i - 1][1] in _TRAIL_SEPARATORS:
            continue  # the last step of a breadcrumb trail ("Blog > Nutrition > Meal Plans")
        if _in_chrome(el) or _in_caption(el) or any(a.tag in _NOT_BYLINE_TAGS for a in (el, *el.iterancestors())):
            continue
        people = _people([text], page, strict=True)
        if people:
            return people
    return []


AUTHOR_SOURCES = [
    authors_ld,
    authors_meta,
    authors_markup,
    authors_credit_line,
    authors_profile_link,
    authors_beside_dateline,
]

# A visible label crediting someone who did not write the piece: "Contributions from", "Photography by",
# "Edited by". Language, not layout: the label is read wherever the byline puts it.
_SIDE_CREDIT = re.compile(
    r"contribut|edit|photo|pictures|illustrat|graphic|video|translat|fact.?check|design|produc", re.IGNORECASE
)
# A longer piece before a name is a sentence or a job title, not a credit label; the label is looked for in
# so many text pieces before the name, past the separators and names of its group (both chosen by
# bench/bench_meta.py).
_LABEL_WORDS = 4
_LABEL_LOOKBACK = 6


def _writers(people: list[str], page: Page) -> list[str]:
    """`people` less those the visible byline credits under a label of no writer ('Contributions from',
    'Photography by'); the first name is kept whatever its label, so a byline is never emptied."""
    if len(people) < 2:
        return people
    keys = {_compact(p) for p in people}
    return people[:1] + [p for p in people[1:] if not _side_credit(page, _compact(p), keys)]


def _side_credit(page: Page, key: str, names: set[str]) -> bool:
    """Whether the label before `key`'s first visible element (past the other names of its group) names
    a credit of no writer."""
    el = _name_element(page, key)
    if el is None:
        return False
    # Nearest first: XPath picks the nearest pieces, lxml returns them in document order.
    pieces = el.xpath(f"preceding::text()[normalize-space()][position() <= {_LABEL_LOOKBACK}]")
    for piece in reversed(pieces):
        text = " ".join(str(piece).split())
        compact = _compact(text)
        if not compact or compact in names or compact == "and":
            continue  # a separator or another name of the same credit: its label is further back
        return len(text.split()) <= _LABEL_WORDS and bool(_SIDE_CREDIT.search(text))
    return False


def find_authors(page: Page) -> list[str]:
    """The people credited, with co-authors the visible byline adds, less those it credits for other work
    than the writing."""
    people = list(_first(AUTHOR_SOURCES, page) or [])
    if not people:
        return organisation_author(page)
    return _writers(_with_coauthors(people, page), page)


_BYLINE_BLOCK_WORDS = 40  # a larger block around a name is the article or a list of teasers, not its byline


def _with_coauthors(people: list[str], page: Page) -> list[str]:
    """The byline markup's names when they hold all of `people` and more, each of the others in the same
    short block as the first name ('By <a>A</a> and <a>B</a>' where the JSON-LD names only A)."""
    if not people:
        return people
    try:
        shown = authors_markup(page)
    except (TypeError, ValueError, AttributeError):
        return people
    keys = {_compact(p) for p in people}
    extra = [p for p in shown if _compact(p) not in keys]
    if not extra or not keys <= {_compact(p) for p in shown}:
        return people
    block = _byline_block(page, _compact(people[0]))
    if block is None:
        return people
    # A name of its own element: "Gina Doe, Acme Cyber Technologies" is one credit, the writer and her firm.
    return people + [p for p in extra if _compact(p) in block and _name_element(page, _compact(p)) is not None]


def _name_element(page: Page, key: str) -> lxml_html.HtmlElement | None:
    """The first inline element of the page whose whole text is the name `key`."""
    if page.inline is None:  # each inline element's text read once, for every name asked about
        body = page.root.find("body")
        page.inline = {}
        for el in body.iter(*_INLINE) if body is not None else ():
            page.inline.setdefault(_compact(element_text(el)), el)
    return page.inline.get(key) if key else None


_INLINE = ("a", "span", "strong", "b", "em")  # where a byline puts a name; a block's text is long to build


def _byline_block(page: Page, key: str) -> str | None:
    """The compact text of the largest block of at most `_BYLINE_BLOCK_WORDS` words around `key`'s first
    visible element."""
    el = _name_element(page, key)
    if el is not None:
        block = None
        for parent in el.iterancestors():
            text = element_text(parent)
            if len(text.split()) > _BYLINE_BLOCK_WORDS:
                break
            block = _compact(text)
        return block
    return None


# ----------------------------------------------------------------------------------- date ----

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "citation_publication_date",
    "originalpublicationdate",
    "displaydate",
    "cxenseparse:recs:publishtime",
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)|/((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:[/-]|$)")
_DATE_CLASS = re.compile(r"date|time|publish|posted|dateline|timestamp", re.IGNORECASE)
_date_marked = lru_cache(maxsize=8192)(lambda marks: _DATE_CLASS.search(marks) is not None)


def date_ld(page: Page) -> str | None:
    return parse_date(_ld_text(page, "datePublished") or _ld_text(page, "dateCreated") or "")


def date_meta(page: Page) -> str | None:
    return parse_date(page.tag(*_PUBLISHED_KEYS) or "")


def date_time_element(page: Page) -> str | None:
    """A <time datetime> marked as the publication time, else the first one in the article."""
    times = [t for t in page.root.iter("time") if t.get("datetime")]
    for t in times:
        marks = " ".join(
            (t.get("itemprop") or "", t.get("class") or "", t.get("pubdate") or "", " ".join(t.attrib.keys()))
        )
        if re.search(r"publish|pubdate|created", marks, re.IGNORECASE):
            return parse_date(t.get("datetime") or "")
    for t in times:
        if any(a.tag in ("article", "main", "header") for a in t.iterancestors()) and not re.search(
            r"modif|updat", t.get("class") or "", re.IGNORECASE
        ):
            return parse_date(t.get("datetime") or "")
    return None


_UPDATED = re.compile(r"modif|updat|aktualisiert|atualizad|actualizad", re.IGNORECASE)
_YEARLESS = re.compile(r"(?<!\w)(?P<month>[^\W\d_]{3,9})\.?\s+(?P<day>[0-3]?\d)(?!\d)(?!,?\s+(?:19|20)\d\d)")


def _yearless(text: str, year: int | None) -> str | None:
    """'Posted Nov 18, 8:19 PM' → that day in `year` (from the page's machine time stamp)."""
    if not year:
        return None
    match = _YEARLESS.search(text)
    month = MONTHS.get(match.group("month").lower()) if match else None
    if not match or not month:
        return None
    try:
        return date(year, month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


_DATELINE_CANDIDATES = 5  # further down the list are teasers of other stories


def _dateline_elements(page: Page, *, updates: bool = False) -> list[lxml_html.HtmlElement]:
    """Candidate datelines, best first: marked as the publication time, then <time>, then any
    date-classed element (a site header's "today" date is one of those, so it comes last). One marked or
    labelled as an update is left out, unless `updates`."""
    ranked: list[tuple[int, int, lxml_html.HtmlElement]] = []
    for order, el in enumerate(page.root.iter("time", "span", "div", "p", "li", "dd")):
        kind, prop, ident = el.get("class"), el.get("itemprop"), el.get("id")
        if kind is None and prop is None and ident is None:
            if el.tag != "time":
                continue
            marks = "  "
        else:
            marks = f"{kind or ''} {prop or ''} {ident or ''}"
            if el.tag != "time" and not _date_marked(marks):
                continue
        words = el.text_content().split()  # element_text's words, split once
        if not 0 < len(words) <= 15:
            continue
        text = " ".join(words)
        if (not updates and _UPDATED.search(f"{marks} {text}")) or _in_chrome(el):
            continue
        rank = (
            0
            if re.search(r"publish|posted|created|pubdate", f"{marks} {text}", re.IGNORECASE)
            else 1
            if el.tag == "time"
            else 2
        )
        ranked.append((rank, order, el))
    return [el for _, _, el in sorted(ranked, key=lambda item: item[:2])][:_DATELINE_CANDIDATES]


def date_dateline(page: Page, year: int | None = None) -> str | None:
    """Visible dateline: a <time> or a short element whose class says date/time, holding a date."""
    for el in _dateline_elements(page):
        text = element_text(el)
        # A year-less "Nov 18" only from a <time> element: elsewhere it is too often a teaser's date.
        found = find_date(text) or (_yearless(text, year) if el.tag == "time" else None)
        if found:
            return found
    return None


def date_htmldate(page: Page) -> str | None:
    from htmldate import find_date as html_find_date

    return html_find_date(page.root, original_date=True, extensive_search=False, url=page.url) or None


def date_url(page: Page) -> str | None:
    match = _URL_DATE.search(urlsplit(page.url or "").path)
    if not match:
        return None
    year, month, day = (g for g in match.groups() if g)
    return parse_date(f"{year}-{int(month):02d}-{int(day):02d}")


def date_modified(page: Page) -> str | None:
    """Last resort only: a 'last updated' date is not the publication date."""
    return parse_date(_ld_text(page, "dateModified") or page.tag("article:modified_time", "og:updated_time") or "")


def date_htmldate_extensive(page: Page) -> str | None:
    from htmldate import find_date as html_find_date

    return html_find_date(page.root, original_date=True, extensive_search=True, url=page.url) or None


# The URL's date before visible datelines: a site header's "today" (the day the page was saved) is a
# dateline too.
DATE_SOURCES = [
    date_ld,
    date_meta,
    date_time_element,
    date_url,
    date_dateline,
    date_htmldate,
    date_htmldate_extensive,
    date_modified,
]
_STRUCTURED = 3  # the first sources carry machine time stamps; the rest read what the reader sees


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _iso(value: str | None) -> str | None:
    """One ISO 8601 form for time stamps: '…T06:35:39+0000' and '….000Z' → '…T06:35:39+00:00'."""
    if not value or "T" not in value:
        return value
    try:
        return datetime.fromisoformat(value).isoformat(timespec="seconds")
    except ValueError:
        return value


_LOCAL_OFFSET = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?[+-](?!00:?00)\d\d:?\d\d$")
_DAY = timedelta(days=1)
# A page updated within weeks of its publication is the same story revised (a correction, a development) and
# keeps its publication date, whatever date it shows; one updated a season or more later has been republished.
# Between the labelled pages' gaps: 5 and 36 days (kept), 197 days and more (republished).
_REPUBLISHED = timedelta(days=90)


def find_publication_date(page: Page) -> str | None:
    """The first trustworthy date; a machine time stamp gives way to the day the page shows.

    '2019-11-20T01:50Z' is the evening of the 19th where the page was published; when the visible
    dateline or the URL shows the day before (or after), that is the day readers saw. A stamp with its
    own offset ('…T07:30:00-05:00') already says the local day: a URL's day, fixed when the story was
    drafted, does not move it. A page republished long after it first appeared (an evergreen guide
    refreshed) that shows only its update's date is dated by the update, as readers and listings see it.
    """
    stamp = _first(DATE_SOURCES[:_STRUCTURED], page)
    stamp_day = _day(stamp)
    if stamp and stamp_day:
        local = _day(date_dateline(page, stamp_day.year))
        if not local and not _LOCAL_OFFSET.search(stamp):
            local = _day(date_url(page))
        if local and abs(stamp_day - local) == _DAY:
            return local.isoformat()
        return _shown_update(page, stamp_day) or stamp
    url_day = _day(date_url(page))
    if url_day:
        shown = _day(_header_dateline(page))
        return shown.isoformat() if shown and abs(url_day - shown) == _DAY else url_day.isoformat()
    return _first(DATE_SOURCES[_STRUCTURED:], page)


def _shown_update(page: Page, published: date) -> str | None:
    """The day of the page's last update when its dateline shows that day and never the publication's."""
    stamp = date_modified(page)
    modified = _day(stamp)
    if not stamp or not modified or modified - published < _REPUBLISHED:
        return None
    shown = [_day(find_date(element_text(el))) for el in _dateline_elements(page, updates=True)]
    days = [day for day in shown if day]
    if not days or abs(days[0] - modified) > _DAY or any(abs(day - published) <= _DAY for day in days):
        return None
    return stamp if days[0] == modified else days[0].isoformat()


def _header_dateline(page: Page) -> str | None:
    """The dateline when it is among the first text pieces after the page's <h1>: the article's header, not
    the site's "today" over it nor a teaser's date further down."""
    header = {el for el, _, _ in _pieces_after_headline(page)}
    for el in _dateline_elements(page):
        found = find_date(element_text(el))
        if found:
            return found if el in header or any(inner in header for inner in el.iterdescendants()) else None
    return None


# ---------------------------------------------------------------------- description, tags, ----


def _split_keywords(value: Any) -> list[str]:
    if isinstance(value, list):
        return [k for v in value for k in _split_keywords(v)]
    if not isinstance(value, str):
        return []
    return [" ".join(k.split()) for k in re.split(r"[,;]", value) if k.strip()]


def find_tags(page: Page) -> tuple[str, ...]:
    tags = (
        _split_keywords(page.ld.get("keywords"))
        or [v for v in page.meta.get("article:tag", []) if v.strip()]
        or _split_keywords(page.tag("news_keywords", "keywords") or "")
    )
    sections = _split_keywords(page.ld.get("articleSection")) or _split_keywords(page.tag("article:section") or "")
    return clean_tags([*sections, *tags])


def find_description(page: Page) -> str | None:
    return _ld_text(page, "description") or page.tag("og:description", "description", "twitter:description")


def find_language(page: Page) -> str | None:
    value = (
        page.root.get("lang")
        or _ld_text(page, "inLanguage")
        or page.tag("og:locale", "content-language", "language", "dc.language")
    )
    if not value:
        return None
    match = re.match(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2,4}))?", value.strip())
    if not match:
        return None
    return match.group(1).lower() + (f"-{match.group(2).upper()}" if match.group(2) else "")


def find_image(page: Page) -> str | None:
    for value in (
        page.tag("og:image", "og:image:url", "og:image:secure_url"),
        jsonld.first_url(page.ld.get("image")),
        page.tag("twitter:image", "twitter:image:src"),
    ):
        url = _http(value, page.url)
        if url:
            return url
    return None


# ---------------------------------------------------------------------------------- whole ----


def extract_metadata(root: lxml_html.HtmlElement) -> Metadata:
    page = metadata_sources(root)
    page.url = _first([url_canonical, url_og, url_ld, url_base], page)
    page.site = _first([site_ld, site_og], page)
    authors = find_authors(page)
    return Metadata(
        title=find_title(page),
        authors=tuple(authors),
        date=_iso(find_publication_date(page)),
        source_name=page.site or site_host(page),
        source_url=page.url,
        description=find_description(page),
        tags=find_tags(page),
        language=find_language(page),
        image=find_image(page),
    )

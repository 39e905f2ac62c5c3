"""One page read from a container → its articles: the same decode → detect → extract path as a loose
file, then what only the container knows (its URL, capture date, hints and held images).

A `SavedJob` carries the page's bytes and what the main process found for its images; it runs in a
worker like any page. Held images have already been written to DOCS_DIR/assets (main process, where
the container is open), or, for a page whose container holds no image of its own (its `scan`), the
worker finds its `data:` images and writes them first (containers/pageimages.py). Their `<img>`
sources are pointed at a placeholder address that survives extraction and link hygiene, and the
Markdown then gets the plain relative path.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from converter.article import Article, Extraction
from converter.assemble import Sketch
from converter.containers.pageimages import FoundImages, ImageScan, find_images, may_hold_images
from converter.containers.records import NO_HINTS, PageHints, SavedPage
from converter.dates import parse_date
from converter.detect import detect_format
from converter.errors import ConverterError, NoArticle, contained
from converter.html.extract import extract_html, page_text, parse_page
from converter.incremental import CachedFailure, CacheEntry, page_outcome
from converter.read import decode
from converter.textdump.extract import extract_text
from converter.time_limit import time_limit

# A reserved top-level domain (RFC 2606): no real image lives there.
PLACEHOLDER = "https://converter-asset.invalid/"
_BASE = re.compile(r"<base\b[^<>]*\bhref\s*=", re.I)  # [^<>]: an unclosed tag ends the try at the next one
_HEAD = re.compile(r"<head\b[^<>]*>", re.I)
# A `src` naming a `data:` image that is not SVG, in a page's lowercased bytes: one may be written and pointed.
_MAY_POINT = re.compile(rb"src\s*=\s*[\"']?\s*data:image/(?!svg)")
_PLACED = re.compile(r"\(<?" + re.escape(PLACEHOLDER) + r"(assets/[0-9a-f]{2}/[0-9a-f]{64}\.[a-z]{3,4})>?\)")


@dataclass(frozen=True)
class SavedJob:
    """A container page to convert, with everything the worker needs (no open container)."""

    raw: str
    data: bytes
    kind: str  # "html" or "text", as the container says
    url: str | None = None
    saved: str | None = None  # ISO 8601
    hints: PageHints = NO_HINTS
    # Image source as written in the page → its path relative to DOCS_DIR (the articles' folder).
    local: tuple[tuple[str, str], ...] = ()
    # The page's lead image (JSON-LD, og:image) when the container held it: its local path.
    lead: str | None = None
    # Record ids of the container's other captures of this page (a WARC's repeated captures, revisits).
    captures: tuple[str, ...] = ()
    entry_key: str = ""
    timeout: float = 0.0
    # Set when the worker is to find and write the page's `data:` images itself (`local` and `lead` empty).
    scan: ImageScan | None = None


# A container page's result, its cache value (None: not to be remembered), its body sketch, and the
# images the worker found (None when the main process found them, or the worker was lost).
SavedOutcome = tuple[CacheEntry, str | None, Sketch | None, FoundImages | None]


def convert_saved(job: SavedJob, found: list[FoundImages] | None = None) -> Extraction:
    """Raises `ConverterError` naming the page (its provenance) on bad input. A job with a `scan` has its
    `data:` images found and written here (added to `found`, even when the page then fails)."""
    found = [] if found is None else found
    try:
        text = decode(job.data, job.raw)
    except ConverterError:
        if job.scan is not None:
            found.append(scanned_images(job, job.scan))
        raise
    if job.kind == "html" and job.url:
        text = with_base(text, job.url)
    root = None  # the page's tree as the extractor parses it, when the image scan has parsed it already
    if job.scan is not None:
        images, text, root = _scanned_and_pointed(job, job.scan, text)
        found.append(images)
        job = replace(job, local=tuple(sorted(images.local.items())), lead=images.lead)
    elif job.local and job.kind == "html":
        text = point_images(text, dict(job.local))
    suffix = ".txt" if job.kind == "text" else ".html"
    if detect_format(text, suffix) == "html":
        extraction = extract_html(text, job.raw, root)
    else:
        extraction = extract_text(text, job.raw)
    return Extraction(with_container_facts(extraction.article, job), extraction.embedded)


def with_base(text: str, url: str) -> str:
    """The page with the container's URL as its `<base href>` when it has none, so its relative links and
    images resolve as they did when it was saved (a loose page without a URL cannot have them)."""
    if urlsplit(url).scheme not in ("http", "https") or _BASE.search(text):
        return text
    tag = f'<base href="{html.escape(url, quote=True)}">'
    head = _HEAD.search(text)
    return text[: head.end()] + tag + text[head.end() :] if head else tag + text


def point_images(text: str, local: dict[str, str]) -> str:
    """The page with each held image's `src` pointing at its placeholder address (srcset dropped)."""
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return text
    return _pointed(root, local)


def _pointed(root: lxml_html.HtmlElement, local: dict[str, str]) -> str:
    for element in root.iter("img", "source"):
        src = (element.get("src") or "").strip()
        chosen = local.get(src) or next((local[c] for c in _srcset(element.get("srcset")) if c in local), None)
        if chosen is None:
            continue
        element.set("src", PLACEHOLDER + chosen)
        for attribute in ("srcset", "data-src", "data-srcset"):
            element.attrib.pop(attribute, None)
    return lxml_html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def _srcset(value: str | None) -> list[str]:
    if not value or value.lstrip()[:5].lower() == "data:":
        return []
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def with_container_facts(article: Article, job: SavedJob) -> Article:
    """The container's URL, capture date and hints fill what extraction lacked; held images go local."""
    hints = job.hints
    changes: dict[str, object] = {"body": _PLACED.sub(r"(\1)", article.body)}
    if not article.source_url and job.url and urlsplit(job.url).scheme in ("http", "https"):
        changes["source_url"] = job.url
        if not article.source_name:
            changes["source_name"] = urlsplit(job.url).hostname
    if hints.title and (not article.title or article.title == job.raw):
        changes["title"] = hints.title
    if hints.authors and not article.authors:
        changes["authors"] = hints.authors
    if hints.date and not article.date:
        changes["date"] = parse_date(hints.date)
    if hints.description and not article.description:
        changes["description"] = hints.description
    if hints.tags:
        changes["tags"] = article.tags + tuple(tag for tag in hints.tags if tag not in article.tags)
    if job.lead:
        changes["image"] = job.lead
    elif hints.image and not article.image:
        changes["image"] = hints.image
    if job.saved:
        changes["saved"] = job.saved
    if job.captures:  # named as `also_raw`: other records that held the same article
        container = job.raw.rsplit("#", 1)[0]
        changes["also_raw"] = article.also_raw + tuple(f"{container}#{capture}" for capture in job.captures)
    return article.with_changes(**changes)


def convert_saved_entry(job: SavedJob) -> SavedOutcome:
    """As `pipeline._convert_entry`, for a container page: its result, cache value, body sketch, and the
    images found here (its `scan`)."""
    found: list[FoundImages] = []
    entry, value, sketch = page_outcome(contained(job.raw, lambda: _convert_in_time(job, found)))
    return entry, value, sketch, found[0] if found else None


def _convert_in_time(job: SavedJob, found: list[FoundImages]) -> Extraction:
    with time_limit(job.timeout, job.raw):
        return convert_saved(job, found)


def scanned_images(job: SavedJob, scan: ImageScan) -> FoundImages:
    """The images of a page whose container holds none of its own: its `data:` URIs, written to the store."""
    return find_images(_page(job), scan.store, scan.limits)


def _scanned_and_pointed(
    job: SavedJob, scan: ImageScan, text: str
) -> tuple[FoundImages, str, lxml_html.HtmlElement | None]:
    """`scanned_images`, found in a parse of the page's text, then pointed in the text; and, when no image
    was pointed, that parse if it is the extractor's own, for the extractor: the page is parsed once.
    A page whose bytes hold a `src` of a raster `data:` image is likely to have one pointed: its default
    parse comes first (what is found and written is the same either way, only the parsing done differs).

    The extractor's parse (`parse_page`) serves the scan when it parses the text as given (no XML
    declaration, no unclosed title to mend): it finds the same images as lxml's default parse, which differs
    only in dropping comments. Pointing keeps the default parse, whose serialization the extractor then
    parses (a parse of the extractor's own, serialized and parsed again, may differ in its whitespace)."""
    page = _page(job)
    if not may_hold_images(page):
        return FoundImages(), text, None
    shared = None if _MAY_POINT.search(job.data.lower()) else _extractor_parse(text, job.raw)
    if shared is not None:
        images = find_images(page, scan.store, scan.limits, shared)
        if not images.local:
            return images, text, shared
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return find_images(page, scan.store, scan.limits), text, None  # (nor could its images be pointed)
    if shared is None:
        images = find_images(page, scan.store, scan.limits, root)
    return images, _pointed(root, images.local) if images.local else text, None


def _extractor_parse(text: str, raw: str) -> lxml_html.HtmlElement | None:
    """`parse_page` of the text, when it parses the text as given (see `_scanned_and_pointed`)."""
    if page_text(text) != text:
        return None
    try:
        return parse_page(text, raw)
    except NoArticle:
        return None


def _page(job: SavedJob) -> SavedPage:
    return SavedPage(raw=job.raw, data=job.data, kind="html" if job.kind == "html" else "text", url=job.url)


def lost_saved(job: SavedJob, why: str) -> SavedOutcome:
    """The result of a container page whose worker was stopped (or died): failed, not remembered."""
    return CachedFailure(why), None, None, None

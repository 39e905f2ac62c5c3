"""The image references in a saved page's HTML: `<img>` sources and the lead image it declares."""

from __future__ import annotations

import json
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

_LEAD_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")


@dataclass(frozen=True)
class ImageReferences:
    srcs: tuple[str, ...]
    # The page's own choice of lead image (JSON-LD, then OpenGraph / Twitter meta), as written.
    lead: str | None


def image_references(data: bytes) -> ImageReferences:
    """Every image source the page's markup names, in document order, and its lead image."""
    try:
        root = lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return ImageReferences((), None)
    return references_in(root)


def references_in(root: lxml_html.HtmlElement) -> ImageReferences:
    """`image_references` of a page already parsed."""
    srcs: list[str] = []
    for element in root.iter("img", "source"):
        src = element.get("src")
        if src and src.strip():
            srcs.append(src.strip())
        srcs.extend(_srcset(element.get("srcset")))
    lead = _json_ld_image(root) or _meta_image(root)
    if lead and lead not in srcs:
        srcs.append(lead)
    return ImageReferences(tuple(dict.fromkeys(srcs)), lead)


def _srcset(value: str | None) -> list[str]:
    if not value or value.lstrip()[:5].lower() == "data:":
        # A data: URI holds commas of its own; SingleFile puts inlined images in src anyway.
        return []
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def _meta_image(root: lxml_html.HtmlElement) -> str | None:
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key in _LEAD_META and content:
            return content
    return None


def _json_ld_image(root: lxml_html.HtmlElement) -> str | None:
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        image = _first_image(data)
        if image:
            return image
    return None


def _first_image(node: object, depth: int = 0) -> str | None:
    if depth > 6:
        return None
    if isinstance(node, list):
        for item in node:
            found = _first_image(item, depth + 1)
            if found:
                return found
        return None
    if not isinstance(node, dict):
        return None
    image = node.get("image") or node.get("thumbnailUrl")
    if isinstance(image, str) and image.strip():
        return image.strip()
    if isinstance(image, (dict, list)):
        url = _image_url(image)
        if url:
            return url
    graph = node.get("@graph")
    return _first_image(graph, depth + 1) if graph is not None else None


def _image_url(image: dict | list) -> str | None:
    items = image if isinstance(image, list) else [image]
    for item in items:
        if isinstance(item, str) and item.strip():
            return item.strip()
        if isinstance(item, dict):
            url = item.get("url") or item.get("contentUrl")
            if isinstance(url, str) and url.strip():
                return url.strip()
    return None

"""Figure captions: trafilatura keeps a figure's image but drops its <figcaption>; put it back."""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml import html as lxml_html

from converter.html.parse import fragment_copy
from converter.html.text import element_text


def _key(src: str | None) -> str | None:
    """Images are matched on their path: the extractor may have made the URL absolute."""
    if not src:
        return None
    try:
        path = urlsplit(src.strip()).path
    except ValueError:
        return None
    return path.rstrip("/") or None


def captions(root: lxml_html.HtmlElement) -> dict[str, str]:
    """Image path → caption text, for every <figure> holding one image and a <figcaption>."""
    found: dict[str, str] = {}
    for figure in root.iter("figure"):
        images = list(figure.iter("img"))
        caption = next(figure.iter("figcaption"), None)
        if len(images) != 1 or caption is None:
            continue
        img = images[0]
        key = _key(img.get("src") or img.get("data-src"))
        text = element_text(caption)
        if key and text:
            found.setdefault(key, text)
    return found


def restore_captions(fragment: str, by_image: dict[str, str]) -> str:
    """Insert each kept image's caption right after it, unless the caption text is already there."""
    if not by_image or "<img" not in fragment:
        return fragment
    root = fragment_copy(fragment)
    present = element_text(root)
    changed = False
    for img in list(root.iter("img")):
        caption = by_image.get(_key(img.get("src")) or "")
        if not caption or caption in present:
            continue
        para = lxml_html.Element("p")
        em = lxml_html.Element("em")
        em.text = caption
        para.append(em)
        anchor = img
        # Insert after the image's own block so the caption is its own paragraph.
        while (
            anchor.getparent() is not None
            and anchor.getparent() is not root
            and anchor.getparent().tag in ("a", "span", "figure", "p", "picture")
        ):
            anchor = anchor.getparent()
        para.tail = anchor.tail
        anchor.tail = None
        anchor.addnext(para)
        present += " " + caption
        changed = True
    return lxml_html.tostring(root, encoding="unicode") if changed else fragment

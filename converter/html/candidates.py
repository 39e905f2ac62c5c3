"""The main-content candidates a page can offer: trafilatura in its modes, and readability.

Each candidate is one extractor run on the prepared tree, named so that the chooser
(html.choose), the learned model (models/html_choice.json) and the training script agree on
what a name means. Every candidate is an HTML fragment ('' when the extractor found nothing).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import html as lxml_html

from converter.html.content import _readability, _trafilatura

Extractor = Callable[[lxml_html.HtmlElement], str]


def _trafilatura_recall(tree: lxml_html.HtmlElement) -> str:
    import trafilatura

    options = {"output_format": "html", "include_links": True, "include_images": True, "include_tables": True,
               "include_formatting": True, "include_comments": False, "favor_recall": True}
    return trafilatura.extract(tree, **options) or ""


# Cheapest first: the chooser runs them in this order and may stop early.
CANDIDATES: dict[str, Extractor] = {
    "tf_fast_precise": lambda tree: _trafilatura(tree, precision=True, fast=True),
    "tf_full_precise": lambda tree: _trafilatura(tree, precision=True, fast=False),
    "tf_full": lambda tree: _trafilatura(tree, precision=False, fast=False),
    "tf_recall": _trafilatura_recall,
    "readability": _readability,
}

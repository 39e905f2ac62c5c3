"""The theme's page around an article, rendered once and filled in for every article.

Material renders the same chrome around every article (header and search box, tabs, the nav drawer, the
palette, scripts and config): about a third of the build's Python time. Articles differ in it only by
title, description, author, canonical URL and content: they sit at the same depth (`articles/<slug>/`),
out of the nav, with the same hidden sidebars and the same one-entry table of contents (the plugin gives
every article the same one, whose entry is the skip link's target). So the theme renders the page once,
through a stand-in page whose varying fields are markers, and each article's page is that skeleton with
the article's values put where the markers came out.

A page qualifies only when those fields are all it can vary by (`Skeletons.render` is told so by the
plugin); the skeleton is keyed by everything else the theme reads that may differ: the page's folder (its
relative links to the other pages, and to the site's root), and which of the fields the page has. The
plugin's listing pages out of the nav come from skeletons too, one per folder. A test builds the sample
site with and without skeletons and compares every page byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import jinja2
from mkdocs.structure.pages import Page

# The id of the heading of every page built from a skeleton: the theme's skip link goes there.
TITLE_ID = "archive-title"
# The template MkDocs is told to render for a page built from a skeleton: the filled page, as is.
TEMPLATE = "archive-skeleton.html"
TEMPLATE_SOURCE = "{{ archive_page }}"
# Private-use characters around a name no page holds: most filters leave them be (a skeleton in which one
# came out changed, URL-encoded say, is not used: `_MANGLED`).
_MARKERS = {name: f"\ue000archive-marker-{name}\ue001" for name in ("title", "description", "author", "canonical")}
# The theme adds a heading when the content has none ("<h1" not in page.content): the stand-in has one, so
# the skeleton leaves it out, as it would for an article, whose header holds the <h1>.
_MARKERS["content"] = "\ue000archive-marker-content\ue001<h1>"
_MANGLED = "archive-marker-"
_SPLIT = re.compile("(" + "|".join(re.escape(m) for m in _MARKERS.values()) + ")")
_FIELD_OF = {marker: name for name, marker in _MARKERS.items()}
_META_FIELDS = ("title", "description", "author")


class _StandIn:
    """The page as the theme sees it while the skeleton renders: markers for the varying fields."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self.meta = {k: (_MARKERS[k] if k in _META_FIELDS else v) for k, v in page.meta.items() if k != "template"}
        self.title = _MARKERS["title"]
        self.canonical_url = _MARKERS["canonical"] if page.canonical_url else page.canonical_url
        self.content = _MARKERS["content"]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


def fits(page: Page) -> bool:
    """Whether the skeleton can stand for this page's theme output: its content holds the heading, and its
    title is its front matter's (a title MkDocs made up goes through other filters in the theme)."""
    title = page.meta.get("title")
    return bool(title) and page.title is title and "<h1" in (page.content or "")


class Skeletons:
    """Skeletons of `main.html` by their key, made on first use."""

    def __init__(self) -> None:
        self._parts: dict[tuple[Any, ...], list[str] | None] = {}

    def render(self, env: jinja2.Environment, context: Mapping[str, Any], page: Page) -> str:
        """The theme's output for `page`: its skeleton, filled. `context` is MkDocs' page context."""
        present = (bool(page.meta.get("description")), bool(page.meta.get("author")), bool(page.canonical_url))
        # Pages in one folder have the same relative links to every other page (their own are out of the nav).
        folder = page.url.rstrip("/").rpartition("/")[0]
        key = (context.get("base_url"), folder, page.url.endswith("/"), present)
        if key not in self._parts:
            stand_in = {**context, "page": _StandIn(page)}
            split: list[str] = _SPLIT.split(env.get_template("main.html").render(stand_in))
            # A theme feature that filters a field (a feedback link URL-encoding the title) left a marker
            # where no value can be put back: such pages are rendered whole.
            self._parts[key] = None if any(_MANGLED in part for part in split[::2]) else split
        parts = self._parts[key]
        if parts is None:
            return env.get_template("main.html").render(context)
        values = {
            "title": page.meta.get("title"),
            "description": page.meta.get("description"),
            "author": page.meta.get("author"),
            "canonical": page.canonical_url,
            "content": page.content,
        }
        # Odd parts are markers (re.split keeps the captured separators).
        return "".join(part if i % 2 == 0 else str(values[_FIELD_OF[part]]) for i, part in enumerate(parts))

"""Tags as a reader would file an article under: markup flags dropped, spacing and repeats tidied, a few.

One policy at both ends: the converter cleans a page's keywords into front matter, and the site cleans
front matter again when it builds, because front matter is data from anywhere (scraped `<meta>` keywords,
web clippers, CMS exports) and the site never trusts the converter to have done it:

- flags a CMS uses to steer itself are not topics: a leading underscore, `#`, `@`, `!` or `/` (`_no-apple-news`),
  `key=value`, `a:b` with no space after the colon (`source:tagname:…`, `type:article`), a URL or a domain;
- "News - News" or "News | news" (a name repeated around a separator) is "News";
- "Climate change", "climate-change" and "climate_change" are one tag (`tag_key`): an article keeps its
  first spelling, the site's catalog shows the spelling most articles use;
- at most `limit` per article, in the order given: MAX_TAGS in front matter, fewer on the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_TAGS = 12
MAX_TAG_CHARS = 60

_FLAG = re.compile(r"^[_#@!/]|=|^[^\s:]+:(?!\s)|^(?:https?:|www\.)|\.(?:com|org|net)\b", re.IGNORECASE)
# On text whose spaces are already single: a run of dashes or slashes between spaces, or a bar or a dot.
_SEPARATOR = re.compile(r" [-–—|/>:»·]++ |[|»·]")
_KEY_NOISE = re.compile(r"[\W_]+")


def tag_key(name: str) -> str:
    """What makes two tags the same: letters and digits, case folded."""
    return _KEY_NOISE.sub(" ", name.casefold()).strip()


def clean_tag(tag: str) -> str | None:
    """One tag tidied, or None when it is a markup flag, too long or holds no letter or digit."""
    text = " ".join(tag.split())
    if _FLAG.search(text):  # before the edges are tidied: "/article" is a path, not "article"
        return None
    text = text.strip(" ,;-–—|/")
    if not text or _FLAG.search(text):
        return None
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1 and len({tag_key(p) for p in parts}) == 1:
        text = parts[0]
    if len(text) > MAX_TAG_CHARS or not tag_key(text):
        return None
    return text


def clean_tags(tags: Iterable[str], limit: int = MAX_TAGS) -> tuple[str, ...]:
    """An article's tags: each cleaned, one per `tag_key` in its first spelling, at most `limit`."""
    kept: dict[str, str] = {}
    for tag in tags:
        name = clean_tag(tag)
        if name is not None:
            kept.setdefault(tag_key(name), name)
            if len(kept) == limit:
                break
    return tuple(kept.values())

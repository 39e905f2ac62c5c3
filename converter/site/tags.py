"""Tags as a reader should see them: markup flags dropped, spacing and repeats tidied, a few per article.

Front matter is data from anywhere (scraped `<meta>` keywords, web clippers, CMS exports), so the
site cleans tags when it builds, never trusting the converter to have done it:

- flags a CMS uses to steer itself are not topics: a leading underscore (`_no-apple-news`), `key=value`,
  and namespaced ids (`source:tagname:...`, `section:news`-like `a:b:` runs);
- "News - News" or "News | news" (a name repeated around a separator) is "News";
- "Climate change", "climate-change" and "climate_change" are one tag (`tag_key`); the catalog
  shows the spelling most articles use;
- at most MAX_TAGS per article, in the order given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_TAGS = 8
MAX_TAG_CHARS = 60

_FLAG = re.compile(r"^[_#@!]|=|^[^\s:]+:[^\s:]*:|^[a-z][\w-]*:[^\s]")
# On text whose spaces are already single: a run of dashes or slashes between spaces, or a bar or a dot.
_SEPARATOR = re.compile(r" [-–—|/>:»·]++ |[|»·]")
_KEY_NOISE = re.compile(r"[\W_]+")


def tag_key(name: str) -> str:
    """What makes two tags the same: letters and digits, case folded."""
    return _KEY_NOISE.sub(" ", name.casefold()).strip()


def clean_tag(tag: str) -> str | None:
    """One tag tidied, or None when it is a markup flag or empty."""
    text = " ".join(tag.split()).strip(" ,;-–—|/")
    if not text or _FLAG.search(text):
        return None
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1 and len({tag_key(p) for p in parts}) == 1:
        text = parts[0]
    if len(text) > MAX_TAG_CHARS or not tag_key(text):
        return None
    return text


def clean_tags(tags: Iterable[str], limit: int = MAX_TAGS) -> tuple[str, ...]:
    """An article's tags: cleaned, one per `tag_key`, at most `limit`."""
    kept: dict[str, str] = {}
    for tag in tags:
        name = clean_tag(tag)
        if name is not None:
            kept.setdefault(tag_key(name), name)
            if len(kept) == limit:
                break
    return tuple(kept.values())

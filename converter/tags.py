"""A page's keywords → the article's tags: what a reader would file it under, not CMS markup flags.

Pages put flags for their own templates among the keywords ("_hidden", "layout=wide",
"source:tagname:CNBC Europe Source", a stray '"'); those are dropped, spacing is normalised, tags
that differ only in case are one tag, and a page listing dozens keeps its first few.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_TAGS = 12
_MAX_LENGTH = 60

# Markup flags by their shape: a leading underscore, "key=value", "a:b" with no space after the colon
# ("source:tagname:…", "type:article"), a URL or a domain.
_FLAG = re.compile(r"^_|=|^[^\s:]+:(?!\s)|^(?:https?:|www\.)|\.(?:com|org|net)\b", re.IGNORECASE)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags in their first order and spelling, at most MAX_TAGS, without flags or case duplicates."""
    unique: dict[str, str] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if not tag or len(tag) > _MAX_LENGTH or _FLAG.search(tag) or not _LETTER_OR_DIGIT.search(tag):
            continue
        unique.setdefault(tag.casefold(), tag)
    return tuple(unique.values())[:MAX_TAGS]

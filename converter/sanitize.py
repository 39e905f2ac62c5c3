"""Text the converter keeps is valid Unicode that XML 1.0 accepts.

Scraped text can hold what no later step can write: half an emoji (a truncated description's
`"\\ud83d"` in JSON-LD becomes a lone surrogate, which UTF-8 cannot encode: the cache and the
file writer raise), or a control character in a title (which makes the site's `feed.xml`
invalid XML). Both are cleaned once, where an extractor hands its record on.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

# (escapes read by re, not by Python: mypyc cannot hold a lone surrogate in a string literal)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# What XML 1.0 forbids besides surrogates: C0 controls other than tab, newline and carriage
# return, and the two non-characters U+FFFE and U+FFFF. (It allows DEL and the C1 controls.)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Either kind: nearly all text holds none, and one scan tells (half the time of two on a 50 MB body).
_UNWANTED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

T = TypeVar("T")


def valid_unicode(text: str) -> str:
    """`text` with surrogate halves that pair up joined, and lone ones replaced by U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_text(text: str) -> str:
    """Valid Unicode without the characters XML 1.0 forbids (those are dropped: they show nothing)."""
    if not _UNWANTED.search(text):
        return text
    return _NOT_XML.sub("", valid_unicode(text))


def clean_record(record: T) -> T:
    """A frozen record (`Extraction`, `Article`, `RelatedLink`) with every string in it cleaned,
    however deeply nested in records and tuples: a field added later is covered too."""
    return _clean(record)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, tuple):
        return tuple(_clean(item) for item in value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {field.name: _clean(getattr(value, field.name)) for field in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value

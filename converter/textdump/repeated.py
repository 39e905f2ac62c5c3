"""Lines that repeat across many pages of one run: site-wide furniture (menus, footers, promos)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"\w+")


def normalize_line(text: str) -> str:
    """The form lines are compared in: lower case, words only."""
    return " ".join(_WORD.findall(text.lower()))


def repeated_lines(texts: Iterable[str], min_pages: int) -> frozenset[str]:
    """Normalized lines found on at least `min_pages` of the given dumps (each page counted once)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({normalize_line(line) for line in text.splitlines()} - {""})
    return frozenset(line for line, count in counts.items() if count >= max(2, min_pages))

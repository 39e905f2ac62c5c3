"""Lines that repeat across many pages of one run: site-wide furniture (menus, footers, promos)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

_WORD = re.compile(r"\w+")


def normalize_line(text: str) -> str:
    """The form lines are compared in: lower case, words only."""
    return " ".join(_WORD.findall(text.lower()))


def repeated_lines(texts: Iterable[str], min_pages: int) -> frozenset[str]:
    """Normalized lines found on at least `min_pages` of the given dumps (each page counted once)."""
    return common_lines(({normalize_line(line) for line in text.splitlines()} - {""} for text in texts), min_pages)


def common_lines(line_sets: Iterable[AbstractSet[str]], min_pages: int) -> frozenset[str]:
    """Lines present in at least `min_pages` (and at least 2) of the given per-page sets."""
    counts: Counter[str] = Counter()
    for lines in line_sets:
        counts.update(lines)
    return frozenset(line for line, count in counts.items() if count >= max(2, min_pages))

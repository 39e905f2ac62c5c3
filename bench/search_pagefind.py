"""The search bench's Pagefind pieces: the facet counts the front matter implies, and the index built alone.

The site's own build indexes its article pages with Pagefind (converter/site/pagefind.py); run as
a child process, this indexes a built site again, the same way, so its time and memory are measured
apart from the rest of the build.

    python bench/search_pagefind.py SITE_DIR    # re-index SITE_DIR's article pages into SITE_DIR/pagefind
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from search_corpus import Record

FACETS = ("source", "author", "year", "tag")


def facet_values(record: Record) -> dict[str, list[str]]:
    return {
        "source": [record.source] if record.source else [],
        "author": list(record.authors),
        "year": [record.year] if record.year else [],
        "tag": list(record.tags),
    }


def facet_counts(records: Sequence[Record]) -> dict[str, Counter[str]]:
    """How many articles carry each value of each facet: the counts a facet list should show."""
    counts: dict[str, Counter[str]] = {facet: Counter() for facet in FACETS}
    for record in records:
        for facet, values in facet_values(record).items():
            counts[facet].update(set(values))
    return counts


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from converter.site.pagefind import write_index

    print(write_index(Path(sys.argv[1]).resolve(), "articles", "en"), file=sys.stderr)

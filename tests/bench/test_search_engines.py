"""The bench's per-engine pieces: Pagefind's mark-up and facet truth, the prebuilt index's page content."""

from __future__ import annotations

import pytest
from search_corpus import Record
from search_pagefind import facet_counts, mark_up
from search_prebuilt import content_html, info

PAGE = """<html lang="en"><body><article class="md-content__inner md-typeset">
<h1>Title</h1>
<div class="archive-meta">
<p class="archive-byline">By <a href="../../authors/a/">Zoë &amp; Co</a></p>
</div>
<p>Body one.</p>
<p>Body two.</p><section class="archive-related">
<h2 id="related">Related</h2>
</section>
<p class="archive-raw">Archived from <code>x.html</code></p>
</article></body></html>"""


def _record(location: str = "articles/x/", **changes: object) -> Record:
    fields: dict = {"location": location, "title": "Title", "authors": ("Zoë & Co",), "source": "The Daily",
                    "date": "2019-02-06", "tags": ("a", "b"), "body": "Body one.\n\nBody two."}
    return Record(**(fields | changes))


def test_mark_up_adds_body_weight_ignores_and_one_filter_per_value() -> None:
    marked = mark_up(PAGE, _record())
    assert '<article class="md-content__inner md-typeset" data-pagefind-body>' in marked
    assert '<div class="archive-meta" data-pagefind-weight="5">' in marked
    assert '<h1 data-pagefind-weight="10">Title</h1>' in marked
    assert '<section class="archive-related" data-pagefind-ignore>' in marked
    assert '<p class="archive-raw" data-pagefind-ignore>' in marked
    for value in ("source:The Daily", "author:Zoë &amp; Co", "year:2019", "tag:a", "tag:b"):
        assert f'<span data-pagefind-filter="{value}"></span>' in marked
    # The words both engines read are unchanged: only attributes and empty elements were added.
    assert marked.replace(' data-pagefind-body', '').count("Body one.") == 1


def test_mark_up_refuses_a_page_it_does_not_recognise() -> None:
    with pytest.raises(AssertionError, match="articles/x/"):
        mark_up(PAGE.replace('<section class="archive-related">', "<section>"), _record())


def test_facet_counts_count_articles_not_mentions() -> None:
    records = [_record("1/"), _record("2/", authors=("Zoë & Co", "Ann"), tags=("a", "a")), _record("3/", date="")]
    counts = facet_counts(records)
    assert counts["author"] == {"Zoë & Co": 3, "Ann": 1}
    assert counts["tag"] == {"a": 3, "b": 2}
    assert counts["year"] == {"2019": 2}
    assert counts["source"] == {"The Daily": 3}


def test_prebuilt_reads_the_markdown_html_between_header_and_footer() -> None:
    assert content_html(PAGE) == "<p>Body one.</p>\n<p>Body two.</p>"


def test_info_line_matches_the_plugin() -> None:
    assert info(_record()) == "The Daily · 6 February 2019 · Zoë & Co"
    assert info(_record(date="", authors=())) == "The Daily"

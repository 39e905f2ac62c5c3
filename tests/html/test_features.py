"""html.features: what a candidate looks like, and how far the others agree with it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from converter.html.features import PageStats, Shape, agreement_features, candidate_features, reading_features

PROSE = "<p>The river rose by two metres overnight and the bridge was closed to traffic until noon.</p>"


def test_shape_counts_words_links_and_blocks():
    shape = Shape.of(f'{PROSE}<p>See <a href="/x">the map of the closed roads</a> here.</p><ul><li>one two</li></ul>')
    assert shape.paragraphs == 2
    assert shape.words == 16 + 8 + 2
    assert shape.list_words == 2
    assert shape.link_chars == len("themapoftheclosedroads")


def test_an_empty_or_unparsable_fragment_has_no_text():
    assert Shape.of("").words == 0
    assert Shape.of("   ").words == 0


def test_page_stats_leave_out_scripts_and_count_links():
    root = lxml_html.document_fromstring(
        '<html><body><p>one two</p><a href="/">home</a><script>var x = "hidden";</script></body></html>'
    )
    assert PageStats.of(root) == PageStats(paragraph_words=2, visible_chars=len("onetwohome"), link_chars=4)


def test_reading_features_of_prose_and_of_a_link_list():
    page = PageStats(paragraph_words=16, visible_chars=200, link_chars=20)
    prose = reading_features(Shape.of(PROSE), page)
    links = reading_features(Shape.of('<ul><li><a href="/a">Sport</a></li><li><a href="/b">News</a></li></ul>'), page)
    assert prose["link_density"] == 0.0
    assert links["link_density"] == 1.0
    assert prose["page_paragraph_share"] == 1.0  # it holds all of the page's paragraph words
    assert prose["stopword_density"] > 0.3 > links["stopword_density"]
    assert prose["empty"] == 0.0


@pytest.mark.parametrize(
    ("theirs", "agree", "inside", "holds"),
    [
        (PROSE, 1.0, 1.0, 1.0),  # the same text
        ("<p>Completely different words about a football match played in the rain yesterday.</p>", 0.0, 0.0, 0.0),
        # The same paragraph three times: all of its 13 shingles (16 words), in 45 (48 words).
        (PROSE * 3, 2 * 13 / (13 + 45), 1.0, 13 / 45),
    ],
)
def test_agreement_with_another_candidate(theirs: str, agree: float, inside: float, holds: float):
    # "b" comes first (the reference) and last: inside/holds are measured against it.
    shapes = {"b": Shape.of(theirs), "a": Shape.of(PROSE)}
    features = candidate_features(shapes, PageStats(16, 100, 0))["a"]
    assert features["agree_mean"] == pytest.approx(agree)
    assert features["inside_first"] == pytest.approx(inside)
    assert features["holds_first"] == pytest.approx(holds)


def test_length_against_the_others():
    from converter.html.text import shingles

    texts = {"a": "one two three four five", "b": "one two three four five six seven eight nine ten"}
    features = agreement_features("a", {name: shingles(text) for name, text in texts.items()}, {"a": 5, "b": 10})
    assert features["length_vs_longest"] == 0.5

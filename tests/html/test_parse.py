"""html.parse: one parse of a fragment shared by the steps that read it, copies for those that change it."""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html import parse
from converter.html.parse import fragment_copy, shared_fragment

FRAGMENT = "<p>The pier <a href='/x'>reopens</a> in May.</p><ul><li>one</li></ul>"


def test_the_same_string_is_parsed_once_and_each_copy_is_the_callers_own():
    shared = shared_fragment(FRAGMENT)
    assert shared_fragment(FRAGMENT) is shared
    mine = fragment_copy(FRAGMENT)
    assert mine is not shared
    mine.find(".//a").drop_tree()
    mine.append(lxml_html.Element("hr"))
    # What one step changed, the next step that reads or copies the string does not see.
    assert shared_fragment(FRAGMENT).find(".//a") is not None
    expected = lxml_html.tostring(parse.parse_fragment(FRAGMENT), encoding="unicode")
    assert lxml_html.tostring(shared_fragment(FRAGMENT), encoding="unicode") == expected
    assert lxml_html.tostring(fragment_copy(FRAGMENT), encoding="unicode") == expected


def test_only_the_last_few_small_fragments_are_kept():
    fragments = [f"<p>Paragraph {n}</p>" for n in range(parse._KEPT + 2)]
    for fragment in fragments:
        shared_fragment(fragment)
    assert set(parse._PARSED) == set(fragments[-parse._KEPT :])
    huge = "<p>" + "word " * (parse._KEPT_CHARS // 5 + 1) + "</p>"
    assert shared_fragment(huge).text_content().count("word") == parse._KEPT_CHARS // 5 + 1
    assert huge not in parse._PARSED and shared_fragment(huge) is not shared_fragment(huge)

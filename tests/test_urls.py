"""Link hygiene: absolute, safe, untracked."""

from __future__ import annotations

import pytest

from converter.urls import clean_url, is_safe_url


def test_relative_link_is_resolved_against_base():
    assert clean_url("../b/c.html", "https://ex.com/a/x/page.html") == "https://ex.com/a/b/c.html"


def test_relative_link_without_base_is_dropped():
    assert clean_url("/only/path") is None


def test_tracking_parameters_are_removed_and_others_kept():
    assert clean_url("https://ex.com/p?utm_source=tw&id=7&fbclid=abc&gclid=z") == "https://ex.com/p?id=7"


def test_double_escaped_ampersands_still_lose_tracking_keys():
    assert clean_url("https://ex.com/p?x=1&amp;utm_medium=referral") == "https://ex.com/p?x=1"


@pytest.mark.parametrize("href", ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                                  "data:text/html,<b>x</b>", "vbscript:msgbox", "#top", "", None])
def test_unsafe_or_empty_links_are_refused(href):
    assert clean_url(href, "https://ex.com/") is None


def test_characters_that_end_a_markdown_destination_are_encoded():
    assert clean_url('https://ex.com/a b<c>"d') == "https://ex.com/a%20b%3Cc%3E%22d"


def test_is_safe_url():
    assert is_safe_url("mailto:a@b.c") and not is_safe_url("data:x") and not is_safe_url(None)

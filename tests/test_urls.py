"""Link hygiene: absolute, safe, untracked."""

from __future__ import annotations

import pytest

from converter.urls import clean_url, safe_url


def test_relative_link_is_resolved_against_base():
    assert clean_url("../b/c.html", "https://ex.com/a/x/page.html") == "https://ex.com/a/b/c.html"


def test_relative_link_without_base_is_dropped():
    assert clean_url("/only/path") is None


def test_tracking_parameters_are_removed_and_others_kept():
    assert clean_url("https://ex.com/p?utm_source=tw&id=7&fbclid=abc&gclid=z") == "https://ex.com/p?id=7"


def test_double_escaped_ampersands_still_lose_tracking_keys():
    assert clean_url("https://ex.com/p?x=1&amp;utm_medium=referral") == "https://ex.com/p?x=1"


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:msgbox",
        "#top",
        "",
        None,
    ],
)
def test_unsafe_or_empty_links_are_refused(href):
    assert clean_url(href, "https://ex.com/") is None


def test_characters_that_end_a_markdown_destination_are_encoded():
    assert clean_url('https://ex.com/a b<c>"d') == "https://ex.com/a%20b%3Cc%3E%22d"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("HTTP://example.com/", "HTTP://example.com/"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.com/a", None),
        ("/relative", None),
        ('https://example.com/"onmouseover="x', None),
        ("https://exa mple.com/", None),
        (None, None),
        (42, None),
    ],
)
def test_safe_url_allows_only_absolute_http(url: object, expected: str | None) -> None:
    assert safe_url(url) == expected

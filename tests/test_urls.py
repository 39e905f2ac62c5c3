"""Link hygiene: absolute, safe, untracked."""

from __future__ import annotations

import pytest

from converter import urls
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


def test_an_absolute_link_is_cleaned_once_for_every_page_of_a_site() -> None:
    """Each container page's base is its own URL: an absolute link's result is shared across those bases."""
    urls._clean_url.cache_clear()
    for number in range(5):
        assert clean_url("https://ex.com/menu?utm_source=x", f"https://ex.com/{number}/story") == "https://ex.com/menu"
        assert clean_url("/about", f"https://ex.com/{number}/story") == "https://ex.com/about"
    # One miss for the absolute link, one per page for the relative one (it resolves against each page).
    assert urls._clean_url.cache_info().misses == 1 + 5


def test_links_that_only_look_absolute_still_resolve_against_the_whole_base() -> None:
    # No host ("http:///x") or a space or control character where it would be: urljoin takes the base's host.
    assert clean_url("http:///x", "http://a.example/p/q") == "http://a.example/x"
    assert clean_url("http:///x", "http://b.example/p/q") == "http://b.example/x"
    assert clean_url("http://\t/x", "http://b.example/p/q") == "http://b.example/x"
    # "ſ" is an "s" to a case-blind pattern, not to a URL parser: "httpſ:" is no scheme, the link is a relative
    # path (urljoin drops its empty segment).
    assert clean_url("httpſ://x/y", "https://a.example/p/q") == "https://a.example/p/httpſ:/x/y"
    # Another scheme than the base's is kept as written; the same scheme too, whatever the base's host.
    assert clean_url("http://x.example/y", "https://a.example/p") == "http://x.example/y"
    assert clean_url("HTTPS://X.example/y#top", "https://a.example/p") == "https://X.example/y#top"
    # A base that does not parse fails every link, absolute or not, as urljoin does.
    assert clean_url("https://x.example/y", "http://[::1/p") is None

"""Front-matter reading, URL checks and slugs of the archive plugin."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.article import RelatedLink
from converter.paths import url_slug
from converter.site.catalog import Catalog
from converter.site.meta import coerce_date
from converter.site.structure import entry_from_document, teaser_from
from converter.urls import url_key


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-11-20", dt.date(2019, 11, 20)),
        ("2019-11-20T23:15:00Z", dt.date(2019, 11, 20)),
        ("2019-11-20T23:15:00+05:00", dt.date(2019, 11, 20)),
        (dt.date(2019, 1, 2), dt.date(2019, 1, 2)),
        (dt.datetime(2019, 1, 2, 3, 4), dt.date(2019, 1, 2)),
        ("yesterday", None),
        ("2019-02-30", None),
        (None, None),
        (20191120, None),
    ],
)
def test_coerce_date(value: object, expected: dt.date | None) -> None:
    assert coerce_date(value) == expected


def test_url_key_ignores_scheme_www_and_trailing_slash() -> None:
    assert url_key("https://www.Example.com/a/") == url_key("http://example.com/a") == "example.com/a"
    assert url_key("https://example.com/a?id=1") != url_key("https://example.com/a?id=2")
    assert url_key("http://news.example/a#top") == url_key("https://www.news.example/a/")
    assert url_key("javascript:alert(1)") is None and url_key(None) is None and url_key("/a") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Chris Davies", "chris-davies"),
        ("Émile Zola", "emile-zola"),
        ("<b>Evil</b> & Co", "b-evil-b-co"),
        ("東京新聞", "東京新聞"),
        ("!!!", "x"),
    ],
)
def test_slugify(name: str, expected: str) -> None:
    assert url_slug(name) == expected


def test_same_slug_names_get_distinct_pages() -> None:
    a = entry_from_document("articles/a.md", "---\ntitle: A\nauthors: [C++ Fan]\n---\n")
    b = entry_from_document("articles/b.md", "---\ntitle: B\nauthors: [C Fan]\n---\n")
    catalog = Catalog([a, b])
    assert sorted(g.path for g in catalog.authors.values()) == ["authors/c-fan", "authors/c-fan-2"]


def test_teaser_prefers_description_then_first_prose_line() -> None:
    assert teaser_from("A  short\ndescription.", "Body") == "A short description."
    assert teaser_from(None, "## Heading\n\n![img](x.png)\n\nFirst *real* [line](http://x).\n") == "First real line."
    assert teaser_from(None, "word " * 100, limit=20) == "word word word word…"


def test_malformed_front_matter_degrades_to_defaults() -> None:
    entry = entry_from_document("articles/odd.md", "---\ntitle: [unclosed\n---\nBody text.\n")
    assert (entry.title, entry.authors, entry.date) == ("odd", (), None)
    text = "---\ntitle: T\nauthors: Solo Writer\nsource: nope\ntags: [1, x]\n---\n"
    entry = entry_from_document("articles/odd.md", text)
    assert (entry.authors, entry.source_name, entry.tags) == (("Solo Writer",), None, ("1", "x"))


def test_resolve_prefers_path_then_url_then_title_and_never_self() -> None:
    a = entry_from_document("articles/a.md", "---\ntitle: Same Title\nsource: {name: S, url: 'https://s.com/a'}\n---\n")
    b = entry_from_document("articles/b.md", "---\ntitle: Other\nsource: {name: S, url: 'https://s.com/b'}\n---\n")
    catalog = Catalog([a, b])
    assert catalog.resolve(RelatedLink(title="Same Title", url="https://s.com/b", path="a.md")) is a
    assert catalog.resolve(RelatedLink(title="Same Title", url="https://s.com/b")) is b
    assert catalog.resolve(RelatedLink(title="same  title")) is a
    assert catalog.resolve(RelatedLink(title="Same Title"), exclude=a) is None
    assert catalog.resolve(RelatedLink(title="Unknown", url="https://s.com/zzz")) is None


def test_teaser_shows_the_converter_s_escaped_text_as_the_text_it_is() -> None:
    # The converter writes `&` `<` `>` as entities and `*` `_` `[` with a backslash: the teaser (listings, feed) showed
    # "Procter &amp; Gamble" (escaped again when shown) and dropped escaped characters ("snake_case" as "snakecase").
    body = "Procter &amp; Gamble &lt;3 snake\\_case \\*stars\\* \\[1\\] &#39;q&#39; *emph* [link](http://x).\n"
    assert teaser_from(None, body) == "Procter & Gamble <3 snake_case *stars* [1] 'q' emph link."

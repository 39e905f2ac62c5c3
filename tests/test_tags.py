"""Tags: one cleaning policy for the converter's front matter and the site's build."""

from __future__ import annotations

import pytest

from converter.site.structure import SHOWN_TAGS
from converter.tags import MAX_TAGS, clean_tag, clean_tags, tag_key


@pytest.mark.parametrize(
    "flag",
    [
        "_hidden",
        "_promo_box",
        "layout=wide",
        "source:tagname:CNBC Europe Source",
        "type:article",
        '"',
        "—",
        "...",
        "https://example.org/tag/x",
        "example.com",
        "@river",  # a mention or a handle
        "/article",  # a path
    ],
)
def test_markup_flags_and_lone_punctuation_are_dropped(flag: str):
    assert clean_tags(["Space", flag]) == ("Space",)


def test_spacing_is_normalised_and_case_duplicates_keep_the_first_spelling():
    tags = ["  Delhi   pollution ", "delhi pollution", "NASA", "nasa", "Nasa"]
    assert clean_tags(tags) == ("Delhi pollution", "NASA")


def test_tags_that_read_as_words_are_kept():
    tags = ["Star Wars: The Last Jedi", "COVID-19", "2020 election", "Aerospace & Defense", "Québec"]
    assert clean_tags(tags) == tuple(tags)


def test_at_most_twelve_tags_in_their_first_order():
    tags = [f"topic {i}" for i in range(30)]
    assert MAX_TAGS == 12
    assert clean_tags(tags) == tuple(tags[:12])


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("_no-apple-news", None),  # a CMS flag: leading underscore
        ("type=article", None),  # key=value
        ("source:tagname:nyt", None),  # namespaced id
        ("section:politics", None),
        ("News - News", "News"),  # a name repeated around a separator
        ("US Politics | us politics", "US Politics"),
        ("  Space   Race ", "Space Race"),
        ("Climate change", "Climate change"),
        ("AI: the future", "AI: the future"),  # a colon in prose is kept
        ("News - Politics", "News - Politics"),  # two different names stay as written
        ("---", None),
        ("x" * 61, None),
    ],
)
def test_clean_tag(tag: str, expected: str | None) -> None:
    assert clean_tag(tag) == expected


def test_near_duplicates_merge_and_the_list_is_capped() -> None:
    tags = ["Audi", "audi", "climate-change", "Climate change", "_hidden", *[f"T{i}" for i in range(20)]]
    cleaned = clean_tags(tags, SHOWN_TAGS)
    assert cleaned[:2] == ("Audi", "climate-change")  # first spelling kept within one article
    assert len(cleaned) == SHOWN_TAGS == 8
    assert tag_key("climate_change") == tag_key("Climate Change") == "climate change"

"""Tags cleaned at build time (issue 13, item 6): flags dropped, repeats merged, spacing tidied, capped."""

from __future__ import annotations

import pytest

from converter.site.catalog import Catalog
from converter.site.structure import Entry
from converter.site.tags import MAX_TAGS, clean_tag, clean_tags, tag_key


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
    cleaned = clean_tags(tags)
    assert cleaned[:2] == ("Audi", "climate-change")  # first spelling kept within one article
    assert len(cleaned) == MAX_TAGS
    assert tag_key("climate_change") == tag_key("Climate Change") == "climate change"


def test_the_catalog_shows_the_spelling_most_articles_use() -> None:
    entries = [
        Entry(f"articles/{i}.md", f"T{i}", tags=(tag,))
        for i, tag in enumerate(["climate-change", "Climate change", "Climate change"])
    ]
    catalog = Catalog(entries)
    (group,) = catalog.tags.values()
    assert group.name == "Climate change"
    assert group.path == "tags/climate-change"
    assert len(group.entries) == 3
    assert catalog.tag("CLIMATE_CHANGE") is group


def test_host_only_sources_take_the_publication_name() -> None:
    entries = [
        Entry("articles/a.md", "A", source_name="The New York Times", source_url="https://www.nytimes.com/a"),
        Entry("articles/b.md", "B", source_name="nytimes.com", source_url="https://nytimes.com/b"),
        Entry("articles/c.md", "C", source_name="example.org", source_url="https://example.org/c"),
    ]
    catalog = Catalog(entries)
    assert sorted(g.name for g in catalog.sources.values()) == ["The New York Times", "example.org"]
    assert catalog.source_of(catalog.by_uri["articles/b.md"]).name == "The New York Times"  # type: ignore[union-attr]

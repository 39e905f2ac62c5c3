"""Tags in the site's catalog: one group per tag key, named by the spelling most articles use."""

from __future__ import annotations

from converter.site.catalog import Catalog
from converter.site.structure import Entry


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

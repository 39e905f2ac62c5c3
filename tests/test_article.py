import yaml

from converter.article import Article, RelatedLink
from converter.frontmatter import dump_document, parse_document

FULL = Article(
    title="No: 1 # not a comment",
    body="Body text.\n",
    authors=("Ann Lee", "Bo Chen"),
    date="2025-04-28",
    source_name="Daily8",
    source_url="https://example.org/a",
    related=(RelatedLink("Other", None, source="Yahoo", teaser="A teaser", path="other.md"),),
    raw="seed/page.txt",
    embedded_in="main.md",
    description="About it",
    tags=("world", "china"),
    language="en",
    image="https://example.org/a.jpg",
    also_raw=("seed/copy.txt",),
)


def test_front_matter_has_contract_keys_in_order():
    meta = Article(title="T", body="").front_matter()
    assert list(meta) == ["title", "authors", "date", "source", "related", "raw"]
    assert meta["authors"] == [] and meta["date"] is None
    assert meta["source"] == {"name": None, "url": None}


def test_embedded_in_absent_unless_set():
    assert "embedded_in" not in Article(title="T", body="").front_matter()
    assert FULL.front_matter()["embedded_in"] == "main.md"


def test_related_link_keeps_url_key_even_when_unknown():
    assert RelatedLink("X").to_dict() == {"title": "X", "url": None}


def test_round_trip_through_yaml_is_exact():
    meta, body = parse_document(dump_document(FULL.front_matter(), FULL.body))
    assert meta == FULL.front_matter()
    assert Article.from_front_matter(meta, body) == FULL


def test_dumped_front_matter_is_plain_yaml():
    text = dump_document(FULL.front_matter(), FULL.body)
    header = text.split("---\n")[1]
    assert yaml.safe_load(header)["title"] == "No: 1 # not a comment"

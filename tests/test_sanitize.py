"""Text that enters the converter leaves it valid Unicode that XML 1.0 accepts (issue 15, items 2 and 8).

Half an emoji in a JSON-LD description used to raise UnicodeEncodeError in the cache and the writer;
a control character in a title made `feed.xml` invalid XML.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converter.article import Article, Extraction, RelatedLink
from converter.frontmatter import parse_document
from converter.html.extract import extract_html
from converter.publish import render
from converter.sanitize import clean_record, clean_text
from converter.textdump.extract import extract_text
from tests.support import PARAGRAPH

# XML 1.0's Char production, negated: what may not appear in feed.xml.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Characters that cannot be written as UTF-8 or XML, or that YAML must escape, mixed with ordinary text.
HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from(["\ud83d", "\ude00", "\udfff", "\ud800", "\ufffe", "\uffff", "\x85", "\u2028", "\r", "\t"]),
        st.characters(min_codepoint=0, max_codepoint=0x9F),  # C0, ASCII, DEL, C1
        st.characters(codec="utf-8"),
    ),
    max_size=30,
)


def test_lone_surrogates_become_replacement_characters() -> None:
    assert clean_text("cut off \ud83d") == "cut off \ufffd"
    assert clean_text("\ude00 and \udbff") == "\ufffd and \ufffd"


def test_surrogate_halves_that_pair_up_become_one_character() -> None:
    assert clean_text("smile \ud83d\ude00!") == "smile \U0001f600!"


def test_characters_xml_forbids_are_dropped_and_the_rest_kept() -> None:
    assert clean_text("a\x00b\x01c\x08d\x0be\x0cf\x1fg\ufffeh\uffffi") == "abcdefghi"
    # Tab, newline and carriage return are XML characters; so are DEL and the C1 controls.
    assert clean_text("a\tb\nc\rd\x7fe\x85f\x9fg") == "a\tb\nc\rd\x7fe\x85f\x9fg"
    assert clean_text("plain text, é “ 😀") == "plain text, é “ 😀"


def _strategy_for(annotation: str) -> st.SearchStrategy[Any]:
    if annotation in ("str", "str | None"):
        return HOSTILE
    if annotation == "tuple[str, ...]":
        return st.lists(HOSTILE, max_size=3).map(tuple)
    if annotation == "tuple[RelatedLink, ...]":
        return st.lists(_records(RelatedLink), max_size=3).map(tuple)
    raise AssertionError(f"no strategy for a field of type {annotation}: add one so the field is tested")


def _records(cls: type) -> st.SearchStrategy[Any]:
    """Records with every field filled with hostile text (a field added later is filled too)."""
    return st.builds(cls, **{field.name: _strategy_for(str(field.type)) for field in dataclasses.fields(cls)})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_records(Article), st.lists(_records(Article), max_size=2))
def test_every_field_of_a_cleaned_record_renders_as_utf8_xml_text_that_parses(
    article: Article, embedded: list[Article]
) -> None:
    extraction = clean_record(Extraction(article, tuple(embedded)))
    for cleaned in (extraction.article, *extraction.embedded):
        document = render(cleaned)
        document.encode("utf-8")  # raised UnicodeEncodeError on a lone surrogate
        assert not NOT_XML.search(document)
        meta, body = parse_document(document)
        assert meta == cleaned.front_matter()
        assert body.strip("\n") == cleaned.body.strip("\n")
        for value in _strings(dataclasses.asdict(cleaned)):
            assert not NOT_XML.search(value)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return []


def test_cleaning_keeps_the_record_type_and_untouched_fields() -> None:
    link = RelatedLink(title="Next\x01", url="https://example.com/n", teaser=None)
    article = Article(title="T\ud83d", body="Body\n", related=(link,), authors=("A\x02",), date=None)
    cleaned = clean_record(Extraction(article))
    assert cleaned == Extraction(
        Article(
            title="T\ufffd",
            body="Body\n",
            authors=("A",),
            related=(RelatedLink(title="Next", url="https://example.com/n"),),
        )
    )


def _page(title: str, description: str, headline: str) -> str:
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": headline,
            "description": description,
            "author": {"@type": "Person", "name": "Ann Lee\\u0007"},
        }
    )
    return (
        f"<html><head><title>{title}</title><meta name='description' content='Meta &#x1; text'>"
        f"<script type='application/ld+json'>{ld}</script></head>"
        f"<body><article><h1>{title}</h1><p>{PARAGRAPH} Bell\x07 here.</p><p>{PARAGRAPH}</p></article>"
        "</body></html>"
    )


def test_html_page_with_half_an_emoji_and_control_characters_renders() -> None:
    # json.dumps leaves "\ud83d" as an escape in the page; json.loads in the metadata reader turns it
    # back into a lone surrogate, as a truncated description in a real page does.
    html = _page("Cut \x01title", "A description cut in half \ud83d", "Headline \x1b")
    extraction = extract_html(html, "page.html")
    document = render(extraction.article)
    document.encode("utf-8")
    assert not NOT_XML.search(document)
    assert parse_document(document)[0] == extraction.article.front_matter()
    assert "Bell here." in extraction.article.body


def test_text_dump_with_control_characters_in_the_title_renders() -> None:
    dump = "The \x01title\x1b of \ufffethe story\n\n" + "\n".join(f"{PARAGRAPH} Point {i}." for i in range(4))
    extraction = extract_text(dump, "page.txt")
    document = render(extraction.article)
    assert not NOT_XML.search(document)
    assert extraction.article.title == "The title of the story"

"""Front matter: whatever a title holds, `yaml.safe_load` reads back exactly what was written."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from converter.frontmatter import dump_document, parse_document

TRICKY = [
    "No: 1 # not a comment",
    "---",
    "...",
    "--- x",
    '!!python/object/apply:os.system ["x"]',
    "!!binary aGVsbG8=",
    "'quoted' \"twice\"",
    "{{ page.title }}",
    "{% raw %}",
    "- a list?",
    "[1, 2]",
    "{a: 1}",
    "yes",
    "No",
    "null",
    "~",
    "0x1F",
    "1e3",
    "2024-01-01",
    "12:30:00",
    "&anchor *alias",
    "? key",
    "%YAML 1.1",
    "@at `tick` |pipe >fold",
    "line one\nline two",
    "a\r\nb",
    "trailing space ",
    " leading space",
    "tab\there",
    "x\x85y\u2028z\u2029w",
    "\ufeffbom first",
    "emoji 😀 and 日本語",
    "control \x01\x1b[31m\x7f",
    "x: y\n---\nz: 1",
    "w " * 6000,
]


def meta_for(value: str) -> dict[str, Any]:
    return {
        "title": value,
        "authors": [value, "Plain Name"],
        "date": None,
        "source": {"name": value, "url": "https://example.com/a?b=c#d"},
        "related": [{"title": value, "url": None}],
        "raw": "folder/page.html",
    }


@pytest.mark.parametrize("value", TRICKY)
def test_round_trip_is_exact(value: str) -> None:
    meta = meta_for(value)
    assert parse_document(dump_document(meta, "Body.\n")) == (meta, "Body.\n")


@pytest.mark.parametrize("value", TRICKY)
def test_header_is_plain_yaml_that_safe_load_reads(value: str) -> None:
    document = dump_document(meta_for(value), "Body.\n")
    header = document.split("\n---\n", 1)[0].removeprefix("---\n")
    assert yaml.safe_load(header) == meta_for(value)


def test_document_shape() -> None:
    assert dump_document({"title": "T"}, "\n\nBody\n\n") == "---\ntitle: T\n---\n\nBody\n"


def test_empty_body() -> None:
    assert dump_document({"title": "T"}, "") == "---\ntitle: T\n---\n"
    assert parse_document("---\ntitle: T\n---\n") == ({"title": "T"}, "")


def test_body_that_looks_like_front_matter_stays_body() -> None:
    body = "---\ntitle: fake\n---\n\ntext\n"
    assert parse_document(dump_document({"title": "Real"}, body)) == ({"title": "Real"}, body)


def test_no_front_matter() -> None:
    assert parse_document("# Just markdown\n") == (None, "# Just markdown\n")


def test_python_tags_are_never_constructed() -> None:
    with pytest.raises(yaml.YAMLError):
        parse_document('---\ntitle: !!python/object/apply:os.system ["echo hi"]\n---\n')


def test_non_mapping_front_matter_is_none() -> None:
    assert parse_document("---\n- a\n- b\n---\nbody\n")[0] is None

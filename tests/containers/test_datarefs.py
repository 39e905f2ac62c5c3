"""The byte test that spares a page the HTML parse: `False` must mean the parse finds no `data:` image source."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.containers.datarefs import may_name_data_image
from converter.containers.references import image_references

URI = "data:image/png;base64,iVBORw0KGgo="
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def parse_finds_one(page: bytes) -> bool:
    references = image_references(page)
    return any(src[:5].lower() == "data:" for src in references.srcs)


@pytest.mark.parametrize(
    "page",
    [
        f'<img src="{URI}">',
        f"<IMG SRC = '{URI}'>",
        f"<img src={URI}>",
        f'<img alt="x"src="{URI}">',
        f'<img src="  {URI}">',
        f'<img src="&nbsp;{URI}">',
        f'<img src="&#100;ata:image/png;base64,iVBORw0KGgo="><i style="background:url({URI})">',
        f'<img src="d&#x61;ta:image/png;base64,iVBORw0KGgo="><i style="background:url({URI})">',
        f'<picture><source srcset="a.jpg" src="{URI}"></picture>',
        f'<img srcset="a.jpg 1x, {URI} 2x">',
        f'<meta property="og:image" content="{URI}">',
        f'<script type="application/ld+json">{{"image": "{URI}"}}</script>',
        f'<script type="application/ld+json">{{"image": "\\u0064ata:image/png;base64,AAAA"}}</script>{URI}',
    ],
)
def test_a_data_uri_as_an_image_source_needs_the_parse(page: str) -> None:
    assert parse_finds_one(page.encode())
    assert may_name_data_image(page.encode())


@pytest.mark.parametrize(
    "page",
    [
        f'<div style="background-image:url({URI})">',
        f"<style>.a{{mask-image:url( '{URI}' )}}</style>",
        f'<img srcset="{URI}">',
        f'<img data-src="{URI}" data-srcset="{URI}">',
        f'<svg><image xlink:href="{URI}"/></svg>',
        f"<script>observe(r,{{characterdata:!0}}); n.src='{URI}'</script>",
        f'<img data-x=1src="{URI}">',
        f'<meta charset="utf-8"><i style="background:url({URI})">',
    ],
)
def test_a_data_uri_elsewhere_spares_the_parse(page: str) -> None:
    assert not parse_finds_one(page.encode())
    assert not may_name_data_image(page.encode())


@pytest.mark.parametrize(
    "page",
    [
        f'<meta charset="utf-16"><i style="background:url({URI})">',
        f'<?xml version="1.0" encoding="iso-2022-jp"?><i style="background:url({URI})">',
        f'<meta http-equiv="Content-Type" content="text/html; charset=cp037"><i style="background:url({URI})">',
    ],
)
def test_a_page_that_may_not_be_ascii_text_needs_the_parse(page: str) -> None:
    assert may_name_data_image(page.encode())
    assert may_name_data_image(b"\xff\xfe" + f"<i style='background:url({URI})'>".encode("utf-16-le"))


FRAGMENTS = [
    "<img ",
    "<source ",
    "<meta ",
    '<meta property="og:image" ',
    "<div ",
    "<script>",
    "</script>",
    '<script type="application/ld+json">',
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "src",
    "srcset",
    "content",
    "data-src",
    "xlink:href",
    "style",
    "=",
    " = ",
    '"',
    "'",
    " ",
    "\n",
    ">",
    "/>",
    ",",
    "url(",
    ")",
    "&nbsp;",
    "&#32;",
    "&amp;",
    "x",
    "a.jpg 2x",
    '{"image": ',
    "}",
    URI,
    URI,
    "data:",
    "data:text/plain,hi",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_never_spares_a_page_whose_parse_finds_a_data_image_source(parts: list[str]) -> None:
    page = "".join(parts).encode()
    if not may_name_data_image(page):
        assert not parse_finds_one(page), page


def test_never_spares_a_corpus_page_whose_parse_finds_one() -> None:
    pages = [path for path in sorted(SHARED.rglob("*.htm*")) if path.suffix.lower() in (".html", ".htm")]
    if not pages:
        pytest.skip("the shared corpus is not beside the worktree")
    spared = 0
    for path in pages:
        data = path.read_bytes()
        if b"data:image/" in data.lower() and not may_name_data_image(data):
            spared += 1
            assert not parse_finds_one(data), path
    assert spared >= 10  # the test spares pages: most data: images are CSS and lazy-load placeholders

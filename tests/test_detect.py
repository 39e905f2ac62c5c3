"""HTML or text dump: the content decides, the suffix only breaks a tie."""

from __future__ import annotations

import pytest

from converter.detect import detect_format


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", ".txt", "html"),
        ("  \n<html lang='en'><p>Hi</p></html>", ".txt", "html"),
        ("<div><p>a</p><p>b</p></div>", ".txt", "html"),
        ("Headline\n\nA paragraph of a text dump.\n", ".html", "text"),
        ("Use the <p> tag for paragraphs, the text says.", ".html", "html"),
        ("Use the <p> tag for paragraphs, the text says.", ".txt", "text"),
        ("Use the <P> tag for paragraphs, the text says.", ".HTM", "html"),
        ("if a<b and b>c then", ".html", "text"),
    ],
)
def test_detect_format(text: str, suffix: str, expected: str) -> None:
    assert detect_format(text, suffix) == expected


def test_markup_far_down_the_page_does_not_count() -> None:
    assert detect_format("words " * 2000 + "<html><body><div>", ".txt") == "text"

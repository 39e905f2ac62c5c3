"""Output names: readable, stable, safe on Linux, macOS and Windows, and unique."""

from __future__ import annotations

import re

import pytest

from converter.paths import MAX_SLUG, assign_names, slugify, url_slug

# What a file name may hold on every platform we support (and what our slugs promise).
SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.md")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Hello, World!", "hello-world"),
        ("Crème brûlée à la carte", "creme-brulee-a-la-carte"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b", "a-b"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("CON", "con-article"),
        ("lpt1", "lpt1-article"),
        ("COM¹", "com1-article"),
        ("Index", "index-article"),
        ("  .hidden  ", "hidden"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


@pytest.mark.parametrize("title", ["😀😀😀", "", "   ", "日本語のタイトル", "---", "!!!"])
def test_titles_without_ascii_words_get_a_stable_hashed_slug(title: str) -> None:
    assert re.fullmatch(r"article-[0-9a-f]{8}", slugify(title))
    assert slugify(title) == slugify(title)


def test_different_non_ascii_titles_get_different_slugs() -> None:
    assert slugify("日本語のタイトル") != slugify("中文标题")


def test_long_titles_are_cut_at_a_word_boundary() -> None:
    slug = slugify("word " * 300)
    assert len(slug) <= MAX_SLUG and not slug.endswith("-") and set(slug.split("-")) == {"word"}


def test_one_giant_word_is_cut_too() -> None:
    assert slugify("x" * 300) == "x" * MAX_SLUG


def test_same_title_gets_two_names() -> None:
    names = assign_names([("a.txt#0", "Same title"), ("b.txt#0", "Same title")])
    assert names["a.txt#0"] == "same-title.md"
    assert names["b.txt#0"] != "same-title.md" and names["b.txt#0"].startswith("same-title-")


def test_names_are_case_insensitively_unique_against_taken_names() -> None:
    names = assign_names([("a.txt#0", "Readme notes")], taken=["README-NOTES.md"])
    assert names["a.txt#0"].lower() != "readme-notes.md"


def test_a_suffixed_name_never_collides_with_another_titles_plain_name() -> None:
    first = assign_names([("a#0", "Same"), ("b#0", "Same")])
    clash = first["b#0"][: -len(".md")]
    names = assign_names([("a#0", "Same"), ("c#0", clash), ("b#0", "Same")])
    assert len(set(names.values())) == 3


def test_a_name_does_not_depend_on_unrelated_articles() -> None:
    alone = assign_names([("a#0", "Alpha"), ("z#0", "Zulu")])
    more = assign_names([("a#0", "Alpha"), ("m#0", "Mike"), ("z#0", "Zulu")])
    assert alone["z#0"] == more["z#0"]


@pytest.mark.parametrize(
    "title", ["../../etc/passwd", "CON", "a/b", "x" * 300, "😀", "NUL.txt", "name. ", '<>:"|?*', "..", "."]
)
def test_every_name_is_a_plain_safe_file_name(title: str) -> None:
    name = assign_names([("k#0", title)])["k#0"]
    assert SAFE_NAME.fullmatch(name) and len(name) <= 120


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
def test_url_slug_keeps_letters_drops_accents(name: str, expected: str) -> None:
    assert url_slug(name) == expected

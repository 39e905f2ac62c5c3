"""`read_front_matter`: untrusted front matter coerced to a typed record, bad values dropped with a named field.

Expected values are worked out by hand from the YAML in each case.
"""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.article import RelatedLink
from converter.site.meta import MAX_NAMES, MAX_TEXT, FrontMatter, read_front_matter
from tests.support import cpu_seconds


def front(header: str, allow: frozenset[str] = frozenset()) -> FrontMatter:
    return read_front_matter(f"---\n{header}---\n\nBody.\n", allow)[0]


def fields(meta: FrontMatter) -> list[str]:
    """The field each problem names (the text before the first colon)."""
    return [p.split(":", 1)[0] for p in meta.problems]


def test_a_well_formed_article_reads_without_problems() -> None:
    meta, body = read_front_matter(
        "---\ntitle: A  title\nauthors: [Ann Lee, Bo Ma]\ndate: '2019-11-20T10:00:00Z'\n"
        "source: {name: Wired, url: 'https://wired.com/a'}\ntags: [EV]\n"
        "related:\n- {title: R, url: 'https://x.org/r', path: r.md}\nraw: a/b.html\n---\n\nBody.\n"
    )
    assert meta == FrontMatter(
        title="A title",
        authors=("Ann Lee", "Bo Ma"),
        date=dt.date(2019, 11, 20),
        source_name="Wired",
        source_url="https://wired.com/a",
        tags=("EV",),
        related=(RelatedLink("R", "https://x.org/r", path="r.md"),),
        raw="a/b.html",
    )
    assert body == "Body.\n"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("title: ['</title><script>alert(1)</script>']\n", "title"),
        ("title: {a: b}\n", "title"),
        ("title: !!binary PHNjcmlwdD4=\n", "title"),
        ("description: [x]\n", "description"),
        ("author: [x]\n", "author"),
        ("authors: {name: x}\n", "authors"),
        ("authors: [[x]]\n", "authors[0]"),
        ("tags: [{x: y}]\n", "tags[0]"),
        ("source: nope\n", "source"),
        ("source: {name: [x]}\n", "source.name"),
        ("related: 3\n", "related"),
        ("related: [nope]\n", "related[0]"),
        ("related: [{title: T, path: {a: b}}]\n", "related[0].path"),
        ("related: [{title: T, path: [a]}]\n", "related[0].path"),
        ("date: 2025-02-30\n", "date"),
        ("date: [2025]\n", "date"),
    ],
)
def test_a_value_of_the_wrong_type_is_dropped_and_named(header: str, field: str) -> None:
    meta = front(header)
    assert fields(meta) == [field]
    assert leaves(meta.page_meta()) <= {str, type(None)}  # what the theme gets is text


def leaves(data: object) -> set[type]:
    if isinstance(data, dict):
        return set().union(*map(leaves, data.values())) if data else set()
    if isinstance(data, list):
        return set().union(*map(leaves, data)) if data else set()
    return {type(data)}


def test_an_impossible_date_leaves_the_article_undated() -> None:
    meta = front("title: T\ndate: 2025-02-30\n")
    assert (meta.title, meta.date) == ("T", None)
    assert "2025-02-30" in meta.problems[0]


def test_numbers_are_text_as_written() -> None:
    assert front("title: 2024\ntags: [1, x]\n").title == "2024"
    assert front("title: 2024\ntags: [1, x]\n").tags == ("1", "x")


@pytest.mark.parametrize("key", ["template", "location", "hide", "search", "status", "icon", "subtitle"])
def test_theme_keys_are_refused_by_default(key: str) -> None:
    meta = front(f"title: T\n{key}: x\n")
    assert fields(meta) == [key]
    assert key not in meta.page_meta()


def test_allowed_theme_keys_must_have_the_theme_s_shape() -> None:
    allow = frozenset({"template", "location", "hide", "search"})
    good = front(
        "template: redirect.html\nlocation: 'https://example.com/'\nhide: [toc]\nsearch: {exclude: true}\n", allow
    )
    assert good.problems == ()
    assert good.page_meta() == {
        "template": "redirect.html",
        "location": "https://example.com/",
        "hide": ["toc"],
        "search": {"exclude": True},
    }
    bad = front("template: [main.html]\nlocation: 'javascript:alert(1)'\nhide: 1\nsearch: nope\n", allow)
    assert fields(bad) == ["template", "location", "hide", "search"]
    assert bad.page_meta() == {}
    assert fields(front("template: ../../etc/passwd\n", allow)) == ["template"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("---\ntitle: [unclosed\n---\nBody.\n", "not YAML that parses"),
        ("---\n- a list\n---\nBody.\n", "not a mapping"),
        ("---\ndate: !!timestamp 2025-02-30\n---\nBody.\n", "not YAML that parses"),
        ("---\na: !!python/object:os.system x\n---\nBody.\n", "not YAML that parses"),
        ("---\na: &a [*a]\n---\nBody.\n", "aliases"),
    ],
)
def test_front_matter_that_cannot_be_read_is_ignored_with_a_reason(text: str, problem: str) -> None:
    meta, body = read_front_matter(text)
    assert meta.page_meta() == {}
    assert len(meta.problems) == 1 and problem in meta.problems[0]
    assert body == "Body.\n"  # the broken YAML never shows up as the page's text


def _timed(header: str) -> tuple[FrontMatter, float]:
    start = cpu_seconds()
    meta = front(header)
    return meta, cpu_seconds() - start


def test_an_alias_bomb_is_refused_quickly() -> None:
    # 250 bytes that expand to 9**7 (4.8 million) strings.
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdef", "bcdefg", strict=True):
        rows.append(f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]")
    rows.append("title: *g")
    meta, seconds = _timed("\n".join(rows) + "\n")
    assert meta.title is None and "aliases" in meta.problems[0]
    assert seconds < 1.0


def test_a_few_shared_aliases_are_fine() -> None:
    meta = front("tags: &t [a, b]\nauthors: *t\n")
    assert (meta.tags, meta.authors, meta.problems) == (("a", "b"), ("a", "b"), ())


def test_deep_nesting_costs_little() -> None:
    # libyaml refuses 1,000 levels; just under that is parsed, and dropped as a non-text title.
    meta, seconds = _timed("title: " + "[" * 990 + "]" * 990 + "\n")
    assert meta.title is None and fields(meta) == ["title"]
    meta, seconds2 = _timed("title: " + "[" * 20_000 + "]" * 20_000 + "\n")
    assert "not YAML that parses" in meta.problems[0]
    assert seconds + seconds2 < 1.0


def test_sizes_are_capped_before_rendering() -> None:
    header = "authors:\n" + "".join(f"- Person {i}\n" for i in range(100_000)) + f"title: {'t' * 50_000}\n"
    meta, seconds = _timed(header)
    assert meta.authors == tuple(f"Person {i}" for i in range(MAX_NAMES))
    assert meta.title == "t" * MAX_TEXT
    assert fields(meta) == ["title", "authors"]
    assert seconds < 5.0


_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.binary(max_size=10)
    | st.dates()
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["title", "name", "url", "path", "x"]), inner, max_size=4)
    ),
    max_leaves=12,
)
_KEYS = [
    "title",
    "description",
    "author",
    "authors",
    "date",
    "source",
    "tags",
    "related",
    "raw",
    "also_raw",
    "embedded_in",
    "language",
    "image",
    "template",
    "hide",
    "search",
    "location",
    "other",
]


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(_KEYS), _values, max_size=8))
def test_any_front_matter_gives_text_only_and_never_raises(data: dict) -> None:
    meta, body = read_front_matter(f"---\n{yaml.safe_dump(data)}---\n\nBody.\n")
    assert body == "Body.\n"
    page = meta.page_meta()
    assert leaves(page) <= {str, type(None)}
    assert not set(page) & {"template", "hide", "search", "location", "other"}
    assert yaml.safe_load(yaml.safe_dump(page)) == page


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_header_text_reads_without_raising(header: str) -> None:
    meta, _ = read_front_matter(f"---\n{header}\n---\n\nBody.\n")
    assert leaves(meta.page_meta()) <= {str, type(None)}

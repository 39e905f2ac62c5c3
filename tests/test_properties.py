"""Properties of the converter core, for any input Hypothesis can think of.

- `convert_text` and `decode` raise nothing but `ConverterError` subclasses;
- front matter written by `dump_document` reads back (`parse_document`) to exactly the same dict;
- a body never holds `<script`, `javascript:` or an `on...=` attribute, and renders to no live HTML;
- slugs are stable and path-safe, and `assign_names` gives every key its own name.
"""

from __future__ import annotations

import re
import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from converter.errors import ConverterError
from converter.frontmatter import dump_document, parse_document
from converter.paths import MAX_SLUG, assign_names, slugify
from converter.pipeline import convert_text
from converter.read import decode
from tests.support import PARAGRAPH, live_html, render

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CODE_FENCE = re.compile(r"^(`{3,}|~{3,})[^\n]*\n.*?^\1[ \t]*$", re.M | re.S)
CODE_SPAN = re.compile(r"(?<![\\`])(`+)(.+?)(?<!`)\1(?!`)", re.S)
ON_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
# A Markdown link or autolink to an unsafe scheme (an escaped `\\]` is text, not a link).
JS_LINK = re.compile(r"((?<!\\)\]\(\s*<?|<)\s*(javascript|vbscript|data):", re.I)

TAGS = [
    "p",
    "div",
    "span",
    "a",
    "img",
    "script",
    "style",
    "iframe",
    "h1",
    "h2",
    "title",
    "article",
    "b",
    "svg",
    "math",
    "noscript",
    "template",
    "pre",
    "code",
    "table",
    "td",
    "li",
    "ul",
    "br",
    "meta",
    "base",
]
ATTRIBUTES = ["href", "src", "onerror", "onclick", "onload", "style", "srcdoc", "content", "http-equiv", "alt"]
VALUES = [
    "javascript:alert(1)",
    " JaVaScRiPt:x",
    "data:text/html,<script>x</script>",
    "https://example.com/a",
    "x",
    "alert(1)",
    "0;url=javascript:x",
    "java\tscript:x",
    "&#106;avascript:x",
]
WORDS = [
    "#",
    ">",
    "|",
    "-",
    "1.",
    "*",
    "{{",
    "}}",
    "{%",
    "%}",
    "---",
    "`",
    "&",
    "&lt;",
    "<",
    "\n",
    "!!",
    ":",
    "[x](javascript:y)",
    "<script>",
    "alert(1)",
    " ",
    "word",
    "é",
    "“",
    "\u2028",
    "\x00",
    "\ufeff",
]


@st.composite
def html_ish(draw: st.DrawFn) -> str:
    """Strings made of tags, attributes, scripts and prose: broken, nested and hostile."""
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["open", "close", "text", "prose", "raw"]))
        if kind == "open":
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(VALUES)), max_size=3))
            quote = draw(st.sampled_from(["'", '"', ""]))
            parts.append(f"<{tag}" + "".join(f" {k}={quote}{v}{quote}" for k, v in attrs) + ">")
        elif kind == "close":
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == "text":
            parts.append(" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=8))))
        elif kind == "prose":
            parts.append(PARAGRAPH)
        else:
            parts.append(draw(st.text(max_size=40)))
    prefix = draw(st.sampled_from(["", "<!DOCTYPE html><html><head><title>T</title></head><body>", "<html>"]))
    return prefix + "".join(parts)


@st.composite
def text_dumps(draw: st.DrawFn) -> str:
    """Text dumps: lines of words that mean something to Markdown, YAML or Jinja, mixed with prose."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        if draw(st.booleans()):
            lines.append(" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=10))) + " " + PARAGRAPH)
        else:
            lines.append(draw(st.text(max_size=80)))
    return "\n".join(lines)


def check_extraction(text: str, rel: str, suffix: str) -> None:
    try:
        extraction = convert_text(text, rel, suffix)
    except ConverterError:
        return
    for article in (extraction.article, *extraction.embedded):
        meta = article.front_matter()
        parsed, body = parse_document(dump_document(meta, article.body))
        assert parsed == meta
        assert body.strip("\n") == article.body.strip("\n")
        # Code blocks and spans show their content as text, whatever it holds.
        prose = CODE_SPAN.sub("", CODE_FENCE.sub("", article.body))
        assert "<script" not in prose.lower()
        # Prose may mention the scheme (escaped, it shows as text); a link to it must never appear.
        assert not JS_LINK.search(prose)
        assert not ON_ATTRIBUTE.search(prose)
        assert not live_html(render(article.body))


@SETTINGS
@given(st.text(max_size=2000), st.sampled_from([".txt", ".html", ""]))
@example("<script>alert(1)</script>\n" + PARAGRAPH, ".txt")
@example("# " + PARAGRAPH + "\n> " + PARAGRAPH + "\n{{ page.title }} " + PARAGRAPH, ".txt")
def test_any_text_converts_safely(text: str, suffix: str) -> None:
    check_extraction(text, "page" + suffix, suffix)


@SETTINGS
@given(html_ish(), st.sampled_from([".html", ".txt"]))
@example("<p onclick='x'>" + PARAGRAPH + "<a href='javascript:alert(1)'>x</a></p>" * 3, ".html")
# Attribute names lxml parses but cannot read back (a control character, a stray "<" in a tag): found by Hypothesis.
@example("<article></p></p></p>\x1b<" + PARAGRAPH + PARAGRAPH + "\x08<p><p><p>" + PARAGRAPH, ".html")
@example("<article></p></p>{\x94'\x18\x88<C\xd0+\xcc" + PARAGRAPH + "# {%<p><p><p>" + PARAGRAPH + "<p><p>", ".html")
def test_any_html_ish_string_converts_safely(text: str, suffix: str) -> None:
    check_extraction(text, "page" + suffix, suffix)


@SETTINGS
@given(text_dumps())
def test_any_text_dump_converts_safely(text: str) -> None:
    check_extraction(text, "page.txt", ".txt")


@SETTINGS
@given(st.binary(max_size=3000))
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00")
def test_decode_raises_only_converter_errors_and_returns_clean_text(data: bytes) -> None:
    try:
        text = decode(data, "page.txt")
    except ConverterError as exc:
        assert exc.path == "page.txt" and exc.reason
        return
    assert "\x00" not in text and text.strip()
    text.encode("utf-8")  # never a lone surrogate: the text must be writable as UTF-8


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html"]))
def test_decode_then_convert_raises_only_converter_errors(data: bytes, suffix: str) -> None:
    try:
        text = decode(data, "page" + suffix)
    except ConverterError:
        return
    check_extraction(text, "page" + suffix, suffix)


@SETTINGS
@given(
    st.dictionaries(st.sampled_from(["title", "date", "raw", "description"]), st.text(max_size=300)),
    st.lists(st.text(max_size=60), max_size=4),
    st.text(max_size=300),
)
def test_front_matter_round_trips_exactly(values: dict[str, str], authors: list[str], body: str) -> None:
    meta = {**values, "authors": authors, "source": {"name": values.get("title"), "url": None}, "related": []}
    parsed, parsed_body = parse_document(dump_document(meta, body))
    assert parsed == meta
    assert parsed_body.strip("\n") == body.strip("\n")


SAFE_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@SETTINGS
@given(st.text(max_size=400))
def test_slug_is_stable_and_path_safe(title: str) -> None:
    slug = slugify(title)
    assert slug == slugify(title)
    assert SAFE_SLUG.fullmatch(slug) and len(slug) <= max(MAX_SLUG, len("article-") + 8)
    assert slug not in {"con", "prn", "aux", "nul", "index", "readme"}


@SETTINGS
@given(
    st.lists(
        st.tuples(st.text(string.ascii_lowercase + "/._", min_size=1, max_size=12), st.text(max_size=40)),
        unique_by=lambda pair: pair[0],
        max_size=30,
    ),
    st.lists(st.text(string.ascii_lowercase + "-", min_size=1, max_size=12).map(lambda s: s + ".md"), max_size=5),
)
def test_assign_names_gives_unique_safe_names(keys: list[tuple[str, str]], taken: list[str]) -> None:
    names = assign_names(keys, taken)
    assert set(names) == {key for key, _ in keys}
    lowered = [name.lower() for name in names.values()]
    assert len(set(lowered)) == len(lowered)
    assert not set(lowered) & {name.lower() for name in taken}
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*\.md", name) for name in names.values())
    # Stable: the same keys in the same order give the same names.
    assert assign_names(keys, taken) == names

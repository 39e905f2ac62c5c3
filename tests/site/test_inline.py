"""The inline stage that passes through text no pattern can match renders exactly as Python-Markdown's own."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.site.inline import NEEDED, QuickInlineExtension, _QuickInline

GOLDEN = sorted((Path(__file__).parents[1] / "golden").rglob("*.md"))
EXTENSIONS = ["toc", "tables", "fenced_code"]  # MkDocs' defaults


def _both(text: str, extensions: list = EXTENSIONS) -> tuple[str, str]:
    plain = markdown.Markdown(extensions=extensions).convert(text)
    quick = markdown.Markdown(extensions=[*extensions, QuickInlineExtension()]).convert(text)
    return plain, quick


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.parent.name[:12] + "/" + p.name[:30])
def test_golden_articles_render_the_same(path: Path) -> None:
    plain, quick = _both(path.read_text("utf-8"))
    assert quick == plain


CASES = [
    "Plain prose, no markup at all.",
    "Two blanks then a break  \nnext line",
    "An *emphasis*, a _word_, a `code` span, a \\* escape",
    "A [link](https://example.org) and ![image](a.png) and <https://example.org> and <a@b.org>",
    "AT&amp;T and &copy; and a <span>tag</span> and 1 < 2",
    "Lines\nwith one\nbreak each, and trailing blank \n",
    "# Heading *with* emphasis\n\n> quote with [ref][1]\n\n[1]: https://example.org",
    "| a | b |\n|---|---|\n| *x* | y |",
]


@pytest.mark.parametrize("text", CASES)
def test_marked_up_text_renders_the_same(text: str) -> None:
    plain, quick = _both(text)
    assert quick == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n*_`\\[]()!<>&;#:/.-|=\t")), max_size=60))
def test_any_text_renders_the_same(text: str) -> None:
    plain, quick = _both(text)
    assert quick == plain


def test_plain_text_is_passed_through_and_marked_text_is_not() -> None:
    md = markdown.Markdown(extensions=[*EXTENSIONS, QuickInlineExtension()])
    stage = md.treeprocessors["inline"]
    assert isinstance(stage, _QuickInline)
    assert NEEDED.search("plain words, and more words.") is None
    for text in ("a *b*", "a_b", "`c`", "\\d", "[e]", "<f>", "&g;", "h  \ni"):
        assert NEEDED.search(text), text


def test_an_unknown_pattern_runs_the_stage_as_usual() -> None:
    # An extension's own pattern (here "==mark==" from a stand-in) may need other characters: no pass-through.
    from markdown.inlinepatterns import SimpleTagInlineProcessor

    class Mark(markdown.Extension):
        def extendMarkdown(self, md: markdown.Markdown) -> None:
            md.inlinePatterns.register(SimpleTagInlineProcessor(r"()==(.+?)==", "mark"), "mark", 65)

    plain, quick = _both("a ==marked== word", [*EXTENSIONS, Mark()])
    assert quick == plain == "<p>a <mark>marked</mark> word</p>"

"""Markdown rendering: scraped text stays text, HTML structure becomes tidy Markdown."""

from __future__ import annotations

import re

import markdown as python_markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.markdown import (
    _soup,
    _Tag,
    escape_inline,
    escape_paragraph,
    heading,
    html_to_markdown,
    looks_like_script,
)
from tests.support import cpu_seconds


def render(text: str) -> str:
    return python_markdown.markdown(text, extensions=["extra"])


# ---------------------------------------------------------------------------------- escaping ----


def test_escape_inline_makes_html_and_markup_literal():
    assert escape_inline("<script>a & b</script> *x* [y]") == r"&lt;script&gt;a &amp; b&lt;/script&gt; \*x\* \[y\]"


def test_escape_paragraph_neutralises_block_markers():
    assert escape_paragraph("# not a heading") == r"\# not a heading"
    assert escape_paragraph("- not a list") == r"\- not a list"
    assert escape_paragraph("1. not a list") == r"1\. not a list"
    assert escape_paragraph("= not a setext underline") == "&#61; not a setext underline"


def test_heading_escapes_its_text():
    assert heading("A <b>bold</b> claim", 3) == "### A &lt;b&gt;bold&lt;/b&gt; claim"


@settings(deadline=None)  # (Hypothesis' 200 ms per example: a busy machine's stall, not a bug)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>&/=\"' abcdefghijklmnopqrstuvwxyz#*-_[]{}():!`~|\n0123456789.")), max_size=80
    )
)
def test_escaped_text_never_renders_as_markup(text):
    html = render(escape_paragraph(text))
    tags = set(re.findall(r"<(/?[a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {"p", "/p"}, html


# ------------------------------------------------------------------------ HTML → Markdown ----


def test_structure_is_kept():
    md = html_to_markdown(
        "<h2>Section</h2><p>Some <b>bold</b> and <i>italic</i> text.</p>"
        "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>"
        "<blockquote><p>Quoted words.</p></blockquote>"
        "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
    )
    assert "## Section" in md
    assert "Some **bold** and *italic* text." in md
    assert "- one\n- two" in md
    assert "1. first" in md
    assert "> Quoted words." in md
    assert "| A | B |\n| --- | --- |\n| 1 | 2 |" in md


def test_links_and_images_are_absolute_and_safe():
    md = html_to_markdown(
        '<p><a href="/a?utm_source=x">rel</a> <a href="javascript:evil()">js</a> <img src="/i.png" alt="An image"></p>',
        base_url="https://ex.com/news/",
    )
    assert "[rel](<https://ex.com/a>)" in md
    assert "javascript" not in md and "js" in md
    assert "![An image](<https://ex.com/i.png>)" in md


def test_no_empty_headings_or_blank_runs_or_bold_headings():
    md = html_to_markdown("<h2></h2><p>a</p><br><br><br><p>b</p><h3><strong>Bold head</strong></h3>")
    assert not re.search(r"^#+\s*$", md, re.MULTILINE)
    assert "\n\n\n" not in md
    assert "### Bold head" in md


def test_code_block_is_fenced_once_and_cannot_be_escaped():
    md = html_to_markdown("<pre>\n  <pre>x = 1 &lt; 2\n```\n&lt;script&gt;alert(1)&lt;/script&gt;</pre>\n</pre>")
    html = render(md)
    assert "<script" not in html
    assert "x = 1 &lt; 2" in html
    assert md.count("````") == 2


def test_scraped_markup_text_is_not_live_html():
    md = html_to_markdown("<p>&lt;img src=x onerror=alert(1)&gt; and {: onclick=alert(2)}</p>")
    html = render(md)
    assert "<img" not in html and "onclick=" not in html.replace("{: onclick=alert(2)}", "")
    assert "onerror" not in re.sub(r"&lt;.*?&gt;", "", html)


def test_kbd_and_samp_spans_are_not_cut_by_a_block_inside():
    # Their text is not escaped, as in <code>: a block inside one cut the span, and its "<script>" was live.
    for html in (
        "<kbd>&lt;script&gt;alert(1)&lt;/script&gt;<p>x</p></kbd>",
        "<kbd>&lt;script&gt;alert(1)&lt;/script&gt;<h1>",
        "<samp>&lt;img src=x onerror=alert(1)&gt;<p>x</p></samp>",
    ):
        html_out = render(html_to_markdown(html))
        assert "<script" not in html_out and "<img" not in html_out, html_out
    assert html_to_markdown("<p><kbd>a  b</kbd> <samp>c\n d</samp></p>") == "`a b` `c d`\n"


def test_dangerous_elements_are_dropped():
    md = html_to_markdown(
        '<p>ok</p><script>alert(1)</script><style>p{}</style><iframe src="x"></iframe><p onclick="x()">text</p>'
    )
    assert md == "ok\n\ntext\n"


def test_code_that_looks_like_a_script_link_is_escaped_text():
    md = html_to_markdown("<pre>[x](javascript:y)\n&lt;a onclick=go()&gt;</pre><p><code>[y](data:z)</code></p>")
    assert not re.search(r"(?<!\\)\]\((?:javascript|data):", md)
    assert "<a onclick" not in md
    assert "javascript:y" in render(md)


def test_script_look_alikes_are_recognised():
    for text in (
        "<img src=x onerror=alert(1)>",
        "<a\nhref=x\nonClick = go()",
        "<a <b onload=x",
        "<a < onload=",
        "[x](  <javascript:y)",
        "](\n data:text/html,x",
        "<  vbscript:x",
    ):
        assert looks_like_script(text), text
    for text in (
        "<onclick=x>",
        "<a>onclick=x",
        "<a xonclick=y>",
        "a onclick=x",
        "<1 onclick=x",
        "[x](http://a)",
        "<a href='x' on>",
        "](x javascript:y",
    ):
        assert not looks_like_script(text), text


def test_code_opening_many_tags_converts_in_linear_time():
    # 200 KB of `<a ` in a code block took 40 s: every `<` rescanned the rest of the text for `on...=`.
    start = cpu_seconds()
    md = html_to_markdown("<pre>" + "&lt;a " * 70_000 + "</pre><p><code>" + "&lt;a " * 70_000 + "</code></p>")
    assert cpu_seconds() - start < 5
    assert md.count("<a") == 140_000  # shown as code, all of it


def test_inline_code_holding_blocks_stays_one_code_span():
    md = html_to_markdown("<p>x</p><code>text<p>more</p><p>&lt;script&gt;alert(1)</p></code>")
    assert "<script" not in render(md)


def test_code_block_inside_a_blockquote_stays_text():
    # Python-Markdown's fenced_code does not reach into `> ` lines: a fence there would leave the
    # code to be read as raw HTML (found by the property test).
    # A code line starting with ">" opens a nested quote and splits whatever span held the code.
    html = (
        "<blockquote><pre><code>one\n &gt;&lt;script&gt;alert(1)&lt;/script&gt;\n"
        "&lt;b&gt;two&lt;/b&gt;</code></pre></blockquote>"
    )
    rendered = render(html_to_markdown(html))
    assert "<script" not in rendered and "<b>" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_fast_find_parent_answers_as_bs4_does():
    from bs4 import BeautifulSoup, Tag

    from converter.markdown import _Tag

    html = "<div><pre><b><i>x</i></b></pre><p><i>y</i></p></div>"
    fast = BeautifulSoup(html, "html.parser", element_classes={Tag: _Tag})
    plain = BeautifulSoup(html, "html.parser")
    for name in ("pre", "p", "div", "b", "table"):
        got = [str(tag.find_parent(name)) for tag in fast.find_all("i")]
        expected = [str(tag.find_parent(name)) for tag in plain.find_all("i")]
        assert got == expected, name
    assert fast.find_all("i")[0].find_parent("pre") is not None and fast.find_all("i")[1].find_parent("pre") is None


# ------------------------------------------------------------------------------ the soup ----


def _links(soup: BeautifulSoup) -> list[tuple[object, ...]]:
    """Every node of a soup with its parent, neighbours and contents, as positions in document order."""
    nodes = [soup, *soup.descendants]
    position = {id(node): n for n, node in enumerate(nodes)}

    def at(node: object) -> int | None:
        return None if node is None else position[id(node)]

    return [
        (
            getattr(node, "name", None) or str(node),
            dict(getattr(node, "attrs", {})),
            at(node.parent),
            at(node.next_element),
            at(node.previous_element),
            at(node.next_sibling),
            at(node.previous_sibling),
            [at(child) for child in getattr(node, "contents", [])],
        )
        for node in nodes
    ]


def test_the_soup_from_lxml_is_linked_as_bs4s_own_parser_links_it():
    # No white-space-only strings: bs4's parser squeezes those, ours keeps them as lxml read them.
    fragment = (
        'lead<p class="a b">One <b>two</b> three</p><ul><li>x</li><li>y <i>z<br>w</i>.</li></ul>'
        "<pre><code>k = 1</code></pre>end"
    )
    ours = _soup(fragment)
    # bs4's parse of the fragment alone (parse_fragment's own <div> around it is not in our soup).
    expected = _links(BeautifulSoup(fragment, "html.parser"))
    # bs4's parser leaves the document out of the chain of elements; Tag.append (our old build) and we link it
    # to the first node.
    document, first = expected[0], expected[1]
    expected[0] = (*document[:3], 1, *document[4:])
    expected[1] = (*first[:4], 0, *first[5:])
    assert _links(ours) == expected
    assert isinstance(ours.find("b"), _Tag)


def test_escape_paragraph_collapses_white_space_of_every_kind():
    # Checked by hand: each run of white space (tabs, no-break spaces, line separators) is one space, none at the ends.
    assert escape_paragraph("a\u00a0 b\tc ") == "a b c"
    assert escape_paragraph(" x  y") == "x y"
    assert escape_paragraph("one\u2028two\x1cthree") == "one two three"
    assert escape_paragraph("already one space") == "already one space"

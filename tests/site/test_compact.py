"""Built pages lose the theme's indentation, never the whitespace of <pre> or <textarea>."""

from __future__ import annotations

from pathlib import Path

from converter.site.compact import compact
from tests.support import cpu_seconds


def test_indentation_goes_and_preformatted_text_stays() -> None:
    html = (
        "<div>\n    <p>a</p>\n\n      <pre><code>x\n    y\n</code></pre>\n  <b>c</b> <i>d</i>\n"
        "<textarea>\n  t</textarea>"
    )
    assert (
        compact(html)
        == "<div>\n<p>a</p>\n<pre><code>x\n    y\n</code></pre>\n<b>c</b> <i>d</i>\n<textarea>\n  t</textarea>"
    )


def test_an_unclosed_pre_keeps_the_rest_as_it_is() -> None:
    assert compact("<p>\n  a</p><pre>\n  b") == "<p>\na</p><pre>\n  b"


def test_linear_on_many_unclosed_tags() -> None:
    text = "<pre\n  " * 20_000 + "<textarea \n " * 20_000
    start = cpu_seconds()
    compact(text)
    assert cpu_seconds() - start < 1.0


def test_the_site_page_is_compact(site: Path) -> None:
    html = (site / "articles" / "audi" / "index.html").read_text("utf-8")
    assert "\n  " not in html.split("<pre", 1)[0]

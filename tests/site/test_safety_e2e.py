"""End-to-end safety of the built site, found by an adversarial audit: text written as text (escaped in
Markdown, or in front matter) never becomes a live element, handler or script URL in any built page."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from urllib.parse import unquote

import lxml.etree
import lxml.html
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitebuild import CONFIG, build_site

# A script URL as a browser reads it: leading blanks and control characters are dropped before the scheme.
_SCRIPT_URL = re.compile(r"^(?:javascript|vbscript|data):", re.I)
_URL_ATTRS = ("href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href")


def live_markup(html: str, marker: str = "audit") -> list[str]:
    """What in a built page could run: a <script> holding `marker`, any on* attribute, a script URL, a refresh."""
    found = []
    for el in lxml.html.fromstring(html).iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "script" and marker in (el.text or ""):
            found.append(f"<script>{el.text}")
        if el.tag in ("iframe", "object", "embed"):
            found.append(f"<{el.tag}>")
        if el.tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            found.append("meta refresh")
        for name, value in el.attrib.items():
            if name.lower().startswith("on"):
                found.append(f"<{el.tag} {name}={value!r}>")
            if name.lower() in _URL_ATTRS and _SCRIPT_URL.match(re.sub(r"[\x00-\x20]", "", value)):
                found.append(f"<{el.tag} {name}={value!r}>")
    return found


def test_an_escaped_heading_that_names_a_page_stays_text_in_its_title(tmp_path: Path) -> None:
    # A page without a front-matter title is named by its first heading, and the theme prints that heading
    # through `striptags` into <title>, which turns `&lt;` back into `<`: the escaped text became a live
    # </title><script> (an article from another tool, one whose front matter does not parse, a hand-written page).
    heading = '# &lt;/title&gt;&lt;script&gt;alert("audit")&lt;/script&gt;\n\nBody.\n'
    site = build_site(
        tmp_path,
        extra={
            "untitled.md": f"---\ndate: 2020-02-02\n---\n\n{heading}",
            "broken.md": f"---\ntitle: [unclosed\n---\n\n{heading}",
        },
        # Nor heading nor title: the page is named by its file, whose name may hold entities ("/" as `&#47;`).
        pages={"hand.md": heading, "&lt;&#47;title&gt;&lt;img src=x onerror=alert(0)&gt;.md": "Body.\n"},
        strict=False,
    )
    for page in ("articles/untitled/index.html", "articles/broken/index.html", "hand/index.html"):
        html = (site / page).read_text("utf-8")
        assert live_markup(html) == [], page
        title = lxml.html.fromstring(html).findtext(".//title")
        assert title.startswith('</title><script>alert("audit")</script>'), title  # shown as the text it is
    (named,) = site.glob("*onerror*/index.html")
    assert live_markup(named.read_text("utf-8")) == []


def test_a_file_that_starts_like_an_image_but_is_named_as_a_page_is_left_out(tmp_path: Path) -> None:
    # Served by its name, not its bytes: "GIF89a<script>…" named .html is a page whose script runs (the
    # HTML parser shows the six letters and runs the rest). Only the bytes were sniffed, so it was copied.
    polyglots = {
        "articles/assets/gif.html": b'GIF89a<script>alert("audit")</script>',
        "articles/assets/png.htm": b'\x89PNG\r\n\x1a\n<script>alert("audit")</script>',
        "articles/assets/jpeg.svg": b'\xff\xd8\xff<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "articles/assets/webp.xhtml": b'RIFF\x00\x00\x00\x00WEBP<script>alert("audit")</script>',
        "articles/assets/noext": b'GIF89a<script>alert("audit")</script>',
    }
    docs = tmp_path / "docs"
    (docs / "articles" / "assets").mkdir(parents=True)
    for name, data in polyglots.items():
        (docs / name).write_bytes(data)
    (docs / "articles" / "assets" / "real.GIF").write_bytes(b"GIF89a" + bytes(20))
    (docs / "index.md").write_text("# Home\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(site_url="https://example.org/"), "utf-8")
    build(load_config(str(tmp_path / "mkdocs.yml")))
    site = tmp_path / "site"
    for name in polyglots:
        assert not (site / name).exists(), name
    assert (site / "articles" / "assets" / "real.GIF").exists()  # a raster image under an image's name stays


def test_a_page_that_is_not_utf8_is_left_out_with_a_warning_and_the_rest_builds(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # An article saved by another tool in Latin-1, a hand-written note in UTF-16, a binary file named .md:
    # each stopped the whole build with a UnicodeDecodeError traceback.
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n", "utf-8")
    (docs / "articles" / "good.md").write_text("---\ntitle: Good story\ndate: 2020-01-01\n---\n\nFine.\n", "utf-8")
    bad = {
        "articles/latin.md": "---\ntitle: Café\n---\n\nCafé crème.\n".encode("latin-1"),
        "notes.md": "# Notes\n".encode("utf-16"),
        "articles/binary.md": bytes(range(128, 256)) * 4,
    }
    for name, data in bad.items():
        (docs / name).write_bytes(data)
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(site_url="https://example.org/"), "utf-8")
    with caplog.at_level(logging.WARNING):
        build(load_config(str(tmp_path / "mkdocs.yml")))
    site = tmp_path / "site"
    assert "Good story" in (site / "articles" / "good" / "index.html").read_text("utf-8")
    warned = [r.getMessage() for r in caplog.records]
    for name in bad:
        assert not (site / name.removesuffix(".md") / "index.html").exists(), name
        assert any(m.startswith(f"archive: {name}: not UTF-8 text") for m in warned), (name, warned)


# Every field the site reads, and hostile text and every YAML type in each: the build completes, each bad
# value is warned with file and field, and nothing reaches a page as markup.
FIELDS: tuple[str, ...] = ("title", "description", "author", "authors", "date", "saved", "tags", "image", "raw")
FIELDS += (
    "also_raw",
    "embedded_in",
    "language",
    "source",
    "related",
    "template",
    "location",
    "hide",
    "search",
    "status",
)
TEXT_FIELDS = ("title", "description", "author", "image", "raw", "embedded_in", "language")
HOSTILE = (
    '</title><script>alert("audit")</script>',
    '"><img src=x onerror=alert("audit")>',
    "'><svg onload=alert('audit')>",
    ' JaVaScRiPt:alert("audit")',
    "java\tscript:alert('audit')",
    "&#106;avascript:alert('audit')",
    "data:text/html,<script>alert('audit')</script>",
    "vbscript:msgbox('audit')",
    "{{ config.site_name }}{% raw %}audit",
    '[link](javascript:alert("audit")) ![x](x" onerror="alert(1))',
    "<!-- audit -->",
)
# YAML values that are not text: the last four can be no field's value but a mapping's or a list's.
YAML_TYPES: tuple[str, ...] = ("1", "1.5", "true", "null", ".nan", "2020-01-01", "2020-01-01T10:00:00Z", "[a, b]")
YAML_TYPES += ("{a: 1}", "!!binary aGk=", "!!set {a, b}", "[{a: b}]")
RSS_TAGS = {"rss", "channel", "title", "link", "description", "item", "guid", "pubDate"}


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _matrix() -> dict[str, str]:
    pages = {}
    for n, text in enumerate(HOSTILE):
        value = _quoted(text)
        fields = dict.fromkeys(FIELDS, value)
        fields |= {"authors": f"[{value}]", "tags": f"[{value}]", "also_raw": f"[{value}]"}
        fields |= {"source": f"{{name: {value}, url: {value}}}", "date": f"2020-01-{n + 1:02d}"}
        fields["related"] = f"[{{title: {value}, url: {value}, teaser: {value}, source: {value}, path: {value}}}]"
        pages[f"text-{n}.md"] = "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\n\nBody.\n"
    for n, value in enumerate(YAML_TYPES):
        fields = dict.fromkeys(FIELDS, value) | {"source": f"{{name: {value}, url: {value}}}"}
        pages[f"type-{n}.md"] = "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\n\nBody.\n"
    return pages


def test_every_field_with_hostile_text_or_any_yaml_type_builds_and_stays_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        site = build_site(tmp_path, extra=_matrix(), strict=False)
    pages = list(site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        html = page.read_text("utf-8")
        assert live_markup(html) == [], page
        assert "Test Archiveaudit" not in html, page  # no template syntax was evaluated
    feed = lxml.etree.fromstring((site / "feed.xml").read_bytes())  # well-formed, its values as text alone
    assert {el.tag for el in feed.iter()} == RSS_TAGS
    assert '</title><script>alert("audit")</script>' in [el.text for el in feed.iter("title")]
    warned = {r.getMessage() for r in caplog.records}
    for n in range(len(YAML_TYPES) - 4, len(YAML_TYPES)):  # a mapping, bytes, a set, a list of mappings
        for field in (*TEXT_FIELDS, "date", "source.name", "source.url", "template"):
            prefix = f"archive: articles/type-{n}.md: front matter {field}:"
            assert any(m.startswith(prefix) for m in warned), prefix
    for name in ("text-0", "type-8"):
        assert (site / "articles" / name / "index.html").exists()


HOSTILE_METADATA = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>&lt;/title&gt;&lt;script&gt;alert("audit")&lt;/script&gt; {{ config.site_name }}audit</title>
<meta name="author" content="&lt;img src=x onerror=alert('audit')&gt;">
<meta name="description" content="&quot;&gt;&lt;svg onload=alert('audit')&gt;">
<meta property="og:site_name" content="&lt;b onmouseover=alert('audit')&gt;Evil&lt;/b&gt;">
<meta property="og:image" content="javascript:alert('audit')">
<link rel="canonical" href="javascript:alert('audit')">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-01",
 "headline": "\\u003c/title\\u003e\\u003cscript\\u003ealert('audit')\\u003c/script\\u003e",
 "author": {"name": "\\u003cimg src=x onerror=alert('audit')\\u003e"},
 "keywords": ["\\u003cscript\\u003ealert('audit')\\u003c/script\\u003e"]}</script>
</head><body><article><h1>&lt;script&gt;alert('audit')&lt;/script&gt;</h1>
<p class="byline">By &lt;img src=x onerror=alert('audit')&gt;</p>
%s
</article></body></html>"""


def test_hostile_pages_converted_then_built_leave_nothing_live(tmp_path: Path) -> None:
    # End to end: the converter's own output (titles, bylines, sources, tags and bodies from hostile pages)
    # through the site build, every built page checked.
    from converter.cli import main
    from tests.support import HOSTILE_BITS, hostile_page, story

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "hostile.html").write_text(hostile_page().replace("alert(1)", 'alert("audit")'), "utf-8")
    paragraphs = "".join(f"<p>{p} {bit}</p>" for p, bit in zip(story(4), HOSTILE_BITS, strict=False))
    (raw / "metadata.html").write_text(HOSTILE_METADATA % paragraphs.replace("alert(1)", "alert('audit')"), "utf-8")
    (raw / "dump.txt").write_text(
        "<script>alert('audit')</script> {{ config.site_name }}audit\nBy <img src=x onerror=alert('audit')>\n\n"
        + "\n\n".join(story(4))
        + "\n",
        "utf-8",
    )
    converted = tmp_path / "converted"
    assert main(["convert", str(raw), str(converted), "--jobs", "1", "--quiet"]) == 0
    articles = {p.name: p.read_text("utf-8") for p in converted.glob("*.md")}
    assert len(articles) == 3
    site = build_site(tmp_path / "build", extra=articles, strict=False)
    titles = []
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        assert live_markup(html) == [], page
        assert "Test Archiveaudit" not in html, page
        titles.append(lxml.html.fromstring(html).findtext(".//title"))
    assert "</title><script>alert('audit')</script> - Test Archive" in titles  # the hostile data got there, as text


def test_edit_links_name_each_page_own_file_and_stay_one_attribute(tmp_path: Path) -> None:
    # With `repo_url` and the theme's edit button, MkDocs joins the file's path into the link as it is and the
    # theme prints it raw: a file named by another tool after a hostile title broke out of the href. And every
    # article built from one skeleton showed the edit link of the article that made the skeleton.
    config = CONFIG.replace("site_url: {site_url}\n", "site_url: {site_url}\nrepo_url: https://github.com/u/r\n")
    config = config.replace("search.highlight]", "search.highlight, content.action.edit]")
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n", "utf-8")
    names = ["first.md", "second.md", 'x" onmouseover="alert(1).md']
    for n, name in enumerate(names):
        (docs / "articles" / name).write_text(f"---\ntitle: Story {n}\n---\n\nBody.\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text(config.format(site_url="https://example.org/"), "utf-8")
    build(load_config(str(tmp_path / "mkdocs.yml")))
    for name in names:
        (page,) = (tmp_path / "site" / "articles").glob(name.removesuffix(".md").replace('"', "?") + "/index.html")
        html = page.read_text("utf-8")
        assert live_markup(html) == [], name
        (edit,) = lxml.html.fromstring(html).xpath('//a[@rel="edit"]/@href')
        assert unquote(edit) == f"https://github.com/u/r/edit/master/docs/articles/{name}", edit


def test_two_pages_built_to_one_address_are_said_and_neither_overwrites_the_other_unseen(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # `a.md` and `a/index.md` are both built to a/index.html: the one written last silently replaced the other
    # (an article saved by another tool into a folder; a hand-written sources.md where the listing goes).
    docs = tmp_path / "docs"
    (docs / "articles" / "story").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n", "utf-8")
    (docs / "sources.md").write_text("# My own sources page\n", "utf-8")
    (docs / "articles" / "story.md").write_text("---\ntitle: First story\n---\n\nFirst body.\n", "utf-8")
    (docs / "articles" / "story" / "index.md").write_text("---\ntitle: Second story\n---\n\nSecond.\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(site_url="https://example.org/"), "utf-8")
    with caplog.at_level(logging.WARNING):
        build(load_config(str(tmp_path / "mkdocs.yml")))
    site = tmp_path / "site"
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "First story" in (site / "articles" / "story" / "index.html").read_text("utf-8")  # the first by path
    assert "articles/story/index.md" in warned and "articles/story.md" in warned
    assert "sources.md" in warned and "sources/index.md" in warned
    assert "My own sources page" in (site / "sources" / "index.html").read_text("utf-8")  # kept, as at its own path
    home = (site / "index.html").read_text("utf-8")
    assert "Second story" not in home  # a page left out is not listed either


def test_a_readme_home_page_keeps_its_text_and_gets_the_newest_articles(tmp_path: Path) -> None:
    # MkDocs builds docs/README.md as the home page, where the plugin generated its listing: one replaced the other.
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "README.md").write_text("# Our archive\n\nRead me first.\n", "utf-8")
    (docs / "articles" / "story.md").write_text("---\ntitle: First story\n---\n\nFirst body.\n", "utf-8")
    config = CONFIG.format(site_url="https://example.org/").replace("Home: index.md", "Home: README.md")
    (tmp_path / "mkdocs.yml").write_text(config, "utf-8")
    build(load_config(str(tmp_path / "mkdocs.yml"), strict=True))  # nothing to warn about
    home = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert "Read me first." in home and "First story" in home

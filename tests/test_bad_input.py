"""Bad input: each page converts cleanly or is reported with its file and a one-line reason,
the run goes on, and the exit status says whether anything failed.

Every fixture is made here, in tmp_path. Pages go through the real command line
(`converter.cli.main`) or `convert_tree`, then the Markdown is rendered with Python-Markdown and the
extensions the site's mkdocs.yml enables, to check that scraped text never became markup.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import html
import os
import re
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml

from converter.cli import main
from converter.frontmatter import parse_document
from converter.options import ConvertOptions
from converter.pipeline import convert_text, convert_tree
from tests.conftest import PARAGRAPH, text_dump

ROOT = Path(__file__).resolve().parent.parent
SAFE_SCHEMES = {"http", "https", "mailto", "ftp", ""}
# Elements that run code, load active content, or redirect the page.
ACTIVE_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base",
    "form", "input", "button", "textarea", "select", "svg", "math", "noscript", "template",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset"}


# ---- helpers shared with test_properties -----------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def elements(rendered: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    return parser.elements


def visible_text(rendered: str) -> str:
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    return "".join(parser.text)


def live_html(rendered: str) -> list[str]:
    """Everything in rendered HTML that could run: active elements, event handlers, unsafe URLs."""
    problems = []
    for tag, attrs in elements(rendered):
        if tag in ACTIVE_TAGS:
            problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "srcdoc", "http-equiv"}:
                problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES and value:
                scheme = re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.\-]*):", "".join(value.split()))
                if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
                    problems.append(f"<{tag} {name}={value[:30]}>")
    return problems


class _LenientLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!!python/name:` tags (emoji, superfences) need not be imported here."""


_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_LenientLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


# MkDocs always enables these, whatever mkdocs.yml says (mkdocs/config/defaults.py).
MKDOCS_BUILTIN_EXTENSIONS = ["toc", "tables", "fenced_code"]


def site_extensions() -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The extensions the site renders with: MkDocs' built-ins plus mkdocs.yml's `markdown_extensions`."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_LenientLoader) or {}
    names: list[str] = list(MKDOCS_BUILTIN_EXTENSIONS)
    configs: dict[str, dict[str, Any]] = {}
    for entry in config.get("markdown_extensions") or ():
        if isinstance(entry, str):
            names.append(entry)
        elif isinstance(entry, dict):
            for name, options in entry.items():
                names.append(name)
                # Options built from Python tags are left out: their defaults render the same markup.
                configs[name] = {k: v for k, v in (options or {}).items() if v is not None}
    return list(dict.fromkeys(names)), configs


def render(body: str) -> str:
    names, configs = site_extensions()
    return markdown.markdown(body, extensions=names, extension_configs=configs)


# ---- running the converter -------------------------------------------------------------------------


def good_page(raw: Path, name: str = "good.txt") -> None:
    (raw / name).write_text(text_dump("A story about the council budget"), encoding="utf-8")


def cli(raw: Path, docs: Path, *extra: str) -> int:
    return main(["convert", str(raw), str(docs), "--jobs", "1", "--quiet", *extra])


def articles(docs: Path) -> dict[str, tuple[dict[str, Any], str]]:
    """{file name: (front matter, body)} of every Markdown file written."""
    out = {}
    for path in sorted(docs.glob("*.md")):
        meta, body = parse_document(path.read_text(encoding="utf-8"))
        assert meta is not None, path
        out[path.name] = (meta, body)
    return out


def by_raw(docs: Path) -> dict[str, tuple[dict[str, Any], str]]:
    return {meta["raw"]: (meta, body) for meta, body in articles(docs).values()}


def failure_lines(stderr: str) -> dict[str, str]:
    return dict(re.findall(r"^FAILED (.+?): (.+)$", stderr, re.M))


def html_page(title: str, paragraphs: list[str], head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{head}</head>"
        f"<body><article><h1>{html.escape(title)}</h1>\n{paras}</article></body></html>"
    )


def story(n: int = 4, salt: str = "") -> list[str]:
    return [f"{PARAGRAPH} Paragraph {i} {salt} continues the report with more detail." for i in range(n)]


# ---- files that are not pages --------------------------------------------------------------------------

NOT_PAGES = {
    "empty.txt": b"",
    "blank.html": b"  \n\t\r\n   \n",
    "bom-only.txt": codecs.BOM_UTF8 + b"\n",
    "image.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4,
    "paper.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)),
    "archive.html": gzip.compress(html_page("Zipped", story()).encode()),
    "noise.txt": bytes((i * 7919) % 256 for i in range(5000)),
}


@pytest.mark.parametrize("name", sorted(NOT_PAGES))
def test_not_a_page_is_reported_with_its_file_and_the_run_goes_on(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    good_page(raw_dir)
    (raw_dir / name).write_bytes(NOT_PAGES[name])
    assert cli(raw_dir, docs_dir) == 1
    err = capsys.readouterr().err
    failed = failure_lines(err)
    assert list(failed) == [name], err
    assert "\n" not in failed[name] and 0 < len(failed[name]) < 120
    assert list(by_raw(docs_dir)) == ["good.txt"]


def test_all_failures_are_listed_in_one_run(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    for name, data in NOT_PAGES.items():
        (raw_dir / name).write_bytes(data)
    assert cli(raw_dir, docs_dir) == 1
    assert sorted(failure_lines(capsys.readouterr().err)) == sorted(NOT_PAGES)


def test_clean_run_exits_zero(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    assert cli(raw_dir, docs_dir) == 0
    assert "FAILED" not in capsys.readouterr().err


def test_nul_byte_inside_text_converts_without_it(raw_dir: Path, docs_dir: Path) -> None:
    data = text_dump("A story about the council budget").encode().replace(b"committee", b"commit\x00tee", 1)
    (raw_dir / "nul.txt").write_bytes(data)
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    assert "\x00" not in body and "The committee met" in body


# ---- encodings -----------------------------------------------------------------------------------------

WESTERN_TITLE = "Café crème “spécial” — à l’été"
WESTERN_WORDS = ["Café", "crème", "“spécial”", "—", "l’été", "Müller", "naïve", "Señor"]
MOJIBAKE = ("Ã", "â€", "Â", "\ufffd", "\x93", "\x94", "ď", "Ĺ")


def western_dump() -> str:
    lines = [f"{PARAGRAPH} Müller, naïve Señor {WESTERN_TITLE}, part {i}." for i in range(4)]
    return WESTERN_TITLE + "\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: s.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252"],
)
def test_text_dump_in_any_encoding_reads_without_mojibake(raw_dir: Path, docs_dir: Path, encode: Any) -> None:
    (raw_dir / "page.txt").write_bytes(encode(western_dump()))
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == WESTERN_TITLE
    assert all(word in body for word in WESTERN_WORDS), body
    assert not any(bad in body + meta["title"] for bad in MOJIBAKE)


def test_latin1_text_dump(raw_dir: Path, docs_dir: Path) -> None:
    title = "Le Café de la Gare à Zürich"
    lines = [f"{PARAGRAPH} Le garçon était très sûr, dit Señor Müller, partie {i}." for i in range(4)]
    (raw_dir / "page.txt").write_bytes((title + "\n\n" + "\n".join(lines)).encode("latin-1"))
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == title and "garçon était très sûr" in body and "Müller" in body


def test_shift_jis_text_dump(raw_dir: Path, docs_dir: Path) -> None:
    sentence = "今日は東京でとても良い天気でした。多くの人々が公園を散歩して、桜の花を楽しみました。"
    text = "東京の天気について\n\n" + "\n".join(sentence * 2 + f"第{i}段落です。" for i in range(4))
    (raw_dir / "page.txt").write_bytes(text.encode("shift_jis"))
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    assert sentence in body and not any(bad in body for bad in MOJIBAKE)


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [("utf-8", "cp1252"), ("iso-8859-1", "utf-8"), ("shift_jis", "utf-8"), ("iso-8859-1", "cp1252")],
)
def test_wrong_or_loose_meta_charset(raw_dir: Path, docs_dir: Path, declared: str, encoding: str) -> None:
    paragraphs = [f"{p} Müller, naïve Señor said “{WESTERN_TITLE}” — really." for p in story()]
    page = html_page(WESTERN_TITLE, paragraphs).replace("charset='utf-8'", f"charset='{declared}'")
    (raw_dir / "page.html").write_bytes(page.encode(encoding))
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == WESTERN_TITLE
    assert all(word in body for word in WESTERN_WORDS), body
    assert not any(bad in body for bad in MOJIBAKE)


def test_invalid_utf8_sequences(raw_dir: Path, docs_dir: Path) -> None:
    data = western_dump().encode("utf-8")
    # A stray Windows-1252 quote pair and a multi-byte sequence cut short, in the body.
    data = data.replace(b"part 1", b"part \x93one\x94", 1).replace(b"part 2", b"part \xe2\x80 two", 1)
    (raw_dir / "page.txt").write_bytes(data)
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == WESTERN_TITLE and "part “one”" in body
    assert all(word in body for word in WESTERN_WORDS)
    assert not any(bad in body for bad in ("Ã", "â€", "Â", "\x93", "\x94"))


# ---- broken and huge HTML --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        html_page("Cut short", story())[:-200],
        "<html><head><title>Unclosed</title><body><article><h1>Unclosed<p>" + "<p>".join(story()),
        "<html><body><div><p>" + "</div></span></p>".join(story()) + "</b></i></table>",
        "<<<>>><html <body <p>" + " <p> ".join(story()) + "<!-- never closed",
        "<html><body><p>" + "<![CDATA[" + story()[0] + "<p>".join(story()) + "</body></html>",
        "<html><body>" + "<p title='unterminated>" + "<p>".join(story()),
    ],
    ids=["truncated", "unclosed", "misnested", "garbage-tags", "cdata", "unterminated-attribute"],
)
def test_malformed_html_converts_or_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    good_page(raw_dir)
    (raw_dir / "broken.html").write_text(page, encoding="utf-8")
    code = cli(raw_dir, docs_dir)
    failed = failure_lines(capsys.readouterr().err)
    assert code == (1 if failed else 0) and set(failed) <= {"broken.html"}
    assert "good.txt" in by_raw(docs_dir)
    if not failed:
        _, body = by_raw(docs_dir)["broken.html"]
        assert "The committee met on Tuesday" in body and not live_html(render(body))


def test_100000_nested_tags_finish_quickly(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "".join(f"<p>{p}</p>" for p in story()) + "</div>" * depth
    (raw_dir / "deep.html").write_text(page + "</body></html>", encoding="utf-8")
    (raw_dir / "deep-unclosed.html").write_text("<html><body>" + "<span><b><i>" * depth, encoding="utf-8")
    started = time.monotonic()
    code = cli(raw_dir, docs_dir)
    assert time.monotonic() - started < 60
    failed = failure_lines(capsys.readouterr().err)
    assert code == (1 if failed else 0) and set(failed) <= {"deep.html", "deep-unclosed.html"}
    assert all("\n" not in reason for reason in failed.values())
    assert "good.txt" in by_raw(docs_dir)


def test_1mb_single_line(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def line(kind: str) -> str:
        return " ".join(f"{PARAGRAPH} {kind} sentence {i}." for i in range(6000))[:1_000_000]

    (raw_dir / "line.txt").write_text("One very long line\n" + line("Text") + "\n", encoding="utf-8")
    page = html_page("One long line", [line("Markup")]).replace("\n", " ")
    (raw_dir / "line.html").write_text(page, encoding="utf-8")
    started = time.monotonic()
    code = cli(raw_dir, docs_dir)
    assert time.monotonic() - started < 60
    failed = failure_lines(capsys.readouterr().err)
    assert code == (1 if failed else 0)
    assert set(by_raw(docs_dir)) | set(failed) == {"line.txt", "line.html"}


def test_10000_character_title(raw_dir: Path, docs_dir: Path) -> None:
    title = " ".join(["Verylongtitleword"] * 560)[:10_000]
    (raw_dir / "t.html").write_text(html_page(title, story()), encoding="utf-8")
    (raw_dir / "t.txt").write_text(title + "\n\n" + "\n".join(story(salt="txt")) + "\n", encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    names = list(articles(docs_dir))
    assert len(names) == 2 and all(len(name) <= 120 for name in names)
    for meta, _ in by_raw(docs_dir).values():
        assert isinstance(meta["title"], str) and meta["title"]


@pytest.mark.slow
def test_50mb_page(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A saved page that big is an article plus inline scripts, styles and base64 images.
    blob = "A" * 1_000_000
    head = "".join(f"<script>var x{i} = '{blob}';</script><style>.c{i}{{}}</style>" for i in range(20))
    images = "".join(f"<img src='data:image/png;base64,{blob}'>" for i in range(30))
    page = html_page("A huge saved page", [*story(), images], head=head)
    assert len(page) > 50_000_000
    (raw_dir / "huge.html").write_text(page, encoding="utf-8")
    good_page(raw_dir)
    started = time.monotonic()
    code = cli(raw_dir, docs_dir)
    elapsed = time.monotonic() - started
    failed = failure_lines(capsys.readouterr().err)
    assert elapsed < 120
    assert code == (1 if failed else 0) and set(failed) <= {"huge.html"}
    if not failed:
        _, body = by_raw(docs_dir)["huge.html"]
        assert "The committee met on Tuesday" in body and "base64" not in body and blob[:100] not in body


# ---- text that means something to YAML, Markdown or Jinja -------------------------------------------------

TRICKY_TITLES = [
    "No: 1 # not a comment",
    "---",
    '!!python/object/apply:os.system ["x"]',
    "'quoted' \"twice\"",
    "{{ page.title }}",
    "{% raw %}",
    "<script>alert(1)</script>",
    "- [x] done: yes",
    "&amp; *emphasis* `code` [link](javascript:alert(1))",
]
# Paragraph starts that Markdown would read as a heading, quote, table, list, raw HTML or template.
TRICKY_STARTS = {
    "# Hash heading": "h1",
    "## Second heading": "h2",
    "> Quoted reply": "blockquote",
    "| pipe | table |": "table",
    "- dash item": "ul",
    "+ plus item": "ul",
    "* star item": "ul",
    "1. ordered item": "ol",
    "<script>alert(1)</script>": "script",
    "<div onclick='x()'>div</div>": "div",
    "{{ page.title }}": None,
    "{% raw %}": None,
    "    four-space indent": "pre",
    "```python": "code",
    "--- dashes": "hr",
    "***": "hr",
    "=== equals": "h1",
    "[^1]: footnote": None,
    "*[HTML]: abbreviation": "abbr",
    "!!! note admonition": "div",
    ": definition": "dl",
}


def tricky_paragraphs() -> list[str]:
    return [f"{start} {PARAGRAPH} Line {i}." for i, start in enumerate(TRICKY_STARTS)]


def assert_text_stayed_text(body: str) -> None:
    rendered = render(body)
    produced = {tag for tag, _ in elements(rendered)}
    made_by_text = {tag for tag in TRICKY_STARTS.values() if tag} & produced
    assert not made_by_text, (made_by_text, body)
    assert not live_html(rendered)
    shown = visible_text(rendered)
    for start in ("{{ page.title }}", "{% raw %}", "<script>alert(1)</script>", "# Hash heading", "> Quoted reply"):
        assert start in shown, start


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_tricky_title_round_trips_through_yaml(raw_dir: Path, docs_dir: Path, title: str) -> None:
    page = html_page(title, story())
    (raw_dir / "page.html").write_text(page, encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    (path,) = docs_dir.glob("*.md")
    text = path.read_text(encoding="utf-8")
    header = text.removeprefix("---\n").split("\n---\n", 1)[0]
    extracted = convert_text(page, "page.html", ".html").article
    assert yaml.safe_load(header) == extracted.front_matter()
    assert extracted.title == title


def test_tricky_body_lines_in_a_text_dump_stay_text(raw_dir: Path, docs_dir: Path) -> None:
    lines = tricky_paragraphs()
    (raw_dir / "page.txt").write_text("Tricky lines\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    assert len(re.findall(r"The committee met", body)) == len(lines)
    assert_text_stayed_text(body)


def test_tricky_body_lines_in_html_stay_text(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "page.html").write_text(html_page("Tricky lines", [html.escape(p) for p in tricky_paragraphs()]))
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    assert len(re.findall(r"The committee met", body)) == len(TRICKY_STARTS)
    assert_text_stayed_text(body)


def test_tricky_lines_after_a_line_break_stay_text(raw_dir: Path, docs_dir: Path) -> None:
    paragraph = "<br>".join(html.escape(p) for p in tricky_paragraphs())
    (raw_dir / "page.html").write_text(html_page("Tricky breaks", [*story(2), paragraph]))
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    assert_text_stayed_text(body)


# ---- hostile HTML ---------------------------------------------------------------------------------------

HOSTILE_HEAD = (
    "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>"
    "<style>body{background:url(javascript:alert(1))}</style><script>alert('head')</script>"
    "<base href='javascript:alert(1)//'>"
)
HOSTILE_BITS = [
    "<script>alert(1)</script>",
    "<iframe src='javascript:alert(1)'></iframe><iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<img src='x' onerror='alert(1)'> <img src='https://example.com/a.png' onerror='alert(1)' alt='pic'>",
    "<a href='javascript:alert(1)'>js link</a> <a href=' JaVaScRiPt:alert(1)'>mixed case</a>",
    "<a href='java&#09;script:alert(1)'>tab</a> <a href='vbscript:msgbox(1)'>vb</a>",
    "<a href='data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='>data link</a>",
    "<img src='data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+'>",
    "<a href='https://example.com/ok' onclick='alert(1)' onmouseover='x()'>ok link</a>",
    "<svg onload='alert(1)'><circle/></svg><object data='x.swf'></object><embed src='x.swf'>",
    "<b onmouseover='alert(1)'>bold</b> <span style='x:expression(alert(1))'>styled</span>",
    "<form action='javascript:x'><input onfocus='alert(1)' autofocus>"
    "<button formaction='javascript:x'>b</button></form>",
    "<a href='https://ok.example/x?a=1&quot;onmouseover=&quot;alert(1)'>quote break</a>",
    "<img src='https://ex.com/a.png\" onerror=\"alert(1)'>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></noscript>",
    "<details open ontoggle='alert(1)'><summary>s</summary>d</details>",
    "<a href='&#106;avascript:alert(1)'>entity</a> <a href='\\x6aavascript:alert(1)'>hex</a>",
]


def hostile_page() -> str:
    paragraphs = [f"{p} {bit} after." for p, bit in zip(story(len(HOSTILE_BITS)), HOSTILE_BITS, strict=True)]
    return html_page("Hostile page test", paragraphs, head=HOSTILE_HEAD)


def test_hostile_html_leaves_nothing_executable(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "hostile.html").write_text(hostile_page(), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    # Every paragraph kept, whatever hostile markup sat in it.
    assert all(f"Paragraph {i} continues" in body for i in range(len(HOSTILE_BITS)))
    lowered = body.lower()
    assert "<script" not in lowered and "javascript:" not in lowered and "vbscript:" not in lowered
    assert not re.search(r"<[a-z][^>]*\son\w+\s*=", lowered)
    assert not live_html(render(body))
    urls = [meta["source"]["url"], meta.get("image")]
    assert not any(str(url).lower().startswith(("javascript:", "data:")) for url in urls if url)


CODE_IN_CONTEXT = [
    "<b>Bold <pre>&lt;script&gt;alert(1)&lt;/script&gt;</pre></b>",
    "<a href='https://example.com/x'>link <pre>&lt;img src=x onerror=alert(1)&gt;</pre></a>",
    "<ul><li>item <pre>&lt;script&gt;alert(2)&lt;/script&gt;</pre></li></ul>",
    "<blockquote><pre>&lt;script&gt;alert(3)&lt;/script&gt;</pre></blockquote>",
    "<table><tr><td><pre>&lt;script&gt;alert(4)&lt;/script&gt;</pre></td></tr></table>",
    "<p>inline <code>a ` &lt;script&gt;alert(5)&lt;/script&gt; ``</code> code</p>",
    "<pre>```\n&lt;script&gt;alert(6)&lt;/script&gt;\n```</pre>",
    # Found by test_properties: unclosed code inside bold, holding a tag that html.parser keeps as text.
    "<p><b>" + PARAGRAPH + "<code><p></p><p><p><title><script>",
]


@pytest.mark.parametrize("bit", CODE_IN_CONTEXT)
def test_code_showing_markup_stays_code_wherever_it_sits(raw_dir: Path, docs_dir: Path, bit: str) -> None:
    # Code is written unescaped inside a fence or span: if the fence breaks, the code becomes live HTML.
    page = html_page("Code in context", story()).replace("</article>", f"<div>{bit}</div><p>{story()[0]}</p></article>")
    (raw_dir / "code.html").write_text(page, encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    rendered = render(body)
    assert not live_html(rendered), body


def test_hostile_text_dump_leaves_nothing_executable(raw_dir: Path, docs_dir: Path) -> None:
    lines = [f"{p} {bit}" for p, bit in zip(story(len(HOSTILE_BITS)), HOSTILE_BITS, strict=True)]
    (raw_dir / "hostile.txt").write_text("Hostile dump\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    rendered = render(body)
    assert not live_html(rendered) and "<script" not in rendered and "<img" not in rendered


# ---- titles that look like paths -------------------------------------------------------------------------

PATH_TITLES = ["../../etc/passwd", "CON", "a/b", "x" * 300, "😀😀😀", "..\\..\\windows", "nul.txt", "Index", "/"]
PORTABLE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,110}\.md")
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def test_path_like_titles_stay_inside_docs_dir_with_portable_unique_names(raw_dir: Path, docs_dir: Path) -> None:
    for i, title in enumerate(PATH_TITLES + PATH_TITLES):  # twice: same titles, different pages
        (raw_dir / f"p{i:02}.html").write_text(html_page(title, story(salt=str(i))), encoding="utf-8")
    outside_before = sorted(p for p in docs_dir.parent.rglob("*") if docs_dir not in (p, *p.parents))
    assert cli(raw_dir, docs_dir) == 0
    names = sorted(p.name for p in docs_dir.iterdir() if not p.name.startswith("."))
    assert len(names) == 2 * len(PATH_TITLES)
    assert all(PORTABLE_NAME.fullmatch(name) for name in names), names
    assert all(name.split(".")[0] not in WINDOWS_RESERVED | {"index", "readme"} for name in names)
    assert len({name.lower() for name in names}) == len(names)
    assert all(p.is_file() and p.parent == docs_dir for p in docs_dir.glob("*.md"))
    outside_after = sorted(p for p in docs_dir.parent.rglob("*") if docs_dir not in (p, *p.parents))
    assert outside_after == outside_before
    assert {meta["title"] for meta, _ in articles(docs_dir).values()} == set(PATH_TITLES)


def test_non_utf8_file_name(raw_dir: Path, docs_dir: Path) -> None:
    # Linux file names are bytes; one that is not UTF-8 must not crash the run or the front matter.
    good = os.fsencode(raw_dir / "good.txt")
    odd_one = os.fsencode(raw_dir) + b"/caf\xe9.txt"
    odd_two = os.fsencode(raw_dir) + b"/caf\xe8.txt"
    for i, path in enumerate((good, odd_one, odd_two)):
        with open(path, "wb") as handle:
            handle.write(text_dump(f"Story number {i} about the budget", salt=str(i)).encode())
    assert cli(raw_dir, docs_dir) == 0
    raws = sorted(by_raw(docs_dir))
    assert len(raws) == 3 and len(set(raws)) == 3 and "good.txt" in raws


# ---- files and folders that cannot be read or written ----------------------------------------------------


def test_unreadable_file_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, where chmod 000 does not stop reads: simulate the refusal instead.
    good_page(raw_dir)
    good_page(raw_dir, "secret.txt")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert cli(raw_dir, docs_dir) == 1
    failed = failure_lines(capsys.readouterr().err)
    assert list(failed) == ["secret.txt"] and "Permission denied" in failed["secret.txt"]
    assert list(by_raw(docs_dir)) == ["good.txt"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_file_is_reported(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    good_page(raw_dir, "secret.txt")
    (raw_dir / "secret.txt").chmod(0)
    try:
        assert cli(raw_dir, docs_dir) == 1
    finally:
        (raw_dir / "secret.txt").chmod(0o644)
    assert list(failure_lines(capsys.readouterr().err)) == ["secret.txt"]


def test_file_vanishing_during_the_run_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good_page(raw_dir)
    good_page(raw_dir, "gone.txt")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "gone.txt" and self.exists():
            self.unlink()  # deleted by someone else between discovery and reading
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert cli(raw_dir, docs_dir) == 1
    failed = failure_lines(capsys.readouterr().err)
    assert list(failed) == ["gone.txt"] and "No such file" in failed["gone.txt"]
    assert list(by_raw(docs_dir)) == ["good.txt"]


def test_file_vanishing_after_discovery_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good_page(raw_dir)
    good_page(raw_dir, "gone.txt")
    import converter.sources as sources  # the read stage discovers the files

    real_discover = sources.discover

    def discover_then_delete(*args: Any, **kwargs: Any) -> Any:
        found = real_discover(*args, **kwargs)
        (raw_dir / "gone.txt").unlink()
        return found

    monkeypatch.setattr(sources, "discover", discover_then_delete)
    assert cli(raw_dir, docs_dir) == 1
    assert list(failure_lines(capsys.readouterr().err)) == ["gone.txt"]
    assert list(by_raw(docs_dir)) == ["good.txt"]


def test_dangling_symlink_is_reported(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    (raw_dir / "dangling.txt").symlink_to(raw_dir / "nowhere.txt")
    assert cli(raw_dir, docs_dir) == 1
    assert list(failure_lines(capsys.readouterr().err)) == ["dangling.txt"]


def test_symlink_loops_in_raw_dir_end(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    (raw_dir / "sub").mkdir()
    good_page(raw_dir / "sub", "inner.txt")
    (raw_dir / "sub" / "loop").symlink_to(raw_dir, target_is_directory=True)
    (raw_dir / "self.txt").symlink_to(raw_dir / "self.txt")
    (raw_dir / "a.txt").symlink_to(raw_dir / "b.txt")
    (raw_dir / "b.txt").symlink_to(raw_dir / "a.txt")
    assert cli(raw_dir, docs_dir) == 1
    failed = failure_lines(capsys.readouterr().err)
    assert sorted(failed) == ["a.txt", "b.txt", "self.txt"]
    assert all("symbolic links" in reason for reason in failed.values()), failed
    # Both pages hold the same text: one article, the other file listed as a copy of it.
    ((meta, _),) = articles(docs_dir).values()
    assert {meta["raw"], *meta.get("also_raw", ())} == {"good.txt", "sub/inner.txt"}


def test_named_pipe_is_skipped_not_waited_for(raw_dir: Path, docs_dir: Path) -> None:
    good_page(raw_dir)
    os.mkfifo(raw_dir / "pipe.txt")
    assert cli(raw_dir, docs_dir) == 0
    assert list(by_raw(docs_dir)) == ["good.txt"]


def test_docs_dir_that_is_a_file(raw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    docs = tmp_path / "docs"
    docs.write_text("I am a file", encoding="utf-8")
    code = cli(raw_dir, docs)
    err = capsys.readouterr().err
    assert code != 0 and str(docs) in err and "Traceback" not in err
    assert docs.read_text(encoding="utf-8") == "I am a file"


def test_docs_dir_under_a_file(raw_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    (tmp_path / "file").write_text("I am a file", encoding="utf-8")
    code = cli(raw_dir, tmp_path / "file" / "docs")
    err = capsys.readouterr().err
    assert code != 0 and "file" in err and "Traceback" not in err


def test_article_that_cannot_be_written_is_reported_and_others_are_written(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (raw_dir / "one.txt").write_text(text_dump("First story about the budget", salt="1"), encoding="utf-8")
    (raw_dir / "two.txt").write_text(text_dump("Second story about the budget", salt="2"), encoding="utf-8")
    real = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst).name == "first-story-about-the-budget.md":
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    code = cli(raw_dir, docs_dir)
    failed = failure_lines(capsys.readouterr().err)
    assert code == 1 and list(failed) == ["one.txt"] and "No space left" in failed["one.txt"]
    assert list(by_raw(docs_dir)) == ["two.txt"]
    assert sorted(p.name for p in docs_dir.iterdir() if p.suffix == ".md" or p.suffix == ".tmp") == [
        "second-story-about-the-budget.md"
    ]


# ---- nothing lost -----------------------------------------------------------------------------------------


def digest_tree(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def mixed_raw(raw: Path) -> None:
    good_page(raw)
    (raw / "sub").mkdir()
    for i in range(5):
        (raw / "sub" / f"page{i}.txt").write_text(text_dump(f"Story number {i} about the budget", salt=str(i)))
    (raw / "same-a.html").write_text(html_page("Same title", story(salt="a")), encoding="utf-8")
    (raw / "same-b.html").write_text(html_page("Same title", story(salt="b")), encoding="utf-8")
    (raw / "hostile.html").write_text(hostile_page(), encoding="utf-8")
    (raw / "cp1252.txt").write_bytes(western_dump().encode("cp1252"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "notes.md").write_text("not a page", encoding="utf-8")


def test_input_is_never_modified(raw_dir: Path, docs_dir: Path) -> None:
    mixed_raw(raw_dir)
    before = digest_tree(raw_dir)
    cli(raw_dir, docs_dir)
    cli(raw_dir, docs_dir, "--force")
    assert digest_tree(raw_dir) == before


def test_two_pages_with_the_same_title_give_two_files(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "a.html").write_text(html_page("Same title", story(salt="a")), encoding="utf-8")
    (raw_dir / "b.html").write_text(html_page("Same title", story(salt="b")), encoding="utf-8")
    (raw_dir / "c.txt").write_text(text_dump("Same title here", salt="c"), encoding="utf-8")
    (raw_dir / "d.txt").write_text(text_dump("Same title here", salt="d"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    found = by_raw(docs_dir)
    assert sorted(found) == ["a.html", "b.html", "c.txt", "d.txt"]
    assert "Paragraph 0 a " in found["a.html"][1] and "Paragraph 0 b " in found["b.html"][1]


def test_same_input_same_output_byte_for_byte(raw_dir: Path, tmp_path: Path) -> None:
    mixed_raw(raw_dir)
    cli(raw_dir, tmp_path / "one")
    cli(raw_dir, tmp_path / "two")
    one = {k: v[0] for k, v in digest_tree(tmp_path / "one").items() if not k.startswith(".")}
    two = {k: v[0] for k, v in digest_tree(tmp_path / "two").items() if not k.startswith(".")}
    assert one == two and len(one) >= 9


def test_jobs_1_and_jobs_2_give_the_same_output(raw_dir: Path, tmp_path: Path) -> None:
    mixed_raw(raw_dir)
    main(["convert", str(raw_dir), str(tmp_path / "one"), "--jobs", "1", "--quiet"])
    main(["convert", str(raw_dir), str(tmp_path / "two"), "--jobs", "2", "--quiet"])
    one = {k: v[0] for k, v in digest_tree(tmp_path / "one").items() if not k.startswith(".")}
    two = {k: v[0] for k, v in digest_tree(tmp_path / "two").items() if not k.startswith(".")}
    assert one == two and len(one) >= 9


def test_convert_tree_reports_the_same_as_the_cli(raw_dir: Path, docs_dir: Path) -> None:
    mixed_raw(raw_dir)
    report = convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1))
    assert not report.ok and [path for path, _ in report.failed] == ["empty.txt"]
    assert report.skipped == ["notes.md"]


# ---- a damaged DOCS_DIR ----------------------------------------------------------------------------------


def test_corrupt_cache_entries_are_ignored(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "one.txt").write_text(text_dump("First story about the budget", salt="1"), encoding="utf-8")
    (raw_dir / "two.txt").write_text(text_dump("Second story about the budget", salt="2"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    (cache,) = docs_dir.glob(".converter-cache*")
    cache.write_bytes(b"not a database, truncated")
    (raw_dir / "two.txt").write_text(text_dump("Second story changed", salt="3"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    assert sorted(by_raw(docs_dir)) == ["one.txt", "two.txt"]


def test_lost_state_file_does_not_duplicate_articles(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "one.txt").write_text(text_dump("First story about the budget", salt="1"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    for state in docs_dir.glob(".*.json"):
        state.write_text("garbage{", encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    assert len(list(docs_dir.glob("*.md"))) == 1

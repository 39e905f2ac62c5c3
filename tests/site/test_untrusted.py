"""A site built from hostile and malformed front matter (fixtures/untrusted): it builds, warns with file and
field, and no value reaches the page as markup. The browser half is in test_untrusted_browser.py."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from sitebuild import build_site, build_untrusted_site

from tests.support import cpu_seconds


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def untrusted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    handler = _Collect()
    # Front-matter warnings go to `archive` (outside MkDocs' strict count); anything else would go to `mkdocs`.
    loggers = [logging.getLogger("mkdocs"), logging.getLogger("archive")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        site = build_untrusted_site(tmp_path_factory.mktemp("untrusted"))
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    return site, handler.messages


# (file, field) of every bad value in fixtures/untrusted and the hand-written page, worked out by hand.
EXPECTED_WARNINGS = {
    ("articles/title-list.md", "title"),
    ("articles/title-mapping.md", "title"),
    ("articles/title-mapping.md", "description"),
    ("articles/binary.md", "title"),
    ("articles/binary.md", "author"),
    ("articles/author-list.md", "author"),
    ("articles/author-list.md", "authors"),
    ("articles/author-list.md", "tags[0]"),
    ("articles/redirect.md", "template"),
    ("articles/redirect.md", "location"),
    ("articles/redirect-quote.md", "template"),
    ("articles/redirect-quote.md", "location"),
    ("articles/theme-keys.md", "subtitle"),
    ("articles/theme-keys.md", "status"),
    ("articles/theme-keys.md", "icon"),
    ("articles/theme-keys.md", "hide"),
    ("articles/theme-keys.md", "search"),
    ("articles/odd-values.md", "date"),
    ("articles/odd-values.md", "template"),
    ("articles/odd-values.md", "related[0].path"),
    ("articles/odd-values.md", "source.name"),
    ("handwritten.md", "title"),
    ("handwritten.md", "template"),
    ("handwritten.md", "location"),
}


def test_every_bad_value_is_warned_with_file_and_field(untrusted: tuple[Path, list[str]]) -> None:
    _, messages = untrusted
    found = {m.groups() for m in map(re.compile(r"archive: (\S+): front matter ([^:]+):").match, messages) if m}
    assert found == EXPECTED_WARNINGS
    assert len(messages) == len(EXPECTED_WARNINGS)  # once each, and nothing else warns


def test_no_front_matter_value_becomes_markup(untrusted: tuple[Path, list[str]]) -> None:
    site, _ = untrusted
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        html = page.read_text("utf-8")
        assert "<script>alert(" not in html, page
        assert "javascript:" not in html, page
        assert 'http-equiv="refresh"' not in html, page  # the redirect template was refused
    feed = (site / "feed.xml").read_text("utf-8")
    assert "<script>" not in feed and "javascript:" not in feed


def test_bad_values_degrade_to_defaults(untrusted: tuple[Path, list[str]]) -> None:
    site, _ = untrusted
    # The impossible date leaves the article undated; a list title falls back to the file name.
    undated = "".join(p.read_text("utf-8") for p in (site / "archive" / "undated").rglob("index.html"))
    assert ">Odd values</a>" in undated
    assert '<h1 id="archive-title">title-list</h1>' in (site / "articles/title-list/index.html").read_text("utf-8")
    # The related link keeps its (escaped) title, without the bad path or the javascript: URL.
    odd = (site / "articles/odd-values/index.html").read_text("utf-8")
    assert '<span class="archive-related__title">&lt;script&gt;alert(&#34;related&#34;)&lt;/script&gt;</span>' in odd


def test_a_source_author_and_tag_named_index_build(tmp_path: Path) -> None:
    article = (
        "---\ntitle: Index story\ndate: 2020-01-01\nsource: {name: Index, url: 'https://index.hu/a'}\n"
        "authors: [Index]\ntags: [Index, Page]\n---\n\nIndex body.\n"
    )
    site = build_site(tmp_path, extra={"index-story.md": article})  # strict: a collision would abort
    for kind in ("sources", "authors", "tags"):
        listing = (site / kind / "index.html").read_text("utf-8")
        assert f'<a href="../{kind}/index-2/">Index</a>' in listing, kind
        assert "Index story" in (site / kind / "index-2" / "index.html").read_text("utf-8")
    assert "Index story" in (site / "tags" / "page-2" / "index.html").read_text("utf-8")


def _bomb() -> str:
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    rows += [f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]" for p, n in zip("abcdef", "bcdefg", strict=True)]
    return "\n".join(rows) + "\ntitle: *g\n"


def test_oversized_front_matter_costs_the_build_little(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Before: the alias bomb cost 33 s, 40 KB of nesting 195 s, 100,000 authors over 300 s.
    extra = {
        "bomb.md": f"---\n{_bomb()}---\n\nBomb body.\n",
        "nested.md": "---\ntitle: " + "[" * 990 + "]" * 990 + "\ntags: " + "[" * 20_000 + "\n---\n\nNested.\n",
        "crowd.md": "---\ntitle: Crowd\nauthors:\n" + "".join(f"- P {i}\n" for i in range(100_000)) + "---\n\nC.\n",
    }
    start = cpu_seconds()
    with caplog.at_level(logging.WARNING, logger="archive"):
        site = build_site(tmp_path, extra=extra, strict=False)
    assert cpu_seconds() - start < 8.0
    warned = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("archive: articles/bomb.md: front matter has YAML aliases that expand") for m in warned)
    assert any(m.startswith("archive: articles/nested.md: front matter is not YAML that parses") for m in warned)
    assert "archive: articles/crowd.md: front matter authors: 100,000 items, kept the first 50" in warned
    assert len(list((site / "authors").glob("p-*"))) == 50


def test_strict_build_completes_and_prints_front_matter_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 10: a bad value warns with file and field, and the build still completes, also under --strict
    # (make site). Before, the warning went to MkDocs' logger and --strict aborted the whole archive.
    bad = "---\ntitle: Bad page\ndate: not a date\ntags: {a: 1}\n---\n\nBody text.\n"
    site = build_site(tmp_path, extra={"bad-page.md": bad}, strict=True)
    assert (site / "articles" / "bad-page" / "index.html").exists()
    err = capsys.readouterr().err
    assert "WARNING -  archive: articles/bad-page.md: front matter date: not a date ('not a date')" in err
    assert "WARNING -  archive: articles/bad-page.md: front matter tags: expected a list of names, got a dict" in err

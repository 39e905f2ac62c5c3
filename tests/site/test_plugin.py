"""The archive plugin on a mini-site built in strict mode from hand-written fixture articles.

Expected values were worked out by hand from tests/site/fixtures/articles/*.md.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from sitebuild import build_site

HOSTILE = "&lt;script&gt;alert(1)&lt;/script&gt;"  # the hostile fixture's title, escaped
AUDI = "Audi reveals the e-tron Sportback"


def read(site: Path, path: str) -> str:
    file = site / path if path.endswith(".html") else site / path / "index.html"
    return file.read_text("utf-8")


def titles(html: str) -> list[str]:
    return re.findall(r'class="archive-entry__title">([^<]*)</a>', html)


def links(html: str) -> dict[str, str]:
    """Anchor text -> href, for the page's content area (the screen-reader note on external links left out)."""
    body = html.split('<article class="md-content__inner', 1)[1]
    body = body.replace('<span class="archive-sr"> (external site)</span>', "")
    return {text: href for href, text in re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', body)}


def test_home_lists_newest_first_and_paginates(site: Path) -> None:
    # Dated: hostile 11-21, audi 11-20, banking 11-19, bell 10-02; undated by title: "An undated note", "Carried Story".
    assert titles(read(site, "")) == [HOSTILE, AUDI]
    assert titles(read(site, "page/2")) == ["The future of banking", "The Opening Bell"]
    assert titles(read(site, "page/3")) == ["An undated note", "Carried Story"]
    assert "See the" in read(site, "")  # the hand-written home text stays above the listing


def test_archive_by_month_and_year(site: Path) -> None:
    assert titles(read(site, "archive/2019/11")) == [HOSTILE, AUDI]
    assert titles(read(site, "archive/2019/11/page/2")) == ["The future of banking"]
    assert titles(read(site, "archive/2019/10")) == ["The Opening Bell"]
    assert titles(read(site, "archive/undated")) == ["An undated note", "Carried Story"]
    index = read(site, "archive")
    assert 'href="../archive/2019/11/">November 2019</a> <span class="archive-count">3</span>' in index
    assert 'href="../archive/2019/">2019</a> <span class="archive-count">4</span>' in index


def test_source_author_and_tag_pages(site: Path) -> None:
    assert titles(read(site, "sources/slashgear")) == [AUDI, "The Opening Bell"]
    assert titles(read(site, "authors/chris-davies")) == [AUDI, "The Opening Bell"]
    # "Audi" and "audi" are one tag.
    assert titles(read(site, "tags/audi")) == [AUDI, "The Opening Bell"]
    count = '<span class="archive-count">{}</span>'
    assert '<a href="../authors/chris-davies/">Chris Davies</a> ' + count.format(2) in read(site, "authors")
    assert '<a href="../sources/wired/">Wired</a> <span class="archive-count">1</span>' in read(site, "sources")
    assert '<a href="../tags/ev/">EV</a> <span class="archive-count">1</span>' in read(site, "tags")


def test_article_metadata(site: Path) -> None:
    page = links(read(site, "articles/audi"))
    assert page["Chris Davies"] == "../../authors/chris-davies/"
    # One link to the original; the source's name links to its page in the archive.
    assert page["SlashGear"] == "../../sources/slashgear/"
    assert page["Read the original at SlashGear"] == "https://www.slashgear.com/audi-etron/"
    assert list(page.values()).count("https://www.slashgear.com/audi-etron/") == 2  # and the provenance note
    assert page["EV"] == "../../tags/ev/"
    html = read(site, "articles/audi")
    assert '<time class="archive-date" datetime="2019-11-20">20 November 2019</time>' in html
    assert '<span class="archive-minutes">1 min read</span>' in html
    # Tags are chips (a list), so a tag holding a comma reads as one tag.
    chips = '<ul class="archive-tags" aria-label="Tags"><li><a href="../../tags/ev/" class="archive-tag">EV</a></li>'
    assert chips in html
    # Provenance: where it was saved from, for a reader; the raw file folded away. No bare path ends the page.
    assert "Archived from" not in html
    assert '<footer class="archive-provenance"><p>Saved from <a href="https://www.slashgear.com/audi-etron/"' in html
    assert "<details><summary>Source file</summary>" in html
    assert "<li><code>scrapinghub/html/audi.html</code></li></ul></details></footer>" in html
    banking = read(site, "articles/banking")
    assert (
        "<summary>Source files</summary><p>Converted from the saved page</p><ul><li><code>scrapinghub/html/"
        "banking.html</code></li><li><code>scrapinghub/text/banking.txt</code></li>" in banking
    )


def test_related_links_resolve_by_path_url_and_title(site: Path) -> None:
    page = links(read(site, "articles/audi"))
    assert page["Banking is broke"] == "../../articles/banking/"  # by URL: http vs https, trailing slash
    assert page["Carried Story"] == "../../articles/carried/"  # by path
    assert page["the  opening BELL"] == "../../articles/bell/"  # by title, case and spaces folded
    assert page["Nowhere Article"] == "https://nowhere.example/x"  # not archived: the original
    html = read(site, "articles/audi")
    assert '<li><span class="archive-related__title">Plain mention</span></li>' in html
    assert '<li><span class="archive-related__title">Evil link</span></li>' in html  # javascript: is no link
    # Archived copies first, then links out (marked external, source and teaser apart), then titles alone.
    related = html.split('id="related"', 1)[1].split("</section>", 1)[0]
    order = re.findall(r"<li>(?:<a [^>]*>|<span [^>]*>)([^<]*)<", related)
    assert order == [
        "Banking is broke",
        "Carried Story",
        "the  opening BELL",
        "Nowhere Article",
        "Plain mention",
        "Evil link",
    ]
    assert (
        'class="archive-external">Nowhere Article<span class="archive-sr"> (external site)</span></a>'
        '<span class="archive-related__source">Nowhere Times</span>'
        '<span class="archive-related__teaser">A story we did not save.</span></li>'
    ) in related


def test_embedded_article_links_back_to_its_carrier(site: Path) -> None:
    # "via <aggregator>": the source of the page that carried it, linking to that page.
    html = read(site, "articles/carried")
    assert '<span class="archive-via">via <a href="../../articles/audi/">SlashGear</a></span>' in html


def test_hostile_front_matter_is_escaped_everywhere(site: Path) -> None:
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        assert "<script>alert(" not in html, page
        assert "<img src=x" not in html, page
        assert "<b>Evil</b>" not in html, page
        assert 'href="javascript:' not in html and 'href="data:' not in html, page
    html = read(site, "articles/hostile")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; - Test Archive</title>" in html
    assert '<meta name="description" content="&#34;&gt;&lt;script&gt;alert(3)&lt;/script&gt;">' in html
    assert '<h1 id="archive-title">&lt;script&gt;alert(1)&lt;/script&gt;</h1>' in html
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in html  # the source name, as text and unlinked
    assert "<script>" not in (site / "feed.xml").read_text("utf-8")


def test_links_are_relative_and_work_under_a_sub_path(site: Path) -> None:
    for page in ("", "articles/audi", "archive/2019/11/page/2", "sources"):
        for href in re.findall(r'href="([^"]*)"', read(site, page)):
            assert not href.startswith("/"), (page, href)
    # The 404 page is served at any depth: its links are relative to a <base> its script finds at run time
    # (the built sub-path first), so it is styled under a sub-path even built without SITE_URL.
    not_found = read(site, "404.html")
    assert 'href="assets/stylesheets/archive.css"' in not_found
    assert '"search": "assets/javascripts/workers/archive-pagefind.js?v=' in not_found
    assert 'var known = "/repo/"' in not_found
    feed = (site / "feed.xml").read_text("utf-8")
    assert "<link>https://user.github.io/repo/articles/audi/</link>" in feed


def test_feed_lists_newest_first(site: Path) -> None:
    feed = (site / "feed.xml").read_text("utf-8")
    items = re.findall(r"<item><title>([^<]*)</title>", feed)
    assert items[:3] == [HOSTILE, AUDI, "The future of banking"]
    assert "<pubDate>Wed, 20 Nov 2019 00:00:00 +0000</pubDate>" in feed


def test_theme_uses_the_pagefind_worker(site: Path) -> None:
    html = read(site, "articles/audi")
    assert '"search": "../../assets/javascripts/workers/archive-pagefind.js?v=' in html
    assert '<script src="../../assets/javascripts/archive-search-ui.js"></script>' in html
    assert (site / "assets/javascripts/workers/archive-pagefind.js").exists()
    assert (site / "pagefind/pagefind.js").exists()
    # The theme's own lunr index is left empty: no full text downloaded and rebuilt per page load.
    assert json.loads((site / "search/search_index.json").read_text("utf-8"))["docs"] == []


def fragments(site: Path) -> dict[str, dict]:
    """Pagefind's stored record of each indexed page (what a result shows), by URL."""
    records = [gzip.decompress(p.read_bytes()) for p in (site / "pagefind/fragment").iterdir()]
    return {r["url"]: r for r in (json.loads(b.removeprefix(b"pagefind_dcd")) for b in records)}


def test_article_pages_carry_pagefind_markup_and_listings_do_not(site: Path) -> None:
    html = read(site, "articles/audi")
    assert html.count("data-pagefind-body") == 1
    for value in ("source:SlashGear", "author:Chris Davies", "year:2019"):
        assert f'<span data-pagefind-filter="{value}" hidden></span>' in html
    # The header, related links and provenance note are not searched (their words would match every neighbour).
    body = html.split("data-pagefind-body", 1)[1]
    header, footer = body.split('<div data-pagefind-ignore="all">')[1:]
    assert "archive-breadcrumb" in header and "archive-byline" in header and "archive-tags" in header
    assert 'class="archive-related"' in footer and 'class="archive-provenance' in footer
    # Hostile front matter stays an attribute value: escaped, no element made of it.
    hostile = read(site, "articles/hostile")
    assert 'data-pagefind-filter="author:&lt;img src=x onerror=alert(2)&gt;"' in hostile
    assert 'data-pagefind-filter="tag:&lt;i&gt;tag&lt;/i&gt;"' in hostile
    for page in ("", "page/2", "archive", "sources", "sources/slashgear", "tags", "browse"):
        assert "data-pagefind-body" not in read(site, page), page


def test_pagefind_indexes_the_six_articles_and_the_hand_written_page(site: Path) -> None:
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text("utf-8"))
    # One index in the site's language (see converter/site/pagefind.py): the six fixture articles and about.md.
    assert list(entry["languages"]) == ["en"]
    assert entry["languages"]["en"]["page_count"] == 7
    assert {p.name for p in (site / "pagefind/filter").iterdir()}  # filter chunks were written
    about = fragments(site)["/about/"]
    assert about["meta"] == {"title": "About this archive", "kind": "page"}
    assert about["content"].startswith("About this archive. The wombat ledger of saved stories")
    assert about["filters"] == {}  # not an article: in no source, author, year or tag


def test_snippets_come_from_the_article_text_alone(site: Path) -> None:
    audi = fragments(site)["/articles/audi/"]
    # What a snippet is cut from: the body, not the byline, dateline, tags or "Read the original" above it.
    assert audi["content"].startswith("The new e-tron Sportback will have quattro")
    for header in ("Chris Davies", "min read", "Read the original", "Home", "SlashGear"):
        assert header not in audi["content"], header
    # Title, names, source and tags are searched as metadata (Pagefind never puts meta in an excerpt).
    assert audi["meta"]["title"] == AUDI
    assert audi["meta"]["by"] == "Chris Davies"
    assert audi["meta"]["source"] == "SlashGear"
    assert audi["filters"]["author"] == ["Chris Davies"]
    # The title is text too, after the body and weighted as a heading: as meta alone, title queries ranked lower.
    assert audi["content"].endswith(f"test search. {AUDI}.")
    assert f'<p data-pagefind-weight="7" hidden>{AUDI}</p>' in read(site, "articles/audi")


def test_browse_page_has_labelled_controls(site: Path) -> None:
    html = read(site, "browse")
    for name in ("q", "source", "author", "year", "tag"):
        assert f'<label for="archive-browse-{name}">' in html
        assert f'id="archive-browse-{name}" name="{name}"' in html
    assert 'role="status"' in html


def test_strict_build_fails_on_a_broken_link(tmp_path: Path) -> None:
    from mkdocs.exceptions import Abort

    with pytest.raises(Abort):
        build_site(tmp_path, index="# Home\n\n[broken](nowhere.md)\n")


def test_sitemap_for_instant_navigation_leaves_articles_out(site: Path) -> None:
    small = (site / "sitemap.xml").read_text("utf-8")
    articles = (site / "sitemap-articles.xml").read_text("utf-8")
    assert "<loc>https://user.github.io/repo/sources/slashgear/</loc>" in small
    assert "/articles/" not in small
    assert articles.count("<url>") == 6  # the six fixture articles
    assert "<loc>https://user.github.io/repo/articles/audi/</loc>" in articles
    assert "Sitemap: https://user.github.io/repo/sitemap-articles.xml" in (site / "robots.txt").read_text("utf-8")


def test_remote_images_become_links_so_no_third_party_is_asked(site: Path) -> None:
    html = read(site, "articles/audi")
    assert "images.example.org" in html
    assert not re.search(r"<img[^>]+images\.example\.org", html)
    assert links(html)["[Image: The Sportback from the front]"] == "https://images.example.org/sportback.jpg"


def test_mkdocs_parses_no_front_matter_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The plugin reads each article's YAML once (on_files) and hands the theme the coerced mapping: MkDocs
    # gets an empty header. Dumping it to YAML for MkDocs to parse again was a sixth of a 1,000-article build.
    from mkdocs.utils import meta

    parsed: list[dict] = []
    real = meta.get_data

    def spy(doc: str) -> tuple[str, dict]:
        body, data = real(doc)
        parsed.append(data)
        return body, data

    monkeypatch.setattr(meta, "get_data", spy)
    site = build_site(tmp_path)
    assert parsed and all(data == {} for data in parsed)
    audi = read(site, "articles/audi")
    assert f"<title>{AUDI} - Test Archive</title>" in audi
    assert '<meta name="description" content="Audi has revealed a coupe.">' in audi
    assert "<title>Sources - Test Archive</title>" in read(site, "sources")

"""Issue 13's reader items, each checked in headless Chromium (desktop, and phone where layout matters),
plus axe-core: no serious or critical violation on the home, article, listing, search and 404 pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser import DESKTOP, PHONE, StaticServer, time_first_result
from playwright.sync_api import Browser, Page
from sitebuild import build_sample

pytestmark = [pytest.mark.slow, pytest.mark.browser]
AUDI = "Audi reveals the e-tron Sportback"


@pytest.fixture
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def no_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    """The same sample built without SITE_URL (site_url falls back to 127.0.0.1:8000/), served under /repo/."""
    work = tmp_path_factory.mktemp("no-site-url")
    build_sample(work, None)
    with StaticServer(work / "site", "/repo/") as server:
        yield server


def texts(page: Page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map(e => e.textContent.trim())")


# 1. Home and listings read like a news archive.
def test_home_reads_like_a_news_archive(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url)
    site_name = "Saved Articles Archive"
    visible = page.evaluate(f"""[...document.querySelectorAll('body *')].filter(e => e.offsetParent !== null
        && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.includes({site_name!r}))).length""")
    assert visible <= 2  # the header and the footer, not three times over
    assert page.locator(".md-sidebar--secondary").is_hidden()  # no empty right column
    first = page.locator(".archive-entry").first
    assert first.locator(".archive-entry__heading .archive-entry__title").count() == 1
    assert first.locator(".archive-teaser").count() == 1
    meta = first.locator(".archive-entry__meta").text_content() or ""
    assert " min read" in meta and first.locator(".archive-source, time").count() >= 1
    weight = first.locator(".archive-entry__title").evaluate("a => +getComputedStyle(a).fontWeight")
    assert weight >= 600  # bold headlines, not thin grey ones
    footer = page.locator(".md-footer-meta")
    assert "Made with" not in (footer.text_content() or "")
    assert site_name in (footer.text_content() or "")
    hrefs = footer.locator("a").evaluate_all("as => as.map(a => a.href)")
    assert sample_server.url + "feed.xml" in hrefs and sample_server.url + "sources/" in hrefs


def test_listing_has_no_empty_columns_on_a_phone_either(phone: Page, sample_server: StaticServer) -> None:
    phone.goto(sample_server.url + "sources/")
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing overflows
    assert phone.locator(".archive-groups a").count() >= 3


# 2. The article header: byline, date, reading time, source (publication), tags as chips, one original link.
def test_article_header_is_easy_to_parse(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url + "articles/audi/")
    assert page.locator(".archive-byline").text_content() == "By Chris Davies"
    dateline = page.locator(".archive-dateline").text_content()
    assert dateline == "20 November 2019 · 1 min read · SlashGear"
    assert texts(page, ".archive-tags li") == ["EV", "Audi"]
    originals = page.locator("article a[href='https://www.slashgear.com/audi-etron/']")
    assert texts(page, ".archive-meta a.archive-external") == ["Read the original at SlashGear (external site)"]
    assert originals.count() == 2  # the header's link and the provenance note's address
    page.goto(sample_server.url + "articles/messy/")
    # A host-only source takes the publication's name when another article gives it.
    assert page.locator(".archive-dateline .archive-source").text_content() == "The New York Times"


# 3. Provenance a reader understands, the raw file folded away.
def test_article_ends_with_a_provenance_note(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url + "articles/banking/")
    note = page.locator("article .archive-provenance")
    assert (note.locator("p").first.text_content() or "").startswith("Saved from http")
    # Last on the page, after the related links (all outside the search index, in its ignored part).
    last = "[...document.querySelectorAll('[data-pagefind-ignore] > *')].at(-1).className"
    assert page.evaluate(last) == "archive-provenance"
    raw = note.locator("code").first
    assert not raw.is_visible()
    note.locator("summary").click()
    assert raw.is_visible() and (raw.text_content() or "").startswith("scrapinghub/")


# 4. Related links: archived first, external ones marked, source and teaser set apart.
def test_related_links_read_clearly(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url + "articles/audi/")
    items = page.locator(".archive-related li")
    hrefs = items.evaluate_all("lis => lis.map(li => li.querySelector('a')?.href ?? null)")
    archived = [h is not None and h.startswith(sample_server.url) for h in hrefs]
    assert archived == sorted(archived, reverse=True) and archived[0]  # archived ones first
    nowhere = page.locator(".archive-related li", has_text="Nowhere Article")
    link = nowhere.locator("a")
    assert link.get_attribute("href") == "https://nowhere.example/x"
    assert "(external site)" in (link.text_content() or "")
    assert link.evaluate("a => getComputedStyle(a, '::after').content") == '" ↗"'
    source = nowhere.locator(".archive-related__source")
    assert source.evaluate("e => getComputedStyle(e).display") == "block"  # set apart, not run on
    plain = page.locator(".archive-related li", has_text="Plain mention")
    assert plain.locator("a").count() == 0


# 5. Breadcrumb, newer/older, more from this source and by this author.
def test_article_navigation(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url + "articles/audi/")
    assert texts(page, "nav.archive-breadcrumb li") == ["Home", "Sources", "SlashGear"]
    assert page.locator("nav.archive-prevnext a[rel=prev]").count() == 1
    assert page.locator("nav.archive-prevnext a[rel=next]").count() == 1
    assert page.locator(".archive-more h2", has_text="More from SlashGear").count() == 1
    assert page.locator(".archive-more h2", has_text="More by Chris Davies").count() == 1
    page.locator("nav.archive-prevnext a[rel=next]").click()
    page.wait_for_function(f"document.querySelector('article h1')?.textContent !== {AUDI!r}")
    assert (page.locator("nav.archive-prevnext a[rel=prev]").text_content() or "").endswith(AUDI)


# 6. Tags: junk dropped, near-duplicates merged.
def test_tags_are_clean(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url + "articles/messy/")
    # "Climate Change" and "Climate change" tie one article each: the catalog's spelling is the first in order.
    assert texts(page, ".archive-tags li") == ["News", "Climate Change"]
    page.goto(sample_server.url + "tags/")
    names = texts(page, ".archive-groups a")
    assert not [n for n in names if n.startswith("_") or "=" in n or n.count(":") > 1]
    assert [n.casefold() for n in names].count("climate change") == 1


# 7. Empty states: a search with no match, and the 404 page (styled under a sub-path without SITE_URL).
def test_a_search_with_no_match_says_where_to_go(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url)
    page.locator(".md-search__input").focus()
    page.keyboard.type("qqxyzzyqq")
    # What happened, and where to go: the browse page, with the same words.
    meta = "document.querySelector('.md-search-result__meta')"
    page.wait_for_function(f"{meta}?.textContent.startsWith('No results for “qqxyzzyqq”')")
    link = page.locator(".md-search-result__meta a.archive-search-browse")
    assert link.text_content() == "Browse by source, author, year or tag"
    assert link.evaluate("a => a.href").endswith("browse/?q=qqxyzzyqq")


def test_404_says_what_happened_and_is_styled_without_site_url(page: Page, no_site_url: StaticServer) -> None:
    response = page.goto(no_site_url.url + "no/such/page/")
    assert response is not None and response.status == 404
    assert page.locator("article h1").text_content() == "Page not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    home = page.locator("article a", has_text="newest articles")
    assert home.evaluate("a => a.href") == no_site_url.url
    home.click()
    page.wait_for_url(no_site_url.url)
    assert page.locator(".archive-entry").count() >= 1


# 8. Every listing is paginated, with page numbers.
def test_listings_paginate_with_numbers(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url + "archive/2019/")
    pager = page.locator("nav.archive-pager")
    assert pager.count() == 1
    assert pager.locator("[aria-current=page]").text_content() == "1"
    pager.locator("a", has_text="2").first.click()
    page.wait_for_url(sample_server.url + "archive/2019/page/2/")
    # Instant navigation changes the address before it swaps the content in.
    page.wait_for_function("document.querySelector('nav.archive-pager [aria-current=page]')?.textContent === '2'")
    assert page.locator(".archive-entry").count() <= 3
    page.goto(sample_server.url)
    assert page.locator("nav.archive-pager a[aria-label='Page 2']").count() == 1


# 9. axe-core: no serious or critical violation.
# No transition or animation still running (but endless ones); getAnimations() first brings styles up to date.
SETTLED = """document.getAnimations()
    .every(a => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity)"""


def serious(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("path", ["", "articles/audi/", "sources/slashgear/", "archive/2019/", "no/such/page/"])
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_axe_finds_nothing_serious(chromium: Browser, sample_server: StaticServer, path: str, viewport: str) -> None:
    context = chromium.new_context(viewport=DESKTOP if viewport == "desktop" else PHONE)
    page = context.new_page()
    try:
        page.goto(sample_server.url + path)
        assert serious(page) == []
        page.emulate_media(color_scheme="dark")
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
        # axe reads computed colours: wait until the theme's colour transitions (some 20 of 125 ms) have ended.
        page.wait_for_function(SETTLED)
        assert serious(page) == []
    finally:
        context.close()


def test_axe_on_the_search_dialog_with_results(page: Page, sample_server: StaticServer) -> None:
    page.goto(sample_server.url)
    time_first_result(page, "audi")
    assert page.locator(".md-search").get_attribute("aria-label") == "Search the archive"
    assert serious(page) == []


def test_screenshot_artifacts(page: Page, sample_server: StaticServer) -> None:
    """Not an assertion of looks: pictures for a person to check, in test-artifacts/ (git-ignored)."""
    out = Path(__file__).resolve().parents[2] / "test-artifacts"
    page.goto(sample_server.url + "articles/audi/")
    page.screenshot(path=out / "reader-article.png", full_page=True)
    assert (out / "reader-article.png").stat().st_size > 10_000

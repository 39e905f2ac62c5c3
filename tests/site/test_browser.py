"""End-to-end: the sample site plus the fixture articles, built and served under /repo/, in headless Chromium.

Chromium is Debian's, driven by Playwright (see browser.py). Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import StaticServer, recorded_page, time_first_result
from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AUDI = "Audi reveals the e-tron Sportback"

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def server(sample_server: StaticServer) -> StaticServer:
    return sample_server


@pytest.fixture
def page(chromium: Browser, server: StaticServer) -> Iterator[Page]:
    # Nothing leaves 127.0.0.1, and no page logged an error (but the 404 page's own) or opened a dialog.
    with recorded_page(chromium, server.origin, ignore_error="404") as page:
        yield page


def click_link(page: Page, text: str) -> None:
    """Click the first content link with this text, and wait until the new page is in."""
    before = h1(page)
    link = page.locator("article a", has_text=text).filter(has_text=text).first
    href = link.evaluate("a => a.href")
    link.click()
    # Listing pages swap in by instant navigation (the address changes first), articles by a page load.
    page.wait_for_function(
        """([href, before]) => location.href === href && document.readyState === 'complete'
        && document.querySelector('article h1')?.textContent.trim() !== before""",
        arg=[href, before],
    )


def h1(page: Page) -> str:
    return page.evaluate("document.querySelector('article h1')?.textContent.trim() ?? ''")


def test_browse_home_article_author_and_source(page: Page, server: StaticServer) -> None:
    page.goto(server.url)
    assert page.locator(".archive-entry__title").count() >= 5  # newest articles, paginated
    page.screenshot(path=ARTIFACTS / "home.png")
    page.goto(server.url + "sources/slashgear/")
    click_link(page, AUDI)
    assert h1(page) == AUDI
    assert page.evaluate("location.pathname") == "/repo/articles/audi/"
    related = page.evaluate("""Object.fromEntries([...document.querySelectorAll('.archive-related a')]
        .map(a => [a.childNodes[0].textContent, a.href]))""")
    assert related["Banking is broke"] == server.url + "articles/banking/"
    assert related["Nowhere Article"] == "https://nowhere.example/x"
    provenance = page.locator(".archive-provenance")
    assert (provenance.locator("p").first.text_content() or "").startswith(
        "Saved from https://www.slashgear.com/audi-etron/"
    )
    assert not provenance.locator("code", has_text="scrapinghub/html/audi.html").is_visible()  # folded away
    page.screenshot(path=ARTIFACTS / "article.png")
    click_link(page, "Chris Davies")
    assert h1(page) == "Chris Davies"
    assert page.evaluate("location.pathname") == "/repo/authors/chris-davies/"
    click_link(page, AUDI)
    click_link(page, "SlashGear")  # the breadcrumb
    assert h1(page) == "SlashGear"


def test_embedded_article_links_to_its_carrier(page: Page, server: StaticServer) -> None:
    page.goto(server.url + "articles/carried/")
    assert page.locator(".archive-via").text_content() == "via SlashGear"
    page.locator(".archive-via a").click()
    page.wait_for_function("location.pathname === '/repo/articles/audi/'")
    assert page.evaluate("location.pathname") == "/repo/articles/audi/"


def test_search_finds_a_body_phrase_and_opens_it(page: Page, server: StaticServer) -> None:
    page.goto(server.url)
    seconds = time_first_result(page, "zorblax capacitors")
    print(f"first search result after {seconds:.3f} s")  # a figure, not an assertion
    page.wait_for_function("document.querySelector('.md-search-result__item h1')?.textContent.includes('Audi')")
    page.screenshot(path=ARTIFACTS / "search.png")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_function("location.pathname === '/repo/articles/audi/'")
    page.wait_for_function(f"document.querySelector('article h1')?.textContent === {AUDI!r}")


def test_search_by_author_and_source_name(page: Page, server: StaticServer) -> None:
    page.goto(server.url + "archive/")
    time_first_result(page, "molly wood")
    page.wait_for_function(
        "[...document.querySelectorAll('.md-search-result__item h1')]"
        ".some(e => e.textContent === 'The future of banking')"
    )
    page.locator(".md-search__input").fill("")
    page.keyboard.type("slashgear")
    page.wait_for_function(
        f"[...document.querySelectorAll('.md-search-result__item h1')].some(e => e.textContent === {AUDI!r})"
    )


def test_hostile_article_runs_no_script(page: Page, server: StaticServer) -> None:
    page.goto(server.url + "articles/hostile/")
    assert h1(page) == "<script>alert(1)</script>"
    assert page.title().startswith("<script>alert(1)</script>")


def test_dark_palette_and_404(page: Page, server: StaticServer) -> None:
    page.goto(server.url)
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("label.md-header__button[for^=__palette]:not([hidden])").click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== {before!r}")
    page.goto(server.url + "no/such/page/")
    assert h1(page) == "Page not found"
    # The 404 page's stylesheets load from the sub-path: the header is styled.
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"

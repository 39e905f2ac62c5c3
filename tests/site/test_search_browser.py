"""End-to-end search in headless Chromium: the fixture site plus 25 planted articles, served under /repo/.

The planted articles give figures worked out by hand: 25 mention "quokka" (more than the 10 results the
theme is handed, so only an exact count says 25); 10 are by "Zoë Gérard-Rodriguez" (typed without
accents), 15 dated 2018 and 10 dated 2020; all from "Nature Weekly", 5 tagged "Marsupials".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp import Browser, StaticServer, ensure_chromium
from sitebuild import build_site

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ARTICLE = """---
title: Field notes {n}
authors: [{author}]
date: '{year}-03-{day:02d}'
source: {{name: Nature Weekly, url: 'https://nature.example/{n}'}}
tags: [{tags}]
---

The quokka &lt;img src=x onerror=alert(7)&gt; {colony}.
Rangers were walking the coastal path every morning.
"""


def planted() -> dict[str, str]:
    pages = {}
    for n in range(25):
        author = "Zoë Gérard-Rodriguez" if n < 10 else "Sam Lee"
        tags = "Marsupials" if n % 5 == 0 else "Islands"
        place = "Wadjemup" if n == 7 else "old"
        # The same words everywhere; in one article "dawn colony" is a phrase.
        colony = (f"number {n} was counted near the {place} lighthouse at dawn colony time" if n == 12
                  else f"colony number {n} was counted at dawn near the {place} lighthouse")
        pages[f"field-{n:02d}.md"] = ARTICLE.format(n=n, author=author, year=2018 if n < 15 else 2020,
                                                    day=n + 1, tags=tags, colony=colony)
    return pages


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    root = tmp_path_factory.mktemp("search-e2e")
    (root / "site").mkdir()
    with StaticServer(root / "site", "/repo/") as srv:
        build_site(root, site_url=srv.url, extra=planted())
        yield srv


@pytest.fixture
def browser(server: StaticServer) -> Iterator[Browser]:
    binary = ensure_chromium()
    if binary is None:
        pytest.skip("Debian's chromium is not installed and apt-get could not install it")
    with Browser(binary) as b:
        b.send("Page.addScriptToEvaluateOnNewDocument",
               source="for (const n of ['alert', 'confirm', 'prompt']) window[n] = m => console.error('dialog: ' + m);")
        yield b
        b.drain(0.3)
        outside = [u for u in b.requests if not u.startswith((server.url.split("/repo/")[0] + "/", "data:", "blob:"))]
        assert outside == []
        assert b.errors == []


def search_box(browser: Browser, server: StaticServer, query: str) -> None:
    """Type `query` into the theme's header search box on the home page, key by key."""
    browser.goto(server.url)
    browser.js("document.querySelector('.md-search__input').focus()")
    browser.type_text(query)
    browser.wait_for("document.querySelector('.md-search-result__item') !== null")


def result_titles(browser: Browser) -> list[str]:
    return browser.js("[...document.querySelectorAll('.md-search-result__item h1')].map(e => e.textContent)")


def test_exact_count_and_marked_snippet_in_the_theme_box(browser: Browser, server: StaticServer) -> None:
    search_box(browser, server, "quokka")
    # 25 articles match; the theme alone would count the 10 results it was handed.
    browser.wait_for("document.querySelector('.md-search-result__meta').textContent.startsWith('25 results')")
    marks = browser.js("[...document.querySelectorAll('.md-search-result__item mark')].map(m => m.textContent)")
    assert marks and {m.lower() for m in marks} == {"quokka"}
    # The escaped markup in the body stays text: no element was made from it.
    assert browser.js("document.querySelectorAll('.md-search-result img').length") == 0
    assert "<img src=x" in browser.js("document.querySelector('.md-search-result__list').textContent")
    # The count's link opens the browse page for the same words.
    href = browser.js("document.querySelector('.md-search-result__meta a').href")
    assert href == server.url + "browse/?q=quokka"


def test_accents_fold_and_words_stem(browser: Browser, server: StaticServer) -> None:
    search_box(browser, server, "gerard rodriguez")
    browser.wait_for("document.querySelector('.md-search-result__meta').textContent.startsWith('10 results')")
    search_box(browser, server, "walked")  # the pages say "walking"
    browser.wait_for("document.querySelector('.md-search-result__meta').textContent.startsWith('25 results')")


def test_quoted_phrase_and_pasted_sentence(browser: Browser, server: StaticServer) -> None:
    search_box(browser, server, '"near the Wadjemup lighthouse"')
    browser.wait_for("document.querySelector('.md-search-result__meta').textContent.startsWith('1 result')")
    assert result_titles(browser) == ["Field notes 7"]
    # Unquoted (as typed or pasted), the page holding the words as a phrase comes first of the 25.
    search_box(browser, server, "dawn colony")
    browser.wait_for("document.querySelector('.md-search-result__meta').textContent.startsWith('25 results')")
    assert result_titles(browser)[0] == "Field notes 12"


def test_hostile_title_is_shown_as_text(browser: Browser, server: StaticServer) -> None:
    search_box(browser, server, "hostile")
    browser.wait_for("document.querySelector('.md-search-result__meta').textContent.startsWith('1 result')")
    assert result_titles(browser) == ["<script>alert(1)</script>"]
    assert browser.js("document.querySelectorAll('.md-search-result script').length") == 0


def browse(browser: Browser, server: StaticServer, query: str = "") -> None:
    browser.goto(server.url + "browse/" + query)
    browser.wait_for("document.querySelector('#archive-browse-source').options.length > 1")


def status(browser: Browser) -> str:
    return browser.js("document.querySelector('.archive-browse__status').textContent")


def choose(browser: Browser, facet: str, value: str) -> None:
    """Pick a filter value from the keyboard: focus the list, then arrow down until it is chosen."""
    browser.js(f"document.querySelector('#archive-browse-{facet}').focus()")
    for _ in range(30):
        if browser.js(f"document.querySelector('#archive-browse-{facet}').value") == value:
            return
        browser.send("Input.dispatchKeyEvent", type="rawKeyDown", key="ArrowDown", code="ArrowDown",
                     windowsVirtualKeyCode=40)
        browser.send("Input.dispatchKeyEvent", type="keyUp", key="ArrowDown", code="ArrowDown",
                     windowsVirtualKeyCode=40)
        browser.drain(0.1)
    raise AssertionError(f"{value!r} not reachable in the {facet} list")


def test_browse_without_a_query_by_facets_with_counts(browser: Browser, server: StaticServer) -> None:
    browse(browser, server)
    options = browser.js("[...document.querySelector('#archive-browse-year').options].map(o => o.textContent)")
    # Six fixture articles: four from 2019, two undated; the planted 15 + 10.
    assert options == ["Any year", "2018 (15)", "2020 (10)", "2019 (4)"]
    choose(browser, "source", "Nature Weekly")
    browser.wait_for("document.querySelector('.archive-browse__status').textContent === '25 results'")
    # Twenty shown; the rest from the keyboard, with the "More results" button.
    assert browser.js("document.querySelectorAll('.archive-browse__results li').length") == 20
    browser.js("document.querySelector('.archive-browse__more').focus()")
    browser.send("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13,
                 text="\r")
    browser.send("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)
    browser.wait_for("document.querySelectorAll('.archive-browse__results li').length === 25")
    assert browser.js("document.querySelector('.archive-browse__more').hidden") is True
    choose(browser, "tag", "Marsupials")
    browser.wait_for("document.querySelector('.archive-browse__status').textContent === '5 results'")
    assert browser.js("location.search") == "?source=Nature+Weekly&tag=Marsupials"
    titles = browser.js("[...document.querySelectorAll('.archive-browse__results h2 a')].map(a => a.textContent)")
    assert sorted(titles) == [f"Field notes {n}" for n in (0, 10, 15, 20, 5)]


def test_filter_a_query_by_author_and_year(browser: Browser, server: StaticServer) -> None:
    browse(browser, server, "?q=quokka&year=2018")
    browser.wait_for("document.querySelector('.archive-browse__status').textContent === '15 results'")
    authors = browser.js("[...document.querySelector('#archive-browse-author').options].map(o => o.textContent)")
    assert authors == ["Any author", "Zoë Gérard-Rodriguez (10)", "Sam Lee (5)"]
    assert browser.js("document.querySelectorAll('.archive-browse__results mark').length") > 0
    assert browser.js("document.querySelectorAll('.archive-browse__results img').length") == 0


def test_count_link_opens_the_browse_page_by_instant_navigation(browser: Browser, server: StaticServer) -> None:
    search_box(browser, server, "quokka")
    browser.wait_for("document.querySelector('.md-search-result__meta a') !== null")
    browser.js("window.__samePage = true; document.querySelector('.md-search-result__meta a').click(); true")
    browser.wait_for("location.pathname === '/repo/browse/'")
    browser.wait_for("document.querySelector('.archive-browse__status')?.textContent === '25 results'")
    assert browser.js("document.querySelector('#archive-browse-q').value") == "quokka"
    # The theme swapped the page in (no page load): the browse page started from the theme's document$.
    assert browser.js("window.__samePage === true")

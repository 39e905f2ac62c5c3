"""End-to-end search in headless Chromium: the fixture site plus 25 planted articles, served under /repo/,
its search index in shards of 8 pages (so every count below adds up results from several shards).

The planted articles give figures worked out by hand: 25 mention "quokka" (more than the 10 results the
theme is handed, so only an exact count says 25); 10 are by "Zoë Gérard-Rodriguez" (typed without
accents), 15 dated 2018 and 10 dated 2020; all from "Nature Weekly", 5 tagged "Marsupials".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from browser import StaticServer, recorded_page
from playwright.sync_api import Browser, Page, Route
from sitebuild import ABOUT, build_site

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
        colony = (
            f"number {n} was counted near the {place} lighthouse at dawn colony time"
            if n == 12
            else f"colony number {n} was counted at dawn near the {place} lighthouse"
        )
        pages[f"field-{n:02d}.md"] = ARTICLE.format(
            n=n, author=author, year=2018 if n < 15 else 2020, day=n + 1, tags=tags, colony=colony
        )
    return pages


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    root = tmp_path_factory.mktemp("search-e2e")
    (root / "site").mkdir()
    with StaticServer(root / "site", "/repo/") as srv:
        build_site(root, site_url=srv.url, extra=planted(), pages={"about.md": ABOUT}, shard_pages=8)
        yield srv


@pytest.fixture
def page(chromium: Browser, server: StaticServer) -> Iterator[Page]:
    # Nothing leaves 127.0.0.1, and no page logged an error or opened a dialog (the planted markup alerts).
    with recorded_page(chromium, server.origin) as page:
        yield page


def search_box(page: Page, server: StaticServer, query: str) -> None:
    """Type `query` into the theme's header search box on the home page, key by key."""
    page.goto(server.url)
    page.locator(".md-search__input").focus()
    page.keyboard.type(query)
    page.wait_for_function("document.querySelector('.md-search-result__item') !== null")


def meta_starts(page: Page, text: str) -> None:
    """Wait until the count above the results starts with `text`."""
    page.wait_for_function("t => document.querySelector('.md-search-result__meta').textContent.startsWith(t)", arg=text)


def result_titles(page: Page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('.md-search-result__item h1')].map(e => e.textContent)")


def pump_until(page: Page, condition: Callable[[], bool], failure: str, seconds: float = 30.0) -> None:
    """Let Playwright pump its events until `condition()` holds (route handlers and console listeners run only
    then, and on a busy machine their events come late), for `seconds` at least."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        page.wait_for_timeout(50)
    raise AssertionError(failure)


def test_exact_count_and_marked_snippet_in_the_theme_box(page: Page, server: StaticServer) -> None:
    search_box(page, server, "quokka")
    # 25 articles match; the theme alone would count the 10 results it was handed.
    meta_starts(page, "25 results")
    marks = page.evaluate("[...document.querySelectorAll('.md-search-result__item mark')].map(m => m.textContent)")
    assert marks and {m.lower() for m in marks} == {"quokka"}
    # The escaped markup in the body stays text: no element was made from it.
    assert page.evaluate("document.querySelectorAll('.md-search-result img').length") == 0
    assert "<img src=x" in page.evaluate("document.querySelector('.md-search-result__list').textContent")
    # The count's link opens the browse page for the same words.
    href = page.evaluate("document.querySelector('.md-search-result__meta a').href")
    assert href == server.url + "browse/?q=quokka"


def test_snippets_hold_the_article_text_not_its_header(page: Page, server: StaticServer) -> None:
    search_box(page, server, "quokka")
    meta_starts(page, "25 results")
    # The theme puts the snippet in the result's <article>, after its <h1>.
    snippets = page.evaluate(
        "[...document.querySelectorAll('.md-search-result__article')]"
        ".map(a => a.textContent.slice(a.querySelector('h1').textContent.length))"
    )
    assert len(snippets) == 10
    # Each planted body starts "The quokka": the breadcrumb, byline, dateline and tag chips above it are not indexed.
    for text in snippets:
        assert text.startswith("The quokka"), text
        for header in ("Home", "Nature Weekly", "min read", "Sam Lee", "Gérard", "Marsupials", "Islands", "original"):
            assert header not in text, (header, text)


def test_hand_written_page_is_found_and_marked_as_a_page(page: Page, server: StaticServer) -> None:
    search_box(page, server, "wombat ledger")
    meta_starts(page, "1 result")
    assert result_titles(page) == ["Page: About this archive"]
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_function("location.pathname === '/repo/about/'")


def test_a_query_typed_key_by_key_fetches_only_the_last_ones_fragments(page: Page, server: StaticServer) -> None:
    # The theme sends a query per key press. Held until the whole query is typed (Pagefind's wasm is not in
    # yet), the superseded ones must not each fetch a fragment per result the newest one is waiting behind.
    held: list[Route] = []
    page.context.route("**/pagefind/wasm.*", lambda route: held.append(route))
    fragments: list[str] = []
    page.on("request", lambda r: fragments.append(r.url) if "/pagefind/fragment/" in r.url else None)
    page.goto(server.url)
    page.locator(".md-search__input").focus()
    page.keyboard.type("wadjemup")  # "w", "wa", ... match the other pages too
    # The worker's request reaches the route handler only while Playwright pumps events: wait for it (on a
    # busy machine it arrives after the last key, still held, so the typed queries all wait behind it).
    pump_until(page, lambda: bool(held), "the search worker never asked for Pagefind's wasm")
    for route in held:
        route.continue_()
    meta_starts(page, "1 result")
    pump_until(page, lambda: bool(fragments), "the result's fragment was never asked for")
    page.wait_for_timeout(500)  # (time for a superseded query's fragments to be asked for, were there any)
    assert len(fragments) == 1, fragments  # the one page that says "Wadjemup"


# Pagefind's search method in pagefind.js (1.5), and a line that logs each search from the worker (not the
# preloads, which fetch a query's index chunks and stop before searching). The first is each shard's;
# MERGED_SEARCH is the search over all shards that the worker calls.
PAGEFIND_SEARCH = "async search(term,options2={}){"
MERGED_SEARCH = "async search(term,options2={}){let search2="
LOG_SEARCH = 'if (!options2.preload) console.log("pagefind search: " + term);'


# The worker searches a query no key press replaced within 80 ms (120 ms for a word of one or two letters).
# Playwright's key presses come farther apart than that on a busy machine (up to 0.3 s measured at load 20):
# for the tests of "typed fast", the wait is made long enough that they always are.
SETTLE = re.compile(r"const (SETTLE_SHORT_MS|SETTLE_MS) = \d+;")


def settle_slowly(page: Page) -> list[str]:
    """Serve the search worker with a 3 s wait for the next key; the addresses it was served at."""
    served: list[str] = []

    def rewrite(route: Route) -> None:
        script, found = SETTLE.subn(r"const \1 = 3000;", route.fetch().text())
        assert found == 2, "archive-pagefind.js changed: update SETTLE"
        served.append(route.request.url)
        route.fulfill(body=script, content_type="text/javascript")

    page.context.route("**/workers/archive-pagefind.js*", rewrite)
    return served


def test_a_query_typed_fast_is_searched_once(page: Page, server: StaticServer) -> None:
    # Pagefind's search blocks the worker, and the first, shortest prefixes are the slowest to search:
    # searched one per key press, they held the query typed last behind them.
    def instrument(route: Route) -> None:
        script = route.fetch().text()
        assert MERGED_SEARCH in script, "pagefind.js changed: update MERGED_SEARCH"
        logged = script.replace(MERGED_SEARCH, PAGEFIND_SEARCH + LOG_SEARCH + MERGED_SEARCH[len(PAGEFIND_SEARCH) :], 1)
        route.fulfill(body=logged, content_type="text/javascript")

    searched: list[str] = []
    page.on("console", lambda m: searched.append(m.text) if m.text.startswith("pagefind search: ") else None)
    page.context.route("**/pagefind/pagefind.js", instrument)
    slowed = settle_slowly(page)
    search_box(page, server, "wadjemup")
    meta_starts(page, "1 result")
    pump_until(page, lambda: len(searched) >= 2, f"the query typed last was not searched twice: {searched}")
    page.wait_for_timeout(300)  # (time for a superseded query's search to show, were there one)
    # The query typed last alone: as a phrase of the words as typed, then with its last word as a prefix.
    assert searched == ['pagefind search: "wadjemup"', "pagefind search: wadjemup"]
    assert slowed, "the search worker was not the one with the longer wait"


LOG_PRELOAD = 'console.log((options2.preload ? "pagefind preload: " : "pagefind search: ") + term);'


def test_a_querys_index_chunks_load_while_it_waits_for_the_next_key(page: Page, server: StaticServer) -> None:
    # The wait for the next key is spent fetching what the first search reads, not idle.
    def instrument(route: Route) -> None:
        script = route.fetch().text()
        assert PAGEFIND_SEARCH in script, "pagefind.js changed: update PAGEFIND_SEARCH"
        route.fulfill(
            body=script.replace(PAGEFIND_SEARCH, PAGEFIND_SEARCH + LOG_PRELOAD, 1), content_type="text/javascript"
        )

    calls: list[str] = []
    page.on("console", lambda m: calls.append(m.text) if m.text.startswith("pagefind ") else None)
    page.context.route("**/pagefind/pagefind.js", instrument)
    search_box(page, server, "wadjemup")
    meta_starts(page, "1 result")
    pump_until(page, lambda: 'pagefind search: "wadjemup"' in calls, f"no search of the query typed last: {calls}")
    assert 'pagefind preload: "wadjemup"' in calls
    assert calls.index('pagefind preload: "wadjemup"') < calls.index('pagefind search: "wadjemup"')
    assert not [c for c in calls if c.startswith("pagefind preload: ") and len(c) < len('pagefind preload: "wa"')]


# Holds each search for a word as a prefix (the slow one on a common word) on a request the test answers
# when it has looked: a hold of so many seconds was a race on a machine busy enough to take longer.
HOLD_URL = "/hold-prefix-search"
SLOW_PREFIX_SEARCH = "if (!term.startsWith('\"')) await fetch('" + HOLD_URL + "');"


def test_the_first_results_show_before_the_slow_search_counts_them(page: Page, server: StaticServer) -> None:
    # The word as typed is searched first, exactly, several times faster than as a prefix on a common
    # word; when it fills the list the list is shown, and the count follows.
    def slow(route: Route) -> None:
        script = route.fetch().text()
        assert PAGEFIND_SEARCH in script, "pagefind.js changed: update PAGEFIND_SEARCH"
        route.fulfill(
            body=script.replace(PAGEFIND_SEARCH, PAGEFIND_SEARCH + SLOW_PREFIX_SEARCH, 1),
            content_type="text/javascript",
        )

    held: list[Route] = []
    released: list[bool] = []

    def hold(route: Route) -> None:
        if released:
            route.fulfill(body="")
        else:
            held.append(route)

    page.context.route("**/pagefind/pagefind.js", slow)
    page.context.route("**" + HOLD_URL, hold)
    search_box(page, server, "quokka")
    assert len(result_titles(page)) == 10
    assert page.evaluate("document.querySelector('.md-search-result__meta').textContent") == "Counting results…"
    released.append(True)
    for route in held:
        route.fulfill(body="")
    meta_starts(page, "25 results")
    assert held, "the prefix search never reached its hold"
    assert len(result_titles(page)) == 10


def test_accents_fold_and_words_stem(page: Page, server: StaticServer) -> None:
    search_box(page, server, "gerard rodriguez")
    meta_starts(page, "10 results")
    search_box(page, server, "walked")  # the pages say "walking"
    meta_starts(page, "25 results")


def test_quoted_phrase_and_pasted_sentence(page: Page, server: StaticServer) -> None:
    search_box(page, server, '"near the Wadjemup lighthouse"')
    meta_starts(page, "1 result")
    assert result_titles(page) == ["Field notes 7"]
    # Unquoted (as typed or pasted), the page holding the words as a phrase comes first of the 25.
    search_box(page, server, "dawn colony")
    meta_starts(page, "25 results")
    assert result_titles(page)[0] == "Field notes 12"


def test_hostile_title_is_shown_as_text(page: Page, server: StaticServer) -> None:
    search_box(page, server, "hostile")
    meta_starts(page, "1 result")
    assert result_titles(page) == ["<script>alert(1)</script>"]
    assert page.evaluate("document.querySelectorAll('.md-search-result script').length") == 0


def browse(page: Page, server: StaticServer, query: str = "") -> None:
    page.goto(server.url + "browse/" + query)
    page.wait_for_function("document.querySelector('#archive-browse-source').options.length > 1")


def wait_status(page: Page, text: str) -> None:
    page.wait_for_function("t => document.querySelector('.archive-browse__status')?.textContent === t", arg=text)


def choose(page: Page, facet: str, value: str) -> None:
    """Pick a filter value from the keyboard: focus the list, then arrow down until it is chosen."""
    select = page.locator(f"#archive-browse-{facet}")
    select.focus()
    for _ in range(30):
        if select.evaluate("s => s.value") == value:
            return
        page.keyboard.press("ArrowDown")
        page.wait_for_timeout(100)
    raise AssertionError(f"{value!r} not reachable in the {facet} list")


def test_browse_without_a_query_by_facets_with_counts(page: Page, server: StaticServer) -> None:
    browse(page, server)
    options = page.evaluate("[...document.querySelector('#archive-browse-year').options].map(o => o.textContent)")
    # Six fixture articles: four from 2019, two undated; the planted 15 + 10.
    assert options == ["Any year", "2018 (15)", "2020 (10)", "2019 (4)"]
    choose(page, "source", "Nature Weekly")
    wait_status(page, "25 results")
    # Twenty shown; the rest from the keyboard, with the "More results" button.
    assert page.evaluate("document.querySelectorAll('.archive-browse__results li').length") == 20
    page.locator(".archive-browse__more").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('.archive-browse__results li').length === 25")
    assert page.evaluate("document.querySelector('.archive-browse__more').hidden") is True
    choose(page, "tag", "Marsupials")
    wait_status(page, "5 results")
    assert page.evaluate("location.search") == "?source=Nature+Weekly&tag=Marsupials"
    titles = page.evaluate("[...document.querySelectorAll('.archive-browse__results h2 a')].map(a => a.textContent)")
    assert sorted(titles) == [f"Field notes {n}" for n in (0, 10, 15, 20, 5)]


def test_filter_a_query_by_author_and_year(page: Page, server: StaticServer) -> None:
    browse(page, server, "?q=quokka&year=2018")
    wait_status(page, "15 results")
    authors = page.evaluate("[...document.querySelector('#archive-browse-author').options].map(o => o.textContent)")
    assert authors == ["Any author", "Zoë Gérard-Rodriguez (10)", "Sam Lee (5)"]
    assert page.evaluate("document.querySelectorAll('.archive-browse__results mark').length") > 0
    assert page.evaluate("document.querySelectorAll('.archive-browse__results img').length") == 0


def test_count_link_opens_the_browse_page_by_instant_navigation(page: Page, server: StaticServer) -> None:
    search_box(page, server, "quokka")
    page.wait_for_function("document.querySelector('.md-search-result__meta a') !== null")
    page.evaluate("() => { window.__samePage = true; document.querySelector('.md-search-result__meta a').click(); }")
    page.wait_for_function("location.pathname === '/repo/browse/'")
    wait_status(page, "25 results")
    assert page.evaluate("document.querySelector('#archive-browse-q').value") == "quokka"
    # The theme swapped the page in (no page load): the browse page started from the theme's document$.
    assert page.evaluate("window.__samePage === true")

"""End-to-end: the sample site plus the fixture articles, built and served under /repo/, in headless Chromium.

Debian's chromium is installed with apt-get when missing; the tests skip only when that is impossible.
Screenshots go to test-artifacts/ (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp import Browser, StaticServer, ensure_chromium, time_first_result

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
ARTIFACTS = ROOT / "test-artifacts"
AUDI = "Audi reveals the e-tron Sportback"

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = ensure_chromium()
    if binary is None:
        pytest.skip("Debian's chromium is not installed and apt-get could not install it")
    return binary


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    """The converted sample raw/ pages and the fixture articles, built in strict mode, served under /repo/."""
    work = tmp_path_factory.mktemp("e2e")
    docs, site = work / "docs", work / "site"
    subprocess.run([sys.executable, "-m", "converter", "convert", str(ROOT / "raw"), str(docs / "articles")],
                   cwd=ROOT, check=False, capture_output=True)
    for fixture in FIXTURES.glob("*.md"):
        shutil.copy(fixture, docs / "articles" / fixture.name)
    shutil.copy(ROOT / "docs" / "index.md", docs / "index.md")
    site.mkdir()
    with StaticServer(site, "/repo/") as srv:
        config = (ROOT / "mkdocs.yml").read_text("utf-8")
        config = config.replace("docs_dir: docs", f"docs_dir: {docs}").replace("site_dir: site", f"site_dir: {site}")
        (work / "mkdocs.yml").write_text(config, "utf-8")
        env = {**os.environ, "SITE_URL": srv.url, "NO_MKDOCS_2_WARNING": "1"}
        mkdocs = Path(sys.executable).parent / "mkdocs"
        subprocess.run([str(mkdocs), "build", "--strict", "-q", "-f", str(work / "mkdocs.yml")], env=env, check=True)
        yield srv


@pytest.fixture
def browser(chromium: str, server: StaticServer) -> Iterator[Browser]:
    with Browser(chromium) as b:
        b.send("Page.setBypassCSP", enabled=False)
        yield b
        b.drain(0.3)
        # Nothing leaves 127.0.0.1, and no page logged an error or opened a dialog.
        outside = [u for u in b.requests if not u.startswith((server.url.split("/repo/")[0] + "/", "data:", "blob:"))]
        assert outside == []
        assert b.errors == []
        assert not any(e["method"] == "Page.javascriptDialogOpening" for e in b.events)


def click_link(browser: Browser, text: str) -> None:
    """Click the first content link with this text, and wait until instant navigation has swapped the page in."""
    before = h1(browser)
    href = browser.js(f"""(() => {{
        const a = [...document.querySelectorAll('article a')].find(a => a.textContent.trim() === {text!r});
        if (!a) return null; a.click(); return a.href; }})()""")
    assert href, f"no link {text!r}"
    # Listing pages swap in by instant navigation (the address changes first), articles by a page load.
    browser.wait_for(f"""location.href === {href!r} && document.readyState === 'complete'
        && document.querySelector('article h1') !== null
        && document.querySelector('article h1').textContent.trim() !== {before!r}""")


def h1(browser: Browser) -> str:
    return browser.js("document.querySelector('article h1')?.textContent.trim() ?? ''")


def test_browse_home_article_author_and_source(browser: Browser, server: StaticServer) -> None:
    browser.goto(server.url)
    entries = browser.js("[...document.querySelectorAll('.archive-entry__title')].map(a => a.textContent)")
    assert len(entries) >= 5  # newest articles, paginated
    browser.screenshot(ARTIFACTS / "home.png")
    browser.goto(server.url + "sources/slashgear/")
    click_link(browser, AUDI)
    assert h1(browser) == AUDI
    assert browser.js("location.pathname") == "/repo/articles/audi/"
    related = browser.js("""Object.fromEntries([...document.querySelectorAll('.archive-related a')]
        .map(a => [a.textContent, a.href]))""")
    assert related["Banking is broke"] == server.url + "articles/banking/"
    assert related["Nowhere Article"] == "https://nowhere.example/x"
    raw = browser.js("document.querySelector('.archive-raw').textContent")
    assert "Archived from scrapinghub/html/audi.html" in raw
    browser.screenshot(ARTIFACTS / "article.png")
    click_link(browser, "Chris Davies")
    assert h1(browser) == "Chris Davies"
    assert browser.js("location.pathname") == "/repo/authors/chris-davies/"
    click_link(browser, AUDI)
    click_link(browser, "more from SlashGear")
    assert h1(browser) == "SlashGear"


def test_embedded_article_links_to_its_carrier(browser: Browser, server: StaticServer) -> None:
    browser.goto(server.url + "articles/carried/")
    click_link(browser, AUDI)
    assert browser.js("location.pathname") == "/repo/articles/audi/"


def test_search_finds_a_body_phrase_and_opens_it(browser: Browser, server: StaticServer) -> None:
    browser.send("Network.setCacheDisabled", cacheDisabled=True)
    browser.goto(server.url)
    seconds = time_first_result(browser, "zorblax capacitors")
    print(f"first search result after {seconds:.3f} s")  # a figure, not an assertion
    browser.wait_for("document.querySelector('.md-search-result__item h1')?.textContent.includes('Audi')")
    browser.screenshot(ARTIFACTS / "search.png")
    browser.js("document.querySelector('.md-search-result__item a').click()")
    browser.wait_for("location.pathname === '/repo/articles/audi/'")
    browser.wait_for("document.querySelector('article h1')?.textContent === " + repr(AUDI))


def test_search_by_author_and_source_name(browser: Browser, server: StaticServer) -> None:
    browser.goto(server.url + "archive/")
    time_first_result(browser, "molly wood")
    browser.wait_for("document.querySelector('.md-search__input').value === 'molly wood'")
    browser.wait_for("[...document.querySelectorAll('.md-search-result__item h1')]"
                     ".some(e => e.textContent === 'The future of banking')")
    browser.js("document.querySelector('.md-search__input').value = ''")
    browser.type_text("slashgear")
    browser.wait_for("[...document.querySelectorAll('.md-search-result__item h1')]"
                     f".some(e => e.textContent === {AUDI!r})")


def test_hostile_article_runs_no_script(browser: Browser, server: StaticServer) -> None:
    browser.goto(server.url + "articles/hostile/")
    assert h1(browser) == "<script>alert(1)</script>"
    assert browser.js("document.title").startswith("<script>alert(1)</script>")


def test_dark_palette_and_404(browser: Browser, server: StaticServer) -> None:
    browser.goto(server.url)
    before = browser.js("document.body.getAttribute('data-md-color-scheme')")
    browser.js("document.querySelector('label.md-header__button[for^=__palette]:not([hidden])').click()")
    browser.wait_for(f"document.body.getAttribute('data-md-color-scheme') !== {before!r}")
    browser.errors.clear()
    browser.goto(server.url + "no/such/page/")
    assert browser.js("document.querySelector('article h1').textContent.trim()") == "404 - Not found"
    # The 404 page's stylesheets load from the sub-path: the header is styled.
    assert browser.js("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    browser.errors[:] = [e for e in browser.errors if "404" not in e]  # the page itself is a 404 response

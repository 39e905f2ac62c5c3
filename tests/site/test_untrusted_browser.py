"""End-to-end: pages built from hostile front matter (fixtures/untrusted) run no script in headless Chromium.

Every page that shows one of those articles is loaded with `alert`, `confirm` and `prompt` replaced by a
console marker before any page script runs, and any dialog that still opens is recorded too; a page that
runs front-matter script fails. A control page with a real inline script checks that the detector works.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cdp import Browser, StaticServer, ensure_chromium
from sitebuild import FIXTURES, build_untrusted_site

pytestmark = [pytest.mark.slow, pytest.mark.browser]

MARKER = "front-matter-script-ran:"
TRAP = f"""for (const name of ["alert", "confirm", "prompt"]) {{
  window[name] = (message) => console.log({MARKER!r} + name + ":" + message);
}}"""
PAGES = sorted(
    [f"articles/{p.stem}/" for p in (FIXTURES / "untrusted").glob("*.md")]
    + ["handwritten/", "", "page/2/", "page/3/", "archive/", "archive/undated/", "archive/2024/01/", "authors/",
       "tags/", "sources/", "feed.xml"]
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaticServer]:
    root = tmp_path_factory.mktemp("untrusted-e2e")
    site = root / "site"
    site.mkdir()
    with StaticServer(site, "/repo/") as srv:
        build_untrusted_site(root, site_url=srv.url)
        (site / "control.html").write_text('<html><body><script>alert("control")</script></body></html>', "utf-8")
        yield srv


@pytest.fixture(scope="module")
def browser(server: StaticServer) -> Iterator[Browser]:
    binary = ensure_chromium()
    if binary is None:
        pytest.skip("Debian's chromium is not installed and apt-get could not install it")
    with Browser(binary) as b:
        b.send("Page.addScriptToEvaluateOnNewDocument", source=TRAP)
        yield b


def script_runs(browser: Browser, url: str) -> list[str]:
    """What ran on the page: marked console messages and dialogs."""
    browser.goto(url)
    browser.drain(0.5)  # scripts that run after the load event, and redirects
    ran = []
    for event in browser.events:
        params = event.get("params", {})
        if event["method"] == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", "")) for a in params.get("args", []))
            if text.startswith(MARKER):
                ran.append(text)
        elif event["method"] == "Page.javascriptDialogOpening":
            ran.append(f"dialog: {params.get('message')}")
            browser.send("Page.handleJavaScriptDialog", accept=True)
    return ran


def test_the_detector_sees_a_script_run(browser: Browser, server: StaticServer) -> None:
    assert script_runs(browser, server.url + "control.html") == [MARKER + "alert:control"]


@pytest.mark.parametrize("page", PAGES)
def test_no_front_matter_value_runs_script(browser: Browser, server: StaticServer, page: str) -> None:
    assert script_runs(browser, server.url + page) == []
    if page != "feed.xml":
        assert browser.js("document.querySelector('article h1')?.textContent") not in (None, "404 - Not found")
    # Still the archive's page, not a redirect to a front-matter location.
    assert browser.js("location.href").startswith(server.url + page)


def test_the_article_shows_its_title_as_text(browser: Browser, server: StaticServer) -> None:
    script_runs(browser, server.url + "articles/odd-values/")
    assert browser.js("document.querySelector('article h1').textContent") == "Odd values"
    related = browser.js("document.querySelector('.archive-related li').textContent")
    assert related == '<script>alert("related")</script>'



"""End-to-end: pages built from hostile front matter (fixtures/untrusted) run no script in headless Chromium.

Every page that shows one of those articles is loaded with `alert`, `confirm` and `prompt` replaced by a
console marker before any page script runs, and any dialog that still opens is recorded too; a page that
runs front-matter script fails. A control page with a real inline script checks that the detector works.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser import Recorder, StaticServer
from playwright.sync_api import Browser, Page
from sitebuild import FIXTURES, build_untrusted_site

pytestmark = [pytest.mark.slow, pytest.mark.browser]

MARKER = "front-matter-script-ran:"
TRAP = f"""for (const name of ["alert", "confirm", "prompt"]) {{
  window[name] = (message) => console.log({MARKER!r} + name + ":" + message);
}}"""
PAGES = sorted(
    [f"articles/{p.stem}/" for p in (FIXTURES / "untrusted").glob("*.md")]
    + [
        "handwritten/",
        "",
        "page/2/",
        "page/3/",
        "archive/",
        "archive/undated/",
        "archive/2024/01/",
        "authors/",
        "tags/",
        "sources/",
        "feed.xml",
    ]
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
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context()
    context.add_init_script(TRAP)
    yield context.new_page()
    context.close()


def script_runs(page: Page, url: str) -> list[str]:
    """What ran on the page: marked console messages and dialogs."""
    recorder = Recorder()
    recorder.attach(page)
    page.goto(url)
    page.wait_for_timeout(500)  # scripts that run after the load event, and redirects
    page.remove_listener("console", recorder._console)
    page.remove_listener("dialog", recorder._dialog)
    return [m for m in recorder.console if m.startswith(MARKER)] + [f"dialog: {d}" for d in recorder.dialogs]


def test_the_detector_sees_a_script_run(page: Page, server: StaticServer) -> None:
    assert script_runs(page, server.url + "control.html") == [MARKER + "alert:control"]


@pytest.mark.parametrize("url", PAGES)
def test_no_front_matter_value_runs_script(page: Page, server: StaticServer, url: str) -> None:
    assert script_runs(page, server.url + url) == []
    if url != "feed.xml":
        assert page.evaluate("document.querySelector('article h1')?.textContent") not in (None, "Page not found")
    # Still the archive's page, not a redirect to a front-matter location.
    assert page.url.startswith(server.url + url)


def test_the_article_shows_its_title_as_text(page: Page, server: StaticServer) -> None:
    script_runs(page, server.url + "articles/odd-values/")
    assert page.locator("article h1").text_content() == "Odd values"
    assert page.locator(".archive-related li").first.text_content() == '<script>alert("related")</script>'

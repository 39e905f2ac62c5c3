"""Screenshots of the archive as a reader sees it, for the README: home, an article and search,
at desktop and phone sizes, in headless Chromium (Debian's, through Playwright).

    .venv/bin/python scripts/screenshots.py [--out screenshots] [--article SLUG] [--query WORDS]

Converts the sample pages in raw/, builds the site with the project's mkdocs.yml into a temporary
folder, serves it on 127.0.0.1 and writes PNGs to --out (outside docs/, so the site never ships them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "site"))

from browser import DESKTOP, PHONE, StaticServer, find_chromium, launch  # noqa: E402
from playwright.sync_api import Page, sync_playwright  # noqa: E402


def build(work: Path) -> Path:
    docs, site = work / "docs", work / "site"
    subprocess.run(
        [sys.executable, "-m", "converter", "convert", str(ROOT / "raw"), str(docs / "articles")],
        cwd=ROOT,
        check=False,
        capture_output=True,
    )
    shutil.copy(ROOT / "docs" / "index.md", docs / "index.md")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace("docs_dir: docs", f"docs_dir: {docs}").replace("site_dir: site", f"site_dir: {site}")
    (work / "mkdocs.yml").write_text(config, "utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1:8000/"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run([str(mkdocs), "build", "--strict", "-q", "-f", str(work / "mkdocs.yml")], env=env, check=True)
    return site


def pick_article(page: Page, url: str) -> str:
    """The home page's first article with a byline, tags and a link to the original, else its first article."""
    page.goto(url)
    hrefs = page.eval_on_selector_all(".archive-entry__title", "as => as.map(a => a.href)")
    for href in hrefs:
        page.goto(href)
        if all(page.locator(s).count() for s in (".archive-byline", ".archive-original", ".archive-tags")):
            return href
    return hrefs[0]


def shoot(page: Page, url: str, path: Path, query: str | None = None) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if query:
        page.locator(".md-search__input").focus() if page.locator(".md-search__input").is_visible() else page.locator(
            "label.md-header__button[for=__search]"
        ).click()
        page.keyboard.type(query)
        page.wait_for_selector(".md-search-result__item")
        page.wait_for_timeout(400)
    page.screenshot(path=path)
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--article", help="an article's slug (default: the newest with a byline and tags)")
    parser.add_argument("--query", default="trump", help="words typed into the search box")
    args = parser.parse_args()
    binary = find_chromium()
    if binary is None:
        raise SystemExit("Debian's chromium is needed: apt-get install chromium (or make chromium)")
    args.out.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as tmp,
        StaticServer(build(Path(tmp)), "/") as server,
        sync_playwright() as playwright,
    ):
        browser = launch(playwright, binary)
        for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            context = browser.new_context(viewport=viewport, is_mobile=name == "phone", device_scale_factor=1)
            page = context.new_page()
            article = server.url + f"articles/{args.article}/" if args.article else pick_article(page, server.url)
            shoot(page, server.url, args.out / f"home-{name}.png")
            shoot(page, article, args.out / f"article-{name}.png")
            shoot(page, server.url, args.out / f"search-{name}.png", args.query)
            context.close()
        browser.close()


if __name__ == "__main__":
    main()

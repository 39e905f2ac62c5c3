"""MHTML as Chromium really writes it (DevTools `Page.captureSnapshot`), read back with its image."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from converter.containers import SavedPage, image_references, open_container
from converter.containers.samples import png, write

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "site"))
# The site tests' static server; the browser is the session's `chromium` fixture (tests/conftest.py).
from browser import StaticServer

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def test_chromium_snapshot_gives_the_page_and_its_image(tmp_path: Path, chromium) -> None:
    image = png(16, 16, (10, 120, 200))
    site = tmp_path / "site"
    write(site / "img" / "photo.png", image)
    html = "<!DOCTYPE html><html><head><title>Snapshot story</title></head><body><h1>Snapshot story</h1>"
    html += '<p>Body text of the story.</p><img src="img/photo.png" alt="A photo"></body></html>'
    write(site / "story.html", html.encode())
    with StaticServer(site) as server:
        page = chromium.new_page()
        page.goto(server.url + "story.html")
        snapshot = page.context.new_cdp_session(page).send("Page.captureSnapshot", {"format": "mhtml"})["data"]
        page.context.close()
    path = write(tmp_path / "story.mhtml", snapshot.encode("utf-8"))
    with open_container(path, "story.mhtml") as container:
        (page,) = list(container.items())
        assert isinstance(page, SavedPage)
        assert page.url == server.url + "story.html"
        assert page.hints.title == "Snapshot story"
        assert b"Body text of the story." in page.data
        (src,) = image_references(page.data).srcs
        assert page.asset(src, 10_000) == image

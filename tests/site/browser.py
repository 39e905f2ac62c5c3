"""Headless Chromium for the browser tests, the bench and the screenshots: Playwright driving Debian's chromium.

Playwright's own browser download is never used (`executable_path` points at /usr/bin/chromium); the
Makefile installs Debian's package when it is missing. Also a static server that serves the site under a
sub-path, as GitHub Pages serves a project site, with the site's 404.html for a missing page.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, Playwright, ViewportSize

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}


def find_chromium() -> str | None:
    """Debian's chromium (installed by `make test`/CI with apt-get), or None."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def launch(playwright: Playwright, binary: str) -> Browser:
    return playwright.chromium.launch(executable_path=binary, args=CHROMIUM_FLAGS, headless=True)


@dataclass
class Recorder:
    """What a page did: every request URL, console errors and uncaught exceptions, dialogs opened."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> Page:
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)
        return page

    def _console(self, message: Any) -> None:
        self.console.append(message.text)
        if message.type == "error":
            self.errors.append(f"{message.text} {message.location.get('url', '')}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


class _PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under a URL prefix such as /repo/; a missing page gets 404.html with status 404."""

    prefix = "/"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return "/nonexistent-outside-prefix"
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class StaticServer:
    """`python -m http.server` in a thread, on 127.0.0.1 and a free port, under a prefix."""

    def __init__(self, root: Path, prefix: str = "/") -> None:
        handler = type("Handler", (_PrefixHandler,), {"prefix": prefix})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.url = self.origin + prefix
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> StaticServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# Time from the first key press to the first search result, measured inside the page.
FIRST_RESULT_PROBE = """() => {
  window.__firstResult = null;
  const list = document.querySelector(".md-search-result__list");
  new MutationObserver((_, obs) => {
    if (list.querySelector(".md-search-result__item")) {
      window.__firstResult = performance.now(); obs.disconnect();
    }
  }).observe(list, {childList: true, subtree: true});
  document.querySelector(".md-search__input").focus();
  window.__typed = performance.now();
}"""


@contextmanager
def recorded_page(browser: Browser, origin: str, ignore_error: str | None = None) -> Iterator[Page]:
    """A desktop page in a fresh context; afterwards, nothing left `origin`, and no page logged an error
    (but those containing `ignore_error`) or opened a dialog."""
    context = browser.new_context(viewport=DESKTOP)
    recorder = Recorder()
    page = recorder.attach(context.new_page())
    yield page
    page.wait_for_timeout(300)
    context.close()
    outside = [u for u in recorder.requests if not u.startswith((origin + "/", "data:", "blob:"))]
    assert outside == []
    errors = [e for e in recorder.errors if not (ignore_error and ignore_error in e)]
    assert errors == [], errors  # (no assertion rewriting here: say what they were)
    assert recorder.dialogs == []


def time_first_result(page: Page, words: str, timeout: float = 60.0) -> float:
    """Seconds from typing `words` into the header search box (real key events) to the first rendered result."""
    page.evaluate(FIRST_RESULT_PROBE)
    page.keyboard.type(words)
    page.wait_for_function("window.__firstResult !== null", timeout=timeout * 1000)
    return page.evaluate("(window.__firstResult - window.__typed) / 1000")

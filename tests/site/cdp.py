"""A small headless-Chromium driver over the DevTools protocol (websocket-client), plus a static server.

Used by the browser tests and by bench/bench_site.py. Chromium is Debian's package; nothing
is downloaded by a test tool. Every page request and console error is recorded so tests can
check that nothing leaves 127.0.0.1 and that pages log no errors.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
    "--disable-extensions", "--disable-dev-shm-usage", "--window-size=1280,900", "--remote-debugging-port=0",
]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def ensure_chromium() -> str | None:
    """Debian's chromium, installed with apt-get when missing (CI runs as root); None if impossible."""
    path = find_chromium()
    if path:
        return path
    if shutil.which("apt-get") is None:
        return None
    env = {"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        try:
            subprocess.run(cmd, check=True, env=env, capture_output=True, timeout=900)
        except (OSError, subprocess.SubprocessError):
            return None
    return find_chromium()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _PrefixHandler(_QuietHandler):
    """Serves the site under a URL prefix such as /repo/, as GitHub Pages does for project sites."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return "/nonexistent-outside-prefix"
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Like GitHub Pages: a missing page gets the site's 404.html, with status 404."""
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
    """`python -m http.server` in a thread, on 127.0.0.1 and a free port, optionally under a prefix."""

    def __init__(self, root: Path, prefix: str = "/") -> None:
        handler = type("Handler", (_PrefixHandler,), {"prefix": prefix})
        self.httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
        )
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> StaticServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Browser:
    """One headless Chromium with one page, driven over CDP."""

    def __init__(self, binary: str, timeout: float = 30.0) -> None:
        self.profile = tempfile.mkdtemp(prefix="chromium-profile-")
        self.proc = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("Chromium did not start")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=timeout) as resp:
            targets = json.load(resp)
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True)
        self.timeout = timeout
        self._id = 0
        self.events: list[dict[str, Any]] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")

    # -- protocol ------------------------------------------------------------------------------

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            message = self._receive(self.timeout)
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def _receive(self, timeout: float) -> dict[str, Any]:
        self.ws.settimeout(timeout)
        message = json.loads(self.ws.recv())
        if "method" in message:
            self._record(message)
        return message

    def _record(self, event: dict[str, Any]) -> None:
        self.events.append(event)
        method, params = event["method"], event.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(f"{params['entry'].get('text')} {params['entry'].get('url', '')}")

    def drain(self, seconds: float = 0.0) -> None:
        """Record events that arrived without a command waiting for them."""
        end = time.monotonic() + seconds
        while True:
            left = max(0.001, end - time.monotonic())
            try:
                self._receive(left)
            except websocket.WebSocketTimeoutException:
                return
            if time.monotonic() >= end and seconds:
                return

    # -- page helpers ------------------------------------------------------------------------

    def goto(self, url: str) -> None:
        self.events.clear()
        self.send("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def wait_event(self, method: str) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        seen = len(self.events)
        while time.monotonic() < deadline:
            for event in self.events[seen:]:
                if event["method"] == method:
                    return event
            seen = len(self.events)
            try:
                self._receive(max(0.01, deadline - time.monotonic()))
            except websocket.WebSocketTimeoutException:
                break
        raise TimeoutError(method)

    def js(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("exception", {}).get("description"))
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> Any:
        deadline = time.monotonic() + (timeout or self.timeout)
        while time.monotonic() < deadline:
            try:
                value = self.js(expression)
            except RuntimeError as err:  # a full navigation replaced the page mid-evaluation: ask again
                if "navigated" not in str(err) and "context" not in str(err):
                    raise
                value = None
            if value:
                return value
            self.drain(0.02)
        raise TimeoutError(expression)

    def type_text(self, text: str) -> None:
        """Real key events: the theme's search box listens for keyup."""
        for char in text:
            self.send("Input.dispatchKeyEvent", type="keyDown", text=char, key=char)
            self.send("Input.dispatchKeyEvent", type="keyUp", key=char)

    def screenshot(self, path: Path) -> None:
        import base64

        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            ws.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Time from the first key press to the first search result, measured inside the page.
FIRST_RESULT_PROBE = """
(() => {
  window.__firstResult = null;
  const list = document.querySelector(".md-search-result__list");
  new MutationObserver((_, obs) => {
    if (list.querySelector(".md-search-result__item")) {
      window.__firstResult = performance.now(); obs.disconnect();
    }
  }).observe(list, {childList: true, subtree: true});
  document.querySelector(".md-search__input").focus();
  window.__typed = performance.now();
  return true;
})()
"""


def time_first_result(browser: Browser, word: str, timeout: float = 60.0) -> float:
    """Seconds from typing `word` into the header search box to the first rendered result."""
    browser.js(FIRST_RESULT_PROBE)
    browser.type_text(word)
    browser.wait_for("window.__firstResult !== null", timeout)
    return browser.js("(window.__firstResult - window.__typed) / 1000")

"""The search bench's browser side: both engines driven through the theme's search box in headless Chromium.

Uses the Playwright helpers of the site's browser tests (tests/site/browser.py) and Debian's Chromium.
Bytes are counted by the static server as it sends each file (a worker's own fetches included, which
the page's network events may not report); answers are read from the search worker's messages,
recorded by a wrapper around `Worker` installed before the theme's script runs.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import statistics
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from browser import find_chromium, launch, time_first_result
from playwright.sync_api import Browser, Page, sync_playwright
from search_corpus import Record
from search_pagefind import FACETS, facet_counts

SEARCH_PATHS = ("/search/", "/pagefind/", "/assets/javascripts/workers/")
COMPRESSIBLE = (".json", ".js", ".html", ".css", ".xml")
ANSWER_TIMEOUT_S = 120
TIMEOUT_MS = 600_000  # a 10,000-article site on a loaded machine

# Every answer the search worker posts, with the query the page last sent it, and every count it
# broadcasts (the exact count may follow the shown results: null while the worker still counts).
RECORD_ANSWERS = """
(() => {
  const Native = window.Worker;
  window.__answers = [];
  window.__counts = [];
  if (typeof BroadcastChannel === "function") {
    new BroadcastChannel("archive-search").addEventListener("message", ev => window.__counts.push(ev.data));
  }
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      let last = null;
      const post = this.postMessage.bind(this);
      this.postMessage = (message, ...rest) => {
        if (message && message.type === 2) last = message.data;
        return post(message, ...rest);
      };
      this.addEventListener("message", ev => {
        if (ev.data && ev.data.type === 3) window.__answers.push({ query: last, data: ev.data.data });
      });
    }
  };
})();
"""

# Type each query into the header search box (its value, then one keyup: the box searches on keyup)
# and keep what the worker answered for it: the shown locations, the count, whether the top snippet marks a match.
RUN_QUERIES = """
(async queries => {
  const QUIET_MS = 40, TIMEOUT_MS = %d;
  const input = document.querySelector(".md-search__input");
  input.focus();
  const out = [];
  for (const query of queries) {
    const seen = window.__answers.length;
    input.value = query;
    input.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified", bubbles: true }));
    const start = performance.now();
    let answer = null;
    while (!answer && performance.now() - start < TIMEOUT_MS) {
      await new Promise(resolve => setTimeout(resolve, 2));
      answer = window.__answers.slice(seen).find(a => a.query === query) || null;
    }
    /* The box may ask twice (keyup, focus): an answer to the previous query still in flight is
     * recorded under this one. Let the worker fall quiet, then keep the last answer. */
    await new Promise(resolve => setTimeout(resolve, QUIET_MS));
    answer = window.__answers.slice(seen).filter(a => a.query === query).pop() || answer;
    if (!answer) { out.push(null); continue; }
    /* Results shown before they are counted: wait for the count the worker broadcasts. */
    const counted = () => window.__counts.filter(c => c.query === query.trim() && c.total !== null).pop();
    while (answer.data.total === null && !counted() && performance.now() - start < TIMEOUT_MS) {
      await new Promise(resolve => setTimeout(resolve, 2));
    }
    const count = answer.data.total ?? (counted() || {}).total;
    const items = answer.data.items.map(group => group[0]);
    out.push({
      locations: items.slice(0, 10).map(item => item.location),
      total: count ?? items.length,
      marked: items.length > 0 && /<mark>/.test(items[0].text || ""),
    });
  }
  return out;
})
"""


class _CountingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files quietly, never cacheable (every load is cold), and records each file it sends."""

    served: list[tuple[str, int, int]]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def copyfile(self, source: BinaryIO, outputfile: BinaryIO) -> None:  # type: ignore[override]
        data = source.read()
        path = self.path.split("?")[0]
        packed = len(gzip.compress(data, 6)) if path.endswith(COMPRESSIBLE) else len(data)
        self.served.append((path, len(data), packed))
        outputfile.write(data)


class CountingServer:
    """A static server on 127.0.0.1 that records each file it sends: (path, bytes, bytes gzipped)."""

    def __init__(self, root: Path) -> None:
        self.served: list[tuple[str, int, int]] = []
        handler = type("Handler", (_CountingHandler,), {"served": self.served})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def search_bytes(self, since: int = 0) -> tuple[int, int]:
        sent = [s for s in self.served[since:] if s[0].startswith(SEARCH_PATHS)]
        return sum(s[1] for s in sent), sum(s[2] for s in sent)

    def __enter__(self) -> CountingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _binary() -> str:
    binary = find_chromium()
    if not binary:
        raise SystemExit("no Chromium: install Debian's chromium (apt-get install chromium)")
    return binary


@contextmanager
def _chromium() -> Iterator[Browser]:
    """Debian's chromium under Playwright (one at a time: the sync API allows one instance per thread)."""
    with sync_playwright() as playwright:
        browser = launch(playwright, _binary())
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def _page(browser: Browser) -> Iterator[Page]:
    """A page in a fresh context (an empty cache), with the worker's answers recorded."""
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(RECORD_ANSWERS)
    try:
        yield context.new_page()
    finally:
        context.close()


def _wait_answer(page: Page, query: str) -> None:
    page.wait_for_function("q => window.__answers.some(a => a.query === q)", arg=query, timeout=ANSWER_TIMEOUT_S * 1000)


# Set the search box's value and send one keyup: the box searches on keyup.
ASK = """q => {
  const input = document.querySelector(".md-search__input");
  input.value = q;
  input.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true}));
}"""


SENT = ("cold", "cold_gz", "warm", "warm_gz")


def cold_figures(sites: dict[str, Path], words: Sequence[str], warm: str, runs: int) -> dict[str, dict[str, float]]:
    """Per engine: median seconds to the first result for each word on cold loads, and bytes fetched."""
    times: dict[str, dict[str, list[float]]] = {e: {w: [] for w in words} for e in sites}
    sent: dict[str, dict[str, list[int]]] = {e: {k: [] for k in SENT} for e in sites}
    servers = {e: CountingServer(site) for e, site in sites.items()}
    for server in servers.values():
        server.__enter__()
    try:
        for run in range(runs):
            # Alternate which engine goes first: the machine's load drifts during a run.
            order = list(sites) if run % 2 == 0 else list(reversed(sites))
            for engine in order:
                for word in words:
                    # A new Chromium per load, its cache empty.
                    with _chromium() as browser, _page(browser) as page:
                        seconds, sizes = cold_load(page, servers[engine], word, warm if word == words[0] else None)
                    times[engine][word].append(seconds)
                    for key, size in zip(SENT, sizes, strict=False):
                        sent[engine][key].append(size)
    finally:
        for server in servers.values():
            server.__exit__()
    out: dict[str, dict[str, float]] = {}
    for engine in sites:
        figures = {
            "first_result_s": statistics.median(times[engine][words[0]]),
            "first_result_common_s": statistics.median(times[engine][words[-1]]),
        }
        figures |= {f"{k}_kb": statistics.median(v) / 1e3 for k, v in sent[engine].items()}
        out[engine] = figures
    return out


def cold_load(page: Page, server: CountingServer, word: str, warm: str | None) -> tuple[float, list[int]]:
    """Seconds from typing `word` on a cold page to its first result; with `warm`, also the search bytes
    served for `word` and then for `warm` asked second (raw, gzip each)."""
    start = len(server.served)
    page.goto(server.url)
    seconds = time_first_result(page, word, timeout=ANSWER_TIMEOUT_S)
    _wait_answer(page, word)
    page.wait_for_timeout(500)  # the last fetches reach the server
    if warm is None:
        return seconds, []
    cold = server.search_bytes(start)
    mark = len(server.served)
    page.evaluate(ASK, warm)
    _wait_answer(page, warm)
    page.wait_for_timeout(500)
    return seconds, [*cold, *server.search_bytes(mark)]


def answers(site: Path, queries: Sequence[str]) -> list[dict[str, Any]]:
    """What the search box answers to each query, typed one after the other in one warm page."""
    with CountingServer(site) as server, _chromium() as browser, _page(browser) as page:
        page.goto(server.url)
        page.wait_for_function("window.__answers !== undefined && document.querySelector('.md-search__input') !== null")
        found = page.evaluate(RUN_QUERIES % (ANSWER_TIMEOUT_S * 1000), list(queries))
        # The box shows what the worker answered, in its order (checked on the last query).
        page.wait_for_function(
            "document.querySelectorAll('.md-search-result__item').length > 0", timeout=ANSWER_TIMEOUT_S * 1000
        )
        page.wait_for_timeout(500)
        shown = page.evaluate(SHOWN_JS)
    missing = [q for q, a in zip(queries, found, strict=True) if a is None]
    if missing:
        print(
            f"{site}: no answer in {ANSWER_TIMEOUT_S} s for {len(missing)} queries, e.g. {missing[:3]}", file=sys.stderr
        )
    # A query left unanswered counts as a miss: the reader saw nothing.
    found = [a or {"locations": [], "total": None, "marked": False, "unanswered": True} for a in found]
    expected = found[-1]["locations"][: len(shown)]
    return [*found[:-1], {**found[-1], "rendered_as_answered": bool(shown) and shown == expected}]


# Locations of the results the box renders, as site-relative paths.
SHOWN_JS = """
[...document.querySelectorAll(".md-search-result__item > a")]
  .map(a => new URL(a.href).pathname.slice(1))
"""


FACETS_JS = """
(async () => {
  const pf = await import("/pagefind/pagefind.js");
  await pf.init();
  const filters = await pf.filters();
  const browse = await pf.search(null, { filters: { year: %s } });
  return { filters, browse: browse.results.length };
})()
"""


def pagefind_facets(site: Path, records: Sequence[Record]) -> dict[str, object]:
    """Pagefind's facet counts against the front matter's, and a facet browsed without a query."""
    truth = facet_counts(records)
    year = truth["year"].most_common(1)[0][0]
    with CountingServer(site) as server, _chromium() as browser, _page(browser) as page:
        page.goto(server.url)
        got = page.evaluate(FACETS_JS % json.dumps(year))
    filters = got["filters"]
    match = all(dict(truth[f]) == filters.get(f, {}) for f in FACETS)
    if not match:
        for facet in FACETS:
            wrong = {
                k: (v, filters.get(facet, {}).get(k))
                for k, v in truth[facet].items()
                if filters.get(facet, {}).get(k) != v
            }
            if wrong:
                print(f"facet {facet}: {len(wrong)} values differ, e.g. {list(wrong.items())[:3]}", file=sys.stderr)
    return {
        "facets": len(filters),
        "values": sum(len(v) for v in filters.values()),
        "counts_match": match,
        "year": year,
        "browse": got["browse"],
        "browse_truth": truth["year"][year],
    }

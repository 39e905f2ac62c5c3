"""The search bench's browser side: both engines driven through the theme's search box in headless Chromium.

Uses the DevTools client of the site's browser tests (tests/site/cdp.py) and Debian's Chromium.
A worker's own fetches are not reported to the page's Network domain, so bytes are counted by
the static server as it sends each file; answers are read from the search worker's messages,
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
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import cdp
from search_corpus import Record
from search_pagefind import FACETS, facet_counts

SEARCH_PATHS = ("/search/", "/pagefind/", "/assets/javascripts/workers/")
COMPRESSIBLE = (".json", ".js", ".html", ".css", ".xml")
ANSWER_TIMEOUT_S = 120

# Every answer the search worker posts, with the query the page last sent it.
RECORD_ANSWERS = """
(() => {
  const Native = window.Worker;
  window.__answers = [];
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
    const items = answer.data.items.map(group => group[0]);
    out.push({
      locations: items.slice(0, 10).map(item => item.location),
      total: answer.data.total ?? items.length,
      marked: items.length > 0 && /<mark>/.test(items[0].text || ""),
    });
  }
  return out;
})
"""


class CountingServer:
    """A static server on 127.0.0.1 that records each file it sends: (path, bytes, bytes gzipped)."""

    def __init__(self, root: Path) -> None:
        self.served: list[tuple[str, int, int]] = []
        served = self.served

        class Handler(cdp._QuietHandler):
            def copyfile(self, source: BinaryIO, outputfile: BinaryIO) -> None:  # type: ignore[override]
                data = source.read()
                path = self.path.split("?")[0]
                packed = len(gzip.compress(data, 6)) if path.endswith(COMPRESSIBLE) else len(data)
                served.append((path, len(data), packed))
                outputfile.write(data)

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
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


def _browser() -> cdp.Browser:
    binary = cdp.ensure_chromium()
    if not binary:
        raise SystemExit("no Chromium: install Debian's chromium (apt-get install chromium)")
    browser = cdp.Browser(binary, timeout=600)
    browser.send("Network.setCacheDisabled", cacheDisabled=True)
    browser.send("Page.addScriptToEvaluateOnNewDocument", source=RECORD_ANSWERS)
    return browser


def _wait_answer(browser: cdp.Browser, query: str) -> None:
    browser.wait_for(f"window.__answers.some(a => a.query === {json.dumps(query)})", timeout=120)


def cold_figures(sites: dict[str, Path], words: Sequence[str], warm: str, runs: int) -> dict[str, dict[str, float]]:
    """Per engine: median seconds to the first result for each word on cold loads, and bytes fetched."""
    times: dict[str, dict[str, list[float]]] = {e: {w: [] for w in words} for e in sites}
    sent: dict[str, dict[str, list[int]]] = {e: {k: [] for k in ("cold", "cold_gz", "warm", "warm_gz")} for e in sites}
    servers = {e: CountingServer(site) for e, site in sites.items()}
    for server in servers.values():
        server.__enter__()
    try:
        for run in range(runs):
            # Alternate which engine goes first: the machine's load drifts during a run.
            order = list(sites) if run % 2 == 0 else list(reversed(sites))
            for engine in order:
                server = servers[engine]
                for word in words:
                    with _browser() as browser:
                        start = len(server.served)
                        browser.goto(server.url)
                        times[engine][word].append(cdp.time_first_result(browser, word, timeout=120))
                        _wait_answer(browser, word)
                        browser.drain(0.5)
                        if word != words[0]:
                            continue
                        raw, packed = server.search_bytes(start)
                        sent[engine]["cold"].append(raw)
                        sent[engine]["cold_gz"].append(packed)
                        mark = len(server.served)
                        browser.js(f"document.querySelector('.md-search__input').value = {json.dumps(warm)};"
                                   "document.querySelector('.md-search__input').dispatchEvent("
                                   "new KeyboardEvent('keyup', {bubbles: true})); true")
                        _wait_answer(browser, warm)
                        browser.drain(0.5)
                        raw, packed = server.search_bytes(mark)
                        sent[engine]["warm"].append(raw)
                        sent[engine]["warm_gz"].append(packed)
    finally:
        for server in servers.values():
            server.__exit__()
    out: dict[str, dict[str, float]] = {}
    for engine in sites:
        figures = {"first_result_s": statistics.median(times[engine][words[0]]),
                   "first_result_common_s": statistics.median(times[engine][words[-1]])}
        figures |= {f"{k}_kb": statistics.median(v) / 1e3 for k, v in sent[engine].items()}
        out[engine] = figures
    return out


def answers(site: Path, queries: Sequence[str]) -> list[dict[str, Any]]:
    """What the search box answers to each query, typed one after the other in one warm page."""
    with CountingServer(site) as server, _browser() as browser:
        browser.goto(server.url)
        browser.wait_for("window.__answers !== undefined && document.querySelector('.md-search__input') !== null")
        found = browser.js(f"{RUN_QUERIES % (ANSWER_TIMEOUT_S * 1000)}({json.dumps(list(queries))})")
        # The box shows what the worker answered, in its order (checked on the last query).
        browser.wait_for("document.querySelectorAll('.md-search-result__item').length > 0", timeout=ANSWER_TIMEOUT_S)
        browser.drain(0.5)
        shown = browser.js(SHOWN_JS)
    missing = [q for q, a in zip(queries, found, strict=True) if a is None]
    if missing:
        print(f"{site}: no answer in {ANSWER_TIMEOUT_S} s for {len(missing)} queries, e.g. {missing[:3]}",
              file=sys.stderr)
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
    with CountingServer(site) as server, _browser() as browser:
        browser.goto(server.url)
        got = browser.js(FACETS_JS % json.dumps(year))
    filters = got["filters"]
    match = all(dict(truth[f]) == filters.get(f, {}) for f in FACETS)
    if not match:
        for facet in FACETS:
            wrong = {k: (v, filters.get(facet, {}).get(k)) for k, v in truth[facet].items()
                     if filters.get(facet, {}).get(k) != v}
            if wrong:
                print(f"facet {facet}: {len(wrong)} values differ, e.g. {list(wrong.items())[:3]}", file=sys.stderr)
    return {"facets": len(filters), "values": sum(len(v) for v in filters.values()), "counts_match": match,
            "year": year, "browse": got["browse"], "browse_truth": truth["year"][year]}

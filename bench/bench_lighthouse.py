"""Lighthouse accessibility on a phone: home, article, listing, search and 404 pages of the sample site.

    npm install --prefix /tmp/lh lighthouse      # once; Lighthouse is an npm package, not a dependency
    .venv/bin/python bench/bench_lighthouse.py --lighthouse /tmp/lh/node_modules/.bin/lighthouse

Builds the sample site as the browser tests do (raw/ converted, the fixture articles, small listing
pages so every listing paginates), serves it under /repo/ on 127.0.0.1, and runs Lighthouse's
accessibility category with `--form-factor=mobile` in Debian's headless Chromium (CHROME_PATH). Prints
one JSON line per page: its score (0 to 100) and the audits that failed, then the lowest score. Issue 13
asks for 95 or more on every page. Figures are printed, never asserted. Work files go to bench/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "site"))

from browser import StaticServer, find_chromium  # noqa: E402
from sitebuild import build_sample  # noqa: E402

# Page name → path under the site: one of each kind of page the issue names.
PAGES = {
    "home": "",
    "article": "articles/banking/",
    "listing": "archive/2019/",
    "search": "browse/?q=bank",
    # The page the server sends for a missing address, asked for by name: Lighthouse refuses a 404 status.
    "404": "404.html",
}


def audit(lighthouse: str, chromium: str, url: str, out: Path) -> dict[str, object]:
    """Run Lighthouse's accessibility category on `url` as a phone; its score and failed audits."""
    command = [
        lighthouse,
        url,
        "--only-categories=accessibility",
        "--form-factor=mobile",
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium}, timeout=300)
    report = json.loads(out.read_text("utf-8"))
    category = report["categories"]["accessibility"]
    failed = []
    passed = 0
    for ref in category["auditRefs"]:
        result = report["audits"][ref["id"]]
        passed += bool(ref["weight"] and result["score"] == 1)
        if ref["weight"] and result["score"] is not None and result["score"] < 1:
            items = result.get("details", {}).get("items", [])
            nodes = [i.get("node", {}).get("snippet", "") for i in items][:3]
            failed.append({"id": ref["id"], "title": result["title"], "nodes": nodes})
    # The audits that applied and passed, so a perfect score on an empty page shows as one.
    return {"score": round(category["score"] * 100), "passed": passed, "failed": failed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lighthouse", default=shutil.which("lighthouse") or "lighthouse")
    parser.add_argument("pages", nargs="*", default=list(PAGES), help=f"of {', '.join(PAGES)}")
    args = parser.parse_args()
    chromium = find_chromium()
    if not chromium:
        raise SystemExit("no Chromium: apt-get install chromium")
    work = ROOT / "bench" / "out" / "lighthouse"
    if work.exists():
        shutil.rmtree(work)
    (work / "site").mkdir(parents=True)
    scores = []
    with StaticServer(work / "site", "/repo/") as server, tempfile.TemporaryDirectory() as tmp:
        build_sample(work, server.url)
        for name in args.pages:
            figures = {"page": name, "path": PAGES[name]}
            figures |= audit(args.lighthouse, chromium, server.url + PAGES[name], Path(tmp) / f"{name}.json")
            scores.append(figures["score"])
            print(json.dumps(figures), flush=True)
    print(json.dumps({"lowest_score": min(scores), "target": 95}))


if __name__ == "__main__":
    main()

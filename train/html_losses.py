"""Where our HTML body loses: per-page F1 of the converter beside readability-lxml and trafilatura.

    python train/html_losses.py [--shared ../shared] [--sets wceb-train ...] [--worst 30] [--limit N]

Runs extract_html (the whole path, as it stands) once per page of each set, scores the body with the shared
metric, and prints the set's figures (P / R / F1 of the means, mean page F1, process CPU seconds spent in
extract_html) with and without the pages whose truth includes the reader comments (we drop
comment sections on purpose), then the pages where we lose most against
readability, with both sides' precision and recall (low recall: truncation or a wrong, smaller candidate;
low precision: furniture kept). The baselines come from the candidate cache (train/dataset.py) when an
entry of any code version is there (they do not depend on our code), else they are computed here.
Our per-page results are kept in bench/out/losses/<fingerprint>/ so a re-run of the same code is free.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dataset

from converter.errors import ConverterError
from converter.html.extract import extract_html
from converter.read import decode

OUT = dataset.REPO / "bench" / "out" / "losses"


def _ours(page: dataset.Page, score: Any) -> dict[str, Any]:
    html = decode(page.path.read_bytes(), str(page.path))
    start = time.process_time()
    try:
        body = extract_html(html, f"html/{page.id}.html").article.body
    except ConverterError:
        body = ""
    cpu = time.process_time() - start
    return {"text": score.markdown_to_text(body), "cpu": cpu}


def _baselines(page: dataset.Page, score: Any) -> dict[str, str]:
    for entry_path in sorted(dataset.CACHE.glob(f"*/{page.set}/{page.id}.json")):
        return json.loads(entry_path.read_text(encoding="utf-8"))["baselines"]
    # Kept apart from our results: they do not change with our code, and cost more than our whole path.
    path = OUT / "baselines" / page.set / f"{page.id}.json"
    if not path.exists():
        html = decode(page.path.read_bytes(), str(page.path))
        raw = dataset._baselines(html)  # the same baselines the cache holds
        found = {"trafilatura": raw["trafilatura"], "readability": score.html_to_text(raw["readability"])}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(found), encoding="utf-8")
    return json.loads(path.read_text(encoding="utf-8"))


def _summary(per: dict[str, tuple[float, float, float]]) -> str:
    n = len(per) or 1
    p = sum(v[0] for v in per.values()) / n
    r = sum(v[1] for v in per.values()) / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} pageF1 {sum(v[2] for v in per.values()) / n:.3f} (n={len(per)})"


def run_set(shared: Path, name: str, worst: int, limit: int) -> None:
    import score

    pages = dataset.load_pages(shared, name)
    pages = pages[:limit] if limit else pages
    folder = OUT / dataset._fingerprint() / name  # same code fingerprint as the cache
    folder.mkdir(parents=True, exist_ok=True)
    ours: dict[str, dict[str, Any]] = {}
    for page in pages:
        path = folder / f"{page.id}.json"
        if not path.exists():
            path.write_text(json.dumps(_ours(page, score)), encoding="utf-8")
        ours[page.id] = json.loads(path.read_text(encoding="utf-8"))
    base = {page.id: _baselines(page, score) for page in pages}
    truth = {page.id: page.truth for page in pages}
    scored = {
        label: {i: score.prf(texts[i], truth[i]) for i in truth}
        for label, texts in (
            ("ours", {i: o["text"] for i, o in ours.items()}),
            ("readability", {i: b["readability"] for i, b in base.items()}),
            ("trafilatura", {i: b["trafilatura"] for i, b in base.items()}),
        )
    }
    comments = dataset.truth_holds_comments(pages)
    cpu = sum(o["cpu"] for o in ours.values())
    print(f"{name}: {len(pages)} pages, extract_html CPU {cpu:.1f} s")
    for label, per in scored.items():
        rest = {i: v for i, v in per.items() if i not in comments}
        print(f"  {label:12} {_summary(per)}   without comment pages: {_summary(rest)}")
    losses = sorted(truth, key=lambda i: scored["ours"][i][2] - scored["readability"][i][2])
    print("  worst against readability: id, ours P/R/F1, readability P/R/F1, trafilatura F1, comments")
    for i in losses[:worst]:
        o, r, t = scored["ours"][i], scored["readability"][i], scored["trafilatura"][i]
        mark = "c" if i in comments else ""
        print(f"    {i[:12]}  {o[0]:.2f} {o[1]:.2f} {o[2]:.2f}   {r[0]:.2f} {r[1]:.2f} {r[2]:.2f}   {t[2]:.2f} {mark}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=dataset.REPO.parent / "shared")
    parser.add_argument("--sets", nargs="+", default=list(dataset.SETS))
    parser.add_argument("--worst", type=int, default=30)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.shared / "eval"))
    for name in args.sets:
        run_set(args.shared, name, args.worst, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: our HTML extraction vs trafilatura's plain extract(), same pages, same run.

    python bench/bench_html.py [--shared ../shared] [--docs OUT_DIR] [--worst 5]

Reads the corpus pages and truth from SHARED/corpus/scrapinghub/, scores the bodies with the shared
metric (SHARED/eval/score.py: 4-token shingle P/R/F1; our Markdown is rendered to text exactly as
score.py does for a docs folder) and prints them side by side (trafilatura's favor_precision mode
too, for reference), plus pages per second of each.
--docs also writes our articles as Markdown files (front matter + body) for score_meta.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from converter.errors import ConverterError  # noqa: E402
from converter.frontmatter import dump_document  # noqa: E402
from converter.html.extract import extract_html  # noqa: E402


def _ours(pages: dict[str, str], docs: Path | None) -> tuple[dict[str, str], float]:
    bodies: dict[str, str] = {}
    start = time.perf_counter()
    for page_id, html in pages.items():
        rel = f"html/{page_id}.html"
        try:
            article = extract_html(html, rel).article
        except ConverterError:
            continue
        bodies[page_id] = article.body
        if docs:
            (docs / f"{page_id}.md").write_text(dump_document(article.front_matter(), article.body), encoding="utf-8")
    return bodies, time.perf_counter() - start


def _trafilatura(pages: dict[str, str], **options: Any) -> tuple[dict[str, str], float]:
    import trafilatura

    start = time.perf_counter()
    bodies = {page_id: trafilatura.extract(html, **options) or "" for page_id, html in pages.items()}
    return bodies, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (corpus, eval)")
    parser.add_argument("--docs", type=Path, help="also write our articles here as Markdown")
    parser.add_argument("--worst", type=int, default=5, help="list this many of our worst pages")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(args.shared / "eval"))
    import score  # the shared metric, so both columns are scored exactly as the evaluation does

    corpus = args.shared / "corpus" / "scrapinghub"
    truth = score.load_truth(corpus / "truth.json")
    pages = {
        path.name.split(".", 1)[0]: path.read_bytes().decode("utf-8", errors="replace")
        for path in sorted((corpus / "html").glob("*.html"))
    }
    if args.docs:
        args.docs.mkdir(parents=True, exist_ok=True)

    ours_md, ours_seconds = _ours(pages, args.docs)
    ours = {page_id: score.markdown_to_text(body) for page_id, body in ours_md.items()}
    theirs, theirs_seconds = _trafilatura(pages)
    precise, precise_seconds = _trafilatura(pages, favor_precision=True)
    results = {
        "ours": score.score(truth, ours),
        "trafilatura": score.score(truth, theirs),
        "traf.precise": score.score(truth, precise),
    }
    seconds = {"ours": ours_seconds, "trafilatura": theirs_seconds, "traf.precise": precise_seconds}

    print(f"{len(pages)} pages  {'P':>6} {'R':>6} {'F1':>6} {'docF1':>6} {'miss':>5} {'pages/s':>8}")
    for name, result in results.items():
        s = result["summary"]
        print(
            f"{name:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['mean_doc_f1']:6.3f} "
            f"{s['missing']:5d} {len(pages) / seconds[name]:8.1f}"
        )
    worst = sorted(results["ours"]["per_doc"].items(), key=lambda kv: kv[1]["f1"])[: args.worst]
    for page_id, d in worst:
        theirs_f1 = results["trafilatura"]["per_doc"][page_id]["f1"]
        print(
            f"  {page_id[:16]}  ours P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f}"
            f"  trafilatura F1={theirs_f1:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

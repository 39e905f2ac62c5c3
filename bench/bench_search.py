"""Search as the site serves it (Pagefind, indexed by the archive plugin), measured on one N-article site.

    .venv/bin/python bench/bench_search.py 10000            # generate, build, measure (~10 min at 10,000)
    .venv/bin/python bench/bench_search.py 1000 --reuse     # reuse bench/out/search-1000's built site

One synthetic site (bench_site.py's articles plus planted accented names, rare words and English
verbs, see search_corpus.py) is built with `mkdocs build --strict`; the plugin marks its article
pages up and indexes them with Pagefind. Every figure is taken in the theme's own search box:

- quality: mean reciprocal rank (MRR, over the ten results first shown) and recall@5 on the
  known-answer queries of search_queries.py, overall and per kind. Each query is typed into the
  theme's search box in headless Chromium (the value set, one keyup) and scored on the answer the
  box renders; answers are read from the worker's messages, which the box shows in that order;
- cold time to first result: a new Chromium per load with the cache off, a word typed key by
  key into the header search box, until the first result is on screen (median of --runs loads);
- bytes fetched for that cold search (worker, index, Pagefind's runtime), as served and as gzip
  would send them, and for a second, warm query;
- index size on disk (raw and gzip), index build time, CPU and peak memory (the index built again,
  alone, in a child process), and the whole site's build for scale;
- result count (exact), snippets with the match marked, facet counts checked against the
  articles' front matter, and browsing by facet without a query.

The comparison with the prebuilt index this replaced is in the README ("Choosing the search engine");
its bench is at commit e04034e. The machine's load average is printed at each step: timings on a busy
machine are only comparable within one run. Figures are printed, never asserted; work files go to
bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "site"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_site  # noqa: E402
import search_browser  # noqa: E402
from search_browser import ANSWER_TIMEOUT_S  # noqa: E402
from search_corpus import Plant, load_records, plant  # noqa: E402
from search_queries import KINDS, Query, documents_with, make_queries, quality, rank  # noqa: E402

ENGINES = ("pagefind",)
PLANTED = 50
COMPRESSIBLE = {".json", ".js", ".html", ".css", ".xml"}


def load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message} ({load()})", file=sys.stderr, flush=True)


def measure(cmd: Sequence[str]) -> dict[str, float | str]:
    """Wall time, CPU and peak memory of a child process (and the children it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({status})")
    return {
        "wall_s": time.perf_counter() - start,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
        "stdout": out.decode(),
    }


def folder_bytes(folder: Path, names: Sequence[str] | None = None) -> tuple[int, int]:
    """(bytes on disk, bytes gzip would send) of the files in `folder` (or of `names` in it)."""
    files = [folder / n for n in names] if names is not None else [p for p in folder.rglob("*") if p.is_file()]
    raw = packed = 0
    for path in files:
        data = path.read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6)) if path.suffix in COMPRESSIBLE else len(data)
    return raw, packed


# -- build ------------------------------------------------------------------------------------------


def build_site(n: int, work: Path, reuse: bool) -> tuple[dict[str, float], dict[str, Plant]]:
    """The synthetic site, built once (the plugin indexes it with Pagefind); its build figures and planted facts."""
    figures_file, plants_file = work / "build.json", work / "planted.json"
    if reuse and figures_file.exists() and plants_file.exists() and (work / "site").exists():
        planted = {k: Plant(**v) for k, v in json.loads(plants_file.read_text("utf-8")).items()}
        return json.loads(figures_file.read_text("utf-8")), planted
    work.mkdir(parents=True, exist_ok=True)
    bench_site.generate(n, work / "docs")
    planted = plant(work / "docs", PLANTED)
    figures = bench_site.build(bench_site.write_config(work, lunr=False))
    figures_file.write_text(json.dumps(figures), "utf-8")
    plants_file.write_text(json.dumps({k: dataclasses.asdict(v) for k, v in planted.items()}), "utf-8")
    return figures, planted


def index_figures(work: Path) -> dict[str, dict[str, object]]:
    """The index built again alone in a child process, and its size on disk."""
    py = str(ROOT / ".venv" / "bin" / "python")
    run = measure([py, "bench/search_pagefind.py", str(work / "site")])
    run.pop("stdout")
    bundle = work / "site" / "pagefind"
    index_files = [
        p.relative_to(bundle).as_posix()
        for p in bundle.rglob("*")
        if p.is_file() and (p.parent != bundle or p.suffix in {".pf_meta", ".json"})
    ]
    raw, packed = folder_bytes(bundle, index_files)
    runtime = folder_bytes(bundle, ["pagefind.js", "wasm.en.pagefind", "pagefind-entry.json"])
    return {
        "pagefind": {
            **run,
            "index_mb": raw / 1e6,
            "index_gz_mb": packed / 1e6,
            "files": len(index_files),
            "runtime_gz_kb": runtime[1] / 1e3,
        }
    }


# -- report -----------------------------------------------------------------------------------------


def table(rows: list[tuple[str, object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
        return str(value)

    width = max(len(r[0]) for r in rows)
    lines = [f"{'figure':<{width}}  {'pagefind':>22}"]
    lines += [f"{name:<{width}}  {cell(value):>22}" for name, value in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="?", type=int, default=1000)
    parser.add_argument("--per-kind", type=int, default=35, help="queries of each kind (7 kinds)")
    parser.add_argument("--runs", type=int, default=5, help="cold page loads per engine and word")
    parser.add_argument("--reuse", action="store_true", help="reuse the built site of an earlier run")
    args = parser.parse_args()
    n = args.articles
    work = ROOT / "bench" / "out" / f"search-{n}"
    log(f"{n} articles: building the site")
    build, planted = build_site(n, work, args.reuse)
    records = load_records(work / "docs")
    queries = make_queries(records, planted, args.per_kind)
    log(f"{len(queries)} queries; indexing again, alone")
    indexes = index_figures(work)
    sites = {"pagefind": work / "site"}
    common = bench_site.vocabulary(30_000, __import__("random").Random(7))[3]
    probe = sorted(planted.values(), key=lambda p: p.rare)[0].rare
    warm = next(q.text for q in queries if q.kind == "phrase")  # a quoted phrase
    log("cold loads")
    cold = search_browser.cold_figures(sites, [probe, common], warm, args.runs)
    log("quality")
    answers = {e: search_browser.answers(sites[e], [q.text for q in queries] + [common]) for e in ENGINES}
    for engine, found in answers.items():  # kept for reading a miss: query, answer, shown locations
        kept = [
            {"kind": q.kind, "query": q.text, "target": q.target, **a} for q, a in zip(queries, found, strict=False)
        ]
        (work / f"answers-{engine}.json").write_text(json.dumps(kept, ensure_ascii=False, indent=1), "utf-8")
    log("facets")
    facets = search_browser.pagefind_facets(sites["pagefind"], records)
    log("done")
    report(n, build, indexes, queries, answers, cold, facets, documents_with(records, common), common)


def report(
    n: int,
    build: dict[str, float],
    indexes: dict[str, dict[str, object]],
    queries: list[Query],
    answers: dict[str, list[dict[str, object]]],
    cold: dict[str, dict[str, float]],
    facets: dict[str, object],
    common_truth: int,
    common: str,
) -> None:
    shown = answers["pagefind"][: len(queries)]
    ranks = [rank(q.target, a["locations"]) for q, a in zip(queries, shown, strict=True)]  # type: ignore[arg-type]
    overall = quality(ranks)
    rows: list[tuple[str, object]] = [
        ("queries (known answer)", len(queries)),
        ("MRR@10", overall.mrr),
        ("recall@5", overall.recall_at_5),
    ]
    for kind in KINDS:
        q = quality(r for query, r in zip(queries, ranks, strict=True) if query.kind == kind)
        rows.append((f"  {kind} ({q.queries}) MRR / R@5", f"{q.mrr:.2f} / {q.recall_at_5:.2f}"))
    hits = [a for q, a in zip(queries, shown, strict=True) if q.kind in ("phrase", "rare")]
    cold_p, index = cold["pagefind"], indexes["pagefind"]
    for key, label in (
        ("first_result_s", "cold first result, rare word (s)"),
        ("first_result_common_s", f"cold first result, '{common}' (s)"),
        ("cold_kb", "cold search bytes served (kB)"),
        ("cold_gz_kb", "cold search bytes gzip (kB)"),
        ("warm_kb", "warm 2nd query bytes (kB)"),
        ("warm_gz_kb", "warm 2nd query bytes gzip (kB)"),
    ):
        rows.append((label, cold_p[key]))
    for key, label in (
        ("index_mb", "index on disk (MB)"),
        ("index_gz_mb", "index gzip (MB)"),
        ("files", "index files"),
        ("wall_s", "index build alone, wall (s)"),
        ("cpu_s", "index build alone, CPU (s)"),
        ("peak_mb", "index build alone, peak memory (MB)"),
    ):
        rows.append((label, index[key]))
    unanswered = sum(bool(a.get("unanswered")) for a in answers["pagefind"])
    rows += [
        (f"queries left unanswered ({ANSWER_TIMEOUT_S} s)", unanswered),
        (f"count for '{common}' (true: {common_truth})", answers["pagefind"][-1]["total"]),
        ("snippet marks the match (phrase, rare)", statistics.fmean(bool(a["marked"]) for a in hits) if hits else 0.0),
        ("facets with counts", f"{facets['facets']} ({facets['values']} values)"),
        ("facet counts equal front matter", facets["counts_match"]),
        ("browse by facet, no query", f"year {facets['year']}: {facets['browse']} of {facets['browse_truth']}"),
    ]
    print(
        f"\nsearch at {n:,} articles; site build {build['wall_s']:.0f} s wall, {build['cpu_s']:.0f} s CPU,"
        f" {build['peak_mb']:.0f} MB peak (Pagefind index included); {load()}"
    )
    print(
        f"pagefind runtime (pagefind.js + wasm, gzip): {index['runtime_gz_kb']:.0f} kB; the search box renders"
        f" the worker's answers in order: {answers['pagefind'][-1]['rendered_as_answered']}"
    )
    print(table(rows))


if __name__ == "__main__":
    main()

"""Decide the search engine by measuring: today's prebuilt index and worker against Pagefind, one site, one run.

    .venv/bin/python bench/bench_search.py 10000            # generate, build, index, measure (~15 min at 10,000)
    .venv/bin/python bench/bench_search.py 1000 --reuse     # reuse bench/out/search-1000's built site

One synthetic site (bench_site.py's articles plus planted accented names, rare words and English
verbs, see search_corpus.py) is built once with `mkdocs build --strict`; its prebuilt index is
today's engine. A copy marked up with Pagefind attributes and indexed by Pagefind's Python API
is the other (search_pagefind.py). Both answer in the theme's own search box: the copy swaps the
theme's worker for a small adapter over Pagefind's JS API, so every figure is taken the same way.

Figures, side by side:
- quality: mean reciprocal rank (MRR, over the ten results first shown) and recall@5 on the
  known-answer queries of search_queries.py, overall and per kind. Each query is typed into the
  theme's search box in headless Chromium (the value set, one keyup) and scored on the answer the
  box renders; answers are read from the worker's messages, which the box shows in that order;
- cold time to first result: a new Chromium per load with the cache off, a word typed key by
  key into the header search box, until the first result is on screen (median of --runs loads,
  the engines alternating);
- bytes fetched for that cold search (search files only: worker, index, Pagefind's runtime),
  as served and as gzip would send them, and for a second, warm query;
- index size on disk (raw and gzip), index build time, CPU and peak memory, each engine's index
  built alone in a child process, and the whole site's build for scale;
- what each can serve: result count (exact or capped), snippets with the match marked, facets
  with counts (checked against the articles' front matter) and browsing by facet without a query.

The machine's load average is printed at each step: timings on a busy machine are only comparable
within one run. Figures are printed, never asserted; work files go to bench/out/ (git-ignored).
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
import search_pagefind  # noqa: E402
from search_browser import ANSWER_TIMEOUT_S  # noqa: E402
from search_corpus import Plant, Record, load_records, plant  # noqa: E402
from search_queries import KINDS, Quality, Query, documents_with, make_queries, quality, rank  # noqa: E402

ENGINES = ("prebuilt", "pagefind")
PLANTED = 50
COMPRESSIBLE = {".json", ".js", ".html", ".css", ".xml"}


def load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message} ({load()})", file=sys.stderr, flush=True)


def measure(cmd: Sequence[str]) -> dict[str, float]:
    """Wall time, CPU and peak memory of a child process (and the children it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({status})")
    return {"wall_s": time.perf_counter() - start, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024, "stdout": out.decode()}


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
    """The synthetic site, built once with today's index; its build figures and planted facts."""
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


def index_figures(work: Path, records: list[Record]) -> dict[str, dict[str, object]]:
    """Each engine's index built alone in a child process, and its size on disk."""
    py = str(ROOT / ".venv" / "bin" / "python")
    out: dict[str, dict[str, object]] = {}
    rebuilt = work / "prebuilt-rebuild"
    run = measure([py, "bench/search_prebuilt.py", str(work / "docs"), str(work / "site"), str(rebuilt)])
    stats = json.loads(run.pop("stdout"))
    raw, packed = folder_bytes(work / "site" / "search" / "archive")
    out["prebuilt"] = {**run, "index_mb": raw / 1e6, "index_gz_mb": packed / 1e6, "files": stats["shards"] + 1,
                       "rebuild_matches_build": abs(stats["bytes"] - raw) / raw < 0.01}
    pagefind_site = work / "site-pagefind"
    search_pagefind.make_site(work / "site", pagefind_site, records)
    run = measure([py, "bench/search_pagefind.py", str(pagefind_site)])
    run.pop("stdout")
    bundle = pagefind_site / "pagefind"
    index_files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")
                   if p.is_file() and (p.parent != bundle or p.suffix in {".pf_meta", ".json"})]
    raw, packed = folder_bytes(bundle, index_files)
    runtime = folder_bytes(bundle, ["pagefind.js", "wasm.en.pagefind", "pagefind-entry.json"])
    out["pagefind"] = {**run, "index_mb": raw / 1e6, "index_gz_mb": packed / 1e6, "files": len(index_files),
                       "runtime_gz_kb": runtime[1] / 1e3}
    return out


# -- report -----------------------------------------------------------------------------------------


def table(rows: list[tuple[str, object, object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
        return str(value)

    width = max(len(r[0]) for r in rows)
    lines = [f"{'figure':<{width}}  {'prebuilt (today)':>22}  {'pagefind':>22}"]
    lines += [f"{name:<{width}}  {cell(a):>22}  {cell(b):>22}" for name, a, b in rows]
    return "\n".join(lines)


def verdict(q: dict[str, object], cold: dict[str, dict[str, float]], facets_ok: bool) -> str:
    """Quality first (what the reader trusts); when it is close, the well-kept library over code we maintain."""
    mrr = {e: q[e].mrr for e in ENGINES}  # type: ignore[attr-defined]
    close = abs(mrr["prebuilt"] - mrr["pagefind"]) < 0.05
    winner = "pagefind" if close else max(ENGINES, key=mrr.__getitem__)
    first = {e: cold[e]["first_result_s"] for e in ENGINES}
    fetched = {e: cold[e]["cold_gz_kb"] for e in ENGINES}
    reasons = [
        f"MRR {mrr['pagefind']:.2f} (pagefind) against {mrr['prebuilt']:.2f} (prebuilt)" + (", close" if close else ""),
        f"cold first result {first['pagefind']:.2f} s against {first['prebuilt']:.2f} s",
        f"cold search download {fetched['pagefind']:.0f} kB against {fetched['prebuilt']:.0f} kB gzip",
        "facets with counts, exact counts and marked snippets from pagefind only"
        + ("" if facets_ok else " (its facet counts were off)"),
    ]
    return f"verdict: {winner} ({'; '.join(reasons)})"


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
    log(f"{len(queries)} queries; indexing each engine alone")
    indexes = index_figures(work, records)
    sites = {"prebuilt": work / "site", "pagefind": work / "site-pagefind"}
    common = bench_site.vocabulary(30_000, __import__("random").Random(7))[3]
    probe = sorted(planted.values(), key=lambda p: p.rare)[0].rare
    warm = next(q.text for q in queries if q.kind == "phrase")  # a quoted phrase: positions, for today's index
    log("cold loads")
    cold = search_browser.cold_figures(sites, [probe, common], warm, args.runs)
    log("quality")
    answers = {e: search_browser.answers(sites[e], [q.text for q in queries] + [common]) for e in ENGINES}
    for engine, found in answers.items():  # kept for reading a miss: query, answer, shown locations
        kept = [{"kind": q.kind, "query": q.text, "target": q.target, **a}
                for q, a in zip(queries, found, strict=False)]
        (work / f"answers-{engine}.json").write_text(json.dumps(kept, ensure_ascii=False, indent=1), "utf-8")
    log("facets")
    facets = search_browser.pagefind_facets(sites["pagefind"], records)
    log("done")
    report(n, build, indexes, queries, answers, cold, facets, documents_with(records, common), common)


def report(n: int, build: dict[str, float], indexes: dict[str, dict[str, object]], queries: list[Query],
           answers: dict[str, list[dict[str, object]]], cold: dict[str, dict[str, float]],
           facets: dict[str, object], common_truth: int, common: str) -> None:
    q_all: dict[str, object] = {}
    both: dict[str, Quality] = {}  # the kinds both engines are built for: no accent folding or stemming asked
    per_kind: dict[str, dict[str, object]] = {}
    snippets: dict[str, float] = {}
    for engine in ENGINES:
        shown = answers[engine][: len(queries)]
        ranks = [rank(q.target, a["locations"]) for q, a in zip(queries, shown, strict=True)]  # type: ignore[arg-type]
        q_all[engine] = quality(ranks)
        both[engine] = quality(r for q, r in zip(queries, ranks, strict=True) if q.kind not in ("folded", "stem"))
        per_kind[engine] = {k: quality(r for q, r in zip(queries, ranks, strict=True) if q.kind == k) for k in KINDS}
        hits = [a for q, a in zip(queries, shown, strict=True) if q.kind in ("phrase", "rare")]
        snippets[engine] = statistics.fmean(bool(a["marked"]) for a in hits) if hits else 0.0
    rows: list[tuple[str, object, object]] = [
        ("queries (known answer)", len(queries), len(queries)),
        ("MRR@10", q_all["prebuilt"].mrr, q_all["pagefind"].mrr),  # type: ignore[attr-defined]
        ("recall@5", q_all["prebuilt"].recall_at_5, q_all["pagefind"].recall_at_5),  # type: ignore[attr-defined]
        ("  without folded, stem: MRR / R@5", *(f"{q.mrr:.3f} / {q.recall_at_5:.3f}" for q in both.values())),
    ]
    for kind in KINDS:
        a, b = per_kind["prebuilt"][kind], per_kind["pagefind"][kind]
        rows.append((f"  {kind} ({a.queries}) MRR / R@5",  # type: ignore[attr-defined]
                     f"{a.mrr:.2f} / {a.recall_at_5:.2f}", f"{b.mrr:.2f} / {b.recall_at_5:.2f}"))  # type: ignore[attr-defined]
    for key, label in (("first_result_s", "cold first result, rare word (s)"),
                       ("first_result_common_s", f"cold first result, '{common}' (s)"),
                       ("cold_kb", "cold search bytes served (kB)"), ("cold_gz_kb", "cold search bytes gzip (kB)"),
                       ("warm_kb", "warm 2nd query bytes (kB)"), ("warm_gz_kb", "warm 2nd query bytes gzip (kB)")):
        rows.append((label, cold["prebuilt"][key], cold["pagefind"][key]))
    for key, label in (("index_mb", "index on disk (MB)"), ("index_gz_mb", "index gzip (MB)"), ("files", "index files"),
                       ("wall_s", "index build alone, wall (s)"), ("cpu_s", "index build alone, CPU (s)"),
                       ("peak_mb", "index build alone, peak memory (MB)")):
        rows.append((label, indexes["prebuilt"][key], indexes["pagefind"][key]))
    counts = {e: answers[e][-1]["total"] for e in ENGINES}
    unanswered = {e: sum(bool(a.get("unanswered")) for a in answers[e]) for e in ENGINES}
    rows += [
        (f"queries left unanswered ({ANSWER_TIMEOUT_S} s)", unanswered["prebuilt"], unanswered["pagefind"]),
        (f"count for '{common}' (true: {common_truth})", counts["prebuilt"], counts["pagefind"]),
        ("snippet marks the match (phrase, rare)", snippets["prebuilt"], snippets["pagefind"]),
        ("facets with counts", "none", f"{facets['facets']} ({facets['values']} values)"),
        ("facet counts equal front matter", "-", facets["counts_match"]),
        ("browse by facet, no query", "no", f"yes (year {facets['year']}: {facets['browse']}"
                                             f" of {facets['browse_truth']})"),
    ]
    print(f"\nsearch engines at {n:,} articles; site build {build['wall_s']:.0f} s wall, {build['cpu_s']:.0f} s CPU,"
          f" {build['peak_mb']:.0f} MB peak (with today's index); {load()}")
    print(f"prebuilt index rebuilt alone matches the build's: {indexes['prebuilt']['rebuild_matches_build']};"
          f" pagefind runtime (pagefind.js + wasm, gzip): {indexes['pagefind']['runtime_gz_kb']:.0f} kB")
    print("search box renders the worker's answers in order: "
          + ", ".join(f"{e} {answers[e][-1]['rendered_as_answered']}" for e in ENGINES))
    print(table(rows))
    print(verdict(q_all, cold, bool(facets["counts_match"])))


if __name__ == "__main__":
    main()

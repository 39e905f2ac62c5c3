"""Benchmark: the same HTML pages converted from one WARC and as loose .html files, rate and peak memory.

    python bench/bench_containers.py [--shared ../shared] [--pages 1000 | --size-mb 1000] [--jobs N]
                                     [--repeat N] [--keep FOLDER]

Builds PAGES distinct copies of the shared corpus's saved HTML (SHARED/corpus/scrapinghub/html, each
copy with its own title, URL and paragraph, as bench_convert.py makes them), writes them once as
loose `.html` files and once as the response records of one gzipped WARC (streamed by warcio: the
WARC is never in memory), then converts each in a fresh process, --repeat times, and prints (figures
only, nothing asserted):

- pages per second for the WARC and for the loose files (each run printed, then the median), and the
  WARC's rate as a share of the loose files' (the issue's target: at least 90%);
- peak memory of the largest process of each run (the main process or a worker; target < 500 MB for
  a 1 GB WARC: --size-mb 1000 writes copies until the WARC's pages add up to that size).

On a busy or shared machine the rates are meaningless; say so beside any figure you quote.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_convert import build, load  # noqa: E402

from converter.containers.samples import WarcRecord, write_warc  # noqa: E402

_RUN = """
import json, resource, sys, time
from pathlib import Path
from converter.options import ConvertOptions
from converter.pipeline import convert_tree
raw, docs, jobs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
started = time.perf_counter()
report = convert_tree(ConvertOptions(raw_dir=raw, docs_dir=docs, jobs=jobs, quiet=True))
seconds = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "articles": report.articles, "failed": len(report.failed),
                  "converted": len(report.converted), "peak_mb": max(own, workers)}))
"""


def timed_run(raw: Path, docs: Path, jobs: int) -> dict:
    shutil.rmtree(docs, ignore_errors=True)
    command = [sys.executable, "-c", _RUN, str(raw), str(docs), str(jobs)]
    done = subprocess.run(command, cwd=REPO, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def copies_for(size_mb: float, sources: dict[str, str]) -> int:
    """Copies whose pages add up to about `size_mb` (copies are the size of their source, give or take)."""
    average = sum(len(text.encode()) for text in sources.values()) / len(sources)
    return max(1, int(size_mb * 1024 * 1024 / average))


def records(loose: Path) -> Iterator[WarcRecord]:
    for number, path in enumerate(sorted(loose.glob("*.html"))):
        yield WarcRecord(f"https://bench.example/{number}/{path.stem}", path.read_bytes())


def measure(label: str, raw: Path, docs: Path, jobs: int, repeat: int, pages: int) -> tuple[float, float]:
    rates, peaks = [], []
    for attempt in range(1, repeat + 1):
        run = timed_run(raw, docs, jobs)
        rates.append(pages / run["seconds"])
        peaks.append(run["peak_mb"])
        print(
            f"  {label} run {attempt}: {run['seconds']:.1f} s, {rates[-1]:.1f} pages/s, {run['articles']} articles, "
            f"{run['failed']} failed, peak {run['peak_mb']:.0f} MB (largest process)"
        )
    return statistics.median(rates), max(peaks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--pages", type=int, default=1000, help="copies of the corpus pages (default 1000)")
    size.add_argument("--size-mb", type=float, help="copies until the pages add up to this many MB")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) instead of a temporary one")
    args = parser.parse_args(argv)
    jobs = args.jobs or os.cpu_count() or 1

    sources = load(args.shared / "corpus" / "scrapinghub" / "html", ".html")
    pages = copies_for(args.size_mb, sources) if args.size_mb else args.pages
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-containers-"))
    loose, warc_dir = work / "loose", work / "warc"
    try:
        build(sources, "html", pages, loose)
        warc_dir.mkdir(parents=True)
        with open(warc_dir / "crawl.warc.gz", "wb") as handle:
            write_warc(handle, records(loose))
        loose_mb = sum(path.stat().st_size for path in loose.glob("*.html")) / 1024 / 1024
        warc_mb = (warc_dir / "crawl.warc.gz").stat().st_size / 1024 / 1024
        print(f"{pages} pages: {loose_mb:.0f} MB as loose .html files, a {warc_mb:.0f} MB WARC.gz; --jobs {jobs}")
        warc_rate, warc_peak = measure("WARC ", warc_dir, work / "docs-warc", jobs, args.repeat, pages)
        loose_rate, loose_peak = measure("loose", loose, work / "docs-loose", jobs, args.repeat, pages)
        print(f"WARC:  {warc_rate:.1f} pages/s (median), peak {warc_peak:.0f} MB")
        print(f"loose: {loose_rate:.1f} pages/s (median), peak {loose_peak:.0f} MB")
        print(f"WARC rate / loose rate: {warc_rate / loose_rate:.0%} (target >= 90%); peak target < 500 MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run every candidate on every labelled page once and cache the results (see train/dataset.py).

python train/build_cache.py [--shared ../shared] [--sets scrapinghub naeb wceb-train] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=dataset.REPO.parent / "shared")
    parser.add_argument("--sets", nargs="+", default=list(dataset.SETS))
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    args = parser.parse_args(argv)
    for name in args.sets:
        pages = dataset.load_pages(args.shared, name)
        pages = pages[: args.limit] if args.limit else pages
        start = time.perf_counter()
        dataset.cached(pages, args.shared)
        print(f"{name}: {len(pages)} pages cached ({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

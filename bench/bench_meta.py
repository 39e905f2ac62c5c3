"""Benchmark: HTML metadata (title, authors, date) on the labelled news sets, whole set and leave-one-site-out.

    python bench/bench_meta.py [--shared ../shared] [--worst N]

Reads every labelled page of naeb (SHARED/corpus/naeb/meta.json) and scrapinghub (tests/fixtures/meta.json),
runs `converter.html.metadata.extract_metadata` on it and scores with SHARED/eval/score_meta.py (its own
normalisation and metrics: title lenient, authors mean precision and recall, date exact day and within a day).

The metadata rules hold numbers chosen on these pages rather than by eye: how many words an unconfirmed
<h1> needs to be taken as the headline (`_HEADLINE_WORDS`), how many text pieces after the headline a
'by …' credit line is looked for in (`_CREDIT_WINDOW`), and, for a second name the structured byline lists,
how many text pieces before its visible element a label of no writer ('Contributions from') is looked for in
(`_LABEL_LOOKBACK`) and how many words such a label has at most (`_LABEL_WORDS`), and how many words the
block around a byline's first name may have for a co-author the markup adds to be read in it
(`_BYLINE_BLOCK_WORDS`). Leave-one-site-out: for
each site (label `site`, scrapinghub pages grouped by URL host), each number is chosen from its grid on the
pages of every other site (the other numbers at their shipped values), and the held-out site's pages are
scored with all the chosen values at once. Those figures are the ones that predict pages of sites never
seen; the whole-set figures use the values the code ships. No other part of the metadata path is fitted,
so the rest of the rules count the same in both columns.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from converter.html import metadata  # noqa: E402
from converter.html.parse import parse_html  # noqa: E402
from converter.read import decode  # noqa: E402

GRIDS: dict[str, list[int]] = {
    "_HEADLINE_WORDS": [1, 2, 3, 4, 5, 6],
    "_CREDIT_WINDOW": [10, 20, 40, 80, 160],
    "_LABEL_LOOKBACK": [1, 2, 4, 6, 10],
    "_LABEL_WORDS": [1, 2, 3, 4, 6, 8],
    "_BYLINE_BLOCK_WORDS": [10, 20, 40, 80, 160],
}
# Which score each number is chosen by: the field it decides.
FIELD_OF = {
    "_HEADLINE_WORDS": "title",
    "_CREDIT_WINDOW": "authors",
    "_LABEL_LOOKBACK": "authors",
    "_LABEL_WORDS": "authors",
    "_BYLINE_BLOCK_WORDS": "authors",
}


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_meta", shared / "eval" / "score_meta.py")
    assert spec and spec.loader, "score_meta.py not found"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled_sets(shared: Path) -> dict[str, tuple[Path, Path]]:
    return {
        "naeb": (shared / "corpus" / "naeb" / "meta.json", shared / "corpus" / "naeb" / "html"),
        "scrapinghub": (REPO / "tests" / "fixtures" / "meta.json", shared / "corpus" / "scrapinghub" / "html"),
    }


@contextmanager
def setting(values: dict[str, int]) -> Iterator[None]:
    old = {name: getattr(metadata, name) for name in values}
    for name, value in values.items():
        setattr(metadata, name, value)
    try:
        yield
    finally:
        for name, value in old.items():
            setattr(metadata, name, value)


def predict(html_path: Path) -> dict[str, Any]:
    root = parse_html(decode(html_path.read_bytes(), html_path.name))
    found = metadata.extract_metadata(root)
    return {
        "title": found.title or "",
        "authors": list(found.authors),
        "date": (found.date or "")[:10] or None,
        "url": found.source_url,
        "source_name": found.source_name,
    }


def page_scores(scorer: ModuleType, truth: dict[str, Any], pred: dict[str, Any]) -> dict[str, float | None]:
    d = scorer.score_article(pred, truth)
    return {
        "title": float(d["title"]["lenient"]),
        "authors_p": d["authors"]["precision"],
        "authors_r": d["authors"]["recall"],
        "date": None if d["date"]["ok"] is None else float(d["date"]["ok"]),
        "date_1": None if d["date"]["within_1_day"] is None else float(d["date"]["within_1_day"]),
    }


def field_score(scores: dict[str, float | None], field: str) -> float:
    """What a number is chosen by, per page: title right, or the authors' mean of precision and recall."""
    if field == "title":
        return scores["title"] or 0.0
    p, r = scores["authors_p"] or 0.0, scores["authors_r"]
    return p if r is None else (p + r) / 2


def summary(rows: list[dict[str, float | None]]) -> dict[str, float]:
    def mean(key: str) -> float:
        values = [row[key] for row in rows if row[key] is not None]
        return sum(values) / len(values) if values else 0.0  # type: ignore[arg-type]

    return {key: mean(key) for key in ("title", "authors_p", "authors_r", "date", "date_1")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--worst", type=int, default=0, help="list this many failing pages per set")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.shared)

    pages: list[tuple[str, str, Path, dict[str, Any]]] = []  # (set, group, html, truth)
    for name, (labels, folder) in labelled_sets(args.shared).items():
        truth = scorer.load_meta(labels)
        for page_id in sorted(truth):
            path = folder / f"{page_id}.html"
            if path.exists():
                group = truth[page_id].get("site") or urlsplit(truth[page_id].get("url") or "").hostname or page_id
                pages.append((name, f"{name}:{group.removeprefix('www.')}", path, truth[page_id]))

    # Every page scored under every value of every number (the others at their shipped values).
    shipped = {name: getattr(metadata, name) for name in GRIDS}
    by_value: dict[tuple[str, int], list[dict[str, float | None]]] = {}
    for name, grid in GRIDS.items():
        for value in grid:
            with setting({name: value}):
                by_value[name, value] = [page_scores(scorer, truth, predict(path)) for _, _, path, truth in pages]
    whole = by_value[next(iter(GRIDS)), shipped[next(iter(GRIDS))]]

    # Leave one site out: each number chosen on the other sites' pages, the held-out site scored with it.
    groups = sorted({group for _, group, _, _ in pages})
    held_out: list[dict[str, float | None]] = [{} for _ in pages]
    chosen: dict[str, Counter[int]] = defaultdict(Counter)
    for group in groups:
        inside = [i for i, page in enumerate(pages) if page[1] != group]
        outside = [i for i, page in enumerate(pages) if page[1] == group]
        values = {name: _best(name, by_value, inside, shipped[name]) for name in GRIDS}
        for name, value in values.items():
            chosen[name][value] += 1
        # The held-out site scored with every chosen value at once; date from the shipped run (nothing here
        # decides it).
        with setting(values):
            for i in outside:
                _, _, path, truth = pages[i]
                scores = page_scores(scorer, truth, predict(path))
                held_out[i] = {**whole[i], **{key: scores[key] for key in ("title", "authors_p", "authors_r")}}

    print(f"{'set':12} {'figures':18} {'pages':>5} {'title':>6} {'auth P':>6} {'auth R':>6} {'date':>6} {'±1 day':>6}")
    for name in labelled_sets(args.shared):
        index = [i for i, page in enumerate(pages) if page[0] == name]
        for label, rows in (("whole set", whole), ("leave-one-site-out", held_out)):
            s = summary([rows[i] for i in index])
            print(
                f"{name:12} {label:18} {len(index):5d} {s['title']:6.3f} {s['authors_p']:6.3f} {s['authors_r']:6.3f}"
                f" {s['date']:6.3f} {s['date_1']:6.3f}"
            )
    print(f"\n{len(groups)} sites held out in turn. Shipped values and how often each fold chose each value:")
    for name in GRIDS:
        print(f"  {name} = {shipped[name]} (fold choices: {dict(sorted(chosen[name].items()))})")
    if args.worst:
        _print_worst(pages, whole, args.worst, lambda s: field_score(s, "title") + field_score(s, "authors"))
    return 0


def _best(
    name: str, by_value: dict[tuple[str, int], list[dict[str, float | None]]], index: list[int], shipped: int
) -> int:
    """The grid value scoring best on these pages; ties go to the shipped value, then the smaller."""
    field = FIELD_OF[name]

    def total(value: int) -> float:
        return sum(field_score(by_value[name, value][i], field) for i in index)

    return max(GRIDS[name], key=lambda value: (round(total(value), 9), value == shipped, -value))


def _print_worst(
    pages: list[tuple[str, str, Path, dict[str, Any]]],
    rows: list[dict[str, float | None]],
    count: int,
    badness: Callable[[dict[str, float | None]], float],
) -> None:
    print("\nworst pages (whole set):")
    for i in sorted(range(len(pages)), key=lambda i: badness(rows[i]))[:count]:
        print(f"  {pages[i][1]:40} {pages[i][2].stem[:16]}  {rows[i]}")


if __name__ == "__main__":
    raise SystemExit(main())

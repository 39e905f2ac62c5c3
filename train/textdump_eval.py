"""Whole-pipeline figures of the text-dump extractor: whole set, and grouped cross-validation.

    .venv/bin/python train/textdump_eval.py            # the committed models on every page
    .venv/bin/python train/textdump_eval.py --cv       # and every model refitted without the held-out fold
    .venv/bin/python train/textdump_eval.py --cv --pages out.json   # per-page results, to compare runs

The shared scorers' own measures (check_aggregator.check_page, score.prf, score_meta's name and
title rules) on extract_text's output, page by page. Under --cv each fold (one aggregator layout, one generator,
or a fifth of the naeb/scrapinghub sites) refits ALL decisions in training order (walls, run,
title, byline, body lines, listing) on the other folds, each trained on pages located with the
fold's earlier decisions, then converts the held-out pages: the figure that predicts layouts and
sites the models never saw. textdump_train.py's per-decision CV keeps the other decisions fitted
on everything; this one does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import textdump_decisions as decisions_module
from textdump_data import Page, fold_name, folds, load_pages, page_labels, score_meta
from textdump_decisions import DECISIONS
from textdump_train import fit_pages

from converter.errors import NoArticle
from converter.textdump.extract import extract_text
from converter.textdump.model import override


def _scorers() -> tuple[Any, Any, Any]:
    meta = score_meta()
    import check_aggregator
    import score

    return meta, score, check_aggregator


def page_result(page: Page) -> dict[str, Any]:
    """The page's measures with the models in place now."""
    meta, score, agg = _scorers()
    try:
        extraction = extract_text(page.text, page.pid, repeated=page.repeated)
    except NoArticle:
        extraction = None
    out: dict[str, Any] = {"corpus": page.corpus, "group": page.group}
    article = extraction.article if extraction else None
    if page.body is not None:
        got = score.markdown_to_text(article.body) if article else ""
        precision, recall, f1 = score.prf(got, page.body)
        out.update(body_p=float(precision), body_r=float(recall), body_f1=float(f1))
    if page.related is not None:  # an aggregator page (the shared set or a generated one)
        labels = page_labels(page)
        main = (article.front_matter(), article.body) if article else None
        embedded = [(a.front_matter(), a.body) for a in extraction.embedded] if extraction else []
        row = agg.check_page(labels, main, embedded)
        out.update(
            {
                key: row[key]
                for key in (
                    "title",
                    "authors_exact",
                    "authors_p",
                    "authors_r",
                    "date",
                    "site",
                    "related_n",
                    "related_pred",
                    "related_hit",
                    "related_ok_pred",
                    "embedded_n",
                    "embedded_hit",
                    "embedded_extra",
                    "sub_n",
                    "sub_hit",
                )
            }
        )
        out["furniture_leaked"] = row["furniture_leaked"]
        return out
    if page.title:
        out["title"] = article is not None and meta.norm_title(article.title) == meta.norm_title(page.title)
    if page.authors is not None:
        predicted = meta.name_set(list(article.authors) if article else [])
        truth = meta.name_set(list(page.authors))
        out["authors_exact"] = predicted == truth
        out["authors_p"] = len(predicted & truth) / len(predicted) if predicted else float(not truth)
        if truth:
            out["authors_r"] = len(predicted & truth) / len(truth)
    return out


def _refit_all(train: list[Page]) -> None:
    """Every decision refitted on `train` in training order, each in place (override) for the next."""
    for decision in DECISIONS.values():
        decisions_module._located.cache_clear()  # located with the previous decisions' fold weights
        labelled = [page for page in train if decision.labelled(page)]
        override(decision.name, fit_pages(decision, labelled))
    decisions_module._located.cache_clear()


def whole(pages: tuple[Page, ...]) -> dict[str, dict[str, Any]]:
    return {page.pid: page_result(page) for page in pages}


def cross_validated(pages: tuple[Page, ...], shared_folds_only: bool = False) -> dict[str, dict[str, Any]]:
    """`shared_folds_only`: hold out only the folds that hold pages of the shared sets (no generator's fold):
    the figures that compare with a run without the generated pages, in two thirds of the time."""
    results: dict[str, dict[str, Any]] = {}
    try:
        for held in folds(pages):
            if shared_folds_only and all("/" in group for group in held):
                continue
            train = [page for page in pages if page.group not in held]
            _refit_all(train)
            for page in pages:
                if page.group in held:
                    results[page.pid] = page_result(page)
            print(f"  fold {fold_name(held):<28} done", file=sys.stderr)
    finally:
        for decision in DECISIONS.values():
            override(decision.name, None)
        decisions_module._located.cache_clear()
    return results


def summary(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    by_corpus: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in results.values():
        by_corpus[row["corpus"]].append(row)
    out: dict[str, dict[str, float]] = {}
    for corpus, rows in sorted(by_corpus.items()):
        figures: dict[str, float] = {"pages": len(rows)}
        p, r = (sum(row[key] for row in rows if key in row) / len(rows) for key in ("body_p", "body_r"))
        if any("body_p" in row for row in rows):
            # as score.py reports a set: the F1 of the mean precision and recall, beside the mean page F1
            figures.update(body_P=p, body_R=r, body_F1=2 * p * r / (p + r) if p + r else 0.0)
        for key in ("body_f1", "title", "authors_exact", "authors_p", "authors_r", "date", "site"):
            values = [float(row[key]) for row in rows if key in row]
            if values:
                figures[key] = sum(values) / len(values)
        if any("related_n" in row for row in rows):
            for name, hit, total in (
                ("related_R", "related_hit", "related_n"),
                ("related_P", "related_ok_pred", "related_pred"),
                ("embedded", "embedded_hit", "embedded_n"),
                ("subheadings", "sub_hit", "sub_n"),
            ):
                figures[name] = sum(row[hit] for row in rows) / max(1, sum(row[total] for row in rows))
            figures["embedded_extra"] = sum(row["embedded_extra"] for row in rows)
            figures["furniture_leak_pages"] = sum(bool(row["furniture_leaked"]) for row in rows)
        out[corpus] = figures
    return out


_COUNTS = ("pages", "embedded_extra", "furniture_leak_pages")


def _print(label: str, figures: dict[str, dict[str, float]]) -> None:
    print(label)
    for corpus, values in figures.items():
        shown = "  ".join(
            f"{key} {value:g}" if key in _COUNTS else f"{key} {value:.3f}" for key, value in values.items()
        )
        print(f"  {corpus:<12} {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="also the grouped cross-validated figures (minutes)")
    parser.add_argument("--pages", type=Path, help="write the per-page results here (JSON)")
    parser.add_argument(
        "--generated",
        action="store_true",
        help="add the training generators' aggregator pages (measured; fitted with textdump_data.GENERATED_WEIGHT)",
    )
    parser.add_argument(
        "--shared-folds", action="store_true", help="--cv holds out only the shared sets' folds (not the generators')"
    )
    args = parser.parse_args(argv)
    pages = load_pages(generated=args.generated)
    results = {"whole": whole(pages)}
    _print("whole set (committed models)", summary(results["whole"]))
    if args.cv:
        results["cv"] = cross_validated(pages, args.shared_folds)
        _print("cross-validated (every model refitted without the held-out layout or sites)", summary(results["cv"]))
    if args.pages:
        args.pages.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

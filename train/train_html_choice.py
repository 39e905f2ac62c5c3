"""Fit the HTML main-content chooser (converter/models/html_choice.json) and print how it does.

    python train/train_html_choice.py [--shared ../shared] [--folds 5] [--dry-run]

Reads the cached candidates of every labelled page (train/dataset.py; computed on first use),
scores each candidate's article body against the truth with the shared metric, and fits a linear
ranking: for every two candidates of a page whose bodies differ by more than MIN_GAP in F1, the
difference of their features (converter/html/features.py) should tell which is better (logistic
regression without intercept, each pair weighted by its F1 difference). A candidate's score is then
a dot product, and the best-scoring candidate is chosen.
Fitted on Scrapinghub + NAEB only (MIT, Apache-2.0). Before writing the weights it prints grouped
cross-validated figures (group = site; each fold's pages scored by a model fitted on the other
folds), and the wceb-train figures of the shipped model, which never sees those pages.
Deterministic: sorted pages, fixed seeds, single thread.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dataset

from converter.html.candidates import CANDIDATES
from converter.html.choose import MODEL, Decision, decide
from converter.html.features import PageStats, Shape, candidate_features
from converter.models import FOLDER

NAMES = list(CANDIDATES)
FIRST = NAMES[0]
# Hyperparameters, few on purpose: L2 strength, pairs worth learning from, the first candidate's lead.
C = 0.01
MIN_GAP = 0.01
MARGIN = 0.0


class Example:
    """One page: its candidates' features, their bodies' F1, and a fetch that reads the cache."""

    def __init__(self, page: dataset.Page, entry: dict[str, Any], prf: Callable[[str, str], tuple]) -> None:
        self.page = page
        self.entry = entry
        self.stats = PageStats(**entry["page"])
        self.f1 = {
            name: prf(entry["bodies"][name] or "", page.truth)[2] if entry["bodies"][name] is not None else 0.0
            for name in [*NAMES, "rule"]
        }
        shapes = {name: Shape.of(entry["candidates"][name]) for name in NAMES}
        self.features = candidate_features(shapes, self.stats)
        for name in NAMES:
            self.features[name] |= {f"is_{other}": float(other == name) for other in NAMES}

    def fetch(self, name: str) -> str:
        return self.entry["candidates"][name]

    def decide(self, model: dict[str, Any]) -> Decision:
        return decide(self.fetch, self.stats, model)


def load(shared: Path, sets: tuple[str, ...]) -> dict[str, list[Example]]:
    sys.path.insert(0, str(shared / "eval"))
    import score

    out: dict[str, list[Example]] = {}
    for name in sets:
        pages = dataset.load_pages(shared, name)
        entries = dataset.cached(pages, shared)
        out[name] = [Example(page, entries[page.id], score.prf) for page in pages if entries[page.id]["page"]]
    return out


def fit(examples: list[Example]) -> dict[str, Any]:
    """The model file's content (without provenance), fitted on these pages."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    features = sorted(examples[0].features[FIRST])

    def row(ex: Example, name: str) -> Any:
        return np.array([ex.features[name][f] for f in features])

    pairs, better, weights = [], [], []
    for ex in examples:
        for i, a in enumerate(NAMES):
            for b in NAMES[i + 1 :]:
                gap = ex.f1[a] - ex.f1[b]
                if abs(gap) > MIN_GAP:  # both orders, so the ranking has no side to lean to
                    pairs += [row(ex, a) - row(ex, b), row(ex, b) - row(ex, a)]
                    better += [gap > 0, gap < 0]
                    weights += [abs(gap)] * 2
    spread = np.std(np.array([row(ex, n) for ex in examples for n in NAMES]), axis=0)
    scale = np.where(spread > 1e-9, spread, 1.0)  # standardised for the L2 penalty, then undone
    ranking = LogisticRegression(C=C, fit_intercept=False, max_iter=5000)
    ranking.fit(np.array(pairs) / scale, np.array(better), sample_weight=np.array(weights))
    coefficients = ranking.coef_[0] / scale
    return {
        "decision": MODEL,
        "candidates": NAMES,
        "margin": MARGIN,
        "weights": {f: round(float(w), 6) for f, w in zip(features, coefficients, strict=True)},
    }


def grouped_folds(examples: list[Example], folds: int) -> list[list[Example]]:
    """Sites dealt to folds largest first, each to the fold with fewest pages so far (deterministic)."""
    sites: dict[str, list[Example]] = {}
    for ex in examples:
        sites.setdefault(ex.page.group, []).append(ex)
    out: list[list[Example]] = [[] for _ in range(folds)]
    for site in sorted(sites, key=lambda s: (-len(sites[s]), s)):
        min(out, key=len).extend(sites[site])
    return out


def cross_validated(train: list[Example], folds: int) -> dict[str, Decision]:
    """Each training page's choice by a model fitted on the other folds (no page of its site seen)."""
    chosen: dict[str, Decision] = {}
    parts = grouped_folds(train, folds)
    for k, held in enumerate(parts):
        model = fit([ex for j, part in enumerate(parts) if j != k for ex in part])
        chosen |= {ex.page.id: ex.decide(model) for ex in held}
    return chosen


def figures(examples: list[Example], chosen: dict[str, Decision]) -> dict[str, float]:
    n = len(examples)
    ours = [ex.f1[chosen[ex.page.id].chosen] for ex in examples]
    return {
        "pages": n,
        "f1": sum(ours) / n,
        "rule": sum(ex.f1["rule"] for ex in examples) / n,
        "oracle": sum(max(ex.f1[c] for c in NAMES) for ex in examples) / n,
        **{name: sum(ex.f1[name] for ex in examples) / n for name in NAMES},
    }


def report(data: dict[str, list[Example]], cv: dict[str, Decision], shipped: dict[str, Decision]) -> None:
    print("mean per-page body F1 of the candidate bodies (after the rest of the HTML path); ours = the chooser's")
    print(
        f"{'set':12} {'how':6} {'pages':>5} {'ours':>6} {'rules':>6} {'oracle':>6} "
        + " ".join(f"{n[:11]:>11}" for n in NAMES)
    )
    for name, examples in data.items():
        for how, chosen in (("cv", cv), ("whole", shipped)):
            if how == "cv" and name not in dataset.TRAIN_SETS:
                continue  # never trained on: the shipped model's figures are already out of sample
            fig = figures(examples, chosen)
            print(
                f"{name:12} {how:6} {fig['pages']:5d} {fig['f1']:6.3f} {fig['rule']:6.3f} {fig['oracle']:6.3f} "
                + " ".join(f"{fig[n]:11.3f}" for n in NAMES)
            )


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True, cwd=dataset.REPO
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=dataset.REPO.parent / "shared")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)

    data = load(args.shared, dataset.SETS)
    train = [ex for name in dataset.TRAIN_SETS for ex in data[name]]
    cv = cross_validated(train, args.folds)
    model = fit(train)
    shipped = {ex.page.id: ex.decide(model) for examples in data.values() for ex in examples}
    report(data, cv, shipped)
    model["trained_on"] = {
        "sets": {name: len(data[name]) for name in dataset.TRAIN_SETS},
        "commit": _commit(),
        "script": "train/train_html_choice.py",
        "cv_folds": args.folds,
        "cv_mean_f1": {name: round(figures(data[name], cv)["f1"], 4) for name in dataset.TRAIN_SETS},
    }
    if not args.dry_run:
        path = FOLDER / f"{MODEL}.json"
        path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(dataset.REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

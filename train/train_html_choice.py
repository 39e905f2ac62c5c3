"""Fit the HTML main-content chooser (converter/models/html_choice.json) and print how it does.

    python train/train_html_choice.py [--shared ../shared] [--folds 5] [--dry-run]

Reads the cached candidates of every labelled page (train/dataset.py; computed on first use),
scores each candidate's article body against the truth with the shared metric, and fits:
  - the scorer: shallow gradient-boosted regression trees predicting, from a candidate's features
    (converter/html/features.py), how much better its body F1 is than trafilatura's fast path's;
  - the gate: a logistic regression that, from the fast path's result alone, estimates whether any
    other candidate does better by a clear margin (when not, the others are never run).
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
import dataset  # noqa: E402

from converter.html.candidates import CANDIDATES  # noqa: E402
from converter.html.choose import MODEL, Decision, decide  # noqa: E402
from converter.html.features import PageStats, Shape, candidate_features, reading_features  # noqa: E402
from converter.models import FOLDER  # noqa: E402

NAMES = list(CANDIDATES)
FIRST = NAMES[0]
# Hyperparameters, fixed by hand before looking at held-out figures (kept few on purpose).
TREES = {"n_estimators": 80, "max_depth": 3, "learning_rate": 0.1, "min_samples_leaf": 8, "subsample": 0.8}
# Another candidate must be predicted this much better than the fast path to replace it.
MARGIN = 0.02
# The gate runs the other candidates when it puts the chance that one does clearly better above this.
GATE_THRESHOLD = 0.15
# "Clearly better" for the gate's labels.
GATE_GAIN = 0.05


class Example:
    """One page: its candidates' features, their bodies' F1, and a fetch that reads the cache."""

    def __init__(self, page: dataset.Page, entry: dict[str, Any], prf: Callable[[str, str], tuple]) -> None:
        self.page = page
        self.entry = entry
        self.stats = PageStats(**entry["page"])
        self.f1 = {name: prf(entry["bodies"][name] or "", page.truth)[2] if entry["bodies"][name] is not None
                   else 0.0 for name in [*NAMES, "rule"]}
        shapes = {name: Shape.of(entry["candidates"][name]) for name in NAMES}
        self.features = candidate_features(shapes, self.stats)
        for name in NAMES:
            self.features[name] |= {f"is_{other}": float(other == name) for other in NAMES}
        self.alone = reading_features(shapes[FIRST], self.stats)

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


def _export_trees(estimator: Any, features: list[str]) -> dict[str, Any]:
    trees = []
    for (tree,) in estimator.estimators_:
        t = tree.tree_
        trees.append({"feature": [int(f) for f in t.feature], "threshold": [round(float(x), 6) for x in t.threshold],
                      "left": [int(x) for x in t.children_left], "right": [int(x) for x in t.children_right],
                      "value": [round(float(v), 6) for v in t.value[:, 0, 0]]})
    return {"features": features, "init": float(estimator.init_.constant_[0][0]),
            "rate": estimator.learning_rate, "trees": trees}


def fit(examples: list[Example]) -> dict[str, Any]:
    """The model file's content (without provenance), fitted on these pages."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingRegressor
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    features = sorted(examples[0].features[FIRST])
    x = np.array([[ex.features[name][f] for f in features] for ex in examples for name in NAMES])
    y = np.array([ex.f1[name] - ex.f1[FIRST] for ex in examples for name in NAMES])
    scorer = GradientBoostingRegressor(random_state=0, **TREES).fit(x, y)

    gate_features = sorted(examples[0].alone)
    gx = np.array([[ex.alone[f] for f in gate_features] for ex in examples])
    gy = np.array([max(ex.f1[n] for n in NAMES) - ex.f1[FIRST] > GATE_GAIN for ex in examples])
    scaler = StandardScaler().fit(gx)
    if gy.all() or not gy.any():  # one class only: a constant gate
        weights, bias = dict.fromkeys(gate_features, 0.0), 10.0 if gy.all() else -10.0
    else:
        logistic = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000).fit(scaler.transform(gx), gy)
        scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
        raw = logistic.coef_[0] / scale  # back to unscaled features: the loader takes them as they come
        weights = {f: round(float(w), 6) for f, w in zip(gate_features, raw, strict=True)}
        bias = float(logistic.intercept_[0] - (raw * scaler.mean_).sum())
    return {
        "decision": MODEL,
        "candidates": NAMES,
        "margin": MARGIN,
        "gate": {"weights": weights, "bias": round(bias, 6), "threshold": GATE_THRESHOLD},
        "scorer": _export_trees(scorer, features),
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
    return {"pages": n, "f1": sum(ours) / n, "rule": sum(ex.f1["rule"] for ex in examples) / n,
            "oracle": sum(max(ex.f1[c] for c in NAMES) for ex in examples) / n,
            "gate_open": sum(len(chosen[ex.page.id].ran) > 1 for ex in examples) / n,
            **{name: sum(ex.f1[name] for ex in examples) / n for name in NAMES}}


def report(data: dict[str, list[Example]], cv: dict[str, Decision], shipped: dict[str, Decision]) -> None:
    print("mean per-page body F1 of the candidate bodies (after the rest of the HTML path); ours = the chooser's")
    print(f"{'set':12} {'how':6} {'pages':>5} {'ours':>6} {'rules':>6} {'oracle':>6} {'gate':>5} "
          + " ".join(f"{n[:11]:>11}" for n in NAMES))
    for name, examples in data.items():
        for how, chosen in (("cv", cv), ("whole", shipped)):
            if how == "cv" and name not in dataset.TRAIN_SETS:
                continue  # never trained on: the shipped model's figures are already out of sample
            fig = figures(examples, chosen)
            print(f"{name:12} {how:6} {fig['pages']:5d} {fig['f1']:6.3f} {fig['rule']:6.3f} {fig['oracle']:6.3f} {fig['gate_open']:5.2f} "
                  + " ".join(f"{fig[n]:11.3f}" for n in NAMES))


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True,
                              cwd=dataset.REPO).stdout.strip()
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

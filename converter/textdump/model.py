"""Learned decisions of the text-dump extractor: linear models read from converter/models/textdump_*.json.

A model file holds the feature names, their weights, a bias and a threshold, plus where the
weights came from (training data, commit). Scoring is a dot product over named features, so a
decision can be explained line by line (see `explain`). Training lives in train/textdump_train.py.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache

from converter.models import FOLDER

# (the models package's own folder, not one found from this file: a compiled build of this module lives elsewhere)
MODELS_DIR = FOLDER


@dataclass(frozen=True)
class LinearModel:
    name: str
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def score(self, values: dict[str, float]) -> float:
        """The decision's log-odds: bias + Σ weight × feature (a missing feature counts 0)."""
        # Products added one by one in the order of the model's features, from 0.0, as sum() adds floats (the same
        # float result); a loop, which mypyc compiles to arithmetic on C doubles (no float object per product).
        total = 0.0
        for name, weight in zip(self.features, self.weights, strict=True):
            total += weight * values.get(name, 0.0)
        return self.bias + total

    def accepts(self, values: dict[str, float]) -> bool:
        return self.score(values) > self.threshold


# Training swaps in a fold's weights without writing files: name → model.
_OVERRIDES: dict[str, LinearModel] = {}


def model(name: str) -> LinearModel:
    """The committed model `converter/models/<name>.json` (or a training override)."""
    return _OVERRIDES.get(name) or _load(name)


@cache
def _load(name: str) -> LinearModel:
    return from_dict(name, json.loads((MODELS_DIR / f"{name}.json").read_text(encoding="utf-8")))


def from_dict(name: str, data: dict[str, object]) -> LinearModel:
    weights = data["weights"]
    if not isinstance(weights, dict):
        raise ValueError(f"model {name}: 'weights' must map feature names to numbers")
    return LinearModel(
        name=name,
        # Interned, as the feature dicts' literal keys are: each look-up then finds its key by identity.
        features=tuple(map(sys.intern, weights)),
        weights=tuple(float(value) for value in weights.values()),
        bias=float(data["bias"]),  # type: ignore[arg-type]
        threshold=float(data.get("threshold", 0.0)),  # type: ignore[arg-type]
    )


def override(name: str, replacement: LinearModel | None) -> None:
    """Use `replacement` for `name` until called again with None (cross-validation folds)."""
    if replacement is None:
        _OVERRIDES.pop(name, None)
    else:
        _OVERRIDES[name] = replacement


def explain(decision: LinearModel, values: dict[str, float]) -> str:
    """'score 1.23: +2.10 by_label, -0.80 sentence_end, ...' (largest contributions first)."""
    parts = sorted(
        ((w * values.get(f, 0.0), f) for f, w in zip(decision.features, decision.weights, strict=True)),
        key=lambda item: -abs(item[0]),
    )
    shown = ", ".join(f"{value:+.2f} {name}" for value, name in parts if value)
    return f"score {decision.score(values):+.2f}: {shown or 'bias only'}"

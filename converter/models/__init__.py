"""Learned parameters, one small JSON file per decision (written by `make train`), and their loader.

A model file names its features, holds its weights (a linear model or a few shallow trees, read in
plain Python), and records the data and commit it was fitted on and its cross-validated figures.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent


@cache
def load(decision: str) -> dict[str, Any]:
    """The parameters of one decision (`converter/models/<decision>.json`), read once per process."""
    return json.loads((FOLDER / f"{decision}.json").read_text(encoding="utf-8"))


def linear(weights: dict[str, float], bias: float, features: dict[str, float]) -> float:
    """bias + Σ weight × feature (a feature the model does not name is ignored)."""
    return bias + sum(weight * features[name] for name, weight in weights.items())


def trees(model: dict[str, Any], features: dict[str, float]) -> float:
    """A sum of shallow regression trees, each stored as sklearn's parallel node arrays."""
    names: list[str] = model["features"]
    total = float(model["init"])
    for tree in model["trees"]:
        node = 0
        while tree["left"][node] >= 0:  # a leaf has no children (-1)
            value = features[names[tree["feature"][node]]]
            node = tree["left"][node] if value <= tree["threshold"][node] else tree["right"][node]
        total += model["rate"] * tree["value"][node]
    return total

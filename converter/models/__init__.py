"""Learned parameters, one small JSON file per decision (written by `make train`), and their loader.

A model file names its features, holds its weights (a linear model, read in plain Python), and
records the data and commit it was fitted on and its cross-validated figures.
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

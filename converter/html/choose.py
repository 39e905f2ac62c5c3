"""Main content of a page: the candidate (html.candidates) a learned model expects to read best.

The model (models/html_choice.json, fitted by `make train` on labelled news pages) predicts, from a
candidate's features (html.features: its length, build, prose-likeness, share of the page, and how
far the other candidates agree with it), the body F1 the article would score if made from it; the
highest prediction wins. A cheaper gate comes first: from trafilatura's fast path alone it tells
whether any other candidate is likely to do better, and when not, the others are never run.

Why a page got its body, for a bug report or a fix:  python -m converter.html.choose PAGE.html
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from converter import models
from converter.html.candidates import CANDIDATES
from converter.html.features import PageStats, Shape, candidate_features, reading_features

MODEL = "html_choice"


@dataclass(frozen=True)
class Decision:
    chosen: str
    # Why: the gate's estimate that another candidate does better, and when it ran, each
    # candidate's features and predicted F1.
    gate: float
    features: dict[str, dict[str, float]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def ran(self) -> tuple[str, ...]:
        return tuple(self.features) or (self.chosen,)


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-max(-60.0, min(60.0, x))))


def _with_identity(row: dict[str, float], name: str, names: list[str]) -> dict[str, float]:
    return row | {f"is_{other}": float(other == name) for other in names}


def decide(fetch: Callable[[str], str], page: PageStats, model: dict[str, Any] | None = None) -> Decision:
    """Choose among the candidates; `fetch(name)` runs one (or reads it from a cache) when first asked."""
    model = model or models.load(MODEL)
    names: list[str] = model["candidates"]
    first = names[0]
    gate = model["gate"]
    alone = reading_features(Shape.of(fetch(first)), page)
    doubt = _sigmoid(models.linear(gate["weights"], gate["bias"], alone))
    if doubt < gate["threshold"]:
        return Decision(first, doubt)
    shapes = {name: Shape.of(fetch(name)) for name in names}
    features = {name: _with_identity(row, name, names) for name, row in candidate_features(shapes, page).items()}
    scores = {name: models.trees(model["scorer"], row) for name, row in features.items()}
    best = max(names, key=lambda name: scores[name])
    # The first candidate (the cheapest, and the most precise) stands unless another is clearly better.
    chosen = best if scores[best] - scores[first] > model["margin"] else first
    return Decision(chosen, doubt, features, scores)


def main_content(tree: lxml_html.HtmlElement) -> str:
    """The article's main content as an HTML fragment ('' when none is found)."""
    return choose(tree)[0]


def choose(tree: lxml_html.HtmlElement) -> tuple[str, Decision]:
    results: dict[str, str] = {}

    def fetch(name: str) -> str:
        if name not in results:
            results[name] = CANDIDATES[name](tree)
        return results[name]

    decision = decide(fetch, PageStats.of(tree))
    return fetch(decision.chosen), decision


def explain(decision: Decision) -> str:
    """The decision as a table: each candidate's features and predicted F1, and which won."""
    lines = [f"gate: another candidate does better with probability {decision.gate:.3f}"]
    if not decision.features:
        return "\n".join([*lines, f"chosen: {decision.chosen} (the others were not run)"])
    names = list(decision.features)
    lines.append(f"{'feature':28}" + "".join(f"{name[:16]:>17}" for name in names))
    for feature in decision.features[names[0]]:
        lines.append(f"{feature:28}" + "".join(f"{decision.features[n][feature]:17.3f}" for n in names))
    lines.append(f"{'predicted F1':28}" + "".join(f"{decision.scores[n]:17.3f}" for n in names))
    lines.append(f"chosen: {decision.chosen}")
    return "\n".join(lines)


def _explain_page(path: str) -> str:
    import converter.extract_html as extract_module
    from converter.read import decode

    seen: list[Decision] = []

    def traced(tree: lxml_html.HtmlElement) -> str:
        fragment, decision = choose(tree)
        seen.append(decision)
        return fragment

    saved, extract_module.main_content = extract_module.main_content, traced
    try:
        with open(path, "rb") as handle:
            extract_module.extract_html(decode(handle.read(), path), path)
    finally:
        extract_module.main_content = saved
    return explain(seen[0]) if seen else "the page failed before its main content was chosen"


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(f"{argument}\n{_explain_page(argument)}")

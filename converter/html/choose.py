"""Main content of a page: the candidate (html.candidates) a learned ranking expects to read best.

Each candidate gets a score, a dot product of its features (html.features: its length, build,
prose-likeness, share of the page, and how far the other candidates agree with it) with weights
fitted by `make train` on labelled news pages (models/html_choice.json): the weights come from
pairs of candidates of one page, the better-scoring body against the worse. The highest score wins;
the first candidate (the cheapest) stands unless another beats it by the model's margin.

This runs every candidate on the page, several times the cost of the hand rules in html.content,
and under grouped cross-validation it does not beat them yet on news pages (bench/bench_quality.py):
extract_html keeps the hand rules until it does. Why the model would choose what it chooses, for
one page:  python -m converter.html.choose PAGE.html
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

from converter import models
from converter.html.candidates import CANDIDATES
from converter.html.content import Runs
from converter.html.features import PageStats, Shape, candidate_features

MODEL = "html_choice"


@dataclass(frozen=True)
class Decision:
    chosen: str
    # Why: each candidate's features and score.
    features: dict[str, dict[str, float]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)


def _with_identity(row: dict[str, float], name: str, names: list[str]) -> dict[str, float]:
    return row | {f"is_{other}": float(other == name) for other in names}


def decide(fetch: Callable[[str], str], page: PageStats, model: dict[str, Any] | None = None) -> Decision:
    """Choose among the candidates; `fetch(name)` runs one (or reads it from a cache) when first asked."""
    model = model or models.load(MODEL)
    names: list[str] = model["candidates"]
    first = names[0]
    shapes = {name: Shape.of(fetch(name)) for name in names}
    features = {name: _with_identity(row, name, names) for name, row in candidate_features(shapes, page).items()}
    scores = {name: models.linear(model["weights"], 0.0, row) for name, row in features.items()}
    best = max(names, key=lambda name: scores[name])  # ties: the earlier (cheaper) candidate
    chosen = best if scores[best] - scores[first] > model["margin"] else first
    return Decision(chosen, features, scores)


def choose(tree: lxml_html.HtmlElement) -> tuple[str, Decision]:
    runs = Runs(tree)
    results: dict[str, str] = {}

    def fetch(name: str) -> str:
        if name not in results:
            results[name] = CANDIDATES[name](runs)
        return results[name]

    decision = decide(fetch, PageStats.of(tree))
    return fetch(decision.chosen), decision


def explain(decision: Decision) -> str:
    """The decision as a table: each candidate's features and score, and which won."""
    names = list(decision.features)
    lines = [f"{'feature':28}" + "".join(f"{name[:16]:>17}" for name in names)]
    for feature in decision.features[names[0]]:
        lines.append(f"{feature:28}" + "".join(f"{decision.features[n][feature]:17.3f}" for n in names))
    lines.append(f"{'score':28}" + "".join(f"{decision.scores[n]:17.3f}" for n in names))
    lines.append(f"chosen: {decision.chosen}")
    return "\n".join(lines)


def _explain_page(path: str) -> str:
    import converter.html.extract as extract_module
    from converter.errors import ConverterError
    from converter.read import decode

    seen: list[Decision] = []

    def traced(tree: lxml_html.HtmlElement, *_: Any) -> str:
        fragment, decision = choose(tree)
        seen.append(decision)
        return fragment

    saved, extract_module.main_content = extract_module.main_content, traced  # type: ignore[assignment]
    try:
        with open(path, "rb") as handle:
            extract_module.extract_html(decode(handle.read(), path), path)
    except ConverterError as exc:  # a page without an article can still show why
        print(f"{path}: {exc}", file=sys.stderr)
    finally:
        extract_module.main_content = saved
    return explain(seen[0]) if seen else "the page failed before its main content was chosen"


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(f"{argument}\n{_explain_page(argument)}")

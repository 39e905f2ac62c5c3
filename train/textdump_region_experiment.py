"""Experiment (not shipped): the body run's line scores learned from labelled pages instead of set by hand.

    .venv/bin/python train/textdump_region_experiment.py

region.score_lines gives each line of a dump a hand-set score (furniture -1.5, prose by its length,
list items 0.05, menu-like lines -0.6) and the body is the best-scoring run between list headings
(the maximum subarray). Here each line's score is instead a logistic model's log-odds that the line
stands in the article's body (general features of the line and its neighbours: prose, length, final
stop, list-item mark, menu-likeness, content marks, furniture, a list's items alike in shape, prose
above and below, the page's prose on both sides), less a shift, times the hand rule's length factor
(min(8, 0.5 + words / 10)), so that the run's sum counts words as the scorer does. The script fits it
by grouped cross-validation (textdump_data.folds; only this model refitted, the others as committed)
and prints body P/R/F1 by corpus, hand scores beside the learned ones.

Result (branch region23): the learned scores do NOT beat the hand-set ones, so they
are not used. This script's figures (mean page P and R per corpus, F1 of the means):

    hand scores        aggregator F .970   naeb P .876 R .944 F .909   scrapinghub F .949
    learned, shift 0   aggregator F .966   naeb P .883 R .951 F .916   scrapinghub F .942
    learned, shift .5  aggregator F .963   naeb P .878 R .954 F .914   scrapinghub F .939
    learned, shift 1   aggregator F .939   naeb P .866 R .955 F .909   scrapinghub F .947

Variants that did no better: sample weights by line length (naeb .913 at best, scrapinghub .938);
probability minus a floor instead of log-odds (p - .5: naeb .916, scrapinghub .941; p - .3: .907,
.946); a structured perceptron fitting the weights to the max-subarray choice itself (naeb .907,
scrapinghub .938). With the model wired in as a decision trained before the run choice (commit
f58fe67), train/textdump_eval.py --cv gave NAEB F1 .900 -> .911 (R .936 -> .950) but Scrapinghub
.946 -> .925, aggregator subheadings 1.0 -> .977, NAEB title .807 -> .798 and authors .684 -> .640:
the long lists inside articles are crossed (a points table, a list of deals after the opening
paragraphs), but a line scored alone cannot tell an article's list from the related links under it
as well as the hand scores' near-zero weight for short lines does, and the runs' totals change
scale under the run, title and byline decisions trained on them.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from converter.textdump import extract
from converter.textdump.lines import Line
from converter.textdump.linescore import MODEL, feature_names, features, weight
from converter.textdump.model import LinearModel, override
from converter.textdump.region import score_lines

__all__ = ["feature_names", "weight"]


def scores(lines: Sequence[Line], furniture: Sequence[bool], decision: LinearModel) -> list[float]:
    """Each line's weight in the body run: (log-odds of 'in the body' less the threshold) x its length factor."""
    return [
        (decision.score(values) - decision.threshold) * weight(line)
        for line, values in zip(lines, features(lines, furniture), strict=True)
    ]


def _learned(decision: LinearModel) -> Callable[[list[Line], list[bool]], list[float]]:
    return lambda lines, flags: scores(lines, flags, decision)


def main() -> int:
    from textdump_data import folds, load_pages
    from textdump_decisions import _NO_EVIDENCE, Region, _score
    from textdump_train import fit

    from converter.errors import NoArticle

    # The learned scores replace the hand ones here: no evidence added on top of them (linescore.blend).
    override(MODEL, _NO_EVIDENCE)

    def measure(page: object) -> tuple[float, float]:
        try:
            body = extract.extract_text(page.text, page.pid, repeated=page.repeated).article.body  # type: ignore[attr-defined]
        except NoArticle:
            return 0.0, 0.0
        precision, recall, _ = _score().prf(_score().markdown_to_text(body), page.body)  # type: ignore[attr-defined]
        return float(precision), float(recall)

    decision = Region()
    pages = [page for page in load_pages() if decision.labelled(page)]
    shifts = (0.0, 0.5, 1.0)
    results: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(lambda: defaultdict(list))
    for page in pages:
        results["hand scores"][page.corpus].append(measure(page))
    try:
        for held in folds(tuple(pages)):
            trained = fit(decision, [decision.examples(page) for page in pages if page.group not in held])
            for shift in shifts:
                shifted = LinearModel(MODEL, trained.features, trained.weights, trained.bias, -shift)
                # (the module-level name extract's _Page.scores_before calls)
                extract.score_lines = _learned(shifted)  # type: ignore[assignment]
                for page in pages:
                    if page.group in held:
                        results[f"learned, shift {shift:g}"][page.corpus].append(measure(page))
    finally:
        extract.score_lines = score_lines
        override(MODEL, None)
    for label, by_corpus in results.items():
        shown = []
        for corpus, rows in sorted(by_corpus.items()):
            precision = sum(p for p, _ in rows) / len(rows)
            recall = sum(r for _, r in rows) / len(rows)
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            shown.append(f"{corpus} P {precision:.3f} R {recall:.3f} F {f1:.3f}")
        print(f"{label:<18} " + "  ".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: extraction quality on every tuning set, in one run, beside trafilatura and readability.

    python bench/bench_quality.py [--shared ../shared] [--folds 5] [--no-text] [--list-bad]

Prints, with the shared scorers (SHARED/eval/score.py, score_meta.py, check_aggregator.py):
  HTML track (scrapinghub, naeb, wceb-train): body P / R / F1 (F1 of the mean P and R, as score.py
    reports it) and mean per-page F1 of
      ours        the converter as it stands (extract_html, whole path),
      chooser     the learned candidate chooser (converter/html/choose.py), cross-validated:
                  on scrapinghub + naeb each page is chosen by a model fitted on the other folds,
                  grouped by site (URL host, or NAEB's site); wceb-train is never trained on, so
                  its column is the model fitted on all of scrapinghub + naeb,
      trafilatura trafilatura.extract(html) with its defaults, as a user would call it,
      readability readability-lxml's Document(html).summary(), as text,
    and how many pages score 0.3 or more below trafilatura's own (listed with --list-bad); where
    some pages' truth includes the reader comments (wceb-train), the same rows again without them
    (we drop comment sections on purpose);
    metadata (title, authors, date) where labels exist: naeb (meta.json), scrapinghub (the tests'
    fixture labels).
  Text track (each set's text/ dumps converted as one folder by the converter's CLI, one job):
    body P / R / F1, metadata for naeb, and the aggregator set through check_aggregator.py, with
    the committed models; then the same measures under grouped cross-validation
    (train/textdump_eval.py --cv: every learned text-dump decision refitted without the held-out
    aggregator layout or fifth of the news sites; minutes; --no-cv skips it).
The converter's HTML path holds no fitted parameters (extract_html keeps its rules; the chooser is
measured beside it), so for "ours" its whole-set figures are also its cross-validated figures. The
text path's decisions are learned: quote its cross-validated figures.
Per-page extractor results are cached under bench/out/ (train/dataset.py), the text track's
conversions in bench/out/text/ (the converter's own incremental cache).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "train"))

import dataset  # noqa: E402
import train_html_choice  # noqa: E402

OUT = REPO / "bench" / "out"
BAD_DROP = 0.3


def _meta_labels(shared: Path, name: str) -> Path | None:
    if name == "scrapinghub":
        return REPO / "tests" / "fixtures" / "meta.json"
    path = shared / "corpus" / name / "meta.json"
    return path if path.exists() else None


def _row(label: str, result: dict[str, Any]) -> str:
    s = result["summary"]
    return (
        f"  {label:24} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['mean_doc_f1']:6.3f} "
        f"{s['missing']:5d}"
    )


def _meta_row(label: str, summary: dict[str, Any]) -> str:
    return (
        f"  {label:24} title {summary['title_lenient']:.3f}  authors P {summary['authors_precision']:.3f} "
        f"R {summary['authors_recall']:.3f}  date {summary['date_accuracy']:.3f} "
        f"(within a day {summary['date_within_1_day']:.3f})  n={summary['articles']}"
    )


def html_track(shared: Path, folds: int, list_bad: bool) -> None:
    import score
    import score_meta

    data = train_html_choice.load(shared, dataset.SETS)
    train = [ex for name in dataset.TRAIN_SETS for ex in data[name]]
    chosen = train_html_choice.cross_validated(train, folds)
    shipped = train_html_choice.fit(train)
    print("HTML track: body P / R / F1 (of the means) / mean page F1 / missing")
    for name in dataset.SETS:
        pages = dataset.load_pages(shared, name)
        entries = dataset.cached(pages, shared)
        truth = {page.id: page.truth for page in pages}
        examples = {ex.page.id: ex for ex in data[name]}
        if name not in dataset.TRAIN_SETS:
            chosen |= {ex.page.id: ex.decide(shipped) for ex in data[name]}
        bodies = {
            "ours (converter)": {
                i: e["bodies"]["rule"] for i, e in entries.items() if e["bodies"].get("rule") is not None
            },
            "chooser (cv)" if name in dataset.TRAIN_SETS else "chooser (never trained on)": {
                i: entries[i]["bodies"][chosen[i].chosen]
                for i in examples
                if entries[i]["bodies"][chosen[i].chosen] is not None
            },
            "trafilatura": {i: e["baselines"]["trafilatura"] for i, e in entries.items()},
            "readability": {i: e["baselines"]["readability"] for i, e in entries.items()},
        }
        groups = len({page.group for page in pages})
        print(
            f"{name} ({len(pages)} pages, {groups} site groups)   {'P':>6} {'R':>6} {'F1':>6} {'pageF1':>6} {'miss':>5}"
        )
        results = {label: score.score(truth, preds) for label, preds in bodies.items()}
        for label, result in results.items():
            print(_row(label, result))
        comments = dataset.truth_holds_comments(pages)
        if comments:
            rest = {i: text for i, text in truth.items() if i not in comments}
            print(f"  without the {len(comments)} pages whose truth includes the reader comments:")
            for label, preds in bodies.items():
                print(_row(f"  {label}", score.score(rest, preds)))
        theirs = results["trafilatura"]["per_doc"]
        for label in list(results)[:2]:
            bad = sorted(i for i, d in results[label]["per_doc"].items() if d["f1"] <= theirs[i]["f1"] - BAD_DROP)
            print(f"  {label}: {len(bad)} of {len(pages)} pages score {BAD_DROP} or more below trafilatura's own")
            if comments:
                kept = [i for i in bad if i not in comments]
                print(f"    without the comment pages: {len(kept)} of {len(pages) - len(comments)}")
            if list_bad:
                for i in bad:
                    mark = "  (truth includes the reader comments)" if i in comments else ""
                    print(f"    {i[:16]}  {results[label]['per_doc'][i]['f1']:.3f} vs {theirs[i]['f1']:.3f}{mark}")
        labels = _meta_labels(shared, name)
        if labels:
            preds = {i: score_meta.read_front(e["front_matter"])[0] for i, e in entries.items() if e["front_matter"]}
            print(_meta_row("metadata (converter)", score_meta.score(score_meta.load_meta(labels), preds)["summary"]))


def _convert_text(shared: Path, name: str) -> Path:
    """The set's text dumps converted as one folder (the converter's cache makes a re-run cheap)."""
    raw = OUT / "text" / name / "raw"
    docs = OUT / "text" / name / "docs"
    raw.mkdir(parents=True, exist_ok=True)
    link = raw / "text"
    if not link.exists():
        link.symlink_to((shared / "corpus" / name / "text").resolve(), target_is_directory=True)
    subprocess.run(
        [sys.executable, "-m", "converter", "convert", str(raw), str(docs), "--jobs", "1", "-q"], cwd=REPO, check=False
    )
    return docs


def text_track(shared: Path) -> None:
    import score
    import score_meta

    print("\nText track, whole sets (the committed models): body P / R / F1 (of the means) / mean page F1 / missing")
    for name in (*dataset.SETS, "aggregator"):
        truth_path = shared / "corpus" / name / "truth.json"
        docs = _convert_text(shared, name)
        preds, _ = score.load_docs(docs, "text/*")
        print(f"{name}")
        print(_row("ours (converter)", score.score(score.load_truth(truth_path), preds)))
        labels = _meta_labels(shared, name)
        if labels and name != "scrapinghub":  # the scrapinghub labels were checked on HTML pages
            meta_preds, _ = score_meta.load_docs(docs, "text/*")
            result = score_meta.score(score_meta.load_meta(labels), meta_preds)
            print(_meta_row("metadata (converter)", result["summary"]))
        if name == "aggregator":
            checked = subprocess.run(
                [
                    sys.executable,
                    str(shared / "eval" / "check_aggregator.py"),
                    str(shared / "corpus" / name),
                    str(docs),
                    "--worst",
                    "0",
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            print("\n".join(f"  {line}" for line in checked.stdout.splitlines()))


def text_track_cv() -> None:
    """The text path's learned decisions refitted without each held-out layout or group of sites."""
    import textdump_data
    import textdump_eval

    pages = textdump_data.load_pages()
    figures = textdump_eval.summary(textdump_eval.cross_validated(pages))
    textdump_eval._print(
        "\nText track, cross-validated (every decision refitted without the held-out aggregator layout or fifth of"
        " the sites; body_F1 as score.py reports a set, body_f1 the mean page F1):"
        " the figures that predict pages outside the corpus",
        figures,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (corpus, eval)")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (grouped by site)")
    parser.add_argument("--no-text", action="store_true", help="the HTML track only")
    parser.add_argument("--no-cv", action="store_true", help="the text track without its cross-validation (minutes)")
    parser.add_argument("--list-bad", action="store_true", help="list the pages far below trafilatura")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.shared / "eval"))
    html_track(args.shared, args.folds, args.list_bad)
    if not args.no_text:
        text_track(args.shared)
        if not args.no_cv:
            text_track_cv()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""train/aggregator_holdout19.py: one seed's pages hold their labels by construction."""

from __future__ import annotations

import calendar
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
TRAIN = Path(__file__).resolve().parents[1] / "train"
pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB)")

YEAR = re.compile(r"\b20\d\d\b")
RELATIVE = re.compile(r"\bago\b|\bYesterday\b|^\d+[hmd]$")


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    if str(TRAIN) not in sys.path:
        sys.path.insert(0, str(TRAIN))
    import aggregator_holdout19

    out = tmp_path_factory.mktemp("h19")
    assert aggregator_holdout19.main(["--out", str(out), "--seeds", "4"]) == 0
    d = out / "seed-4"
    labels = json.loads((d / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    return d, labels, truth


def page(d: Path, pid: str) -> str:
    return (d / "text" / f"{pid}.txt").read_text(encoding="utf-8")


def test_fifty_pages_ten_a_layout(seed: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    _, labels, truth = seed
    assert labels.keys() == truth.keys()
    counts: dict[str, int] = {}
    for lab in labels.values():
        counts[lab["template"]] = counts.get(lab["template"], 0) + 1
    assert counts == {"brightfold": 10, "pinwheel": 10, "crossread": 10, "porchlight": 10, "reader": 10}


def test_every_main_paragraph_is_in_its_page(seed: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, _, truth = seed
    for pid, t in truth.items():
        text = page(d, pid)
        for line in t["body"].split("\n"):
            assert line.strip() in text, (pid, line[:60])


def test_date_label_null_exactly_when_only_relative_times(seed: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, labels, _ = seed
    nulls = 0
    for pid, lab in labels.items():
        shown = lab["meta_lines"]
        assert all(m in page(d, pid).split("\n") for m in shown)
        if lab["date"] is None:
            nulls += 1
            assert not any(YEAR.search(m) for m in shown), (pid, shown)
            assert any(RELATIVE.search(m) for m in shown), (pid, shown)
        else:
            year, month, day = (int(x) for x in lab["date"].split("-"))
            # the first dated line is the publication date (an `Updated` line comes after it)
            first = next(m for m in shown if YEAR.search(m))
            assert str(year) in first and str(day) in first, (pid, first)
            assert calendar.month_abbr[month] in first or f"{month:02d}/{day:02d}/" in first, (pid, first)
    assert 0 < nulls < len(labels)


def test_every_related_title_and_teaser_is_a_line_of_its_page(
    seed: tuple[Path, dict[str, Any], dict[str, Any]],
) -> None:
    d, labels, _ = seed
    for pid, lab in labels.items():
        lines = page(d, pid).split("\n")
        assert lab["related"], pid
        for title in lab["related"] + lab["teasers"]:
            assert title in lines, (pid, title)
        assert lab["title"] not in lab["related"]
        for emb in lab["embedded"]:
            assert emb["title"] in lab["related"]


def test_the_reader_never_names_itself(seed: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, labels, _ = seed
    names = ("Brightfold", "Pinwheel", "Crossread", "Porchlight")
    for pid, lab in labels.items():
        text = page(d, pid)
        if lab["template"] == "reader":
            assert lab["site"] is None
            assert not any(n.casefold() in text.casefold() for n in names), pid
        else:
            assert lab["site"] in names and lab["site"] in text


def test_run_in_subheadings_end_a_line_and_stay_out_of_the_truth(
    seed: tuple[Path, dict[str, Any], dict[str, Any]],
) -> None:
    d, labels, truth = seed
    total = 0
    for pid, lab in labels.items():
        lines = page(d, pid).split("\n")
        for head in lab["subheadings"]:
            total += 1
            glued = [x for x in lines if x.endswith(" " + head)]
            assert glued, (pid, head)
            assert glued[0].removesuffix(" " + head) in truth[pid]["body"]
    assert total > 0

"""train/aggregator_holdout10.py: its labels hold by construction on one generated seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import load_train_module

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB corpus)")

# every absolute date this generator shows carries a four-digit year; relative times never do
ABSOLUTE = re.compile(r"\b20\d\d\b")


@pytest.fixture(scope="module")
def page_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h10")
    assert load_train_module("aggregator_holdout10").main(["--out", str(out), "--seeds", "5", "--per-layout", "4"]) == 0
    return out / "seed-5"


def test_every_layout_and_page_is_written(page_set: Path) -> None:
    labels = json.loads((page_set / "labels.json").read_text(encoding="utf-8"))
    assert len(labels) == 20
    assert {v["template"] for v in labels.values()} == {"brightpath", "driftboard", "parallax", "porchlight", "reader"}
    assert {p.stem for p in (page_set / "text").glob("*.txt")} == set(labels)
    assert all(v["site"] is None for v in labels.values() if v["template"] == "reader")


def test_main_paragraphs_and_related_titles_are_on_their_page(page_set: Path) -> None:
    labels = json.loads((page_set / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((page_set / "truth.json").read_text(encoding="utf-8"))
    for pid, lab in labels.items():
        text = (page_set / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        assert all(para in text for para in truth[pid]["body"].split("\n\n")), pid
        assert lab["related"] and all(title in text for title in lab["related"]), pid
        assert all(f"{head}\n" in text for head in lab["subheadings"]), pid


def test_date_label_is_null_exactly_when_the_page_shows_only_relative_times(page_set: Path) -> None:
    labels = json.loads((page_set / "labels.json").read_text(encoding="utf-8"))
    nulls = 0
    for pid, lab in labels.items():
        shown = [line for line in lab["meta_lines"] if ABSOLUTE.search(line)]
        if lab["date"] is None:
            nulls += 1
            assert not shown, pid
        else:
            assert any(lab["date"][:4] in line for line in shown), pid
    assert 0 < nulls < len(labels)

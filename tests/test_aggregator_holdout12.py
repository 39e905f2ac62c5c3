"""train/aggregator_holdout12.py: its labels hold by construction (one seed, two pages per layout)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ABSOLUTE_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/20\d\d\b|\b[A-Z][a-z]{2}\.? \d{1,2}, 20\d\d\b")

pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB)")


def test_labels_hold_by_construction(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "train" / "aggregator_holdout12.py"),
            "--out",
            str(tmp_path),
            "--seeds",
            "5",
            "--per-layout",
            "2",
        ],
        check=True,
    )
    out = tmp_path / "seed-5"
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    assert len(labels) == 10
    assert {lab["template"] for lab in labels.values()} == {"glanceway", "leaflet", "crossread", "porchlight", "reader"}
    for pid, lab in labels.items():
        page = (out / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        for para in truth[pid]["body"].split("\n\n"):
            assert para in page, pid
        for title in lab["related"]:
            assert title in page.splitlines(), pid
        for head in lab["subheadings"]:
            assert f" {head}\n" in page, pid
        if lab["date"] is None:
            assert not any(ABSOLUTE_DATE.search(line) for line in lab["meta_lines"]), pid
        if lab["site"] is None:
            assert lab["template"] == "reader"

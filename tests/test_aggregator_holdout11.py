"""train/aggregator_holdout11.py: its labels hold by construction (one seed, a few pages per layout)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

TRAIN = Path(__file__).resolve().parents[1] / "train"
SHARED = Path(__file__).resolve().parents[2] / "shared"
ABSOLUTE_DATE = re.compile(r"\b(?:19|20)\d\d\b")

pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB articles)")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(TRAIN))
    import aggregator_holdout11

    out = tmp_path_factory.mktemp("h11")
    assert aggregator_holdout11.main(["--out", str(out), "--seeds", "5", "--per-layout", "3"]) == 0
    return out / "seed-5"


def load(seed_dir: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    labels = json.loads((seed_dir / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed_dir / "truth.json").read_text(encoding="utf-8"))
    pages = {pid: (seed_dir / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in labels}
    return labels, truth, pages


def test_every_layout_and_body_paragraph_is_on_its_page(generated: Path) -> None:
    labels, truth, pages = load(generated)
    assert len(pages) == 15
    assert {lab["template"] for lab in labels.values()} == {"orbitly", "leaflet", "parallax", "porchlight", "quietread"}
    for pid, page in pages.items():
        for para in truth[pid]["body"].split("\n\n"):
            assert para in page, (pid, para[:60])


def test_related_titles_are_lines_and_carried_stories_are_there(generated: Path) -> None:
    labels, _, pages = load(generated)
    for pid, lab in labels.items():
        lines = set(pages[pid].splitlines())
        for title in lab["related"]:
            assert title in lines, (pid, title)
        for carried in lab["embedded"]:
            assert carried["title"] in lab["related"] and carried["first_sentence"] in pages[pid], pid


def test_date_label_null_exactly_when_no_absolute_date_is_shown(generated: Path) -> None:
    labels, _, _ = load(generated)
    for pid, lab in labels.items():
        shown = ABSOLUTE_DATE.search("\n".join(lab["meta_lines"]))
        assert (lab["date"] is None) == (shown is None), pid
        if lab["template"] == "quietread":
            assert lab["site"] is None, pid

"""The ninth held-out aggregator generator: its labels hold by construction on one generated seed."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))

import aggregator_holdout9  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (ROOT.parent / "shared" / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB articles)"
)
YEAR = re.compile(r"\b20\d\d\b")


@pytest.fixture(scope="module")
def seed_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h9")
    assert aggregator_holdout9.main(["--out", str(out), "--seeds", "4", "--per-layout", "4"]) == 0
    return out / "seed-4"


def _read(seed_dir: Path) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, Any]], dict[str, str]]:
    truth = json.loads((seed_dir / "truth.json").read_text(encoding="utf-8"))
    labels = json.loads((seed_dir / "labels.json").read_text(encoding="utf-8"))
    texts = {pid: (seed_dir / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in labels}
    return truth, labels, texts


def test_every_layout_and_body_paragraph_is_in_its_page(seed_set: Path) -> None:
    truth, labels, texts = _read(seed_set)
    assert {str(v["template"]) for v in labels.values()} == set(aggregator_holdout9.LAYOUTS)
    for pid, entry in truth.items():
        for para in entry["body"].split("\n\n"):
            assert para in texts[pid], (pid, para[:60])


def test_date_label_is_null_exactly_when_the_page_shows_no_dated_line(seed_set: Path) -> None:
    _, labels, _texts = _read(seed_set)
    nulls = 0
    for pid, lab in labels.items():
        meta = "\n".join(str(x) for x in lab["meta_lines"])
        if lab["date"] is None:
            nulls += 1
            assert not YEAR.search(meta), (pid, meta)
            assert re.search(r"ago|yesterday", meta), (pid, meta)
        else:
            assert YEAR.search(meta), (pid, meta)
    assert nulls > 0


def test_related_titles_subheadings_and_site(seed_set: Path) -> None:
    _, labels, texts = _read(seed_set)
    for pid, lab in labels.items():
        lines = texts[pid].splitlines()
        for title in lab["related"]:
            assert title in lines, (pid, title)
        for head in lab["subheadings"]:
            assert any(line.endswith(" " + head) for line in lines), (pid, head)
        if lab["site"] is None:
            assert lab["template"] == "reader"
        else:
            assert str(lab["site"]) in texts[pid]

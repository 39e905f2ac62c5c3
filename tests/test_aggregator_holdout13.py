"""Label facts that generator 13's held-out aggregator pages hold by construction."""

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "train"))
import aggregator_holdout13 as gen

pytestmark = pytest.mark.skipif(not (gen.SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB)")

ABSOLUTE_DATE = re.compile(
    r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d\d/\d\d/\d{4}\b|\b[A-Z][a-z]{2,8} \d{1,2}(?:st|nd|rd|th)?, \d{4}\b"
    r"|\b\d{1,2} [A-Z][a-z]+ \d{4}\b"
)


def test_labels_match_pages(tmp_path: Path) -> None:
    gen.main(["--out", str(tmp_path), "--seeds", "5", "--per-layout", "4"])
    out = tmp_path / "seed-5"
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    assert len(labels) == 20
    assert {v["template"] for v in labels.values()} == set(gen.LAYOUTS)
    null_dates = 0
    for pid, label in labels.items():
        page = (out / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        for para in truth[pid]["body"].split("\n\n"):
            assert para in page, pid
        for title in label["related"]:
            assert title in page, (pid, title)
        for story in label["embedded"]:
            assert story["title"] in label["related"] and story["first_sentence"] in page
        assert (label["date"] is not None) == any(ABSOLUTE_DATE.search(line) for line in label["meta_lines"]), pid
        if label["date"] is None:
            null_dates += 1
            shown = label["meta_lines"] + label["furniture"]
            assert not [line for line in shown if ABSOLUTE_DATE.search(line)], pid
        if label["template"] == "unbranded":
            assert label["site"] is None
        else:
            assert label["site"] and label["site"] in page
    assert null_dates > 0

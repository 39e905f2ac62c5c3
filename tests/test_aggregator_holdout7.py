"""train/aggregator_holdout7.py: one seed's labels hold by construction (it reads NAEB from ../shared)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB)")

# Any absolute date the five layouts print: a year after a month name or a day, or a numeric m/d/yyyy.
ABSOLUTE_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}" r"|\d \w+ \d{4}|/\d{4}"
)


@pytest.fixture(scope="module")
def seed_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "train"))
    try:
        import aggregator_holdout7
    finally:
        sys.path.remove(str(ROOT / "train"))
    out = tmp_path_factory.mktemp("h7")
    assert aggregator_holdout7.main(["--out", str(out), "--seeds", "5", "--per-layout", "3"]) == 0
    return out / "seed-5"


def pages(seed_set: Path) -> list[tuple[str, dict, str, str]]:
    labels = json.loads((seed_set / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed_set / "truth.json").read_text(encoding="utf-8"))
    return [
        (pid, lab, truth[pid]["body"], (seed_set / "text" / f"{pid}.txt").read_text(encoding="utf-8"))
        for pid, lab in labels.items()
    ]


def test_five_layouts_three_pages_each(seed_set):
    templates = [lab["template"] for _, lab, _, _ in pages(seed_set)]
    assert sorted(set(templates)) == ["crossread", "driftpage", "lumenfront", "porchlight", "reader"]
    assert len(templates) == 15


def test_main_body_paragraphs_in_page_in_order(seed_set):
    for pid, _, body, text in pages(seed_set):
        at = 0
        for para in body.split("\n\n"):
            found = text.find(para.strip(), at)
            assert found >= 0, (pid, para[:60])
            at = found + len(para.strip())


def test_related_titles_teasers_and_meta_lines_are_page_lines(seed_set):
    for pid, lab, _, text in pages(seed_set):
        lines = set(text.splitlines())
        for item in lab["related"] + lab["teasers"] + lab["meta_lines"]:
            assert item in lines, (pid, item)
        for carried in lab["embedded"]:
            assert carried["title"] in lab["related"] and carried["first_sentence"] in text


def test_date_label_null_exactly_when_no_absolute_date_shown(seed_set):
    for pid, lab, _, _ in pages(seed_set):
        shown = any(ABSOLUTE_DATE.search(line) for line in lab["meta_lines"])
        assert (lab["date"] is not None) == shown, (pid, lab["meta_lines"])


def test_unnamed_reader_never_names_a_site_and_subheadings_end_a_line(seed_set):
    for pid, lab, body, text in pages(seed_set):
        assert (lab["site"] is None) == (lab["template"] == "reader")
        if lab["site"]:
            assert lab["site"] in text
        for head in lab["subheadings"]:
            assert any(line.endswith(" " + head) for line in text.splitlines()), (pid, head)
            assert head not in body.split("\n\n")

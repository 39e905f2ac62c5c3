"""train/aggregator_holdout17.py: one seed's labels hold by construction (they are read against the dumps)."""

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "train"))
import aggregator_holdout17  # noqa: E402

pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB corpus)")

# A calendar date as the five layouts print one; relative times ('5h', '3 days ago', 'yesterday') never match.
CALENDAR = re.compile(r"\b(19|20)\d\d\b")


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h17")
    assert aggregator_holdout17.main(["--out", str(out), "--seeds", "5", "--per-layout", "4"]) == 0
    return out / "seed-5"


def load(seed: Path) -> tuple[dict, dict, dict[str, list[str]]]:
    labels = json.loads((seed / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed / "truth.json").read_text(encoding="utf-8"))
    pages = {pid: (seed / "text" / f"{pid}.txt").read_text(encoding="utf-8").split("\n") for pid in labels}
    return labels, truth, pages


def test_set_shape_and_main_articles(seed: Path) -> None:
    labels, truth, pages = load(seed)
    assert len(labels) == 20 and set(truth) == set(labels) == set(pages)
    assert {v["template"] for v in labels.values()} == {"corvana", "threadmoss", "tripoint", "porchwire", "plainsheet"}
    shared = {v["naeb"] for v in json.loads((SHARED / "corpus/aggregator/labels.json").read_text()).values()}
    assert not shared & {v["naeb"] for v in labels.values()}
    assert all(v["site"] is None for v in labels.values() if v["template"] == "plainsheet")


def test_main_paragraphs_appear_whole_or_with_a_glued_subheading(seed: Path) -> None:
    labels, truth, pages = load(seed)
    for pid, lab in labels.items():
        lines = pages[pid]
        for para in truth[pid]["body"].split("\n\n"):
            glued = [s for s in lab["subheadings"] if f"{para} {s}" in lines]
            assert para in lines or glued, (pid, para[:60])
        for sub in lab["subheadings"]:
            assert sub not in truth[pid]["body"].split("\n\n")
            assert any(line.endswith(f" {sub}") for line in lines), (pid, sub)


def test_date_label_null_exactly_when_only_relative_times_show(seed: Path) -> None:
    labels, _, _ = load(seed)
    nulls = 0
    for pid, lab in labels.items():
        shown = [m for m in lab["meta_lines"] if CALENDAR.search(m)]
        assert (lab["date"] is None) == (not shown), (pid, lab["meta_lines"])
        nulls += lab["date"] is None
    assert 0 < nulls < len(labels)


def test_related_teasers_furniture_and_carried_texts_are_on_the_page(seed: Path) -> None:
    labels, _, pages = load(seed)
    for pid, lab in labels.items():
        lines, text = set(pages[pid]), "\n".join(pages[pid])
        for item in lab["related"] + lab["teasers"] + lab["furniture"] + lab["meta_lines"]:
            assert item in lines, (pid, item)
        for e in lab["embedded"]:
            assert e["title"] in lab["related"] and e["first_sentence"] in text
        assert lab["title"] in lines
        assert all(author in text for author in lab["authors"])

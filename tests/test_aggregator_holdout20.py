"""train/aggregator_holdout20.py: labels right by construction on one generated seed."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB articles)")

sys.path.insert(0, str(ROOT / "train"))
import aggregator_holdout20  # noqa: E402

# A relative time as the five layouts print one; an absolute date always carries a four-digit year.
RELATIVE = re.compile(r"\b\d+ ?(?:min|h|hrs|hours|d)\b")


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h20")
    assert aggregator_holdout20.main(["--out", str(out), "--seeds", "1", "--per-layout", "4"]) == 0
    return out / "seed-1"


def _load(seed: Path) -> tuple[dict, dict, dict[str, list[str]]]:
    labels = json.loads((seed / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed / "truth.json").read_text(encoding="utf-8"))
    lines = {pid: (seed / "text" / f"{pid}.txt").read_text(encoding="utf-8").splitlines() for pid in labels}
    return labels, truth, lines


def test_every_layout_and_twenty_pages(seed: Path) -> None:
    labels, _, _ = _load(seed)
    assert len(labels) == 20
    assert {v["template"] for v in labels.values()} == {
        "brightdesk",
        "threadleaf",
        "spectrumly",
        "hometowner",
        "readerpane",
    }


def test_main_body_paragraphs_are_in_the_page(seed: Path) -> None:
    _, truth, lines = _load(seed)
    for pid, entry in truth.items():
        for para in entry["body"].split("\n\n"):
            first = para.split("\n")[0]
            # a paragraph is a line of its own, or has a run-in subheading glued after it
            assert any(x == first or x.startswith(first + " ") for x in lines[pid]), (pid, first[:60])


def test_related_titles_and_meta_lines_are_page_lines(seed: Path) -> None:
    labels, _, lines = _load(seed)
    for pid, lab in labels.items():
        assert lab["related"], pid
        for title in lab["related"]:
            assert title in lines[pid], (pid, title)
        for meta in lab["meta_lines"]:
            assert meta in lines[pid], (pid, meta)


def test_date_is_null_exactly_when_only_relative_times(seed: Path) -> None:
    labels, _, _ = _load(seed)
    nulls = 0
    for pid, lab in labels.items():
        years = [m for m in lab["meta_lines"] if re.search(r"\b20\d\d\b", m)]
        if lab["date"] is None:
            nulls += 1
            assert not years, pid
            assert any(RELATIVE.search(m) for m in lab["meta_lines"]), (pid, lab["meta_lines"])
        else:
            assert years, pid
            year, _, day = lab["date"].split("-")
            assert year in years[0] and re.search(rf"\b0?{int(day)}(?!\d)", years[0]), (pid, lab["date"], years[0])
    assert nulls, "the seed has no page with only relative times"


def test_site_null_only_on_the_reader_that_never_names_itself(seed: Path) -> None:
    labels, _, lines = _load(seed)
    for pid, lab in labels.items():
        text = "\n".join(lines[pid])
        if lab["template"] == "readerpane":
            assert lab["site"] is None
            for name in ("Brightdesk", "Threadleaf", "Spectrumly", "Hometowner"):
                assert name.casefold() not in text.casefold(), pid
        else:
            assert lab["site"] and lab["site"] in text, pid


def test_subheadings_glued_and_not_in_the_truth(seed: Path) -> None:
    labels, truth, lines = _load(seed)
    for pid, lab in labels.items():
        for head in lab["subheadings"]:
            assert any(x.endswith(" " + head) for x in lines[pid]), (pid, head)
            assert head not in truth[pid]["body"].split("\n\n"), (pid, head)


def test_same_seed_same_output(tmp_path: Path, seed: Path) -> None:
    aggregator_holdout20.main(["--out", str(tmp_path), "--seeds", "1", "--per-layout", "4"])
    for name in ("labels.json", "truth.json"):
        assert (tmp_path / "seed-1" / name).read_bytes() == (seed / name).read_bytes()

"""The eighteenth held-out aggregator generator: its labels hold by construction on one generated seed."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB articles)")

YEAR = re.compile(r"\b20\d\d\b")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "train"))
    import aggregator_holdout18

    out = tmp_path_factory.mktemp("h18")
    assert aggregator_holdout18.main(["--out", str(out), "--seeds", "5", "--per-layout", "4"]) == 0
    return out / "seed-5"


def pages(seed_dir: Path) -> list[tuple[str, dict, str, dict]]:
    labels = json.loads((seed_dir / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed_dir / "truth.json").read_text(encoding="utf-8"))
    return [
        (pid, lab, (seed_dir / "text" / f"{pid}.txt").read_text(encoding="utf-8"), truth[pid])
        for pid, lab in labels.items()
    ]


def test_every_layout_and_main_body_on_its_page(generated):
    rows = pages(generated)
    assert len(rows) == 20
    assert {lab["template"] for _, lab, _, _ in rows} == {
        "lanternfront",
        "driftleaf",
        "threadline",
        "bramblegate",
        "nameless",
    }
    for pid, _, text, truth in rows:
        lines = set(text.splitlines())
        for para in truth["body"].split("\n\n"):
            # a paragraph's last line may carry a run-in subheading glued after it
            for row in para.split("\n"):
                assert row in lines or any(line.startswith(row + " ") for line in lines), (pid, row[:60])


def test_date_label_only_where_a_full_date_is_shown(generated):
    for pid, lab, text, _ in pages(generated):
        shown = [line for line in lab["meta_lines"] if YEAR.search(line)]
        if lab["date"] is None:
            assert not shown, pid  # only relative times (or no date) on the page
        else:
            assert any(lab["date"][:4] in line and str(int(lab["date"][8:])) in line for line in shown), pid
        for line in lab["meta_lines"]:
            assert line in text.splitlines(), (pid, line)


def test_related_titles_on_the_page_and_authors_from_naeb(generated):
    naeb = json.loads((SHARED / "corpus" / "naeb" / "meta.json").read_text(encoding="utf-8"))
    for pid, lab, text, _ in pages(generated):
        assert lab["related"], pid
        for title in lab["related"]:
            assert title in text, (pid, title)
        for emb in lab["embedded"]:
            assert emb["title"] in lab["related"] and emb["first_sentence"] in text, pid
        assert lab["authors"] == (naeb[lab["naeb"]]["authors"] or []), pid
        assert lab["naeb"] not in {e["naeb"] for e in lab["embedded"]}, pid


def test_the_unnamed_reader_never_names_an_aggregator(generated):
    for pid, lab, text, _ in pages(generated):
        if lab["template"] == "nameless":
            assert lab["site"] is None
            assert not re.search(r"lanternfront|driftleaf|threadline|bramblegate", text, re.IGNORECASE), pid
        else:
            assert lab["site"] and lab["site"].casefold() in text.casefold(), pid

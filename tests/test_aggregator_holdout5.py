"""train/aggregator_holdout5.py: its labels are facts of the dumps it writes, by construction."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import aggregator_holdout5 as gen

pytestmark = pytest.mark.skipif(not gen.NAEB.is_dir(), reason="needs ../shared/corpus/naeb")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("holdout5")
    assert gen.main(["--out", str(out), "--seeds", "4", "--per-layout", "6"]) == 0
    return out / "seed-4"


def pages(built: Path) -> list[tuple[str, dict[str, Any], str, str]]:
    labels = json.loads((built / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((built / "truth.json").read_text(encoding="utf-8"))
    return [
        (pid, lab, (built / "text" / f"{pid}.txt").read_text(encoding="utf-8"), truth[pid]["body"])
        for pid, lab in sorted(labels.items())
    ]


def test_every_layout_and_page_is_written(built: Path) -> None:
    got = pages(built)
    assert len(got) == 6 * len(gen.LAYOUTS)
    assert {lab["template"] for _, lab, _, _ in got} == set(gen.LAYOUTS)


def test_every_main_paragraph_is_in_its_page(built: Path) -> None:
    for pid, _, text, body in pages(built):
        for para in body.split("\n\n"):
            assert para in text, (pid, para[:60])


def test_date_is_null_exactly_when_the_main_shows_only_relative_times(built: Path) -> None:
    nulls = 0
    for pid, lab, _, _ in pages(built):
        years = [y for line in lab["meta_lines"] for y in re.findall(r"\b20\d\d\b", line)]
        if lab["date"] is None:
            nulls += 1
            assert not years, (pid, lab["meta_lines"])
        else:
            assert lab["date"][:4] in years, (pid, lab["meta_lines"])
    assert nulls, "no relative-only page: the null-date case is not exercised"


def test_related_titles_teasers_and_carried_openings_are_in_the_page(built: Path) -> None:
    for pid, lab, text, _ in pages(built):
        for item in lab["related"] + lab["teasers"]:
            assert item in text, (pid, item)
        for emb in lab["embedded"]:
            assert emb["title"] in lab["related"] and emb["first_sentence"] in text, (pid, emb["title"])


def test_furniture_and_meta_lines_are_whole_lines_of_the_page(built: Path) -> None:
    for pid, lab, text, body in pages(built):
        lines = set(text.splitlines())
        for item in lab["furniture"] + lab["meta_lines"]:
            assert item in lines, (pid, item)
        for item in lab["furniture"]:
            assert item not in body.split("\n"), (pid, item)


def test_subheadings_are_glued_to_a_paragraph_and_left_out_of_truth(built: Path) -> None:
    glued = 0
    for pid, lab, text, body in pages(built):
        for head in lab["subheadings"]:
            assert re.search(rf"[.!?”\"] {re.escape(head)}$", text, re.M), (pid, head)
            assert f" {head}\n" not in body + "\n", (pid, head)
            glued += 1
    assert glued


def test_site_is_named_on_the_page_unless_null(built: Path) -> None:
    for pid, lab, text, _ in pages(built):
        if lab["site"] is None:
            assert lab["template"] == "reader"
            assert not any(name.casefold() in text.casefold() for name in ("Vistabox", "Quillstack", "Porchlight"))
        else:
            assert lab["site"] in text, pid

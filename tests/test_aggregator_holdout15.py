"""The held-out aggregator generator 15 (train/aggregator_holdout15.py): its labels hold by construction."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support import load_train_module

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
pytestmark = pytest.mark.skipif(
    not (SHARED / "corpus" / "naeb").is_dir() or not (SHARED / "corpus" / "aggregator").is_dir(),
    reason="needs ../shared (the NAEB corpus and the shared aggregator set)",
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@pytest.fixture(scope="module")
def seed_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    out = tmp_path_factory.mktemp("h15")
    assert load_train_module("aggregator_holdout15").main(["--out", str(out), "--seeds", "1"]) == 0
    d = out / "seed-1"
    truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    labels = json.loads((d / "labels.json").read_text(encoding="utf-8"))
    return d, truth, labels


def _lines(d: Path, pid: str) -> list[str]:
    return (d / "text" / f"{pid}.txt").read_text(encoding="utf-8").split("\n")


def test_fifty_pages_of_five_layouts_from_unused_main_articles(seed_set: tuple[Path, Any, Any]) -> None:
    _, truth, labels = seed_set
    assert len(labels) == 50 and set(truth) == set(labels)
    assert sorted(v["template"] for v in labels.values()).count("unbranded") == 10
    assert len({v["template"] for v in labels.values()}) == 5
    shared = json.loads((SHARED / "corpus" / "aggregator" / "labels.json").read_text(encoding="utf-8"))
    assert not {v["naeb"] for v in labels.values()} & {v["naeb"] for v in shared.values()}


def test_every_main_body_paragraph_is_on_its_page(seed_set: tuple[Path, Any, Any]) -> None:
    d, truth, labels = seed_set
    for pid, t in truth.items():
        lines = _lines(d, pid)
        heads = labels[pid]["subheadings"]
        glued = {f"{line} {h}" for line in t["body"].split("\n") for h in heads}
        for line in t["body"].split("\n"):
            if line:
                assert line in lines or any(g in lines for g in glued if g.startswith(line + " ")), (pid, line)
        for h in heads:  # a run-in subheading ends a line and is no paragraph of the body
            assert any(x.endswith(" " + h) for x in lines) and h not in t["body"].split("\n")


def test_date_label_is_null_exactly_when_the_page_shows_no_dated_line(seed_set: tuple[Path, Any, Any]) -> None:
    _, _, labels = seed_set
    nulls = 0
    for pid, v in labels.items():
        shown = [m for m in v["meta_lines"] if YEAR.search(m)]
        if v["date"] is None:
            nulls += 1
            assert not shown, (pid, v["meta_lines"])
        else:
            year = v["date"][:4]
            assert any(year in m for m in shown), (pid, v["meta_lines"])
    assert 5 <= nulls <= 45


def test_related_titles_and_teasers_are_whole_lines_and_carried_ones_are_related(
    seed_set: tuple[Path, Any, Any],
) -> None:
    d, _, labels = seed_set
    for pid, v in labels.items():
        lines = _lines(d, pid)
        text = "\n".join(lines)
        assert v["title"] in lines
        for t in v["related"] + v["teasers"]:
            assert t in lines, (pid, t)
        for e in v["embedded"]:
            assert e["title"] in v["related"] and e["first_sentence"] in text


def test_the_unbranded_reader_never_names_an_aggregator(seed_set: tuple[Path, Any, Any]) -> None:
    d, _, labels = seed_set
    names = {v["site"] for v in labels.values() if v["site"]}
    assert len(names) == 4
    for pid, v in labels.items():
        text = "\n".join(_lines(d, pid)).casefold()
        if v["template"] == "unbranded":
            assert v["site"] is None and not any(n.casefold() in text for n in names)
        else:
            assert v["site"].casefold() in text

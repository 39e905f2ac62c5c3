"""The held-out aggregator generator 21 (train/aggregator_holdout21.py): labels right by construction."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import load_train_module

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NAEB = SHARED / "corpus" / "naeb"

pytestmark = pytest.mark.skipif(not (NAEB / "meta.json").is_file(), reason="needs ../shared/corpus/naeb")

# A line that is only a relative time, as the layouts print them; a page whose date lines are all like this
# shows no publication date.
RELATIVE = re.compile(r"^(?:Revised |Updated )?(?:\d+[mhd]|\d+ \w+ ago|an hour ago|yesterday|Yesterday)$")


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h21")
    assert load_train_module("aggregator_holdout21").main(["--out", str(out), "--seeds", "1", "--per-layout", "4"]) == 0
    return out / "seed-1"


def read(seed: Path) -> tuple[dict[str, str], dict[str, dict], dict[str, dict]]:
    labels = json.loads((seed / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed / "truth.json").read_text(encoding="utf-8"))
    texts = {pid: (seed / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in labels}
    return texts, truth, labels


def test_every_layout_and_every_main_body_paragraph_is_on_its_page(seed: Path) -> None:
    texts, truth, labels = read(seed)
    assert len(labels) == 20
    assert {v["template"] for v in labels.values()} == {"lumenfront", "quiltstack", "vantagemap", "stoopside", "noname"}
    assert set(truth) == set(labels)
    for pid, t in truth.items():
        for para in t["body"].split("\n\n"):
            assert para in texts[pid], (pid, para[:60])


def test_date_label_is_null_exactly_when_the_page_shows_only_relative_times(seed: Path) -> None:
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    _, _, labels = read(seed)
    kinds = set()
    for pid, lab in labels.items():
        date_lines = [x for x in lab["meta_lines"] if re.search(r"\d", x)]
        only_relative = all(RELATIVE.match(x) for x in date_lines)
        kinds.add(only_relative)
        assert lab["date"] == (None if only_relative else meta[lab["naeb"]]["date"]), (pid, date_lines)
    assert kinds == {True, False}


def test_related_titles_embedded_and_run_in_subheadings_are_on_the_page(seed: Path) -> None:
    texts, truth, labels = read(seed)
    for pid, lab in labels.items():
        text = texts[pid]
        assert lab["related"], pid
        for title in lab["related"]:
            assert f"\n{title}\n" in text, (pid, title)
        for e in lab["embedded"]:
            assert e["title"] in lab["related"] and e["first_sentence"] in text
        for head in lab["subheadings"]:
            assert f" {head}\n" in text and head not in truth[pid]["body"], (pid, head)
        assert lab["title"] not in lab["furniture"]
    assert sum(len(v["subheadings"]) for v in labels.values()) > 0


def test_the_unbranded_reader_never_names_itself_and_the_others_do(seed: Path) -> None:
    texts, _, labels = read(seed)
    for pid, lab in labels.items():
        if lab["template"] == "noname":
            assert lab["site"] is None
            assert not any(s.casefold() in texts[pid].casefold() for s in ("lumenfront", "quiltstack", "stoopside"))
        else:
            assert lab["site"] and lab["site"].casefold() in texts[pid].casefold()

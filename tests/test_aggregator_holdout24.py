"""The twenty-fourth held-out aggregator generator (train/aggregator_holdout24.py): its labels are right by
construction, on seed 1 with four pages a layout."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.support import ROOT, load_train_module

NAEB = ROOT.parent / "shared" / "corpus" / "naeb"
pytestmark = pytest.mark.skipif(not (NAEB / "meta.json").is_file(), reason="../shared/corpus/naeb is absent")

LAYOUTS = {"earshot", "pressmint", "lingobridge", "readerclip", "boardside"}
# A date a page shows in full: dotted, slashed or ISO numbers, or a month's name with a day and a year.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
ABSOLUTE = re.compile(
    rf"\b\d{{1,2}}[./]\d{{1,2}}[./]20\d\d\b|\b20\d\d-\d\d-\d\d\b|{_MONTH} \d{{1,2}}, 20\d\d|\b\d{{1,2}} {_MONTH} 20\d\d"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    module = load_train_module("aggregator_holdout24")
    out = tmp_path_factory.mktemp("h24")
    assert module.main(["--out", str(out), "--seeds", "1", "--per-layout", "4"]) == 0
    seed = out / "seed-1"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((seed / "text").glob("*.txt"))}
    truth = json.loads((seed / "truth.json").read_text(encoding="utf-8"))
    labels = json.loads((seed / "labels.json").read_text(encoding="utf-8"))
    return texts, truth, labels


def test_twenty_pages_all_layouts(built: Any) -> None:
    texts, truth, labels = built
    assert len(texts) == 20
    assert set(texts) == set(truth) == set(labels)
    assert {lab["template"] for lab in labels.values()} == LAYOUTS
    assert all(sum(lab["template"] == t for lab in labels.values()) == 4 for t in LAYOUTS)


def test_every_truth_paragraph_on_its_page(built: Any) -> None:
    texts, truth, _ = built
    for pid, entry in truth.items():
        for para in entry["body"].split("\n\n"):
            assert para in texts[pid], (pid, para[:60])


def test_date_null_exactly_when_only_relative_times(built: Any) -> None:
    _, _, labels = built
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    for pid, lab in labels.items():
        shown = [line for line in lab["meta_lines"] if ABSOLUTE.search(line)]
        if lab["date"] is None:  # nor any other line put on the page shows a full date
            assert not [line for line in lab["meta_lines"] + lab["furniture"] if ABSOLUTE.search(line)], pid
        else:
            assert shown, pid
            assert lab["date"] == meta[lab["naeb"]]["date"], pid
            assert any(lab["date"][:4] in line for line in shown), pid
    assert any(lab["date"] is None for lab in labels.values())
    assert any(lab["date"] is not None for lab in labels.values())


def test_meta_lines_and_furniture_are_lines_of_the_page(built: Any) -> None:
    texts, _, labels = built
    for pid, lab in labels.items():
        lines = set(texts[pid].splitlines())
        assert all(line in lines for line in lab["meta_lines"]), pid
        assert all(line in lines for line in lab["furniture"]), pid


def test_title_on_page_and_not_furniture(built: Any) -> None:
    texts, _, labels = built
    for pid, lab in labels.items():
        assert lab["title"] in texts[pid].splitlines(), pid
        assert lab["title"] not in lab["furniture"], pid
        assert all(line not in lab["furniture"] for line in lab["meta_lines"]), pid


def test_related_titles_are_whole_lines(built: Any) -> None:
    texts, _, labels = built
    for pid, lab in labels.items():
        lines = texts[pid].splitlines()
        assert lab["related"], pid
        positions = [lines.index(t) for t in lab["related"]]
        assert positions == sorted(positions), pid  # in page order
        assert all(t in lines for t in lab["teasers"]), pid


def test_embedded_first_sentences_on_page(built: Any) -> None:
    texts, _, labels = built
    carried = 0
    for pid, lab in labels.items():
        for emb in lab["embedded"]:
            carried += 1
            assert emb["title"] in lab["related"], pid
            assert emb["first_sentence"] in texts[pid], pid
    assert carried > 0


def test_subheadings_glued_and_not_in_truth(built: Any) -> None:
    texts, truth, labels = built
    count = 0
    for pid, lab in labels.items():
        lines = texts[pid].splitlines()
        for head in lab["subheadings"]:
            count += 1
            assert head not in truth[pid]["body"], (pid, head)
            assert any(line.endswith(" " + head) and len(line) > len(head) + 40 for line in lines), (pid, head)
    assert count > 0


def test_authors_and_site(built: Any) -> None:
    module = load_train_module("aggregator_holdout24")
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    _, _, labels = built
    for pid, lab in labels.items():
        assert lab["authors"] == meta[lab["naeb"]]["authors"], pid
        if lab["authors"]:  # a byline line names them all
            assert any(all(a in line for a in lab["authors"]) for line in lab["meta_lines"]), pid
        else:  # no byline line at all: every meta line is a date line
            assert all(re.search(r"\d", line) for line in lab["meta_lines"]), pid
        if lab["template"] == "readerclip":
            assert lab["site"] is None
        else:
            assert lab["site"]
    assert any(len(lab["authors"]) > 1 for lab in labels.values())
    used = module.used_main_ids(module.SHARED_LABELS)
    assert not any(lab["naeb"] in used for lab in labels.values())


def test_unnamed_layout_never_names_a_site(built: Any) -> None:
    texts, _, labels = built
    names = ("Earshot", "Pressmint", "Lingobridge", "Boardside")
    for pid, lab in labels.items():
        if lab["template"] == "readerclip":
            assert not any(n in texts[pid] for n in names), pid
        if lab["template"] == "lingobridge":  # only inside phrases
            assert "Lingobridge" not in texts[pid].splitlines(), pid
            assert "Lingobridge" in texts[pid], pid


def test_deterministic(built: Any) -> None:
    module = load_train_module("aggregator_holdout24")
    texts, truth, labels = module.build(1, 4)
    assert texts == built[0] and truth == built[1] and labels == built[2]

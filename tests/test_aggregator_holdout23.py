"""Labels of train/aggregator_holdout23.py are right by construction (seed 1, four pages a layout)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support import load_train_module

ROOT = Path(__file__).resolve().parents[1]
NAEB = ROOT.parent / "shared" / "corpus" / "naeb"

pytestmark = pytest.mark.skipif(not NAEB.is_dir(), reason="../shared/corpus/naeb is absent")

LAYOUTS = {"pointhive", "glint", "clipdesk", "brightdesk", "dashcast"}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@pytest.fixture(scope="module")
def pageset(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("h23")
    assert load_train_module("aggregator_holdout23").main(["--out", str(out), "--seeds", "1", "--per-layout", "4"]) == 0
    root = out / "seed-1"
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    pages = {pid: (root / "text" / f"{pid}.txt").read_text(encoding="utf-8").split("\n") for pid in labels}
    return {"labels": labels, "truth": truth, "pages": pages}


def test_twenty_pages_all_templates(pageset):
    labels = pageset["labels"]
    assert len(labels) == 20 == len(pageset["truth"]) == len(pageset["pages"])
    assert {lab["template"] for lab in labels.values()} == LAYOUTS


def test_every_truth_paragraph_on_its_page(pageset):
    for pid, t in pageset["truth"].items():
        lines = pageset["pages"][pid]
        subs = pageset["labels"][pid]["subheadings"]
        shown = set(lines) | {line[: -len(s) - 1] for line in lines for s in subs if line.endswith(" " + s)}
        for para in t["body"].split("\n\n"):
            for x in para.split("\n"):
                assert x in shown, (pid, x[:60])


def test_date_null_exactly_when_only_relative_times(pageset):
    for pid, lab in pageset["labels"].items():
        dates = [m for m in lab["meta_lines"] if YEAR.search(m)]
        if lab["date"] is None:
            assert not dates, pid
            assert any("ago" in line for line in pageset["pages"][pid]), pid
        else:
            y, _m, d = (int(x) for x in lab["date"].split("-"))
            assert dates and str(y) in dates[0] and re.search(rf"\b0?{d}\b", dates[0]), (pid, dates)


def test_authors_are_naebs_and_no_byline_without_authors(pageset):
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    bare = 0
    for pid, lab in pageset["labels"].items():
        assert lab["authors"] == meta[lab["naeb"]]["authors"], pid
        text = "\n".join(lab["meta_lines"])
        for name in lab["authors"]:
            assert name in text, (pid, name)
        if not lab["authors"]:
            bare += 1
            carried = [n for e in lab["embedded"] for n in meta[e["naeb"]]["authors"]]
            for m in lab["meta_lines"]:
                assert YEAR.search(m) or "ago" in m or any(n in m for n in carried), (pid, m)
    assert bare >= 1


def test_related_titles_are_whole_lines(pageset):
    for pid, lab in pageset["labels"].items():
        lines = set(pageset["pages"][pid])
        assert lab["related"], pid
        for title in lab["related"] + lab["teasers"]:
            assert title in lines, (pid, title)
        assert lab["title"] not in lab["related"], pid


def test_embedded_first_sentences_on_the_page(pageset):
    n = 0
    for pid, lab in pageset["labels"].items():
        text = "\n".join(pageset["pages"][pid])
        for e in lab["embedded"]:
            n += 1
            assert e["first_sentence"] and e["first_sentence"] in text, pid
            assert e["title"] in lab["related"], pid
    assert n >= 4


def test_subheadings_glued_at_line_ends_and_absent_from_truth(pageset):
    n = 0
    for pid, lab in pageset["labels"].items():
        body = pageset["truth"][pid]["body"]
        paras = body.split("\n\n")
        for s in lab["subheadings"]:
            n += 1
            assert any(line.endswith(" " + s) and len(line) > len(s) + 40 for line in pageset["pages"][pid]), s
            assert s not in paras and not any(p.endswith(s) for p in paras), (pid, s)
    assert n >= 5


def test_title_not_in_furniture_and_furniture_on_the_page(pageset):
    for pid, lab in pageset["labels"].items():
        lines = set(pageset["pages"][pid])
        assert lab["title"] in lines, pid
        assert lab["title"] not in lab["furniture"], pid
        for f in lab["furniture"] + lab["meta_lines"]:
            assert f in lines, (pid, f)


def test_site_named_on_page_or_never(pageset):
    names = ("pointhive", "glint", "clipdesk", "brightdesk")
    for pid, lab in pageset["labels"].items():
        text = "\n".join(pageset["pages"][pid]).casefold()
        if lab["site"] is None:
            assert lab["template"] == "dashcast"
            assert not any(n in text for n in names), pid
        else:
            assert lab["site"].casefold() in text, pid

"""train/aggregator_holdout22.py: the held-out aggregator pages of set 22 carry right labels by construction."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support import load_train_module

ROOT = Path(__file__).resolve().parents[1]
NAEB = ROOT.parent / "shared" / "corpus" / "naeb"
TEMPLATES = {"burrowfeed", "lanternmail", "quillbase", "keepsake", "instantview"}
RELATIVE_RE = re.compile(r"ago|yesterday|morning|\b\d+h$")
MONTH_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)
YEAR_RE = re.compile(r"\b20\d\d\b")

pytestmark = pytest.mark.skipif(not NAEB.is_dir(), reason="needs ../shared/corpus/naeb")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, Any], str, list[str], str]]:
    """page id -> (labels, text, lines, truth body) of seed 1 with 4 pages a layout."""
    mod = load_train_module("aggregator_holdout22")
    out = tmp_path_factory.mktemp("h22")
    assert mod.main(["--out", str(out), "--seeds", "1", "--per-layout", "4"]) == 0
    seed = out / "seed-1"
    labels = json.loads((seed / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed / "truth.json").read_text(encoding="utf-8"))
    res = {}
    for pid, lab in labels.items():
        text = (seed / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        res[pid] = (lab, text, text.splitlines(), truth[pid]["body"])
    return res


def test_twenty_pages_all_templates(pages):
    assert len(pages) == 20
    assert {lab["template"] for lab, *_ in pages.values()} == TEMPLATES


def test_every_truth_paragraph_on_its_page(pages):
    for lab, text, _, body in pages.values():
        paras = body.split("\n\n")
        assert len(paras) >= 2, lab["naeb"]
        for para in paras:
            assert para in text, (lab["naeb"], para[:60])


def test_title_is_a_line_and_not_furniture(pages):
    for lab, _, lines, _ in pages.values():
        assert lab["title"] in lines
        assert lab["title"] not in lab["furniture"]


def test_date_null_exactly_when_only_relative_times(pages):
    nulls = 0
    for lab, _, _, _ in pages.values():
        shown = [x for x in lab["meta_lines"] if YEAR_RE.search(x) or MONTH_RE.search(x)]
        if lab["date"] is None:
            nulls += 1
            assert not shown, (lab["template"], lab["meta_lines"])
            assert any(RELATIVE_RE.search(x) for x in lab["meta_lines"])
        else:
            year, _month, day = (int(x) for x in lab["date"].split("-"))
            assert shown, (lab["template"], lab["meta_lines"])
            assert str(year) in shown[0] and str(day) in shown[0], (lab["date"], shown[0])
    assert 0 < nulls < len(pages)


def test_authors_and_bylines(pages):
    several = False
    credit = re.compile(r"^(?:by|filed by|words|reporter|text|author|byline|—)\b", re.IGNORECASE)
    for lab, _, _, _ in pages.values():
        if not lab["authors"]:  # no byline line at all
            assert not any(credit.search(x) for x in lab["meta_lines"]), lab["meta_lines"]
            assert all(YEAR_RE.search(x) or RELATIVE_RE.search(x) for x in lab["meta_lines"])
            continue
        several |= len(lab["authors"]) > 1
        for name in lab["authors"]:
            assert any(name.split()[-1] in x for x in lab["meta_lines"]), (name, lab["meta_lines"])
    assert several


def test_site_named_on_page_or_null(pages):
    for lab, text, _, _ in pages.values():
        if lab["template"] == "instantview":
            assert lab["site"] is None
        else:
            assert lab["site"] and lab["site"].casefold() in text.casefold()


def test_related_titles_are_whole_lines(pages):
    total = 0
    for lab, _, lines, _ in pages.values():
        total += len(lab["related"])
        assert lab["title"] not in lab["related"]
        for title in lab["related"] + lab["teasers"]:
            assert title in lines, title


def test_embedded_first_sentences_on_page(pages):
    n = 0
    for lab, text, _, _ in pages.values():
        for e in lab["embedded"]:
            n += 1
            assert e["first_sentence"] and e["first_sentence"] in text
            assert e["title"] in lab["related"]
            assert e["naeb"] != lab["naeb"]
    assert n > 0


def test_subheadings_glued_at_line_ends_and_not_in_truth(pages):
    n = 0
    for lab, _, lines, body in pages.values():
        paras = body.split("\n\n")
        for sub in lab["subheadings"]:
            n += 1
            glued = [x for x in lines if x.endswith(" " + sub)]
            assert glued, sub
            assert any(x[: -len(sub) - 1] in paras for x in glued), sub
            assert sub not in paras and sub not in body.splitlines()
    assert n > 0


def test_furniture_and_meta_lines_on_page_and_not_in_truth(pages):
    for lab, _, lines, body in pages.values():
        page_lines = set(lines)
        body_lines = set(body.splitlines())
        for item in lab["furniture"] + lab["meta_lines"]:
            assert item in page_lines, item
            assert item not in body_lines, item
            if len(item) > 12:
                assert item not in body, item

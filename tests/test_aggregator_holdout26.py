"""train/aggregator_holdout26.py: its labels are right by construction (seed 1, four pages a layout)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support import load_train_module

NAEB = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "naeb"

pytestmark = pytest.mark.skipif(not (NAEB / "meta.json").is_file(), reason="../shared/corpus/naeb is absent")

TEMPLATES = {"tickwell", "commonsdesk", "jotterly", "askmarlo", "vidlark"}
RELATIVE = re.compile(r"\b(?:ago|yesterday|last week|this morning)\b")
ABSOLUTE = re.compile(r"\b(?:19|20)\d\d\b|’\d\d\b")
NUMBERING = re.compile(r"^(?:\d+[.)]\s+|\[\d+\]\s+|“)")
TITLE_ENDS = ("”", " — ", " · ", " | ")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    module = load_train_module("aggregator_holdout26")
    out = tmp_path_factory.mktemp("h26")
    assert module.generator_main(module.build, ["--out", str(out), "--seeds", "1", "--per-layout", "4"], "x") == 0
    seed = out / "seed-1"
    labels = json.loads((seed / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed / "truth.json").read_text(encoding="utf-8"))
    texts = {pid: (seed / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in labels}
    return {"labels": labels, "truth": truth, "texts": texts}


def test_twenty_pages_of_all_five_templates(built):
    assert len(built["texts"]) == 20
    assert set(built["truth"]) == set(built["labels"])
    assert {lab["template"] for lab in built["labels"].values()} == TEMPLATES


def test_every_truth_paragraph_is_on_its_page(built):
    for pid, t in built["truth"].items():
        for para in t["body"].split("\n\n"):
            assert para in built["texts"][pid], (pid, para[:60])


def test_date_is_null_exactly_when_the_page_shows_only_relative_times(built):
    for pid, lab in built["labels"].items():
        shown = [x for x in lab["meta_lines"] if not any(a in x for a in lab["authors"])]
        absolute = any(ABSOLUTE.search(x) for x in shown)
        assert (lab["date"] is None) == (not absolute), (pid, shown)
        if lab["date"] is None:
            assert all(RELATIVE.search(x) for x in shown), (pid, shown)


def test_related_titles_are_whole_lines_in_page_order(built):
    for pid, lab in built["labels"].items():
        lines = built["texts"][pid].splitlines()
        last = -1
        for title in lab["related"]:
            at = [
                i
                for i, line in enumerate(lines)
                if (rest := NUMBERING.sub("", line, count=1)) == title
                or (rest.startswith(title) and rest[len(title) :].startswith(TITLE_ENDS))
            ]
            assert at, (pid, title)
            assert at[-1] > last, (pid, title)
            last = min(i for i in at if i > last)


def test_embedded_first_sentences_are_on_the_page_after_their_titles(built):
    seen = 0
    for pid, lab in built["labels"].items():
        text = built["texts"][pid]
        for e in lab["embedded"]:
            seen += 1
            assert e["title"] in lab["related"], (pid, e["title"])
            assert e["first_sentence"] in text[text.index("\n" + e["title"] + "\n") :], (pid, e["title"])
            assert e["naeb"] != lab["naeb"]
    assert seen


def test_subheadings_glued_at_line_ends_and_absent_from_truth(built):
    seen = 0
    for pid, lab in built["labels"].items():
        lines = built["texts"][pid].splitlines()
        body = built["truth"][pid]["body"]
        for sub in lab["subheadings"]:
            seen += 1
            glued = [line for line in lines if line.endswith(" " + sub) and len(line) > len(sub) + 40]
            assert glued, (pid, sub)
            assert sub not in body, (pid, sub)
            assert glued[0][: -len(sub) - 1] in body.split("\n\n"), (pid, sub)
    assert seen


def test_title_is_a_line_and_not_furniture(built):
    for pid, lab in built["labels"].items():
        assert lab["title"] in built["texts"][pid].splitlines(), pid
        assert lab["title"] not in lab["furniture"], pid
        assert lab["title"] not in lab["meta_lines"], pid


def test_furniture_and_meta_lines_are_all_on_the_page(built):
    for pid, lab in built["labels"].items():
        lines = set(built["texts"][pid].splitlines())
        missing = [x for x in lab["furniture"] + lab["meta_lines"] if x not in lines]
        assert not missing, (pid, missing)


def test_furniture_is_never_body_text(built):
    for pid, lab in built["labels"].items():
        paragraphs = set(built["truth"][pid]["body"].split("\n\n"))
        assert not paragraphs & set(lab["furniture"]), pid


def test_authors_are_naebs_and_a_byline_is_shown_only_when_there_are_some(built):
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    used = {v["naeb"] for v in json.loads((NAEB.parent / "aggregator" / "labels.json").read_text("utf-8")).values()}
    for pid, lab in built["labels"].items():
        assert lab["authors"] == list(meta[lab["naeb"]]["authors"] or []), pid
        bylines = [x for x in lab["meta_lines"] if any(a in x for a in lab["authors"])]
        assert bool(bylines) == bool(lab["authors"]), pid
        assert lab["naeb"] not in used, pid
    assert all(lab["site"] is None for lab in built["labels"].values() if lab["template"] == "jotterly")


def test_site_names_appear_on_their_pages(built):
    for pid, lab in built["labels"].items():
        if lab["site"]:
            assert lab["site"] in built["texts"][pid], pid
        else:
            assert "jotterly" not in built["texts"][pid].casefold(), pid


@pytest.mark.parametrize("authors", [[], ["Ann Lee"], ["Ann Lee", "Bo Park", "Cy Diaz"]])
def test_each_layout_shows_a_byline_of_every_author_and_none_without_authors(authors):
    module = load_train_module("aggregator_holdout26")
    arts = module.load_articles()
    base = arts[sorted(arts)[0]]
    art = module.Art(
        "synthetic", "A made-up headline for the byline test", authors, base.date, base.paragraphs, "", "x.org"
    )
    for layout, builder in module.BUILDERS.items():
        for seed in range(6):
            page, _, _ = builder(random.Random(seed), art, arts)
            lines = page.dump().splitlines()
            bylines = [x for x in page.meta_lines if not ABSOLUTE.search(x) and not RELATIVE.search(x)]
            assert all(x in lines for x in page.meta_lines), layout
            if authors:
                assert len(bylines) == 1, (layout, seed, page.meta_lines)
                assert all(a in bylines[0] for a in authors), (layout, seed, bylines)
            else:
                assert not bylines, (layout, seed, bylines)

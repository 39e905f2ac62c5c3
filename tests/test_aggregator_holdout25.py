"""train/aggregator_holdout25.py: its labels are right by construction (seed 1, four pages a layout)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support import load_train_module

NAEB = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "naeb"

pytestmark = pytest.mark.skipif(not NAEB.is_dir(), reason="needs ../shared/corpus/naeb")

TEMPLATES = {"tickerhall", "gistly", "strata", "ledgerline", "livewall"}
NUMBERED = re.compile(r"^\d+\.\s+")


@pytest.fixture(scope="module")
def pageset(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    module = load_train_module("aggregator_holdout25")
    out = tmp_path_factory.mktemp("h25")
    assert module.main(["--out", str(out), "--seeds", "1", "--per-layout", "4"]) == 0
    folder = out / "seed-1"
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    texts = {pid: (folder / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in labels}
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    return {"labels": labels, "truth": truth, "texts": texts, "meta": meta, "module": module}


def pages(pageset: dict[str, Any]) -> list[tuple[str, dict[str, Any], list[str], str]]:
    return [
        (pid, lab, pageset["texts"][pid].splitlines(), pageset["truth"][pid]["body"])
        for pid, lab in sorted(pageset["labels"].items())
    ]


def test_twenty_pages_of_all_five_templates(pageset):
    labels = pageset["labels"]
    assert len(labels) == 20 == len(pageset["texts"]) == len(pageset["truth"])
    assert {lab["template"] for lab in labels.values()} == TEMPLATES
    assert len({lab["naeb"] for lab in labels.values()}) == 20


def test_mains_are_naeb_articles_the_shared_set_does_not_use(pageset):
    module = pageset["module"]
    used = module.used_main_ids(module.SHARED_LABELS)
    for _, lab, _, body in pages(pageset):
        assert lab["naeb"] not in used
        assert lab["authors"] == pageset["meta"][lab["naeb"]]["authors"]
        assert lab["title"] == pageset["meta"][lab["naeb"]]["title"]
        assert body == module.load_articles()[lab["naeb"]].body


def test_every_truth_paragraph_is_on_its_page(pageset):
    for pid, lab, lines, body in pages(pageset):
        shown = set(lines) | {line.removesuffix(" " + sub) for line in lines for sub in lab["subheadings"]}
        for para in body.split("\n\n"):
            for line in filter(None, (x.strip() for x in para.splitlines())):
                assert line in shown, (pid, line[:60])


def test_date_is_null_exactly_when_only_relative_times_are_shown(pageset):
    for pid, lab, _, _ in pages(pageset):
        dated = [x for x in lab["meta_lines"] if re.search(r"\b20\d\d\b", x)]
        if lab["date"] is None:
            assert not dated and any(re.search(r"\bago\b", x) for x in lab["meta_lines"]), pid
        else:
            assert dated and lab["date"][:4] in dated[0], pid
            assert not any(re.search(r"\bago\b", x) for x in lab["meta_lines"]), pid
    assert any(lab["date"] is None for lab in pageset["labels"].values())


def test_no_byline_line_when_naeb_credits_no_one(pageset):
    for pid, lab, _, _ in pages(pageset):
        if not lab["authors"]:
            assert all(re.search(r"\d", x) for x in lab["meta_lines"]), pid
        else:
            assert any(lab["authors"][0].casefold() in x.casefold() for x in lab["meta_lines"]), pid


def test_related_titles_are_whole_lines(pageset):
    for pid, lab, lines, _ in pages(pageset):
        bare = {NUMBERED.sub("", x) for x in lines}
        assert lab["related"], pid
        for title in lab["related"]:
            assert title in bare, (pid, title)
        for teaser in lab["teasers"]:
            assert teaser in lines, (pid, teaser)


def test_embedded_first_sentences_are_on_the_page(pageset):
    seen = 0
    for pid, lab, lines, _ in pages(pageset):
        text = "\n".join(lines)
        for emb in lab["embedded"]:
            seen += 1
            assert emb["naeb"] != lab["naeb"], pid
            assert emb["title"] in lines and emb["title"] in lab["related"], pid
            assert emb["first_sentence"] in text, (pid, emb["first_sentence"][:60])
    assert seen


def test_subheadings_glued_at_line_ends_and_absent_from_truth(pageset):
    seen = 0
    for pid, lab, lines, body in pages(pageset):
        for sub in lab["subheadings"]:
            seen += 1
            assert any(x.endswith(" " + sub) and len(x) > len(sub) + 40 for x in lines), (pid, sub)
            assert sub.casefold() not in body.casefold(), (pid, sub)
    assert seen


def test_title_is_a_line_and_never_furniture(pageset):
    for pid, lab, lines, _ in pages(pageset):
        assert lab["title"] in lines, pid
        assert lab["title"] not in lab["furniture"], pid


def test_furniture_and_meta_lines_are_whole_lines_of_the_page(pageset):
    for pid, lab, lines, _ in pages(pageset):
        on_page = set(lines)
        for item in lab["furniture"] + lab["meta_lines"]:
            assert item in on_page, (pid, item)


def test_furniture_is_never_article_text(pageset):
    meta_ids = {lab["naeb"] for lab in pageset["labels"].values()}
    assert meta_ids
    articles = pageset["module"].load_articles()
    for pid, lab, _, body in pages(pageset):
        bodies = [body] + [articles[e["naeb"]].body for e in lab["embedded"]]
        joined = " ".join(bodies).casefold()
        for item in lab["furniture"]:
            assert len(item) <= 12 or item.casefold() not in joined, (pid, item)


def test_site_is_named_except_on_the_layout_that_never_names_itself(pageset):
    for pid, lab, lines, _ in pages(pageset):
        text = "\n".join(lines).casefold()
        if lab["template"] == "livewall":
            assert lab["site"] is None, pid
            assert not any(name in text for name in ("tickerhall", "gistly", "strata", "ledgerline")), pid
        else:
            assert lab["site"] and lab["site"].casefold() in text, pid
        if lab["template"] == "gistly":
            assert lab["site"] not in lines, pid


def test_deterministic_per_seed(pageset):
    module = pageset["module"]
    assert module.build(1, 1) == module.build(1, 1)
    assert module.build(1, 1) != module.build(2, 1)

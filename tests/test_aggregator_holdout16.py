"""train/aggregator_holdout16.py: its labels hold by construction on one generated seed."""

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "train"))
import aggregator_holdout16  # noqa: E402

pytestmark = pytest.mark.skipif(not (SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB corpus)")


@pytest.fixture(scope="module")
def seed_set(tmp_path_factory):
    out = tmp_path_factory.mktemp("h16")
    assert aggregator_holdout16.main(["--out", str(out), "--seeds", "4"]) == 0
    d = out / "seed-4"
    labels = json.loads((d / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    pages = {pid: (d / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in labels}
    return labels, truth, pages


def test_fifty_pages_ten_per_layout(seed_set):
    labels, truth, pages = seed_set
    assert set(labels) == set(truth) == set(pages)
    counts = {t: sum(v["template"] == t for v in labels.values()) for t in aggregator_holdout16.LAYOUTS}
    assert counts == dict.fromkeys(aggregator_holdout16.LAYOUTS, 10)
    shared_mains = {v["naeb"] for v in json.loads((SHARED / "corpus/aggregator/labels.json").read_text()).values()}
    assert not shared_mains & {v["naeb"] for v in labels.values()}


def test_main_body_paragraphs_are_lines_of_the_page(seed_set):
    labels, truth, pages = seed_set
    for pid, page in pages.items():
        lines = page.split("\n")
        heads = labels[pid]["subheadings"]
        for para in truth[pid]["body"].split("\n\n"):
            for line in para.split("\n"):
                glued = {f"{line} {h}" for h in heads}
                assert line in lines or glued & set(lines), (pid, line[:60])


def test_subheadings_are_glued_to_a_paragraph_end(seed_set):
    labels, _, pages = seed_set
    for pid, page in pages.items():
        lines = page.split("\n")
        for head in labels[pid]["subheadings"]:
            assert head not in lines
            assert any(x.endswith(" " + head) and len(x) > len(head) + 1 for x in lines), (pid, head)


def test_date_null_exactly_when_the_page_shows_only_relative_times(seed_set):
    labels, _, _ = seed_set
    for pid, lab in labels.items():
        years = [m for m in lab["meta_lines"] if re.search(r"\b20\d\d\b", m)]
        if lab["date"] is None:
            assert not years, (pid, lab["meta_lines"])
            assert any(re.search(r"\bago\b|Yesterday", m) for m in lab["meta_lines"]), pid
        else:
            year, _, day = lab["date"].split("-")
            assert any(year in m and re.search(rf"(?<!\d)0?{int(day)}(?!\d)", m) for m in years), (pid, lab)


def test_related_titles_teasers_and_meta_lines_appear_in_the_page(seed_set):
    labels, _, pages = seed_set
    for pid, lab in labels.items():
        page = pages[pid]
        assert lab["title"] in page.split("\n")
        for title in lab["related"]:
            assert title in page and title != lab["title"], (pid, title)
        for line in lab["teasers"] + lab["meta_lines"]:
            assert line in page.split("\n"), (pid, line)
        for emb in lab["embedded"]:
            assert emb["title"] in lab["related"] and emb["first_sentence"] in page


def test_authors_and_site(seed_set):
    labels, _, _ = seed_set
    naeb = json.loads((SHARED / "corpus/naeb/meta.json").read_text(encoding="utf-8"))
    for lab in labels.values():
        assert lab["authors"] == naeb[lab["naeb"]]["authors"]
        for name in lab["authors"]:
            assert any(name in m for m in lab["meta_lines"])
        assert (lab["site"] is None) == (lab["template"] == "plainview")

"""The held-out aggregator generator 14 (train/aggregator_holdout14.py): labels right by construction."""

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "train"))
import aggregator_holdout14 as gen

pytestmark = pytest.mark.skipif(not (gen.SHARED / "corpus" / "naeb").is_dir(), reason="needs ../shared (NAEB)")


@pytest.fixture(scope="module")
def seed_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("h14")
    assert gen.main(["--out", str(out), "--seeds", "1"]) == 0
    return out / "seed-1"


def load(seed_dir: Path) -> tuple[dict, dict, dict]:
    labels = json.loads((seed_dir / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed_dir / "truth.json").read_text(encoding="utf-8"))
    pages = {pid: (seed_dir / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in labels}
    return labels, truth, pages


def test_fifty_pages_ten_a_layout_on_unused_main_articles(seed_set: Path) -> None:
    labels, truth, _ = load(seed_set)
    assert len(labels) == 50 and set(truth) == set(labels)
    assert sorted(v["template"] for v in labels.values()) == sorted(gen.TEMPLATES * 10)
    used = gen.used_main_ids(gen.SHARED / "corpus" / "aggregator" / "labels.json")
    mains = [v["naeb"] for v in labels.values()]
    assert len(set(mains)) == 50 and not set(mains) & used


def test_every_main_paragraph_is_on_its_page(seed_set: Path) -> None:
    labels, truth, pages = load(seed_set)
    for pid in labels:
        for par in truth[pid]["body"].split("\n\n"):
            assert par.strip() in pages[pid], (pid, par[:60])


def test_date_null_exactly_when_the_page_shows_only_relative_times(seed_set: Path) -> None:
    labels, _, _ = load(seed_set)
    nulls = 0
    for pid, lab in labels.items():
        shown = [m for m in lab["meta_lines"] if re.search(r"\b20\d\d\b", m)]
        if lab["date"] is None:
            nulls += 1
            assert not shown, pid
        else:
            year, _month, day = (int(x) for x in lab["date"].split("-"))
            assert any(str(year) in m and re.search(rf"(?<!\d){day}(?!\d)", m) for m in shown), pid
    assert 0 < nulls < 50


def test_related_titles_teasers_and_meta_lines_are_whole_lines(seed_set: Path) -> None:
    labels, _, pages = load(seed_set)
    for pid, lab in labels.items():
        lines = set(pages[pid].splitlines())
        for item in lab["related"] + lab["teasers"] + lab["meta_lines"] + [lab["title"]]:
            assert item in lines, (pid, item[:60])
        assert [e["title"] for e in lab["embedded"]] == [
            t for t in lab["related"] if t in {e["title"] for e in lab["embedded"]}
        ]
        for head in lab["subheadings"]:
            assert any(line.endswith(" " + head) for line in lines), (pid, head)


def test_site_null_only_where_the_page_never_names_itself(seed_set: Path) -> None:
    labels, _, pages = load(seed_set)
    names = {"Hearthpage", "Pinfold", "Crosswire", "Nearwell"}
    for pid, lab in labels.items():
        if lab["site"] is None:
            assert lab["template"] == "readerview"
            assert not any(n.casefold() in pages[pid].casefold() for n in names), pid
        else:
            assert lab["site"] in pages[pid], pid


def test_authors_are_naebs_and_shown_in_a_byline(seed_set: Path) -> None:
    labels, _, _ = load(seed_set)
    meta, _ = gen.read_naeb(gen.SHARED / "corpus" / "naeb")
    for pid, lab in labels.items():
        assert lab["authors"] == meta[lab["naeb"]]["authors"], pid
        bylines = " ".join(lab["meta_lines"]).casefold()
        assert all(a.casefold() in bylines for a in lab["authors"]), pid


def test_deterministic(seed_set: Path, tmp_path: Path) -> None:
    gen.main(["--out", str(tmp_path), "--seeds", "1"])
    for name in ("labels.json", "truth.json"):
        assert (tmp_path / "seed-1" / name).read_bytes() == (seed_set / name).read_bytes()

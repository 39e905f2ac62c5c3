"""train/aggregator_holdout3.py: labels that hold by construction on one generated seed."""

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NAEB = ROOT.parent / "shared" / "corpus" / "naeb"
SHARED_LABELS = ROOT.parent / "shared" / "corpus" / "aggregator" / "labels.json"
sys.path.insert(0, str(ROOT / "train"))

import aggregator_holdout3 as gen  # noqa: E402

pytestmark = pytest.mark.skipif(not NAEB.is_dir() or not SHARED_LABELS.is_file(), reason="needs ../shared")

# A date line that shows a calendar day (a year), as opposed to "3h", "2 hrs", "Updated 45m ago", "Yesterday, 18:20".
DAY_SHOWN = re.compile(r"\b20\d\d\b")


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    out = tmp_path_factory.mktemp("holdout3")
    assert gen.main(["--out", str(out), "--seeds", "5", "--per-layout", "4"]) == 0
    d = out / "seed-5"
    labels = json.loads((d / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    pages = {p.stem: p.read_text(encoding="utf-8") for p in (d / "text").glob("*.txt")}
    return labels, truth, pages


def test_every_page_has_labels_and_truth(seed):
    labels, truth, pages = seed
    assert set(labels) == set(truth) == set(pages)
    assert len(pages) == 20
    assert {lab["template"] for lab in labels.values()} == {"dashpoint", "quillo", "lensrow", "porchlight", "reader"}


def test_mains_are_not_the_shared_sets_mains(seed):
    labels, _, _ = seed
    used = {v["naeb"] for v in json.loads(SHARED_LABELS.read_text(encoding="utf-8")).values()}
    assert not used & {lab["naeb"] for lab in labels.values()}


def test_body_paragraphs_are_lines_of_the_page(seed):
    """Each truth paragraph is a whole page line, or a line that goes on with the labelled subheading."""
    labels, truth, pages = seed
    for pid, lab in labels.items():
        lines = pages[pid].splitlines()
        glued = {line[: -len(s) - 1] for line in lines for s in lab["subheadings"] if line.endswith(" " + s)}
        for para in truth[pid]["body"].split("\n\n"):
            assert para in lines or para in glued, (pid, para[:60])
            assert not any(para.endswith(" " + s) for s in lab["subheadings"]), (pid, para[-60:])
        assert len(glued) == len(lab["subheadings"]), pid


def test_labelled_lines_are_on_the_page(seed):
    labels, _, pages = seed
    for pid, lab in labels.items():
        lines = set(pages[pid].splitlines())
        for item in lab["related"] + lab["teasers"] + lab["meta_lines"] + lab["furniture"] + [lab["title"]]:
            assert item in lines, (pid, item)
        for emb in lab["embedded"]:
            assert emb["title"] in lab["related"]
            assert emb["first_sentence"] in pages[pid], (pid, emb["first_sentence"])


def test_date_label_null_exactly_when_only_relative_times(seed):
    labels, _, _ = seed
    for pid, lab in labels.items():
        shows_day = any(DAY_SHOWN.search(m) for m in lab["meta_lines"])
        assert (lab["date"] is not None) == shows_day, (pid, lab["meta_lines"])
        if lab["date"]:
            y, _, d = (int(x) for x in lab["date"].split("-"))
            first = next(x for x in lab["meta_lines"] if DAY_SHOWN.search(x))
            # the first day shown is the publication day (an "Updated" day comes after it)
            assert str(y) in first and (str(d) in first), (pid, first)


def test_site_named_on_page_or_null(seed):
    labels, _, pages = seed
    for pid, lab in labels.items():
        if lab["site"] is None:
            assert lab["template"] == "reader"
            for name in ("Dashpoint", "Quillo", "Lensrow", "Porchlight"):
                assert name.casefold() not in pages[pid].casefold()
        else:
            assert lab["site"].casefold() in pages[pid].casefold()


def test_editors_and_curators_are_not_authors(seed):
    labels, _, pages = seed
    for pid, lab in labels.items():
        for m in re.finditer(r"(?:Edited by|fact-checked by|Picked by) ([^.\n]+?)(?: for ‘|\.|$)", pages[pid], re.M):
            assert m.group(1) not in lab["authors"], pid
        for a in lab["authors"]:
            assert any(a.casefold() in m.casefold() for m in lab["meta_lines"]), (pid, a)


def test_deterministic(tmp_path):
    for k in ("a", "b"):
        gen.main(["--out", str(tmp_path / k), "--seeds", "2", "--per-layout", "1"])
    a, b = tmp_path / "a" / "seed-2", tmp_path / "b" / "seed-2"
    assert (a / "labels.json").read_bytes() == (b / "labels.json").read_bytes()
    assert sorted(p.name for p in (a / "text").iterdir()) == sorted(p.name for p in (b / "text").iterdir())

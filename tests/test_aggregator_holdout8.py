"""train/aggregator_holdout8.py: label facts that hold by construction, on one generated seed."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

TRAIN = Path(__file__).resolve().parents[1] / "train"
sys.path.insert(0, str(TRAIN))

import aggregator_holdout8  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (aggregator_holdout8.NAEB / "truth.json").is_file(), reason="needs ../shared (the NAEB corpus)"
)

YEAR = re.compile(r"\b20\d\d\b")


@pytest.fixture(scope="module")
def seed_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    out = tmp_path_factory.mktemp("h8")
    assert aggregator_holdout8.main(["--out", str(out), "--seeds", "1", "--per-layout", "4"]) == 0
    d = out / "seed-1"
    return d, json.loads((d / "labels.json").read_text("utf-8")), json.loads((d / "truth.json").read_text("utf-8"))


def page_lines(d: Path, pid: str) -> list[str]:
    return (d / "text" / f"{pid}.txt").read_text("utf-8").split("\n")


def test_every_layout_and_page_is_there(seed_set: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, labels, truth = seed_set
    assert len(labels) == len(truth) == 20
    assert {v["template"] for v in labels.values()} == {"hubbub", "foldout", "sidelight", "pumpline", "reader"}
    assert sorted(p.stem for p in (d / "text").glob("*.txt")) == sorted(labels)


def test_main_body_paragraphs_are_in_the_page(seed_set: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, labels, truth = seed_set
    for pid, lab in labels.items():
        lines = page_lines(d, pid)
        glued = {line[: -len(h) - 1] for line in lines for h in lab["subheadings"] if line.endswith(" " + h)}
        for para in truth[pid]["body"].split("\n\n"):
            for line in para.split("\n"):
                assert line in lines or line in glued, (pid, line)


def test_subheadings_are_glued_and_not_in_the_truth(seed_set: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, labels, truth = seed_set
    seen = 0
    for pid, lab in labels.items():
        text = "\n".join(page_lines(d, pid))
        for h in lab["subheadings"]:
            seen += 1
            assert re.search(r"[.!?\"”’)] " + re.escape(h) + "\n", text), (pid, h)
            assert not any(p.endswith(h) for p in truth[pid]["body"].split("\n\n")), (pid, h)
    assert seen


def test_date_is_null_exactly_when_only_relative_times_show(
    seed_set: tuple[Path, dict[str, Any], dict[str, Any]],
) -> None:
    _, labels, _ = seed_set
    kinds = set()
    for pid, lab in labels.items():
        shown = [m for m in lab["meta_lines"] if YEAR.search(m)]
        if lab["date"] is None:
            assert not shown, (pid, lab["meta_lines"])
        else:
            year, month, day = (int(x) for x in lab["date"].split("-"))
            # the publication date is the first dated line shown (never the update): its year, month and day
            first = shown[0]
            month_shown = aggregator_holdout8.MONTHS[month - 1][:3] in first or f"{month:02d}" in first
            day_shown = re.search(rf"\b0?{day}(?:st|nd|rd|th)?\b", first)
            assert str(year) in first and month_shown and day_shown, (pid, shown)
        kinds.add(lab["date"] is None)
    assert kinds == {True, False}


def test_related_titles_and_teasers_are_in_the_page(seed_set: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, labels, _ = seed_set
    for pid, lab in labels.items():
        text = "\n".join(page_lines(d, pid))
        assert lab["related"], pid
        for title in lab["related"]:
            assert title in text, (pid, title)
        for t in lab["teasers"]:
            assert t in page_lines(d, pid), (pid, t)
        for e in lab["embedded"]:
            assert e["title"] in lab["related"] and e["first_sentence"] in text, (pid, e["title"])


def test_site_is_named_on_the_page_or_null(seed_set: tuple[Path, dict[str, Any], dict[str, Any]]) -> None:
    d, labels, _ = seed_set
    for pid, lab in labels.items():
        text = "\n".join(page_lines(d, pid))
        if lab["template"] == "reader":
            assert lab["site"] is None
            assert not any(name in text for name in ("Hubbub", "Foldout", "Sidelight", "Pumpline")), pid
        else:
            assert lab["site"] and lab["site"] in text, pid


def test_first_sentence_and_teaser_are_cut_at_words() -> None:
    art = aggregator_holdout8.Article(
        "x",
        "T",
        [],
        aggregator_holdout8.datetime.date(2023, 12, 22),
        "u",
        [["The council met on Friday. It voted to close the pier for the winter months, citing storm damage."]],
    )
    assert aggregator_holdout8.first_sentence(art) == "The council met on Friday."
    t = aggregator_holdout8.teaser(art, aggregator_holdout8.random.Random(0))
    assert t == art.paras[0][0] or (t.endswith("…") and art.paras[0][0].startswith(t[:-1]))

"""The fifth held-out aggregator generator: its labels say what its dumps show, and the scorer agrees."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import aggregator_holdout4 as gen

EVAL = gen.SHARED.parent / "eval"
NAMES = ("Quillfeed", "Parlance", "Wirechat", "Staffroom")

pytestmark = pytest.mark.skipif(
    not (gen.SHARED / "naeb" / "meta.json").exists() or not (EVAL / "check_aggregator.py").exists(),
    reason="needs ../shared/corpus/naeb and ../shared/eval",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("holdout4")
    assert gen.main(["--out", str(out), "--seeds", "4", "--per-layout", "6"]) == 0
    return out / "seed-4"


def _read(folder: Path) -> tuple[dict[str, list[str]], dict[str, Any], dict[str, Any]]:
    pages = {p.stem: p.read_text(encoding="utf-8").splitlines() for p in sorted((folder / "text").glob("*.txt"))}
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return pages, truth, labels


def test_same_seed_same_bytes(built: Path, tmp_path: Path) -> None:
    gen.main(["--out", str(tmp_path), "--seeds", "4", "--per-layout", "6"])
    for name in ("truth.json", "labels.json", *(f"text/{p.name}" for p in (built / "text").iterdir())):
        assert (tmp_path / "seed-4" / name).read_bytes() == (built / name).read_bytes(), name


def test_every_layout_and_main_articles_new(built: Path) -> None:
    _, truth, labels = _read(built)
    shared = {lab["naeb"] for lab in json.loads((gen.SHARED / "aggregator" / "labels.json").read_text()).values()}
    assert len(labels) == len(truth) == 30
    assert sorted({lab["template"] for lab in labels.values()}) == sorted(gen.LAYOUTS)
    assert not {lab["naeb"] for lab in labels.values()} & shared


def test_body_paragraphs_and_run_in_subheadings_are_on_the_page(built: Path) -> None:
    pages, truth, labels = _read(built)
    for pid, lines in pages.items():
        subs = labels[pid]["subheadings"]
        glued = {line for line in lines if any(line.endswith(" " + s) for s in subs)}
        assert len(glued) == len(subs), pid
        heads = "|".join(re.escape(" " + s) for s in subs) or "(?!)"
        plain = {re.sub(f"({heads})$", "", line) for line in lines}
        for para in truth[pid]["body"].split("\n\n"):
            assert para in plain, (pid, para[:60])
        assert labels[pid]["title"] in lines, pid


def test_labelled_lines_are_on_the_page(built: Path) -> None:
    pages, truth, labels = _read(built)
    for pid, lines in pages.items():
        lab, text = labels[pid], "\n".join(pages[pid])
        outside = set(lines) - set(truth[pid]["body"].split("\n\n"))
        for line in lab["furniture"] + lab["meta_lines"] + lab["teasers"]:
            assert line in lines, (pid, line)
        for title in lab["related"]:
            assert title in text, (pid, title)
        for author in lab["authors"]:
            assert any(author in line for line in outside), (pid, author)
        for emb in lab["embedded"]:
            assert emb["first_sentence"] in text and emb["title"] in lines, (pid, emb["title"])


def test_dates_and_site_names_by_construction(built: Path) -> None:
    pages, _, labels = _read(built)
    kinds = set()
    for pid, lines in pages.items():
        lab, text = labels[pid], "\n".join(lines)
        kinds.add((lab["date"] is None, lab["site"] is None))
        years = [m for m in lab["meta_lines"] if re.search(r"\b20\d\d\b", m)]
        if lab["date"] is None:
            assert not years, (pid, years)
        else:
            year, _, day = lab["date"].split("-")
            assert any(year in m and re.search(rf"\b0?{int(day)}\b", m) for m in years), (pid, lab["date"])
        if lab["site"] is None:
            assert not any(name.casefold() in text.casefold() for name in NAMES), pid
        else:
            assert lab["site"] in text, pid
    assert kinds == {(True, True), (True, False), (False, True), (False, False)}


def test_the_scorer_gives_a_perfect_page_full_marks(built: Path, tmp_path: Path) -> None:
    """Ideal docs written from the labels score 1.0 everywhere: no label contradicts another or the body."""
    sys.path.insert(0, str(EVAL))
    import check_aggregator

    _, truth, labels = _read(built)
    docs = tmp_path / "docs"
    docs.mkdir()
    stories = {s.nid: s for s in gen.load_stories()[0]}

    def write(name: str, meta: dict[str, Any], body: str) -> None:
        (docs / name).write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\n{body}\n", encoding="utf-8")

    for pid, lab in labels.items():
        paras = truth[pid]["body"].split("\n\n")
        body = []
        for para in paras:
            body.append(para)
            body += [
                f"## {s}"
                for s in lab["subheadings"]
                if (para + " " + s) in (built / "text" / f"{pid}.txt").read_text(encoding="utf-8")
            ]
        meta = {
            "raw": f"text/{pid}.txt",
            "title": lab["title"],
            "authors": lab["authors"],
            "date": lab["date"],
            "source": {"name": lab["site"] or ""},
            "related": [{"title": t} for t in lab["related"]],
        }
        write(f"{pid}.md", meta, "\n\n".join(body))
        for i, emb in enumerate(lab["embedded"]):
            write(
                f"{pid}-{i}.md",
                {"raw": f"text/{pid}.txt", "title": emb["title"], "embedded_in": pid},
                "\n\n".join(stories[emb["naeb"]].paras),
            )
    main_docs, embedded, _ = check_aggregator.load_docs(docs)
    for pid, lab in labels.items():
        row = check_aggregator.check_page(lab, main_docs[pid], embedded.get(pid, []))
        assert row["title"] and row["authors_exact"] and row["date"] and row["site"], pid
        assert row["related_hit"] == row["related_n"] == row["related_ok_pred"], pid
        assert row["embedded_hit"] == row["embedded_n"] and not row["embedded_extra"], pid
        assert row["sub_hit"] == row["sub_n"], pid
        assert not row["furniture_leaked"] and not row["meta_leaked"] and not row["related_leaked"], pid

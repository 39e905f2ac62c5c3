"""train/aggregator_holdout6.py: its labels hold by construction on the dumps it writes."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


needs_shared = pytest.mark.skipif(not (SHARED / "corpus/naeb/meta.json").is_file(), reason="no ../shared corpus")


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "train"))  # as when run as a script: it imports its sibling aggregator_pages
    gen = load("aggregator_holdout6", ROOT / "train/aggregator_holdout6.py")
    out = tmp_path_factory.mktemp("h6")
    assert gen.main(["--out", str(out), "--seeds", "4", "--per-layout", "8"]) == 0
    return out / "seed-4"


def pages(seed_dir: Path) -> list[tuple[str, dict[str, Any], str, str]]:
    labels = json.loads((seed_dir / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((seed_dir / "truth.json").read_text(encoding="utf-8"))
    assert set(labels) == set(truth)
    return [
        (pid, labels[pid], truth[pid]["body"], (seed_dir / f"text/{pid}.txt").read_text(encoding="utf-8"))
        for pid in sorted(labels)
    ]


@needs_shared
def test_every_layout_and_every_main_paragraph_is_on_its_page(seed_dir: Path) -> None:
    found = pages(seed_dir)
    assert len(found) == 40
    assert {lab["template"] for _, lab, _, _ in found} == {"bildtafel", "leafloop", "tripoint", "kerbside", "unbranded"}
    for pid, lab, body, text in found:
        paras = body.split("\n\n")
        assert len(paras) >= 4, pid
        for p in paras:
            assert p in text, (pid, p[:60])
        assert lab["title"].casefold() in text.casefold(), pid
        for sub in lab["subheadings"]:
            # glued to a sentence of running text, not to a heading-like line of the article
            assert re.search(rf"^.{{60,}}[^ ] {re.escape(sub)}$", text, re.M), (pid, sub)
            assert sub not in body.split("\n"), (pid, sub)


@needs_shared
def test_every_line_of_a_page_is_labelled(seed_dir: Path) -> None:
    """Body, glued subheading, title, byline/date, related, teaser, furniture or carried text: nothing else."""
    naeb = json.loads((SHARED / "corpus/naeb/truth.json").read_text(encoding="utf-8"))
    for pid, lab, body, text in pages(seed_dir):
        carried_lines = {x for e in lab["embedded"] for x in carried(naeb[e["naeb"]]["body"]).splitlines()}
        known = set(body.splitlines()) | carried_lines | set(lab["furniture"]) | set(lab["meta_lines"])
        known |= set(lab["teasers"])
        glued = {f"{line} {sub}" for line in body.splitlines() for sub in lab["subheadings"]}
        for line in text.splitlines():
            if not line.strip() or line in known or line in glued or line.casefold() == lab["title"].casefold():
                continue
            if any(t in line for t in lab["related"]) or line.startswith("Text: "):
                continue
            raise AssertionError((pid, line))
        assert len([x for x in text.splitlines() if x in glued]) == len(lab["subheadings"]), pid


@needs_shared
def test_date_is_null_exactly_when_the_meta_lines_show_no_year(seed_dir: Path) -> None:
    nulls = 0
    for pid, lab, _, _ in pages(seed_dir):
        shown = " ".join(lab["meta_lines"])
        has_year = bool(re.search(r"\b20\d\d\b|\b\d\d\.\d\d\.\d\d\b", shown))
        assert (lab["date"] is not None) == has_year, (pid, shown, lab["date"])
        if lab["date"]:
            y, m, d = lab["date"].split("-")
            assert y in shown or f"{d}.{m}.{y[2:]}" in shown, (pid, shown)
        nulls += lab["date"] is None
    assert nulls > 0


@needs_shared
def test_related_titles_and_furniture_are_on_the_page(seed_dir: Path) -> None:
    for pid, lab, body, text in pages(seed_dir):
        lines = text.splitlines()
        flat = " ".join(text.split())
        assert lab["related"], pid
        for title in lab["related"]:
            assert any(title.casefold() in line.casefold() for line in lines), (pid, title)
            assert title not in body, (pid, title)
        for item in lab["furniture"] + lab["meta_lines"]:
            assert item in lines, (pid, item)
        for emb in lab["embedded"]:
            assert emb["title"] in lab["related"] and emb["first_sentence"] in flat, pid
        assert (lab["site"] is None) == (lab["template"] == "unbranded"), pid
        if lab["site"] is None:
            assert "leafloop" not in text.casefold() and "kerbside" not in text.casefold(), pid


def carried(body: str) -> str:
    """What the generator carries of a story: its first 24 paragraphs."""
    return "\n\n".join([p.strip() for p in body.split("\n\n") if p.strip()][:24])


@needs_shared
def test_ideal_docs_score_one(seed_dir: Path, tmp_path: Path) -> None:
    check = load("check_aggregator", SHARED / "eval/check_aggregator.py")
    naeb = json.loads((SHARED / "corpus/naeb/truth.json").read_text(encoding="utf-8"))
    for pid, lab, body, _ in pages(seed_dir):
        heads = "".join(f"\n\n## {s}" for s in lab["subheadings"])
        meta = {
            "title": lab["title"],
            "authors": lab["authors"],
            "date": lab["date"],
            "raw": f"text/{pid}.txt",
            "source": {"name": lab["site"] or ""},
            "related": [{"title": t} for t in lab["related"]],
        }
        (tmp_path / f"{pid}.md").write_text(f"---\n{yaml.safe_dump(meta)}---\n{body}{heads}\n", encoding="utf-8")
        for i, emb in enumerate(lab["embedded"]):
            em = {"title": emb["title"], "raw": f"text/{pid}.txt", "embedded_in": pid}
            (tmp_path / f"{pid}-e{i}.md").write_text(
                f"---\n{yaml.safe_dump(em)}---\n{carried(naeb[emb['naeb']]['body'])}\n", encoding="utf-8"
            )
    main, embedded, _ = check.load_docs(tmp_path)
    labels = json.loads((seed_dir / "labels.json").read_text(encoding="utf-8"))
    for pid, lab in labels.items():
        row = check.check_page(lab, main[pid], embedded.get(pid, []))
        assert row["title"] and row["authors_exact"] and row["date"] and row["site"], pid
        assert row["related_hit"] == row["related_n"] == row["related_ok_pred"], pid
        assert row["embedded_hit"] == row["embedded_n"] and row["sub_hit"] == row["sub_n"], pid
        assert not row["furniture_leaked"] and not row["meta_leaked"] and not row["related_leaked"], pid

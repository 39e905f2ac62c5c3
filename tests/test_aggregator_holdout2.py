"""The third held-out aggregator generator: its labels say what its dumps show, and the scorer agrees."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import aggregator_holdout2 as gen

EVAL = gen.SHARED.parent / "eval"

pytestmark = pytest.mark.skipif(
    not (gen.SHARED / "naeb" / "meta.json").exists() or not (EVAL / "check_aggregator.py").exists(),
    reason="needs ../shared/corpus/naeb and ../shared/eval",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("holdout2")
    assert gen.main(["--out", str(out), "--seeds", "5"]) == 0
    return out / "seed-5"


def problems(text: str, label: dict[str, Any], body: str) -> list[str]:
    """What the label claims that the dump does not show."""
    lines = text.splitlines()
    found: list[str] = []
    if label["title"] not in lines:
        found.append("title")
    found += [f"meta line {m!r}" for m in label["meta_lines"] if m not in lines]
    found += [f"furniture {f!r}" for f in label["furniture"] if f not in lines]
    found += [f"related {t!r}" for t in label["related"] if t not in text]
    found += [f"subheading {s!r}" for s in label["subheadings"] if not any(x.endswith(" " + s) for x in lines)]
    found += [f"embedded {e['title']!r}" for e in label["embedded"] if e["first_sentence"] not in text]
    found += [f"author {a!r}" for a in label["authors"] if not any(a in m for m in label["meta_lines"])]
    unglued = text
    for s in label["subheadings"]:
        unglued = unglued.replace(" " + s + "\n", "\n")
    found += [f"body paragraph {p[:30]!r}" for p in body.split("\n\n") if p not in unglued]
    return found


def test_labels_match_the_dumps(built: Path) -> None:
    labels = json.loads((built / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((built / "truth.json").read_text(encoding="utf-8"))
    assert len(labels) == len(truth) >= 50
    assert {v["template"] for v in labels.values()} == set(gen.LAYOUTS)
    for pid, label in labels.items():
        text = (built / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        assert problems(text, label, truth[pid]["body"]) == [], pid


def test_the_check_can_fail(built: Path) -> None:
    labels = json.loads((built / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((built / "truth.json").read_text(encoding="utf-8"))
    pid, label = next(iter(labels.items()))
    text = (built / "text" / f"{pid}.txt").read_text(encoding="utf-8")
    wrong = dict(label, meta_lines=["By Nobody At All"], subheadings=["Not Glued Anywhere"])
    assert problems(text, wrong, truth[pid]["body"])[:2] == [
        "meta line 'By Nobody At All'",
        "subheading 'Not Glued Anywhere'",
    ]


def test_dates_are_the_articles_or_none(built: Path) -> None:
    labels = json.loads((built / "labels.json").read_text(encoding="utf-8"))
    meta = json.loads((gen.SHARED / "naeb" / "meta.json").read_text(encoding="utf-8"))
    days = [v["date"] for v in labels.values()]
    assert None in days and any(days)
    for v in labels.values():
        assert v["date"] in (None, meta[v["naeb"]]["date"][:10])
        # a relative time alone never earns a date
        if v["date"] is None:
            assert not any(str(y) in m for m in v["meta_lines"] for y in range(2019, 2026))


def oracle(built: Path, out: Path) -> None:
    """A perfect conversion: each page's article and carried stories as the scorer expects them."""
    labels = json.loads((built / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((built / "truth.json").read_text(encoding="utf-8"))
    stories = gen.load_stories(gen.SHARED)
    out.mkdir()
    for pid, v in labels.items():
        paras = truth[pid]["body"].split("\n\n")
        front = {
            "title": v["title"],
            "authors": v["authors"],
            "date": v["date"],
            "source": {"name": v["site"]},
            "related": [{"title": t} for t in v["related"]],
            "raw": f"text/{pid}.txt",
        }
        body = "\n\n".join(paras[:1] + [f"## {s}" for s in v["subheadings"]] + paras[1:])
        (out / f"{pid}.md").write_text(f"---\n{json.dumps(front)}\n---\n\n{body}\n", encoding="utf-8")
        for k, e in enumerate(v["embedded"]):
            emb = {"title": e["title"], "raw": f"text/{pid}.txt", "embedded_in": pid}
            text = "\n\n".join(stories[e["naeb"]].paras)
            (out / f"{pid}-{k}.md").write_text(f"---\n{json.dumps(emb)}\n---\n\n{text}\n", encoding="utf-8")


def test_a_perfect_conversion_scores_full_marks(built: Path) -> None:
    sys.path.insert(0, str(EVAL))
    import check_aggregator

    oracle(built, built / "oracle")
    check_aggregator.main([str(built), str(built / "oracle"), "--json", str(built / "check.json")])
    s = json.loads((built / "check.json").read_text(encoding="utf-8"))["summary"]
    for key in ("title", "authors_exact", "date", "site", "related_recall", "related_precision", "embedded"):
        assert s[key] == 1.0, key
    assert s["subheadings"] == 1.0
    assert s["furniture_leak_pages"] == s["meta_leak_pages"] == s["related_leak_pages"] == 0

"""train/aggregator_holdout.py: its labels agree with its dumps, and a perfect conversion scores full marks."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import aggregator_holdout as holdout

pytestmark = pytest.mark.skipif(
    not (holdout.NAEB / "meta.json").exists() or not (holdout.EVAL / "check_aggregator.py").exists(),
    reason="needs ../shared/corpus/naeb and ../shared/eval",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("holdout") / "seed-5"
    holdout.write_set(folder, *holdout.build_set(5, 10))
    return folder


def problems(text: str, label: dict[str, object]) -> list[str]:
    """What a label claims that the dump does not show."""
    lines = text.splitlines()
    whole = set(lines)
    out = [f"furniture {f!r}" for f in label["furniture"] if f not in whole]  # type: ignore[attr-defined]
    out += [f"meta line {m!r}" for m in label["meta_lines"] if m not in whole]  # type: ignore[attr-defined]
    out += [f"related {t!r}" for t in label["related"] if not any(t in x for x in lines)]  # type: ignore[attr-defined]
    out += [f"subheading {s!r}" for s in label["subheadings"] if not any(x.endswith(f" {s}") for x in lines)]  # type: ignore[attr-defined]
    out += [f"title {label['title']!r}" for _ in [0] if not any(str(label["title"]) in x for x in lines)]
    for e in label["embedded"]:  # type: ignore[attr-defined]
        if e["first_sentence"] not in text:
            out.append(f"embedded {e['title']!r}")
    return out


def test_every_label_is_shown_on_its_page(built: Path) -> None:
    labels = json.loads((built / "labels.json").read_text(encoding="utf-8"))
    assert len(labels) == 50 and {v["template"] for v in labels.values()} == set(holdout.LAYOUTS)
    for pid, label in labels.items():
        text = (built / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        assert problems(text, label) == [], pid
        # A byline or date line is never furniture, and the page never names a site it is not labelled with.
        assert not set(label["meta_lines"]) & set(label["furniture"]), pid
        if label["site"] is None:
            assert all(
                name.casefold() not in text.casefold()
                for name in ("ledgerline", "brightwick", "harbourline", "threadlamp")
            ), pid


def test_the_check_finds_a_label_the_dump_does_not_show(built: Path) -> None:
    labels = json.loads((built / "labels.json").read_text(encoding="utf-8"))
    pid, label = next(iter(labels.items()))
    text = (built / "text" / f"{pid}.txt").read_text(encoding="utf-8")
    wrong = dict(label, meta_lines=[*label["meta_lines"], "By Nobody At All"], subheadings=["Not Glued Anywhere"])
    assert problems(text, wrong) == ["meta line 'By Nobody At All'", "subheading 'Not Glued Anywhere'"]


def test_a_perfect_conversion_scores_full_marks(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import check_aggregator

    holdout.write_oracle(built, built / "oracle")
    check_aggregator.main([str(built), str(built / "oracle"), "--json", str(built / "check.json")])
    summary = json.loads((built / "check.json").read_text(encoding="utf-8"))["summary"]
    for key in (
        "title",
        "authors_exact",
        "date",
        "site",
        "related_recall",
        "related_precision",
        "embedded",
        "subheadings",
    ):
        assert summary[key] == 1.0, key
    assert summary["furniture_leak_pages"] == summary["meta_leak_pages"] == summary["related_leak_pages"] == 0


def test_hand_checked_wordings() -> None:
    # Dates and bylines as the layouts write them, read by hand: dotted dates are day first, editors are not authors.
    assert holdout.ampm(14, 6, 0) == "2:06 PM" and holdout.ampm(9, 5, 1) == "9:05am"
    assert holdout.first_sentence("Short one. Then more.\n\nNext") == "Short one. Then more."
    assert holdout.first_sentence("A first sentence that is long enough. Another.") == (
        "A first sentence that is long enough."
    )

"""The search worker itself (run in Node) against the fixture site's prebuilt index."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parents[2] / "converter" / "site" / "assets" / "archive-search.js"
AUDI = "articles/audi/"

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")


def search(site: Path, *queries: str) -> list[list[dict]]:
    """Each query's result items, flattened to one document per item."""
    out = subprocess.run(["node", str(Path(__file__).parent / "run_worker.js"), str(WORKER), str(site), *queries],
                         capture_output=True, text=True, check=True, timeout=60)
    return [[group[0] for group in result["items"]] for result in json.loads(out.stdout)]


def test_finds_a_body_phrase_a_prefix_and_names(site: Path) -> None:
    phrase, prefix, author, source, nothing = search(site, "Zorblax capacitors", "zorbl", "molly wood", "slashgear",
                                                      "qwertyuiop")
    assert phrase[0]["location"] == AUDI
    assert phrase[0]["title"] == "Audi reveals the e-tron Sportback"
    assert phrase[0]["terms"] == {"zorblax": True, "capacitors": True}
    assert prefix[0]["location"] == AUDI
    assert author[0]["location"] == "articles/banking/"
    assert {d["location"] for d in source} >= {AUDI, "articles/bell/"}
    assert nothing == []


def test_exact_phrase_ranks_first(site: Path) -> None:
    # bell.md holds every word, "drive" and "electric" twice, but not the phrase; audi.md holds the phrase once.
    (result,) = search(site, "quattro electric all-wheel drive")
    assert [d["location"] for d in result[:2]] == [AUDI, "articles/bell/"]
    (result,) = search(site, "drive electric quattro")  # the same words, in no article's order
    assert result[0]["location"] == "articles/bell/"


def test_results_are_escaped_and_highlighted(site: Path) -> None:
    (result,) = search(site, "alert")
    assert result[0]["title"] == "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"
    assert "<img" not in result[0]["text"]

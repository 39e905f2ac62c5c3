"""train/: sites as cross-validation groups, and folds that never split a site."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import dataset
import train_html_choice


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.thehill.com", "thehill.com"),
        ("edition.cnn.com", "cnn.com"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("www.smh.com.au", "smh.com.au"),
    ],
)
def test_a_host_is_cut_to_its_site(host: str, site: str):
    assert dataset._site(host) == site


def test_folds_never_split_a_site_and_are_balanced():
    sizes = {"a.com": 5, "b.com": 3, "c.com": 3, "d.com": 2, "e.com": 1, "f.com": 1, "g.com": 1}
    examples: list[Any] = [  # stand-ins for Example: only .page.group and .page.id are read
        SimpleNamespace(page=SimpleNamespace(group=site, id=f"{site}{i}"))
        for site, n in sizes.items()
        for i in range(n)
    ]
    folds = train_html_choice.grouped_folds(examples, 3)
    assert sorted(len(fold) for fold in folds) == [5, 5, 6]
    for site in sizes:
        assert sum(any(ex.page.group == site for ex in fold) for fold in folds) == 1


def test_the_cache_fingerprint_is_the_code_as_first_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # build_cache imports the converter once: an edit during the run must not relabel its results.
    module = tmp_path / "converter" / "step.py"
    module.parent.mkdir()
    module.write_text("LIMIT = 1\n", encoding="utf-8")
    monkeypatch.setattr(dataset, "REPO", tmp_path)
    dataset._fingerprint.cache_clear()
    try:
        first = dataset._fingerprint()
        module.write_text("LIMIT = 2\n", encoding="utf-8")
        assert dataset._fingerprint() == first
        dataset._fingerprint.cache_clear()
        assert dataset._fingerprint() != first  # a new run reads the new code
    finally:
        dataset._fingerprint.cache_clear()


def test_pages_whose_truth_holds_comments_are_those_with_a_longer_body_with_comments(tmp_path: Path):
    corpus = tmp_path / "corpus" / "blogs"
    corpus.mkdir(parents=True)
    truth = {
        "a": {"body": "Post.", "body_with_comments": "Post.\nNice post!"},
        "b": {"body": "Post.", "body_with_comments": "Post."},  # no comments in its gold file
        "c": {"body": "Post."},  # a part without the field
    }
    (corpus / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert dataset.with_comments(tmp_path, "blogs") == {"a"}

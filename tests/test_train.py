"""train/: sites as cross-validation groups, and folds that never split a site."""

from __future__ import annotations

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


def test_pages_whose_truth_includes_the_comment_section_are_found(tmp_path: Path):
    post = "The allotment society opened its new seed library on Saturday morning. " * 8
    comment = "What a lovely idea, I will bring my tomato seeds next week for everyone. " * 8
    html = (
        f"<html><body><div class='post'><p>{post}</p><p>{post}</p></div>"
        f"<div class='comments'><p>{comment}</p></div></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")

    def page(page_id: str, truth: str) -> dataset.Page:
        return dataset.Page("blogs", page_id, page_id, truth, tmp_path / "page.html")

    pages = [page("with", f"{post}\n{post}\n{comment}"), page("without", f"{post}\n{post}")]
    assert dataset.truth_holds_comments(pages) == {"with"}


def test_textdump_decisions_are_trained_on_the_models_trained_before_them(monkeypatch: pytest.MonkeyPatch):
    """make train: each decision sees the weights just fitted for the earlier ones (not the committed files), and
    a second round trains the earlier ones again with the later ones' new weights, then stops: it reproduced
    the first."""
    import textdump_decisions
    import textdump_train

    from converter.textdump.model import LinearModel, model

    order = list(textdump_decisions.DECISIONS)
    # The listing finds the carried stories whose lines the body-line decision learns from.
    assert order.index("listing") < order.index("bodyline")
    names = {key: decision.name for key, decision in textdump_decisions.DECISIONS.items()}
    rounds: list[dict[str, dict[str, float]]] = []

    def fake_train(decision: Any, pages: Any, dry_run: bool) -> LinearModel:
        if decision.name == names[order[0]]:
            rounds.append({})
        rounds[-1][decision.name] = {other: model(other).bias for other in names.values()}
        return LinearModel(decision.name, (), (), 100.0 + order.index(_key(decision.name)), 0.0)

    def _key(name: str) -> str:
        return next(key for key, value in names.items() if value == name)

    monkeypatch.setattr(textdump_train, "train", fake_train)
    monkeypatch.setattr(textdump_train, "load_pages", lambda **_: ())
    assert textdump_train.main(["--dry-run"]) == 0
    assert len(rounds) == 2  # the first changed every model; the second reproduced the first
    first, second = rounds
    for position, key in enumerate(order):
        for earlier in order[:position]:
            assert first[names[key]][names[earlier]] == 100.0 + order.index(earlier)
        for later in order[position + 1 :]:
            assert first[names[key]][names[later]] < 100.0  # not yet fitted: the committed file
        for other in order:
            if other != key:  # (its own model is the committed file while a decision trains)
                assert second[names[key]][names[other]] == 100.0 + order.index(other)
    assert model(names["bodyline"]).bias < 100.0  # the overrides are gone after the run


def test_textdump_training_stops_after_its_last_round_when_models_never_settle(monkeypatch: pytest.MonkeyPatch):
    import textdump_train

    from converter.textdump.model import LinearModel

    calls: list[str] = []

    def drifting(decision: Any, pages: Any, dry_run: bool) -> LinearModel:
        calls.append(decision.name)
        return LinearModel(decision.name, (), (), 1000.0 + len(calls), 0.0)  # new weights every time

    monkeypatch.setattr(textdump_train, "train", drifting)
    monkeypatch.setattr(textdump_train, "load_pages", lambda **_: ())
    assert textdump_train.main(["--dry-run", "run", "title"]) == 0
    assert calls == ["textdump_run", "textdump_title"] * textdump_train.MAX_ROUNDS

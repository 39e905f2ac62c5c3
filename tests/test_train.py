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
    a second round trains the earlier ones again with the later ones' new weights; it reproduced the first, so
    a third, the same again, prints the figures and writes the files, then training stops."""
    import textdump_decisions
    import textdump_train

    from converter.textdump.model import LinearModel, model

    order = list(textdump_decisions.DECISIONS)
    # The listing finds the carried stories whose lines the body-line decision learns from.
    assert order.index("listing") < order.index("bodyline")
    names = {key: decision.name for key, decision in textdump_decisions.DECISIONS.items()}
    rounds: list[dict[str, dict[str, float]]] = []
    reports: list[bool] = []

    def fake_train(decision: Any, pages: Any, dry_run: bool, report: bool = True) -> LinearModel:
        if decision.name == names[order[0]]:
            rounds.append({})
        rounds[-1][decision.name] = {other: model(other).bias for other in names.values()}
        reports.append(report)
        return LinearModel(decision.name, (), (), 100.0 + order.index(_key(decision.name)), 0.0)

    def _key(name: str) -> str:
        return next(key for key, value in names.items() if value == name)

    monkeypatch.setattr(textdump_train, "train", fake_train)
    monkeypatch.setattr(textdump_train, "load_pages", lambda **_: ())
    assert textdump_train.main(["--dry-run"]) == 0
    # The first changed every model, the second reproduced the first: a third, the same, prints and writes.
    assert len(rounds) == 3 and rounds[2] == rounds[1]
    assert reports == [False] * 2 * len(order) + [True] * len(order)
    first, second, _ = rounds
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

    def drifting(decision: Any, pages: Any, dry_run: bool, report: bool = True) -> LinearModel:
        calls.append(decision.name + (" with figures" if report else ""))
        return LinearModel(decision.name, (), (), 1000.0 + len(calls), 0.0)  # new weights every time

    monkeypatch.setattr(textdump_train, "train", drifting)
    monkeypatch.setattr(textdump_train, "load_pages", lambda **_: ())
    assert textdump_train.main(["--dry-run", "run", "title"]) == 0
    fitted = ["textdump_run", "textdump_title"] * (textdump_train.MAX_ROUNDS - 1)
    assert calls == [*fitted, "textdump_run with figures", "textdump_title with figures"]


_SHARED_AGGREGATOR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "aggregator"


@pytest.mark.skipif(not (_SHARED_AGGREGATOR / "labels.json").is_file(), reason="needs ../shared/corpus")
def test_generated_aggregator_sets_are_read_with_unique_ids_and_a_fold_per_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import textdump_data

    # A tiny sample: the shared layouts reworded (the same page ids as the shared set) and one generator of new ones.
    monkeypatch.setattr(textdump_data, "GENERATORS", {"aggregator_variants": "", "aggregator_holdout2": "--out"})
    pages = textdump_data.load_pages.__wrapped__(textdump_data.SHARED, True, tmp_path)
    ids = [page.pid for page in pages]
    assert len(ids) == len(set(ids))
    shared = {page.pid: page for page in pages if page.corpus == "aggregator"}
    generated = [page for page in pages if page.corpus == "generated"]
    assert len(shared) == 60 and generated
    templates = {page.group for page in shared.values()}
    assert len(templates) == 5
    groups = {page.group for page in generated}
    variants = {group for group in groups if group.startswith("layout:aggregator_variants/")}
    others = {group for group in groups if group.startswith("layout:aggregator_holdout2/")}
    assert variants | others == groups and len(others) == 5
    assert variants == {"layout:aggregator_variants/" + group.removeprefix("layout:") for group in templates}
    # Each page's labels are its own set's: a reworded page names its new aggregator, not the shared one.
    renamed = 0
    for page in generated:
        labels = textdump_data.page_labels(page)
        assert labels["title"] == page.title
        if labels["site"]:
            assert labels["site"].casefold() in page.text.casefold()
        original = shared.get(page.pid.removeprefix("variants-s1-"))
        renamed += original is not None and labels["site"] != textdump_data.page_labels(original)["site"]
    assert renamed >= 10
    # Folds: a shared layout with its rewordings (the same layout), a generator's five layouts together, sites.
    folds = textdump_data.folds(pages)
    for group in {page.group for page in pages}:
        assert sum(group in fold for fold in folds) == 1
    for template in templates:
        assert template.replace("layout:", "layout:aggregator_variants/") in next(f for f in folds if template in f)
    assert others in folds
    assert textdump_data.fold_name(others) == "layout:aggregator_holdout2"


@pytest.mark.skipif(not (_SHARED_AGGREGATOR / "labels.json").is_file(), reason="needs ../shared/corpus")
def test_a_generated_set_is_made_again_only_when_its_script_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import textdump_data

    folder = textdump_data.generated_set("aggregator_layouts", 1, tmp_path)
    page = sorted((folder / "text").glob("*.txt"))[0]
    first = page.read_bytes()
    page.write_text("stale", encoding="utf-8")
    assert textdump_data.generated_set("aggregator_layouts", 1, tmp_path) == folder
    assert page.read_text(encoding="utf-8") == "stale"  # same script: the cached pages are kept
    monkeypatch.setattr(textdump_data, "_digest", lambda script: "another version")
    assert textdump_data.generated_set("aggregator_layouts", 1, tmp_path) == folder
    assert page.read_bytes() == first  # generated again, the same bytes (deterministic)
    assert sorted(path.name for path in (tmp_path / "aggregator_layouts").iterdir()) == ["seed-1"]


def test_a_page_counts_in_a_fit_with_its_weight():
    import textdump_train

    decision: Any = SimpleNamespace(name="toy", feature_names=("f",), regularisation=1.0, ranking=False, threshold=0.0)
    says_yes = [({"f": 1.0}, 1), ({"f": 0.0}, 0)]
    says_no = [({"f": 1.0}, 0), ({"f": 0.0}, 1)]
    assert textdump_train.fit(decision, [says_yes, says_no], [3.0, 1.0]).weights[0] > 0
    assert textdump_train.fit(decision, [says_yes, says_no], [1.0, 3.0]).weights[0] < 0
    assert textdump_train.fit(decision, [says_yes, says_no, says_yes]).weights[0] > 0  # no weights: each page 1


def test_a_decision_weighs_generated_pages_with_its_own_weight_and_leaves_out_those_of_weight_0(
    monkeypatch: pytest.MonkeyPatch,
):
    import textdump_data
    import textdump_train

    shared = textdump_data.Page("a", "naeb", "site:a", "", None, None, None)
    made = textdump_data.Page("b", textdump_data.GENERATED, "layout:x/y", "", None, None, None)
    monkeypatch.setattr(textdump_data, "GENERATED_WEIGHT", {"title": 0.0, "listing": 0.5})
    assert textdump_data.page_weight(shared, "textdump_title") == 1.0
    assert textdump_data.page_weight(made, "textdump_title") == 0.0
    assert textdump_data.page_weight(made, "textdump_listing") == 0.5
    seen: list[tuple[list[str], list[float] | None]] = []

    def examples(page: textdump_data.Page) -> list[tuple[dict[str, float], int]]:
        return [({"f": 1.0}, 1), ({"f": 0.0}, 0)] if page.pid == "a" else [({"f": 1.0}, 0), ({"f": 0.0}, 1)]

    monkeypatch.setattr(textdump_train, "fit", lambda decision, rows, weights: seen.append((rows, weights)))
    for name in ("textdump_title", "textdump_listing"):
        decision: Any = SimpleNamespace(name=name, examples=examples)
        textdump_train.fit_pages(decision, [shared, made])
    assert [len(rows) for rows, _ in seen] == [1, 2]  # the title is fitted without the generated page
    assert [weights for _, weights in seen] == [[1.0], [1.0, 0.5]]

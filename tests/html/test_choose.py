"""html.choose and its model: the committed weights load, name only features that exist, and make
decisions a reader would make on pages built by the tests (the expected choices are argued in each
test, not copied from the model's output)."""

from __future__ import annotations

from converter import models
from converter.html.candidates import CANDIDATES
from converter.html.choose import MODEL, Decision, decide, explain
from converter.html.features import PageStats, Shape, candidate_features

ARTICLE = "".join(
    f"<p>The council met on Tuesday evening to discuss the plan number {i}, and the members agreed that "
    f"the new library should open before the end of the year, after a long debate about its cost.</p>"
    for i in range(12)
)
MENU = "<ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(30)) + "</ul>"
PAGE = PageStats(paragraph_words=450, visible_chars=3000, link_chars=400)


def _decide(fragments: dict[str, str]) -> Decision:
    return decide(fragments.__getitem__, PAGE)


def test_the_committed_model_loads_and_names_only_known_candidates_and_features():
    model = models.load(MODEL)
    assert model["candidates"] == list(CANDIDATES)
    shapes = {name: Shape.of(ARTICLE) for name in model["candidates"]}
    known = set(candidate_features(shapes, PAGE)[model["candidates"][0]])
    known |= {f"is_{name}" for name in model["candidates"]}
    assert set(model["weights"]) <= known
    assert set(model["weights"]) == known  # and every feature the code computes has a weight
    assert model["trained_on"]["sets"].keys() == {"scrapinghub", "naeb"}  # permissive licences only


def test_the_first_candidate_stands_unless_another_beats_it_by_the_margin():
    model = {"candidates": list(CANDIDATES), "weights": {"is_tf_full": 0.5}}
    fragments = dict.fromkeys(CANDIDATES, ARTICLE)
    assert decide(fragments.__getitem__, PAGE, model | {"margin": 1.0}).chosen == "tf_fast_precise"
    assert decide(fragments.__getitem__, PAGE, model | {"margin": 0.1}).chosen == "tf_full"


def test_an_empty_first_candidate_loses_to_the_article_the_others_agree_on():
    # trafilatura's precision mode discards some short articles outright; the others found it.
    fragments = dict.fromkeys(CANDIDATES, ARTICLE) | {"tf_fast_precise": ""}
    assert _decide(fragments).chosen != "tf_fast_precise"


def test_a_menu_of_links_loses_to_the_article():
    # The fast path picked the navigation list; the other candidates hold the prose.
    fragments = dict.fromkeys(CANDIDATES, ARTICLE) | {"tf_fast_precise": MENU}
    assert _decide(fragments).chosen != "tf_fast_precise"


def test_explain_shows_each_candidates_features_and_the_choice():
    decision = _decide(dict.fromkeys(CANDIDATES, ARTICLE) | {"tf_fast_precise": ""})
    text = explain(decision)
    assert "link_density" in text
    assert "score" in text
    assert f"chosen: {decision.chosen}" in text
    assert all(name[:16] in text for name in CANDIDATES)


def test_linear_is_a_dot_product_over_the_named_features():
    assert models.linear({"a": 2.0, "b": -1.0}, 0.5, {"a": 3.0, "b": 4.0, "unused": 9.0}) == 2.5


def test_the_debug_entry_explains_a_real_page():
    from pathlib import Path

    from converter.html.choose import _explain_page

    pages = Path(__file__).parent.parent / "pages" / "html"
    page = pages / "232a43fb15abde807427b2a7bf4f772e27b8760554370956d8291df4e8166dbf.html"
    text = _explain_page(str(page))
    assert "chosen: " in text
    assert "page_paragraph_share" in text

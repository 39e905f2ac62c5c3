"""recover.py: blocks the extractor dropped put back, and nothing else."""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html.recover import recover_blocks, split_twin

LEAD = "<p>The river rose four metres overnight and the mayor closed every bridge in the old town.</p>"
LEAD2 = "<p>Shops along the quay stacked sandbags as volunteers carried furniture to upper floors.</p>"
KEPT = (
    "<p>Engineers said the barrier held better than in the flood of the previous decade, when water reached the"
    " square.</p><p>The council will meet on Monday to decide how to pay for the repairs to the embankment.</p>"
)


def _text(html: str) -> str:
    return lxml_html.fragment_fromstring(html, create_parent="div").text_content()


def _page(before: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(
        f"<html><body><main>{before}<div class='ad-slot'>Advertisement</div>"
        f"<div class='story-body'><article>{KEPT}</article></div></main></body></html>"
    )


def test_the_first_part_of_a_body_split_in_two_containers_alike_comes_back_first():
    original = _page(f"<div class='story-body lead'><article>{LEAD}{LEAD2}</article></div>")
    text = _text(recover_blocks(original, KEPT))
    assert text.index("river rose") < text.index("Shops along") < text.index("Engineers said")


def test_a_preceding_container_of_another_class_or_of_links_stays_out():
    other = _page(f"<div class='promo-box'><article>{LEAD}</article></div>")
    assert "river rose" not in _text(recover_blocks(other, KEPT))
    links = "<p><a href='/a'>Bridges closed across the region as rivers rise again this week</a></p>"
    linked = _page(f"<div class='story-body'>{links}</div>")
    assert "Bridges closed" not in _text(recover_blocks(linked, KEPT))


def test_a_twin_is_a_sibling_of_the_container_or_of_a_near_ancestor_with_a_class_in_common():
    original = _page(f"<div class='story-body lead'><article>{LEAD}</article></div>")
    container = original.findall(".//article")[1]
    twin = split_twin(container)
    assert twin is not None and twin.get("class") == "story-body lead"

"""html.loose: text set straight in the article's container, outside any block, comes back.

The pages are written here: a story of the 2000s whose lead paragraph is bare text before the first
<p>, and whose fourth paragraph an advert box broke, leaving its end as the box's tail.
"""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html.extract import extract_html
from converter.html.loose import recover_loose_text

LEAD = (
    "HARBOURTON, Maine - The harbour board voted on Tuesday night to rebuild the old pier before the "
    "summer season begins, ending a dispute that had run for three years."
)
PARAS = [
    f"Paragraph {n}: the board heard from fishermen, shop owners and the ferry company, who all said the "
    "pier was needed for the town's trade and that repairs had waited long enough already."
    for n in range(6)
]
TAIL = (
    "The rest of this paragraph was set after an advert box: the work is to start in March and to finish "
    "before the first ferry of the season arrives in June."
)
AD = '<div class="adbox"><div>Advertisement</div></div>'


def story(lead: str = LEAD, tail: str = TAIL) -> str:
    first, last = "".join(f"<p>{p}" for p in PARAS[:4]), "".join(f"<p>{p}" for p in PARAS[4:])
    return f"<div class='articleBody'><span></span>{lead}{first}{AD}{tail}{last}</div>"


def page(article: str) -> str:
    return (
        "<html><head><title>Pier to be rebuilt</title></head><body>"
        "<div class='menu'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
        f"<div class='story'><div class='headline'>Pier to be rebuilt</div>{article}</div>"
        "<div class='footer'>Copyright the Harbourton Gazette</div></body></html>"
    )


def kept(paragraphs: list[str]) -> str:
    """What the extractor returned: the paragraphs it saw as blocks."""
    return "<div>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


def text_of(fragment: str) -> str:
    return " ".join(" ".join(lxml_html.fragment_fromstring(fragment, create_parent="div").itertext()).split())


def test_extract_html_keeps_the_bare_lead_and_the_tail_after_an_advert():
    body = extract_html(page(story()), "pier.html").article.body
    assert body.index(LEAD) < body.index(PARAS[0]) < body.index(PARAS[3]) < body.index(TAIL) < body.index(PARAS[4])
    assert "Advertisement" not in body


def test_loose_runs_go_back_where_the_page_has_them():
    original = lxml_html.document_fromstring(page(story()))
    text = text_of(recover_loose_text(original, kept(PARAS)))
    assert text == " ".join([LEAD, *PARAS[:4], TAIL, *PARAS[4:]])


def test_a_short_run_is_a_label_not_a_paragraph():
    original = lxml_html.document_fromstring(page(story(lead="Updated 3 January", tail=" | ")))
    fragment = kept(PARAS)
    assert recover_loose_text(original, fragment) == fragment


def test_a_run_already_in_the_result_is_not_repeated():
    original = lxml_html.document_fromstring(page(story()))
    fragment = kept([LEAD, *PARAS])
    assert text_of(recover_loose_text(original, fragment)).count("HARBOURTON") == 1


def test_text_loose_in_the_page_body_is_not_the_article():
    # The kept paragraphs' container is the body itself: its loose text is the page's, not the story's.
    first, last = "".join(f"<p>{p}</p>" for p in PARAS[:3]), "".join(f"<p>{p}</p>" for p in PARAS[3:])
    original = lxml_html.document_fromstring(f"<html><body>{first}{TAIL}{last}</body></html>")
    fragment = kept(PARAS)
    assert recover_loose_text(original, fragment) == fragment

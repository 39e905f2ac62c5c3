"""html.content: trafilatura's fast path, and when the full cascade and readability are consulted.

The decision tests stub trafilatura so each one controls what the fast path and the full cascade
return; the page tests run the real extractors on two pages where the fast path alone fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from converter.html import content
from converter.html.content import PageWords
from converter.html.extract import extract_html

PAGES = Path(__file__).parent.parent / "pages" / "html"
PROSE = "The council agreed to publish the full text of the plan before the end of the month. "


def tree(body: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><body>{body}</body></html>")


def test_page_words_count_paragraphs_and_visible_text_but_not_scripts():
    root = tree(
        "<p>one two three</p><div>four five<br>six</div>"
        "<script>var hidden = 'x y z';</script><style>p { color: red }</style>"
    )
    words = PageWords(root)
    assert words.paragraphs == 3
    # Visible characters without white space: "onetwothree" + "fourfive" + "six" = 11 + 8 + 3.
    assert words.visible == 22


def stub_trafilatura(monkeypatch, fast: str, full: str) -> list[bool]:
    calls: list[bool] = []

    def fake(tree, *, precision, fast, page=None):  # the signature of the real one
        calls.append(fast)
        return fast_result if fast else full

    fast_result = fast
    monkeypatch.setattr(content, "_trafilatura", fake)
    monkeypatch.setattr(content, "_readability", lambda tree: "")
    return calls


def test_a_confident_fast_result_is_kept_without_the_full_cascade(monkeypatch):
    article = f"<p>{PROSE * 10}</p>"
    calls = stub_trafilatura(monkeypatch, fast=article, full="<p>never used</p>")
    page = content.Runs(tree(article + "<nav>Home News Sport</nav>"))
    assert content.cascade_content(page, PageWords(tree(article))) == article
    assert calls == [True]


def test_a_fast_result_with_little_of_the_pages_paragraphs_goes_to_the_full_cascade(monkeypatch):
    sidebar = f"<div>{PROSE * 4}</div>"
    article = f"<p>{PROSE * 30}</p>"
    page = tree(sidebar + article)
    calls = stub_trafilatura(monkeypatch, fast=sidebar, full=article)
    assert content.cascade_content(content.Runs(page), PageWords(page)) == article
    assert calls == [True, False]


def test_a_fast_result_with_little_of_a_page_without_paragraphs_goes_to_the_full_cascade(monkeypatch):
    header = "<div>" + "Site header line with its menu and the date of today. " * 6 + "</div>"
    article = "<div>" + "<br>".join([PROSE] * 80) + "</div>"
    page = tree(header + article)
    assert PageWords(page).paragraphs == 0
    calls = stub_trafilatura(monkeypatch, fast=header, full=article)
    assert content.cascade_content(content.Runs(page), PageWords(page)) == article
    assert calls == [True, False]


def test_a_fast_result_with_a_fifth_of_a_page_without_paragraphs_goes_to_the_full_cascade(monkeypatch):
    # Not a sliver (the test above): the fast path kept a box of a few lines, a fifth of what the page shows,
    # and the article is set in divs.
    box = "<div>" + "<br>".join(["Read the other stories of the day in our daily digest. "] * 20) + "</div>"
    article = f"<div>{PROSE}</div>" * 60
    page = tree(box + article)
    words = PageWords(page)
    assert (
        words.paragraphs == 0
        and 0.1 * words.visible < len(content.fragment_text(box).replace(" ", "")) < 0.3 * words.visible
    )
    calls = stub_trafilatura(monkeypatch, fast=box, full=article)
    assert content.cascade_content(content.Runs(page), PageWords(page)) == article
    assert calls == [True, False]


def test_the_same_share_of_a_page_of_paragraphs_is_kept(monkeypatch):
    # A page of paragraphs is judged by its paragraph words: the fast path kept the article's paragraphs.
    article = f"<p>{PROSE * 12}</p>"
    more = "<ul>" + f"<li>{PROSE}</li>" * 45 + "</ul>"  # a long list of notes beside it, not read
    page = tree(article + more)
    assert PageWords(page).paragraphs >= 50
    calls = stub_trafilatura(monkeypatch, fast=article, full="<p>never used</p>")
    assert content.cascade_content(content.Runs(page), PageWords(page)) == article
    assert calls == [True]


LINES = [f"Line {n} of the story says this: {PROSE}" for n in range(8)]


def test_page_words_loose_is_the_longest_text_set_in_lines_outside_blocks():
    lines = "<div>" + "<br>".join(LINES) + "</div>"
    page = tree(f"<div>Home<br>News</div><p>{PROSE}</p>{lines}")
    assert PageWords(page).loose.split() == " ".join(LINES).split()
    assert PageWords(tree(f"<p>{PROSE * 10}</p>")).loose == ""  # no line breaks: nothing loose


def test_a_fast_result_without_the_pages_loose_text_goes_to_the_full_cascade(monkeypatch):
    # The story is set in lines apart by <br> (no paragraphs but its lead); the fast path took the lead
    # and a long notice beside it, enough of the page's paragraph words and visible text to pass.
    lead, notice = f"<p>{PROSE}</p>", f"<p>{PROSE * 5}</p>"
    story = lead + "<div>" + "<br><br>".join(LINES) + "</div>"
    page = tree(f"<div>{story}</div><div>{notice}</div>")
    calls = stub_trafilatura(monkeypatch, fast=lead + notice, full=story)
    assert content.cascade_content(content.Runs(page), PageWords(page)) == story
    assert calls == [True, False]


def test_a_fast_result_holding_the_loose_text_is_kept(monkeypatch):
    story = f"<p>{PROSE}</p><div>" + "<br><br>".join(LINES) + "</div>"
    page = tree(f"<div>{story}</div>")
    calls = stub_trafilatura(monkeypatch, fast=story, full="<p>never used</p>")
    assert content.cascade_content(content.Runs(page), PageWords(page)) == story
    assert calls == [True]


def test_a_fast_path_that_finds_next_to_nothing_goes_to_the_full_cascade_not_the_lenient_fast_mode(monkeypatch):
    places = "".join(f"<p>{town}</p>" for town in ["Canberra", "Blacktown", "Camden", "Penrith"] * 20)
    article = f"<p>{PROSE * 4}</p>"
    results = {(True, True): "<p>Copyright 2008.</p>", (False, True): places, (True, False): article}
    monkeypatch.setattr(content, "_trafilatura", lambda tree, *, precision, fast, page=None: results[precision, fast])
    monkeypatch.setattr(content, "_readability", lambda tree: "")
    page = tree(places + article)
    assert content.cascade_content(content.Runs(page), PageWords(page)) == article


def test_each_extractor_runs_once_per_page_however_often_it_is_asked(monkeypatch):
    calls = stub_trafilatura(monkeypatch, fast="<p>fast</p>", full="<p>full</p>")
    readings: list[str] = []

    def readability(tree: object) -> str:
        readings.append("r")
        return "<p>readability</p>"

    monkeypatch.setattr(content, "_readability", readability)
    runs = content.Runs(tree("<p>page</p>"))
    for _ in range(3):
        assert runs.trafilatura(precision=True, fast=True) == "<p>fast</p>"
        assert runs.trafilatura(precision=False, fast=False) == "<p>full</p>"
        assert runs.readability() == "<p>readability</p>"
    assert calls == [True, False]
    assert readings == ["r"]


@pytest.mark.parametrize(
    ("prefix", "must"),
    [
        # MacRumors: the fast path picks a sidebar feature ("Night Mode") over the story.
        (
            "232a43fb",
            [
                "Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard",
                "Apple analyst Ming-Chi Kuo has previously predicted",
            ],
        ),
        # Entermedia (Korean): text set in line breaks, no <p>; the fast path keeps the header and footer.
        (
            "0ec95c72",
            [
                "엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의",
                "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다.",
            ],
        ),
    ],
)
def test_pages_where_the_fast_path_alone_fails(prefix, must):
    [path] = PAGES.glob(f"{prefix}*.html")
    body = extract_html(path.read_text(encoding="utf-8"), f"html/{path.name}").article.body
    for snippet in must:
        assert snippet in body, snippet


@pytest.mark.parametrize("fast", [True, False])
def test_our_trafilatura_call_returns_what_extract_returns(fast):
    # We call bare_extraction() and serialise as extract() does, skipping its fingerprint: if a
    # trafilatura release changes that serialisation, this tells us.
    import trafilatura

    [path] = PAGES.glob("232a43fb*.html")
    root = lxml_html.document_fromstring(path.read_text(encoding="utf-8"))
    expected = trafilatura.extract(
        root,
        output_format="html",
        include_links=True,
        include_images=True,
        include_tables=True,
        include_formatting=True,
        include_comments=False,
        favor_precision=True,
        fast=fast,
    )
    assert expected and content._trafilatura(root, precision=True, fast=fast) == expected


def test_a_full_cascade_result_still_a_sliver_of_a_page_without_paragraphs_is_checked_by_readability(monkeypatch):
    # The page sets its text in divs and line breaks: the fast path and the full cascade both keep one
    # block, a few percent of what the page shows; readability returns that block and the rest of the post.
    block = "<div>" + "<br>".join([PROSE] * 3) + "</div>"
    rest = (
        "<div>"
        + "<br>".join(["The pier was built in 1901 and last repaired after the storm of 1953. "] * 60)
        + "</div>"
    )
    page = tree(block + rest)
    assert PageWords(page).paragraphs == 0
    stub_trafilatura(monkeypatch, fast=block, full=block)
    monkeypatch.setattr(content, "_readability", lambda tree: block + rest)
    assert content.cascade_content(content.Runs(page), PageWords(page)) == block + rest

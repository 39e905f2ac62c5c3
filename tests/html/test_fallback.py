"""html.fallback: a first result that is mostly links, or holds little prose, is weighed against the others.

The extractors are stubbed so each test controls what the first step and each candidate return.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

import converter.html.extract as extract_module
from converter.html import content, fallback
from converter.html.content import PageWords
from converter.html.fallback import Prose, better

PROSE = "The council agreed to publish the full text of the plan before the end of the month. "  # 17 words
MENU = "".join(f'<p><a href="/s{i}">Section number {i}</a></p>' for i in range(60))  # 180 words, all links
ARTICLE = f"<p>{PROSE * 20}</p>"  # 340 words, none linked


def tree(body: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><body>{body}</body></html>")


def test_prose_counts_words_and_the_words_inside_links():
    prose = Prose.of('<p>one two <a href="/x">three four</a></p>\n<p>five</p>')
    assert (prose.words, prose.linked, prose.unlinked) == (5, 2, 3)
    assert Prose.of("") == Prose(0, 0)


def test_a_result_of_links_is_navigation_and_a_long_prose_result_is_plain():
    assert Prose.of(MENU).navigation
    assert not Prose.of(MENU).plain
    assert Prose.of(ARTICLE).plain
    # 60 words of prose: not navigation, but too little to stand unchecked.
    assert not Prose.of(f"<p>{PROSE * 3}</p>").plain


def test_a_plain_first_result_is_kept_whatever_the_others_hold():
    assert better(Prose(400, 10), {"readability": Prose(4000, 0)}) is None


def test_the_candidate_with_most_prose_wins_over_a_menu():
    others = {"tf_full": Prose(180, 180), "tf_recall": Prose(300, 20), "readability": Prose(500, 20)}
    assert better(Prose(180, 170), others) == "readability"


def test_a_candidate_that_is_itself_mostly_links_never_wins():
    assert better(Prose(40, 30), {"readability": Prose(900, 800)}) is None


def test_a_short_result_is_replaced_only_by_more_prose():
    assert better(Prose(60, 0), {"tf_full": Prose(60, 0), "readability": Prose(70, 20)}) is None
    assert better(Prose(60, 0), {"tf_full": Prose(61, 0)}) == "tf_full"


def test_against_a_menu_any_candidate_with_prose_enough_wins():
    # The menu has 300 words outside links (labels, times); the article's 150 are still the article.
    assert better(Prose(1000, 700), {"readability": Prose(160, 10)}) == "readability"
    assert better(Prose(1000, 700), {"readability": Prose(60, 10)}) is None


def test_ties_go_to_the_earlier_cheaper_candidate():
    assert better(Prose(0, 0), {"tf_full": Prose(300, 0), "readability": Prose(300, 0)}) == "tf_full"


@pytest.fixture
def stubbed(monkeypatch: pytest.MonkeyPatch):
    """The first step returns `first`; every alternative candidate returns what `others` names."""
    calls: list[str] = []

    def install(first: str, others: dict[str, str]) -> list[str]:
        monkeypatch.setattr(fallback.content, "cascade_content", lambda runs, page: first)
        for name in fallback.ALTERNATIVES:

            def run(runs: content.Runs, name: str = name) -> str:
                calls.append(name)
                return others.get(name, "")

            monkeypatch.setitem(fallback.ALTERNATIVES, name, run)
        return calls

    return install


def test_a_menu_taken_for_the_article_is_replaced_by_the_article(stubbed):
    calls = stubbed(MENU, {"readability": ARTICLE})
    page = tree(MENU + ARTICLE)
    assert fallback.main_content(page, PageWords(page)) == ARTICLE
    assert calls == list(fallback.ALTERNATIVES)


def test_a_plain_article_runs_no_other_candidate(stubbed):
    calls = stubbed(ARTICLE, {"readability": ARTICLE + ARTICLE})
    page = tree(ARTICLE)
    assert fallback.main_content(page, PageWords(page)) == ARTICLE
    assert calls == []


def test_extract_html_keeps_the_article_not_the_menu(stubbed):
    stubbed(MENU, {"tf_full": MENU, "readability": ARTICLE})
    html = f"<html><head><title>Plan published</title></head><body>{MENU}{ARTICLE}</body></html>"
    body = extract_module.extract_html(html, "page.html").article.body
    assert "The council agreed to publish" in body
    assert "Section number 7" not in body


def test_a_whole_document_swallowed_by_its_title_counts_as_no_text():
    # readability returns such a "fragment" when an unterminated <title> holds the page; lxml asserts on it.
    swallowed = (
        "<html>\n<head>\n<title>Golfer wins &lt;/head&gt;&lt;body&gt;&lt;p&gt;The story&lt;/p&gt;</title></head></html>"
    )
    assert Prose.of(swallowed) == Prose(0, 0)
    assert better(Prose(0, 0), {"readability": Prose.of(swallowed)}) is None


NAEB = Path(__file__).parent.parent / "pages" / "naeb"  # from the NAEB benchmark (Apache-2.0, LICENSE beside it)


def test_a_real_page_whose_teaser_list_trafilatura_took_for_the_article():
    # trafilatura (links and images kept) returns the site's list of award teasers, all links; the
    # article (a tennis season review) is what its default mode and readability find.
    path = NAEB / "4170eb0a3ccae8e7f620b9da99659dee.html"
    body = extract_module.extract_html(path.read_text(encoding="utf-8"), path.name).article.body
    assert "two words should be left out of your planning" in body
    assert "the only thing that was predictable was unpredictability" in body
    assert "Is time the only thing that can stop Novak Djokovic?" not in body

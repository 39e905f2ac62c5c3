"""html.trim: a result heavy with links against readability's version of it.

The fragments are written here: an article of plain paragraphs, and the furniture a table-laid
page puts around it (a category menu, a share bar), all links.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from converter.html import content, fallback
from converter.html.content import PageWords
from converter.html.trim import (
    LAYOUT_LINK_SHARE,
    LAYOUT_TABLES,
    LINK_SHARE,
    PARAGRAPH_SHARE,
    Linked,
    is_paragraph_core,
    is_table_free_core,
    is_trimmed_version,
    is_untabled_version,
    second_opinion,
)

PROSE = "The harbour board voted to rebuild the old pier before the summer season begins. "  # 14 words
ARTICLE = "".join(f"<p>{PROSE * 3}Paragraph {n} ends here.</p>" for n in range(5))
MENU = "<ul>" + "".join(f'<li><a href="/c{n}">Category number {n}</a></li>' for n in range(30)) + "</ul>"
SHARE = '<p><a href="/s1">digg</a> <a href="/s2">reddit</a> <a href="/s3">facebook</a> <a href="/s4">email</a></p>'


def test_linked_counts_characters_inside_links():
    linked = Linked.of('<p>abc <a href="/x">de</a></p><p>fgh</p>')
    assert (linked.chars, linked.link_chars, linked.prose_chars) == (8, 2, 6)
    assert linked.link_share == pytest.approx(0.25)
    assert Linked.of("") == Linked("", 0, 0)


def test_the_article_without_its_menu_is_a_trimmed_version():
    ours = Linked.of(ARTICLE + MENU + SHARE)
    assert ours.link_share >= LINK_SHARE
    assert is_trimmed_version(ours, Linked.of(ARTICLE))


def test_a_version_that_leaves_out_prose_is_not_a_trimmed_one():
    # Two of five paragraphs gone: what is left out is prose, not links.
    shorter = "".join(f"<p>{PROSE * 3}Paragraph {n} ends here.</p>" for n in range(3))
    assert not is_trimmed_version(Linked.of(ARTICLE + SHARE), Linked.of(shorter + SHARE))


def test_a_version_with_text_of_its_own_is_not_a_trimmed_one():
    other = "<p>" + "Readers can find the timetable on the council website every week. " * 20 + "</p>"
    assert not is_trimmed_version(Linked.of(ARTICLE + MENU), Linked.of(other))


def test_a_version_keeping_too_little_prose_is_not_a_trimmed_one():
    first = f"<p>{PROSE * 3}</p>"
    assert not is_trimmed_version(Linked.of(ARTICLE + MENU), Linked.of(first))


class Asked:
    """A readability stand-in that records whether it was asked."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.calls = 0

    def __call__(self, runs: content.Runs) -> str:
        self.calls += 1
        return self.answer


def runs() -> content.Runs:
    return content.Runs(lxml_html.document_fromstring("<html><body><p>page</p></body></html>"))


def test_a_result_heavy_with_links_becomes_readabilitys_version_without_them():
    readability = Asked(ARTICLE)
    assert second_opinion(ARTICLE + MENU + SHARE, runs(), readability) == ARTICLE
    assert readability.calls == 1


def test_a_result_with_few_links_asks_no_second_opinion():
    readability = Asked(ARTICLE)
    assert second_opinion(ARTICLE + SHARE, runs(), readability) == ARTICLE + SHARE
    assert readability.calls == 0


def test_the_link_heavy_result_stays_when_readability_found_something_else():
    other = "<p>" + "Readers can find the timetable on the council website every week. " * 20 + "</p>"
    assert second_opinion(ARTICLE + MENU, runs(), Asked(other)) == ARTICLE + MENU


def test_extract_html_drops_the_menu_trafilatura_kept(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fallback.content, "cascade_content", lambda runs, page: ARTICLE + MENU)
    monkeypatch.setitem(fallback.ALTERNATIVES, "readability", Asked(ARTICLE))
    page = lxml_html.document_fromstring(
        f"<html><body><table><tr><td>{MENU}</td><td>{ARTICLE}</td></tr></table></body></html>"
    )
    fragment = fallback.main_content(page, PageWords(page))
    assert "Paragraph 4 ends here" in fragment
    assert "Category number 7" not in fragment


# A result that kept the page's layout: the article's paragraphs in one cell, labels and teaser headings
# (no links, no paragraphs) in the others.
LABELS = "".join(f"<div>Section label {n}</div>" for n in range(12))
TEASERS = "".join(f"<h3>Another story about the county fair, part {n}</h3>" for n in range(6))
LAID_OUT = f"<table><tr><td>{LABELS}</td><td>{ARTICLE}</td><td>{TEASERS}</td></tr></table>"


def test_linked_counts_paragraph_words_and_tables():
    linked = Linked.of(LAID_OUT)
    assert linked.tables == 1
    assert linked.paragraph_words == 5 * (3 * 14 + 4)  # five paragraphs of PROSE (14 words) thrice, then 4 words
    assert linked.paragraph_share < PARAGRAPH_SHARE
    assert linked.link_share < LINK_SHARE  # the link test alone would not ask
    assert linked.laid_out
    assert not Linked.of(ARTICLE + LABELS).laid_out  # no table: the text's own blocks, not a page's layout


def test_the_paragraphs_without_the_layout_around_them_are_the_paragraph_core():
    assert is_paragraph_core(Linked.of(LAID_OUT), Linked.of(ARTICLE))


def test_a_version_that_leaves_out_paragraphs_is_not_the_core():
    shorter = "".join(f"<p>{PROSE * 3}Paragraph {n} ends here.</p>" for n in range(3))
    assert not is_paragraph_core(Linked.of(LAID_OUT), Linked.of(shorter))


def test_a_version_that_is_no_more_paragraphs_than_ours_is_not_the_core():
    # readability kept the labels too: it is not the article with the layout taken away.
    assert not is_paragraph_core(Linked.of(LAID_OUT), Linked.of(LABELS + ARTICLE))


def test_a_laid_out_result_becomes_readabilitys_paragraphs():
    readability = Asked(ARTICLE)
    assert second_opinion(LAID_OUT, runs(), readability) == ARTICLE
    assert readability.calls == 1


def test_a_result_of_paragraphs_without_tables_asks_no_second_opinion():
    readability = Asked(ARTICLE)
    assert second_opinion(ARTICLE + LABELS, runs(), readability) == ARTICLE + LABELS
    assert readability.calls == 0


def test_a_laid_out_result_is_not_judged_by_the_link_test():
    # readability's version leaves out a paragraph with a link or two: a trimmed version by the link
    # test, but the link test answers only for results heavy with links.
    linked = '<p>See <a href="/a">the earlier report</a> and <a href="/b">the map</a> for the route.</p>'
    ours = f"<table><tr><td>{LABELS}</td><td>{ARTICLE}{linked}</td></tr></table>"
    theirs = LABELS + ARTICLE
    assert Linked.of(ours).laid_out
    assert is_trimmed_version(Linked.of(ours), Linked.of(theirs))
    assert not is_paragraph_core(Linked.of(ours), Linked.of(theirs))
    assert second_opinion(ours, runs(), Asked(theirs)) == ours


def test_a_result_with_some_links_and_words_outside_paragraphs_is_laid_out_too():
    # No table: a list of teaser headings with a few links after the article, too few links for the link test.
    items = "".join(f'<li><a href="/t{n}">Another teaser headline {n}</a> today</li>' for n in range(8))
    more = f"<ul>{items}</ul>"
    ours = Linked.of(ARTICLE + TEASERS + more)
    assert LAYOUT_LINK_SHARE <= ours.link_share < LINK_SHARE
    assert ours.laid_out
    assert second_opinion(ARTICLE + TEASERS + more, runs(), Asked(ARTICLE)) == ARTICLE


# A result that kept a portal's nested layout tables around the article: the cells beside it hold a few
# short lines (a print / e-mail strip, an advert label), too few words to bring its
# paragraph share under PARAGRAPH_SHARE, and no links to speak of.
STRIP = "<div>Top | Back | E-mail to a friend | Printable version</div>"
NOTICE = "<span>Advertisements</span>"
NESTED = (
    f"<table><tr><td><table><tr><td>{STRIP}</td></tr></table>"
    f"<table><tr><td>{ARTICLE}</td></tr></table><table><tr><td>{NOTICE}</td></tr></table></td></tr></table>"
)


def test_a_result_in_nested_layout_tables_becomes_readabilitys_paragraphs():
    ours = Linked.of(NESTED)
    assert ours.tables >= LAYOUT_TABLES and not ours.laid_out and ours.link_share < LINK_SHARE
    assert not is_paragraph_core(ours, Linked.of(ARTICLE))  # ours is already nearly all paragraphs
    assert is_table_free_core(ours, Linked.of(ARTICLE))
    readability = Asked(ARTICLE)
    assert second_opinion(NESTED, runs(), readability) == ARTICLE
    assert readability.calls == 1


def test_a_version_with_tables_or_without_paragraphs_is_not_the_table_free_core():
    ours = Linked.of(NESTED)
    shorter = "".join(f"<p>{PROSE * 3}Paragraph {n} ends here.</p>" for n in range(3))
    assert not is_table_free_core(ours, Linked.of(shorter))  # two of five paragraphs gone
    assert not is_table_free_core(ours, Linked.of(f"<table><tr><td>{ARTICLE}</td></tr></table>"))
    assert not is_table_free_core(ours, Linked.of(f"<div>{PROSE * 15}</div>"))  # no paragraphs
    assert second_opinion(NESTED, runs(), Asked(shorter)) == NESTED


def test_a_result_with_one_data_table_asks_no_second_opinion():
    table = "<table><tr><td>Year</td><td>Visitors</td></tr><tr><td>2007</td><td>41,000</td></tr></table>"
    readability = Asked(ARTICLE)
    assert second_opinion(ARTICLE + table, runs(), readability) == ARTICLE + table
    assert readability.calls == 0


# A portal of the 2000s whose layout tables trafilatura kept, menus and teaser cells in them: readability read the
# same text out of the layout, its lines set apart by <br> rather than in paragraphs (no paragraph core).
LINES = "".join(f"<div>{PROSE * 3}Line {n} ends here.<br></div>" for n in range(5))
CELLS = "".join(f"<table><tr><td>Section {n}</td><td><a href='/s{n}'>More</a></td></tr></table>" for n in range(4))


def test_readabilitys_text_out_of_the_layout_tables_wins_over_ours_in_them():
    ours_fragment = f"<table><tr><td>{CELLS}</td><td>{LINES}</td></tr></table>"
    ours = Linked.of(ours_fragment)
    assert ours.tables >= LAYOUT_TABLES
    assert not is_table_free_core(ours, Linked.of(LINES))  # no paragraphs: the paragraph tests cannot tell
    assert is_untabled_version(ours, Linked.of(LINES))
    assert second_opinion(ours_fragment, runs(), Asked(LINES)) == LINES


def test_a_much_shorter_or_still_tabled_version_is_not_ours_out_of_the_layout():
    ours_fragment = f"<table><tr><td>{CELLS}</td><td>{LINES}</td></tr></table>"
    ours = Linked.of(ours_fragment)
    teaser = f"<div>{PROSE}</div>"
    assert not is_untabled_version(ours, Linked.of(teaser))
    assert not is_untabled_version(ours, Linked.of(f"<table><tr><td>{LINES}</td></tr></table>{CELLS}"))
    assert not is_untabled_version(ours, Linked.of(""))
    assert second_opinion(ours_fragment, runs(), Asked(teaser)) == ours_fragment

"""html.spacing: the space the extractor lost at a link's edge comes back, where the page had one.

The page is written here: a blog post whose first lines are set apart by <br> in one <div>, with links
mid-sentence, and paragraphs after; trafilatura copies each link's tail without its leading space
("voted to rebuild</a>the old pier").
"""

from __future__ import annotations

from converter.html.extract import extract_html
from converter.html.parse import parse_html
from converter.html.spacing import page_words, words_apart

LINES = [
    'Last week the town council <a href="http://example.org/vote">voted to rebuild</a> the old pier before the '
    "summer season, ending a dispute that ran for years.",
    'The harbour master said the <a href="http://example.org/plan">new plan</a> gives the fishing fleet room for '
    "twelve more boats in the winter months.",
    '<div class="separator"><a href="http://example.org/pier.png"><img src="http://example.org/pier.png"/></a></div>'
    "Work will start in March, and the ferry company expects the first crossing from the new berth in June.",
    *(
        f"<p>Paragraph {n}: the fishermen, the shop owners and the ferry company all told the council that the pier "
        "was needed for the town's trade and that repairs had waited long enough.</p>"
        for n in range(4)
    ),
]


def blog_post() -> str:
    body = "\n<br />\n".join(LINES)
    return (
        "<html><head><title>Pier</title></head><body><div class='menu'><a href='/'>Home</a></div>"
        "<div class='post'><h3 class='post-title'><a href='/pier'>Pier to be rebuilt</a></h3><div class='post-body'>"
        "<h2 class='date-header'>Wednesday, March 9, 2011</h2><span class='byline-author'>Posted by Ann Smith</span>"
        f" <br />\n<br />\n{body}<div style='clear: both;'></div></div></div>"
        "<div class='footer'>Copyright</div></body></html>"
    )


def test_a_links_tail_keeps_its_space() -> None:
    body = extract_html(blog_post(), "pier.html").article.body
    assert "[voted to rebuild](<http://example.org/vote>) the old pier" in body
    assert "[new plan](<http://example.org/plan>) gives the fishing fleet" in body
    assert "rebuild](<http://example.org/vote>)the" not in body


def _words(page: str) -> set[str]:
    return page_words(parse_html(page))


def test_a_space_goes_back_where_the_page_has_the_words_apart() -> None:
    page = "<html><body><p>We <a href='/x'>updated the maps</a> to show the hills.</p></body></html>"
    fixed = words_apart("<p>We <a href='/x'>updated the maps</a>to show the hills.</p>", lambda: _words(page))
    assert "</a> to show" in fixed


def test_a_space_goes_back_before_a_link_too() -> None:
    page = "<html><body><p>We <a href='/x'>updated the maps</a> to show the hills.</p></body></html>"
    fixed = words_apart("<p>We<a href='/x'>updated the maps</a> to show the hills.</p>", lambda: _words(page))
    assert "We <a" in fixed


def test_a_link_whose_text_ends_in_a_line_break_is_spaced_from_its_tail() -> None:
    # "<a>…maps<br></a>to": the extractor keeps the line end inside the link, and Markdown trims it.
    page = "<html><body><p>We <a href='/x'>updated the maps<br>\n</a>to show the hills.</p></body></html>"
    fixed = words_apart("<p>We <a href='/x'>updated the maps\n</a>to show the hills.</p>", lambda: _words(page))
    assert "</a> to show" in fixed


def test_a_word_the_page_writes_across_an_edge_stays_whole() -> None:
    # "<b>Pier</b>s" is one word on the page: no space goes in.
    page = "<html><body><p>The <b>Pier</b>s of the coast are old.</p></body></html>"
    fragment = "<p>The <b>Pier</b>s of the coast are old.</p>"
    assert words_apart(fragment, lambda: _words(page)) == fragment


def test_a_fragment_without_a_glued_edge_never_reads_the_page() -> None:
    def page() -> set[str]:
        raise AssertionError("the page's words were not needed")

    fragment = "<p>We <a href='/x'>updated the maps</a>, to show the hills.</p>"
    assert words_apart(fragment, page) == fragment


def test_a_long_run_of_letters_at_an_edge_takes_no_time():
    # A search for the last word with `\w+$` took seconds on 40,000 letters (quadratic); edges are read from a
    # word's length of text.
    import time

    run = "a" * 200_000
    fragment = f"<p>{run}!<a href='/x'>maps</a>{run}!</p>"
    start = time.process_time()
    assert words_apart(fragment, lambda: set()) == fragment
    assert time.process_time() - start < 1.0

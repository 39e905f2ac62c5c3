"""html.teasers: the latest posts listed after an article are related links, not its text.

The fragments are written here, in the shape a press room or a blog gives its "latest news":
a list of items, each a headline, a line of teaser, a "Read more..." link and a date.
"""

from __future__ import annotations

from lxml import html as lxml_html

from converter.html.extract import extract_html
from converter.html.teasers import take_teasers, teaser_item

PROSE = "The harbour board voted to rebuild the old pier before the summer season begins. "
ARTICLE = "".join(f"<p>{PROSE * 3}Paragraph {n} ends here.</p>" for n in range(4))


def item(n: int, line: str = "A short line about the other story.") -> str:
    return (
        f"<li><h3>Other story number {n} about the coast</h3>"
        f'<p>{line} <a href="/news/detail/{n}">Read more...</a></p><p>2012-11-0{n}</p></li>'
    )


LATEST = "<ul>" + "".join(item(n) for n in range(1, 5)) + "</ul>"


def li(html: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(html)


def test_a_headline_a_line_and_one_link_is_a_teaser():
    link = teaser_item(li(item(1)), "https://port.example/news/pier")
    assert link is not None
    assert (link.title, link.url) == ("Other story number 1 about the coast", "https://port.example/news/detail/1")


def test_without_the_pages_address_the_teaser_is_named_without_a_link():
    link = teaser_item(li(item(1)), None)
    assert link is not None and link.url is None


def test_a_long_item_or_one_linking_two_pages_is_no_teaser():
    assert teaser_item(li(item(1, PROSE * 4)), None) is None
    two = '<li><h3>Other story number 1 about the coast</h3><a href="/a">one</a> <a href="/b">two</a></li>'
    assert teaser_item(li(two), None) is None


def test_an_item_without_a_headline_is_no_teaser():
    assert teaser_item(li('<li>A short line. <a href="/news/1">Read more...</a></li>'), None) is None


def test_a_trailing_list_of_teasers_becomes_related_links_even_with_an_image_after_it():
    fragment = f'<div>{ARTICLE}{LATEST}<img src="/images/see-all-news.png"></div>'
    kept, links = take_teasers(fragment, "https://port.example/news/pier")
    assert "Paragraph 3 ends here" in kept
    assert "Other story number" not in kept and "2012-11-01" not in kept
    assert [link.title for link in links] == [f"Other story number {n} about the coast" for n in range(1, 5)]


def test_two_teasers_are_not_enough_and_a_list_of_the_articles_own_points_stays():
    two = "<ul>" + item(1) + item(2) + "</ul>"
    assert take_teasers(f"<div>{ARTICLE}{two}</div>", None)[1] == []
    points = "<ul>" + "".join(f"<li>{PROSE}</li>" for _ in range(4)) + "</ul>"
    assert take_teasers(f"<div>{ARTICLE}{points}</div>", None)[1] == []


def test_teasers_inside_the_wrapper_readability_returns_are_found_too():
    fragment = f'<div id="readability-page-1" class="page"><div>{ARTICLE}{LATEST}</div></div>'
    kept, links = take_teasers(fragment, None)
    assert "Paragraph 3 ends here" in kept and "Other story number" not in kept
    assert len(links) == 4


def test_an_item_starting_with_its_link_but_without_a_heading_is_no_teaser():
    # A deals post lists its products so: each a linked name and a price. That is the article.
    deal = '<li><a href="/deal/1">Portable hard drive of two terabytes</a> for $161.99 with free shipping</li>'
    assert teaser_item(li(deal), None) is None


def test_extract_html_moves_the_latest_posts_after_the_article_to_related():
    page_html = (
        "<html><head><title>Pier to be rebuilt</title>"
        '<link rel="canonical" href="https://port.example/news/pier"></head>'
        f'<body><div class="post"><h1>Pier to be rebuilt</h1>{ARTICLE}{LATEST}</div></body></html>'
    )
    article = extract_html(page_html, "pier.html").article
    assert "Paragraph 3 ends here" in article.body
    assert "Other story number" not in article.body and "Read more" not in article.body
    assert "Other story number 2 about the coast" in [link.title for link in article.related]

"""html.comments: reader comments leave the page before extraction, the article's own container stays.

The pages are written here: an article, then a forum widget of reader posts in a container
whose class names comments without starting with the word (trafilatura keeps those).
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

import converter.html.extract as extract_module
from converter.html.comments import drop_comments

PROSE = "The harbour board voted to rebuild the old pier before the summer season begins. "
ARTICLE = "".join(f"<p>{PROSE * 3}Paragraph {n} ends here.</p>" for n in range(5))
POSTS = "".join(
    f'<div class="forum-comment" id="forum-comment-{n}"><p>reader{n} said: I walked on that pier as a child'
    f" and it was already falling apart back then, so good riddance to it.</p><p>Reply</p></div>"
    for n in range(6)
)
WIDGET = f'<section class="forum-comment-widget"><h3>Comments</h3>{POSTS}</section>'


def page(body: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><body>{body}</body></html>")


def text(root: lxml_html.HtmlElement) -> str:
    return root.text_content()


def test_a_comment_widget_is_dropped_and_the_article_kept():
    root = page(f'<article class="story">{ARTICLE}</article>{WIDGET}')
    drop_comments(root)
    assert "Paragraph 4 ends here" in text(root)
    assert "reader1 said" not in text(root)


def test_a_container_named_for_comments_that_holds_the_article_stays():
    root = page(f'<div class="post has-comments">{ARTICLE}{WIDGET}</div>')
    drop_comments(root)
    assert "Paragraph 4 ends here" in text(root)
    assert "reader1 said" not in text(root)  # the widget inside it still goes


def test_commentary_is_an_article_not_comments():
    root = page(f'<div class="commentary-body">{ARTICLE}</div><div class="commentator-bio"><p>{PROSE}</p></div>')
    drop_comments(root)
    assert "Paragraph 4 ends here" in text(root) and text(root).count("harbour board") == 16


def test_a_page_with_too_few_paragraphs_to_tell_is_left_alone():
    root = page(f'<div class="comment-area"><p>{PROSE}</p></div>')
    drop_comments(root)
    assert "harbour board" in text(root)


def test_extract_html_never_hands_the_forum_posts_to_the_extractor(monkeypatch: pytest.MonkeyPatch):
    # An extractor that keeps the whole body, as trafilatura does on some real pages (a forum widget
    # after the article, "xenforo-comment-widget"): what it is handed must hold the article alone.
    def keep_everything(tree: lxml_html.HtmlElement, *_: object) -> str:
        return lxml_html.tostring(tree.find("body"), encoding="unicode")

    monkeypatch.setattr(extract_module, "main_content", keep_everything)
    html = (
        "<html><head><title>Pier to be rebuilt</title></head>"
        f'<body><div class="content"><h1>Pier to be rebuilt</h1>{ARTICLE}{WIDGET}</div></body></html>'
    )
    body = extract_module.extract_html(html, "pier.html").article.body
    assert "Paragraph 4 ends here" in body
    assert "said: I walked on that pier" not in body

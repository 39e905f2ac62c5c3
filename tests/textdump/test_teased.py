"""Lists of titles over teasers (textdump/teased.py): under a heading of their own, or closing the body run.

Invented lines and pages: a carried story's subheadings over their paragraphs, one title over its teaser, readers'
comments and products with short names are no list of other articles.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.teased import teased_end
from tests.support import ORCHARD_ARTICLE, listed_titles

ARTICLE = ORCHARD_ARTICLE
LAST = len(ARTICLE) - 1


titles = listed_titles


def test_titles_each_over_a_teaser_under_a_heading_of_their_own() -> None:
    teased = [
        "Picked for you",
        "Ferry timetable to change for the winter months",
        "The company wants to service both boats before the spring crowds arrive.",
        "Council approves a second berth at the harbour",
        "Plus! A look at the noise the new berth may bring...",
        "Terms of use",
    ]
    assert [title for title, _ in titles(teased)] == [teased[1], teased[3]]
    # A carried story's subheadings over their paragraphs, under its byline or a paragraph: no list.
    carried = ["By Marit Solberg", teased[1], teased[2], teased[3], teased[4]]
    assert titles(carried) == []
    assert titles([ARTICLE[2], *teased[1:5]]) == []
    # One title over its teaser is no list.
    assert titles(teased[:3]) == []
    # Readers' comments (a name and a date over each) and products with short names are no list of articles.
    comments = ["Have your say", "Jo Park | 9 May 2012 11:47 AM | Reply", "Great read, thanks.", "Lee Moss"]
    comments += ["Lee Moss, 10 May 2012 at 1:06 pm", "I have seen the fans too."]
    assert titles(comments) == []
    previews = ["Comments", "Jo Park: The pier should have been fixed years ago and the board knew…"]
    previews += ["Lee Moss: Glad to see the fans working on the farms along the valley…"]
    previews += ["Jo Park: Two million euros is a lot of money for a pier nobody uses…"]
    previews += ["Ana Ruiz: The ferry company should pay for part of the work on the quay…"]
    assert titles(previews) == []
    products = ["Shop the look", "Real Money Pro", "Tips from the trading desk.", "Harbour Rain Coat"]
    products += ["A coat for the ferry commute."]
    assert titles(products) == []


def test_titles_over_cut_teasers_in_the_run_close_the_body() -> None:
    teased = [
        "On this topic",
        "Ferry timetable to change for the winter months",
        "The company wants to service both boats before the spring crowds arrive, and the…",
        "Fares are rising. Here is why the pier costs more.",
        "The board met on Tuesday to set the prices for the next season, which will…",
        "Council approves a second berth at the harbour",
        "The vote came after a long debate over the noise the new berth may bring to…",
    ]
    carried = ["Next for you", "Harbour pilots train on a new simulator", "pierweekly.example", *ARTICLE[2:]]
    lines = split_lines("\n".join([*ARTICLE, *teased, *carried]))
    assert teased_end(lines, 1, len(lines) - 1) == LAST
    article = extract_text("\n".join([*ARTICLE, *teased]), "text/t.txt").article
    assert "On this topic" not in article.body and "service both boats" not in article.body
    # (The title of two sentences over a cut teaser, inside the list, is an entry too.)
    assert [link.title for link in article.related] == [teased[1], teased[3], teased[5]]
    # Whole teasers (a subheading over its paragraph reads so too), one cut teaser, or little prose above: no cut.
    whole = [line.replace(", and the…", ".").replace(" to…", ".").replace(", which will…", ".") for line in teased]
    lines = split_lines("\n".join([*ARTICLE, *whole, *ARTICLE[2:]]))
    assert teased_end(lines, 1, len(lines) - 1) == len(lines) - 1
    lines = split_lines("\n".join([*ARTICLE, *teased[:3], *whole[3:], *ARTICLE[2:]]))
    assert teased_end(lines, 1, len(lines) - 1) == len(lines) - 1
    lines = split_lines("\n".join([ARTICLE[0], ARTICLE[2], *teased, *ARTICLE[2:]]))
    assert teased_end(lines, 1, len(lines) - 1) == len(lines) - 1


def test_the_footer_under_the_last_title_is_no_teaser() -> None:
    listed = [
        "Also on the coast",
        "Ferry timetable to change for the winter months",
        "Outlet ratings come from three independent monitors.",
        "How we pick these stories",
        "© 2024 Coast Media Inc.",
    ]
    assert titles(listed) == []

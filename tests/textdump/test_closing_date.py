"""The article's date at its end, for a page whose top (the lines around the headline) shows none.

Invented pages: a headline, paragraphs, then a closing credit with a date ("Written by A · 21 December 2023"),
or a date line alone before a list heading. And what dates nothing: a date line with more text below it (the
next post of a blog's page).
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from tests.support import ORCHARD_STORY

TOP = ["Reader", "Close", "Valley orchard growers turn to frost fans"]
TEXT = ORCHARD_STORY
LIST = [
    "Related stories",
    "Ferry timetable to change for the winter months",
    "Coast Ledger · 3h",
    "Council approves a second ferry berth at the harbour",
    "Bay Observer · 5h",
]


def test_a_closing_credit_dates_the_article() -> None:
    article = extract_text("\n".join([*TOP, *TEXT, "Written by Marit Solberg · 21 December 2023", *LIST]), "a.txt")
    assert article.article.authors == ("Marit Solberg",)
    assert article.article.date == "2023-12-21"


def test_a_date_line_before_a_list_heading_dates_the_article() -> None:
    article = extract_text("\n".join([*TOP, *TEXT, "July 21, 2023", *LIST]), "b.txt")
    assert article.article.date == "2023-07-21"


def test_a_date_line_over_another_post_dates_nothing() -> None:
    # a blog's page: the next post's date and its first line under the article
    more = ["The cooperative elected a new chair on Friday, a pear grower from the upper valley."]
    article = extract_text("\n".join([*TOP, *TEXT, "July 21, 2023", *more]), "c.txt")
    assert article.article.date is None


def test_a_date_line_with_widget_lines_before_the_list_heading_dates_the_article() -> None:
    widgets = ["Kept 12", "Pass on", "Discuss", "4 replies"]
    article = extract_text("\n".join([*TOP, *TEXT, "3 Mar 2024", *widgets, *LIST]), "d.txt")
    assert article.article.date == "2024-03-03"
    # a sentence between the date and the list: a post's text, not widgets
    more = ["The cooperative elected a new chair on Friday.", "Kept 12"]
    article = extract_text("\n".join([*TOP, *TEXT, "3 Mar 2024", *more, *LIST]), "e.txt")
    assert article.article.date is None


FOOTER = ["Valley Wire © 2024", "House rules", "Privacy"]


def test_a_publication_stamp_in_the_pages_foot_dates_the_article() -> None:
    stamp = "Piece posted 14/02/2024 at 08:10 · Updated 15/02/2024"
    article = extract_text("\n".join([*TOP, *TEXT, *LIST, stamp, *FOOTER]), "f.txt")
    assert article.article.date == "2024-02-14"
    # the update first, the publication after it: the publication's date
    stamp = "Updated 15/02/2024 · Published 14/02/2024"
    article = extract_text("\n".join([*TOP, *TEXT, *LIST, stamp, *FOOTER]), "g.txt")
    assert article.article.date == "2024-02-14"


def test_a_stamp_over_a_carried_text_dates_no_page() -> None:
    carried = [
        "Published 14/02/2024",
        "The ferry company said the change would let it service both boats before the spring crowds arrive.",
    ]
    article = extract_text("\n".join([*TOP, *TEXT, *LIST, *carried, *FOOTER]), "h.txt")
    assert article.article.date is None

"""A line of the page's top that many pages of the run show (a masthead's tagline) is no headline (extract.py).

Invented page: a wordmark in capitals, its tagline in sentence case, then the story. Alone, the tagline reads like a
headline under a kicker; shown on many pages of the run, it is the site's.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.repeated import normalize_line
from tests.support import ORCHARD_STORY

SITE = ["VALEPOST", "Sign in | Subscribe", "Today's pick"]

TAGLINE = "The valley's papers, read for you"
HEADLINE = "Growers turn to frost fans"
PAGE = "\n".join(
    [
        "VALEPOST",
        TAGLINE,
        "Sign in | Subscribe",
        "",
        "Today's pick",
        HEADLINE,
        "From the Orchard Courier",
        "Picked by Marit Solberg, review editor",
        "Published this morning",
        "",
        *ORCHARD_STORY,
    ]
)


def test_a_tagline_many_pages_show_is_no_headline() -> None:
    repeated = frozenset(normalize_line(text) for text in [*SITE, TAGLINE])
    assert extract_text(PAGE, "text/p.txt", repeated=repeated).article.title == HEADLINE


def test_a_line_many_pages_show_below_the_pages_own_is_still_a_candidate() -> None:
    # A headline many pages show (a story every page lists) stays a headline on its own page: a line of its own
    # stands above it.
    repeated = frozenset(normalize_line(text) for text in [*SITE, HEADLINE])
    assert (
        extract_text(PAGE.replace(TAGLINE, "Valley edition"), "text/q.txt", repeated=repeated).article.title == HEADLINE
    )


def test_a_headline_many_pages_show_under_ui_lines_is_a_candidate_when_its_credit_follows() -> None:
    # Only UI lines above it, and the story listed on many other pages of the run: its byline right below tells a
    # headline (a masthead's tagline is credited to no one).
    headline = "Orchard cooperative asks the council to share the cost of frost fans"
    page = "\n".join(["Back", "Text size", "Save for later", "", headline, "By Marit Solberg", "", *ORCHARD_STORY])
    repeated = frozenset(normalize_line(text) for text in ["Back", "Text size", "Save for later", headline])
    article = extract_text(page, "text/r.txt", repeated=repeated).article
    assert (article.title, article.authors) == (headline, ("Marit Solberg",))


def test_a_headline_many_pages_show_is_a_candidate_when_its_date_follows_under_its_outlet() -> None:
    # Between the headline and its date, an outlet's line (shown on many pages too): the date a few lines below
    # tells a headline (a tagline is dated by nothing).
    headline = "Orchard cooperative asks the council to share the cost of frost fans"
    page = "\n".join(["Back", "Text size", "", headline, "Valley Courier", "2 March 2024", "", *ORCHARD_STORY])
    repeated = frozenset(normalize_line(text) for text in ["Back", "Text size", headline, "The Upper Valley Courier"])
    assert extract_text(page, "text/s.txt", repeated=repeated).article.title == headline


def test_an_outlets_line_many_pages_show_over_a_longer_headline_stays_out() -> None:
    # The outlet's line over the headline, the date three lines under it: the longer line between is the headline.
    headline = (
        "Orchard cooperative asks the regional council to share the cost of the tall frost fans its growers "
        "bought this winter after a late frost"
    )
    credit = "By Marit Solberg, The Upper Valley Courier"
    page = "\n".join(
        ["Back", "Text size", "", "The Upper Valley Courier", headline, credit, "2 March 2024", "", *ORCHARD_STORY]
    )
    repeated = frozenset(normalize_line(text) for text in ["Back", "Text size", "The Upper Valley Courier"])
    assert extract_text(page, "text/t.txt", repeated=repeated).article.title == headline

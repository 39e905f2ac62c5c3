"""Authors, title and date on credit shapes pages write in many wordings: glued credit words, writers stacked one a
line, "A for Outlet" sign-offs, an institution signing the story, a breadcrumb cutting the headline short, a change's
stamp over the publication's.

Pages invented here, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from converter.article import Article
from converter.textdump import byline
from converter.textdump.byline_names import names_of
from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.metadata import find_date_near
from tests.support import HARBOUR_HEADLINE, HARBOUR_STORY

BODY = HARBOUR_STORY
HEADLINE = HARBOUR_HEADLINE
MORE = [
    "The board's chair said the pier had outlived three harbour masters and deserved to outlive a fourth.",
    "A decision on the money is expected before the summer, when the first ferries of the season call",
]
CARRIED = [
    "Ferry timetable to change for the winter months",
    "The ferry company said the change would let it service both boats before the spring crowds arrive.",
    "Passengers will find two crossings fewer each day from November until the end of February.",
]


def _article(page: list[str]) -> Article:
    return extract_text("\n".join(page), "text/p.txt").article


def test_a_credit_word_glued_to_the_last_name_ends_the_names() -> None:
    assert names_of("By Ingrid HaldorsenContributions from Tomas Berg last updated 4 May 2024") == ["Ingrid Haldorsen"]
    assert names_of("BY INGRID HALDORSENSTAFF WRITER") == ["Ingrid Haldorsen"]
    assert names_of("By Ingrid HaldorsenDec. 4, 2024 9:00 am") == ["Ingrid Haldorsen"]
    # (a name with capitals inside stays whole)
    assert names_of("By Ingrid McAllister") == ["Ingrid McAllister"]


def test_writers_stacked_one_a_line_in_one_shape_are_all_credited() -> None:
    page = [HEADLINE, "Ingrid Haldorsen | Harbour reporter", "Tomas Berg | Harbour reporter", "4 May 2024", *BODY]
    assert list(_article(page).authors) == ["Ingrid Haldorsen", "Tomas Berg"]
    # A name and a date, or a caption's credit, under the byline is no second writer.
    page = [HEADLINE, "Ingrid Haldorsen | Harbour reporter", "Photo: Tomas Berg", "4 May 2024", *BODY]
    assert list(_article(page).authors) == ["Ingrid Haldorsen"]


def test_names_and_the_outlet_they_wrote_for_sign_the_story_off() -> None:
    page = [HEADLINE, *BODY, "", "Ingrid Haldorsen for The Quayside Courier", "Cover: Tomas Berg", "♥ 1.2K", "Share"]
    assert list(_article(page).authors) == ["Ingrid Haldorsen"]
    # words the page writes in lower case before "for" are a link's, no writer's
    page = [HEADLINE, *BODY, "", "Stone Pier for Summer Season", "Cover: Tomas Berg", "♥ 1.2K", "Share"]
    assert list(_article(page).authors) == []
    # a bare pair of names under the body stays a tag's or a list's
    page = [HEADLINE, *BODY, "", "Stone Piers", "Winter Storms", "♥ 1.2K", "Share"]
    assert list(_article(page).authors) == []


def test_a_labelled_credit_between_the_last_paragraph_and_its_widgets_closes_a_longer_run() -> None:
    # The last paragraph ends on no full stop (a list's last entry); short lines under the credit.
    page = [HEADLINE, *BODY, *MORE, "", "Story: Ingrid Haldorsen", "Cover: Tomas Berg", "", *CARRIED]
    lines = split_lines("\n".join(page))
    found = byline.find_byline(lines, 0, 0, 1, len(lines) - 1)
    assert found is not None and found.names == ["Ingrid Haldorsen"]


def test_an_institution_signing_under_the_last_paragraph_is_the_author() -> None:
    page = [HEADLINE, *BODY, *MORE, "", "— University of Porthaven", "♥ 214", "", *CARRIED]
    lines = split_lines("\n".join(page))
    found = byline.organisation_credit(lines, 0, 1, len(lines) - 1, None)
    assert found is not None and found.names == ["University of Porthaven"]
    # a dash before an outlet's name (a quote's source, a chip) signs nothing
    page = [HEADLINE, *BODY, *MORE, "", "— The Quayside Courier", "♥ 214", "", *CARRIED]
    lines = split_lines("\n".join(page))
    assert byline.organisation_credit(lines, 0, 1, len(lines) - 1, None) is None


def test_a_breadcrumb_cutting_a_line_short_names_that_line_the_headline() -> None:
    page = ["Home", "Stories", "Sign in", "", "Stories / Coast / Harbour board weighs the future of…", HEADLINE]
    page += ["18 outlets", "Left 30% | Centre 40% | Right 30%", "Coverage gap: few inland outlets"]
    page += ["First reported yesterday", "HarbourDesk", "", *BODY]
    assert _article(page).title == HEADLINE
    # and so does a breadcrumb whose last crumb is the whole line
    page[4] = f"Stories / Coast / {HEADLINE}"
    assert _article(page).title == HEADLINE
    # (not a section's few words: "News > Coast - Wire" over "Coast - Wire")
    page = ["Home", "", "News > Coast - Wire", "", "Coast - Wire", "Posted on Sat, 4 May 2024", HEADLINE]
    page += ["By Ingrid Haldorsen", "", *BODY]
    assert _article(page).title == HEADLINE
    # A list of teasers cut short alike names none of its entries the headline.
    teasers = ["Video: Harbour board weighs the future of ...", "Article: Harbour board weighs the future of ..."]
    page = ["Home", "Stories", "", HEADLINE, "By Ingrid Haldorsen", "Recent stories", *teasers, teasers[1], "", *BODY]
    assert _article(page).title == HEADLINE


def test_a_handle_further_down_the_headlines_stack_of_short_lines_signs_the_story() -> None:
    page = ["Home", "Stories", "Sign in", "", HEADLINE, "18 outlets", "Left 30% | Centre 40% | Right 30%"]
    page += ["12 photos", "First reported yesterday", "HarbourDesk", "", *BODY]
    assert list(_article(page).authors) == ["HarbourDesk"]
    # past a blank line, a prose line or six lines down, it is no credit of the headline's
    page = ["Home", "Stories", "Sign in", "", HEADLINE, "18 outlets", "Left 30% | Centre 40% | Right 30%"]
    page += ["12 photos", "", "First reported yesterday", "HarbourDesk", "", *BODY]
    assert list(_article(page).authors) == []


def test_a_changes_stamp_over_the_publications_does_not_date_the_story() -> None:
    lines = split_lines("\n".join([HEADLINE, "Last updated 2024-05-06", "First published 2024-05-04 08:10 UTC", *BODY]))
    assert find_date_near(lines, 0, 4) == ("2024-05-04", 2)
    # alone, it still dates it
    lines = split_lines("\n".join([HEADLINE, "Updated 6 May 2024", *BODY]))
    assert find_date_near(lines, 0, 4) == ("2024-05-06", 1)

"""An ad's button ('Advertisement' over 'Read more') that the page shows again and again under the same label heads
no list (textdump/page.py): the text under it is the article's, resumed under the ad.

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

from converter.textdump.page import read_page

PARAGRAPHS = [
    "The harbour board voted on Tuesday to raise ferry fares by a fifth from April, the first rise in six years.",
    "Board members said the fuel bill had doubled since the last rise and the two boats needed new engines soon.",
    "Islanders who cross daily will be offered a season pass at the old price until the end of the summer.",
    "The next meeting of the board, in May, will hear the islanders' association on the timetable as well.",
]


def _walls(lines: list[str]) -> list[str]:
    page = read_page("\n".join(lines), frozenset(), None)
    return [page.lines[index].text for index in sorted(page.walls)]


def test_a_button_under_the_same_ad_label_again_and_again_is_no_heading() -> None:
    ad = ["Advertisement", "Read more"]
    lines = [PARAGRAPHS[0], *ad, PARAGRAPHS[1], *ad, PARAGRAPHS[2], *ad, PARAGRAPHS[3]]
    assert _walls(lines) == []


def test_a_heading_under_one_ad_label_or_under_paragraphs_stays_a_heading() -> None:
    once = [PARAGRAPHS[0], "Advertisement", "Read more", PARAGRAPHS[1]]
    assert _walls(once) == ["Read more"]
    # the same heading twice, under paragraphs, not under an ad's label: inserted lists, each a heading
    twice = [PARAGRAPHS[0], "Read more", PARAGRAPHS[1], "Read more", PARAGRAPHS[2]]
    assert _walls(twice) == ["Read more", "Read more"]


def test_a_heading_under_a_row_of_buttons_on_the_top_and_foot_of_the_page_stays_a_heading() -> None:
    # the share row shown twice (over the story and under it): the heading under it heads the page's lists
    row = ["Print", "Email", "More stories"]
    lines = [*row, PARAGRAPHS[0], PARAGRAPHS[1], *row, "Ferry timetable changes for the winter season"]
    assert _walls(lines) == ["More stories", "More stories"]


def test_a_comments_heading_under_the_same_lone_label_twice_stays_a_heading() -> None:
    block = ["Loading...", "Comments", "Weigh in on the fares below."]
    lines = [PARAGRAPHS[0], *block, PARAGRAPHS[1], PARAGRAPHS[2], *block]
    assert _walls(lines) == ["Comments", "Comments"]


def test_a_button_under_its_label_alone_once_and_in_a_row_once_is_no_heading() -> None:
    # the label under a paragraph once, under a furniture line (another ad's marker) the next time
    lines = [PARAGRAPHS[0], "Advertisement", "Read more", PARAGRAPHS[1], "Print", "Advertisement", "Read more"]
    assert _walls([*lines, PARAGRAPHS[2]]) == []


def test_a_menus_heading_under_its_home_link_twice_stays_a_heading() -> None:
    # a menu shown at the page's top and again at its foot, each time under a line of text
    menu = ["Home", "Top stories", "Ferry timetable changes for the winter season"]
    lines = [PARAGRAPHS[0], *menu, PARAGRAPHS[1], PARAGRAPHS[2], *menu]
    assert _walls(lines) == ["Top stories", "Top stories"]

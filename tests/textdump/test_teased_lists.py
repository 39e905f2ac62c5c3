"""Lists after the body read by their block's shape (textdump/links.py): titles alone under a heading in a wording
no list holds (titles_only), and titles over teasers, a pair each, whatever either looks like (teased_titles).

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.page import read_page
from converter.textdump.title_lists import spaced_titles, teased_titles, titles_only
from tests.support import ORCHARD_STORY

ARTICLE = ["Valley orchard growers turn to frost fans", "By Marit Solberg", *ORCHARD_STORY]

FOOTER = ["Report a fault", "Terms of use"]
END = ["👍 12", "💬 3", "Share"]  # (the reader's counters and buttons closing the article)
TITLES = [
    "Lighthouse keepers return to the northern cape for one more winter",
    "Why the ferry timetable changes twice a year on the island route",
    "A bakery on the quay sells out of rye loaves before eight",
]


def _related(blocks: list[list[str]]) -> dict[str, str | None]:
    # (the article's paragraphs apart, each block's lines one under another, the footer apart)
    dump = "\n\n".join([*ARTICLE, "\n".join(END), *("\n".join(block) for block in blocks), "\n".join(FOOTER)])
    article = extract_text(dump, "cape.txt").article
    return {link.title: link.teaser for link in article.related}


def test_titles_alone_under_a_heading_no_list_names_are_entries() -> None:
    related = _related([["Seen elsewhere", *TITLES]])
    assert all(title in related for title in TITLES)
    assert "Seen elsewhere" not in related


def test_titles_under_an_unnamed_heading_that_run_on_into_other_lines_are_no_list_of_titles_alone() -> None:
    # (no blank line closes the block: the short line and the titles may be anything of the page's)
    block = ["Seen elsewhere", *TITLES[:2], "Updated 2 hours ago"]
    dump = "\n\n".join([*ARTICLE, "\n".join(block), "\n".join(FOOTER)])
    assert titles_only(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []
    closed = "\n\n".join([*ARTICLE, "\n".join(block[:3]), "\n".join(FOOTER)])
    assert titles_only(read_page(closed, frozenset(), None), len(ARTICLE) - 1) == TITLES[:2]


def test_a_list_of_titles_over_teasers_pairs_them_whatever_they_look_like() -> None:
    teased = [
        TITLES[0],
        "Keepers in the north say the lamps",  # (a first sentence so short it has no stop: a teaser all the same)
        "Two crossings a day. That is all the winter allows.",  # (a title of two sentences)
        "The island council set the hours in March, after a winter of storms that kept the boats in port…",
        TITLES[2],
        "Queues form on the quay long before the shutters go up on a Saturday morning.",
    ]
    related = _related([["Read next", *teased]])  # (a heading lists know)
    assert related == {
        TITLES[0]: teased[1],
        teased[2]: teased[3],
        TITLES[2]: teased[5],
    }


def test_one_title_over_its_teaser_cut_short_under_an_unnamed_heading_is_an_entry() -> None:
    teaser = "The keepers took the boat out on Monday and found the lamp room dry for the first time in…"
    related = _related([["Chosen for you", TITLES[1], teaser]])
    assert related == {TITLES[1]: teaser}


def test_a_box_of_a_heading_a_line_and_a_whole_sentence_is_no_entry() -> None:
    # (a newsletter's box: its name, its promise; no teaser is cut short there)
    related = _related([["Daily harbour note", "The tides and the ferry times", "Sent to your inbox every morning."]])
    assert "The tides and the ferry times" not in related


def test_titles_under_an_unnamed_heading_with_the_story_going_on_below_are_the_storys_own() -> None:
    # (a section of the story that lists its shops, its text resumed below the list: no related links)
    section = ["Where to buy", *TITLES]
    resumed = ["The growers meet again in the spring, when the first blossom shows whether the fans have paid off."]
    related = _related([section, resumed])
    assert not set(TITLES) & set(related)


def test_numbered_titles_under_an_unnamed_heading_keep_no_number() -> None:
    # (a page number beside each title: the marked lists' readers give the title alone)
    numbered = [f"{page}  {title}" for page, title in zip((12, 31, 44), TITLES, strict=True)]
    related = _related([["Elsewhere in this issue", *numbered]])
    assert not any(title[:1].isdigit() for title in related)


def test_an_address_under_a_places_name_is_no_list() -> None:
    # (an office's name over its street, town and phone number: a contact's box, no titles)
    address = ["Harbour office", "14 Quay Road North", "Port Ellen, PA 42 7DX", "Call 555-0142-7788"]
    assert not set(address) & set(_related([address]))


def test_titles_in_title_case_under_titles_are_no_teasers() -> None:
    # (a list of headlines, one a question: no title stands under another as its teaser)
    headlines = [
        "Ten Quiet Beaches Along The Northern Cape",
        "Quiz: How Many Of The Island's Lighthouses Have You Climbed?",
        "The Best Rye Loaves On The Quay",
        "Where To Watch The Winter Storms This Weekend",
    ]
    dump = "\n\n".join([*ARTICLE, "\n".join(END), "\n".join(["Read next", *headlines]), "\n".join(FOOTER)])
    assert teased_titles(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []


def test_two_titles_a_blank_line_apart_under_a_heading_alone_are_entries() -> None:
    # (a heading no list's wording holds, alone between blank lines; the second title over its teaser cut short)
    teaser = "The keepers took the boat out on Monday and found the lamp room dry for the first time in…"
    related = _related([["Seen elsewhere"], [TITLES[0]], [TITLES[1], teaser]])
    assert related == {TITLES[0]: None, TITLES[1]: teaser}


def test_titles_a_blank_line_apart_with_no_heading_are_no_list() -> None:
    # (a story's items, its sources, its steps stand so too)
    dump = "\n\n".join([*ARTICLE, "\n".join(END), *TITLES, "\n".join(FOOTER)])
    assert spaced_titles(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []
    headed = "\n\n".join([*ARTICLE, "\n".join(END), "Seen elsewhere", *TITLES, "\n".join(FOOTER)])
    assert [card.title for card in spaced_titles(read_page(headed, frozenset(), None), len(ARTICLE) - 1)] == TITLES


def test_spaced_titles_with_the_story_going_on_below_are_the_storys_own() -> None:
    resumed = "The growers meet again in the spring, when the first blossom shows whether the fans have paid off."
    dump = "\n\n".join([*ARTICLE, "\n".join(END), "Seen elsewhere", *TITLES, resumed, "\n".join(FOOTER)])
    assert spaced_titles(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []


def test_spaced_lines_under_short_lines_one_section_after_another_are_a_table_of_the_storys() -> None:
    # (a plan of the story's: each short heading over its spaced lines, the next heading right below them)
    plan = [["Before frosts"], ["Check the fans on the south rows"], ["Clear the rows of the old cuttings"]]
    plan += [["After frosts"], ["Walk the rows at first light again"], ["Count the blossom lost on each tree"]]
    dump = "\n\n".join([*ARTICLE, "\n".join(END), *("\n".join(block) for block in plan), "\n".join(FOOTER)])
    assert spaced_titles(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []


def test_an_entry_of_a_storys_list_over_the_others_is_no_heading() -> None:
    # (a list of the story's, each line a prize and its winner after a dash: the first line is no list heading)
    winners = ["Best Pie - THE ORCHARD", *(f"{title} - VALLEY FARM" for title in TITLES)]
    dump = "\n\n".join([*ARTICLE, "\n".join(END), "\n".join(winners), "\n".join(FOOTER)])
    assert titles_only(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []


def test_titles_under_a_short_line_below_the_storys_own_sentence_are_the_storys() -> None:
    # (the story's text goes on past its body run, a sentence of it over the heading: a section of the story)
    going_on = "These are the growers who bought fans this winter, listed by the valley's co-operative."
    dump = "\n\n".join([*ARTICLE, "\n".join(END), going_on, "\n".join(["Seen elsewhere", *TITLES]), "\n".join(FOOTER)])
    assert titles_only(read_page(dump, frozenset(), None), len(ARTICLE) + 2) == []


def test_titles_under_a_short_line_under_a_name_alone_are_a_section() -> None:
    # (a shop's name alone, then its offers under a short line: a section of the story's list of offers)
    dump = "\n\n".join([*ARTICLE, "\n".join(END), "Harbour Books", "\n".join(["Winter offers", *TITLES])])
    assert titles_only(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []
    alone = "\n\n".join([*ARTICLE, "\n".join(END), "\n".join(["Winter offers", *TITLES])])
    assert titles_only(read_page(alone, frozenset(), None), len(ARTICLE) - 1) == TITLES


def test_a_list_closing_on_a_question_under_a_title_is_no_title_over_its_teaser() -> None:
    # (two titles under a list heading, the second a question: no teaser cut short tells a pair)
    block = ["Read next", TITLES[0], "Why do the keepers stay on through the winter storms?"]
    dump = "\n\n".join([*ARTICLE, "\n".join(END), "\n".join(block), "\n".join(FOOTER)])
    assert teased_titles(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []


def test_an_outlets_name_over_a_title_and_its_teaser_is_no_list_of_titles() -> None:
    # (a card: the outlet, the title, a teaser with no stop; no heading over two titles)
    card = ["The Cape Gazette", TITLES[0], "Keepers in the north say the lamps will burn until the spring thaw"]
    dump = "\n\n".join([*ARTICLE, "\n".join(END), "\n".join(card), "\n".join(FOOTER)])
    assert titles_only(read_page(dump, frozenset(), None), len(ARTICLE) - 1) == []


def test_titles_alone_under_an_unnamed_heading_below_a_list_holding_a_question_are_entries() -> None:
    # A list above asks a question in a title ("...?"): a headline's, no sentence of the story going on.
    above = ["Other desks", "Harbour Daily", "Do the lamps still need keepers at all?", "2 hours ago"]
    related = _related([above, ["Seen elsewhere", *TITLES]])
    assert all(title in related for title in TITLES)


def test_a_count_under_each_title_of_a_list_is_the_entrys_not_a_title() -> None:
    counted = [TITLES[0], "37 sources", TITLES[1], "118 sources", TITLES[2]]
    dump = "\n\n".join([*ARTICLE, "\n".join(END), "\n".join(["Seen elsewhere", *counted]), "\n".join(FOOTER)])
    assert titles_only(read_page(dump, frozenset(), None), len(ARTICLE)) == TITLES

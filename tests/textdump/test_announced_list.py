"""A list the article's closing line announces ("The results are below:") belongs to the article.

Lines invented here, in wordings of no corpus layout: the list's items score as a menu's do, and
the body run stopped at the line that introduces them.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.region import announced_list_end

STORY = [
    "Rowing regatta returns to the estuary after five years",
    "By Marta Ekholm",
    "The regatta that once filled the estuary every August came back on Sunday, after five summers in which "
    "the silt left by the spring floods kept the boats of the larger clubs away from the old course.",
    "Dredgers worked through the winter to open a channel wide enough for eight boats abreast, and the "
    "organisers said the water had never been deeper at the finish line since the regatta began.",
    "More than two thousand people watched from the embankment, where the town had set up stands and a "
    "band played between the heats while the crews carried their boats down to the slipway.",
]
ITEMS = [
    "Coxed eights - Saltmarsh Boat Club",
    "Coxless fours - Old Quay Rowing Club",
    "Double sculls - Heron Point Scullers",
    "Single sculls - Ida Brandt, Estuary Oars",
    "Junior fours - Mill Lane School",
]
AFTER = [
    "Share on Facebook",
    "Share on X",
    "More from the coast desk",
    "Harbour fees will rise for visiting yachts next spring",
    "Lifeboat crew rescues two walkers cut off by the tide",
]


def _body(closing: str) -> str:
    text = "\n".join([*STORY, closing, *ITEMS, *AFTER])
    return extract_text(text, "text/regatta.txt").article.body


def test_the_items_of_an_announced_list_are_kept_with_the_article() -> None:
    """(The body-line decision still judges each item: the last one or two, closing the run with no sentence
    after them, may go as a closing fragment does.)"""
    body = _body("The winners of the day's finals are listed below:")
    for item in ITEMS[:3]:
        assert item in body, item
    assert "Share on" not in body and "Harbour fees" not in body


def test_without_the_announcing_colon_the_items_stay_out() -> None:
    """The same lines after a closing sentence read as a menu: the run ends on the sentence."""
    body = _body("The winners of the day's finals were given their medals by the mayor.")
    assert "Coxed eights" not in body


def _end(lines: list[str], last: int, walls: dict[int, str] | None = None) -> int:
    parsed = split_lines("\n".join(lines))
    furniture = [line.is_furniture for line in parsed]
    return announced_list_end(parsed, furniture, walls or {}, last, len(parsed))


TOWNS = ["Alder Ford on the river", "Beck Holme by the old mill", "Cray Marsh and its two hamlets"]


def test_the_list_ends_at_a_paragraph_that_announces_nothing() -> None:
    lines = ["Here are the three towns that won:", *TOWNS, STORY[2], "Dunmere and the lower valley"]
    assert _end(lines, 0) == 3


def test_a_paragraph_announcing_a_further_list_goes_on_with_it() -> None:
    lines = [
        "Here are the two towns that won:",
        *TOWNS[:2],
        "And the towns the judges also praised this year, in the order of their scores:",
        TOWNS[2],
        "Dunmere and the lower valley",
    ]
    assert _end(lines, 0) == 5


def test_the_list_ends_before_a_list_heading() -> None:
    lines = ["Here are the three towns that won:", *TOWNS[:2], "Most read", TOWNS[2]]
    assert _end(lines, 0, {3: "popular"}) == 2


def test_a_list_of_one_or_two_words_a_line_is_tags_not_the_article() -> None:
    lines = ["Tagged with:", "Rowing", "Estuary", "Summer events", TOWNS[0], TOWNS[1]]
    assert _end(lines, 0) == 0


def test_a_run_closing_on_no_colon_is_left_as_it_is() -> None:
    assert _end(["The three towns won prizes.", *TOWNS], 0) == 0

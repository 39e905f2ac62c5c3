"""Where a carried story's text ends: across its subheadings and widgets, up to the next story or list.

Pages invented here, in wordings of no corpus layout: a story pasted one paragraph a line, its
subheadings and an ad's lines between them, the next story under its headline and outlet name, and
a list under a heading no list knows.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.related import story_run
from converter.textdump.repeated import normalize_line
from tests.support import ORCHARD_STORY

ARTICLE = [
    "Mountain railway reopens after a winter of repairs",
    "By Petra Lindqvist",
    "The rack railway that climbs from the valley to the glacier reopened on Saturday, after a winter in "
    "which engineers replaced the worn teeth of the rack along most of its eleven kilometres of track.",
    "The first train left the valley station at eight in the morning with a full load of walkers and a "
    "brass band, and reached the summit forty minutes later, five minutes faster than before the work.",
    "The company said it would run a train every half hour until the end of October, and that the old "
    "carriages would be repainted one by one over the summer without closing the line again.",
    "Hotels at the top of the valley had waited for the reopening since the autumn, when the line closed a "
    "month early because the rack had worn faster than the engineers expected on the steepest section.",
    "Their owners said that bookings for June were already higher than last year, and that many of their "
    "guests had asked whether the railway would run before they agreed to come at all.",
    "The repairs cost the company and the canton just over nine million francs, shared between them under "
    "an agreement signed two years ago, when the first cracks in the rack were found.",
    "A second phase of the work, on the bridges of the lower section, is planned for the winter after next "
    "and will close the line for about three months, the company said in a statement.",
]
FROST = [
    "Orchard growers count the cost of a late frost",
    "Lowland Ledger",
    "Apple and pear growers in the lower valley lost up to half of their blossom in two nights of frost "
    "last week, their association said on Friday.",
    "What the frost did",
    "The cold came after a warm March had brought the trees into flower early, and the growers who had no "
    "sprinklers to coat the buds with ice watched the petals turn brown within a day of the second night.",
    "Cherries were spared, because they had flowered a week earlier and had already set their fruit.",
    "Sponsored",
    "Grain futures: wheat +0.4% · barley −0.2%",
    "Those with sprinklers fared better, although several ran out of water before dawn, when the air was "
    "coldest, and the wells of the higher farms are still lower than usual after a dry winter.",
    "Looking to the summer",
    "The association will ask the regional government for help with the cost of replanting, and it expects "
    "the harvest to be the smallest in twenty years unless the summer is kind to the trees that were spared.",
    "Its members will meet again in June, when they can count the fruit that has set on each tree.",
]
SCHOOL = [
    "Village school wins a national prize for its garden",
    "Hill Country Herald",
    "The pupils of the village school on the ridge have won a national prize for the vegetable garden they "
    "planted behind the playground three years ago, the education ministry said on Thursday.",
    "The garden feeds the school's kitchen for half of the year, and the children sell what is left at the "
    "Saturday market to pay for seeds, tools and a new greenhouse that they hope to build next spring.",
    "Their teacher said the prize money would go to the greenhouse, and that two other schools in the "
    "district had asked to visit the garden before they start gardens of their own.",
]
LIST = [
    "Elsewhere today",
    "Bridge repairs will close the river road for a week",
    "Drivers are asked to take the road over the pass while the old bridge is mended.",
    "Contact us",
    "Privacy",
]
LISTED = [
    "Read next",
    "Ferry timetable changes for the spring",
    "Coastal Times · 2 hrs ago",
    "New library opens in the old customs house",
    "Valley Courier · 5 hrs ago",
    "Cyclists ask for a lane on the lake road",
    "Coastal Times · 6 hrs ago",
]
PAGE = "\n".join([*ARTICLE, "", *LISTED, "", *FROST, "", *SCHOOL, "", *LIST, ""])


def _carried() -> dict[str, str]:
    return {article.title: article.body for article in extract_text(PAGE, "text/railway.txt").embedded}


def test_a_carried_story_runs_across_its_subheadings_and_an_ad_set_between_its_paragraphs() -> None:
    """Its first paragraph alone is a teaser's length: the story is all of them, one article."""
    frost = _carried()["Orchard growers count the cost of a late frost"]
    for part in ("half of their blossom", "turn brown within a day", "fared better", "smallest in twenty years"):
        assert part in frost, part


def test_a_carried_storys_subheadings_are_no_stories_of_their_own() -> None:
    assert set(_carried()) == {
        "Orchard growers count the cost of a late frost",
        "Village school wins a national prize for its garden",
    }


def test_the_next_headline_over_its_outlet_name_ends_the_story_before_it() -> None:
    carried = _carried()
    assert "vegetable garden" not in carried["Orchard growers count the cost of a late frost"]
    assert "Hill Country Herald" not in carried["Orchard growers count the cost of a late frost"]
    assert "vegetable garden" in carried["Village school wins a national prize for its garden"]


def test_a_list_after_the_last_carried_story_is_not_glued_to_it() -> None:
    school = _carried()["Village school wins a national prize for its garden"]
    assert "new greenhouse" in school
    assert "Elsewhere today" not in school and "pass while the old bridge" not in school


CREDITED = [
    "Read next",
    "Ferry timetable changes for the spring",
    "Coastal Times · 2 hrs ago",
    "Stories for you",
    "Glassworks on the canal will close after ninety years",
    "Report by Ann Lee",
    "2 hrs ago",
    "Owners blame the price of gas for the furnaces",
    "The glassworks that has stood beside the canal since the years after the first war will close at the end "
    "of the summer, its owners told the eighty people who still work there on Monday morning.",
    "They blamed the price of the gas that heats the furnaces, which has doubled in two years, and said that "
    "no buyer had come forward in the months since they first put the works up for sale last autumn.",
    "The town's mayor said she would ask the region to help the workers find new jobs, and that the old "
    "buildings by the water could become workshops and flats if the owners agreed to sell them to the town.",
]


def test_a_credit_under_a_carried_storys_title_is_no_source_and_its_text_is_kept() -> None:
    page = "\n".join([*ARTICLE, "", *CREDITED, ""])
    [glassworks] = [
        article
        for article in extract_text(page, "text/railway.txt").embedded
        if article.title == "Glassworks on the canal will close after ninety years"
    ]
    assert glassworks.source_name != "Report by Ann Lee"
    assert "eighty people" in glassworks.body and "workshops and flats" in glassworks.body


GLUED = " ".join(
    [
        "The old ferry that crossed the sound for sixty years will be turned into a floating museum, the harbour "
        "trust said on Wednesday, after a campaign by islanders who did not want to see it broken up for scrap.",
        "It will be moored beside the fish market, where visitors will be able to walk through its engine room "
        "and the saloon in which generations of islanders drank tea on the way to school or to the hospital.",
        "The trust has raised most of the money it needs from the islanders themselves and from a lottery fund, "
        "and it hopes to open the museum next summer, once the hull has been painted and the deck mended.",
        "Volunteers will run it, the trust said, and the former crew have offered to show visitors round on "
        "Saturdays and to tell them what the crossing was like in the worst of the winter storms.",
        "The new ferry that replaced it last year is faster and larger, but many islanders say that it has "
        "none of the charm of the old boat, whose bell will ring again on the day the museum opens.",
    ]
)
SAVED = [
    "Old ferry to become a floating museum",
    "Harbour Post · 3 hrs ago",
    GLUED,
    "52 likes · 4 comments",
    "People also kept",
    "Night buses return to the coast road",
    "The council will run three buses after midnight on Fridays and Saturdays.",
    "Lifeboat crew rescue two walkers cut off by the tide",
    "The walkers were found on a ledge below the cliffs near the old quarry.",
    "About us",
]


def test_a_story_glued_on_one_line_is_whole() -> None:
    """Its text is that line: the counter, heading and entries after it are the page's (even with no
    decision saying they are entries), where after a paragraph they might be a subheading and more text."""
    lines = split_lines("\n".join(SAVED))
    run = story_run(lines, 2)
    assert [line.text for line in run] == [GLUED]


def test_the_list_after_a_story_glued_on_one_line_stays_a_list() -> None:
    page = "\n".join([*ARTICLE, "", "Read next", "", *SAVED, ""])
    extraction = extract_text(page, "text/railway.txt")
    [ferry] = extraction.embedded
    assert "floating museum" in ferry.body and "Night buses" not in ferry.body and "ledge below" not in ferry.body
    titles = [link.title for link in extraction.article.related]
    assert "Night buses return to the coast road" in titles
    assert "Lifeboat crew rescue two walkers cut off by the tide" in titles


def test_cards_with_their_outlet_over_the_headline_are_teasers_not_one_story() -> None:
    # outlet's name, headline, one paragraph of teaser, four times: each teaser ends at the next outlet's name
    cards = [
        "12 comments",
        "More from the valley",
        "Coastal Times",
        "Ferry timetable changes for the spring",
        "The island ferry will run six crossings a day again from April, the operator said on Tuesday, once the "
        "second boat is back from its overhaul in the yard on the mainland.",
        "Valley Courier",
        "Glassworks on the canal will close after ninety years",
        "The glassworks beside the canal will close at the end of the summer, its owners told the eighty people who "
        "still work there, blaming the price of the gas that heats the furnaces.",
        "Hill Post",
        "Library extends its opening hours on weekdays",
        "The reading room will stay open until nine in the evening from Monday, the council said, after students "
        "asked for a quiet place to work once the schools close.",
        "Harbour Weekly",
        "Harbour fees rise for the summer season",
        "Boat owners will pay a fifth more for a mooring from June, the harbour board decided, to pay for the new "
        "pontoons and the dredging of the channel that silted up over the winter.",
    ]
    result = extract_text("\n".join([*ARTICLE, *cards]), "text/cards.txt")
    assert result.embedded == ()
    # (the listing decision's entries end a story's run; without them the shape of the head ends it)
    lines = split_lines("\n".join(cards))
    assert [line.text for line in story_run(lines, 4)] == [cards[4]]
    assert [link.title for link in result.article.related][:4] == [cards[3], cards[6], cards[9], cards[12]]


def _glued(*sentences: str) -> str:
    """A story glued on one line, its sentences said three times over (a whole story's length)."""
    return " ".join([*sentences] * 3)


SAWMILL = _glued(
    "The sawmill at the head of the fjord will cut its last log in March, its owners said, after eighty years in "
    "which the village grew up around the yard and the quay where the timber boats came in.",
    "Most of the forty people who still work there have been offered jobs at the company's larger mill on the "
    "coast, an hour away by road, and the owners said a bus would run for those without a car.",
)
BAKERY = _glued(
    "A bakery that has sold bread from the same oven on the square since before the war has been bought by the "
    "apprentice who started there at sixteen, and who will keep its name and its early hours.",
    "She said the recipes would not change, though she would add a rye loaf that her grandmother used to bake, "
    "and that the queue on Saturday mornings was the best reason she knew to get up before five.",
)
ROW = [
    "Read next",
    # (a headline long enough to read as prose: no stop, a story glued on one line below it)
    "Sawmill at the head of the fjord will close after eighty years, and the village that grew up around it wonders",
    SAWMILL,
    # (a headline with a stop, prose by its shape, over its credit)
    "The apprentice who started there at sixteen has bought the bakery on the square, and its old oven too.",
    "By Ann Lee",
    BAKERY,
    SAVED[0],
    GLUED,
    "About us",
]


def test_stories_glued_one_line_each_are_one_story_a_line() -> None:
    """A story glued on one line ends at the next headline over a story glued so (a credit between), however long
    that headline, and the text under it is the next story's, not more of the first."""
    lines = split_lines("\n".join(ROW))
    assert [line.text for line in story_run(lines, 2)] == [SAWMILL]
    carried = {
        article.title: article.body for article in extract_text("\n".join([*ARTICLE, "", *ROW]), "t.txt").embedded
    }
    assert set(carried) == {ROW[1], ROW[3], ROW[6]}
    assert "last log" in carried[ROW[1]] and "apprentice" not in carried[ROW[1]]
    assert "rye loaf" in carried[ROW[3]] and "floating museum" not in carried[ROW[3]]


def test_a_headline_over_a_glued_story_ends_the_teaser_above_it() -> None:
    """A teaser, then a long headline and a story glued under it: the teaser is its own card's, no story's start."""
    teaser = "A bridge, a ferry and a long wait for the island's doctors."
    lines = split_lines("\n".join([teaser, *ROW[1:3]]))
    assert [line.text for line in story_run(lines, 0)] == [teaser]


def test_a_call_over_a_long_paragraph_is_no_headline() -> None:
    """'Scroll to continue' between two paragraphs of a story pasted a paragraph a line: the story goes on."""
    lines = split_lines("\n".join([FROST[2], "Scroll to continue", SAWMILL]))
    assert [line.text for line in story_run(lines, 0)] == [FROST[2], "Scroll to continue", SAWMILL]


def test_a_headline_the_folder_repeats_over_a_glued_story_still_heads_it() -> None:
    """Stories shown on many pages have their headline repeated across the folder (furniture by repetition only):
    it still names the story pasted under it."""
    repeated = frozenset({normalize_line(ROW[6])})
    page = "\n".join([*ARTICLE, "", *ROW])
    carried = {article.title: article.body for article in extract_text(page, "t.txt", repeated=repeated).embedded}
    assert "floating museum" in carried[ROW[6]] and "floating museum" not in carried[ROW[3]]


STANDFIRST = [
    "Read next",
    "Coastline Evening Post",
    "Glassworks on the canal will close after ninety years",
    "Owners blame the price of gas for the furnaces",
    *CREDITED[8:],
    "Hill Country Herald",
    *SCHOOL[0:1],
    *SCHOOL[2:],
]


def test_a_standfirst_under_a_headline_its_outlet_names_opens_the_carried_text() -> None:
    """Outlet's name, headline, standfirst, text: the headline names the story (not the standfirst)."""
    carried = {
        article.title: article.body
        for article in extract_text("\n".join([*ARTICLE, "", *STANDFIRST]), "t.txt").embedded
    }
    assert set(carried) == {STANDFIRST[2], SCHOOL[0]}
    assert "eighty people" in carried[STANDFIRST[2]] and "vegetable garden" not in carried[STANDFIRST[2]]


MAIN = ["Valley orchard growers turn to frost fans", "By Marit Solberg", *ORCHARD_STORY]
# A story in one block (no blank line inside it) under a list heading: its headline, its outlet's name under it, a
# standfirst, paragraphs, a subheading over a long run of them.
BLOCKED = [
    "Read next",
    "Glassworks on the canal will close after ninety years",
    "Coastline Evening Post",
    "Owners blame the price of gas for the furnaces",
    *ARTICLE[2:5],
    "What comes next for the canal",
    *ARTICLE[5:],
    FROST[2],
    FROST[4],
    FROST[5],
    FROST[8],
    FROST[10],
    *SCHOOL[2:],
]


def test_a_headline_the_folder_repeats_over_its_outlets_name_and_a_standfirst_names_the_story() -> None:
    """The headline is furniture by repetition only: over its chip and the story's text it still heads the story,
    the outlet's name is its source and the standfirst opens the text."""
    repeated = frozenset({normalize_line(BLOCKED[1])})
    page = "\n".join([*MAIN, "", *BLOCKED, "", "Privacy", "Terms"])
    embedded = extract_text(page, "t.txt", repeated=repeated).embedded
    assert [(article.title, article.source_name) for article in embedded] == [(BLOCKED[1], BLOCKED[2])]
    assert "price of gas" in embedded[0].body and "rack railway" in embedded[0].body


def test_a_subheading_over_a_long_run_inside_a_storys_block_is_no_story_of_its_own() -> None:
    """A subheading over more text than a story's worth, in the same block as the story's paragraphs: the story
    runs on across it. Set apart by a blank line, a headline over so long a text opens a story of its own."""
    page = "\n".join([*MAIN, "", *BLOCKED, "", "Privacy", "Terms"])
    embedded = extract_text(page, "t.txt").embedded
    assert [article.title for article in embedded] == [BLOCKED[1]]
    assert "Cherries were spared" in embedded[0].body
    split = [*BLOCKED[:7], "", *BLOCKED[7:]]
    titles = [article.title for article in extract_text("\n".join([*MAIN, "", *split]), "t.txt").embedded]
    assert titles == [BLOCKED[1], BLOCKED[7]]

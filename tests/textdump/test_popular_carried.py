"""Stories carried in full under a "most read" or "trending" heading, and the prompts pasted into them.

Pages invented here, in wordings of no corpus layout: an article, a list of popular titles (other articles the
page lists, as a related list's are; not under the writer's box heading), a story carried whole under a popular
heading with a call to the reader and a counter pasted between its standfirst and its text, and what must not pass
for a carried story there. (The popular titles over a source and time are listed by textdump/listing.py too: it
finds cards by their shape.)
"""

from __future__ import annotations

from converter.article import Extraction
from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.links import _listed_popular, _reads_as_story, _text_resumed
from converter.textdump.page import read_page
from converter.textdump.related import Card, heads_a_story, is_titled_text, story_run

ARTICLE = [
    "Harbour authority approves a second ferry berth",
    "By Ines Marwood",
    "The harbour authority approved a second berth for the island ferries on Tuesday, ending a year of "
    "argument over whether the quay could take the weight of the larger boats that the operator has ordered.",
    "Engineers will drive new piles into the harbour bed over the winter, when fewer boats call, and the "
    "berth should open before the summer timetable starts in May, the authority said in a statement.",
    "The operator said the second berth would let two ferries load at once on busy weekends, when queues "
    "of cars now reach back past the fish market and block the road to the old town for hours.",
    "Residents of the harbour streets had asked for the work to be done at night so that the noise would "
    "not disturb the market, but the authority said the tides made that impossible for most of the piles.",
]
POPULAR_TITLES = [
    "Trending now",
    "Council votes to keep the night bus on the coast road",
    "Bay Observer · 3 hrs ago",
    "Lifeboat crew rescues two walkers cut off by the tide",
    "Shore Gazette · 5 hrs ago",
]
CARRIED = [
    "Most read",
    "Mill town brewery brings back a recipe from 1890",
    "Riverside Journal",
    "A brewery in the old mill town has brewed a dark ale from a recipe found in a ledger in its cellar.",
    "Register to read on",
    "Readers have opened 4 of 6 stories this week.",
    "The ledger turned up last spring, when workers clearing the cellar for a new tasting room found a box "
    "of account books that the founder's grandson had kept after the brewery was sold in the nineteen fifties.",
    "One page listed the malt, hops and sugar for a porter that the brewery sold to the dock workers of the "
    "town, with notes in the margin about how long to leave it in the barrel before it was ready to drink.",
    "The head brewer said the hardest part had been finding a malt roasted as dark as the one the ledger "
    "described, because no maltster in the country still made it, and a small firm abroad roasted a batch.",
    "Brewing it took three attempts, the first two too sweet and too thin, before the brewers understood "
    "that the ledger measured its sugar by the sack and its water by a barrel larger than the ones they use, "
    "and that the founder had left the porter to age for months in oak before he sent it down to the docks.",
    "Old workers from the docks came to the tasting, and one of them, who had started on the quay as a boy, "
    "said the ale reminded him of the one his father had brought home on Fridays, though he could not say "
    "whether that was the taste of the beer or of the evenings when the whole family sat down to eat.",
    "The first barrels sold out in a weekend, and the brewery plans to brew the ale again every winter.",
]
FOOTER = [
    "Copyright notice",
    "Most read",
    "A newspaper for the whole of the coast",
    "Founded by a group of harbour pilots in the last century, the Coast Weekly has covered the ports, "
    "fisheries and ferries of the coast for three generations of readers, from its offices above the old "
    "customs house, and it still prints a paper edition every Thursday for the villages along the shore.",
    "Its reporters have won prizes for their work on the fishing fleet and the harbour towns, and they write "
    "for readers who live by the sea and for those who visit it in the summer and want to know it better.",
]
PAGE = "\n".join([*ARTICLE, "", *POPULAR_TITLES, "", *CARRIED, ""])


def _extraction(page: str = PAGE) -> Extraction:
    return extract_text(page, "text/harbour.txt")


def test_a_story_carried_under_a_popular_heading_becomes_an_article() -> None:
    embedded = {article.title: article.body for article in _extraction().embedded}
    assert list(embedded) == ["Mill town brewery brings back a recipe from 1890"]
    body = embedded["Mill town brewery brings back a recipe from 1890"]
    # The text goes on past the call to the reader pasted after its standfirst, to its last paragraph.
    assert body.startswith("A brewery in the old mill town")
    assert "every winter." in body
    assert "Register to read on" not in body


def test_the_carried_story_is_listed_as_related() -> None:
    related = [link.title for link in _extraction().article.related]
    assert "Mill town brewery brings back a recipe from 1890" in related


def test_a_blurb_right_under_its_title_is_no_carried_story() -> None:
    # A site's blurb under a popular heading: prose straight under its title, no source, credit or time.
    page = "\n".join([*ARTICLE, "", *POPULAR_TITLES, "", *FOOTER, ""])
    assert _extraction(page).embedded == ()


def test_a_name_a_credit_or_a_lead_in_teaser_heads_no_carried_story() -> None:
    # The article's own text resumed under its author's name in a popular box, a byline, a teaser pasted
    # inside a story ("Label: Another Headline"): none is the headline of a story of its own.
    for title in ("Ines Marwood", "Words by Ines Marwood", "Also worth a look: Mill town brewery revives an ale"):
        lines = split_lines("\n".join([title, *CARRIED[2:]]))
        card = Card(title, "Riverside Journal", None, tuple(line.text for line in lines[2:]))
        assert not _reads_as_story(lines, -1, card), title
    lines = split_lines("\n".join(CARRIED[1:]))
    card = Card(CARRIED[1], "Riverside Journal", None, tuple(line.text for line in lines[2:]))
    assert _reads_as_story(lines, -1, card)


def test_a_call_to_the_reader_is_no_chip_under_a_headline() -> None:
    lines = split_lines("\n".join(CARRIED))
    standfirst = next(line.index for line in lines if line.text.startswith("A brewery in"))
    # The standfirst over "Register to read on" over the text is a paragraph the prompt interrupts.
    assert not heads_a_story(lines, standfirst)
    run = story_run(lines, standfirst)
    assert run[-1].text.startswith("The first barrels sold out")


def test_a_call_to_the_reader_between_paragraphs_heads_no_text() -> None:
    # A headline-shaped call over a long run of prose is the page's prompt inside a story, not the title
    # of the next one: the story's run crosses it.
    paragraphs = [line for line in CARRIED if len(line.split()) > 30]
    lines = split_lines("\n".join([ARTICLE[2], "Tap to Keep Going", *paragraphs, *ARTICLE[3:]]))
    call = next(line.index for line in lines if line.text == "Tap to Keep Going")
    assert not is_titled_text(lines, call)
    assert story_run(lines, 0)[-1].text == ARTICLE[-1]


MARKED = [
    "Sponsored",
    "Keep going",
    # (a headline opening on a quote, right over its text: no source, credit or time between)
    "‘Dark as the docks’: mill town brewery brings back a recipe from 1890",
    *CARRIED[3:4],
    *CARRIED[6:],
]


def test_a_story_under_a_marker_of_the_page_right_under_its_headline_is_carried() -> None:
    """A short line the folder repeats (a feed's marker) over a headline right over a story's text: carried whole,
    where a title right over prose with no marker above is a blurb's."""
    page = "\n".join([*ARTICLE, "", *POPULAR_TITLES, "", *MARKED, ""])
    carried = extract_text(page, "text/harbour.txt", repeated=frozenset({"keep going", "sponsored"})).embedded
    assert [article.title for article in carried] == [MARKED[2]]
    assert "every winter." in carried[0].body
    assert extract_text(page, "text/harbour.txt").embedded == ()  # (no marker the page or the folder knows)


BARE_TITLES = [
    "Most read",
    "Council votes to keep the night bus on the coast road",
    "Lifeboat crew rescues two walkers cut off by the tide",
    "Why the old lighthouse will stay dark this winter",
]


def test_bare_titles_under_a_popular_heading_after_the_article_are_related() -> None:
    page = "\n".join([*ARTICLE, "", *BARE_TITLES, "", "Contact us", "Terms of use", ""])
    related = [link.title for link in _extraction(page).article.related]
    assert related == BARE_TITLES[1:]


def test_the_writers_box_under_its_heading_lists_no_article() -> None:
    box = ["About the author", "Ines Marwood", "Ines Marwood writes about the harbour and its boats for the paper."]
    page = "\n".join([*ARTICLE, "", *box, "", "Contact us", "Terms of use", ""])
    assert [link.title for link in _extraction(page).article.related] == []


def test_titles_below_paragraphs_under_a_popular_heading_are_a_storys_own() -> None:
    # Under the heading, a title is the list's entry; below a paragraph there (a story's text), a short line is
    # that story's own (a section, an item of its list), no entry.
    lines = [*ARTICLE, "Most read", BARE_TITLES[1], CARRIED[1], *CARRIED[6:8], "Oak barrels from the cooperage"]
    page = read_page("\n".join(lines), frozenset(), None)
    last = len(ARTICLE) - 1
    assert _listed_popular(page, last, Card(BARE_TITLES[1]), ())
    assert not _listed_popular(page, last, Card("Oak barrels from the cooperage"), ())


def test_a_popular_list_inside_the_articles_text_is_the_source_pages_own() -> None:
    # The article's paragraphs go on under the list (a widget of the page the story came from): no list of the page.
    resumed = [*ARTICLE[:3], *BARE_TITLES, *ARTICLE[3:]]
    page = read_page("\n".join(resumed), frozenset(), None)
    assert _text_resumed(page, 2, Card(BARE_TITLES[1]), ())
    closing = read_page("\n".join([*ARTICLE[:3], *BARE_TITLES, "Contact us"]), frozenset(), None)
    assert not _text_resumed(closing, 2, Card(BARE_TITLES[1]), ())


def test_a_writers_line_with_its_time_under_a_popular_heading_is_no_title() -> None:
    lines = [*ARTICLE, "Most read", BARE_TITLES[1], "Ines Marwood 8:31 AM on May 2, 2024"]
    page = read_page("\n".join(lines), frozenset(), None)
    assert not _listed_popular(page, len(ARTICLE) - 1, Card("Ines Marwood 8:31 AM on May 2, 2024"), ())

"""A story carried in full after the article, set apart by a rule or a marker no list heading names.

Pages invented here: an article, then a line ("~ ~ ~", "Keep going") the wordings and the walls decision do
not know, then another story's headline over its source line (an outlet and a time, a host name, a full-name
credit) and its text. And what must not pass for one: a list of cards set inside the article (a headline over
its credit right above), a line repeated over every post of a thread, the page's own headline shown again.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.repeated import normalize_line
from converter.textdump.separators import label_inside, separated_story, separator_walls
from converter.textdump.story_heads import source_line, story_head
from tests.support import LIBRARY_STORY, ORCHARD_STORY

ARTICLE = [
    "Valley orchard growers turn to frost fans",
    "By Marit Solberg",
    *ORCHARD_STORY[:4],
]
CARRIED = [
    "Ferry timetable to change for the winter months",
    "Coast Ledger · 3h",
    "The island ferry will run four crossings a day instead of six from November, the operator said, "
    "because fewer passengers travel in the winter and one of the two boats is due for its overhaul.",
    "The first morning crossing keeps its time so that pupils reach the school on the mainland, but the "
    "late evening boat will leave half an hour earlier, which islanders say leaves no time after work.",
    "The operator said it would look again at the timetable in spring, once the second boat is back.",
]


def page(separator: str, carried: list[str]) -> str:
    return "\n".join([*ARTICLE, separator, *carried])


def test_a_rule_above_a_carried_story_closes_the_article() -> None:
    result = extract_text(page("~ ~ ~", CARRIED), "text/a.txt")
    body = result.article.body
    assert "village" in body
    assert "island ferry" not in body
    assert [article.title for article in result.embedded] == [CARRIED[0]]
    assert "island ferry will run four crossings" in result.embedded[0].body


def test_a_marker_over_a_story_with_a_host_line_or_a_credit() -> None:
    for chip in (["coastledger.com", "4 min"], ["BY ANNA KOVAC"]):
        carried = [CARRIED[0], *chip, *CARRIED[2:]]
        result = extract_text(page("Keep going", carried), "text/b.txt")
        assert "island ferry" not in result.article.body, chip
        assert [article.title for article in result.embedded] == [CARRIED[0]], chip


def test_no_separator_without_a_source_line_or_enough_text() -> None:
    # a subheading over a short line and a paragraph: no source line under it
    lines = split_lines(page("~ ~ ~", [CARRIED[0], "Winter hours", *CARRIED[2:]]))
    assert separator_walls(lines) == []
    # a headline over its source line but one short paragraph: a card with a teaser, not a story
    lines = split_lines(page("~ ~ ~", CARRIED[:3]))
    assert not story_head(lines, len(ARTICLE) + 1)
    assert separator_walls(lines) == []


def test_cards_set_inside_the_article_are_no_separator() -> None:
    # a "most read" box inside the text: a headline over its credit stands right above the next headline
    box = ["Bridge repairs close the north road", "By Tom Ekberg"]
    lines = split_lines("\n".join([*ARTICLE, *box, CARRIED[0], "By Lea Brandt", *CARRIED[2:]]))
    assert separator_walls(lines) == []


def test_a_line_repeated_over_posts_or_the_pages_own_headline_is_no_separator() -> None:
    post = [CARRIED[0], "by Ruth Alder", *CARRIED[2:]]
    # the same line over each of four posts
    thread = [line for _ in range(4) for line in ["Report this post", *post]]
    lines = split_lines("\n".join([*ARTICLE, *thread]))
    assert separator_walls(lines) == []
    # the page's own headline over an excerpt of its text, below the article
    lines = split_lines("\n".join([*ARTICLE, "Excerpt", ARTICLE[0], "BY MARIT SOLBERG", *ARTICLE[2:]]))
    assert separator_walls(lines) == []


def test_a_numbered_story_from_an_outlet_after_a_rule_is_carried() -> None:
    carried = ["2. " + CARRIED[0], "From Coast Ledger", *CARRIED[2:]]
    result = extract_text(page("* * *", carried), "text/c.txt")
    assert "island ferry" not in result.article.body
    assert len(result.embedded) == 1
    assert "island ferry will run four crossings" in result.embedded[0].body


SECOND = LIBRARY_STORY


def test_counted_stories_are_each_carried_with_their_subheadings() -> None:
    # a counter over each story, an outlet's name above its headline; a subheading inside the first story
    first = [CARRIED[0], "Original reporting by Anna Kovac", *CARRIED[2:4], "Winter Crossings", *CARRIED[4:]]
    carried = ["In full today", "— 1 / 2 —", "Coast Ledger", *first, "* * *", "— 2 / 2 —", "Town Crier", *SECOND]
    result = extract_text(page("", carried).replace("\n\n", "\n"), "text/d.txt")
    assert "island ferry" not in result.article.body
    assert "reading room" not in result.article.body
    assert [article.title for article in result.embedded] == [CARRIED[0], SECOND[0]]
    assert "Winter Crossings" in result.embedded[0].body
    assert "look again at the timetable" in result.embedded[0].body
    assert "reading room will stay open" in result.embedded[1].body


def test_a_source_line_above_a_question_headline() -> None:
    carried = ["coastledger.com", "Will the Ferry Keep Its Winter Timetable?", "by Anna Kovac", *CARRIED[2:]]
    result = extract_text(page("Next for you", carried), "text/e.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [carried[1]]
    # a credit above a headline is a byline, not a story's source: no separator there
    lines = split_lines(page("Next for you", ["By Anna Kovac", *carried[1:]]))
    assert separator_walls(lines) == []


def test_after_a_rule_below_a_list_of_cards_a_credited_story_is_carried() -> None:
    # a list of cards (title · outlet · time) closed by a rule, a marker, a long headline over a long credit
    cards = [
        "Bridge repairs close the north road",
        "Town Crier · 35m",
        "Harbour fees rise for the summer",
        "Quay News · 2h",
    ]
    headline = "It's not just you: the ferry runs late more often now, and here is why that keeps happening"
    carried = [
        *cards,
        "————",
        "Next article",
        headline,
        "Written by Anna Kovac, Tom Ekberg and Lea Brandt",
        *CARRIED[2:],
    ]
    lines = split_lines(page("Latest", carried))
    assert [lines[index].text for index in separator_walls(lines)] == ["Next article"]
    result = extract_text(page("Latest", carried), "text/f.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [headline]


def test_a_separated_story_keeps_its_own_list_and_subheadings() -> None:
    # a list of short items inside the carried story ("Cervical spine exam" over "Eye exam" reads as a headline over a
    # chip, but no source line stands under it), then a subheading: one story, with all of its text
    items = ["Winter crossing times", "Summer crossing times", "Freight crossing times", "Night boat"]
    carried = [CARRIED[0], "From Coast Ledger", *CARRIED[2:], *items, SECOND[1], "Crossings After Dark", *SECOND[2:]]
    result = extract_text(page("* * *", carried), "text/g.txt")
    assert [article.title for article in result.embedded] == [CARRIED[0]]
    body = result.embedded[0].body
    assert "Night boat" in body
    assert "reading room will stay open" in body


def test_a_list_of_cards_with_teasers_or_a_comment_is_no_carried_story() -> None:
    teaser = CARRIED[2]
    # title, credit, teaser, then the next card: no story's text runs across a card's title and its credit
    cards = ["Latest in Travel", CARRIED[0], "By Anna Kovac", teaser, SECOND[0], "By Tom Ekberg", SECOND[1]]
    lines = split_lines(page("", [*cards, CARRIED[3], CARRIED[4]]))
    assert separator_walls(lines) == []
    # a teaser, a time under it, and the next card's title and author
    cards = ["Around the web", CARRIED[0], "4 hours ago", "Coast Ledger", teaser, "5 hours ago", SECOND[0]]
    lines = split_lines(page("", [*cards, "Town Crier", SECOND[1], SECOND[2]]))
    assert separator_walls(lines) == []
    # a reader's question over his name and the time: a comment, not a headline over its credit
    comment = [
        "Replies",
        "Am I missing something here?",
        "Posted by: K. Nedd | January 14, 2008 08:12 AM",
        *CARRIED[2:],
    ]
    lines = split_lines(page("", comment))
    assert separator_walls(lines) == []


def test_a_separated_story_ends_above_the_next_entrys_long_headline() -> None:
    # the next entry's headline is long enough to read as a paragraph, but no sentence ends it and a credit follows
    headline = "Library ‘Open Late’ extends its hours on weekdays for students, parents and night workers alike"
    carried = [
        CARRIED[0],
        "From Coast Ledger",
        *CARRIED[2:],
        "Next story",
        headline,
        "Article by Tom Ekberg",
        SECOND[1],
    ]
    lines = split_lines(page("* * *", carried))
    wall = separator_walls(lines)[0]
    found = separated_story(lines, wall, len(lines))
    assert found is not None
    story, last = found
    assert story.title == CARRIED[0]
    assert story.body[-1] == CARRIED[4]
    assert lines[last].text == CARRIED[4]


FEED_STORY = [
    "harbourwire.net",
    # a long headline in sentence case, no final stop: it reads as a paragraph by its words
    "We asked every ferry skipper on the island what the winter crossings are really like and this is what they said",
    "Written by Anna Kovac",
    "5h",
    CARRIED[2],
    "Promoted stories",  # an ad's label, in a list heading's wording, inside the story's text
    "Crossings after dark",
    *CARRIED[3:],
    "Promoted stories",
    *ORCHARD_STORY[4:],
]


def test_a_story_under_a_two_line_marker_crosses_its_ad_labels() -> None:
    # a box of the most read stories closes the article, then two lines ("Keep going", "Up next for you": the
    # second no chip of the box's last card) over a host line, a long headline, its credit and time
    box = ["Most read", "Bridge repairs close the north road", "Town Crier · 35m"]
    marker = ["Keep going", "Up next for you"]
    second = ["townlibrary.org", SECOND[0], "Written by Tom Ekberg", "1d", SECOND[1], "Promoted stories", *SECOND[2:]]
    text = "\n".join([*ARTICLE, *box, *marker, *FEED_STORY, "Continue at harbourwire.net", *marker, *second])
    result = extract_text(text, "text/h.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [FEED_STORY[1], SECOND[0]]
    assert "count visitors" in result.embedded[1].body
    body = result.embedded[0].body
    assert "island ferry will run four crossings" in body
    assert "first morning crossing" in body
    assert "A frost expert" in body  # (past the second label, with no subheading)


def test_an_ad_label_inside_a_story_is_no_wall_but_a_list_heading_is() -> None:
    lines = split_lines("\n".join([*ARTICLE, *FEED_STORY]))
    labels = [line.index for line in lines if line.text == "Promoted stories"]
    assert [label_inside(lines, index) for index in labels] == [True, True]
    # a list heading over cards, or over a teaser's worth of text, below the story's last paragraph
    cards = ["Promoted stories", "Bridge repairs close the north road", "Town Crier · 35m", "Harbour fees rise"]
    lines = split_lines("\n".join([*ARTICLE, *cards]))
    assert not label_inside(lines, len(ARTICLE))
    teaser = ["Promoted stories", "Harbour fees rise for the summer", "The harbour board voted on Tuesday."]
    lines = split_lines("\n".join([*ARTICLE, *teaser]))
    assert not label_inside(lines, len(ARTICLE))


def test_a_headline_ending_on_an_initialism_or_credited_to_an_agency() -> None:
    for headline, credit in (
        ("The ferry skippers who keep the winter crossings running on time in the U.K.", "Written by Anna Kovac"),
        (CARRIED[0], "Written by Harbour Wire Service"),
    ):
        story = ["harbourwire.net", headline, credit, "5h", *CARRIED[2:]]
        result = extract_text(page("Up next for you", story), "text/i.txt")
        assert "island ferry" not in result.article.body, credit
        assert [article.title for article in result.embedded] == [headline], credit


def test_a_row_of_stories_under_one_marker_each_over_its_host_and_curator() -> None:
    # one marker over two stories: a headline, "via" a host, a curator's credit (no headline), a standfirst, a text
    first = [CARRIED[0], "via coastledger.com", "Picked by Ruth Alder", *CARRIED[2:]]
    second = [
        SECOND[0],
        "via townlibrary.org",
        "Picked by Ruth Alder",
        "Longer evenings for the reading room",
        *SECOND[1:],
    ]
    result = extract_text(page("From the same shelf", [*first, *second]), "text/j.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [CARRIED[0], SECOND[0]]
    assert "reading room will stay open" not in result.embedded[0].body
    assert "reading room will stay open" in result.embedded[1].body
    lines = split_lines("via coastledger.com\nvia the harbour\nfrom coastledger.com to the quay\n")
    assert [source_line(line) for line in lines] == [True, False, False]


def test_a_long_headline_over_its_host_line_under_a_marker() -> None:
    # the headline reads as a paragraph by its words (no final stop); the host line under it makes it one
    headline = "We asked every ferry skipper on the island what the winter crossings are really like and here it is"
    result = extract_text(page("Next in your queue", [headline, "coastledger.com", *CARRIED[2:]]), "text/k.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [headline]


def test_a_share_button_over_an_agency_credit_is_no_headline() -> None:
    # the article's own widgets between its date and its text: a button's call over the agency credit
    widgets = ["Print This Page", "Send to a Friend", "by Coast Ledger Wire Service", *SECOND[1:]]
    lines = split_lines(page("", widgets).replace("\n\n", "\n"))
    assert separator_walls(lines) == []


def test_a_headline_of_two_short_sentences_over_its_host_or_credit() -> None:
    headline = "Winter ferries are 'always late.' They need not be, the skippers say."
    for chips in (["coastledger.com"], ["Written by Anna Kovac", "5h"]):
        result = extract_text(page("Next in your queue", [headline, *chips, *CARRIED[2:]]), "text/l.txt")
        assert "island ferry" not in result.article.body, chips
        assert [article.title for article in result.embedded] == [headline], chips
    # three sentences, or two over no source line, are a paragraph
    lines = split_lines(page("Next in your queue", ["Ferries run late. Skippers know. Nobody asks.", *CARRIED[1:]]))
    assert separator_walls(lines) == []


def test_a_marker_with_a_count_below_a_button_closes_the_article() -> None:
    # A short button line ("Hide posts like these") over a marker holding a count reads as a card over its chip;
    # the count tells a queue's next story, carried in full, from a card's source line.
    for marker in ("Item 5 of 8 · coming up", "Next · part 2/3"):
        carried = [CARRIED[0], "from coastledger.com", *CARRIED[2:]]
        result = extract_text("\n".join([*ARTICLE, "Hide posts like these", marker, *carried]), "text/q.txt")
        assert "island ferry" not in result.article.body, marker
        assert [article.title for article in result.embedded] == [CARRIED[0]], marker
    # (no count in the chip: a card set inside the article, as before)
    lines = split_lines("\n".join([*ARTICLE, "Hide posts like these", "Coming up · coast", *CARRIED]))
    assert len(ARTICLE) + 1 not in separator_walls(lines)


def test_a_marker_set_apart_below_a_list_of_cards_over_a_long_source_line() -> None:
    # Cards (a title over its chip, each hugging the other), then a blank line and a marker over a story whose
    # source line says more than a chip ('Source: host · a note'): the marker is no chip of the last card.
    cards = [
        "Elsewhere in the region",
        "Bridge repairs close the north road",
        "Carried from Danish · 3h",
        "Library extends its winter opening hours",
        "Carried from Finnish · 5h",
    ]
    carried = [CARRIED[0], "Source: coastledger.net · Carried from Estonian", *CARRIED[2:]]
    text = "\n".join([*ARTICLE, "", *cards, "", "Read in full today", "", *carried])
    result = extract_text(text, "text/r.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [CARRIED[0]]
    # (with no blank line between them, the marker reads as the last card's second chip: no separator)
    lines = split_lines("\n".join([*ARTICLE, "", *cards, "Read in full today", *carried]))
    assert separator_walls(lines) == []


def test_posts_each_closed_by_counters_after_the_article_are_carried() -> None:
    # A channel's later posts: a headline right over its text (no source line), closed by counters; the next
    # post's headline under the last one's counter line.
    second = ["Library extends its winter opening hours", *ORCHARD_STORY[3:]]
    posts = ["Earlier on this channel", *[CARRIED[0], *CARRIED[2:]], "◉ 4.2K · edited 10:02", *second, "◉ 981 · 08:40"]
    result = extract_text("\n".join([*ARTICLE, "", "♥ 1.1K  ☺ 310", "", *posts, "", "Open the app"]), "text/p.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [CARRIED[0], second[0]]
    assert "4.2K" not in result.embedded[0].body and "cooperative will report" in result.embedded[1].body
    assert result.embedded[0].source_name is None
    # (a headline over a single short paragraph and its counters: a card with a teaser, no post carried)
    card = ["Earlier on this channel", CARRIED[0], CARRIED[2], "◉ 4.2K · edited 10:02"]
    assert extract_text("\n".join([*ARTICLE, "", *card]), "text/c.txt").embedded == ()


def test_a_headline_long_as_a_sentence_over_a_source_line_naming_its_host() -> None:
    long_head = "Ferry timetable to change for the winter months as the island operator sends one of its boats away"
    carried = [long_head, "Source: coastledger.net · Carried from Estonian", *CARRIED[2:]]
    result = extract_text("\n".join([*ARTICLE, "", "Read in full today", "", *carried]), "text/h.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [long_head]
    # (a source line naming no host under so long a line: no headline)
    lines = split_lines("\n".join([*ARTICLE, "", "Read in full today", "", long_head, "Carried from Estonian · 2h"]))
    assert separator_walls(lines) == []


def test_a_list_of_places_above_readers_votes_is_no_post() -> None:
    # Entries (a name over its address over a paragraph) and then readers' comments with their votes: the vote
    # counter closes no post, two short lines in a row are a list's.
    places = []
    for name, address, text in (
        ("Harbour Lights", "12 Quay Rd., East", CARRIED[2]),
        ("The Net Loft", "4 Mill Lane, North", CARRIED[3]),
        ("Salt House", "9 Pier St., West", CARRIED[4]),
    ):
        places += [name, address, text]
    comments = ["Lena K. · 2h", "We went to the first one last year and loved it.", "▲ 14 ▼"]
    lines = split_lines("\n".join([*ARTICLE, *places, *comments]))
    assert separator_walls(lines) == []


def test_a_list_heading_right_above_a_story_carries_it_whole_even_when_its_headline_repeats() -> None:
    # The headline is shown on many pages of the folder (furniture by repetition): below a heading the wordings
    # know, the story is still read from its headline over its source line, not from the line under it.
    text = page("Keep reading", [CARRIED[0], "coastledger.com · 4d", *CARRIED[2:]])
    result = extract_text(text, "text/k.txt", repeated=frozenset({normalize_line(CARRIED[0])}))
    assert [article.title for article in result.embedded] == [CARRIED[0]]
    assert "island ferry" in result.embedded[0].body


def test_a_post_titled_by_a_long_line_without_a_stop() -> None:
    long_title = "Library extends its winter opening hours so that students can study in the reading room until ten"
    posts = [*[CARRIED[0], *CARRIED[2:]], "◉ 4.2K · edited 10:02", long_title, *ORCHARD_STORY[3:], "◉ 981 · 08:40"]
    result = extract_text("\n".join([*ARTICLE, "", "Earlier on this channel", *posts]), "text/l.txt")
    assert [article.title for article in result.embedded] == [CARRIED[0], long_title]


def test_posts_under_a_list_heading_keep_their_subheadings_and_a_title_of_two_sentences() -> None:
    # Under a heading the wordings know ("Read next"), a post closed by its counters is read whole: its subheading
    # starts no entry of its own. Right under the heading, a title may be two short sentences.
    title = "The pier is lost. The town wants it back."
    post = [title, CARRIED[2], "Winter hours at the quay", CARRIED[3], CARRIED[4], "◉ 4.2K · edited 10:02"]
    result = extract_text("\n".join([*ARTICLE, "♥ 1.1K  ☺ 310", "", "Read next", *post]), "text/n.txt")
    assert [article.title for article in result.embedded] == [title]
    assert "The operator said" in result.embedded[0].body


def test_an_ad_label_and_a_marker_between_two_paragraphs_over_the_articles_counters_are_no_separator() -> None:
    # An ad's label and a "go on" line set between two of the article's paragraphs, the article closed by its
    # reactions: the lines between the label and the counters read as a post titled by the marker, but the label
    # stands inside the text (a finished paragraph above, more text below): the article goes on below it.
    text = "\n".join(
        [*ARTICLE, "", "Promoted", "Scroll on for more", "", *ORCHARD_STORY[4:], *CARRIED[2:4], "", "♥ 812", "Share"]
    )
    assert separator_walls(split_lines(text)) == []
    result = extract_text(text, "text/a.txt")
    assert result.embedded == ()
    assert "island ferry" in result.article.body and "Scroll on" not in result.article.body
    # (however long the text below it: the marker over it reads as a title over a text of its own then)
    longer = [*ORCHARD_STORY[4:], *CARRIED[2:], *LIBRARY_STORY[1:], ORCHARD_STORY[0]]
    text = "\n".join([*ARTICLE, "", "Promoted", "Scroll on for more", "", *longer, "", "♥ 812", "Share"])
    assert separator_walls(split_lines(text)) == []


def test_a_long_headline_reading_as_prose_over_its_reading_time_under_an_outlets_name() -> None:
    # A marker, an outlet's bare name, a headline long enough (a colon, a comma) to read as prose, its reading time
    # alone under it, then the story: the headline is the story's title, not its first paragraph.
    long_head = "Ferry timetable: the island operator sends one of its boats away, and the crossings drop to four"
    carried = ["Coast Ledger", long_head, "6 min read", *CARRIED[2:]]
    text = "\n".join([*ARTICLE, "", "Scroll for more", "", *carried])
    assert split_lines(text)[len(ARTICLE) + 2].is_prose  # (the shape this test is about)
    result = extract_text(text, "text/r.txt")
    assert "island ferry" not in result.article.body
    assert [(article.title, article.source_name) for article in result.embedded] == [(long_head, "Coast Ledger")]
    # (a line without a stop over a time of day is no headline over its reading time: a reader's comment is timed so)
    lines = split_lines("\n".join([*ARTICLE, "", "Scroll for more", "", "Coast Ledger", long_head, "6 min ago"]))
    assert separator_walls(lines) == []


def test_a_short_exclamation_over_its_reading_time_heads_a_story() -> None:
    # One short sentence ending with "!" reads as prose; over its reading time alone, under an outlet's name and a
    # marker, it is the story's headline (as a short question is).
    carried = ["Coast Ledger", "Ferry crossings drop to four a day!", "6 min read", *CARRIED[2:]]
    result = extract_text("\n".join([*ARTICLE, "", "Scroll for more", "", *carried]), "text/e.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == ["Ferry crossings drop to four a day!"]


def test_an_outlets_name_over_a_card_above_too_does_not_hide_the_story_below_a_marker() -> None:
    # The outlet's name under the marker also stands over a card of a list above it: only the page's own headline
    # shown again under a marker makes it no separator, not the outlet's name over the next story's headline.
    cards = ["Trending now", "Coast Ledger", "Harbour fees rise for the summer season", "2h"]
    carried = ["Coast Ledger", CARRIED[0], "6 min read", *CARRIED[2:]]
    text = "\n".join([*ARTICLE, "", *cards, "", "Scroll for more", "", *carried])
    assert separator_walls(split_lines(text)) == [len(ARTICLE) + len(cards)]
    assert [article.title for article in extract_text(text, "text/o.txt").embedded] == [CARRIED[0]]


def test_a_heading_over_a_sentence_presenting_the_story_below() -> None:
    # 'Second read' over 'Now read this story and compare the two.' over a headline, a handle's credit or none, and
    # its text: the story is carried, the article ends above the heading.
    for credit in (["Written by HarbourWatch"], []):
        carried = [CARRIED[0], *credit, *CARRIED[2:]]
        result = extract_text(page("Second read", ["Now read this story and compare the two.", *carried]), "text/c.txt")
        assert "island ferry" not in result.article.body, credit
        assert [article.title for article in result.embedded] == [CARRIED[0]], credit


def test_a_readers_question_naming_a_report_presents_no_story() -> None:
    # A reader's comment asking about 'the original report?' over a list's heading: no note presenting a story.
    comment = ["Dana R.", "2 hours ago", "Good piece. Does anyone have a link to the original report?", "Reply"]
    lines = split_lines(page("Comments (2)", [*comment, "Picked for you", *CARRIED]))
    assert [lines[index].text for index in separator_walls(lines)] != ["Reply"]
    assert all(lines[index].text != comment[2] for index in separator_walls(lines))


def test_a_quoted_story_in_a_reply_is_carried() -> None:
    # a forum reply quoting another outlet's story in full: 'A said:' over its headline over its text
    carried = ["Coast Ledger wrote:", CARRIED[0], *CARRIED[2:]]
    result = extract_text(page("Worth reading next to this one:", carried), "text/q.txt")
    assert "island ferry" not in result.article.body
    assert [article.title for article in result.embedded] == [CARRIED[0]]


def test_a_speaker_over_a_quoted_paragraph_is_no_separator() -> None:
    # 'Mr Name said:' over a paragraph opens a quote in the article's own text
    lines = split_lines("\n".join([*ARTICLE, "The mayor said:", *CARRIED[2:]]))
    assert separator_walls(lines) == []

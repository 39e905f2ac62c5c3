"""The page speaking about itself between the paragraphs: UI prompts, notices, curators' credits (textdump/asides.py).

Every line here is invented; each kind has its positives and the story sentences of the same opening that stay.
"""

from __future__ import annotations

import pytest

from converter.textdump import asides, bodyline
from converter.textdump.captions import captions_over_credits
from converter.textdump.lines import split_lines
from tests.support import ORCHARD_STORY


@pytest.mark.parametrize(
    "text",
    [
        "Read the whole report at The Dunmore Ledger →",
        "Continue to the full article ›",
        "Scan the QR code to keep listening on your tablet",
        "Tap a sentence to move the player to it",
        "Tap to reveal the captions",
        "Video unavailable in this view. Tap to retry.",
        "Click here for the printable version",
        "Open the episode in your app",
        "Press OK to go on reading",
        "Swipe up for the next article",
        "Faster pages everywhere: get the Lumen reader for your browser",
        "Never miss a story: follow the feed in your app",
    ],
)
def test_ui_prompts(text: str) -> None:
    assert asides.is_ui_prompt(text)


@pytest.mark.parametrize(
    "text",
    [
        "Read the room",  # a subheading: no UI noun, glyph or second person
        "Listen to the experts",
        "Read the fine print before signing.",
        "Read more than one account of the meeting and you will find they disagree on the date.",
        "Listen, I know this is not what you wanted to hear",  # a discourse marker
        "Tap water in the valley is safe to drink",  # 'Tap' modifies a noun
        "Press freedom fell for a third year",
        "Watch Your Step on the Ice",  # a heading in title case
        "Open the windows and let the air in.",
        "She said to read the page twice.",  # no imperative opening
        "Tap this to launch the studio's dashboard.",  # a how-to's step: a sentence longer than a button's
        "Tap this to launch the",  # a how-to's step cut at a capital ('... the | Studio dashboard.')
        "Tap the tree in late winter, when the sap starts to run, and collect it in buckets for a week.",
        "Get the dough right: rest it overnight",  # a label's colon over a step of the story: no page's noun
        "The lesson: get the basics right first.",
    ],
)
def test_story_lines_that_open_alike_stay(text: str) -> None:
    assert not asides.is_ui_prompt(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("♫ Theme music ♫", True),
        ("[♪ upbeat music]", True),
        ("The band played until midnight and the hall sang along with every chorus of the old song they knew.", False),
    ],
)
def test_sound_cues(text: str, expected: bool) -> None:
    assert asides.is_sound_cue(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices from Oddmark. 18+ only. Gamble responsibly.", True),
        ("Terms apply, 19+", True),
        ("Scores updated at 21:15", False),
        ("C++ and Rust were the languages of the year", False),
        ("The club's U21+ side won 3-0", False),  # part of a word
    ],
)
def test_age_notices(text: str, expected: bool) -> None:
    assert asides.is_age_notice(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republished with permission of the author", True),
        ("Used with kind permission", True),
        ("The mayor gave permission for the march to go ahead on Sunday.", False),
        ("Originally published on The Tallow Review.", False),  # a provenance line the truths keep
    ],
)
def test_permission_notices(text: str, expected: bool) -> None:
    assert asides.is_permission_notice(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selected by Ada Brennholt, weekend editor", True),
        ("Curated by Joss Amari for the Alumni Office", True),
        ("Narrated by Pell Osgood", True),
        ("Produced by Rin Calder · Mixed by Tomas Vey", True),
        ("Written by Ada Brennholt", False),  # the writer's credit is the byline's
        ("Reported by Joss Amari", False),
        ("Photo by Ada Brennholt", False),  # a picture's credit: the caption rules judge it
        ("Selected by the committee in March, the design was built in a year.", False),  # a sentence
        ("Picked by hand, the grapes are pressed the same day", False),  # no name after 'by'
        # A participle's credit going on to the place the piece was put (a reader's board, a shelf): a curator's.
        ("Stacked by Ada Brennholt in Rainy Day Shelf", True),
        ("Tucked by Joss Amari into #longreads", True),
        ("Reported by Ada Brennholt in Lisbon", False),  # a writer's verb, then a dateline
        ("Posted by Joss Amari in Gardening", False),  # a blog's byline over its category
        ("Stacked by Ada Brennholt", False),  # no place: an unknown verb alone credits no one here
        # The name may be a handle, as readers who pick and place pieces are shown.
        ("Selected by @ada_b", True),
        ("Stacked by @ada_b into Rainy Day Shelf", True),
        ("Posted by @joss in Gardening", False),  # a writer's verb: the post's author
        ("Stacked by @ada_b", False),
    ],
)
def test_curator_credits(text: str, expected: bool) -> None:
    assert asides.is_curator_credit(text) is expected


def test_body_line_decision_drops_asides_between_paragraphs() -> None:
    paragraphs = [
        "The harbour board met on Tuesday to decide the fate of the old ferry pier, closed since the storm.",
        "Members said repairs would cost more than a new pier, and the vote was put off until spring.",
        "Residents who use the pier for fishing said they would keep coming until the fences went up.",
    ]
    text = "\n".join(
        [
            "Curated by Joss Amari",
            paragraphs[0],
            "Read the full piece at The Dunmore Ledger →",
            paragraphs[1],
            "♪ Music ♪",
            "Read the room",
            paragraphs[2],
        ]
    )
    lines = split_lines(text)
    dropped = bodyline.dropped(lines, 0, len(lines) - 1, list(range(len(lines))), frozenset())
    assert {lines[index].text for index in dropped} >= {
        "Curated by Joss Amari",
        "Read the full piece at The Dunmore Ledger →",
        "♪ Music ♪",
    }
    assert not {lines[index].text for index in dropped} & {*paragraphs, "Read the room"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saved copy: mirror link in the comments", True),
        ("Reader edition · text from the linked page", True),
        ("Go into the Settings app on your phone", False),  # a how-to's step: no label, no separator
        ("Note: the link is in the comments.", False),  # a sentence
        ("Schools: the link between sleep and marks", False),  # one UI noun
    ],
)
def test_notes_about_the_page(text: str, expected: bool) -> None:
    assert asides.is_about_machinery(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42 readers saved this passage", True),
        ("1.2k people found this useful", True),
        ("12 people were hurt in this week's storms", False),  # the count's verb does not take 'this'
        ("40 readers wrote in after the last column.", False),  # a sentence
        ("Three readers found this useful", False),  # no figure
    ],
)
def test_reader_counters(text: str, expected: bool) -> None:
    assert asides.is_reader_counter(text) is expected


def _drop(texts: list[str]) -> set[str]:
    """The lines the body-line decision drops, given the furniture rules' flags as the extractor gives them."""
    lines = split_lines("\n".join(texts))
    furniture = [line.is_furniture for line in lines]
    consider = [index for index in range(len(lines)) if not furniture[index]]
    dropped = bodyline.dropped(lines, 0, len(lines) - 1, consider, frozenset(), furniture=furniture)
    return {lines[index].text for index in dropped}


def test_comments_framed_in_repeated_blocks_go() -> None:
    story = [
        "The harbour board met on Tuesday to decide the fate of the old ferry pier, closed since the storm.",
        "Members said repairs would cost more than a new pier, and the vote was put off until spring.",
    ]
    comments = ["Finally someone wrote this up properly.", "My uncle fished off that pier for forty years."]
    texts = [
        *story,
        "u/kelp_rider · 3h",
        comments[0],
        "▲ 41 ▼",
        "Reply",
        "u/marrow · 1d",
        comments[1],
        "▲ 7 ▼",
        "Reply",
    ]
    gone = _drop(texts)
    assert set(comments) <= gone
    assert not gone & set(story)
    # One block alone is no repeated block: its comment is judged as any line.
    assert comments[0] not in _drop(texts[:6])


def test_a_paragraph_between_captions_of_one_shape_stays() -> None:
    paragraphs = ["The pier opened in 1911.", "It closed after the storm."]
    texts = [
        "Photo: Ada Brennholt / Dunmore Ledger",
        paragraphs[0],
        "Photo: Joss Amari / Dunmore Ledger",
        paragraphs[1],
        "Photo: Pell Osgood / Dunmore Ledger",
    ]
    lines = split_lines("\n".join(texts))
    framed = asides.framed_in_blocks(lines, [1, 3], {0, 2, 4})
    assert framed == set()


def test_a_short_sentence_over_its_credit_is_the_pictures_caption() -> None:
    texts = [
        "The harbour board met on Tuesday to decide the fate of the old ferry pier, closed since the storm.",
        "Anglers on the pier at dawn last summer.",
        "Credit: Dunmore Ledger archive",
        "Members said repairs would cost more than a new pier, and the vote was put off until spring.",
    ]
    lines = split_lines("\n".join(texts))
    assert captions_over_credits(lines, [0, 1, 3]) == {1}


def test_a_line_over_a_credit_standing_apart_stays() -> None:
    # A blank line between: the credit is a picture's between the paragraphs, the line above the story's.
    lines = split_lines(
        "The pier opened in 1911 and closed after the storm.\n\nPhoto: Ada Brennholt / Dunmore Ledger\n"
    )
    assert captions_over_credits(lines, [0]) == set()
    # A fragment or a list's label over a credit is no caption either.
    lines = split_lines("Contents:\nPhoto: Ada Brennholt\n")
    assert captions_over_credits(lines, [0]) == set()


def test_a_poll_question_over_buttons_without_words() -> None:
    lines = split_lines(
        "\n".join(
            [
                "Was this page worth your time?",
                "★",
                "☆",
                "Did the council keep its promise?",
                "It did not: the road is still closed, and the repairs will take until spring.",
                "Should the town pay?",
                "👍",
                "Yes",
                "What now? 👍",
                "👎",
                "✓",
            ]
        )
    )
    assert [asides.is_poll_question(lines, line.index) for line in lines] == [
        True,
        *[False] * 10,
    ]
    assert asides.ui_asides(lines, range(len(lines))) == {0}


def test_a_notice_of_the_site_about_its_page() -> None:
    notice = "Every story in this feed comes from its publisher; Quaymark only adds the reading list to the page."
    assert asides.is_site_notice(notice, "Quaymark")
    assert not asides.is_site_notice(notice, None)  # (no site known: nothing to name)
    assert not asides.is_site_notice(notice, "Harbour")
    # the story naming the site: no nouns of the page's machinery, or too long for a notice
    assert not asides.is_site_notice("Quaymark, the reading app, raised money from two funds on Monday.", "Quaymark")
    long = "Quaymark said the page and the article " + "were both changed after the launch in March " * 3 + "."
    assert not asides.is_site_notice(long, "Quaymark")
    lines = split_lines("\n".join(["Ferry fares rise", notice, *ORCHARD_STORY[:3]]))
    assert bodyline.dropped(lines, 1, 4, [1, 2, 3, 4], frozenset(), site="Quaymark") == {1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("📢 Share your tips with the canteen team", True),  # a call after a symbol
        ("⭐ Read the first chapter in your app", True),
        ("✨ The pier reopened on Monday after the repairs.", False),  # the story's sentence after a symbol
        ("“Read the room,” she said.", False),  # a quote mark is the story's
    ],
)
def test_a_line_opening_with_a_symbol_is_judged_without_it(text: str, expected: bool) -> None:
    assert asides.is_aside(split_lines(text)[0]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visit website", True),
        ("Open source ↗", True),
        ("View on page", True),
        ("Show original paragraph", True),
        ("Listen to music", False),  # no noun of the page: a subheading of the story
        ("Visit the website today.", False),  # a sentence
        ("Read Full Website Review Here", False),  # five words: longer than a button
    ],
)
def test_buttons(text: str, expected: bool) -> None:
    assert asides.is_button(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facilities notice: the east lifts are out of service until Thursday.", True),
        ("Reminder: expense forms are due on the last Friday.", True),
        ("Notice: car park closed", True),
        ("HR reminder: badges must be worn on site.", True),
        ("The notice: tenants must leave by March.", False),  # a determiner: the story's noun
        ("Update: the council has since voted again.", False),  # an update is the story's
        ("A reminder of the flood: the river rose four metres in one night.", False),  # a long label
    ],
)
def test_labelled_notices(text: str, expected: bool) -> None:
    assert asides.is_labelled_notice(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saved to Gardening", True),
        ("Added to Weekend reads", True),
        ("Shared in Housing", True),
        ("Moved to Bristol in 1990", False),  # a life's step: no reader's verb of filing
        ("Saved to the cloud", False),  # a folder's name is capitalised
        ("Posted to Facebook", False),  # no verb of filing
    ],
)
def test_filed_notes(text: str, expected: bool) -> None:
    assert asides.is_filed_note(text) is expected


def test_a_short_call_or_offer_under_an_ad_label_goes() -> None:
    story = ORCHARD_STORY[:2]
    for copy in ("Try the premium kettle and save on every brew.", "Every lamp this week at 25% off."):
        lines = split_lines("\n".join([story[0], "Sponsored", copy, story[1]]))
        assert asides.ui_asides(lines, range(len(lines))) == {2}, copy
    # The story's own sentences under a label: they tell, or run longer, or stand under no label.
    for kept in (
        "The council met on Monday to decide the fate of the pier.",
        "Take the north road, growers said, and the hollows show where the frost settles in the valley.",
    ):
        lines = split_lines("\n".join([story[0], "Advertisement", kept, story[1]]))
        assert asides.ui_asides(lines, range(len(lines))) == set(), kept
    lines = split_lines("\n".join([story[0], "Try the premium kettle and save on every brew.", story[1]]))
    assert asides.ui_asides(lines, range(len(lines))) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lumen Plus: listen ad-free", True),
        ("Offline mode: read anywhere", True),
        ("Lesson one: read the label before you buy.", False),  # a sentence
        ("The council chair said: read the report", False),  # a longer label: a quote's speaker
        ("Weather: rain all day", False),  # no reader's verb
    ],
)
def test_a_short_call_after_a_label(text: str, expected: bool) -> None:
    assert asides.is_label_call(text) is expected


def test_a_long_caption_over_names_split_by_a_slash() -> None:
    # Names split by a slash credit a picture whatever its caption's length; a label may close a paragraph
    # quoting its source, so a long sentence over one stays.
    caption = (
        "The old ferry leaves the harbour for the last time on a grey morning in March, watched by the crews of the"
        " fishing boats moored along the stone pier."
    )
    lines = split_lines("\n".join([caption, "Ada Brennholt / Dunmore Ledger"]))
    assert captions_over_credits(lines, [0]) == {0}
    lines = split_lines("\n".join([caption, "Credit: Dunmore Ledger archive"]))
    assert captions_over_credits(lines, [0]) == set()


def test_a_readers_verb_then_its_gerund_is_a_button() -> None:
    assert asides.is_button("Keep scrolling") and asides.is_button("Continue watching")
    # (a noun first, a heading's words: no verb addressing the reader)
    assert not asides.is_button("Winter reading") and not asides.is_button("Keep sailing")


def test_an_ads_headline_in_one_block_with_its_label_is_ad_copy() -> None:
    story = ORCHARD_STORY[0]
    lines = split_lines(f"{story}\n\nAdvertisement\nWarm boots for every pier\n\n{story}")
    assert asides.is_ad_copy(lines, 2)
    # Set apart from its label, or running on under it with no blank line: the story's own line.
    lines = split_lines(f"{story}\n\nAdvertisement\n\nWarm boots for every pier\n\n{story}")
    assert not asides.is_ad_copy(lines, 2)
    lines = split_lines(f"{story}\n\nAdvertisement\nWarm boots for every pier\n{story}")
    assert not asides.is_ad_copy(lines, 2)


def test_an_ads_label_and_its_copy_on_one_line() -> None:
    [line] = split_lines("Sponsored · Warm boots for every pier")
    assert asides.is_labelled_ad(line)
    [chip] = split_lines("Coast Ledger · 3 hours ago")
    assert not asides.is_labelled_ad(chip)
    # Its copy may ask the reader a question; a notice's sentence ends with a full stop.
    [question] = split_lines("Sponsored · Cold feet on the pier?")
    assert asides.is_labelled_ad(question)


@pytest.mark.parametrize("label", ["___", "2/3"])
def test_a_subheading_hugging_a_rule_or_a_counter_is_no_ad_copy(label: str) -> None:
    story = ORCHARD_STORY[0]
    for heading in ("THE PIER IN NUMBERS", "The pier in numbers"):
        lines = split_lines(f"{story}\n\n{label}\n{heading}\n\n{story}")
        assert not asides.is_ad_copy(lines, 2)
    lines = split_lines(f"{story}\n\nAdvertisement\nTHE PIER IN NUMBERS\n\n{story}")
    assert not asides.is_ad_copy(lines, 2)


def test_an_advertisers_pitch_to_the_reader_in_one_block_with_its_label_is_ad_copy() -> None:
    """A sentence or two longer than an ad's line, hugging its label, a blank line under it: a pitch when it speaks to
    the reader or calls them; a story's paragraph there tells of its world (or is not in one block with the label)."""
    pitches = [
        "Brought to you by Fennel Crate: fresh herbs from growers near you, boxed the morning they are cut.",
        "Lantern Mutual: fixed rates on home loans for first-time buyers, no arrangement fee. Get a quote today.",
    ]
    for pitch in pitches:
        lines = split_lines(f"{ORCHARD_STORY[0]}\n\nPROMOTED\n{pitch}\n\n{ORCHARD_STORY[1]}")
        assert asides.is_ad_copy(lines, 2), pitch
    story = ORCHARD_STORY[0]
    told = "The growers' association said the fans had saved most of the blossom on the farms that had them."
    assert not asides.is_ad_copy(split_lines(f"{story}\n\nPROMOTED\n{told}\n\n{ORCHARD_STORY[1]}"), 2)
    # (set apart from its label by a blank line: the story resumed under an ad's slot)
    assert not asides.is_ad_copy(split_lines(f"{story}\n\nPROMOTED\n\n{pitches[0]}\n\n{ORCHARD_STORY[1]}"), 2)


def test_a_notice_that_software_wrote_the_summary_heading_the_story_leaves_it() -> None:
    from converter.textdump.extract import extract_text

    box = [
        "Main points (machine-generated)",
        "• The council and the growers agree the fans work on still nights.",
        "• The neighbours want hours set for the noise.",
        "These points were compiled by software from the reports below. Found a mistake? Write to us.",
    ]
    head = ["Valley orchard growers turn to frost fans", "By Marit Solberg"]
    result = extract_text("\n".join([*head, *box, *ORCHARD_STORY]), "text/m.txt")
    assert "points" not in result.article.body and "•" not in result.article.body
    assert "Orchard growers along the valley" in result.article.body
    # a notice alone in another wording, over the first paragraph
    notice = "Assembled automatically from 40 outlets and produced without an editor; check them before sharing."
    result = extract_text("\n".join([*head, notice, *ORCHARD_STORY]), "text/n.txt")
    assert "automatically" not in result.article.body
    # a story's own sentence about software, below its first paragraph, stays
    about = "The growers' new forecasts are written by software that reads the valley's weather stations."
    story = [ORCHARD_STORY[0], about, *ORCHARD_STORY[1:]]
    result = extract_text("\n".join([*head, *story]), "text/o.txt")
    assert about in result.article.body


def test_machine_notices_by_their_words() -> None:
    lines = split_lines(
        "Summary (auto-generated)\n"
        "This overview was produced by a machine and may hold errors.\n"
        "Growers say the software produced better forecasts\n"
        "The fans were made by machine shops in the valley.\n"
    )
    assert [asides.is_machine_notice(line) for line in lines] == [True, True, False, False]

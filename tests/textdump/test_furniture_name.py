"""The site's name when only its own furniture speaks of it: no masthead, no notice, no app prompt of the usual
words, but two short lines naming it among words in lower case ("How Sitename scores outlets", "Get the weekly
Sitename digest"), or a prompt at the top opening with it and a footer's column headed by it.

Invented pages; and what is no site's name: a place at the end of a headline or a note, a name of two words, a
title quoted twice, a month, an article's subject, two commands opening with the same verb.
"""

from __future__ import annotations

from converter.textdump.lines import split_lines
from converter.textdump.masthead import furniture_name
from converter.textdump.metadata import find_site_name
from converter.textdump.page import read_page
from converter.textdump.repeated import normalize_line

TEXT = [
    "Orchard growers along the valley have installed tall fans between the rows this winter, betting that "
    "moving the air on still nights will keep a late frost off the blossom.",
    "The fans pull warmer air down from a few metres up on nights when cold settles in the hollows.",
    "Each fan costs about as much as a small tractor, and the cooperative has asked the council to share it.",
    "Neighbours have complained about the noise, which carries across the river to the village.",
]
HEADLINE = "Valley orchard growers turn to frost fans"
MENU = ["Top stories", "Near you", "Saved"]


def _site(top: list[str], footer: list[str]) -> str | None:
    return find_site_name(split_lines("\n".join([*top, HEADLINE, *TEXT, *footer])))


def test_two_short_lines_naming_it_among_lower_case_words() -> None:
    footer = ["What Corvina checks in an outlet", "Coverage list", "Join the weekly Corvina digest"]
    assert _site(MENU, footer) == "Corvina"
    # A possessive is the name too.
    footer = ["How Corvina's panel scores outlets", "Privacy", "Join the weekly Corvina digest"]
    assert _site(MENU, footer) == "Corvina"


def test_a_prompt_opening_with_it_at_the_top_and_a_footers_column_headed_by_it() -> None:
    top = ["Tamsel reads better on your phone", "Open", "Not now", *MENU]
    assert _site(top, ["Tamsel", "About", "Jobs", "Privacy"]) == "Tamsel"
    # The prompt alone, named nowhere else: no name.
    assert _site(top, ["About", "Jobs", "Privacy"]) is None


def test_a_line_speaking_of_it_and_its_company_line() -> None:
    footer = ["Methods", "See how Brisklane weighs each outlet", "Contact", "Brisklane Media LLC"]
    assert _site(MENU, footer) == "Brisklane"


def test_places_two_word_names_titles_months_and_commands_are_no_sites_name() -> None:
    # A place at a line's end ("... to Harwick"), twice.
    assert _site(MENU, ["Note: send to Harwick", "• send to Harwick"]) is None
    # One word of a longer name ("Eastgate Courier · 3h ago"), a field ("Age: 21, Senior").
    assert _site(MENU, ["Eastgate Courier · 3h ago", "Eastgate Courier · 5h ago"]) is None
    assert _site(MENU, ["Age: 21, Senior", "Age: 22, Senior rower"]) is None
    # A headline shown twice is one line; a title quoted by another line goes on alike after the name.
    assert _site(MENU, ["Why the Marlow plan fell apart", "Why the Marlow plan fell apart"]) is None
    assert _site(["Ravel like a river", *MENU], ["comments on Ravel like a river"]) is None
    # A month; two commands opening with the same verb.
    assert _site(MENU, ["Archive for the March issue", "Back to the March archive"]) is None
    assert _site(["Skip to the menu", "Skip to the text", *MENU], []) is None


def test_an_articles_subject_is_no_sites_name() -> None:
    """The name the article's paragraphs speak of comes back in its related headlines, short ones too."""
    text = [line + " Pellmark said so." for line in TEXT]
    lines = split_lines(
        "\n".join([*MENU, HEADLINE, *text, "Why the Pellmark deal stalled again", "How the Pellmark board voted"])
    )
    assert furniture_name(lines, frozenset()) is None


def _folder_site(top: list[str], footer: list[str], repeated: list[str]) -> str | None:
    """The site's name of a page read with the lines its folder shows on many pages."""
    text = "\n".join([*top, HEADLINE, *TEXT, *footer])
    return read_page(text, frozenset(normalize_line(line) for line in repeated), None).site


def test_lines_the_folder_repeats_naming_it_last_or_before_its_paid_tier() -> None:
    footer = ["Why editors cite Quennick", "Methods", "Contact"]
    middle = ["See both sides with Quennick Premium."]
    assert _folder_site([*MENU, *middle], footer, [*footer, *middle]) == "Quennick"
    # A place past the word after the name ("... team in Harwick"), the other line naming it inside.
    footer = ["How Quennick weighs outlets", "Built by the Quennick crew in Harwick"]
    assert _folder_site(MENU, footer, footer) == "Quennick"
    # The same lines on this page alone, the folder showing them on no other: no name.
    assert _folder_site([*MENU, *middle], ["Why editors cite Quennick", "Methods"], []) is None


def test_a_platforms_name_after_its_preposition_or_one_line_is_no_sites_name() -> None:
    footer = ["Follow us daily on Chirpwell", "Share this story with Chirpwell"]
    assert _folder_site(MENU, footer, footer) is None
    footer = ["Why editors cite Quennick", "Methods"]
    assert _folder_site(MENU, footer, footer) is None


def test_the_page_telling_the_reader_where_they_are_names_it_once() -> None:
    # An app prompt of another verb ("open in", "read it in"), a line saying what the reader is reading.
    assert _site(["Open in the Brannock app", *MENU], []) == "Brannock"
    assert _site(MENU, ["Read it in the Brannock app"]) == "Brannock"
    assert _site(["You're reading Brannock.", *MENU], []) == "Brannock"
    # Reading a story of someone's, an app with no name: none.
    assert _site(["You're reading a story from the valley", "Open in app", *MENU], []) is None


def test_a_line_selling_its_paid_tier_with_a_verb_or_named_again() -> None:
    assert _site(["Try Brannock Premium", *MENU], []) == "Brannock"
    assert _site([*MENU, "Brannock Plus"], ["About Brannock", "Privacy"]) == "Brannock"
    # A tier's name alone, the page naming it nowhere else (a topic's tag), or a word it writes in lower case: none.
    assert _site([*MENU, "Brannock Plus"], ["Privacy"]) is None
    assert _site(["Try Valley Premium", *MENU], []) is None


def test_its_possessive_and_a_line_speaking_of_it() -> None:
    footer = ["Brannock's picks", "Privacy", "More from the Brannock desk"]
    assert _site(MENU, footer) == "Brannock"
    # The possessive alone: none.
    assert _site(MENU, ["Brannock's picks", "Privacy"]) is None


def test_a_prompt_opening_with_it_at_the_top_and_its_about_link() -> None:
    assert _site(["Brannock weighs 31 outlets", *MENU], ["About Brannock", "Privacy"]) == "Brannock"
    # The link alone: none.
    assert _site(MENU, ["About Brannock", "Privacy"]) is None


def test_a_buttons_words_or_a_headlines_place_are_no_prompts_name() -> None:
    # A button in title case ("Download Our Free Reader App"); a headline: "... Like You're on Brannock".
    assert _site(["Download Our Free Reader App", *MENU], []) is None
    assert _site(MENU, ["Photos That Make You Feel Like You're on Brannock"]) is None


def test_a_command_after_an_icon_names_no_site() -> None:
    """ "✓ Mark as read" opens with its verb, the icon no word: with "Mark all as read", the folder's buttons on
    every page, it names no site "Mark"."""
    buttons = ["Mark all as read", "Refresh"]
    assert _folder_site([*MENU, *buttons], ["✓ Mark as read", "Keep unread"], [*buttons, "✓ Mark as read"]) is None

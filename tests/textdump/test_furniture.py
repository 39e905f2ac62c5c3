"""converter.textdump.furniture: the fast path (lower-cased text, clue words) agrees with the patterns."""

from __future__ import annotations

import re

import pytest

from converter.textdump import furniture
from converter.textdump.furniture import is_furniture

# One line per alternative of the promo pattern (what a page really prints).
PROMO_SAMPLES = [
    "Get it on the App Store",
    "Available on Play-Store",
    "Get it on Google Play",
    "Download our app",
    "Get the app",
    "Install the app",
    "Subscription options",
    "Our newsletter",
    "Sign in",
    "Login now",
    "Create an account",
    "Unlimited access",
    "Start your free trial",
    "Free for 30 days",
    "Already a subscriber?",
    "Become a member",
    "We use cookies",
    "Privacy Policy",
    "Terms of Use",
    "All rights reserved",
    "© Acme",
    "(c) 2019 Acme",
    "Copyright Acme",
    "No comments",
    "Leave a reply",
    "Be the first to know",
    "Join the conversation",
    "Comments are closed",
    "Error in retrieving data",
    "Something went wrong",
    "Please enable JavaScript",
    "Enable JS",
    "Update your browser",
    "Share this story",
    "Follow us on X",
    "Like us on Facebook",
    "Click here",
    "Tap here to see",
    "Skip Ad",
    "Advertisement feature",
    "Image 3 of 12",
    "1 of 12 photos",
    "3 / 12",
    "Getty Images",
    "Shutterstock",
    "iStock",
    "Photo credit: Jane Doe",
    "A crowd (Photo: Jane Doe)",
    "Jane Doe / AP",
    "AP Photo",
]
LONG_SAMPLES = [
    "This website uses cookies to improve your experience.",
    "By continuing to use this site you agree.",
    "You consent to the use of them.",
    "Opt-out if you wish.",
    "© 2019 Acme.",
    "All right reserved.",
    "Copyright 2019 Acme Corp.",
    "(c) 2019 Acme",
    "Todos os direitos reservados.",
    "Sign up to get our daily newsletter.",
    "Unsubscribe at any time.",
    "No spam, ever.",
    "The mayor speaks. (AP Photo/Jane Doe)",
    "A crowd in Paris (Image credit: NASA)  ",
]


@pytest.mark.parametrize("text", PROMO_SAMPLES)
def test_promo_samples_hold_a_clue(text: str) -> None:
    lower = text.lower()
    assert furniture._FOLDED[furniture._PROMO].search(lower)
    assert any(clue in lower for clue in furniture._PROMO_CLUES)


@pytest.mark.parametrize("text", LONG_SAMPLES)
def test_notice_samples_hold_a_clue(text: str) -> None:
    lower = text.lower()
    assert furniture._LONG_KINDS.search(lower)
    assert furniture.may_be_notice(lower)


@pytest.mark.parametrize(
    "text",
    [
        "5 min read",
        "3 minutes read",
        "Reading time",
        "Read time: 4",
        "Tempo de leitura",
        "Lesezeit",
        "Tempo di lettura",
        "2 Minuten Lesezeit",
        "4 minutos de leitura",
        "7 mins",
        "12 min.",
    ],
)
def test_reading_time_samples_hold_a_clue(text: str) -> None:
    lower = text.lower()
    assert furniture._FOLDED[furniture._READING_TIME].search(lower)
    assert any(clue in lower for clue in furniture._READING_TIME_CLUES)


@pytest.mark.parametrize("text", ["7 mins", "12 min", "3 mins."])
def test_a_bare_abbreviated_duration_is_furniture(text: str) -> None:
    # A read time under a byline with no "read": no sentence of a story is a bare "N mins".
    assert furniture.is_furniture(text, len(text.split()))


@pytest.mark.parametrize("text", ["90 Minutes", "The walk takes 7 mins.", "Stir for 12 mins, then rest the dough."])
def test_a_duration_in_a_sentence_or_a_name_is_no_read_time(text: str) -> None:
    assert not furniture.is_furniture(text, len(text.split()))


def test_folded_patterns_hold_no_capital_letter() -> None:
    # A capital in a pattern run on lower-cased text would never match.
    for pattern in [furniture._LONG_KINDS, *furniture._FOLDED.values()]:
        assert not re.search(r"(?<!\\)[A-Z]", pattern.pattern), pattern.pattern


@pytest.mark.parametrize("text", [*PROMO_SAMPLES, *LONG_SAMPLES, "The mayor said the vote would wait.", "Home"])
def test_fast_and_slow_paths_agree(text: str) -> None:
    words = len(text.split())
    assert is_furniture(text, words) == furniture._is_furniture_slow(text, words)


def test_case_traps_take_the_slow_path() -> None:
    # re.IGNORECASE reads the dotless ı as an i; str.lower() keeps it: "SIGN ın" is a sign-in prompt.
    assert is_furniture("Sıgn in", 2)


@pytest.mark.parametrize(
    "text", ["Menu", "SHOW MORE...", "Skip to main content", "12 comments:", "No comments yet", "Sem comentários", "X…"]
)
def test_short_ui_lines_by_set_and_by_pattern(text: str) -> None:
    assert furniture._is_short_ui(text.lower()) and furniture._SHORT_UI.match(text)


@pytest.mark.parametrize("text", ["Menus", "More of the same", "comments 12", "Skip to the content", "Top 10"])
def test_lines_that_only_start_like_ui_are_not_short_ui(text: str) -> None:
    assert not furniture._is_short_ui(text.lower()) and not furniture._SHORT_UI.match(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Story continues below", True),
        ("Article continues after this advert", True),
        ("Ad · Content continues below", True),
        ("STORY CONTINUES", True),
        ("Her story continues to inspire the harbour's fishermen to this day.", False),
        ("The text continues the council's argument over two pages of figures and maps.", False),
    ],
)
def test_a_marker_where_an_ad_breaks_the_story_is_furniture(text: str, expected: bool) -> None:
    assert is_furniture(text, len(text.split())) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 free reads left this week", True),
        ("You have 1 more free piece remaining", True),
        ("3 of 5 free essays", True),
        ("Only 40 free seats were left when the harbour festival's ticket office closed on Friday.", False),
        ("The council gave 12 free passes to the ferry's night crew.", False),
    ],
)
def test_a_paywalls_count_of_free_items_left(text: str, expected: bool) -> None:
    assert furniture.is_free_count(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "(https://news.example.org/s/ferry-timetable-changes)",
        "Click to expand...",
        "Sponsored: today's show comes to you with help from a bakery. Use code BREAD at checkout.",
        "Advertisement — try the paper for a month!",
    ],
)
def test_address_lines_folds_and_sponsor_lines_are_furniture(text: str) -> None:
    assert is_furniture(text, len(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "Sponsored by the council, the fair drew crowds.",
        "See https://example.org for the full list",
        "https://shop.example.com/item-7",
    ],
)
def test_an_address_or_a_sponsor_inside_a_sentence_is_no_furniture(text: str) -> None:
    assert not is_furniture(text, len(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "Continued on Page D4",
        "Continued from A1",
        "HARBOUR ›› From Page C2",
        "See LIGHTHOUSE, Page 7",
        "Turn to page 14",
    ],
)
def test_a_printed_storys_jump_lines_are_furniture(text: str) -> None:
    assert is_furniture(text, len(text.split()))


@pytest.mark.parametrize(
    "text",
    ["The ferry continued to 12 ports", "Read from page 3 onwards", "Page 2", "The vote continued on Tuesday"],
)
def test_a_jump_like_sentence_is_no_furniture(text: str) -> None:
    assert not is_furniture(text, len(text.split()))

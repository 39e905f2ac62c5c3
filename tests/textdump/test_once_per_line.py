"""Line tests the decisions share, computed once a page: the same answers as the tests asked window by window."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable

import pytest

from converter.bylines import split_authors
from converter.dates import is_relative_date
from converter.textdump import bodyline, byline, listing, metadata, region, story_heads, title, walls
from converter.textdump.furniture import _CHIP, is_card_marker, is_time_stamp
from converter.textdump.lines import Line, make_line, title_case
from converter.textdump.prompts import _PRICE_PERIOD, SITE_WORDS, names_site, price_per_period
from converter.textdump.repeated import shapes

# Lines of the shapes the window tests tell apart: cards (headline, source chip, time), credits, dates, prose.
_TEXTS = [
    "• Outlet",
    "3 hours ago",
    "Outlet · 2 hrs ago",
    "Outlet | Section",
    "A Headline About the Things Here",
    "Another story of the day goes here",
    "Short.",
    "By Jane Doe",
    "Jane Doe",
    "Updated Nov 19, 2019",
    "March 3, 2021",
    "More stories",
    "Related",
    "x",
    "The council met on Tuesday and the budget was approved by a narrow vote of the members.",
    "Sign up for our newsletter",
    "Price: $4.99 a month",
    "It costs 5€ per month for you",
]
_STOPLIST = frozenset(["the", "a", "of", "and", "on", "by", "was", "for", "our"])


def _pages(count: int, seed: int = 7) -> list[list[Line]]:
    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        size = rng.randint(0, 14)
        pages.append([make_line(index, rng.choice(_TEXTS), _STOPLIST) for index in range(size)])
    return pages


def test_cards_below_every_line_as_the_window_test_tells() -> None:
    for lines in _pages(2000):
        assert walls._cards_below(lines) == [
            walls._card_below(lines[index + 1 : index + 5]) for index in range(len(lines))
        ]


def test_listing_neighbours_counted_as_six_tests_count_them() -> None:
    for lines in _pages(500):
        for index in range(len(lines)):
            values = listing.features(lines, index, -1, Counter(), False)
            around = [*lines[max(0, index - 3) : index], *lines[index + 1 : index + 4]]
            assert values["titles_around"] == sum(listing._title_shaped(other) for other in around) / 6
            assert values["markers_around"] == sum(listing._marker(other) for other in around) / 6


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Replace module.name by a wrapper recording each call's first argument (texts, or lines' texts)."""
    calls: list[str] = []
    original: Callable[..., object] = getattr(module, name)

    def counted(*args: object) -> object:
        first = args[0]
        calls.append(first.text if isinstance(first, Line) else str(first))
        return original(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_listing_asks_each_line_its_title_shape_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, listing, "_title_shaped")
    lines = [make_line(index, text, _STOPLIST) for index, text in enumerate(_TEXTS)]
    for index in range(len(lines)):
        listing.features(lines, index, -1, Counter(), False)
    assert len(calls) == len(lines)


def _reference_credit_distance(lines: list[Line], index: int) -> int | None:
    for offset, other in enumerate(lines[index + 1 : index + 5], start=1):
        credit = metadata.is_byline(other.text) or metadata.is_date_line(other) or is_time_stamp(other.text)
        if credit or other.is_relative_time:
            return offset
        if lines[index].words >= 5 and metadata.is_name_line(other.text):
            return offset
    return None


def test_credit_distance_as_asked_line_by_line() -> None:
    for lines in _pages(500):
        for index in range(len(lines)):
            assert metadata.credit_distance(lines, index) == _reference_credit_distance(lines, index)


def test_credit_test_asked_once_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting(monkeypatch, metadata, "is_byline")
    texts = ["A Headline About the Things Here", "Another story of the day goes here"] * 4
    lines = [make_line(index, text, _STOPLIST) for index, text in enumerate(texts)]
    for index in range(len(lines)):
        metadata.credit_distance(lines, index)
    assert len(calls) == len(lines) - 1  # every line but the first is below a candidate


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "one",
        " ".join(["word"] * 16),
        " ".join(["word"] * 17),
        " ".join(["word"] * 40),
        "  " + " ".join(["word"] * 16),
        " ".join(["word"] * 16) + " ",
        "  ".join(["word"] * 9),
        "\t".join(["word"] * 20),
        "\xa0".join(["word"] * 20),
        " ".join(["word"] * 15) + "\u2028word",
    ],
)
def test_words_counted_from_spaces_as_split_counts_them(text: str) -> None:
    assert metadata._more_words_than(text, 16) == (len(text.split()) > 16)


def _reference_nav_like(line: Line) -> bool:
    if line.is_prose or line.sentence_end or region._is_list_item(line.text) or region._is_url(line.text):
        return False
    if region._CONTENT_MARK.search(line.text) and line.words <= 12:
        return False
    if title_case(line.text):
        return True
    return not (line.words >= 3 and line.stop_ratio >= 0.3)


def test_nav_test_as_with_the_case_asked_first() -> None:
    for lines in _pages(300):
        for line in lines:
            assert region.is_nav_like(line) == _reference_nav_like(line), line.text


def test_shape_in_folder_as_with_every_shape_made() -> None:
    lines = [make_line(index, text, _STOPLIST) for index, text in enumerate(_TEXTS)]
    folders = [
        frozenset(),
        frozenset({"more stories", "related"}),
        frozenset({"more stories", "#start another story of the"}),
        frozenset({"#digits updated nov 0 0"}),
    ]
    for repeated in folders:
        for index, line in enumerate(lines):
            values = bodyline.features(lines, index, 0, len(lines) - 1, False, repeated)
            expected = bool(repeated) and any(key in repeated for key in shapes(line.normalized))
            assert values["shape_in_folder"] == float(expected), (repeated, line.text)


def test_marker_and_price_tests_as_their_generators_tell() -> None:
    for text in [*_TEXTS, "€ 5", "¥100 a year", "£1/mo", "Outlet • 2 hrs ago"]:
        line = make_line(0, text, _STOPLIST)
        separators = any(mark in text for mark in (" · ", " • ", " | "))
        assert line.is_marker == (line.words <= 10 and (is_card_marker(text) or separators)), text
        currency = any(mark in text for mark in "$€£¥")
        assert price_per_period(text) == (currency and bool(_PRICE_PERIOD.search(text))), text


def test_body_line_neighbours_counted_as_four_tests_count_them() -> None:
    for lines in _pages(500):
        for first in range(len(lines)):
            for last in range(first, len(lines)):
                for index in range(first, last + 1):
                    values = bodyline.features(lines, index, first, last, False)
                    around = bodyline._around(lines, index, first, last)
                    assert values["prompt_near"] == float(any(other.is_prompt_like for other in around))
                    short = sum(other.words <= 8 and not other.sentence_end for other in around) / 4
                    assert values["short_around"] == short


@pytest.mark.parametrize("site", ["Outlet", "The Daily Planet", "x"])
def test_site_named_in_the_opening_words_of_a_long_line(site: str) -> None:
    texts = [*_TEXTS, "Also on The Daily Planet: " + "word " * 300, "word " * 7 + "Outlet " + "more " * 50]
    for text in texts:
        opening = " ".join(text.split()[:SITE_WORDS]).lower()
        expected = (
            len(site) >= 3
            and site.lower() in opening
            and re.search(rf"(?<!\w){re.escape(site.lower())}(?!\w)", opening)
        )
        assert names_site(text, site) == bool(expected), text


def test_card_marker_counts_words_as_split_counts_them() -> None:
    for count in range(12):
        for text in ("3 hours ago " + "word " * count, "• Outlet" + "\t word" * count, "• " + "x  " * count):
            expected = len(text.split()) <= 8 and bool(_CHIP.match(text) or is_relative_date(text))
            assert is_card_marker(text) == expected, text


def test_headline_candidates_of_a_narrower_window_are_the_nearest_of_the_wider() -> None:
    for lines in _pages(200):
        site = metadata.find_site_name(lines)
        for start in range(len(lines) + 2):
            near = title.candidates(lines, start, 10, site=site)
            assert near == [index for index in title.candidates(lines, start, site=site) if index >= start - 10]


def test_credit_kept_on_the_line_as_asked_of_its_text() -> None:
    texts = [*_TEXTS, "Story by Ann Lee", "Written by Associated Press", "BY ANN LEE", "Story by Ann"]
    lines = [make_line(index, text, _STOPLIST) for index, text in enumerate(texts)]
    for _ in range(2):  # (asked again: the kept answer)
        for line in lines:
            assert story_heads.line_credit(line) == story_heads.credit_line(line.text), line.text
    assert [line.text for line in lines if story_heads.line_credit(line)][:2] == ["By Jane Doe", "Story by Ann Lee"]


def test_headline_and_menu_neighbours_counted_as_four_tests_count_them() -> None:
    for lines in _pages(500):
        for index in range(len(lines)):
            around = [*lines[max(0, index - 2) : index], *lines[index + 1 : index + 3]]
            alike = sum(1 for line in around if 3 <= line.words <= 20 and not line.sentence_end and not line.is_prose)
            short = sum(1 for line in around if line.words <= 4 and not line.sentence_end and not line.is_prose)
            assert title._alike_neighbours(lines, index) == alike / 4
            assert byline._menu_context(lines, index) == short / 4


def test_entry_score_asked_once_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        _TEXTS[14],
        "A Headline About the Things Here",
        "• Outlet",
        "Another story of the day goes here",
        "3 hours ago",
    ]
    lines = [make_line(index, text, _STOPLIST) for index, text in enumerate(texts)]
    expected = (
        [listing.refuses(lines, 0, text, frozenset()) for text in texts[1:]],
        listing.find_cards(lines, 0, frozenset()),
    )
    lines = [make_line(index, text, _STOPLIST) for index, text in enumerate(texts)]  # (a new page: nothing kept)
    calls: list[int] = []
    original = listing.features

    def counted(lines: list[Line], index: int, *rest: object) -> dict[str, float]:
        calls.append(index)
        return original(lines, index, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(listing, "features", counted)
    refused = [listing.refuses(lines, 0, text, frozenset()) for text in texts[1:]]
    assert (refused, listing.find_cards(lines, 0, frozenset())) == expected
    assert sorted(calls) == sorted(set(calls)) and len(calls) == len(texts) - 1


def _reference_is_byline(text: str) -> bool:
    if len(text.split()) > 16 or not text:
        return False
    if metadata.BY.match(text):
        return bool(split_authors(text))
    if (metadata._ROLE_HINT.search(text) and "," in text) or ("|" in text and metadata._ROLE_HINT.search(text)):
        return bool(split_authors(text)) and len(text.split()) <= 10
    return False


def test_credit_line_test_with_the_separators_asked_first() -> None:
    texts = [*_TEXTS, "Tom Krisher, AP Auto Writer", "Staff writer | Jane Doe", "Reporter Jane Doe", "Jane, the editor"]
    for text in texts:
        assert metadata.is_byline.__wrapped__(text) == _reference_is_byline(text), text

"""Dates a text dump's header garbles: glued to the word before, a two-digit year before a time."""

import pytest

from converter.dates import find_date, find_loose_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A byline's name ran into the month (the dump lost the space between two elements).
        ("By Mira CastellanoMar 4, 2022", "2022-03-04"),
        ("Words: Tobias WrenSept. 30, 2021 7:15 am", "2021-09-30"),
        # A one-letter initial before a title-case month.
        ("By Lou PJan. 9, 2020", "2020-01-09"),
        # An upper-case section label ran into an upper-case month.
        ("WEATHERAPR 2, 2024 6:00 PM", "2024-04-02"),
        # A date shown twice, its year running into the second day.
        ("Posted 14 Jun 202114 Jun 2021", "2021-06-14"),
        # A US date with a two-digit year, a time right after it.
        ("Pat Olsen | 07/04/21 8:05pm", "2021-07-04"),
    ],
)
def test_garbled_header_dates(text: str, expected: str) -> None:
    assert find_date(text) is None  # the strict search leaves them, as every feature sees them
    assert find_loose_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Grammar 5, 2023 edition",  # a lower-case tail that spells a month is part of the word
        "Summary 3, 2019",
        "see table 3/4/21 below",  # a two-digit year without a time after it
        "score 10/12/19 at",
        "Chapter 12",
    ],
)
def test_words_that_only_look_glued(text: str) -> None:
    assert find_loose_date(text) is None


def test_plain_dates_unchanged() -> None:
    assert find_loose_date("Updated 1:39 am EST, Wednesday, November 20, 2019") == "2019-11-20"
    assert find_loose_date("May 12, 2018") == find_date("May 12, 2018")


def test_a_dotted_date_with_a_short_year_alone_on_its_line_is_day_first() -> None:
    assert find_loose_date("09.05.24") == "2024-05-09"
    assert find_loose_date(" 30.11.23 ") == "2023-11-30"
    # Not inside a sentence or a version number, not an impossible day.
    assert find_loose_date("Version 2.10.23 is out") is None
    assert find_loose_date("31.02.24") is None

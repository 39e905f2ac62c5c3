"""Free-text dates → ISO 8601."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.dates import _find_date, find_date, is_relative_date, is_relative_date_in, parse_date
from converter.textkey import words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nov. 19, 2019", "2019-11-19"),
        ("November 19, 2019", "2019-11-19"),
        ("Nov 19 2019", "2019-11-19"),
        ("19 November 2019", "2019-11-19"),
        ("19. November 2019", "2019-11-19"),
        ("19 de novembro de 2019", "2019-11-19"),
        ("2019-11-19", "2019-11-19"),
        ("2019-11-19T10:00:00Z", "2019-11-19T10:00:00Z"),
        ("2019-11-19T10:00:00+01:00", "2019-11-19T10:00:00+01:00"),
        ("2019-11-19 10:00", "2019-11-19"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20"),
        ("11/19/2019", "2019-11-19"),
        ("19/11/2019", "2019-11-19"),
        ("19.11.2019", "2019-11-19"),
        ("2019/11/19", "2019-11-19"),
        ("March 3rd, 2021", "2021-03-03"),
        ("Sept. 5, 2018", "2018-09-05"),
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["12 minutes ago", "time12 minutes ago", "yesterday", "", "February 30, 2019", "Chapter 11", "2019"]
)
def test_no_absolute_date(text: str) -> None:
    assert parse_date(text) is None


def test_find_date_in_longer_line() -> None:
    assert find_date("By Tom Krisher, AP Auto Writer | Published 10:02 am, Tuesday, November 19, 2019") == "2019-11-19"


def test_find_date_takes_the_first() -> None:
    assert find_date("Published March 1, 2020. Updated March 5, 2020") == "2020-03-01"


def test_relative() -> None:
    assert is_relative_date("time12 minutes ago") and not is_relative_date("Nov. 19, 2019")


def test_year_glued_to_time() -> None:
    assert find_date("PUBLISHED WED, NOV 20 20194:29 AM EST") == "2019-11-20"


# The year clue ("19" or "20") rules lines out before any date pattern runs: it must never refuse a
# text the patterns would read, whatever surrounds the date.
@given(
    st.text(alphabet="0123456789 /.-:,TZ+novNOVdeDe\n", max_size=40),
    st.sampled_from(["Nov 19, 2019", "3 March 1999", "2001/2/3", "12.11.2020", "2020-01-02", "", "19 20"]),
)
@settings(max_examples=300, deadline=None)
def test_year_clue_refuses_nothing_the_patterns_read(noise: str, date_text: str) -> None:
    for text in (noise, noise + " " + date_text, date_text + noise):
        assert find_date(text) == _find_date(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "2 hours",
                "ago",
                "AGO",
                "Chicago",
                "favor",
                "vor 3",
                "há 2",
                "HÁ 5",
                "just now",
                "just, now",
                "today",
                "Today's",
                "yesterday",
                "minutes ago",
                "İ",
                "ı",
                "x",
                ".",
                " ",
                "-",
            ]
        ),
        max_size=6,
    ).map(" ".join)
)
@settings(max_examples=300, deadline=None)
def test_relative_date_from_words_agrees_with_the_search(text: str) -> None:
    assert is_relative_date_in(text, words(text)) == is_relative_date(text)


def test_dotted_dates_are_day_first_even_when_both_numbers_could_be_months() -> None:
    assert find_date("04.09.2021, 08:15") == "2021-09-04"
    assert find_date("09.30.2021") == "2021-09-30"  # the second number cannot be a month
    assert find_date("04/09/2021") == "2021-04-09"  # slashes stay month first


def test_a_later_iso_stamp_does_not_outrank_the_first_date_of_the_line() -> None:
    assert find_date("Published 3 May 2021 · Updated 2021-05-06T10:00:00Z") == "2021-05-03"
    assert find_date("Aug 2, 2019, 9:00 PM (updated 2019-08-03)") == "2019-08-02"
    # an ISO stamp of the same day keeps its time and offset
    assert find_date("May 3, 2021 2021-05-03T10:00:00Z") == "2021-05-03T10:00:00Z"
    assert find_date("2021-05-03T10:00:00Z, updated May 4, 2021") == "2021-05-03T10:00:00Z"


def test_a_weekday_on_the_line_settles_an_ambiguous_numeric_date() -> None:
    # 9 April 2021 was a Friday, 4 September 2021 a Saturday
    assert find_date("Friday, 04.09.2021") == "2021-04-09"
    assert find_date("Saturday, 04.09.2021") == "2021-09-04"
    assert find_date("Sat 09/04/2021") == "2021-09-04"  # month first with slashes, and the weekday agrees
    assert find_date("Thursday, 04.09.2021") == "2021-09-04"  # no reading is a Thursday: the dots' day first


def test_words_that_read_as_weekday_abbreviations_are_no_weekday() -> None:
    # 4 November 2012 was a Sunday, 11 April 2012 a Wednesday: the slashes' month first unless a weekday says
    assert find_date("Sun, 04/11/2012") == "2012-11-04"
    assert find_date("The Sun 04/11/2012") == "2012-04-11"  # a newspaper's name
    assert find_date("Wed, 11/04/2012") == "2012-04-11"
    assert find_date("WED. 11/04/2012") == "2012-04-11"
    assert find_date("They wed on 11/04/2012") == "2012-11-04"  # a verb
    assert find_date("sat 11/04/2012") == "2012-11-04"

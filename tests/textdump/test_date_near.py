"""The article's date: read from the credit block under the headline, not from the body."""

from converter.textdump.lines import Line, split_lines
from converter.textdump.metadata import find_date_near

_STANDFIRST = "A short summary of what the piece argues, written as one full sentence for the reader."
_PROSE = (
    "The council met again on Tuesday evening and voted to keep the old library open for another year, "
    "after a long debate about its roof and the cost of heating it through the winter months."
)


def _lines(*texts: str) -> list[Line]:
    return split_lines("\n".join(texts))


def test_date_at_the_end_of_a_long_credit_block() -> None:
    # headline (0), standfirst (1), then "By", the name, a label and the date: past the usual window.
    lines = _lines("The Library Stays Open", _STANDFIRST, "By", "Rosa Lindqvist", "staff page", "April 3, 2021", _PROSE)
    assert find_date_near(lines, 0 - 3, 1 + 3) == ("2021-04-03", 5)


def test_credit_block_ends_at_prose() -> None:
    # A date below the first paragraph is the body's, not the article's.
    lines = _lines("The Library Stays Open", _STANDFIRST, "By", "Rosa Lindqvist", _PROSE, "April 3, 2021")
    assert find_date_near(lines, 0 - 3, 1 + 3) == (None, None)


def test_glued_byline_date_in_the_window() -> None:
    lines = _lines("The Library Stays Open", "By Rosa LindqvistApr 3, 2021", _PROSE)
    assert find_date_near(lines, 0, 2) == ("2021-04-03", 1)


def test_a_teasers_sentence_above_the_headline_does_not_date_the_article() -> None:
    teaser = "The harbour board opened the rebuilt stone pier to boats on March 9, 2021, after two winters of work."
    lines = _lines("Ferry news", teaser, "The Library Stays Open", "by Rosa Lindqvist · posted 4 days ago", _PROSE)
    assert find_date_near(lines, 2 - 3, 4 + 3, 2) == (None, None)
    # a date line above the headline still dates it
    lines = _lines("Ferry news", "March 9, 2021", "The Library Stays Open", "by Rosa Lindqvist", _PROSE)
    assert find_date_near(lines, 2 - 3, 4 + 3, 2) == ("2021-03-09", 1)


def test_a_slashed_date_is_read_day_first_on_a_page_writing_a_day_past_twelve_first() -> None:
    from converter.textdump.metadata import day_first

    top = ("The Library Stays Open", "Posted 04/11/2023 6:30 PM", _PROSE)
    # alone, the page's slashed date reads month first (April 11th) and stays so
    lines = _lines(*top, "Reading group: 09/12/2023 at 7:00 PM")
    assert find_date_near(lines, 0, 3) == ("2023-04-11", 1)
    assert day_first(lines, "2023-04-11", 1) == "2023-04-11"
    # another slashed date of the page opens with a day past 12: the page writes its dates day first (4 November)
    lines = _lines(*top, "Reading group: 23/11/2023 at 19:00")
    assert day_first(lines, "2023-04-11", 1) == "2023-11-04"
    assert day_first(lines, None, None) is None


def test_a_slashed_date_told_with_a_24_hour_clock_is_read_day_first() -> None:
    """Where clocks run to 24 ("18:30", "07:05"), days come first: 04/11/2023 is the 4th of November. An hour a
    12-hour clock writes too ("10:30") or an a.m./p.m. leaves the month first."""
    from converter.textdump.metadata import day_first

    for stamp, expected in (
        ("Posted 04/11/2023 18:30", "2023-11-04"),
        ("04/11/2023, 07:05", "2023-11-04"),
        ("04/11/2023 · at 21:10", "2023-11-04"),
        ("04/11/2023 10:30", "2023-04-11"),
        ("04/11/2023 09:30 p.m.", "2023-04-11"),
        ("Posted 04/11/2023", "2023-04-11"),
    ):
        lines = _lines("The Library Stays Open", stamp, _PROSE)
        assert day_first(lines, "2023-04-11", 1) == expected, stamp

"""A carried story's head: its source and credit lines (an outlet and a time, a host, "From" an outlet, a credit).

Lines invented here, each asked alone: the separators' tests (test_separators.py) ask them over whole pages.
"""

from __future__ import annotations

from converter.textdump.lines import split_lines
from converter.textdump.story_heads import by_credit_names, credit_line, headed, outlet_timed, source_line, text_follows


def test_source_lines() -> None:
    lines = split_lines("Coast Ledger · 3h\ncoastledger.com\nBY ANNA KOVAC\nby wavewatcher\nWinter hours\n")
    assert [source_line(line) for line in lines] == [True, True, True, False, False]


def test_from_an_outlet_is_a_source_line() -> None:
    lines = split_lines(
        "From The Coast Ledger\nvia Harbour Weekly\nFrom the start.\nFrom here on we walk\nFrom Monday\n"
    )
    # "From Monday" reads as an outlet's name by its shape: only a headline above and a story below make it one
    assert [source_line(line) for line in lines] == [True, True, False, False, True]


def test_the_names_of_a_credit_under_a_by_label() -> None:
    assert by_credit_names("Written by Harbour Wire Service") == "Harbour Wire Service"
    assert by_credit_names("Story by HarbourWatch") == "HarbourWatch"
    assert by_credit_names("Edited by Ann Lee") is None  # (an editor's label: no writer's credit)
    assert by_credit_names("Words: Ann Lee") is None  # (no label ending in "by")
    assert by_credit_names("Written by Ann Lee in Harbour town to mark the day") is None  # (words read after them)


def test_an_agency_credit_is_a_credit_line() -> None:
    assert credit_line("Written by Harbour Wire Service")
    assert credit_line("By The Coast Ledger")
    assert not credit_line("Written by Reuters")  # (one word: a handle's shape)
    assert not credit_line("Written by the harbour staff")
    assert not credit_line("Edited by Harbour Wire Service")


STANDFIRST = "Ferry crews waited two winters for the second boat"
PARAGRAPHS = [
    "The island ferry will run four crossings a day instead of six from November, the operator said, because "
    "fewer passengers travel in the winter.",
    "The first morning crossing keeps its time so that pupils reach the school on the mainland, but the late "
    "evening boat will leave half an hour earlier.",
    "The operator said it would look again at the timetable in the spring, once the second boat is back from the "
    "yard and the crews have had their training on it.",
]


def test_a_storys_text_crosses_an_ad_label_under_its_standfirst() -> None:
    # a standfirst with no stop (no paragraph by its shape), then an ad's label, then the paragraphs
    lines = split_lines("\n".join([STANDFIRST, "Advertisement", *PARAGRAPHS]))
    assert text_follows(lines, 0)
    # two lines that are no furniture before the first paragraph: a list's title over another line
    lines = split_lines("\n".join([STANDFIRST, "Harbour fees rise for the summer", *PARAGRAPHS]))
    assert not text_follows(lines, 0)


# A headline as long as a sentence, without its stop: it reads as prose by its words alone.
LONG_HEADLINE = "Ferry crossings to the island will be cut from six a day to four as the winter timetable starts early"


def test_a_long_headline_heads_a_story_over_an_outlets_name() -> None:
    # over the outlet's name and the story's time or length, or over "From" and the outlet's name
    for source in ["Coast Ledger · 12 min", "The Harbour Weekly · 6d", "From The Coast Ledger"]:
        lines = split_lines("\n".join([LONG_HEADLINE, source, *PARAGRAPHS]))
        assert lines[0].is_prose
        assert headed(lines, 0), source
    # not over a reader's handle and time, a count with a figure, nor a section and its time
    for other in ["wavewatcher · 3h", "12 likes · 4 comments", "Coast Ledger · Opinion", "coast ledger · 5h"]:
        lines = split_lines("\n".join([LONG_HEADLINE, other, *PARAGRAPHS]))
        assert not headed(lines, 0), other
        assert not outlet_timed(lines[1]), other

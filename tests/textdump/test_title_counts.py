"""A line counting something under the headline ("Covered by 12 papers" reads as a counter) is no headline."""

from converter.textdump import title
from converter.textdump.lines import split_lines
from tests.support import LIGHTHOUSE_HEADLINE, LIGHTHOUSE_STORY

HEADLINE = LIGHTHOUSE_HEADLINE
BODY, MORE = LIGHTHOUSE_STORY[:2]


def _title(*top: str) -> str | None:
    lines = split_lines("\n".join(["Front page", "Regions", *top, "Posted 3 March 2024", BODY, MORE]))
    body_start = len(top) + 3
    index = title.find_title(lines, body_start)
    return lines[index].text if index is not None else None


def test_a_count_under_the_headline_is_no_headline() -> None:
    for count in ("Picked up by 212 newsrooms", "Carried in 37 papers", "4,120 readers", "Echoed across 9+ feeds"):
        assert _title(HEADLINE, count) == HEADLINE, count


def test_count_line_shape() -> None:
    lines = split_lines("\n".join([HEADLINE, "Carried in 37 papers", "Weather", "Floods shut 40 schools"]))
    assert title._count_under_headline(lines, 1)
    assert not title._count_under_headline(lines, 3)  # a short headline under a shorter kicker
    lines = split_lines("\n".join([HEADLINE, "Carried in 37 Papers", HEADLINE, "The 37 papers said so today"]))
    assert not title._count_under_headline(lines, 1)  # a capitalised word counted: a title's case
    assert not title._count_under_headline(lines, 3)  # longer than a counter


def test_a_row_of_counts_under_a_long_headline_is_no_headline() -> None:
    long_headline = (
        "Harbour town votes to keep its last wooden lighthouse standing after a century of storms, "
        "and the keepers who ran it come home"
    )
    assert _title(long_headline, "North 12 · Middle 4 · South 30") == long_headline
    assert title._count_row("Likes: 40 | Shares: 7")
    assert title._count_row("18% east • 60% west")
    assert not title._count_row("Storm 2 · The Return")  # a title and its sequel's
    assert not title._count_row("Lighthouse keepers · 12")


def test_a_count_opening_a_line_under_the_headline_is_no_headline() -> None:
    # The count first, then what it counts and says in lower case: a counter too.
    for count in ("212 newsrooms carry this story", "37 papers are following it", "9 sources"):
        assert _title(HEADLINE, count) == HEADLINE, count
    lines = split_lines("\n".join(["Weather", "5 ways to keep frost off", HEADLINE, "40 Papers Carry It Today"]))
    assert not title._count_under_headline(lines, 1)  # a short headline under a shorter kicker
    assert not title._count_under_headline(lines, 3)  # its words capitalised: a title's case
    nav = "« Older: Harbour lights at dusk | Home | Newer: Six keepers remember the storm of 1953 »"
    lines = split_lines("\n".join([nav, "8 great talks on lighthouses and the sea", BODY]))
    assert not title._count_under_headline(lines, 1)  # a headline counting its items: no counter below it


def test_a_stamp_under_the_headline_is_no_headline() -> None:
    # A long headline (over twenty words) loses to no line that only says when the story came out.
    long_headline = (
        "Harbour town votes to keep its last wooden lighthouse standing after a century of winter storms, "
        "and the keepers who ran it for forty years come home to watch"
    )
    for stamp in ("First seen 5 days ago", "Refreshed 3 minutes ago"):
        assert _title(long_headline, stamp) == long_headline, stamp
    assert title._stamp(split_lines("Seen first 2 hours ago")[0])
    assert not title._stamp(split_lines("Update on the harbour search expected today")[0])

"""Shapes of a photo's caption or credit kept between the paragraphs (textdump/captions.caption_shape, and the rule
bodyline.caption_lines that drops them).

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

import pytest

from converter.textdump import bodyline
from converter.textdump.captions import caption_shape, ends_on_credit, is_picture_credit
from converter.textdump.lines import Line, split_lines


def _line(text: str) -> Line:
    return split_lines(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # A credit glued after the caption's sentence, with no space or as names after a space.
        "Two fishers mend their nets on the quay before the storm.Dana Reyes/Harbour Gazette",
        "The old ferry leaves the island for the last time.Lantern",
        "The mayor walks the flooded pier with two engineers. Dana Reyes / Lantern Wire",
        "Crews clear the harbour road after the storm.DANA REYES/HARBOUR GAZETTE",
        # A credit phrase at the line's end.
        "Photo by Dana Reyes on Lantern",
        "Volunteers fill sandbags by the school. (Photo by Dana Reyes/Lantern Images)",
        "The new quay at night. Photographs courtesy of Lantern Wire",
        "A plan of the harbour wall. Image: Tomas Berg",
        "PHOTOGRAPHY BY TOMAS BERG",
        "COURTESY OF THE HARBOUR MUSEUM",
        # The people placed in the picture.
        "The mayor, left, and the harbour master walk the new quay in May.",
        "(L-R): Dana Reyes, Tomas Berg and Ana Holm at the launch.",
        # An agency caption opening on a dateline in capitals.
        "HARBOUR TOWN, NORTH ISLE - MAY 03: Fishers land the first catch of the season at the quay.",
        # A wire caption closing on the picture's day, set off by commas, weekday first.
        "Fishers mend their nets on the quay in North Isle, Tuesday, Mar. 5, 2024.",
        "A crane lifts the broken span from the water, Friday, June 14, 2024. (Dana Reyes/Lantern)",
        # A credit on a line of its own.
        "(Lantern Photo/Dana Reyes)",
        "LANTERN WIRE//AGENCY IMAGES",
    ],
)
def test_a_caption_or_credit_shape(text: str) -> None:
    assert caption_shape(_line(text))


@pytest.mark.parametrize(
    "text",
    [
        # The article's sentences.
        "The council met on Tuesday to vote on the new fares.",
        "The council will vote on the new fares on Tuesday, Mar. 5, 2024.",  # an event's day, with "on"
        "Fishers say the later sailing matters most to them. The council will decide in May.",
        "“We stayed,” she says of the winter the bridge closed.",
        # A line broken inside a sentence: the next sentence's first words after the stop.
        "the islanders who share the boat can be turned to the other routes they like. A",
        "- The ferry pass (to be sold later in the year). The Harbour Pass is",
        # An initial, a numbered list, an ellipsis, a labelled source, a subheading glued to a paragraph.
        "By Dana E. Reyes",
        "1. Harbour Queen, 2. North Star",
        "The boats came home one by one as the light went... Slowly",
        "The nets are mended by hand in the old sheds. Source: Harbour Museum",
        "The last ferry left the quay at dawn and did not come back. WHAT COMES NEXT",
        # Picture words in a sentence, not a credit.
        "She posted a photo of the new ferry and thanked the crew.",
        '"Thank you all! Photos by @harbourlight," the mayor wrote under the post.',
        "It is about the whole picture: a plan that serves every islander on the route.",
        "See more photos:",
        "Not pictured: the crew's dog, who slept through the whole launch.",
        "The fish stew was another favourite, pictured below.",  # the writer's own words about a photo
        "Eggs are a good source of choline, which matters for memory.5",  # a footnote's number, no credit
        # Places split by slashes in mixed case: a heading as often as a credit.
        "Harbour/Bridge/Quay, North Isle",
        # A credit of the 'Name/Outlet' shape: the feature credit_line weighs it, not this one.
        "Dana Reyes/Harbour Gazette",
    ],
)
def test_no_caption_shape(text: str) -> None:
    assert not caption_shape(_line(text))


def test_a_glued_credit_needs_names_after_the_stop() -> None:
    assert ends_on_credit("The quay at dawn, before the boats go out.Dana Reyes")
    assert not ends_on_credit("The quay at dawn, before the boats go out.")  # no credit
    assert not ends_on_credit("The quay at dawn. before the boats go out")  # the sentence goes on


def test_a_credit_line_alone_is_short() -> None:
    assert is_picture_credit(_line("(Photo by Dana Reyes)"))
    assert not is_picture_credit(_line("(Photo by Dana Reyes for the Harbour Gazette on the north quay of the isle)"))


def test_a_caption_between_paragraphs_is_dropped_and_the_story_kept() -> None:
    story = [
        "The island's ferry has run twice a day since the war, and the council says it will go on running.",
        "Fares will rise by a tenth in spring, the first rise in six years, to pay for a new engine.",
        "The harbour master, left, and two engineers inspect the new engine on the quay in March.",
        "Fishers on the quay say the later sailing matters most to them, for the morning catch.",
        "The council will meet again in May to set the winter timetable with the ferry's crew.",
        "Two deckhands coil the ropes on the old ferry before its last crossing.Dana Reyes/Lantern",
    ]
    lines = split_lines("\n".join(story))
    consider = range(len(lines))
    assert bodyline.caption_lines(lines, consider) == {2, 5}
    assert bodyline.dropped(lines, 0, len(lines) - 1, consider, frozenset()) == {2, 5}

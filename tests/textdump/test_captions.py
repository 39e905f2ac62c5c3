"""A photo's caption ending on its credit, between paragraphs (textdump/captions.is_credited_caption and the rule
bodyline.credited_captions that drops it).

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

import pytest

from converter.textdump import bodyline
from converter.textdump.captions import is_credited_caption
from converter.textdump.lines import split_lines


@pytest.mark.parametrize(
    "text",
    [
        "Fishers mend their nets on the quay at dawn in March. (Dana Reyes / Harbour Gazette)",
        "The old ferry leaves the island for the last time on Sunday. (Dana Reyes/Harbour Gazette)",
        "Volunteers stack sandbags by the school before the storm. (Lantern Images)",
        "Volunteers fill sandbags by the school before the storm. (AP Photo/Dana Reyes)",
        "“We stayed,” she says of the winter the bridge closed. (Tomas Berg / Lantern Wire)",
        "The mayor walks the flooded pier with two engineers in April. Credit: Tomas Berg",
        "A plan of the new harbour wall. Photograph: Lantern Wire via Agency Images",
        "The new ferry Credit: Dana Reyes",  # after a label, no stop is needed before the credit
        # handed on to an agency: 'via' between the names
        "A seal rests on the breakwater in January. (Tomas Berg/Harbour Museum via Lantern Wire)",
    ],
)
def test_a_caption_ending_on_its_credit(text: str) -> None:
    assert is_credited_caption(text)


@pytest.mark.parametrize(
    "text",
    [
        # The article's own sentences with a parenthesis at the end.
        "The council met on Tuesday to vote on the new fares (and the ferry timetable).",
        "The fares will rise by a tenth next year, the council said. (Its vote was close.)",
        "Tickets are sold at the harbour office. (See the timetable below for the Winter Service Of The Port.)",
        "Shops on the quay (Reyes Bakery)",  # no sentence before the names
        "The ferry will sail on Sundays again, the council said. (Bookings via the harbour office.)",
        "(Harbour Gazette)",  # a list item: nothing before it
        "Short one. (Lantern Images)",  # too few words before the credit to be a caption
        # One word in the parentheses: a wire story's own paragraph closing on its agency, not a caption.
        "The council will vote on the new fares before the summer, its chair said. (AP)",
        "Credit: Dana Reyes",  # a credit line alone (captions.is_credit_line's shapes are another feature)
        "The photo credit: the reader who sent it in wins a prize.",  # lower-case after the label
        "The fund gave them credit: Tomas Berg and his crew of eleven boat builders from the north",  # too long
    ],
)
def test_no_caption(text: str) -> None:
    assert not is_credited_caption(text)


STORY = [
    "The island's ferry has run twice a day since the war, and the council says it will go on running.",
    "Fares will rise by a tenth in spring, the first rise in six years, to pay for a new engine.",
    "Fishers on the quay say the later sailing matters most to them, for the morning catch.",
    "The council will meet again in May to set the winter timetable with the ferry's crew.",
]


def test_the_credited_caption_between_paragraphs_is_dropped_and_the_story_kept() -> None:
    caption = "Fishers unload the morning catch on the quay in March. (Dana Reyes / Harbour Gazette)"
    lines = split_lines("\n".join([*STORY[:2], caption, *STORY[2:]]))
    last = len(lines) - 1
    dropped = bodyline.dropped(lines, 0, last, range(len(lines)), frozenset())
    assert [lines[index].text for index in dropped] == [caption]
    # The rule alone, whatever the model says: only the caption.
    assert bodyline.credited_captions(lines, range(len(lines))) == {2}

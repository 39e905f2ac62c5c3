"""Links to another story set between the paragraphs (textdump/furniture.is_lead_in_link, and the rule
bodyline.lead_in_links that drops them).

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

import pytest

from converter.textdump import bodyline
from converter.textdump.furniture import is_lead_in_link
from converter.textdump.lines import split_lines


@pytest.mark.parametrize(
    "text",
    [
        "Also: The harbour that outlived its ferry",
        "(\u200bMORE: Storm Closes the North Quay for a Week)",
        "(MORE: Storm closes the north quay for a week)",
        "Also Read- Island Fares: Who Pays for the New Engine",
        "See also: 12 quiet harbours worth the crossing",
        "ALSO: Fishers ask the council for a later sailing",
    ],
)
def test_a_link_to_another_story(text: str) -> None:
    assert is_lead_in_link(text)


@pytest.mark.parametrize(
    "text",
    [
        "Also: the council will vote in May on the new fares.",  # a sentence, in lower case and with its stop
        "Also: if you take the early boat, bring a coat",  # lower case after the colon
        "Also: Fishers ask for a later sailing.",  # ends as a sentence
        "Also: Ferry",  # too short for a title
        "Moreover: The council said it would decide in May",  # another word, not the lead-in
        "Also the fishers asked for a later sailing",  # no separator
        "More than 40 fishers signed the letter to the council",
    ],
)
def test_no_link(text: str) -> None:
    assert not is_lead_in_link(text)


def test_the_link_between_paragraphs_is_dropped_and_the_story_kept() -> None:
    story = [
        "The island's ferry has run twice a day since the war, and the council says it will go on running.",
        "Fares will rise by a tenth in spring, the first rise in six years, to pay for a new engine.",
        "Also: The harbour that outlived its ferry",
        "Fishers on the quay say the later sailing matters most to them, for the morning catch.",
    ]
    lines = split_lines("\n".join(story))
    consider = range(len(lines))
    assert bodyline.lead_in_links(lines, consider) == {2}
    assert 2 in bodyline.dropped(lines, 0, len(lines) - 1, consider, frozenset())
    assert not {0, 1, 3} & bodyline.dropped(lines, 0, len(lines) - 1, consider, frozenset())

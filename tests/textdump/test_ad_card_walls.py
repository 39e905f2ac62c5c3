"""An ad's label over its pitch, set between a list's items inside the article, is no card under a list heading
(textdump/walls.py). Pages invented here, in wordings of no corpus site or layout."""

from converter.textdump.lines import split_lines
from converter.textdump.walls import find_walls

INTRO = (
    "The new ferries are not all the same, whatever the timetable says, and each one that joined the fleet in the "
    "last five years brought something the older boats never had, as the crews will tell anyone who asks them."
)


def _page(label: str) -> list[str]:
    return [
        "Every ferry of the fleet, boat by boat",
        INTRO,
        "",
        "Deck features",
        "",
        "Covered seating on the upper deck",
        "Wider ramps for bicycles and prams",
        label,
        "Why harbour brokers hope you never see this fare calculator",
        "A heated lounge with a view over the bow",
        "Charging points at every second seat",
        INTRO,
    ]


def test_an_ad_between_list_items_makes_no_list_heading_of_the_line_above() -> None:
    lines = split_lines("\n".join(_page("Promoted · Ad")))
    assert find_walls(lines, set(), frozenset()) == set()

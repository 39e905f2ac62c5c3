"""An outlet's bare name under a carried story's headline sources the story when the folder shows the name on other
pages (textdump/story_heads.py, separators.py). Lines invented here, in wordings of no corpus site or layout."""

from converter.textdump.lines import split_lines
from converter.textdump.separators import separator_walls

PARAGRAPH = (
    "The harbour master spent forty winters on the quay, and on his last night the crews of every boat in the bay "
    "came in early to see him lock the office, hand over the keys and walk home along the sea wall one more time."
)
PAGE = [
    "Ferry fares rise for the winter as the company blames fuel",
    PARAGRAPH,
    PARAGRAPH.replace("forty", "thirty"),
    PARAGRAPH.replace("crews", "children"),
    "Saved to the Quay board",
    "Lighthouse keepers return to the point after a century away",
    "Bay Lantern Weekly",
    PARAGRAPH.replace("harbour", "lighthouse"),
    PARAGRAPH.replace("quay", "point"),
]
OUTLET = "bay lantern weekly"  # (the outlet's line, normalized as the folder survey keys it)


def _separators(repeated: frozenset[str]) -> list[int]:
    return separator_walls(split_lines("\n".join(PAGE)), repeated)


def test_an_outlet_the_folder_repeats_under_a_headline_opens_a_carried_story() -> None:
    assert _separators(frozenset({OUTLET})) == [4]


def test_a_name_shown_on_this_page_alone_under_a_short_line_opens_no_story() -> None:
    # (a product's or a place's name under a subheading in the story's own text reads the same)
    assert _separators(frozenset()) == []

"""A widget's call to the reader between a carried story's paragraphs opens no story of its own (textdump/related.py,
parse_cards). Lines invented here, in wordings of no corpus site or layout."""

from converter.textdump.lines import split_lines
from converter.textdump.related import parse_cards

PARAGRAPH = (
    "The harbour master spent forty winters on the quay, and on his last night the crews of every boat in the bay "
    "came in early to see him lock the office, hand over the keys and walk home along the sea wall one more time."
)


def test_a_call_to_tap_between_paragraphs_is_no_title_of_a_carried_story() -> None:
    zone = [
        "Harbour master retires after forty winters on the quay",
        "The Quay Post · 2h",
        PARAGRAPH,
        PARAGRAPH.replace("forty", "thirty"),
        "",
        "Swipe to see the gallery",
        "Photo: Ann Lee",
        "",
        PARAGRAPH.replace("winters", "summers"),
        PARAGRAPH.replace("crews", "children"),
    ]
    titles = [card.title for card in parse_cards(split_lines("\n".join(zone)))]
    assert "Swipe to see the gallery" not in titles
    assert titles[0] == "Harbour master retires after forty winters on the quay"

"""html.cleanup: a standfirst set as a heading above the text leaves the body; a paragraph set as one stays.

The fragments are written here: a story about a harbour, with its description (the page's meta
description) repeated above the text, once as a short standfirst and once as a whole lead paragraph.
"""

from __future__ import annotations

from converter.html.cleanup import clean_fragment

BODY = "".join(
    f"<p>Paragraph {n}: the fishermen, the shop owners and the ferry company all told the board that the pier "
    "was needed for the town's trade.</p>"
    for n in range(3)
)
STANDFIRST = "The board voted to rebuild the old pier before the summer season."
LEAD = (
    "Amid a crowd of fishermen, shop owners and ferry crews gathered outside the town hall on a cold Tuesday "
    "evening, the harbour board voted to rebuild the old pier before the summer season, ending a dispute that "
    "had split the town for three years and cost two board members their seats."
)


def test_a_short_heading_repeating_the_description_is_a_standfirst_and_leaves_the_body():
    cleaned = clean_fragment(f"<div><h2>{STANDFIRST}</h2>{BODY}</div>", "Pier to be rebuilt", [], None, STANDFIRST)
    assert "voted to rebuild" not in cleaned
    assert "Paragraph 2" in cleaned


def test_a_lead_paragraph_set_as_a_heading_stays_in_the_body():
    assert len(LEAD.split()) > 40
    cleaned = clean_fragment(f"<div><h2>{LEAD}</h2>{BODY}</div>", "Pier to be rebuilt", [], None, LEAD)
    assert "ending a dispute that had split the town" in cleaned

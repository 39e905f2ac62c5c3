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


MASTHEAD = (
    "<h3>The Harbourton Gazette</h3><ul><li><a href='/news'>Top stories</a></li><li><a href='/sport'>Sport</a></li>"
    "<li><a href='/photos'>Photo galleries</a></li></ul><p>Home &gt;&gt; News &gt;&gt;</p>"
)


def test_the_masthead_above_the_headline_leaves_with_the_headline():
    cleaned = clean_fragment(f"<div>{MASTHEAD}<h1>Pier to be rebuilt</h1>{BODY}</div>", "Pier to be rebuilt", [], None)
    assert "Harbourton Gazette" not in cleaned and "Photo galleries" not in cleaned and "Home" not in cleaned
    assert "Pier to be rebuilt" not in cleaned
    assert "Paragraph 0" in cleaned


def test_a_lead_above_a_headline_repeated_as_a_subheading_stays():
    # A short lead beside a long article: the prose, not its share of the words, shows the article has begun.
    lead, body = f"<p>{LEAD}</p>", BODY * 4
    cleaned = clean_fragment(f"<div>{lead}<h2>Pier to be rebuilt</h2>{body}</div>", "Pier to be rebuilt", [], None)
    assert "ending a dispute that had split the town" in cleaned


def test_a_masthead_longer_than_a_share_of_the_result_stays():
    # Above the headline, more words than the article below it: not a masthead but part of what was kept.
    menu = "<ul>" + "".join(f"<li><a href='/s{n}'>Section {n} of the paper</a></li>" for n in range(40)) + "</ul>"
    cleaned = clean_fragment(f"<div>{menu}<h1>Pier to be rebuilt</h1>{BODY}</div>", "Pier to be rebuilt", [], None)
    assert "Section 39 of the paper" in cleaned


def test_an_article_tool_strip_leaves_the_body():
    tools = (
        "<div>Font size:</div><ul><li><a href='#'>Increase font size</a></li><li><a href='#'>Decrease font size</a>"
        "</li></ul><p>Send this article: <a href='/p'>Print this article</a> | <a href='/e'>Email this article</a></p>"
        "<div>Printer Friendly Page</div><p>Text Size</p><div>envoyer l'article</div>"
    )
    cleaned = clean_fragment(f"<div>{BODY}{tools}{BODY}</div>", "Pier to be rebuilt", [], None)
    for label in ("Font size", "font size", "Print this", "Email this", "Printer Friendly", "Text Size", "envoyer"):
        assert label not in cleaned
    assert cleaned.count("Paragraph 2") == 2


def test_a_tools_word_in_a_sentence_or_a_longer_block_stays():
    sentence = "<p>He gave interviews on television, <a href='/o'>online</a> and in <a href='/p'>print</a>.</p>"
    ask = "<p>Print this article and share it with the board.</p>"
    cleaned = clean_fragment(f"<div>{BODY}{sentence}{ask}</div>", "Pier to be rebuilt", [], None)
    assert ">print</a>" in cleaned and "share it with the board" in cleaned


def test_widget_labels_of_a_post_leave_the_body():
    labels = (
        "<p>hide caption</p><div>toggle caption</div><p>Article continues below this ad</p>"
        "<div><a href='/next'>Next post</a>»</div><p>Add comment</p><div>Back to top</div>"
    )
    cleaned = clean_fragment(f"<div>{BODY}{labels}{BODY}</div>", "Pier to be rebuilt", [], None)
    for label in ("caption", "continues below", "Next post", "Add comment", "Back to top"):
        assert label not in cleaned
    assert cleaned.count("Paragraph 2") == 2

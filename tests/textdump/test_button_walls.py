"""A bare 'Comment' among a row of buttons ends the article as a list heading does, but heads no readers' comments
(textdump/page.py): the lists below it are read as the page's lists.

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

from converter.textdump.page import read_page

ARTICLE = [
    "Harbour Town ferry fares to rise in spring",
    "The harbour board voted on Tuesday to raise ferry fares by a fifth from April, the first rise in six years.",
    "Board members said the fuel bill had doubled since the last rise and the two boats needed new engines soon.",
]


def _kind(after: list[str], line: str) -> str | None:
    page = read_page("\n".join([*ARTICLE, *after]), frozenset(), None)
    return page.walls.get(next(item.index for item in page.lines if item.text == line))


def test_a_comment_button_between_other_buttons_heads_no_comments() -> None:
    assert _kind(["318 likes", "Like", "Comment", "Save", "Also worth a look"], "Comment") == "related"


def test_a_comments_heading_over_a_readers_name_heads_comments() -> None:
    after = ["Comments", "gullwatcher", "Forty a month is a lot for people who already pay the bridge toll twice."]
    assert _kind(after, "Comments") == "comments"
    assert _kind(["Share", "Comments", "gullwatcher", after[2]], "Comments") == "comments"

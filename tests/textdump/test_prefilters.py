"""The cheap tests that rule lines out before a rule's pattern runs: they may let through a line the
pattern refuses, never refuse one it matches (the output would change)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from converter.textdump import furniture, lines, metadata

UI_LINES = [
    "Share this story",
    "SHOW MORE",
    "Sign in to comment",
    "Log out",
    "Click here",
    "Watch live: the debate",
    "(Updated with a statement)",
    "(Reuters)",
    "Last Modified: 3 hours ago",
    "Published Nov 19, 2019",
    "Story posted at noon",
    "The page was UPDATED",
    "Sıgn in",  # a case trap: re.IGNORECASE reads ı as i, str.lower() does not
    "İnterview updated",
]
# Lines the old clue list let through to the search ("see" in "seen", "show" in "shows", a bracket inside).
NOT_UI_LINES = ["He was seen in the catalogue (twice)", "The show must go on", "A technology blog", "Chat logs"]


@pytest.mark.parametrize("text", [*UI_LINES, *NOT_UI_LINES])
def test_ui_clues_let_through_every_match(text: str) -> None:
    if metadata._NOT_A_HEADLINE.search(text):
        assert metadata._may_be_ui(text)


@pytest.mark.parametrize("text", NOT_UI_LINES)
def test_ui_clues_rule_out_words_inside_others(text: str) -> None:
    assert not metadata._may_be_ui(text)


_LINE_PARTS = st.sampled_from(
    ["Jane", "Doe", "de", "la", "Cruz", "@jdoe", "/", "|", "•", "·", "—", "–", "-", "2 hrs", "AP", "by", " ", "  "]
)


@given(st.lists(_LINE_PARTS, max_size=7).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_name_line_shortcut_agrees_with_the_cut(text: str) -> None:
    head = metadata._BYLINE_CUT.sub("", text).strip()
    expected = 2 <= len(head.split()) <= 4 and metadata.looks_like_name(head)
    assert metadata.is_name_line.__wrapped__(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor speaks. (AP Photo/Jane Doe)",
        "A crowd in Paris (Image credit: NASA)  ",
        "A long paragraph (with a bracket inside) that ends (Getty Images)",
    ],
)
def test_caption_credit_needs_no_clue_but_its_closing_bracket(text: str) -> None:
    lower = text.lower()
    assert furniture._LONG_KINDS.search(lower)
    assert furniture.may_be_notice(lower)


def test_a_bracket_inside_prose_no_longer_lets_the_search_through() -> None:
    assert not furniture.may_be_notice("the mayor (a former judge) spoke for an hour.")


@given(st.text(alphabet=st.sampled_from(["a", "B", " ", "\t", "\xa0", "\u2003", "\x1c", "\x85", "\u200b", "é", "."])))
@settings(max_examples=400, deadline=None)
def test_collapsed_line_is_split_and_joined(line: str) -> None:
    assert lines._collapsed(line) == " ".join(line.split())

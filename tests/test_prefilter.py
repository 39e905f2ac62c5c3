"""Quick tests in front of regular expressions (clue words, first characters) decide as the patterns do.

Each function with such a shortcut is compared with its pattern alone over every line of the saved
test pages, plus lines made to trip the shortcuts: case-folding traps, Unicode digits, empty text.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from converter import dates, markdown
from converter.prefilter import may_match
from converter.textdump import furniture, headings, metadata, region, related

AWKWARD = [
    "",
    " ",
    "x",
    "ſtayed yeſterday",
    "İstanbul today",
    "Sıgn in",
    "SHOW more",
    "Sho w",
    "Seen",
    "blog",
    "١٢. item",
    "٣) item",
    "² superscript",
    "(a) item",
    "( a ) note",
    "(Photo: AP)",
    "(",
    ")",
    "https://example.com/a",
    "HTTP://EXAMPLE.COM",
    "http:/x",
    "www.example.com",
    "Www.Example.com",
    "wwwx",
    "3) item",
    "123. item",
    "1234. item",
    "- item",
    "-item",
    "• item",
    "▪ x",
    "* star",
    "*star",
    "__init__",
    "*bold*",
    "[link](x)",
    "{: onclick=x}",
    "` code",
    "back\\slash",
    "# heading",
    "#tag",
    "+ plus",
    "1. one",
    "1.5 million",
    "12.",
    "=== ",
    "~~~",
    "| table",
    "  - indented",
    "Comments (3)",
    "— Related —",
    "_Related_",
    "Related:",
    "related",
    "More from The Guardian",
    "...",
    "Published 2019",
    "last MODIFIED today",
    "Updated: now",
    "UPDATED",
    "posted by",
    "Atualizado há 2 horas",
    "vor 3 Stunden",
    "HÁ 5 MINUTOS",
    "2 hours ago",
    "just now",
    "Just Now!",
    "ago",
    "agony",
    "Chicago",
    "A paragraph ends here. Heading here",
    "A paragraph ends here. heading",
    "Ends with colon:",
    "He said it was fine. 'Quoted'",
    "met Dr. Smith",
    "The U.S. Senate voted on the bill today. Next steps",
]


def _lines() -> list[str]:
    project = Path(__file__).parent.parent
    dumps = [*sorted((project / "tests" / "pages" / "text").glob("*.txt")), *sorted((project / "raw").rglob("*.txt"))]
    found = {line.strip() for path in dumps for line in path.read_text(encoding="utf-8").splitlines()}
    return AWKWARD + sorted(found - {""})


LINES = _lines()


def test_there_are_enough_lines_to_compare() -> None:
    assert len(LINES) > 1500


def test_may_match_leaves_case_traps_to_the_pattern() -> None:
    assert may_match("yeſterday", ("yesterday",)) and may_match("Sıgn", ("sign",))
    assert may_match("YESTERDAY", ("yesterday",)) and not may_match("tomorrow", ("yesterday",))


@pytest.mark.parametrize(
    ("shortcut", "pattern"),
    [
        (dates.is_relative_date, lambda text: bool(dates._RELATIVE.search(text))),
        (metadata.not_a_headline, lambda text: bool(metadata._NOT_A_HEADLINE.search(text))),
        (furniture.is_url, lambda text: bool(furniture._URL_LINE.match(text))),
        (furniture.is_time_stamp, lambda text: len(text.split()) <= 14 and bool(furniture._STAMP.match(text))),
        (region._is_list_item, lambda text: bool(region._LIST_ITEM.match(text))),
        (region._is_url, lambda text: bool(region._URL.match(text))),
    ],
    ids=["relative date", "not a headline", "url line", "time stamp", "list item", "url"],
)
def test_shortcut_decides_as_the_pattern(shortcut, pattern) -> None:
    assert [text for text in LINES if shortcut(text) != pattern(text)] == []
    assert any(pattern(text) for text in LINES)  # (the samples do reach the pattern)


def test_header_kind_trims_as_the_pattern() -> None:
    def by_pattern(text: str) -> str | None:
        text = related._HEADER_TRIM.sub("", text)
        if related._COMMENTS.fullmatch(text):
            return "comments"
        if related._RELATED.match(text):
            return "related"
        return "popular" if related._POPULAR.match(text) or related._AUTHOR_BOX.match(text) else None

    kinds = [related._header_kind.__wrapped__(text) for text in LINES]
    assert kinds == [by_pattern(text) for text in LINES]
    assert {"comments", "related", "popular"} <= set(kinds)


def test_run_in_heading_split_as_by_the_pattern_alone(monkeypatch) -> None:
    fast = [headings.split_run_in_heading(text) for text in LINES]
    monkeypatch.setattr(headings, "_HEADING_NEVER_ENDS", ())  # endswith(()) is never true
    assert fast == [headings.split_run_in_heading(text) for text in LINES]
    assert any(heading for _, heading in fast)


def test_markdown_escapes_as_the_patterns() -> None:
    def inline(text: str) -> str:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return markdown._INLINE_SPECIAL.sub(r"\\\1", text)

    def block_start(escaped: str) -> str:
        rest = escaped.lstrip()
        space = escaped[: len(escaped) - len(rest)]
        if not rest:
            return escaped
        if markdown._BACKSLASH_START.match(rest):
            return space + "\\" + rest
        if rest[0] in markdown._ENTITY_START:
            return space + markdown._ENTITY_START[rest[0]] + rest[1:]
        return space + markdown._ORDERED_START.sub(r"\1\\.", rest, count=1)

    for text in LINES:
        assert markdown.escape_inline(text) == inline(text), text
        assert markdown.escape_block_start(inline(text)) == block_start(inline(text)), text


def test_run_lengths() -> None:
    def plain(flags: list[bool]) -> list[int]:
        lengths, index = [0] * len(flags), 0
        while index < len(flags):
            end = index
            while end < len(flags) and flags[end]:
                end += 1
            for member in range(index, end):
                lengths[member] = end - index
            index = end + 1
        return lengths

    rng = random.Random(3)
    assert region._run_lengths([]) == []
    assert region._run_lengths([True, True, False, True]) == [2, 2, 0, 1]
    for size in range(40):
        flags = [rng.random() < 0.6 for _ in range(size)]
        assert region._run_lengths(flags) == plain(flags)

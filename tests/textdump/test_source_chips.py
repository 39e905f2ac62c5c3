"""A story's source chip in the body ("From" or "via" and an outlet's name, under a headline or a date line):
bodyline.source_chips drops it, and keeps an agency's credit set under a finished paragraph.

Lines invented here, in wordings of no corpus page.
"""

from __future__ import annotations

from converter.textdump import bodyline
from converter.textdump.lines import split_lines

_STORY = [
    "The island's ferry has run twice a day since the war, and the council says it will go on running.",
    "Fares will rise by a tenth in spring, the first rise in six years, to pay for a new engine.",
]


def _dropped(texts: list[str]) -> set[int]:
    lines = split_lines("\n".join(texts))
    consider = range(len(lines))
    return bodyline.dropped(lines, 0, len(lines) - 1, consider, frozenset())


def test_the_chip_under_a_headline_goes() -> None:
    texts = ["Why the north quay closed for a week", "From The Gullhaven Courant", *_STORY]
    lines = split_lines("\n".join(texts))
    assert bodyline.source_chips(lines, range(len(lines))) == {1}
    assert 1 in _dropped(texts)
    assert not {2, 3} & _dropped(texts)


def test_the_chip_under_a_date_line_goes_in_lower_case_or_with_a_host() -> None:
    for chip in ("via Gullhaven Courant", "Via quaypost.example.org", "From Bay of Ness Weekly"):
        texts = ["Ferry fares rise again", "14 March 2024 · 9:40", chip, *_STORY]
        lines = split_lines("\n".join(texts))
        assert bodyline.source_chips(lines, range(len(lines))) == {2}, chip


def test_a_credit_under_a_finished_paragraph_stays() -> None:
    texts = [_STORY[0], "via Quayside Photo Agency", _STORY[1]]
    lines = split_lines("\n".join(texts))
    assert not bodyline.source_chips(lines, range(len(lines)))


def test_no_chip_shape_no_drop() -> None:
    texts = [
        "Ferry fares rise again",
        "From the quay to the hill",
        "Gullhaven Courant",
        "From Gullhaven, we sailed.",
        *_STORY,
    ]
    lines = split_lines("\n".join(texts))
    # (a subheading in lower case, a bare name, a sentence)
    assert not bodyline.source_chips(lines, range(len(lines)))

"""An article ends on a sentence: a short fragment closing the body run is the page's, not the story's.

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

from converter.textdump import bodyline
from converter.textdump.lines import split_lines
from converter.textdump.model import model

LINES = split_lines(
    "\n".join(
        [
            "The council voted on Tuesday to keep the night buses running through the winter.",
            "Fares stay as they are",
            "The buses will stop at the station and at the hospital every forty minutes.",
            "The first timetable is printed at the depot and will be posted on every stop by Friday.",
            "More from the harbour desk",
        ]
    )
)
LAST = len(LINES) - 1


def _closing(index: int) -> float:
    return bodyline.features(LINES, index, 0, LAST, False)["closing_fragment"]


def test_a_short_fragment_closing_the_run_is_marked() -> None:
    assert _closing(LAST) == 1.0


def test_a_sentence_closing_the_run_is_not() -> None:
    assert _closing(LAST - 1) == 0.0


def test_a_short_line_inside_the_run_is_not() -> None:
    # (a run-in subheading between paragraphs: prose follows it)
    assert _closing(1) == 0.0


def test_the_shipped_model_drops_the_closing_fragment_and_keeps_the_subheading() -> None:
    dropped = bodyline.dropped(LINES, 0, LAST, range(len(LINES)), frozenset())
    assert LAST in dropped
    assert 1 not in dropped
    shipped = model(bodyline.MODEL)
    assert dict(zip(shipped.features, shipped.weights, strict=True))["closing_fragment"] < 0

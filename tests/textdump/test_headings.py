"""Run-in subheadings: questions, and short paragraphs with a heading glued on.

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

import pytest

from converter.textdump.extract import extract_text
from converter.textdump.headings import split_run_in_heading

SENTENCE = "The harbour board met on Tuesday to decide the future of the old stone pier."


@pytest.mark.parametrize(
    ("heading", "split"),
    [
        ("Why now?", True),
        ("What will it cost the town?", True),
        ("Wait, what?", False),  # a comma: a thought closed, not a section opened
        ("Questions?", False),  # one word
        ("What will the board decide before the summer comes?", False),  # too long for a heading
        ('"Why now?"', False),  # a quotation
    ],
)
def test_a_short_question_after_the_last_sentence_is_a_heading(heading: str, split: bool) -> None:
    expected = (SENTENCE, heading) if split else (f"{SENTENCE} {heading}", None)
    assert split_run_in_heading(f"{SENTENCE} {heading}") == expected


def test_a_short_paragraph_with_a_heading_glued_on_stays_a_paragraph() -> None:
    """Fourteen words and no final stop: it read as a heading line, the paragraph with it."""
    page = "\n".join(
        [
            "Harbour board weighs the future of its stone pier",
            "By Ingrid Haldorsen",
            "The harbour board met on Tuesday to decide whether the old stone pier should be rebuilt or "
            "left to the sea, after a winter in which storms broke it in two places.",
            "Fishermen want the pier back before the summer season starts. Cost and timing",
            "Engineers put the cost at well over two million euros and said the work could start in the "
            "spring if the money arrived in time, and if the weather allowed the divers to work.",
            "The board will ask the regional government for help with the bill before the end of the month, "
            "its chairman said, and hopes for an answer before the first boats of the season come in.",
        ]
    )
    body = extract_text(page, "text/pier.txt").article.body
    assert "Fishermen want the pier back before the summer season starts.\n\n## Cost and timing" in body

"""Lines of an app's frame around a story are no headline (title.py, extract.py): a question to the reader with its
answers under it, the outlet's source line and a writer's "Name reports" under the headline, the frame's note on the
story, a writer's credit "for" the site, labelled credits in a row, and a short label the folder repeats.

Invented page: an app's headline, a box of points, a note and a feedback question, then the outlet's story.
"""

from __future__ import annotations

import pytest

from converter.textdump import title
from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.repeated import normalize_line
from tests.support import LIGHTHOUSE_STORY, ORCHARD_STORY

HEADLINE = "Harbour town votes to keep its last wooden lighthouse"
BODY, MORE = LIGHTHOUSE_STORY[:2]


def _title(*top: str, site: str | None = None) -> str | None:
    lines = split_lines("\n".join([*top, BODY, MORE]))
    index = title.find_title(lines, len(top), site=site)
    return lines[index].text if index is not None else None


def test_a_question_over_the_readers_answers_is_no_headline() -> None:
    for question, answers in (
        ("Did this digest help you?", ("Yes", "No")),
        ("Was the recap any good?", ("👍", "👎")),
        ("Should the town keep its lighthouse?", ("Yes", "Not sure", "No")),
    ):
        assert _title(HEADLINE, "Points to know", question, *answers, "Ann Lee") == HEADLINE, question
    # A headline asking a question, under its credit, stays the headline.
    asked = "Should the town keep its lighthouse?"
    assert _title(asked, "By Ann Lee", "4 March 2024") == asked


def test_an_outlets_source_line_and_a_name_reports_are_no_headline() -> None:
    assert _title(HEADLINE, "In short", "Whole text", "From Quay Post", "Ann Lee", "4 March 2024") == HEADLINE
    assert _title(HEADLINE, "In short", "Via the Harbour Wire", "By Ann Lee", "4 March 2024") == HEADLINE
    assert _title(HEADLINE, "Whole text", "Bo Chan reports", "4 March 2024") == HEADLINE
    # A headline opening on "From" stays one: more than a name follows it.
    longer = "From rags to riches: the keeper who bought the lighthouse"
    assert _title(longer, "By Ann Lee", "4 March 2024") == longer


def test_a_note_to_the_reader_and_a_credit_for_the_site_are_no_headline() -> None:
    note = "Readers near you opened this story more than any other today."
    assert _title(HEADLINE, "Why read it", note, "Ann Lee", "4 March 2024") == HEADLINE
    assert _title(HEADLINE, "Wire staff for Quay Post", "4 March 2024", site="Quay Post") == HEADLINE
    assert _title(HEADLINE, "Words: Ann Lee; Pictures: Bo Chan", "4 March 2024") == HEADLINE


FRAME = ["Top picks", "Saved", "Points to know", "Whole text", "Rate it"]
DIGEST_HEADLINE = "Valley orchard growers turn to frost fans"
POINTS = [
    "• Growers say fans kept the frost off last spring …",
    "• A farm upstream saved its crop with them …",
    "• Each fan costs as much as a small tractor …",
]


def _digest_title(points: list[str], story: list[str]) -> str:
    """The headline read off an app's digest page: its frame (labels the folder repeats), the headline, a box of
    points, a feedback question, then the outlet's source line, credits and the story."""
    page = "\n".join(
        [
            "Top picks",
            "Saved",
            "",
            DIGEST_HEADLINE,
            "",
            "Points to know",
            *points,
            "Rate it",
            "Did this digest help you?",
            "Yes",
            "No",
            "",
            "Whole text",
            "From the Orchard Courier",
            "Words: Marit Solberg; Pictures: Bo Chan",
            "4 March 2024, 09:12",
            "8 min read",
            "",
            *story,
        ]
    )
    repeated = frozenset(normalize_line(text) for text in FRAME)
    return extract_text(page, "text/p.txt", repeated=repeated).article.title


def test_a_short_label_the_folder_repeats_is_no_headline() -> None:
    assert _digest_title(POINTS, ORCHARD_STORY) == DIGEST_HEADLINE


def test_a_desks_credit_is_no_headline() -> None:
    for credit in ("Ann Lee · Harbour desk", "Quay Wire | News team", "Ann Lee and Bo Chan · Live desk"):
        assert _title(HEADLINE, "Pinned", credit, "Started 20 minutes ago") == HEADLINE, credit
    # A headline with a separator and a lower-case word stays one.
    assert not title._desk_credit("Harbour votes · Live desk")


@pytest.mark.parametrize(
    "second",
    [
        "The fans were loud at first, and the neighbours said so at every meeting.",
        "The fans were loud at first, the growers said, but the neighbours soon got used to them. What comes next",
    ],
)
def test_a_sentence_under_the_first_paragraph_is_no_headline(second: str) -> None:
    points = [
        *POINTS,
        "• Insurers may lower premiums for farms with fans …",
        "• The council will hear complaints about noise …",
    ]
    assert _digest_title(points, [ORCHARD_STORY[0], second, *ORCHARD_STORY[1:]]) == DIGEST_HEADLINE


def test_the_run_choice_still_sees_the_frames_lines() -> None:
    # (runs.py asks how headline-like the lines over a run are: a source line and its credits mark a story's start)
    lines = split_lines("\n".join([HEADLINE, "Whole text", "From Quay Post", "Bo Chan reports", "4 March 2024", BODY]))
    assert 2 not in title.candidates(lines, 5) and 3 not in title.candidates(lines, 5)
    assert {2, 3} <= set(title.candidates(lines, 5, frame=False))

"""A line taken for the headline below paragraphs of the body run: the paragraphs above it stay in the body."""

from __future__ import annotations

import pytest

from converter.textdump import extract, title
from converter.textdump.lines import split_lines

LEAD = (
    "PORT ELLEN (HG) — A new ferry, a flood that closed the harbour road for a week and a fair that drew more "
    "visitors than the town has people: the coast had a busy year, and not all of it was bad news."
)
SECOND = (
    "In a year of storms and rising prices, some moments stood out as ones people will remember, for better or "
    "for worse, and they are worth looking back on now."
)
COLON = "As the harbourmaster put it, “We will be telling these stories for years.” Here are a few of them:"
FERRY = (
    "The ferry to the outer islands now runs twice a day, after a winter of complaints from people who commute "
    "to the mainland for work and had asked for a second crossing for years."
)
FLOOD = (
    "For a week in March the harbour road was under water, and the school bus went the long way round the hill "
    "while the council pumped the road dry and rebuilt its wall."
)
DISCLOSURE = "We may earn a commission from links on this page, at no cost to you, which supports our reporting."
HEADLINE = "Ferries, floods and a fair: the year on the coast"


def test_two_finished_paragraphs_above_a_line_put_it_under_paragraphs() -> None:
    lines = split_lines("\n".join([LEAD, SECOND, COLON, FERRY]))
    assert title.under_paragraphs(lines, 0, 2)
    assert not title.under_paragraphs(lines, 1, 2)  # one paragraph above: a disclosure's place, as often as not
    lines = split_lines("\n".join([DISCLOSURE, HEADLINE, FERRY, FLOOD]))
    assert not title.under_paragraphs(lines, 0, 1)


def test_the_paragraphs_above_a_headline_found_inside_the_run_stay_in_the_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The headline decision, short of the story's real headline (far above, past a gallery), takes the paragraph
    closing on a colon for it: the lead and the paragraph after it are the story's all the same."""
    text = "\n".join(["Harbour Gazette", "Share", LEAD, SECOND, COLON, "THE NEW FERRY", FERRY, "THE FLOOD", FLOOD])
    monkeypatch.setattr(extract, "find_title", lambda lines, window, site_lines=(), site=None: 4)
    body = extract.extract_text(text, "page.txt").article.body
    assert LEAD[:40] in body and SECOND[:40] in body
    assert COLON[:30] not in body  # (the line taken for the headline is the title, not a paragraph)
    assert FLOOD[:40] in body


def test_a_headline_under_one_disclosure_still_starts_the_story(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(["Harbour Gazette", DISCLOSURE, HEADLINE, LEAD, SECOND, FERRY, FLOOD])
    monkeypatch.setattr(extract, "find_title", lambda lines, window, site_lines=(), site=None: 2)
    body = extract.extract_text(text, "page.txt").article.body
    assert DISCLOSURE[:30] not in body
    assert LEAD[:40] in body

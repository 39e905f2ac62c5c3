"""Lines of a related list that name an entry's outlet with a tag, or count what a story gathers: no titles.

Pages invented here: an article, then a list of entries, each an outlet's name with a short tag (its leaning in
brackets, its time after a dash) over the entry's headline over its time, and lines counting the outlets covering a
story ("Covered by 14 outlets") or the replies under it. The headlines are the related titles, nothing else.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.links import counts_coverage
from converter.textdump.related import outlet_tagged
from tests.support import ORCHARD_STORY

ARTICLE = ["Valley orchard growers turn to frost fans", "By Marit Solberg", *ORCHARD_STORY[:4], ""]
ENTRIES = [
    ("Harbour Courier (Lean left)", "Ferry fares rise again for the winter crossings", "2h ago"),
    ("The Quay Post (Centre)", "Council delays its vote on the harbour plan", "5h ago"),
    ("Northfield Ledger (Right)", "Fishing quotas cut for the third year in a row", "1d ago"),
]
HEADLINES = [headline for _, headline, _ in ENTRIES]


def test_outlets_tagged_with_their_leaning_are_no_titles() -> None:
    lines = [*ARTICLE, "Related coverage"]
    for outlet, headline, age in ENTRIES:
        lines += [outlet, headline, age, ""]
    result = extract_text("\n".join(lines), "text/a.txt")
    assert [link.title for link in result.article.related] == HEADLINES


def test_lines_counting_outlets_or_replies_are_no_titles() -> None:
    lines = [*ARTICLE, "Related coverage"]
    for count, (_, headline, age) in zip(
        ("Covered by 14 outlets", "9 outlets covered this", "Readers reply (12)"), ENTRIES, strict=True
    ):
        lines += [headline, age, count, ""]
    result = extract_text("\n".join(lines), "text/b.txt")
    assert [link.title for link in result.article.related] == HEADLINES


def test_the_shapes_of_a_tagged_outlet_and_a_count_line() -> None:
    assert outlet_tagged("Harbour Courier (Lean left)")
    assert outlet_tagged("The Quay Post — 4h")
    assert not outlet_tagged("Ferry fares rise - again")  # (a headline's words in a sentence's case)
    assert not outlet_tagged("Harbour Courier")  # (a name alone: a short title has that shape too)
    assert not outlet_tagged("Best Ferry Routes - Updated List")  # (a tag that is neither a leaning nor a time)
    assert not outlet_tagged("Quay Cafes (Brussels)")
    assert counts_coverage("Covered by 14 outlets")
    assert counts_coverage("Readers reply (12)")
    assert not counts_coverage("Harbour film festival (2023)")  # (a year)
    assert not counts_coverage("Ferry fares rise again for the 14 winter crossings")

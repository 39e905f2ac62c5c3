"""A headline's length is counted in a reader's words: a contraction is one word, not two tokens; a teaser cut short
with its link's label after the ellipsis ("... Read More") is cut short all the same.

Pages invented here, in wordings of no corpus site or layout.
"""

from collections import Counter

from converter.textdump import title
from converter.textdump.lines import split_lines
from tests.support import LIGHTHOUSE_STORY

BODY, MORE = LIGHTHOUSE_STORY[:2]

# 19 words as read, 23 tokens ("couldn't", "harbour's", "town's", "here's" split at their apostrophes).
LONG_HEADLINE = (
    "We couldn't have guessed the harbour's old lighthouse would outlast the town's new pier—here's what the "
    "keepers say"
)


def _features(text: str) -> dict[str, float]:
    lines = split_lines("\n".join([text, BODY]))
    return title.features(lines, 0, 1, Counter(line.text for line in lines))


def test_a_contraction_is_one_word_of_a_headlines_length() -> None:
    features = _features(LONG_HEADLINE)
    assert features["words_4_20"] == 1.0 and features["words_gt20"] == 0.0
    longer = LONG_HEADLINE + " about the storms of the last winter"  # (26 words as read: long whatever the count)
    assert _features(longer)["words_gt20"] == 1.0


def test_a_long_headline_with_contractions_outranks_a_menu_row_above_it() -> None:
    lines = split_lines("\n".join(["Front page", "Regions Sport Money Science Culture", LONG_HEADLINE, BODY, MORE]))
    index = title.find_title(lines, 3)
    assert index is not None and lines[index].text == LONG_HEADLINE


def test_a_teaser_cut_short_before_its_links_label_is_cut_short() -> None:
    assert _features("The council heard from keepers and fishermen before a late vote... Read More")["ellipsis_end"]
    assert _features("The council heard from keepers and fishermen before a late vote…")["ellipsis_end"]
    assert not _features("Keepers, fishermen... and the lighthouse nobody wanted")["ellipsis_end"]
    assert not _features("Wait... What Did the Council Just Vote For?")["ellipsis_end"]


# 25 words as read, no final stop: a long headline, as some outlets write them.
LONGER_HEADLINE = (
    "Keepers Who Tended the Harbour Light for Forty Winters Say the Council's Vote to Sell It Was 'One Storm Too "
    "Many' for the Old Town"
)


def test_a_long_headline_over_its_credit_weighs_as_a_headline() -> None:
    """Past 20 words, a line in title case ending no sentence with its credit or date right under it is the headline:
    the place line and the credit around it are not."""
    credited = split_lines("\n".join([LONGER_HEADLINE, "By Marit Solberg, Harbour Courier", BODY]))
    features = title.features(credited, 0, 2, Counter(line.text for line in credited))
    assert features["words_4_20"] == 1.0 and features["words_gt20"] == 0.0
    page = ["Portmere, ME", "41° Fog", LONGER_HEADLINE, "By Marit Solberg, Harbour Courier", "Posted 2 hours ago"]
    lines = split_lines("\n".join([*page, BODY, MORE]))
    index = title.find_title(lines, 5)
    assert index is not None and lines[index].text == LONGER_HEADLINE
    # (A long line ending on its stop is a standfirst's length, credited or not; one with nothing under it too.)
    stopped = split_lines("\n".join([LONGER_HEADLINE + ".", "By Marit Solberg, Harbour Courier", BODY]))
    assert title.features(stopped, 0, 2, Counter(line.text for line in stopped))["words_gt20"] == 1.0
    assert _features(LONGER_HEADLINE)["words_gt20"] == 1.0
    # (Nor a caption in sentence case over its photo's credit, stop or none.)
    caption = "Keepers climb the stairs of the harbour light on the last night before the council's vote to sell it"
    captioned = split_lines("\n".join([caption + " to a hotel group", "Photo by Marit Solberg", BODY]))
    assert title.features(captioned, 0, 2, Counter(line.text for line in captioned))["words_gt20"] == 1.0

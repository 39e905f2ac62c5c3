"""A headline's length is counted in a reader's words: a contraction is one word, not two tokens; a teaser cut short
with its link's label after the ellipsis ("... Read More") is cut short all the same.

Pages invented here, in wordings of no corpus site or layout.
"""

from collections import Counter

from converter.textdump import title
from converter.textdump.lines import split_lines

# 19 words as read, 23 tokens ("couldn't", "harbour's", "town's", "here's" split at their apostrophes).
LONG_HEADLINE = (
    "We couldn't have guessed the harbour's old lighthouse would outlast the town's new pier—here's what the "
    "keepers say"
)
BODY = (
    "The council met on Tuesday evening and heard from keepers, fishermen and a museum that offered to take "
    "the tower if the town would not, before a vote that ran late into the night."
)
MORE = (
    "Repairs will cost less than a new light, the engineer told the meeting, and the wood has held up better "
    "than anyone expected after a century of winter storms on the point."
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

"""converter.textdump.lines: the language tables and the line features computed once."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import justext
import pytest

from converter.textdump import lines, pieces
from converter.textdump.extract import warm_up
from converter.textdump.headings import TAIL, sentence_case_tail
from converter.textdump.lines import Line, make_line, split_lines
from converter.textdump.repeated import SHAPE_MAX_WORDS, NormalizedLines, lead_key, normalize_line, shapes


def test_stoplists_read_as_justext_reads_them() -> None:
    for name, words in lines._stoplists():
        assert words == frozenset(justext.get_stoplist(name)), name


def test_word_lanes_hold_each_language_of_a_word() -> None:
    lanes = lines._language_lanes()
    names = lines._language_names()

    def languages(word: str) -> list[str]:
        return [name for lane, name in enumerate(names) if lanes[word] >> (lane * lines._LANE_BITS) & 1]

    assert "English" in languages("the") and len(languages("a")) > 3
    for word in ("a", "the", "und", "de"):
        assert languages(word) == [name for name, words in lines._stoplists() if word in words], word


def _reference_pick(tokens: list[str]) -> frozenset[str]:
    """The language count done the plain way: one pass per stoplist."""
    counts = Counter(tokens[: lines.MAX_TOKENS])
    stoplists = dict(lines._stoplists())
    scores = {name: sum(counts[word] for word in counts.keys() & words) for name, words in stoplists.items()}
    scores = {name: score for name, score in scores.items() if score}
    if not scores:
        return stoplists["English"]
    return stoplists[max(sorted(scores), key=lambda name: (scores[name], name == "English"))]


def test_packed_language_count_picks_as_the_plain_count() -> None:
    rng = random.Random(7)
    vocabulary = [*sorted({word for _, words in lines._stoplists() for word in sorted(words)[:40]}), "zzq", "qqx"]
    for size in (1, 5, 50, 800, 6000):
        for _ in range(5):
            tokens = [rng.choice(vocabulary) for _ in range(size)]
            assert lines._pick_stoplist([(tokens, True)]) == _reference_pick(tokens)
    # Every token the same stopword: one lane at the cap, no carry into its neighbour.
    assert lines._pick_stoplist([(["the"] * 6000, True)]) == _reference_pick(["the"] * 6000)


def test_warm_up_builds_the_tables() -> None:
    warm_up()
    assert lines._language_lanes.cache_info().currsize == 1


def test_sentence_end_with_closing_quotes() -> None:
    stoplist = frozenset({"the"})
    assert make_line(0, 'He said "go."', stoplist).sentence_end
    assert make_line(0, "(See the table.)", stoplist).sentence_end
    assert not make_line(0, "The end ))", stoplist).sentence_end
    assert not make_line(0, '"', stoplist).sentence_end


def test_split_lines_counts_words_and_stopwords() -> None:
    text = "The cat sat on the mat and the dog watched it from the door.\n\nMenu"
    first, second = split_lines(text)
    assert (first.words, second.words, second.blank_before) == (14, 1, True)
    assert first.is_prose and not second.is_prose


def test_normalized_line_is_normalize_line_of_its_text() -> None:
    # The extractor tests a line against the folder's repeated lines in this form.
    texts = ["Menu  |  Home", "İstanbul’da ÇOK güzel", "ß and ẞ, Straße", "  a_b -- c1  ", "日本語のテキスト", "…"]
    texts.append("x\u00a0y")
    for line in split_lines("\n".join(texts)):
        assert line.normalized == normalize_line(line.text)
    line = make_line(0, "Sign In · Subscribe", frozenset())
    assert line.normalized == normalize_line(line.text) == "sign in subscribe"


# Lines with odd breaks and characters: the survey and the extractor must split and normalize alike.
_AWKWARD = "Menu  |  Home\r\nİstanbul’da ÇOK\u2028güzel\n\n  a_b -- c1  \x0cΟΔΟΣ\rSign In · Subscribe\n日本語\n…\n"


def _dump_texts() -> list[str]:
    folder = Path(__file__).parent.parent / "pages" / "text"
    return [_AWKWARD, *(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))[:8])]


def test_normalized_lines_are_normalize_line_of_each_line() -> None:
    for text in _dump_texts():
        surveyed = NormalizedLines.of(text)
        assert surveyed.lines_of(text) == [normalize_line(line) for line in text.splitlines()]
        lines = {normalize_line(line) for line in text.splitlines()} - {""}
        # and the short pieces of the lines that glue several sentences (textdump/pieces.py)
        glued = {
            normalize_line(piece)
            for line in text.splitlines()
            if len(line.split()) >= pieces.MIN_WORDS
            for piece in pieces.split_pieces(" ".join(line.split()))
            if len(piece.split()) <= SHAPE_MAX_WORDS
        } - {""}
        # and the keys of the lines' lead-in labels ("Label: rest")
        leads = {key for line in text.splitlines() if (key := lead_key(line))}
        # and the phrases in sentence case ending lines (headings.sentence_case_tail), marked
        tails = {
            TAIL + key
            for line in text.splitlines()
            if (tail := sentence_case_tail(line)) and (key := normalize_line(tail))
        }
        assert surveyed.distinct() == lines | {key for line in lines for key in shapes(line)} | glued | leads | tails
    assert NormalizedLines.of(_AWKWARD).lines_of(_AWKWARD + "x") is None  # made from another text


def _fields(lines: list[Line]) -> list[dict[str, object]]:
    """Each line's fields, its normalized form asked first: lines split from surveyed lines keep the survey's
    already (so this also checks that they keep the form the line makes of its own tokens)."""
    for line in lines:
        assert line.normalized == " ".join(line.tokens)
    return [vars(line) for line in lines]


def test_split_lines_given_surveyed_lines_is_split_lines_without() -> None:
    for text in _dump_texts():
        plain = _fields(split_lines(text))
        assert _fields(split_lines(text, NormalizedLines.of(text))) == plain
        # Lines surveyed from another text (the file changed in between) are not used.
        assert _fields(split_lines(text, NormalizedLines.of(text.upper() + "\nmore"))) == plain


def test_split_lines_takes_the_words_from_surveyed_lines() -> None:
    text = "The cat sat on the mat and the dog watched it."
    # A survey of this very text (same hash), whose words differ: they are the ones used.
    planted = NormalizedLines(hash(text), "a b c")
    assert split_lines(text, planted)[0].tokens == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        (
            "you have 3 free stories left this month",
            [
                "#digits you have 0 free stories left this month",
                "#start you have 3 free",
                "#end stories left this month",
            ],
        ),
        ("read the full story at npr", ["#start read the full story", "#end full story at npr"]),
        ("get the bend morning digest in your inbox", ["#start get the bend morning", "#end digest in your inbox"]),
        ("2 minute read", ["#digits 0 minute read"]),
        ("sign in", []),  # a short line is its own template
        (" ".join(["word"] * 21), []),  # a paragraph has no template
    ],
)
def test_shapes_mask_numbers_and_keep_a_templates_fixed_ends(line: str, keys: list[str]) -> None:
    assert shapes(line) == keys

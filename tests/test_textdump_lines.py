"""converter.textdump.lines: the language tables and the line features computed once."""

from __future__ import annotations

import justext

from converter.extract_text import warm_up
from converter.textdump import lines
from converter.textdump.lines import make_line, split_lines


def test_stoplists_read_as_justext_reads_them() -> None:
    for name, words in lines._stoplists():
        assert words == frozenset(justext.get_stoplist(name)), name


def test_word_index_lists_each_language_of_a_word_in_name_order() -> None:
    index = lines._languages_by_word()
    assert "the" in index and "English" in index["the"]
    assert list(index["a"]) == sorted(index["a"]) and len(index["a"]) > 3
    assert all("a" in words for name, words in lines._stoplists() if name in index["a"])
    assert all("a" not in words for name, words in lines._stoplists() if name not in index["a"])


def test_warm_up_builds_the_tables() -> None:
    warm_up()
    assert lines._languages_by_word.cache_info().currsize == 1


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

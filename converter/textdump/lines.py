"""The dump as a list of lines with the features the other modules judge them by."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import justext

_WORD = re.compile(r"\w+")
# Scripts written without spaces between words: count characters, not space-separated words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]]*$")


@dataclass(frozen=True)
class Line:
    index: int
    text: str
    words: int  # word count, CJK characters counted as half a word each
    stop_ratio: float
    sentence_end: bool
    blank_before: bool

    @property
    def is_prose(self) -> bool:
        """A paragraph of running text: long enough and made of a language's function words."""
        if len(self.text) >= 250 and (self.sentence_end or self.stop_ratio >= 0.12):
            return True  # (a tag cloud is long too, but holds neither stopwords nor full stops)
        if not self.sentence_end:
            # Headlines in link lists have no final stop; a paragraph without one must read as prose.
            return self.words >= 15 and self.stop_ratio >= 0.25 and not title_case(self.text)
        if self.words >= 10 and self.stop_ratio >= 0.18:
            return True
        return self.words >= 6 and self.stop_ratio >= 0.25


@lru_cache(maxsize=1)
def _stoplists() -> tuple[tuple[str, frozenset[str]], ...]:
    # jusText's stoplists (one per language); cached because they are read from files.
    return tuple((name, frozenset(justext.get_stoplist(name))) for name in sorted(justext.get_stoplists()))


def pick_stoplist(texts: list[str]) -> frozenset[str]:
    """The stoplist of the page's language: the one that covers most words of its long lines."""
    tokens = [word for text in texts if len(text.split()) >= 8 for word in _WORD.findall(text.lower())]
    if not tokens:
        tokens = [word for text in texts for word in _WORD.findall(text.lower())]
    if not tokens:
        return frozenset()
    # A few thousand words name the language as well as the whole page; an index from word to
    # languages makes the count one dictionary look-up per distinct word, not one per list.
    scores: Counter[str] = Counter()
    index = _languages_by_word()
    for word, count in Counter(tokens[:5000]).items():
        for language in index.get(word, ()):
            scores[language] += count
    if not scores:
        return dict(_stoplists())["English"]
    best = max(sorted(scores), key=lambda language: (scores[language], language == "English"))
    return dict(_stoplists())[best]


@lru_cache(maxsize=1)
def _languages_by_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, words in _stoplists():
        for word in words:
            index.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in index.items()}


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, white space collapsed, each with its features."""
    raw = [" ".join(line.split()) for line in text.splitlines()]
    stoplist = pick_stoplist([line for line in raw if line])
    lines: list[Line] = []
    blank = True
    for line in raw:
        if not line:
            blank = True
            continue
        lines.append(make_line(len(lines), line, stoplist, blank))
        blank = False
    return lines


def make_line(index: int, text: str, stoplist: frozenset[str], blank_before: bool = False) -> Line:
    tokens = _WORD.findall(text.lower())
    cjk = len(_CJK.findall(text))
    words = max(len(tokens), cjk // 2 + len(tokens) // 2) if cjk else len(tokens)
    stops = sum(token in stoplist for token in tokens)
    ratio = stops / len(tokens) if tokens else 0.0
    if cjk > len(text) / 4:
        ratio = max(ratio, 0.3)  # stoplists barely cover CJK; judge such lines by length alone
    return Line(index, text, words, ratio, bool(_SENTENCE_END.search(text)), blank_before)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def title_case(text: str) -> bool:
    """Most words capitalised: a headline or a menu entry, not a line of running text."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return len(words) >= 2 and sum(word[0].isupper() for word in words) >= 0.6 * len(words)

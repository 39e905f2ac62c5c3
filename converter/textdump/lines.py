"""The dump as a list of lines with the features the other modules judge them by."""

from __future__ import annotations

import pkgutil
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from operator import attrgetter, itemgetter
from typing import Any, TypeVar

import justext

from converter.dates import is_relative_date_in
from converter.textdump.furniture import is_card_marker, is_furniture
from converter.textdump.prompts import is_call
from converter.textdump.repeated import NormalizedLines
from converter.textkey import WORD as _WORD
from converter.textkey import digit_count

# Scripts written without spaces between words: count characters, not space-separated words.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_BYTE_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_OTHER_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_END_MARKS = ".!?…:;。！？"
_CLOSERS = "\"'”’»)]"
_SENTENCE_END = re.compile(f"[{re.escape(_END_MARKS)}][{re.escape(_CLOSERS)}]*$")


# Hashed and compared by its fields, as a frozen dataclass is; not frozen, so that a feature computed on first use
# can be kept on it: mypyc compiles this into a class of fixed slots (no __dict__ to keep it in), and a frozen
# dataclass sets each field through object.__setattr__, which costs the hundreds of lines of every page.
@dataclass(unsafe_hash=True)
class Line:
    """A non-blank line of the dump and its features (read only: nothing sets them after the line is made).

    The features the rules ask of each line many times are computed on first use and kept (`_kept_*`).
    """

    index: int
    text: str
    words: int  # word count, CJK characters counted as half a word each
    stop_ratio: float
    sentence_end: bool
    blank_before: bool
    # The lower-cased words of the line (`\w+` runs), already split for the stopword count.
    tokens: list[str] = field(default_factory=list, compare=False, repr=False)
    # A row of separate items before its white space was collapsed ("Top stories   Local   Sport": tabs, buttons,
    # a table's cells side by side), no sentence of one voice (`split_lines`).
    item_row: bool = False
    _kept_normalized: str | None = field(default=None, init=False, compare=False, repr=False)
    _kept_prose: bool | None = field(default=None, init=False, compare=False, repr=False)
    _kept_title_case: bool | None = field(default=None, init=False, compare=False, repr=False)
    _kept_digit_share: float | None = field(default=None, init=False, compare=False, repr=False)
    _kept_furniture: bool | None = field(default=None, init=False, compare=False, repr=False)
    _kept_relative_time: bool | None = field(default=None, init=False, compare=False, repr=False)
    _kept_prompt_like: bool | None = field(default=None, init=False, compare=False, repr=False)
    _kept_marker: bool | None = field(default=None, init=False, compare=False, repr=False)
    # Kept for another module's rules, which set it (story_heads.line_credit: lines.py cannot import them).
    kept_credit: bool | None = field(default=None, init=False, compare=False, repr=False)

    def __init__(
        self,
        index: int,
        text: str,
        words: int,
        stop_ratio: float,
        sentence_end: bool,
        blank_before: bool,
        tokens: list[str],
        item_row: bool = False,
    ) -> None:
        # (dataclasses' own __init__ is made with exec: mypyc would leave it interpreted)
        self.index = index
        self.text = text
        self.words = words
        self.stop_ratio = stop_ratio
        self.sentence_end = sentence_end
        self.blank_before = blank_before
        self.tokens = tokens
        self.item_row = item_row
        self._kept_normalized = None
        self._kept_prose = None
        self._kept_title_case = None
        self._kept_digit_share = None
        self._kept_furniture = None
        self._kept_relative_time = None
        self._kept_prompt_like = None
        self._kept_marker = None
        self.kept_credit = None

    def __reduce__(self) -> tuple[type[Line], tuple[int, str, int, float, bool, bool, list[str], bool]]:
        # Pickled as the call that makes it: compiled by mypyc, the class is unpickled through __init__ with no
        # arguments otherwise. (The features kept on it are computed again.)
        fields = (self.index, self.text, self.words, self.stop_ratio, self.sentence_end, self.blank_before)
        return Line, (*fields, self.tokens, self.item_row)

    @property
    def normalized(self) -> str:
        """The line as `textdump.repeated.normalize_line` gives it (its words, lower case), from its tokens."""
        kept = self._kept_normalized
        if kept is None:
            kept = self._kept_normalized = " ".join(self.tokens)
        return kept

    @property
    def is_prose(self) -> bool:
        """A paragraph of running text: long enough and made of a language's function words."""
        kept = self._kept_prose
        if kept is None:
            kept = self._kept_prose = self._prose()
        return kept

    def _prose(self) -> bool:
        if len(self.text) >= 250 and (self.sentence_end or self.stop_ratio >= 0.12):
            return True  # (a tag cloud is long too, but holds neither stopwords nor full stops)
        if not self.sentence_end:
            # Headlines in link lists have no final stop; a paragraph without one must read as prose.
            return self.words >= 15 and self.stop_ratio >= 0.25 and not self.is_title_case
        if self.words >= 10 and self.stop_ratio >= 0.18:
            return True
        return self.words >= 6 and self.stop_ratio >= 0.25

    @property
    def is_title_case(self) -> bool:
        """`title_case(text)`, computed once: the page's rules ask it of each line many times."""
        kept = self._kept_title_case
        if kept is None:
            kept = self._kept_title_case = title_case(self.text)
        return kept

    @property
    def digit_share(self) -> float:
        """The share of the line's characters that are digits (four of the decisions read it)."""
        kept = self._kept_digit_share
        if kept is None:
            kept = self._kept_digit_share = digit_count(self.text) / max(1, len(self.text))
        return kept

    @property
    def is_furniture(self) -> bool:
        """`furniture.is_furniture(text, words)`, computed once: seven rules and decisions ask it of each line."""
        kept = self._kept_furniture
        if kept is None:
            kept = self._kept_furniture = is_furniture(self.text, self.words)
        return kept

    @property
    def is_relative_time(self) -> bool:
        """`dates.is_relative_date(text)` ('2 hours ago'), from the line's words: four decisions ask it."""
        kept = self._kept_relative_time
        if kept is None:
            kept = self._kept_relative_time = is_relative_date_in(self.text, self.tokens)
        return kept

    @property
    def is_prompt_like(self) -> bool:
        """A short line of a prompt box: a call to the reader, or a UI or promo line by the rules
        (the body-line decision asks it of each line's neighbours)."""
        kept = self._kept_prompt_like
        if kept is None:
            kept = self._kept_prompt_like = self.words <= 20 and (is_call(self.tokens, self.text) or self.is_furniture)
        return kept

    @property
    def is_marker(self) -> bool:
        """A card's source or time line: '• Outlet', '3 hrs ago', 'Outlet · 2 hrs ago' (short)."""
        kept = self._kept_marker
        if kept is None:
            # What sets a card's source apart from its time ("Outlet · 2 hrs ago", "Outlet | Section"): tested
            # first, three substring tests where the marker test splits the line.
            text = self.text
            kept = self._kept_marker = self.words <= 10 and (
                " · " in text or " • " in text or " | " in text or is_card_marker(text)
            )
        return kept


_T = TypeVar("_T")
_text_of = attrgetter("text")
_first = itemgetter(0)


def per_page(compute: Callable[[list[Line]], _T]) -> Callable[[list[Line]], _T]:
    """`compute(lines)` kept for the last page asked about: several decisions ask it of one page.

    Keyed by the identity of the page's list of lines (kept alive by the memo, so never reused).
    """
    last: list[Any] = []

    def cached(lines: list[Line]) -> _T:
        if last and last[0] is lines:
            return last[1]
        value = compute(lines)
        last[:] = [lines, value]
        return value

    cached.__doc__ = compute.__doc__
    return cached


@per_page
def text_counts(lines: list[Line]) -> Counter[str]:
    """How many times each line's text stands on the page (read only)."""
    return Counter(map(_text_of, lines))


def load_language_tables() -> None:
    """Read jusText's stoplists and build the word index now rather than on the first page."""
    _stoplists_by_name()
    _language_lanes()


@lru_cache(maxsize=1)
def _stoplists() -> tuple[tuple[str, frozenset[str]], ...]:
    # jusText's stoplists (one per language); cached because they are read from files.
    return tuple((name, _read_stoplist(name)) for name in sorted(justext.get_stoplists()))


def _read_stoplist(name: str) -> frozenset[str]:
    """`justext.get_stoplist(name)`, decoded and lower-cased in one piece rather than word by word."""
    data = pkgutil.get_data("justext", f"stoplists/{name}.txt")
    if data is None:
        return frozenset(justext.get_stoplist(name))
    text = data.decode("utf8").lower()
    # Split where bytes.splitlines() splits. str.splitlines() (several times faster) splits there
    # too, and at a few more breaks: used when the text holds none of those.
    if not _OTHER_LINE_BREAKS.search(text):
        return frozenset(text.splitlines())
    words = _BYTE_LINE_BREAK.split(text)
    if words[-1] == "":
        words.pop()  # a final break ends the last line and starts none
    return frozenset(words)


def _pick_stoplist(lines: list[tuple[list[str], bool]]) -> frozenset[str]:
    """The stoplist of the page's language: the one that covers most words of its long lines.

    `lines`: each line's tokens, and whether it is long (8 words or more).
    """
    # A few thousand words name the language as well as the whole page.
    tokens = list(islice(chain.from_iterable(line_tokens for line_tokens, long in lines if long), MAX_TOKENS))
    if not tokens:
        tokens = list(islice(chain.from_iterable(line_tokens for line_tokens, _ in lines), MAX_TOKENS))
    if not tokens:
        return frozenset()
    # Every language's count in one sum (run in C): a stopword adds 1 to the lane of each of its languages.
    packed = sum(filter(None, map(_language_lanes().get, tokens)))
    names = _language_names()
    scores = {name: count for lane, name in enumerate(names) if (count := (packed >> (lane * _LANE_BITS)) & _LANE_MASK)}
    stoplists = _stoplists_by_name()
    if not scores:
        return stoplists["English"]
    best = max(sorted(scores), key=lambda language: (scores[language], language == "English"))
    return stoplists[best]


# A page's language counts, packed in one integer: one lane of bits per language, wide enough
# for MAX_TOKENS (a lane never carries into the next one).
MAX_TOKENS = 5000
_LANE_BITS = MAX_TOKENS.bit_length()
_LANE_MASK = (1 << _LANE_BITS) - 1


@lru_cache(maxsize=1)
def _stoplists_by_name() -> dict[str, frozenset[str]]:
    return dict(_stoplists())


@lru_cache(maxsize=1)
def _language_names() -> tuple[str, ...]:
    return tuple(name for name, _ in _stoplists())


@lru_cache(maxsize=1)
def _language_lanes() -> dict[str, int]:
    """Each stopword → the sum of 1 << (lane of each language listing it): its languages, packed.

    Most words belong to one list: those are added a whole list at a time (set and dict
    operations run in C); only the words shared with earlier lists are extended one by one.
    """
    lanes: dict[str, int] = {}
    for lane, (_, words) in enumerate(_stoplists()):
        bit = 1 << (lane * _LANE_BITS)
        shared = lanes.keys() & words  # (a set: the keys view makes it, whichever side it is on)
        lanes.update(dict.fromkeys(words - shared, bit))
        for word in shared:
            lanes[word] += bit
    return lanes


def split_lines(text: str, normalized: NormalizedLines | None = None) -> list[Line]:
    """Non-blank lines, white space collapsed, each with its features.

    `normalized`: the text's lines already normalized (by the folder survey), to take their words from.
    """
    split = text.splitlines()
    raw = [_collapsed(line) for line in split]
    # Each line's tokens serve both the language guess and its own stopword ratio.
    surveyed = normalized.lines_of(text) if normalized is not None else None
    # Each line's normalized form, when the survey made them: the lines keep them (`Line.normalized`, asked of
    # most lines, joins the tokens again otherwise).
    normalized_of: dict[str, str] = {}
    if surveyed is not None and len(surveyed) == len(raw):
        # A normalized line is the line's tokens joined by single spaces.
        normalized_of = {line: words for line, words in zip(raw, surveyed, strict=True) if line}
        tokens = {line: words.split(" ") if words else [] for line, words in normalized_of.items()}
    else:
        tokens = {line: _WORD.findall(line.lower()) for line in raw if line}
    # A collapsed line's words are separated by single spaces: spaces + 1 is its word count.
    stoplist = _pick_stoplist([(tokens[line], line.count(" ") >= 7) for line in raw if line])
    lines: list[Line] = []
    blank = True
    gaps = any("  " in line or "\t" in line for line in split)  # (most dumps: no wide gap anywhere)
    for line, before in zip(raw, split, strict=True):
        if not line:
            blank = True
            continue
        row = gaps and ("  " in before or "\t" in before) and _is_row(before.strip())
        made = _make_line(len(lines), line, tokens[line], stoplist, blank, row)
        if normalized_of:
            made._kept_normalized = normalized_of[line]  # (" ".join(tokens), as the property would make it)
        lines.append(made)
        blank = False
    return lines


# What parts the items of a row set on one line: white space wider than one space (two spaces or more, a tab: "Top
# stories   Local   Sport", "Print   Export PDF   Share"), where running text has one space between its words.
# (Split on a stripped line: no gap at its ends. No lookaround: a long run of spaces is consumed once.)
_WIDE_GAP = re.compile(r"\s{2,}|\t")
ROW_PIECES = 3  # the fewest pieces of a row of items
ROW_PIECE_WORDS = 5  # the most words of each


def _is_row(text: str) -> bool:
    """A line of ROW_PIECES pieces or more, apart by wide white space, each of ROW_PIECE_WORDS words at most: a row of
    tabs, buttons or a table's cells set side by side, no sentence of one voice."""
    pieces = _WIDE_GAP.split(text)
    return len(pieces) >= ROW_PIECES and all(len(piece.split()) <= ROW_PIECE_WORDS for piece in pieces)


def _collapsed(line: str) -> str:
    """`" ".join(line.split())`: white space collapsed to single spaces, none at the ends.

    Most lines need nothing but the strip: printable text holds no white space but the plain space
    (tabs, no-break and other spaces are not printable), so without two spaces in a row it is collapsed.
    """
    stripped = line.strip()
    return " ".join(stripped.split()) if "  " in stripped or not stripped.isprintable() else stripped


def make_line(index: int, text: str, stoplist: frozenset[str], blank_before: bool = False) -> Line:
    return _make_line(index, text, _WORD.findall(text.lower()), stoplist, blank_before)


def _make_line(
    index: int, text: str, tokens: list[str], stoplist: frozenset[str], blank_before: bool, item_row: bool = False
) -> Line:
    cjk = 0 if text.isascii() else len(_CJK.findall(text))
    words = max(len(tokens), cjk // 2 + len(tokens) // 2) if cjk else len(tokens)
    stops = sum(map(stoplist.__contains__, tokens))
    ratio = stops / len(tokens) if tokens else 0.0
    if cjk > len(text) / 4:
        ratio = max(ratio, 0.3)  # stoplists barely cover CJK; judge such lines by length alone
    return Line(index, text, words, ratio, _sentence_end(text), blank_before, tokens, item_row)


def _sentence_end(text: str) -> bool:
    if "\n" in text:
        return bool(_SENTENCE_END.search(text))
    # The pattern's end anchor made `search` try every position; the closers never end a sentence.
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _END_MARKS


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def title_case(text: str) -> bool:
    """Most words capitalised: a headline or a menu entry, not a line of running text."""
    # (split() yields no empty word; map and filter run in C, a list comprehension's test per word did not)
    initials = list(filter(str.isalpha, map(_first, text.split())))
    return len(initials) >= 2 and sum(map(str.isupper, initials)) >= 0.6 * len(initials)


def is_function_word(word: str) -> bool:
    """A stopword of any of jusText's languages ("how", "the", "de"), whatever its case."""
    return word.lower() in _language_lanes()

"""Subheadings: run-in ones the dump glued to a paragraph's end, and standalone short lines.

innerText sometimes loses the break between a paragraph and the subheading after it:
"...is pure fabrication.' Extradition threat". A short fragment after the paragraph's final
sentence punctuation that is not itself a sentence is split off as a heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A paragraph's last sentence end (with closing quotes), then a short fragment with no sentence end.
_RUN_IN = re.compile(
    r"^(?P<paragraph>.*[.!?…][\"'”’»)]*)\s+(?P<heading>[\"'“‘]?[A-Z0-9\u00c0-\u024f][^.!?…:;]{1,70}?\??)$"
)
# What the heading of _RUN_IN cannot end with (the pattern's last character class excludes them;
# a question may end one: "What does this mean for you?").
_HEADING_NEVER_ENDS = tuple(".!…:;")
_MAX_QUESTION_WORDS = 6
# A capitalised word of one or two letters and a stop ("Dr.", "St."), or one of English's longer abbreviations (titles,
# months, companies): "...the Big Ten. Not so fast" ends a sentence, "...met Gov. Reyes" does not.
_ABBREVIATION = re.compile(
    r"[A-Z][a-z]?\.|(?:Mrs|Prof|Sen|Rep|Gov|Gen|Capt|Col|Sgt|Lt|Cmdr|Corp|Inc|Ltd|Bros|Jr|Sr|Ave|Blvd|Rd|Mt|Ft)\."
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|(?:[A-Za-z]\.){2,}"
    r"|(?:etc|vs|al|approx|ca|cf|no|nr)\."
)
_QUOTED = re.compile(r"^[\"'“‘].*[\"'”’]$")
_MAX_HEADING_WORDS = 8
_SMALL_WORDS = frozenset(
    "a an and as at but by de for from in into la le of on or the to vs with".split()  # noqa: SIM905
)


def split_run_in_heading(paragraph: str) -> tuple[str, str | None]:
    """(paragraph, heading or None): a heading-like fragment after the final sentence split off."""
    if paragraph.endswith(_HEADING_NEVER_ENDS):
        return paragraph, None  # (the common case, decided without the pattern's backtracking)
    match = _RUN_IN.match(paragraph)
    if not match:
        return paragraph, None
    head = match["heading"].strip()
    body = match["paragraph"]
    words = head.split()
    if not 1 <= len(words) <= _MAX_HEADING_WORDS or len(body.split()) < 8:
        return paragraph, None
    # "...met Dr. Smith", "...the U.S. Senate": an abbreviation, not a sentence end.
    if _ABBREVIATION.fullmatch(body.split()[-1]):
        return paragraph, None
    # A question heads a section when it is short and plain ("Why now?"); "Wait, what?" closes a thought.
    if head.endswith("?") and (not 2 <= len(words) <= _MAX_QUESTION_WORDS or head[0] in "\"'“‘" or "," in head):
        return paragraph, None
    if _QUOTED.match(head) and head.count(head[0]) <= 2:
        return body, head
    if head[0] in "\"'“‘" or head.endswith(("'", "’", '"', "”", ",")):
        return paragraph, None
    # A closing credit or attribution ("Reuters", "(AP)") is no heading.
    if len(words) == 1 and (head.isupper() or len(head) < 4):
        return paragraph, None
    # Title case, or a short sentence-case phrase: every word capitalised, or only the first.
    capitalised = [word for word in words[1:] if word[:1].isupper()]
    lower = [word for word in words[1:] if word[:1].islower() and word.lower() not in _SMALL_WORDS]
    if capitalised and lower:
        return paragraph, None
    return body, head


# English articles and question words that open a label glued at a paragraph's end with its colon ("The bottom
# line:", "Why it matters:"); a colon after other words ("She said:", "Here it is:", "For example:") opens a quote
# or a list.
_LABEL_OPENERS = frozenset("a an the why what how where who when".split())  # noqa: SIM905
_MAX_LABEL_WORDS = 5
_QUOTE_OR_ITEM = tuple("\"'“‘«„-–—•*([")


def split_colon_heading(paragraph: str, next_paragraph: str | None) -> tuple[str, str | None]:
    """(paragraph, heading or None): a label ending with a colon after the paragraph's final sentence ('... the
    vote. The bottom line:') split off as a heading, without its colon, when a paragraph follows it that opens
    with no quote mark nor list marker (a quote or a list follows a colon that introduces it)."""
    if not paragraph.endswith(":") or next_paragraph is None or next_paragraph.startswith(_QUOTE_OR_ITEM):
        return paragraph, None
    if not next_paragraph[:1].isupper() and not next_paragraph[:1].isdigit():
        return paragraph, None  # (a sentence the colon runs on into)
    body, head = split_run_in_heading(paragraph[:-1])
    if head is None:
        return paragraph, None
    words = head.split()
    if not 2 <= len(words) <= _MAX_LABEL_WORDS or words[0].lower() not in _LABEL_OPENERS or head.endswith("?"):
        return paragraph, None
    return body, head


def is_heading_line(text: str, words: int) -> bool:
    """A standalone short line that can head the paragraphs after it."""
    return (1 <= words <= 15 and not text.endswith((",", ";")) and not text.endswith(".")) or text.endswith(":")


_MIN_CAPITALS_WORDS = 2


def split_capitals_heading(text: str) -> tuple[str, str] | None:
    """A heading in capitals with a subheading in sentence case glued after it, on one line ('THE LONG WINTER Where
    the money went'): (the heading in capitals, the glued one), or None. innerText loses the break between two headings
    as it does between a paragraph and one; the change of case is where the break was."""
    words = text.split()
    capitals = 0
    while capitals < len(words) and _in_capitals(words[capitals]):
        capitals += 1
    rest = words[capitals:]
    if capitals < _MIN_CAPITALS_WORDS or not 1 <= len(rest) <= _MAX_HEADING_WORDS:
        return None
    opening = rest[0].lstrip("\"'“‘")
    if not (opening[:1].isupper() and any(char.islower() for char in opening)):
        return None
    # The glued heading reads as a phrase: no word of it in capitals, none ending a sentence inside it.
    if any(_in_capitals(word) for word in rest) or any(word.endswith((".", ":", ";")) for word in rest[:-1]):
        return None
    return " ".join(words[:capitals]), " ".join(rest)


_MIN_TAIL_LETTERS = 10  # a heading in capitals glued at a line's end is longer than a pair of acronyms ('USDA NRCS')


def split_capitals_tail(text: str) -> tuple[str, str | None]:
    """(line, heading or None): a subheading in capitals glued at the end of a line that is in no capitals itself
    ('Prices of the new ferry tickets THE LONG VIEW', '- 40 fans installed A FARM'S GAMBLE'): innerText lost the
    break, and the change of case tells where it was, whatever ends the line before it (no stop, a heading's last
    word), but a colon or a dash (they announce a name, a product, a button in capitals). Two words or more, plain
    words in capitals (an acronym or a pair of them is shorter), and the line before them has lower case."""
    # (most lines end on a word in lower case: the last two words are asked first, without splitting the line)
    ending = text.rsplit(None, 2)
    if len(ending) < 3 or not (_plain_capitals(ending[-1]) and _plain_capitals(ending[-2])):
        return text, None
    words = text.split()
    tail = 0
    while tail < len(words) - 1 and _plain_capitals(words[-1 - tail]):
        tail += 1
    head = words[len(words) - tail :]
    if not 2 <= tail <= _MAX_HEADING_WORDS or sum(len(word) for word in head) < _MIN_TAIL_LETTERS:
        return text, None
    before = " ".join(words[: len(words) - tail])
    if _in_capitals(words[-1 - tail]):
        return text, None  # (the capitals run on before it, a number or a sign inside: 'THE 60-HOUR MARATHON')
    if not any(char.islower() for char in before):
        return text, None  # (a line in capitals throughout: no change of case)
    if before.endswith((":", "-", "–", "—")):
        return text, None  # (what a colon or a dash announces: a name, a product, a button: 'Tickets: BUY NOW')
    return before, " ".join(head)


def _plain_capitals(word: str) -> bool:
    """A word in capitals with no punctuation but an apostrophe or a hyphen inside ('WHAT'S', 'LONG-TERM')."""
    return _in_capitals(word) and all(char.isalpha() or char in "'’-" for char in word) and word[-1].isalpha()


def _in_capitals(word: str) -> bool:
    """A word in capitals: two letters or more, all upper case, or a one-letter word ('A')."""
    letters = [char for char in word if char.isalpha()]
    if len(letters) == 1:
        return word == letters[0] and word.isupper()
    return len(letters) >= 2 and all(char.isupper() for char in letters)


_QUOTE_MARKS = "\"'“‘”’«»"
_MIN_TITLED_WORDS = 3  # capitalised words of a headline before a glued subheading ('Three Ferries Run Again')


def split_heading_pair(text: str, breaks: Callable[[str, str], bool] | None = None) -> tuple[str, str] | None:
    """Two headings glued on one line, innerText having lost the break between them: one in capitals then one in
    sentence case (split_capitals_heading), or a headline in title case then a subheading in sentence case ('Three
    Ferries Run Again Where the money went'): (the first, the second), or None. The change of case is where the
    break was. The headline's words are capitalised but for short joining ones, three of them at least after its
    first (fewer, and the capitals are names in a heading of mixed case: 'Using the Crowbar Maneuver to save'), and
    its last is one of them (no joining word nor comma: 'Gold for Uganda, as Kiprotich steals the show'); or a
    heading in sentence case, or of one word, then one in sentence case (_sentence_case_pair, when the page tells where
    it breaks: 'Harbourside Looking ahead')."""
    glued = split_capitals_heading(text)
    if glued is not None:
        return glued
    words = text.split()
    start = _sentence_case_tail(words)
    if start is None:
        return None
    head = words[:start]
    last = head[-1].strip(_QUOTE_MARKS)
    if not last[-1:].isalnum():
        return None
    if all(_titled(word) for word in head) and last[:1].isupper():
        if sum(word.strip(_QUOTE_MARKS)[:1].isupper() for word in head[1:]) >= _MIN_TITLED_WORDS - 1:
            return " ".join(head), " ".join(words[start:])
        if len(head) > 1:
            return None
    return None if breaks is None else _sentence_case_pair(head, words[start:], breaks)


def _sentence_case_pair(head: list[str], tail: list[str], breaks: Callable[[str, str], bool]) -> tuple[str, str] | None:
    """A heading then a subheading in sentence case glued on one line ('A quiet harbour What the pilots saw'): the
    capital opening the last phrase in sentence case is where the break was when breaks(word before, that word) says
    it is no name's: the page writes that word in lower case elsewhere ('what'), and not after the word before it
    ('Ferry crews thank Ana for the rescue', 'Deals in the Boxing Day sales' stay whole). The heading before it
    opens with a capital or a number, and ends with no joining word ('Trip to Paris in the spring') nor with a
    capitalised word after its first (a name of two words may run on: '20% off Harbour Fish suppers')."""
    first = head[0].strip(_QUOTE_MARKS)[:1]
    if not (first.isupper() or first.isdigit()) or head[-1].lower() in _SMALL_WORDS:
        return None
    last = head[-1].strip(_QUOTE_MARKS)
    if len(head) > 1 and last[:1].isupper() and not last.isupper():
        return None
    if not breaks(head[-1].strip(_QUOTE_MARKS), tail[0].strip(_QUOTE_MARKS)):
        return None
    return " ".join(head), " ".join(tail)


def split_unstopped_heading(paragraph: str) -> tuple[str, str | None]:
    """(paragraph, heading or None): a subheading in sentence case glued after a paragraph that ends with no stop
    but with a closing bracket, a colon, a web address or a footnote marker ('... (two crossings only) Who pays', '...
    as follows: On the quay', '... at harbourferries.example What comes next', '... on the quay.2 What it costs'):
    innerText lost the break, and these ends close a paragraph's last words (a list item, a lead-in, a listing, a
    sentence and its note) before a new phrase opens with a capital. Only a phrase in sentence case: a name in title
    case follows a colon or a bracket inside a sentence ('Cast: Ann Lee')."""
    if paragraph.endswith(_HEADING_NEVER_ENDS):
        return paragraph, None
    words = paragraph.split()
    start = _sentence_case_tail(words)
    if start is None or start < 8:
        return paragraph, None
    before = words[start - 1]
    if not (before.endswith((")", ":")) or _web_address(before) or _footnote_marker(before)):
        return paragraph, None
    return " ".join(words[:start]), " ".join(words[start:])


_MAX_NOTE_DIGITS = 3
_DIGITS = "0123456789"


def _footnote_marker(word: str) -> bool:
    """A word ending a sentence or a lead-in with a footnote's number after its stop or colon ('quay.2', 'costs:1',
    'said.”12', 'quay.[3]'): a letter, the stop, closing quotes, then one to three digits (bare or in square
    brackets). A ratio or a time ('3:1', '2:30') has a digit before the colon, a version ('v2.1') before the stop."""
    bare = word.removesuffix("]")
    digits = len(bare) - len(bare.rstrip(_DIGITS))
    if not 1 <= digits <= _MAX_NOTE_DIGITS:
        return False
    rest = bare[:-digits]
    if word.endswith("]"):
        if not rest.endswith("["):
            return False
        rest = rest[:-1]
    rest = rest.rstrip(_QUOTE_MARKS)
    return rest[-1:] in (".", ":", "!", "?") and rest[-2:-1].isalpha()


# A repeated-lines key ("#tail <normalized phrase>"): a phrase in sentence case ending a line of several words.
TAIL = "#tail "


def sentence_case_tail(text: str) -> str | None:
    """The phrase in sentence case ending a line after other words ('... the harbour board Who pays' → 'Who pays'),
    or None: what the folder survey counts, a subheading glued by every page of a layout at some line's end."""
    # (the phrase's last word is a word in lower case, a question mark after it at most: most lines end otherwise, and
    # are not split)
    ending = text.rsplit(None, 1)
    end = ending[-1].rstrip("?") if len(ending) == 2 else ""
    if not (end.isalpha() and end.islower()):
        return None
    words = text.split()
    start = _sentence_case_tail(words) if len(words) > 2 else None
    return None if start is None else " ".join(words[start:])


def split_repeated_tail(text: str, is_repeated: Callable[[str], bool]) -> tuple[str, str | None]:
    """(line, heading or None): a phrase in sentence case glued at the line's end that the folder shows glued at
    lines' ends on several pages (is_repeated(the phrase)): a layout's subheading glued after whatever stood before
    it (a list item, a name, a paragraph with no stop: '17. Harbour Ferries: Ann Lee A second look'); a story's own
    words end its lines alike on one page only."""
    tail = sentence_case_tail(text)
    if tail is None or not is_repeated(tail):
        return text, None
    return text[: len(text.rstrip()) - len(tail)].rstrip(), tail


def _sentence_case_tail(words: list[str]) -> int | None:
    """Where a phrase in sentence case ends the words: its first word capitalised, the 1 to 7 after it in lower case
    and one of them more than a joining word, no sentence ending inside it (a question may end it); or None."""
    start = len(words) - 1
    while start > 0 and not words[start].lstrip(_QUOTE_MARKS)[:1].isupper():
        start -= 1
    tail = words[start:]
    if not 2 <= len(tail) <= _MAX_HEADING_WORDS or start == 0:
        return None
    first = tail[0].lstrip(_QUOTE_MARKS)
    if not first.isalpha() or (len(first) > 1 and not first[1:].islower()):
        return None
    rest = [word.rstrip("?") for word in tail[1:]]
    if tail[-1].endswith("??") or any(not word.isalpha() or not word.islower() for word in rest):
        return None
    if all(word in _SMALL_WORDS for word in rest):
        return None
    return start


def _titled(word: str) -> bool:
    """A word of a headline in title case: capitalised, a number ('2.', 'Mid-2022') or a short joining word."""
    bare = word.strip(_QUOTE_MARKS)
    return bare[:1].isupper() or bare[:1].isdigit() or bare in _SMALL_WORDS


def _web_address(word: str) -> bool:
    """A web address in lower case ('harbourferries.example', 'www.pier.org'): dotted parts, the last of letters."""
    parts = word.split(".")
    return (
        len(parts) >= 2
        and word.islower()
        and all(part and all(char.isalnum() or char == "-" for char in part) for part in parts)
        and 2 <= len(parts[-1]) <= 10
        and parts[-1].isalpha()
    )

"""A carried story's head: a headline's shape, the chips under it (a source or credit line) and its text below.

The separator decision (separators.py) asks these tests of the lines right below a rule, a marker or a counter:
a story carried in full stands there only when a headline stands over its source or credit line ("Outlet · 4h",
"outlet.com", "BY A NAME") and a story's text. They live apart because they say what a story's head looks like,
whatever stands above it; where a story starts and how far it runs is the separators' decision.
"""

from __future__ import annotations

import re

from converter.bylines import credits_writer
from converter.textdump.asides import is_curator_credit
from converter.textdump.byline import labelled_credit
from converter.textdump.byline_names import BY_WORDS, byline_part, names_of
from converter.textdump.furniture import HOST, is_reading_time, is_rule
from converter.textdump.lines import Line
from converter.textdump.marked import CALL_WORDS, abbreviation_end
from converter.textdump.metadata import is_compact_age
from converter.textdump.prompts import is_call
from converter.textdump.related import EMBED_MIN_WORDS, is_card_chip, is_title_like

CHIP_LINES = 3  # the most short lines between a headline and its text
CHIP_WORDS = 5
CREDIT_WORDS = 12  # a credit line naming several writers ("Written by A, B and C") is longer than a chip
_QUESTION_WORDS = 15
_INNER_END = re.compile(r"[.!?][\"'’”)]? ")  # a sentence's end inside a line ("... 'the same.' All ...")
_TWO_SENTENCES_WORDS = 20  # the longest headline of two sentences ("X is bad. It need not be.")
_SENTENCE_ENDS = (". ", "? ", "! ")
TEXT_GAP_LINES = 3  # the most short lines a story's text crosses between two of its paragraphs
STANDFIRST_WORDS = 30  # the longest line a story's text crosses between its source line and its paragraphs
# The word that opens an outlet's name as a story's source line ("From The Harbour Courier"): English only.
FROM_WORDS = frozenset({"from", "via"})
_OUTLET_WORDS = 6
_AGENCY_CHARS = 60  # the longest credit line naming an agency
_OUTLET_JOINERS = frozenset({"of", "the", "and", "&", "de", "du", "la", "le"})
NAME_WORDS = 4  # the longest outlet's name standing alone over a story's headline
_TIME_WORDS = 3  # the longest time or length after an outlet's name on its source line ('3 hrs ago', '12 min')


def source_line(line: Line) -> bool:
    """A story's source or credit line: 'Outlet · 4h', '3 hours ago', 'outlet.com', 'BY A NAME', 'Story by A'."""
    text = line.text.strip()
    if line.is_marker or HOST.fullmatch(text) or from_outlet(text):
        return True
    return line_credit(line) if text == line.text else credit_line(text)


def line_credit(line: Line) -> bool:
    """`credit_line(line.text)`, kept on the line: the story rules ask it of the same lines many times a page."""
    kept = line.kept_credit
    if kept is None:
        kept = line.kept_credit = credit_line(line.text)
    return kept


def credit_line(text: str) -> bool:
    """A writer's credit: 'BY A NAME', 'Story by A', 'Written by A, B and C'; a full name each (a one-word
    handle signs a reader's post), or an agency's ('Written by Associated Press': no person's name, but the
    same label and a capitalised name of two words or more)."""
    if labelled_credit(text):
        return all(" " in name for name in names_of(text))
    if len(text) > _AGENCY_CHARS or "by " not in text.lower():
        return False
    part = by_credit_names(text)
    words = [] if part is None else part.split()
    return 2 <= len(words) <= _OUTLET_WORDS and all(word[:1].isupper() for word in words)


def by_credit_names(text: str) -> str | None:
    """The names of a writer's credit under a label ending in "by" ('Written by Ann Lee' → 'Ann Lee', 'Story by
    HarbourWatch' → 'HarbourWatch'), nothing read after them, or None for another line."""
    label, part, tail_words, _ = byline_part(text)
    if label and not tail_words and label.lower().split()[-1] in BY_WORDS and credits_writer(label):
        return part
    return None


def from_outlet(text: str) -> bool:
    """'From The Harbour Courier', 'via Coastline Daily': an outlet's name (every word capitalised), or its host
    ('via outlet.com'), after "from"."""
    words = text.split(None, _OUTLET_WORDS)  # (a longer line is split no further than one word past the longest)
    if not 2 <= len(words) <= _OUTLET_WORDS or words[0].lower() not in FROM_WORDS or text.endswith((".", ":")):
        return False
    name = words[1:]
    if len(name) == 1 and HOST.fullmatch(name[0]):
        return True  # ('via outlet.com')
    return _outlet_name(name)


def _outlet_name(words: list[str]) -> bool:
    """An outlet's name: its first word capitalised and every other too, but the joining words ('Bay of Islands')."""
    return words[0][:1].isupper() and all(word[:1].isupper() or word.lower() in _OUTLET_JOINERS for word in words)


def headline(line: Line) -> bool:
    """A headline's shape: title-like, no final stop, no paragraph (but one short question: "Why Do Cats Purr?")."""
    if not is_title_like(line) or line.text.endswith((".", ":")) or line.text[:1].islower():
        return False
    if not line.is_prose:
        # ("Picked by A" under a headline; "Share it With Friends", a button's call: a headline says more)
        return not (_short_call(line) or line_credit(line) or is_curator_credit(line.text))
    text = line.text
    number, _, rest = text.partition(". ")
    if number.isdigit():  # a numbered entry's headline: "2. Why Do Cats Purr?"
        text = rest
    inner = text[:-1]
    return text.endswith("?") and line.words <= _QUESTION_WORDS and not any(end in inner for end in _SENTENCE_ENDS)


def _short_call(line: Line) -> bool:
    """A button's few words calling the reader ("Share it With Friends"): no headline (one says more)."""
    return line.words <= CALL_WORDS and is_call(line.tokens, line.text)


def headed(lines: list[Line], position: int) -> bool:
    """lines[position] is a headline, or a long one or a short exclamation over its credit, host or reading-time line
    ("It's not just you: the lights look different now, and can give you headaches" over "Written by A", "outlet.com"
    or "8 min read"; not over a reader's name and time)."""
    line = lines[position]
    if headline(line):
        return True
    if position + 1 >= len(lines) or line.text[:1].islower():
        return False
    under = lines[position + 1]
    below = under.text
    # (or over a source line naming its host: 'Source: outlet.com · 2h'; or over its reading time alone, '8 min read';
    # or over an outlet's name, after "from" or before its time: 'From The Harbour Courier', 'Quay Post · 3 min')
    if not (
        line_credit(under)
        or _host_line(below)
        or (_names_host(below) and source_line(under))
        or _reading_time(under)
        or from_outlet(below)
        or outlet_timed(under)
    ):
        return False
    # ("Ferry fares are too high. They need not be." over "outlet.com": two short sentences; "Ferry fares rise
    # again!" over "6 min read": one short exclamation, as a short question is a headline)
    return (
        two_sentences(line)
        or _exclaimed(line)
        or (
            not _short_call(line)
            and is_title_like(line)
            and (not line.sentence_end or abbreviation_end(line.text))  # ("... in L.A.": no sentence's stop)
        )
    )


def _exclaimed(line: Line) -> bool:
    """One short sentence ending with an exclamation mark, _QUESTION_WORDS words at most ("Ferry fares rise again!")."""
    inner = line.text[:-1]
    return line.text.endswith("!") and line.words <= _QUESTION_WORDS and not any(end in inner for end in _SENTENCE_ENDS)


def _reading_time(line: Line) -> bool:
    """A chip giving a story's reading time and nothing else ('8 min read', '12 mins'): a headline's, no paragraph's
    (a comment's line is timed by when it was posted)."""
    return line.words <= CHIP_WORDS and not line.is_prose and is_reading_time(line.text)


def outlet_timed(line: Line) -> bool:
    """A source line of an outlet's name and its time or length, set apart by a dot: 'The Harbour Courier · 13h',
    'Quay Post · 3 min' (a name in capitals first, a short last part with a figure; a reader's name and time stand
    above a comment, not under a headline over a story's text)."""
    if not line.is_marker or line.is_prose:
        return False
    parts = [part.strip() for part in line.text.split(" · ")]
    if len(parts) < 2 or len(parts[-1].split()) > _TIME_WORDS or not any(char.isdigit() for char in parts[-1]):
        return False
    name = parts[0].split()
    return 1 <= len(name) <= _OUTLET_WORDS and _outlet_name(name) and not any(char.isdigit() for char in parts[0])


def two_sentences(line: Line) -> bool:
    """A headline made of two short sentences, _TWO_SENTENCES_WORDS words at most: one sentence ends inside it."""
    inner = line.text[:-1]
    return (
        3 <= line.words <= _TWO_SENTENCES_WORDS
        and line.text.endswith((".", "?", "!"))
        and len(_INNER_END.findall(inner)) == 1
        and not line.is_furniture
    )


def _names_host(text: str) -> bool:
    """A word of the line is an outlet's host ('Source: outlet.com · 2h')."""
    return any(HOST.fullmatch(word.strip(".,;:()[]")) for word in text.split() if "." in word)


def _host_line(text: str) -> bool:
    """An outlet's host, alone or after "from" ('outlet.com', 'via outlet.com')."""
    return bool(HOST.fullmatch(text)) or (from_outlet(text) and "." in text)


def story_head(lines: list[Line], position: int, repeated: frozenset[str] = frozenset()) -> bool:
    """lines[position] is a headline over one to three short chips, one at least a source or credit line, and a
    story's first paragraphs (EMBED_MIN_WORDS words). An outlet's bare name right under the headline sources it too
    when the folder shows that name on other pages (`repeated`, normalized lines): the outlets a site carries recur
    across its pages, where a name under a subheading in a story's own text (a product's, a place's) does not."""
    if not headed(lines, position):
        return False
    following, sourced = position + 1, False
    while following < min(position + 1 + CHIP_LINES, len(lines)):
        below = lines[following]
        if below.is_prose or below.words > CREDIT_WORDS:
            break
        is_source = source_line(below)
        # (a source line naming a host may say more than a chip: 'Source: outlet.com · Translated from Dutch')
        if below.words > CHIP_WORDS and not (line_credit(below) or (is_source and _names_host(below.text))):
            break
        if not (is_source or is_card_chip(below) or is_curator_credit(below.text)):  # ("Picked by A": no headline's)
            return False
        sourced = sourced or is_source or (following == position + 1 and _repeated_outlet(below, repeated))
        following += 1
    return sourced and text_follows(lines, following)


def _repeated_outlet(line: Line, repeated: frozenset[str]) -> bool:
    """An outlet's name of two words or more ('Orchard Times') that the folder shows on other pages too."""
    return line.words >= 2 and line.normalized in repeated and _outlet_name(line.text.split())


def text_follows(lines: list[Line], position: int) -> bool:
    """A story's text from lines[position]: EMBED_MIN_WORDS words of prose, crossing one short line (a standfirst
    under the source line) before its first paragraph, and up to TEXT_GAP_LINES at a time between its paragraphs
    (a short paragraph, an ad's label, a subheading), but no card's title over its source line."""
    words = gap = 0
    last: Line | None = None
    for line in lines[position : position + EMBED_MIN_WORDS]:
        if line.is_prose:
            words, gap, last = words + line.words, 0, line
            if words >= EMBED_MIN_WORDS:
                return True
        else:
            if last is not None and gap == 0 and not last.sentence_end and is_title_like(last):
                return False  # (the "paragraph" above is the next card's long headline, over its chip)
            if gap and _label(line):
                continue  # (an ad's label under a standfirst, "Story continues below": no list's line, no rule)
            gap += 1
            if gap > (TEXT_GAP_LINES if words else 1) or line.words > STANDFIRST_WORDS:
                return False
            # A card's title over its credit or time, a time under a teaser: a list of cards.
            if (gap > 1 and source_line(line)) or (words and (line.is_relative_time or line_credit(line))):
                return False
    return False


def _label(line: Line) -> bool:
    """An ad's label in words, furniture by its own shape ("Advertisement", "Story continues below")."""
    return line.is_furniture and line.words <= CHIP_WORDS and line.text[:1].isalpha() and not source_line(line)


def source_above(text: str) -> bool:
    """A source line that may stand above its story's headline: a host, "From" an outlet, "Outlet · 4h" (a
    credit or a time above a headline is its page's own byline, or a comment's)."""
    return bool(HOST.fullmatch(text)) or from_outlet(text) or " · " in text


def outlet_name(line: Line) -> bool:
    """An outlet's bare name on its own line: a few words, each capitalised (or a joiner: "of", "&"), no stop,
    no paragraph ("The Harbour Courier", "Reuters"). A person's name has the same shape: only a headline below it,
    its chips and a story's text make it a story's source (named_head)."""
    text = line.text
    words = text.split()
    if line.is_prose or not 1 <= len(words) <= NAME_WORDS or text.endswith((".", ":", "?", "!")):
        return False
    if not (words[0][:1].isupper() and all(word[:1].isupper() or word.lower() in _OUTLET_JOINERS for word in words)):
        return False
    return not line_credit(line)  # ("By Ann Lee" credits a writer)


def named_head(lines: list[Line], position: int) -> int | None:
    """The headline of a story whose source stands above it by name alone: an outlet's name at lines[position],
    a chip or two ("+ Follow"), the headline, one to CHIP_LINES chips under it, one a time, a reading time or a
    credit, and its text ("The Harbour Courier" over "Ferry fares rise again" over "4 min" over the story). Without
    such a chip under the headline, no story: a name over a title over a paragraph is a list's entry, a
    subheading's, an ad's ("Shop now" under it); a time above the headline times a reader's comment."""
    if position >= len(lines) - 2:
        return None
    name = lines[position]
    if name.words > NAME_WORDS or name.is_furniture or not outlet_name(name):
        return None  # (an ad's label is no outlet: "Sponsored" over the ad's headline)
    for place in range(position + 1, min(position + 1 + CHIP_LINES, len(lines) - 2)):
        line = lines[place]
        # (a headline has three words or more, and a chip under it: the cheap tests first)
        if line.words >= 3 and not lines[place + 1].is_prose and headed(lines, place) and not outlet_name(line):
            text = past_chips(lines, place + 1)
            timed = any(_times_or_credits(chip) for chip in lines[place + 1 : text])
            return place if timed and text_follows(lines, text) else None
        # (a rule between is no chip: it sets apart what stands above it, "Yes" and "No" buttons; nor a time: a
        # poster's name over the time of a comment)
        if line.is_prose or line.words > CHIP_WORDS or line.is_relative_time or line.is_marker or is_rule(line.text):
            return None
        if not is_card_chip(line):
            return None
    return None


def _times_or_credits(line: Line) -> bool:
    """A chip that times or credits a story: '4 min', '3 hours ago', '14h', 'Story by A', 'Outlet · 2h' (not a
    button's call under an ad's headline: 'Shop now')."""
    return source_line(line) or line.is_relative_time or is_reading_time(line.text) or is_compact_age(line.text)


def past_chips(lines: list[Line], position: int) -> int:
    """The first line from lines[position] past the short chips under a headline: a credit ("Written by A"), a
    time ("20h"), up to CHIP_LINES of them (none: position itself)."""
    following = position
    while following < min(position + CHIP_LINES, len(lines)):
        below = lines[following]
        if below.is_prose or not (line_credit(below) or (below.words <= CHIP_WORDS and is_card_chip(below))):
            break
        following += 1
    return following


def short_below_headline(lines: list[Line], position: int) -> bool:
    """The quick part of story_head: a headline-sized line that is no paragraph, a short line below it, a
    paragraph within the chips' reach."""
    return (
        position + 1 < len(lines)
        and lines[position + 1].words <= CREDIT_WORDS
        and headed(lines, position)
        and any(line.is_prose for line in lines[position + 2 : position + 2 + CHIP_LINES])
    )

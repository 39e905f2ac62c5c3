"""The metadata around the body: title, byline, date, canonical URL and the site's own name."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from converter.bylines import SPONSOR_WORDS, looks_like_name, split_authors
from converter.dates import MONTHS, find_date, find_loose_date, is_relative_date
from converter.prefilter import CASE_TRAPS, holds_any
from converter.textdump.asides import is_curator_credit
from converter.textdump.fields import is_mail_date
from converter.textdump.furniture import HOST, is_furniture, is_time_stamp, is_url
from converter.textdump.lines import Line, per_page, title_case
from converter.textdump.masthead import (
    common_words,
    confirmed_name,
    folder_masthead,
    furniture_name,
    logo_name,
    masthead_name,
)
from converter.textdump.related import header_kind

# The title, byline and date searches ask the same lines the same questions: answers are kept.
_MEMO = 1 << 12
_find_date = lru_cache(maxsize=_MEMO)(find_date)
_find_loose_date = lru_cache(maxsize=_MEMO)(find_loose_date)

BY = re.compile(
    r"^(?:written\s+by|reported\s+by|story\s+by|words\s+by|by|von|por|par|oleh|di|door|av)\s+\S", re.IGNORECASE
)
_ROLE_HINT = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|journalist|author|bureau|"
    r"associated press|reuters|afp)\b",
    re.IGNORECASE,
)
# Where a byline part ends and a date or handle begins: "Catherine Shu @catherineshu / 2 days".
_BYLINE_CUT = re.compile(r"(?<!\s)\s+(?:@\S+|/|\||•|·|—|–|-)\s*.*$")
_NAME = r"([A-Z][\w&'.-]*(?:\s+[A-Z0-9][\w&'.-]*){0,3})"
# "Get the Sitename app", "Open in the Sitename app", "Read it in the Sitename app": a verb of getting or using an app,
# the site's name, "app" (English words).
_APP_PROMPT = re.compile(
    r"(?i:\b(?:(?:download|get|install)\s+|(?:open|continue|read|view)\s+(?:(?:it|this|more)\s+)?(?:in|on|with)\s+)"
    r"(?:the\s+)?)" + _NAME + r"(?i:\s+app\b)"
)
# "Sitename Premium", "Try Sitename Plus": a line selling the site's own paid tier, its name one word before the
# tier's (English words), a verb of trying or joining before it.
_TIER_LINE = re.compile(
    r"^((?i:try|get|join|go|upgrade\s+to|subscribe\s+to)\s+)?([A-Za-z][\w&'.-]*)"
    r"\s+(?:Premium|Plus|Unlimited|PREMIUM|PLUS)"
)
_TIER_CLUES = ("premium", "plus", "unlimited")
TIER_WORDS = 4  # the most words of a tier's line (a menu entry, a button)
MENTION_WORDS = 5  # the most words of another short line naming it ("About Sitename")
# "You're reading Sitename.": the page telling the reader where they are, the name closing the sentence.
_READING = re.compile(
    r"(?i:\byou(?:'re|’re|\s+are)\s+(?:now\s+)?(?:reading|browsing|using)\s+(?:the\s+)?)" + _NAME + r"\s*(?:[.!]|$)"
)
_EXPLORE = re.compile(r"(?i:\bexplore\s+what\s+)" + _NAME.replace("{0,3}", "{0,2}?") + r"(?:\s+AI)?\s+can\s+do\b")
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|(?i:copyright))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?i:by\s+)?(?:The\s+)?" + _NAME
)
_HOLDER_FIRST = re.compile(_NAME + r"\s*(?:©|\([cC]\))\s*(?:19|20)\d\d\s*$")
# "sitename, Inc. © 2024. All rights reserved.": a company (its legal form said) holding the notice it opens, its
# name as the company writes it (a name in lower case too: a legal form names no photo agency, no section).
_COMPANY_FIRST = re.compile(
    r"^(\w[\w&'.-]*(?:\s+[\w&'.-]+){0,2}?),?\s+(?:Pty\s+)?(?:Inc|LLC|Ltd|PLC|GmbH|Corp|Limited)\.?\s*(?:©|\([cC]\))\s*(?:19|20)\d\d\b"
)
_PROMO_WORDS = re.compile(r"\b(?:email|e-mail|address|contact|newsletter|comments?|subscribe|follow)\b", re.I)
_YEARS = re.compile(r"(?<!\s)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$")
_GENERIC_NAMES = frozenset({"the", "our", "this", "app", "all", "copyright", "free", "mobile", "news"})
# Where a copyright holder's name ends: its legal form, or the rights notice.
# (White space from the start of its run only, here and in `_BYLINE_CUT`, `_YEARS`: quadratic otherwise.)
_COMPANY_TAIL = re.compile(
    r"(?:(?<!\s)\s*|(?<=\s))(?:,|\b(?:Inc|LLC|Ltd|PLC|GmbH|S\.?A|Corp|Co|Limited|All|Todos)\b)"
    r".*$"
)


def in_link_list(lines: list[Line], index: int) -> bool:
    """Below a related-list heading with only short lines between: an entry of that list."""
    for other in reversed(lines[max(0, index - 6) : index]):
        if header_kind(other):
            return True
        if other.is_prose:
            return False
    return False


def credit_distance(lines: list[Line], index: int) -> int | None:
    """How many lines below a candidate headline its byline or date line sits (within four)."""
    credits = _credit_lines(lines)
    for offset, other in enumerate(lines[index + 1 : index + 5], start=1):
        credit = credits.get(index + offset)
        if credit is None:
            credit = credits[index + offset] = (
                is_byline(other.text)
                or is_date_line(other)
                or is_time_stamp(other.text)
                # (a paragraph saying "a decade ago" times nothing; "3 hours ago" and "2d" on a line of their own do)
                or (other.words <= _STAMP_WORDS and other.is_relative_time)
                or is_compact_age(other.text)
                or is_month_day(other.text)
                or is_stamped_chip(other.text)
            )
        if credit:
            return offset
        # A curator's credit right under a headline-length line credits it too ("Kept by A in B"; such a credit may
        # stand above the headline as well, over a menu's last entry or a chip).
        if offset == 1 and lines[index].words >= 5 and is_curator_credit(other.text) and not _sponsor(other.text):
            return offset
        # A bare name credits only a headline-length line (menus hold two-word entries too).
        if lines[index].words >= 5 and is_name_line(other.text):
            return offset
    return None


_SPONSOR = re.compile(SPONSOR_WORDS, re.IGNORECASE)


def _sponsor(text: str) -> bool:
    """A sponsor's credit ("Presented by A"): an advertiser's, under an entry of a list as well as a headline."""
    return bool(_SPONSOR.search(text.lower().partition(" by ")[0]))


# The most words of a line timing the article with a relative time ("Updated 3 hours ago").
_STAMP_WORDS = 14
# A story's age alone on its line, as apps print it: "2d", "5 h", "40 min", "3 hrs" (English units: language).
_COMPACT_AGE = re.compile(r"\d{1,3} ?(?:[smhdwy]|mins?|hrs?|hours?|days?|wks?|weeks?|mos?|months?)\.?", re.IGNORECASE)


def is_compact_age(text: str) -> bool:
    """'2d', '5 h', '3 hrs': a number and a unit of time, nothing else on the line."""
    return len(text) <= 12 and text[:1].isdigit() and _COMPACT_AGE.fullmatch(text.strip()) is not None


def is_month_day(text: str) -> bool:
    """'Dec. 21', '21 December', 'Dec 21,': a day of a month, no year, alone on its line (a story's stamp)."""
    words = text.replace(",", " ").replace(".", " ").lower().split()
    if len(words) != 2 or len(text) > 20:
        return False
    day, month = (words[1], words[0]) if words[0] in MONTHS else (words[0], words[1])
    return month in MONTHS and day.isdigit() and 1 <= int(day) <= 31


CHIP_WORDS = 8  # the most words of a source's chip with the story's age ("Harbour Courier · 7h")


def is_stamped_chip(text: str) -> bool:
    """'Harbour Courier · 7h', 'Quay Post | 2 hours ago': a short line whose last piece after a separator is the
    story's age or date (the source's chip under a headline, timing it)."""
    if len(text) > 80 or len(text.split()) > CHIP_WORDS:
        return False
    for join in _STAMP_JOINS:
        head, found, last = text.rpartition(join)
        if found and head.strip():
            last = last.strip()
            return is_compact_age(last) or is_month_day(last) or _stamp(last)
    return False


@per_page
def _credit_lines(lines: list[Line]) -> dict[int, bool]:
    """A page's memo: line index → a credit, date or time-stamp line (each line is below four candidates)."""
    return {}


def not_a_headline(text: str) -> bool:
    """A UI line ("Share", "Sign in"), a parenthesised note, or a publication stamp."""
    return _may_be_ui(text) and bool(_NOT_A_HEADLINE.search(text))


def _may_be_ui(text: str) -> bool:
    """Can _NOT_A_HEADLINE match? An action word opening the line, a bracket opening it, or a stamp's word.

    (The action words are tested at the start only, where the pattern wants them: "see", "show", "log"
    sit inside words of most lines, and each let a search through.)
    """
    if not text.isascii() and CASE_TRAPS.search(text):
        return True  # only the pattern itself can tell
    lower = text.lower()
    return lower.startswith(_NOT_A_HEADLINE_STARTS) or text[:1] == "(" or holds_any(lower, _NOT_A_HEADLINE_WORDS)


@lru_cache(maxsize=_MEMO)
def is_byline(text: str) -> bool:
    """'By Tom Burgis and Maeve McClenaghan', 'Tom Krisher, AP Auto Writer'."""
    if _more_words_than(text, 16) or not text:
        return False
    if BY.match(text):
        return bool(split_authors(text))
    # (The separators first: most lines hold neither, and need no search for a role.)
    if ("," in text or "|" in text) and _ROLE_HINT.search(text):
        return bool(split_authors(text)) and len(text.split()) <= 10
    if TOLD_TO in text:
        return bool(told_to(text))
    return host_credit(text)


# English words of a first-person story's credit: the teller's name, then the writer's ("Ann Lee as told to Bo Park").
TOLD_TO = " as told to "


def told_to(text: str) -> list[str]:
    """The writers a teller's credit names ('Ann Lee as told to Bo Park' -> ['Bo Park']): both sides people's
    names and nothing else; else []."""
    teller, found, writers = text.strip().partition(TOLD_TO)
    if not found or split_authors(teller) != [teller.strip()]:
        return []
    names = split_authors(writers)
    return names if names and ", ".join(names) == writers.strip().replace(" and ", ", ") else []


# What joins a writer's name to the host of the outlet: "A, outlet.com", "A (outlet.com)", "A · outlet.com", and
# the English "A for outlet.com" (the outlet the writer wrote for, named by its host).
_HOST_JOINS = (", ", " (", " · ", " | ", " • ", " for ")


def host_credit(text: str) -> bool:
    """People's names joined to a host ("Ann Lee and Bo Park, outlet.com", "Ann Lee (outlet.com)"): a byline."""
    head = joined_to_host(text)
    if head is None:
        return False
    names = split_authors(head)
    return bool(names) and all(" " in name and looks_like_name(name) for name in names)


def credits_host(text: str) -> bool:
    """A few capitalised words joined to a host: a writer's or an outlet's credit ("Ann Lee (outlet.com)", "Harbour
    Courier · outlet.com", "News Desk, outlet.com"), no headline."""
    head = joined_to_host(text)
    words = head.split() if head else []
    return 1 <= len(words) <= _HOST_CREDIT_WORDS and all(word[:1].isupper() or word in NAME_JOINS for word in words)


_HOST_CREDIT_WORDS = 5
# Lower-case words inside an outlet's or a desk's name ("Times of the Coast"): language.
NAME_JOINS = frozenset({"&", "of", "the", "and"})


def joined_to_host(text: str) -> str | None:
    """What stands before a host joined to it ("A (outlet.com)", "A, outlet.com", "A · outlet.com"), or None."""
    if "." not in text or len(text) > 120:
        return None
    for join in _HOST_JOINS:
        head, found, tail = text.rpartition(join)
        if found and HOST.fullmatch(tail.removesuffix(")") if join == " (" else tail):
            return head.strip()
    return None


def _more_words_than(text: str, limit: int) -> bool:
    """`len(text.split()) > limit`, without splitting a paragraph into its words when its spaces tell.

    (A printable text holds no white space but the plain space: then, without two in a row or one at an
    end, it has one word more than spaces. The credit tests ask it of every line of a page.)
    """
    spaces = text.count(" ")
    if spaces >= limit and text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return True
    return len(text.split()) > limit


def byline_names(text: str, publication: str | None) -> list[str]:
    return split_authors(_BYLINE_CUT.sub("", text) if not BY.match(text) else text, publication)


# Lines that are UI actions, credits or time stamps, whatever the words around them.
_NOT_A_HEADLINE_STARTS = (
    "continue",
    "search",
    "share",
    "copy",
    "print",
    "watch live",
    "listen",
    "view",
    "see",
    "click",
    "tap",
    "skip",
    "show",
    "hide",
    "load",
    "sign",
    "log",
)
_NOT_A_HEADLINE_WORDS = ("published", "updated", "posted", "last modified")
_NOT_A_HEADLINE = re.compile(
    rf"^(?:{'|'.join(_NOT_A_HEADLINE_STARTS)})\b|^\(.*\)$|\b(?:{'|'.join(_NOT_A_HEADLINE_WORDS)})\b", re.IGNORECASE
)
SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"'”’]? [\"'“‘]?[A-Z][a-z]")
TIMED_LEAD = 40  # the most characters of a relative time before "by" ("posted 22 hours ago by A")
_INNER_BY = re.compile(r"\b(?:by|von|por|par|oleh)\s+(\S.*)$", re.IGNORECASE)


def lead_before_by(text: str) -> str:
    """What stands before the line's inner "by" ('received 8 hours ago' of 'received 8 hours ago by A'), or ''."""
    match = _INNER_BY.search(text)
    return text[: match.start()] if match else ""


def names_after_by(text: str) -> list[str]:
    """'Monday November 18, 2019 7:45 am PST by Joe Rossignol' → ['Joe Rossignol'], '22h ago by Ann Lee' → ['Ann
    Lee'] (lines dated or timed before the "by" only); without a "by", names after a stamp and a separator."""
    if not _INNER_BY.search(text):
        return _names_after_stamp(text)
    credit = credit_after_dated_by(text)
    return split_authors(credit) if credit else []


def credit_after_dated_by(text: str) -> str | None:
    """What a dated or timed lead credits after its "by" ('Dec 19, 2023 by Ann Lee · 5 min' → 'Ann Lee'), or None."""
    match = _INNER_BY.search(text)
    if not match or not _stamp(text[: match.start()]):
        return None
    return _BYLINE_CUT.sub("", match.group(1))


def _stamp(lead: str) -> bool:
    return _find_date(lead) is not None or (len(lead) <= TIMED_LEAD and is_relative_date(lead.strip(" ·|•,")))


# What parts a date from the names after it: "21 Dec 2023 | Ann Lee", "3 hours ago · Ann Lee and Bo Park".
_STAMP_JOINS = (" | ", " · ", " • ")


def _names_after_stamp(text: str) -> list[str]:
    """'Yesterday at 9:12 AM | Ann Lee' → ['Ann Lee']: a date or a relative time, a separator, then people's full
    names and nothing else (a section or an outlet there, "3h ago · Politics", names no one)."""
    if len(text) > 120:
        return []
    for join in _STAMP_JOINS:
        lead, found, rest = text.partition(join)
        if found:
            break
    else:
        return []
    names = split_authors(rest) if join not in rest and _stamp(lead) else []
    if not names or not all(" " in name and looks_like_name(name) for name in names):
        return []
    named = sum(len(name.split()) for name in names)
    return names if named >= len(rest.replace(",", " ").split()) - (len(names) - 1) else []


@lru_cache(maxsize=_MEMO)
def is_name_line(text: str) -> bool:
    """A line holding only a person's name (with maybe a handle or a time after a separator)."""
    words = len(text.split())
    if words < 2:
        return False  # (the cut keeps the line's first words at most)
    if not holds_any(text, _BYLINE_CUT_MARKS):
        return words <= 4 and looks_like_name(text.strip())  # nothing for _BYLINE_CUT to cut
    head = _BYLINE_CUT.sub("", text).strip()
    return 2 <= len(head.split()) <= 4 and looks_like_name(head)


# Every match of _BYLINE_CUT holds one of these.
_BYLINE_CUT_MARKS = ("@", "/", "|", "•", "·", "—", "–", "-")


def is_date_line(line: Line) -> bool:
    return line.words <= 14 and _find_date(line.text) is not None


def find_date_near(lines: list[Line], first: int, last: int, headline: int = 0) -> tuple[str | None, int | None]:
    """The first date on a short line in lines[first:last], and that line's index.

    The credit block under a headline may run on past `last` (a standfirst, "By", the name, a label,
    then the date): its short lines are searched too, up to the first line of prose. Above the `headline`, a
    sentence is another story's teaser ("... on Dec. 5, 2023."): its date is not the article's.
    """
    first = max(0, first)
    # A line stamping a change ("Last updated 2023-12-24", "Edited 12/21/2023") dates the story only when no line
    # near it gives another date: the publication's stamp often stands under the change's.
    changed: tuple[str | None, int | None] = (None, None)
    for index in range(first, min(last, len(lines))):
        line = lines[index]
        if line.words <= 25 and not (index < headline and line.is_prose and line.sentence_end):
            found = _find_loose_date(line.text)
            # (an e-mail's date is the sending's: the story's only when nothing else dates it)
            if found and (_CHANGE_STAMP.match(line.text) or is_mail_date(lines, index)):
                changed = changed if changed[0] else (found, index)
            elif found:
                return found, index
    for index in range(max(first, last), min(last + _CREDITS_BELOW, len(lines))):
        line = lines[index]
        if line.is_prose or line.words > 14:
            break
        found = _find_loose_date(line.text)
        if found and _CHANGE_STAMP.match(line.text):
            changed = changed if changed[0] else (found, index)
        elif found:
            return found, index
    return changed


# A line opening on a word of changing a story, not of publishing it ("Updated", "Last edited", "Revised", "Load
# date:"; English): its date is the change's.
_CHANGE_STAMP = re.compile(
    r"^\W*(?:last\s+|latest\s+)?(?:updated|update|edited|revised|modified|changed|refreshed|saved|load\s+date)\b",
    re.IGNORECASE,
)


# A date written with slashes: two numbers, then the year ("13/12/2023", "01/12/2023").
_SLASHED = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?![\d/])")


def day_first(lines: list[Line], date: str | None, index: int | None) -> str | None:
    """The date found on lines[index], read day first when its slashed numbers could be either order and the page
    writes another slashed date whose first number cannot be a month ("13/12/2023" there: "01/12/2023" is the 1st
    of December, not the 12th of January), or the date's own time is told on a 24-hour clock ("01/12/2023 22:26",
    "01/12/2023, 07:05": where clocks run to 24, days come first; "12/01/2023 9:05 PM" is month first)."""
    if date is None or index is None or "/" not in lines[index].text:
        return date
    page_day_first = _writes_day_first(lines)
    for match in _SLASHED.finditer(lines[index].text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if first > 12 or second > 12 or date[:10] != f"{year:04d}-{first:02d}-{second:02d}":
            continue
        if page_day_first or _CLOCK_24.match(lines[index].text, match.end()):
            return f"{year:04d}-{second:02d}-{first:02d}"
    return date


# A time right after a date that only a 24-hour clock writes: an hour past 12, or one with its leading zero ("07:05"),
# and no a.m. or p.m. after it.
_CLOCK_24 = re.compile(r"\W{0,4}(?:at\s+)?(?:1[3-9]|2[0-3]|0\d):[0-5]\d(?![\d:])(?!\s*[aApP]\.?[mM]\b)")


@per_page
def _writes_day_first(lines: list[Line]) -> bool:
    """A slashed date on the page whose first number is a day past 12 ("13/12/2023")."""
    return any(
        12 < int(match[1]) <= 31 and int(match[2]) <= 12
        for line in lines
        if "/" in line.text and line.words <= 40
        for match in _SLASHED.finditer(line.text)
    )


# How many short lines past the window the credit block may run on.
_CREDITS_BELOW = 4


def is_date_only(line: Line) -> bool:
    """A line that is a date stamp and little else ('Updated 1:39 am EST, Wednesday, ...')."""
    return line.words <= 14 and not line.is_prose and _find_date(line.text) is not None


def closing_date(lines: list[Line], last: int, walls: Collection[int]) -> str | None:
    """A date line between the article's last paragraph and a list heading ("July 21, 2023", then "Up next"), for
    a page whose top shows none. (A date line followed by more text heads the next post of a blog's page.)

    Short widget lines may stand between the date and the heading ("Save", "Share", "12 comments"): no text.
    """
    for index in range(max(1, last - 1), min(last + 3, len(lines))):
        if lines[index - 1].is_prose and _widgets_to_wall(lines, index + 1, walls) and is_date_only(lines[index]):
            return _find_date(lines[index].text)
    return None


# The most widget lines between a closing date and the heading below it, and their most words.
_WIDGET_LINES = 6
_WIDGET_WORDS = 3


def _widgets_to_wall(lines: list[Line], start: int, walls: Collection[int]) -> bool:
    """From lines[start] on, only a few short lines that end no sentence, then a list heading or the page's end."""
    for index in range(start, min(start + _WIDGET_LINES + 1, len(lines) + 1)):
        if index in walls or index == len(lines):
            return True
        line = lines[index]
        if line.words > _WIDGET_WORDS or line.sentence_end or line.is_prose:
            return False
    return False


# The words that stamp a line with the article's publication ("Story published 3/4/2023 · Updated ..."): language.
_PUBLISHED = re.compile(r"\b(?:published|posted)\b", re.IGNORECASE)


def foot_date(lines: list[Line]) -> str | None:
    """The date of a publication stamp in the page's foot: the last line stamping a date ("published", "updated")
    with no prose below it (a carried story's stamp stands over its text). The date after "published" if it names
    one ("Published 3 May · Updated 4 May", "Updated 4 May · Published 3 May"), else the line's first."""
    for line in reversed(lines):
        if line.is_prose:
            return None
        if line.words > 14 or not holds_any(line.text.lower(), _NOT_A_HEADLINE_WORDS):
            continue
        match = _PUBLISHED.search(line.text)
        found = (_find_date(line.text[match.end() :]) if match else None) or _find_date(line.text)
        if found:
            return found
    return None


def find_url(lines: list[Line], last: int) -> str | None:
    """The page's address when the dump shows it as a line of its own above the body."""
    for line in lines[: max(0, last)]:
        if is_url(line.text) and line.text.startswith("http"):
            return line.text
    return None


# The most words of a line prompting the reader to get the site's app wherever it stands.
PROMPT_WORDS = 20


def _among_paragraphs(lines: list[Line], line: Line) -> bool:
    """A long line with a paragraph of prose right above or below it: a paragraph of a text, not a prompt's box."""
    if line.words <= PROMPT_WORDS:
        return False
    index = line.index
    return (index > 0 and lines[index - 1].is_prose) or (index + 1 < len(lines) and lines[index + 1].is_prose)


def find_site_name(lines: list[Line], repeated: frozenset[str] = frozenset()) -> str | None:
    """The name the page gives itself: an app prompt, a name line above the copyright, its holder. `repeated`: the
    normalized lines its folder shows on many pages (`textdump.repeated`), a masthead's evidence over every page."""
    # A pattern runs only on lines holding its clue (its case-insensitive literal, lower-cased).
    lowered = [line.text.lower() if line.words <= 40 else "" for line in lines]
    for pattern, clue in ((_APP_PROMPT, "app"), (_EXPLORE, "explore"), (_READING, "you")):
        for line, lower in zip(lines, lowered, strict=True):
            # (A paragraph among paragraphs saying "download the X app" is a story's, X another's app.)
            match = pattern.search(line.text) if clue in lower and not _among_paragraphs(lines, line) else None
            name = _clean_site(match.group(1)) if match else None
            if name and name.split()[0].lower() not in _NOT_A_NAME_START:
                return name
    # The masthead the page names itself by again (a copyright holder may be a printer or a parent group), or its
    # logo's text opening the page.
    name = masthead_name(lines) or logo_name(lines)
    if name:
        return name
    # "© REUTERS / POOL" under a photo is a picture credit, not the site's notice; so is "(© Name)", in brackets.
    copyrights = [
        line.index
        for line, lower in zip(lines, lowered, strict=True)
        if ("©" in lower or "(c)" in lower or "copyr" in lower)
        and _COPYRIGHT.search(line.text)
        and " / " not in line.text
        and not (line.words <= _CREDIT_WORDS and line.text.startswith("(") and line.text.endswith(")"))
    ]
    for index in copyrights:
        for other in reversed(lines[max(0, index - 3) : index]):
            if _footer_name(lines, other):
                return other.text
    for index in copyrights:
        match = _COPYRIGHT.search(lines[index].text)
        name = _clean_site(match.group(1)) if match else None
        if name:
            return name
    # "Sitename © 2024": the holder before the sign, in the footer (a photo credit reads the same).
    for line, lower in zip(lines, lowered, strict=True):
        footer = line.index >= 0.6 * len(lines)
        notice = footer and ("©" in lower or "(c)" in lower)
        match = (_HOLDER_FIRST.match(line.text) or _COMPANY_FIRST.match(line.text)) if notice else None
        name = _clean_site(match.group(1)) if match else None
        if name:
            return name
    # A short line selling its paid tier, not a word the page writes in lower case (a plan's name: "Family Plus").
    for line, lower in zip(lines, lowered, strict=True):
        if line.words > TIER_WORDS or not any(clue in lower for clue in _TIER_CLUES):
            continue
        match = _TIER_LINE.fullmatch(line.text.strip().rstrip(".!"))
        name = _clean_site(match.group(2)) if match and match.group(2)[:1].isupper() else None
        if not name or common_words(lines, name, line.index):
            continue
        # (sold by a verb, or the page names it on another short line too: a topic's tag "Disney Plus" does not)
        if match and (match.group(1) or _named_elsewhere(lines, name, line.index)):
            return name
    # The name opening the page that its folder shows on many pages.
    name = folder_masthead(lines, repeated)
    name = _clean_site(name) if name else None
    if name:
        return name
    # A name the page gives itself in two places of its furniture, in any case ("burrow" opening the page,
    # "Burrow Reader 4.2 · Shortcuts" closing it; "the Sitename monitoring service", "Sitename Media Ltd, ...").
    name = confirmed_name(lines)
    if name:
        return name
    # A name the page's own furniture speaks of twice ("How Sitename rates sources", "Get the Sitename briefing").
    name = furniture_name(lines, repeated)
    return _clean_site(name) if name else None


def _named_elsewhere(lines: list[Line], name: str, index: int) -> bool:
    """Another short line, no paragraph, holds the name as a word."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(
        line.words <= MENTION_WORDS
        and name in line.text
        and line.text != lines[index].text
        and pattern.search(line.text)
        for line in lines
    )


def _footer_name(lines: list[Line], line: Line) -> bool:
    """A short title-case line that is no menu entry (the line above it is not a short item too)."""
    if not 2 <= line.words <= 4 or not title_case(line.text) or line.sentence_end or line.stop_ratio > 0:
        return False
    if line.is_furniture or header_kind(line) or _PROMO_WORDS.search(line.text):
        return False
    if is_stamped_chip(line.text):
        return False  # ("Harbour Courier · 7 hrs": the source chip of a card above the footer, timing its story)
    if ":" in line.text or "(" in line.text:
        return False  # ("Alternatively: Pinball Fantasies (1994)": a label and a title, a story's subheading)
    return line.index == 0 or lines[line.index - 1].words > 4


def _clean_site(name: str) -> str | None:
    name = _YEARS.sub("", _COMPANY_TAIL.sub("", name)).strip(" .,-")
    if not name or name.lower() in _GENERIC_NAMES or is_furniture(name, len(name.split())):
        return None
    return name


_CREDIT_WORDS = 6  # the most words of a picture's credit in brackets ("(© Ann Lee)", "(Image: © Name Studio)")
# Words a prompt's name does not open with: the page's own possessives, "new", "free" (English words): "Get Our New
# Social News App" is a button's words in title case, no name.
_NOT_A_NAME_START = frozenset({"our", "your", "my", "new", "free", "this"})

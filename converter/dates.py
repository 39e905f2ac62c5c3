"""Free-text dates → ISO 8601 ('YYYY-MM-DD', or a full timestamp when the text gives a time zone).

`parse_date` reads a string that is essentially one date ("Nov. 19, 2019", "2019-11-19T10:00Z",
"Updated 1:39 am EST, Wednesday, November 20, 2019"); `find_date` searches a date inside a
longer line. Relative forms ("12 minutes ago", "yesterday") give None: we cannot know "now".
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from converter.prefilter import CASE_TRAPS, may_match

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "janeiro", "januar", "janvier", "enero", "gennaio", "januari", "январь", "января"),
        (
            "february",
            "feb",
            "fevereiro",
            "februar",
            "février",
            "fevrier",
            "febrero",
            "febbraio",
            "februari",
            "февраль",
            "февраля",
        ),
        ("march", "mar", "março", "marco", "märz", "marz", "mars", "marzo", "maret", "март", "марта"),
        ("april", "apr", "abril", "avril", "aprile", "апрель", "апреля"),
        ("may", "maio", "mai", "mayo", "maggio", "mei", "май", "мая"),
        ("june", "jun", "junho", "juni", "juin", "junio", "giugno", "июнь", "июня"),
        ("july", "jul", "julho", "juli", "juillet", "julio", "luglio", "июль", "июля"),
        ("august", "aug", "agosto", "août", "aout", "agustus", "август", "августа"),
        ("september", "sep", "sept", "setembro", "septembre", "septiembre", "settembre", "сентябрь", "сентября"),
        ("october", "oct", "outubro", "oktober", "octobre", "octubre", "ottobre", "okt", "октябрь", "октября"),
        ("november", "nov", "novembro", "novembre", "noviembre", "nopember", "ноябрь", "ноября"),
        (
            "december",
            "dec",
            "dezembro",
            "dezember",
            "décembre",
            "decembre",
            "diciembre",
            "dicembre",
            "desember",
            "dez",
            "декабрь",
            "декабря",
        ),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_MONTH = r"(?P<month>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
# A year may have lost the space before the time after it ("Nov 20 20194:29 AM").
_YEAR = r"(?P<year>(?:19|20)\d\d)(?=\d{1,2}:\d\d|\D|$)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|\.)?"

# ISO first: it also carries a time and an offset that we keep.
_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<time>[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)(?P<tz>Z|[+-][0-2]\d:?[0-5]\d)?)?(?!\d)"
)
_PATTERNS = (
    # November 19, 2019 / Nov. 19 2019 / Nov 19th, 2019. (The letter ahead is implied by every month name; tested
    # first, it spares the long alternation at each position of a run of punctuation or digits: 20x faster there.)
    re.compile(rf"(?<!\w)(?=[^\W\d_]){_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    # 19 November 2019 / 19. November 2019 / 19 de novembro de 2019 / 19 nov 2019
    re.compile(rf"(?<!\w){_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}", re.IGNORECASE),
    # 2019/11/19, 2019.11.19
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?!\d)"),
    # 11/19/2019 (US) or 19/11/2019 (day first when the first number cannot be a month); 19.11.2019 and
    # 05.11.2019: dots are the day-first convention (German, Russian, Scandinavian pages...)
    re.compile(r"(?<!\d)(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)(?!\d)"),
)
_RELATIVE = re.compile(r"\b(ago|yesterday|today|just now|hours? ago|minutes? ago|há \d+|vor \d+)\b", re.IGNORECASE)
_RELATIVE_CLUES = ("ago", "yesterday", "today", "just now", "há", "vor")
_RELATIVE_WORDS = frozenset({"ago", "yesterday", "today", "now", "há", "vor"})  # a word of every match


def parse_date(text: str) -> str | None:
    """A string that is (mostly) one date → ISO 8601, or None when it holds no absolute date."""
    if not text or len(text) > 200:
        return None
    return find_date(text)


def find_date(text: str) -> str | None:
    """The first absolute date inside `text` → ISO 8601, or None."""
    if not text or ("19" not in text and "20" not in text):
        return None  # every pattern holds a year 19xx or 20xx: most lines are ruled out without a search
    # A text dump's line is asked about by several decisions (title, byline, body, listing features): the
    # answer for a short text is kept, not searched for again (a twentieth of a text dump's time).
    return _find_date_kept(text) if len(text) <= _KEPT_LENGTH else _find_date(text)


_KEPT_LENGTH = 400


@lru_cache(maxsize=8192)
def _find_date_kept(text: str) -> str | None:
    return _find_date(text)


def _find_date(text: str) -> str | None:
    text = " ".join(text.split())
    iso = _ISO.search(text)
    iso_found = _iso_from_match(iso) if iso else None
    best: tuple[int, str] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found = _from_match(match)
            if found and (best is None or match.start() < best[0]):
                best = (match.start(), found)
                break
    # The first date of a line wins ("Published 12 Dec 2023 · Updated 2023-12-13T09:00Z" was published on
    # the 12th); an ISO stamp of that same day is preferred for the time and offset it carries.
    if iso and iso_found and (best is None or iso.start() < best[0] or iso_found[:10] == best[1]):
        return iso_found
    return best[1] if best else None


# A text dump loses the space between a page's elements: a name or a section label runs into the date
# after it ("By Ann LeeDec 22, 2023", "GEARDEC 19, 2023"), a date shown twice runs into itself
# ("9 Oct 20239 Oct 2023"). The month is split off only at a case boundary (lower → Title, Upper →
# Title, or inside an upper-case word), so "Grammar 5, 2023" stays a word.
_GLUED_YEAR = re.compile(r"(?<=\s)((?:19|20)\d\d)(?=[0-3]?\d\s+[^\W\d_])")
# "12/22/23 11:35 AM": a US date with a two-digit year, trusted only with a time right after it.
_SHORT_YEAR = re.compile(
    r"(?<![\d/.])(?P<month>0?[1-9]|1[0-2])/(?P<day>[0-3]?\d)/(?P<year>\d\d)(?=\s+[0-2]?\d:[0-5]\d)"
)

# "23.10.23": a dotted date with a two-digit year, day first as dots are, trusted only alone on its line.
_DOTTED_SHORT_YEAR = re.compile(r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d\d)")


def find_loose_date(text: str) -> str | None:
    """`find_date`, and the forms a text dump's header garbles: glued to the word before, a short year.

    Asked only of the few lines around a headline (not by every decision's features): the header's
    date is where these forms are read, and where a stray match in prose would do no harm elsewhere.
    """
    found = find_date(text)
    if found or not any(character.isdigit() for character in text):
        return found
    unglued = _GLUED_YEAR.sub(r"\1 ", _unglue_months(text))
    if unglued != text:
        found = find_date(unglued)
        if found:
            return found
    short = _SHORT_YEAR.search(text) if "/" in text else None
    short = short or (_DOTTED_SHORT_YEAR.fullmatch(text.strip()) if "." in text else None)
    if short:
        day = _make_date(2000 + int(short["year"]), int(short["month"]), int(short["day"]))
        return day.isoformat() if day else None
    return None


def _unglue_months(text: str) -> str:
    """A space before each month name glued to the letters before it at a case boundary."""
    return _GLUED_WORD.sub(_split_month, text)


def _split_month(match: re.Match[str]) -> str:
    word = match.group()
    for size in range(3, min(10, len(word))):
        head, month = word[:-size], word[-size:]
        # Title case after any letter ("GermanDec", "ODec"), or the tail of an upper-case word ("GEARDEC").
        if month.lower() in MONTHS and ((month[0].isupper() and month[1:].islower()) or word.isupper()):
            return f"{head} {month}"
    return word


# A word of four letters or more with a day right after it: where a month may be glued to its end.
# (Starting only where a run of letters starts: linear on a long run of letters.)
_GLUED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}(?=\.?\s*[0-3]?\d\b)")


def is_relative_date(text: str) -> bool:
    """'12 minutes ago', 'yesterday': a time stamp we cannot turn into a date."""
    return may_match(text, _RELATIVE_CLUES) and bool(_RELATIVE.search(text))


def is_relative_date_in(text: str, words: list[str]) -> bool:
    """`is_relative_date(text)`, given the text's lower-cased words (`textkey.words(text)`).

    Each alternative of the pattern stands between word boundaries, so a match is one of these words:
    a text with none of them needs no search ("Chicago" or "favor" no longer let one through).
    """
    if _RELATIVE_WORDS.isdisjoint(words) and (text.isascii() or not CASE_TRAPS.search(text)):
        return False
    return bool(_RELATIVE.search(text))


def _iso_from_match(match: re.Match[str]) -> str | None:
    day = _make_date(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return None
    if match["time"] and match["tz"]:
        stamp = f"{day.isoformat()}T{match['time']}{match['tz']}"
        try:
            datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return day.isoformat()
        return stamp
    return day.isoformat()


def _from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if "a" in groups and groups.get("a") is not None:
        first, second = int(groups["a"]), int(groups["b"])
        # US order with slashes unless the first number cannot be a month; day first with dots unless the
        # second number cannot be a month.
        day_first = second <= 12 if groups["sep"] == "." else first > 12
        if first <= 12 and second <= 12 and first != second:
            day_first = _weekday_order(match.string, year, first, second, day_first)
        month, day_number = (second, first) if day_first else (first, second)
    else:
        month_text = groups["month"]
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."), 0)
        day_number = int(groups["day"])
    day = _make_date(year, month, day_number)
    return day.isoformat() if day else None


# Weekday names (language): "Monday, 11.05.2012" is a US site's 5 November, a Monday; 11 May 2012 was a Friday.
# A name in full in any case; an abbreviation only capitalised and opening the line or followed by a stop or a
# comma ("Sat, 11.05.2012", "WED. 11.05"): "sat", "wed" are verbs, "The Sun 11.05.2012" a newspaper.
_WEEKDAY_SHORT = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN"
_WEEKDAYS = re.compile(
    r"\b(?i:(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday))\b"
    rf"|^({_WEEKDAY_SHORT})\b|\b({_WEEKDAY_SHORT})[.,]"
)
_WEEKDAY_NUMBER = {name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def is_weekday(text: str) -> bool:
    """A weekday's name alone ('Tue', 'Wednesday', 'Tue.'): a timeline's stamp over a story's title."""
    match = _WEEKDAYS.match(text)
    return match is not None and not text[match.end() :].strip(" .,")


def _weekday_order(text: str, year: int, first: int, second: int, day_first: bool) -> bool:
    """Whether an ambiguous numeric date is day first: the one order its line's weekday agrees with, else the
    separator's convention."""
    named = {_WEEKDAY_NUMBER[m.group(m.lastindex or 0).lower()] for m in _WEEKDAYS.finditer(text)}
    if len(named) != 1:
        return day_first
    weekday = named.pop()
    as_day_first, as_month_first = _make_date(year, second, first), _make_date(year, first, second)
    if as_day_first and as_month_first and (as_day_first.weekday() == weekday) != (as_month_first.weekday() == weekday):
        return as_day_first.weekday() == weekday
    return day_first


def _make_date(year: int, month: int, day_number: int) -> date | None:
    try:
        return date(year, month, day_number)
    except ValueError:
        return None

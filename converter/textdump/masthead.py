"""The name a page shows at its top and speaks of itself by again below: the site's own name.

A logo line ("Brightpost", "BRIGHTPOST") among the first lines is a name only if the page names itself
with it again where a page does: as the holder of its copyright notice ("© 2024 Brightpost Ltd"), or in a
short line of its end that opens with the name and goes on in lower case ("Brightpost is the home of ..."), or
that opens a footer's row of links with it ("Brightpost · Privacy · Help", "Brightpost 2.4 | Status").
And not when the page writes its words in lower case too (a section: "World", "Health"). A notice's holder
alone may be a printer or a parent group ("© 2024 Ferncroft Printers"); the masthead, repeated, is the site.
"""

from __future__ import annotations

import re

from converter.dates import MONTHS
from converter.textdump.lines import Line, is_function_word, per_page
from converter.textdump.related import header_kind
from converter.textdump.repeated import shapes

TOP_LINES = 8  # where a masthead stands
_MAX_WORDS = 2
# A notice of rights (its sign or word); the name may stand anywhere in it.
_RIGHTS = ("©", "(c)", "copyright")
_NOTICE_WORDS = 40
_SHORT = 15
_GOES_ON = re.compile(r" [a-z]")  # the name, then a word in lower case
# The name opening a row of links: an app's version may follow it ("Name 4.7 · Status"), then a separator.
_OPENS_ROW = re.compile(r"(?: v?\d+(?:\.\d+)*)? [·|•] \S")
# What may follow the whole holder's name, past marks: its legal form, the rights, a year (or nothing).
_HOLDER_END = re.compile(r"(?:Inc|LLC|Ltd|PLC|GmbH|Corp|Co|Limited|All|\d{4})\b")
_END_MARKS = " .,;:-–—|"
# What stands before a holder's name in a notice: the sign or the word, years, "by", "the".
_HOLDER_START = re.compile(r"(?i:\W*(?:copyright\W*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\W*)?(?:by\s+)?(?:the\s+)?)")


def masthead_name(lines: list[Line]) -> str | None:
    """The first short line of the page's top that the page names itself by again below, as written there."""
    below = _below_top(lines)
    for line in lines[:TOP_LINES]:
        text = _before_separator(line.text.strip()) if line.index == 0 else line.text.strip()
        if text.lower() not in below:  # (named nowhere below the top: most candidates)
            continue
        if not 1 <= len(text.split()) <= _MAX_WORDS or line.sentence_end or line.is_furniture or header_kind(line):
            continue
        if not all(word[:1].isalpha() for word in text.split()):
            continue
        name = _named_again(lines, line.index, text)
        if name and not common_words(lines, name, line.index):
            return name
    return None


_TOP_SEPARATORS = (" · ", " | ", " • ")


def folder_masthead(lines: list[Line], repeated: frozenset[str]) -> str | None:
    """The name opening the page that its folder shows on many pages (a logo over every page of one site), for a page
    naming itself nowhere else the other rules look. Only a short line of a word or two, each of letters, opening
    the page (above it nothing, or only commands of a few words in lower case: "Skip to content", "View in
    browser"), no line of furniture by its shape ("Home", "Menu"), no heading, not the first entry of a menu (over
    another short entry, unless the page's end speaks of it again in a longer line: "... you subscribed to the
    Sitename Brief"); no word the page also writes in lower case (a section), none its paragraphs speak of (an
    outlet's name heading a reader's view of its story). `repeated`: the folder's repeated lines (normalized)."""
    if not repeated:
        return None
    for line in lines[:TOP_LINES]:
        text = line.text.strip()
        words = text.split()
        if _command(line):
            continue
        if not 1 <= len(words) <= _MAX_WORDS or not all(word.isalpha() for word in words) or line.sentence_end:
            return None
        if line.is_furniture or header_kind(line) or line.normalized not in repeated or text.isupper():
            return None  # (in capitals: a section's label, "WORLD", "RSS")
        if line.index + 1 < len(lines) and lines[line.index + 1].words >= _HEADLINE_WORDS:
            return None  # (a label over the headline: the story's section, "World")
        if common_words(lines, text, line.index) or _in_text(lines, text) or _in_text(lines, words[0]):
            return None
        if _over_entry(lines, line.index) and not _spoken_of_below(lines, line.index, text):
            return None
        return text
    return None


_LOGO = re.compile(r"^(\S.*?)\s+(?i:logo)$")  # anchored: linear on any text


def logo_name(lines: list[Line]) -> str | None:
    """The logo's text opening the page ("Sitename logo", an image's alt text): above it nothing, or only commands of
    a few words (not a reader's toolbar, "Back", "Aa", over an outlet's logo). A name of a word or three, no word the
    page also writes in lower case."""
    for line in lines[:TOP_LINES]:
        if _command(line) and not _LOGO.fullmatch(line.text.strip()):
            continue
        match = _LOGO.fullmatch(line.text.strip())
        name = match.group(1) if match else ""
        words = name.split()
        if not 1 <= len(words) <= _MAX_WORDS + 1 or not all(word[:1].isalpha() for word in words):
            return None
        return None if common_words(lines, name, line.index) else name
    return None


def _in_text(lines: list[Line], name: str) -> bool:
    """A long line names it, but for one opening with it before a separator (the page's title bar: "Sitename ·
    Headline")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(
        line.words > _PROSE_WORDS
        and pattern.search(line.text)
        and not (line.text.startswith(name) and line.text.startswith(_TOP_SEPARATORS, len(name)))
        for line in lines
        if name in line.text
    )


_HEADLINE_WORDS = 6  # the fewest words of a headline right under a label


def _command(line: Line) -> bool:
    """A link of a few words opening the page: a capital, then words in lower case ("Skip to main content")."""
    words = line.text.split()
    return 2 <= len(words) <= _ENTRY_WORDS + 2 and all(word.isalpha() and word.islower() for word in words[1:])


def _over_entry(lines: list[Line], index: int) -> bool:
    """The line under it is a menu's entry: a few words of letters, the first capitalised ("Business", "For you")."""
    if index + 1 >= len(lines):
        return True
    words = lines[index + 1].text.split()
    return len(words) <= _ENTRY_WORDS and all(word.isalpha() for word in words) and words[0][:1].isupper()


def _spoken_of_below(lines: list[Line], index: int, text: str) -> bool:
    """The page's end holds the name as written at its top inside a longer line, no row of links."""
    footer = 0.75 * len(lines)
    return any(
        other.index >= footer
        and other.words > len(text.split()) + 1
        and text in other.text
        and not _ROW.search(other.text)
        for other, _ in _lower_below(lines)
        if other.index > index
    )


def _before_separator(text: str) -> str:
    """The page's first line's first piece: the name in "Sitename · Town", "Sitename | Edition"."""
    for separator in _TOP_SEPARATORS:
        text = text.split(separator, 1)[0]
    return text.strip()


def _named_again(lines: list[Line], index: int, text: str) -> str | None:
    """`text` (any case) again below the top, as a notice's holder or opening a short line of the page's end that
    goes on in lower case; the page's spelling there, capitalised."""
    wanted = text.lower()
    pattern: re.Pattern[str] | None = None
    footer = 0.75 * len(lines)
    # (a logo opens the page, only UI lines above it: the first of a menu's entries is no logo)
    opens_page = all(line.is_furniture for line in lines[:index])
    for other, lower in _lower_below(lines):
        if other.index <= index or wanted not in lower:
            continue
        pattern = pattern or re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])", re.IGNORECASE)
        found = pattern.search(other.text)
        if not found or not found.group(0)[:1].isupper():
            continue
        after = other.text[found.end() :]
        if any(mark in lower for mark in _RIGHTS) and _holder(other.text, found):
            return found.group(0)
        about_itself = (
            found.start() == 0 and bool(_GOES_ON.match(after)) and len(after.split()) >= 3 and other.words <= _SHORT
        )
        opens_row = found.start() == 0 and bool(_OPENS_ROW.match(after)) and not _mirrors_menu(lines, index, after)
        # "Sitename Local, Inc.": the company's line, with no sign of rights.
        company = found.start() == 0 and bool(_COMPANY.fullmatch(after))
        mention = _short_mention(other, wanted) and _stands_apart(lines, index)
        if (about_itself or opens_row or company or mention) and opens_page and other.index >= footer:
            return found.group(0)
    return None


MENTION_WORDS = 4  # the most words of a footer's line naming the site among a few others ("About Sitename")


def _short_mention(line: Line, name: str) -> bool:
    """A footer's short line holding the name among a few words, no row of links, no sentence ("About Sitename",
    "Advertise with Sitename", "Sitename Harwick"): the page speaking of itself."""
    if not 2 <= line.words <= MENTION_WORDS or line.sentence_end or _ROW.search(line.text):
        return False
    return line.text.lower() != name and not line.text.isupper()


_ROW = re.compile(r" [·|•] ")
_ENTRY_WORDS = 3


def _stands_apart(lines: list[Line], index: int) -> bool:
    """The top line is no first entry of a menu: the line under it is not another short entry written alike (a few
    capitalised words, "World" over "Business"); a logo in lower case over capitalised entries stands apart."""
    if index + 1 >= len(lines):
        return False
    top, below = lines[index].text, lines[index + 1].text
    words = below.split()
    entry = len(words) <= _ENTRY_WORDS and all(word[:1].isupper() and word.isalpha() for word in words[:1])
    return not entry or top[:1].islower() != below[:1].islower()


# After the name: up to two more capitalised words, then a company's legal form ("Sitename Local, Inc.").
_COMPANY = re.compile(r"(?: [A-Z][\w&'-]*){0,2},? (?:Inc|LLC|Ltd|PLC|GmbH|Corp|Limited|AG|SA|ApS|AB|AS|BV)\.?")


def _mirrors_menu(lines: list[Line], index: int, row: str) -> bool:
    """The row repeats the entry under the top line: a menu shown again at the page's end ("World · Business"
    under "World", "Business"), whose first entry is no masthead."""
    if index + 1 >= len(lines):
        return False
    entry = lines[index + 1].text.strip()
    return any(piece.strip() == entry for piece in re.split(r" [·|•] ", row))


@per_page
def _lower_below(lines: list[Line]) -> list[tuple[Line, str]]:
    """The lines below the top where a page names itself (its notices of rights, the short lines of its last
    quarter), and their lower case: the only lines `_named_again` can accept, found once a page."""
    footer = 0.75 * len(lines)
    found = []
    for line in lines[TOP_LINES:]:
        if line.words > _NOTICE_WORDS:
            continue
        if (line.index >= footer and line.words <= _SHORT) or _rights(line.text):
            found.append((line, line.text.lower()))
    return found


def _rights(text: str) -> bool:
    return "©" in text or "(c)" in text or "(C)" in text or "opyright" in text or "OPYRIGHT" in text


@per_page
def _below_top(lines: list[Line]) -> str:
    return "\n".join(lower for _, lower in _lower_below(lines))


def _holder(text: str, found: re.Match[str]) -> bool:
    """The name opens the notice's holder ("© 2024 Name Media Ltd", "Copyright (c) Name") or the sign follows it
    ("Name © 2024"): a section's name inside a holder's ("© 2024 Big Broadcaster News") is not the site's."""
    if text[found.end() :].lstrip().startswith(("©", "(c)")):
        return True
    rest = text[found.end() :].lstrip(_END_MARKS)
    return bool(_HOLDER_START.fullmatch(text[: found.start()])) and (not rest or bool(_HOLDER_END.match(rest)))


def common_words(lines: list[Line], name: str, index: int) -> bool:
    """Every word of the name is one the page also writes in lower case: a section ("News", "World Health"). (Not
    the masthead's own line: a logo may be written in lower case, "quillmere".)"""
    texts = "\n".join(line.text for line in lines if line.index != index)
    return all(re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", texts) for word in name.split())


# The most words of a line of the page's own furniture speaking of it ("How Sitename rates sources").
_UI_WORDS = 7
_PROSE_WORDS = 12  # a longer line is a paragraph's, which may name anything
_NAME_TOKEN = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_TOKEN_EDGES = ",.:;!?()[]\"'“”‘’"


def furniture_name(lines: list[Line], repeated: frozenset[str]) -> str | None:
    """A name the page's own furniture speaks of twice, for a page with no masthead, notice or app prompt naming
    it: one short line holds it as its only capitalised word among lower-case ones ("How Sitename rates sources",
    "Get the daily Sitename briefing"; at the top, opening one: "Sitename is better on your phone"), another
    short line holds it again (so alone, a company's line, another such line), one of them at the page's top or
    end. Not a word the page also writes in lower case, and not one its paragraphs speak of (an article's
    subject turns up in its related headlines too)."""
    footer = 0.6 * len(lines)
    kinds: dict[str, list[tuple[int, str]]] = {}
    for line in lines:
        if line.words > _UI_WORDS or line.words == 0:
            continue
        top = line.index < TOP_LINES
        rest = line.text.partition(" ")[2]
        # (a line the folder shows on many pages is the site's furniture, wherever it stands: "Sitename sums up 31
        # outlets", its number masked)
        furniture = bool(repeated) and _in_folder(line, repeated)
        possessive = _POSSESSIVE.search(line.text.partition(" ")[0]) is not None
        if not (top or furniture or possessive) and rest and rest == rest.lower():  # (no capital past the first word)
            continue
        found = _named_by(line, top or furniture)
        if not found and furniture:
            found = _named_in_furniture(line)
        if found:
            kinds.setdefault(found[0], []).append((line.index, found[1]))
    best: tuple[int, int, str] | None = None
    for name, seen in kinds.items():
        at = {index for index, _ in seen}
        # Two lines of different words (a headline shown twice is one), one of them speaking of it at the page's
        # top or end (not a paragraph's list or a story's box), and a line opening with it is backed by a line
        # of another shape ("Skip to the menu", "Skip to the text": two commands, no name).
        if len({lines[index].text for index in at}) < 2 or {kind for _, kind in seen} == {"opens"}:
            continue
        if not any(kind in ("inside", "opens", "possessive") for _, kind in seen):
            continue
        if all(TOP_LINES <= index < footer for index in at) or _one_phrase(lines, name, seen):
            continue
        if _in_paragraphs(lines, name) > 1 or common_words(lines, name, -1):
            continue
        key = (-len(at), min(at), name)
        best = key if best is None or key < best else best
    return best[2] if best else None


def _named_by(line: Line, top: bool) -> tuple[str, str] | None:
    """(name, kind) when the short line speaks of a single name: 'alone' ("Sitename"), 'inside' (its only
    capitalised word past the first, the others in lower case), 'opens' (at the page's top, the first word, the
    rest in lower case), 'company' (the name, then a legal form: "Sitename Media LLC")."""
    words = [word.strip(_TOKEN_EDGES) for word in line.text.split()]
    if "s" in line.text and ("'s" in line.text or "’s" in line.text):
        words = [_POSSESSIVE.sub("", word) for word in words]
    words = [word for word in words if word]
    words = _past_icons(words)  # (in "✓ Mark as read" the capital opens the command, names nothing)
    if len(words) == 1:
        return (words[0], "alone") if _NAME_TOKEN.fullmatch(words[0]) else None
    if not words:
        return None
    # "About Sitename": a footer's link to the page about it (counts with a line speaking of it).
    if len(words) == 2 and words[0] == "About" and _NAME_TOKEN.fullmatch(words[1]):
        return words[1], "alone"
    # "Sitename's picks": the name's possessive, then words in lower case only.
    if _POSSESSIVE.search(line.text.split()[0]) and all(word.isalpha() and word.islower() for word in words[1:]):
        return (words[0], "possessive") if _NAME_TOKEN.fullmatch(words[0]) else None
    named = [i for i, word in enumerate(words) if i and word[:1].isupper() and _NAME_TOKEN.fullmatch(word)]
    others = [word for i, word in enumerate(words) if i and i not in named]
    lower = all(not word[:1].isupper() for word in others)
    # (at least two words in lower case around it, the word after it one of them: "Age: 21, Junior" is a
    # field, "Eastgate Chronicle · 3h ago" a longer name)
    worded = sum(word.isalpha() and word.islower() for word in words) >= 2
    # (and a word in lower case after it: "... at Harwick", "... of Peru" name a place, as headlines and notes do)
    at = named[0] if len(named) == 1 else 0
    after = words[at + 1] if at and at + 1 < len(words) else ""
    before = words[at - 1] if at else ""
    joined = at > 1 or is_function_word(before)  # (not "Arsenal Premier team page": a name of two words)
    if joined and lower and worded and after.isalpha() and after.islower() and words[at].lower() not in MONTHS:
        return words[at], "inside"
    if not _NAME_TOKEN.fullmatch(words[0]):
        return None
    if not named and lower and top and len(words) >= 4 and worded:
        return words[0], "opens"
    after = line.text.strip()[len(line.text.strip().split()[0]) :]
    if _COMPANY.fullmatch(after.rstrip(".")) or _COMPANY.fullmatch(after):
        return words[0], "company"
    return None


# Words naming a site's paid tier after its name ("Try Sitename Premium"): English words.
_TIERS = frozenset({"plus", "premium", "unlimited"})
# Before a name ending a line, a place's or a platform's preposition ("... in Harwick", "Follow us on Name").
_PLACE_WORDS = frozenset({"in", "at", "of", "from", "near", "to", "across", "around", "on", "with", "via", "for"})


def _in_folder(line: Line, repeated: frozenset[str]) -> bool:
    """The folder shows the line on many pages, itself or its template with its numbers masked."""
    return line.normalized in repeated or (
        any(char.isdigit() for char in line.normalized) and any(key in repeated for key in shapes(line.normalized)[:1])
    )


def _named_in_furniture(line: Line) -> tuple[str, str] | None:
    """(name, 'inside') for a short line the folder shows on many pages (a site's own furniture, whatever its
    wording) speaking of a name in more shapes than `_named_by` knows: the name closing it ("Why readers trust
    Sitename", not after a place's or a platform's preposition), then its paid tier ("Compare every side on
    Sitename Plus"), or inside, a place named past the word after it ("Made by the Sitename team in Harwick").
    Words in lower case between the first word and the name, and two of them at least."""
    words = [_POSSESSIVE.sub("", word.strip(_TOKEN_EDGES)) for word in line.text.split()]
    words = _past_icons([word for word in words if word])
    at = next((i for i, word in enumerate(words) if i and word[:1].isupper()), 0)
    if not at or not _NAME_TOKEN.fullmatch(words[at]) or words[at].lower() in MONTHS:
        return None
    if not all(word.isalpha() and word.islower() for word in words[1:at]):
        return None
    after = words[at + 1 :]
    if not after:
        shape = words[at - 1] not in _PLACE_WORDS
    elif len(after) == 1 and after[0].lower() in _TIERS and after[0][:1].isupper():
        shape = True
    else:
        shape = after[0].isalpha() and after[0].islower()
    lower = sum(word.isalpha() and word.islower() for word in words)
    return (words[at], "inside") if shape and lower >= 2 else None


def _past_icons(words: list[str]) -> list[str]:
    """The words from the first holding a letter or a digit: an icon opening a button ("✓", "★") is no word."""
    for at, word in enumerate(words):
        if any(char.isalnum() for char in word):
            return words[at:]
    return []


def _in_paragraphs(lines: list[Line], name: str) -> int:
    """How many long lines (paragraphs, headlines of stories) name it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return sum(1 for line in lines if line.words > _PROSE_WORDS and name in line.text and pattern.search(line.text))


def _one_phrase(lines: list[Line], name: str, seen: list[tuple[int, str]]) -> bool:
    """The lines speaking of the name go on alike after it ("Code like a girl", "... on Code like a girl"): a
    title quoted twice, not a name put to several uses."""
    speaking = [lines[index].text for index, kind in seen if kind in ("inside", "opens")]
    going_on = {(text.partition(name)[2].split() or [""])[0] for text in speaking}
    return len(speaking) > 1 and len(going_on) == 1


# Where a page names itself: its first lines and its last quarter (notices, taglines, a company's line).
_END_SHARE = 0.75
_NAMED_WORDS = 20  # the most words of a line naming the site (a notice's sentence, no paragraph)
# A name's shape in the page's own lines: a capital, then letters (inner capitals too: "Sitename", "SiteName").
_NAME_WORD = re.compile(r"[A-Z][A-Za-z]{2,24}")
# Nouns of what a site offers that follow its name in its notices ("the Sitename app", "Sitename newsletters",
# "the Sitename licence terms"): English words.
_OFFER_NOUNS = frozenset(
    {
        "account", "app", "apps", "community", "editors", "feed", "feeds", "licence", "license", "member",
        "members", "membership", "network", "newsletter", "newsletters", "platform", "service", "services",
        "site", "subscription", "subscriptions", "team", "terms", "website",
    }
)  # fmt: skip
# After the name opening a line of its own: a tier ("Sitename Premium: ..."), an app's version ("Sitename Reader
# 4.2 · Keyboard shortcuts"), a sentence about it ("Sitename Current Events is free for schools.").
_TIER_WORDS = frozenset({"plus", "premium", "pro", "unlimited"})
_VERSION = re.compile(r"(?: [A-Z][a-z]+){0,2} v?\d+(?:\.\d+)+ [·|•] ")  # (a row's first entry, no list's title)
_ABOUT = re.compile(r"(?: [A-Z][a-z]+){0,2} (?:is|are) [a-z]")


def confirmed_name(lines: list[Line]) -> str | None:
    """A name the page gives itself in two places of its own furniture, in any case: the line opening the page
    ("sitename", "SITENAME", "My Sitename") and a line of its end, or two lines of its end or top. Such a line
    opens with the name as a tagline ("Sitename: links worth reading"), a tier ("Sitename Premium: ..."), a
    company ("Sitename Media Ltd, 14 Quay Street"), an app and its version ("Sitename Reader 4.2 · Shortcuts"),
    a sentence about it ("Sitename Current Events is free for schools."), closes a footer's row ("Synced just now
    · Sitename"), or speaks of the site's service in a phrase ("compiled by the Sitename monitoring service",
    "signed up for Sitename newsletters"). Not a word of the page's paragraphs (an article's subject, which its
    related headlines repeat), none the page writes in lower case (a section), none beside a web address (a
    publisher's chip)."""
    end = _END_SHARE * len(lines)
    top = _opening_line(lines)
    seen: dict[str, list[tuple[int, str, str]]] = {}  # lower-cased name → (index, kind, as written)
    if top is not None:
        for word in lines[top].text.split():
            if len(word) >= 3 and not is_function_word(word):
                seen.setdefault(word.lower(), []).append((top, "top", word))
    for line in lines:
        if line.index == top or line.words > _NAMED_WORDS or not (line.index < TOP_LINES or line.index >= end):
            continue
        for name, kind in _names_itself(line, line.index >= end):
            seen.setdefault(name.lower(), []).append((line.index, kind, name))
    best: tuple[int, int, str] | None = None
    for key, found in seen.items():
        kinds = [kind for _, kind, _ in found]
        at = {index for index, _, _ in found}
        told = [kind for kind in kinds if kind not in ("top", "closes")]
        # (the opening line and another line; without it, two lines saying more than a row's last entry)
        if len(at) < 2 or not (("top" in kinds and len(kinds) > 1) or len(told) >= 2):
            continue
        written = [name for _, kind, name in found if kind != "top" and not name.isupper()]
        name = written[0] if written else found[0][2].capitalize()
        if _elsewhere(lines, key, at) or common_words(lines, name, top if top is not None else -1):
            continue
        rank = (-len(at), min(at), name)
        best = rank if best is None or rank < best else best
    return best[2] if best else None


def _opening_line(lines: list[Line]) -> int | None:
    """The page's first line when it is a name of a word or two of letters (after "My", "The": "My Sitename"):
    no line of furniture by its shape ("Back", "Menu"), no heading."""
    line = lines[0] if lines else None
    if line is None or line.is_furniture or header_kind(line) or line.sentence_end:
        return None
    words = line.text.split()
    named = words[1:] if len(words) > 1 and is_function_word(words[0]) else words
    return 0 if 1 <= len(named) <= _MAX_WORDS and all(word.isalpha() for word in words) else None


def _names_itself(line: Line, at_end: bool) -> list[tuple[str, str]]:
    """(name, kind) for each way the line names a site (see `confirmed_name`)."""
    text = line.text.strip()
    words = text.split()
    if not words:
        return []
    found = []
    first = words[0].rstrip(":")
    if _NAME_WORD.fullmatch(first) and not is_function_word(first) and len(words) >= 2:
        after = text[len(first) :]
        tier = words[1].rstrip(":").lower() in _TIER_WORDS and words[1][:1].isupper()
        tagline = words[0].endswith(":") and len(words) >= 4 and words[1][:1].islower()
        company = (match := _COMPANY.match(after)) is not None and after[match.end() :][:1] in ("", ",")
        version = _VERSION.match(after) is not None
        about = _ABOUT.match(after) is not None and line.sentence_end
        for kind, holds in (("tier", tier), ("tagline", tagline), ("company", company), ("app", version)):
            if holds:
                found.append((first, kind))
        if about and at_end:
            found.append((first, "about"))
    # "Synced just now · Sitename": the row's last entry, a name alone.
    last = text.rpartition(" · ")[2] if " · " in text else ""
    if at_end and line.words <= _UI_WORDS and _NAME_WORD.fullmatch(last):
        found.append((last, "closes"))
    # "the Sitename app", "for Sitename newsletters", "the Sitename monitoring service"
    bare = [word.strip(_TOKEN_EDGES) for word in words]
    for at, word in enumerate(bare[1:-1], start=1):
        if not _NAME_WORD.fullmatch(word) or not is_function_word(bare[at - 1]) or is_function_word(word):
            continue
        if bare[at - 1][:1].isupper() and at > 1:
            continue  # (inside a run of capitals: a title's words)
        nouns = bare[at + 1 : at + 3]
        if nouns[0].lower() in _OFFER_NOUNS or (
            len(nouns) == 2 and nouns[0].isalpha() and nouns[0].islower() and nouns[1].lower() in _OFFER_NOUNS
        ):
            found.append((word, "phrase"))
    return found


def _elsewhere(lines: list[Line], key: str, at: set[int]) -> bool:
    """The name stands in the page's middle (its story, a publisher's chip by the headline, a writer's credit), in
    a paragraph (no line naming the site, none of its top: a newsletter's greeting, "Good day. This is the Sitename
    Daily, five minutes you can trust.") or beside a web address (a chip: "Sitename · sitename.com")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])", re.IGNORECASE)
    for line in lines:
        if line.index in at or key not in line.text.lower() or not pattern.search(line.text):
            continue
        middle = TOP_LINES <= line.index < _END_SHARE * len(lines)
        paragraph = line.words > _PROSE_WORDS and line.index >= TOP_LINES
        if middle or paragraph or any("." in word.strip(_TOKEN_EDGES) for word in line.text.split()):
            return True
    return False

"""Whose names a credit line gives: its label ("Story by", "Words:", "Text —"), its names part, and what ends it.

A label before the names declares the writer's credit (any verb before "by": "Reporting by"; a word and a colon;
a writer's word and a dash); the names part ends at a separator, another clause or credit, a role in brackets or
a date, and a place or the outlet written for may follow it. A writer's label over an organisation and no person
("By Associated Press", "Author: University of Tokyo") credits the organisation. The byline decision (byline.py)
asks these of each candidate line; "by" and its kin are language, not layout.
"""

from __future__ import annotations

import re
from functools import lru_cache

from converter.bylines import credits_writer, organisation_name, split_authors
from converter.dates import MONTHS
from converter.textdump.fields import WRITER, label_match
from converter.textdump.metadata import NAME_JOINS, names_after_by, told_to

# A label before the names: up to three words ending with "by" (any verb: "Story by", "Reporting by"),
# or up to three words and a colon ("Words:", "Author:"). "by" is language, not layout.
_BY_LABEL = re.compile(r"^(?:[^\W\d_][\w’'-]*\s+){0,3}?(?:by|von|por|par|di|oleh|door|av)\s+(?=\S)", re.IGNORECASE)


# "From our correspondent A", "From a staff reporter A": the writer named by the job after "from" (English words).
_FROM_LABEL = re.compile(
    r"^[Ff]rom\s+(?:[Oo]ur|[Aa]n?|[Tt]he)\s+(?:[^\W\d_][\w’'-]*\s+){0,2}?"
    r"(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Jj]ournalist)s?\s+(?=[A-Z])"
)

# "As told to Ann Lee" (English): a first-person story's writer, the teller unnamed on the line.
_TOLD_LABEL = re.compile(r"^[Aa][Ss]\s+[Tt][Oo][Ll][Dd]\s+[Tt][Oo]\s+(?=\S)")


# A writer's word then a dash ("Words — A", "Text – A"): taken as a label only when its words name the writer's
# role (WRITER_ROLE), since a dash also follows a section or a place ("Politics — A", "Lagos – A").
_DASH_LABEL = re.compile(r"^[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2}\s+[—–]\s*(?=\S)")


LEAD_MARKS = "—–-―(["


# Where the byline part ends: a separator, another clause, a role in brackets ("A (Contributor)"), a date.
# A full stop before another credit ("A. Edited by B.", "A. Photos by C") ends the names too.
_CUT = re.compile(
    r"(?:;|\s[·•|]\s|\s[—–]\s|\s/\s|\)|\s[([]"
    r"|\.\s+[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2}?\s+(?:by|von|por|par|di|oleh|door|av)\s).*$",
    re.IGNORECASE,
)  # (the spaces before it: rstrip, linear)


# "Name in Singapore": a dateline place after the names.
# "Name for Harbour Courier": the outlet the names wrote for, after them.
_PLACE_TAIL = re.compile(r"(?<!\s)\s+(?:in|from|at|for)\s+[A-Z][\w’'. &-]*$")  # from a run's first space only


_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'.-]*|(?:[A-Z]\.)+|de|da|van|von|der|den|la|le|al|bin|el|du|del|dos|y)$")


_INITIAL_END = re.compile(r"\b[A-Z]\.$")


# Words for the one who wrote a piece, or for writing it (language, as bylines._NOT_WRITER is for other roles).
# ("Journalist:", "Correspondent:", "Byline:": the writer named by the job or by the credit's own name.)
WRITER_ROLE = re.compile(
    r"\b(?:author|writ|words?\b|text\b|stor(?:y|ies)\b|report|column|blog|journalist|correspondent|byline)",
    re.IGNORECASE,
)


_SEPARATOR_TOKENS = frozenset({"and", "&", ",", "und", "et", "y", "e"})


# A page's text flattened from markup glues a byline's next element to the name's last word: "By Ann
# LeeContributions from B", "BY ANN LEESTAFF WRITER", "By Ann ODec. 18, 2023". A separator goes in where a credit's
# word (English) or a month and a day begins inside a word, so that the names end there.
_GLUED = re.compile(
    r"(?<=[a-z])(?=(?:Contributions?|Additional|Staff|Senior|Contributing|Special|Chief|Editor|Reporter|Writer|"
    r"Correspondent|Columnist|Updated|Published|Posted)\b)"
    r"|(?<=[A-Z]{2})(?=(?:UPDATED|PUBLISHED|POSTED):)"  # ("AS TOLD TO ANN LEEPUBLISHED: MAR 9, 2023")
    r"|(?<=[A-Z]{2})(?=(?:STAFF|SENIOR|CONTRIBUTING|SPECIAL|CHIEF)\s+(?:WRITER|REPORTER|EDITOR|CORRESPONDENT)\b)"
    r"|(?<=\w)(?=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\b)"
)


def unglued(text: str) -> str:
    """The line with a separator where a credit's next element is glued to the last name ('By Ann
    LeeContributions from B' -> 'By Ann Lee · Contributions from B')."""
    return _GLUED.sub(" · ", text) if len(text) <= 200 else text


CREDIT_TAIL_WORDS = 4  # the most words after a closing credit's names (a role, a place)


# A line is read so by several rules (the candidates, their features, the credit tests above and below the body):
# the answer is kept (a tuple of strings and numbers, which no caller changes).
@lru_cache(maxsize=1 << 12)
def byline_part(text: str) -> tuple[str, str, int, bool]:
    """(label, names part, words cut after it).

    'Reporting by A in Paris; Editing by B' → ('Reporting by', 'A', 5);
    'Curated by A into Some Box' → ('Curated by', 'A', 3, True): a lower-case word ends the names.
    The last item tells whether a lower-case word (not a place's "in") cut the names short.
    """
    text = unglued(text.strip())
    core = text.lstrip(LEAD_MARKS + " ").rstrip(")] ")
    label = ""
    match = (
        _BY_LABEL.match(core)
        or label_match(core, WRITER)
        or _writer_dash(core)
        or _FROM_LABEL.match(core)
        or _TOLD_LABEL.match(core)
    )
    if not match or (match.group(0).rstrip().endswith(":") and not WRITER_ROLE.search(match.group(0))):
        # 'From Harbour Examiner · reporting by A, B and C', 'Source: Harbour Examiner · Text: A': the writer's
        # label after a separator.
        segment, labelled = _labelled_segment(core)
        if labelled:
            core, match = segment, labelled
    if match:
        label, core = match.group(0).strip(), core[match.end() :]
    core = _CUT.sub("", core).rstrip()
    whole = len(core.split())
    core = _PLACE_TAIL.sub("", core)
    kept: list[str] = []
    lower_tail = False
    for token in core.split():
        bare = token.strip(",")
        if bare and bare[0].islower() and bare not in _SEPARATOR_TOKENS and not _NAME_TOKEN.match(bare):
            lower_tail = True
            break
        if bare[:1].isdigit() or bare[:1] == "@":  # a date, a time or a handle after the names
            break
        kept.append(token)
    while kept and kept[-1].lower().strip(".,") in MONTHS:
        kept.pop()
    part = " ".join(kept).strip(" ,:")
    if part.endswith(".") and not _INITIAL_END.search(part):
        part = part[:-1]
    return label, part, whole - len(kept), lower_tail


def told_label(label: str) -> bool:
    """'As told to': a label crediting the writer of a first-person story, as "By" does."""
    return " ".join(label.lower().split()) == "as told to"


def _labelled_segment(text: str) -> tuple[str, re.Match[str] | None]:
    """The first part after a separator (' · ', ' | ') that opens with a writer's label ('reporting by A') and
    that label's match; (text, None) when no part does."""
    if " · " not in text and " | " not in text:
        return text, None
    for part in text.replace(" | ", " · ").split(" · ")[1:]:
        part = part.strip()
        match = _BY_LABEL.match(part)
        if match and credits_writer(match.group(0)):
            return part, match
        match = label_match(part, WRITER)
        if match and WRITER_ROLE.search(match.group(0)) and credits_writer(match.group(0)):
            return part, match
    return text, None


def _writer_dash(text: str) -> re.Match[str] | None:
    match = _DASH_LABEL.match(text)
    return match if match and WRITER_ROLE.search(match.group(0)) else None


def names_of(text: str) -> list[str]:
    """The person names a byline line gives, by its shape (label, names, tail)."""
    # "Monday November 18, 2019 7:45 am PST by Joe Rossignol": the names after a dated lead.
    inner = names_after_by(text) or told_to(text)
    if inner:
        return inner
    label, part, _, _ = byline_part(text)
    if not part or not credits_writer(label):
        return []
    # A label ("Article by", "Author:") declares a person: a given name that is a common word may open it.
    names = people_or_body(label, part, text)
    return _with_organisation(text, names) if " and " in text or " & " in text else names


def _with_organisation(text: str, names: list[str]) -> list[str]:
    """'University of Tokyo and Ann Lee', 'Wire Service & Ann Lee': two credits joined, one an organisation named
    whole and one a person: both wrote it (the names part alone stops at the organisation's lower-case word)."""
    head, _, tail = text.replace(" & ", " and ").partition(" and ")
    head = _BY_LABEL.sub("", head).strip()
    credits = []
    for piece in (head, tail.strip()):
        person = split_authors(piece) == [piece]
        if not person and not (_named_whole(piece) and organisation_name(piece) == piece):
            return names
        credits.append(piece)
    return credits if len(credits) == 2 and any(credit not in names for credit in credits) else names


def _named_whole(text: str) -> bool:
    """Every word capitalised or a name's joining word ("University of Tokyo"): a name, nothing after it."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and all(word[:1].isupper() or word in NAME_JOINS for word in words)


def people_or_body(label: str, part: str, text: str) -> list[str]:
    """The people the names part credits; or the organisation a writer's label credits when it names no person by
    a full name ("By Associated Press", "Author: University of Tokyo"), as the one name: the story's signature."""
    names = split_authors(part, declared=bool(label))
    if not label or any(" " in name for name in names):
        return names  # (no writer's label: no organisation credited; most lines)
    return _inverted(label, text) or _body(text) or names


# A catalogue's order of a person's names, the surname first and a comma before the given name, one credit a piece
# between semicolons ("Author: Lee, Ann; Park, Bo").
_INVERTED = re.compile(
    r"[A-Z][\w’'-]+, [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)?(?:; [A-Z][\w’'-]+, [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)?)*"
)


def _inverted(label: str, text: str) -> list[str]:
    """The people a writer's label credits in a catalogue's order, each written given name first ('Author: Lee, Ann;
    Park, Bo' -> 'Ann Lee', 'Bo Park'); [] for any other shape. Asked only when the names part gave no full name:
    a surname alone, then a given name alone, is no two writers' credit."""
    rest = text[text.find(label) + len(label) :].strip(" :")
    if not _INVERTED.fullmatch(rest):
        return []
    names = [f"{given} {surname}" for surname, given in (piece.split(", ") for piece in rest.split("; "))]
    # (each a person's name read so: "HarbourLabs, Contributor" is a credit and a job)
    return names if split_authors("; ".join(names)) == names else []


def _body(text: str) -> list[str]:
    # (Read from the line, not the names part: that stops at a word in lower case, "University of Tokyo".)
    credit = labelled_rest(text)
    body = organisation_name(credit) if credit else None
    return [body] if body else []


BY_WORDS = frozenset({"by", "von", "por", "par", "di", "oleh", "door", "av"})


def labelled_rest(text: str) -> str | None:
    """What follows a writer's label ('By', 'Reporting by', 'Author:'), up to a separator; None without one."""
    label, part, _, _ = byline_part(text)
    if not part or not label or not credits_writer(label):
        return None
    if label.lower().split()[-1] not in BY_WORDS and not WRITER_ROLE.search(label):
        return None
    rest = _CUT.sub("", text[text.find(label) + len(label) :]).strip()
    return _FOR_OUTLET.sub("", rest)


# "Written by A for Harbour Courier": the outlet the writer wrote for ("for", English), not more of the name.
_FOR_OUTLET = re.compile(r"(?<!\s)\s+for\s+(?:the\s+)?[A-Z].*$")


def without_outlet(text: str) -> str | None:
    """A credit line without the outlet its names wrote for and what a separator sets after it ('Written by A for
    Harbour Courier · 11h' → 'Written by A'), or None when no such outlet follows the names."""
    if "for" not in text:
        return None  # (_FOR_OUTLET's word, in the text's first part or nowhere: most credits write none)
    head = _CUT.sub("", text).rstrip()
    cut = _FOR_OUTLET.sub("", head)
    return cut if cut != head else None

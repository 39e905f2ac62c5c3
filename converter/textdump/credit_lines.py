"""Lines that credit someone other than the article's writer: neither its byline nor its headline.

A sponsor's credit ("Presented by A", "Sponsored by A & B") labels a promo: the byline decision refuses its label
(bylines.credits_writer: the sponsor's words are no writer's), and the line is kept out of the body, where it would
read as a subheading. A publisher's chip ("From The Harbour Courier") names where the story comes from: no headline;
under the headline, "From" and a person's name ("From Ann Lee") is the article's credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from converter.bylines import (
    SPONSOR_WORDS,
    credits_writer,
    is_job_title,
    looks_like_name,
    names_outlet,
    names_signing_body,
    organisation_name,
    split_authors,
)
from converter.dates import find_date, is_relative_date
from converter.textdump.bio import bio_name
from converter.textdump.byline import OUTLET_LINE_WORDS, contributor_credit, find_byline, organisation_credit
from converter.textdump.byline_names import byline_part
from converter.textdump.furniture import HOST
from converter.textdump.lines import Line
from converter.textdump.metadata import NAME_JOINS, is_byline
from converter.textdump.story_heads import FROM_WORDS

MAX_WORDS = 8
_SPONSOR = re.compile(SPONSOR_WORDS, re.IGNORECASE)


def is_sponsor_credit(line: Line) -> bool:
    """A short line of a sponsor's label ending with "by" and a name after it, and nothing else."""
    if line.words > MAX_WORDS or line.sentence_end or " by " not in f" {line.text.lower()} ":
        return False
    label, part, tail_words, _ = byline_part(line.text)
    return bool(label) and bool(part) and tail_words <= 0 and bool(_SPONSOR.search(label))


def sponsor_lines(lines: list[Line], first: int, last: int) -> set[int]:
    """The sponsor credits among lines[first..last]."""
    return {index for index in range(first, last + 1) if is_sponsor_credit(lines[index])}


# What sets a sponsor's label apart from its name ("SPONSORED · Harbour Roofing", "Promoted | Quay Outfitters").
_LABEL_JOINS = (" · ", " | ", ": ")
_LABEL_WORDS = 2  # the longest label before the sponsor's name ("Paid content")
MESSAGE_WORDS = 20  # the longest sponsor's message under its label: a sentence or two, no paragraph


def is_sponsor_label(line: Line) -> bool:
    """A sponsor's label and name, nothing else: 'Presented by Harbour Bank' (is_sponsor_credit), 'SPONSORED · Harbour
    Roofing', 'Paid content | Quay Outfitters' (the label's words, a separator, a capitalised name with no figure)."""
    if is_sponsor_credit(line):
        return True
    if line.words > MAX_WORDS or line.sentence_end:
        return False
    for join in _LABEL_JOINS:
        label, found, name = line.text.partition(join)
        if found:
            return (
                len(label.split()) <= _LABEL_WORDS
                and bool(_SPONSOR.search(label))
                and name[:1].isupper()
                and not any(char.isdigit() for char in name)
            )
    return False


def sponsor_messages(lines: Sequence[Line], consider: Iterable[int]) -> set[int]:
    """The lines of `consider` right under a sponsor's label, the two a block of their own (a blank line above the
    label and below the line, none between), a sentence or two of MESSAGE_WORDS words at most: the sponsor's message
    ("SPONSORED · Harbour Roofing" over "Family-run since 1990. Call for a quote."). A list's title under the label
    ends no sentence; a paragraph is longer; a label set inside a text with no blank lines stands over its paragraph.
    """
    return {
        index
        for index in consider
        if 0 < index < len(lines) - 1
        and lines[index].sentence_end
        and lines[index].words <= MESSAGE_WORDS
        and lines[index - 1].blank_before
        and not lines[index].blank_before
        and lines[index + 1].blank_before
        and is_sponsor_label(lines[index - 1])
    }


# "From" and a person's name: a credit under the headline (English).
_FROM = ("From ",)
# Who shared the piece (English): over the headline a curator's or a submitter's line ("Shared by A, Internal
# Communications" over it), right under it, where the byline stands, and people's names, the piece's credit.
_SHARED = "Shared by "
CHIP_WORDS = 6


def is_publisher_chip(lines: list[Line], index: int) -> bool:
    """'From The Harbour Courier', 'via Harbour Courier' over a longer line that credits no one (the headline): "From"
    and a name, every word capitalised, a short line. (A headline of that shape, "From Here To Eternity", stands over
    its credit.)"""
    rest = _from_name(lines[index].text)
    if rest is None or index + 1 >= len(lines):
        return False
    return _headline_beside(lines[index + 1], rest)


def is_credit_under_headline(lines: list[Line], index: int) -> bool:
    """'From Ann Lee', 'From The Harbour Courier' under a longer line that credits no one (the headline): who wrote
    it or where it comes from, no headline either."""
    rest = _from_name(lines[index].text)
    return rest is not None and index > 0 and _headline_beside(lines[index - 1], rest)


def from_names(lines: list[Line], title_index: int | None) -> tuple[int, list[str]] | None:
    """The line right under the headline when it is "From" or "Shared by" and people's names ("From Ann Lee",
    "From Ann Lee and Bo Chan", "Shared by Ann Lee"), and the names: the article's credit. An outlet's name gives
    none: split_authors keeps people's (the generators disagree on "From" and an organisation there: a publisher's
    chip or the author), and a name the page shows again on a short line ("Read the full piece at Porthaven
    Ledger", a chip) is an outlet's, whatever its words."""
    index = None if title_index is None else title_index + 1
    if index is None or index >= len(lines):
        return None
    text = lines[index].text
    if text.startswith(_SHARED):  # ("Shared by Ann Lee" where the byline stands)
        name = text[len(_SHARED) :].strip()
        if not _headline_beside(lines[index - 1], name.split()):
            return None
    elif not text.startswith(_FROM) or not is_credit_under_headline(lines, index):
        return None  # ("via" and a name shares a story: no writer's credit)
    else:
        name = text[len(_FROM[0]) :].strip()
    if any(name in other.text for other in lines if other.index != index and other.words <= OUTLET_LINE_WORDS):
        return None
    names = split_authors(name)
    return (index, names) if names else None


# What joins a credited name to the outlet it wrote for ("Ann Lee, Harbour Courier", "Ann Lee | Harbour Courier",
# "Ann Lee for Harbour Courier"; "for" is English).
_OUTLET_JOINS = (", ", " | ", " · ", " • ", " for ")
_OUTLET_CREDIT_CHARS = 90
_CREDIT_WORDS = 5  # the most words of the names before the outlet, and of the outlet's name
OUTLET_ABOVE = 6  # how far above the credit the outlet's own line stands


def credits_outlet_above(lines: list[Line], index: int) -> bool:
    """A few capitalised words joined to an outlet named on a line of its own just above ("Harbour Courier" or
    "Source: Harbour Courier" over "Ann Lee, Harbour Courier"): whom the outlet credits for the story, no headline."""
    return _outlet_credit_head(lines, index) is not None


def _outlet_credit_head(lines: list[Line], index: int) -> str | None:
    """What a line crediting the outlet named just above gives before the outlet ("Ann Lee"), or None."""
    text = lines[index].text
    if len(text) > _OUTLET_CREDIT_CHARS or lines[index].words > 2 * _CREDIT_WORDS:
        return None
    for join in _OUTLET_JOINS:
        head, found, outlet = text.rpartition(join)
        if found and _capitalised(head) and _capitalised(outlet):
            above = lines[max(0, index - OUTLET_ABOVE) : index]
            return head if any(line.text == outlet or line.text.endswith(": " + outlet) for line in above) else None
    return None


def _capitalised(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= _CREDIT_WORDS and all(word[:1].isupper() or word in NAME_JOINS for word in words)


def _split_at_first(text: str, joins: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(head, join, tail) at the first of `joins` (in their order) that `text` holds, or None."""
    for join in joins:
        head, found, tail = text.partition(join)
        if found:
            return head, join, tail
    return None


def outlet_credit(lines: list[Line], title_index: int | None) -> tuple[int, list[str]] | None:
    """The line right under the headline when it credits the outlet named above it ("Ann Lee, Harbour Courier"),
    and whom it credits: the people it names, else the organisation ("News Desk, Harbour Courier")."""
    index = None if title_index is None else title_index + 1
    if index is None or index >= len(lines) or (head := _outlet_credit_head(lines, index)) is None:
        return None
    names = split_authors(head) or ([name] if (name := organisation_name(head)) else [])
    return (index, names) if names else None


# What joins an outlet's name and a person's on one credit line ("Harbour Post — Ann Lee", "Ann Lee / Harbour Post").
_NAME_PAIR_JOINS = (" — ", " – ", " / ", " | ")


def name_pair(text: str) -> tuple[str, str] | None:
    """The two sides of a line joining two names by a dash, a slash or a bar ("Harbour Post — Ann Lee", "Field &
    Fold / News Desk"), each a few capitalised words with no digit; else None."""
    split = _split_at_first(text, _NAME_PAIR_JOINS)
    if split is None:
        return None
    head, join, tail = split
    sides = (head.strip(), tail.strip())
    if any(not side[:1].isupper() or join in side or any(char.isdigit() for char in side) for side in sides):
        return None
    return sides if all(_capitalised(side) for side in sides) else None


def name_pair_credit(lines: list[Line], title_index: int | None) -> tuple[int, list[str]] | None:
    """The line right under a longer headline joining an outlet's name and a person's ("Harbour Post — Ann Lee",
    "Ann Lee / Harbour Post"), and the person: the story's credit. When both sides or neither read as a person's
    name, which is whose is not told: None."""
    if title_index is None or title_index + 1 >= len(lines):
        return None
    index = title_index + 1
    if lines[title_index].words <= lines[index].words:
        return None
    sides = name_pair(lines[index].text)
    if sides is None or not credits_writer(byline_part(lines[index].text)[0]):
        return None  # ("Cover: Agency / Ann Lee": a label of another role, a photo's credit)
    # (A writer's label opens the line's first side, "By Ann Lee | Harbour Post": the name is what follows it.)
    people = [byline_part(side)[1] or side for side in sides if looks_like_name(side)]
    return (index, people) if len(people) == 1 else None


def _from_name(text: str) -> list[str] | None:
    """The words after "From" (or "via": story_heads.FROM_WORDS) when the line is that word and a name, every word
    capitalised, or a host; else None."""
    origin, _, after = text.partition(" ")
    if origin.lower() not in FROM_WORDS or not (origin[:1].isupper() or origin == "via"):
        return None
    rest = after.split()
    if len(rest) == 1 and HOST.fullmatch(rest[0]):
        return rest  # ("From outlet.com")
    if not 1 <= len(rest) <= CHIP_WORDS - 1 or not all(word[:1].isupper() or word in NAME_JOINS for word in rest):
        return None
    return rest


def _headline_beside(other: Line, rest: list[str]) -> bool:
    return other.words > len(rest) + 1 and not is_byline(other.text) and find_date(other.text) is None


# What joins whom a line credits to the job or the outlet after it ("Ann Lee, Staff Writer", "A Wire | Quay Post").
_PAIR_JOINS = (" | ", " · ", " • ", ", ")
_PAIR_CHARS = 90


def paired_credit(text: str) -> str | None:
    """'Ann Lee, Staff Writer', 'Harbour Wire, Community reporter', 'Harbour Wire | The Quay Post', 'Staff reports |
    Quay Post': a few words opening with a capital joined to a job, or (by a separator) to an outlet's name of two
    words or more: whom the line credits (the words before the join), or None. Two pieces only: more are a row."""
    if len(text) > _PAIR_CHARS or text.endswith((".", "?", "!")):
        return None
    split = _split_at_first(text, _PAIR_JOINS)
    if split is None:
        return None
    head, join, tail = split
    head, tail = head.strip(), tail.strip()
    if (
        any(mark in tail for mark in _PAIR_JOINS)
        or not 1 <= len(head.split()) <= _CREDIT_WORDS
        or not head[:1].isupper()
    ):
        return None
    if is_job_title(tail[:1].upper() + tail[1:]):
        return head  # (after a comma a job may be written in lower case: "Harbour Wire, staff writer")
    return head if join != ", " and _capitalised(tail) and len(tail.split()) >= 2 else None


def paired_organisation(lines: list[Line], index: int) -> str | None:
    """The organisation a paired credit right under a longer line (the headline) names ("Harbour Wire, Staff Writer"
    under it), or None: an agency, a newsroom or an institution credited in the writer's place."""
    head = paired_credit(lines[index].text) if 0 < index < len(lines) else None
    if head is None or lines[index - 1].words <= lines[index].words:
        return None
    if any(" " in name for name in split_authors(head)):
        return None  # (a person's full name: the byline decision's; one word alone, "AJLabs", is no person's)
    return organisation_name(head)


# What joins an organisation's credit to the outlet that carried its story ("Harbour Wire · The Quay Post",
# "Harbour Wire | quaypost.com", "Harbour Wire (quaypost.com)", and the English "Harbour Wire for quaypost.com", where
# the outlet must be a host: "for" joins many other words).
_CARRIED_JOINS = (" | ", " · ", " • ", ", ", " (", " for ")
HEAD_LINES = 6  # how far under the headline such a credit may stand (a summary's notice, a bias bar between)


def organisation_for_outlet(lines: list[Line], title_index: int, first: int) -> tuple[int, str] | None:
    """A line between the headline and the body crediting an organisation and the outlet that carried its story
    ("Harbour Wire · The Quay Post", "Harbour Wire | quaypost.com"), and the organisation: it wrote the piece, as a
    person so credited would have. The outlet is a host, or a name the page shows again on a short line of its own
    ("Source: The Quay Post", "Open at The Quay Post"), so the line is no section's and no menu's."""
    for index in range(title_index + 1, min(first + 4, title_index + 1 + HEAD_LINES, len(lines))):
        found = _organisation_and_outlet(lines, index)
        if found:
            return index, found
    return None


def _organisation_and_outlet(lines: list[Line], index: int) -> str | None:
    text = lines[index].text.strip()
    if len(text) > _PAIR_CHARS:
        return None
    split = _split_at_first(text, _CARRIED_JOINS)
    if split is None:
        return None
    head, join, rest = split
    if join == " for ":
        pieces = [rest.strip()]  # (the outlet's host alone: "Harbour Wire for quaypost.com")
    else:
        pieces = [piece.strip() for piece in rest.split(join.strip() if join != " (" else ")")]
    outlet, after = pieces[0].rstrip(")").strip(), [piece for piece in pieces[1:] if piece]
    # (a third piece dates the story: "Harbour Wire | The Quay Post | Dec 3, 2023")
    if len(after) > 1 or (after and find_date(after[0]) is None):
        return None
    if not (
        HOST.fullmatch(outlet)
        # (an outlet's name closed by a newspaper's noun: "Harbour Wire (The Pine Ridge Record)")
        or (join != " for " and _capitalised(outlet) and len(outlet.split()) >= 2 and names_outlet(outlet))
        or (
            join != " for " and _capitalised(outlet) and len(outlet.split()) >= 2 and _named_again(lines, index, outlet)
        )
    ):
        return None
    if any(" " in name for name in split_authors(head)):
        return None  # (a person's full name: the byline decision's; one word alone, "AJLabs", is no person's)
    return organisation_name(head)


def _named_again(lines: list[Line], index: int, outlet: str) -> bool:
    return any(outlet in line.text and line.words <= OUTLET_LINE_WORDS for line in lines if line.index != index)


def organisation_under_headline(
    lines: list[Line], title_index: int, first: int, site: str | None
) -> tuple[int, str] | None:
    """A line of its own between the headline and the body naming an agency or an institution whole and nothing else
    ('The Associated Press', 'University of Tokyo': bylines.names_signing_body), and its name: on a page
    crediting no person, it signed the story, where a person's bare name would stand. Not an outlet: a name closed by
    a newspaper's noun ('Harbour Dispatch', 'Kettle Bay News') or one the page shows again on a short line (a list's
    chip, 'Read it at ...') is the publisher's chip, and the site's own name no one's credit."""
    for index in range(title_index + 1, min(first + 4, title_index + 1 + HEAD_LINES, len(lines))):
        text = _without_age(lines[index].text.strip())
        if len(text) > _PAIR_CHARS or any(" " in name for name in split_authors(text)):
            continue  # (a person's full name: the byline decision's; one word alone, "AJLabs", is no person's)
        name = organisation_name(text)
        if name is None or name != text or not (names_signing_body(name) or staff_credit(name)) or names_outlet(name):
            continue
        if site and name.lower() == site.lower():
            continue
        if not _named_again(lines, index, name):
            return index, name
    return None


# How old the story is, in a chip's short words after a separator ("46m", "2 h", "3d").
_AGE = re.compile(r"\d{1,3} ?(?:s|m|mins?|h|hrs?|d|w|wks?|mo|y|yrs?)", re.IGNORECASE)


def _without_age(text: str) -> str:
    """A credit line without a time stamp or an age a separator sets after it ('Harbour Wire · 46m', 'News Staff |
    2 hours ago' -> the name): the stamp times the story, the name signs it."""
    head, join, tail = text.rpartition(" · ")
    if not join:
        head, join, tail = text.rpartition(" | ")
    tail = tail.strip()
    if join and head and (_AGE.fullmatch(tail) or is_relative_date(tail) or find_date(tail) is not None):
        return head.strip()
    return text


# English words a newsroom signs a story with when no person is named ("News Staff", "Metro Staff").
_STAFF_WORDS = frozenset({"staff"})


def staff_credit(name: str) -> bool:
    """A newsroom's staff credited whole ('News Staff', 'City Desk Staff'): two to four capitalised words closed
    by 'Staff', signing the story as an agency would."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[-1].lower() in _STAFF_WORDS and _capitalised(name)


HANDLE_LINES = 3  # how far under the headline a handle signing the story stands (a date or a stamp between)


def handle_under_headline(lines: list[Line], title_index: int, first: int, site: str | None) -> tuple[int, str] | None:
    """A line of one word in camel case ('AJLabs', 'MrQuayWriter': a handle's or a desk's shape, no section's nor
    a word of the language) between the headline and the body, next to the headline, a date, a time or a job ('Staff
    writer'), and its word: on a page crediting no one, the signature where a person's name would stand. Not the
    site's name, nor a name the page shows again on a short line (an outlet's chip)."""
    # (Further down a stack of short lines with no blank between, counts and stamps: "21 outlets", "First reported
    # yesterday", over the handle.)
    reach = HANDLE_LINES
    while reach < HEAD_LINES and _stacked_short(lines, title_index + reach) and title_index + reach + 1 < first:
        reach += 1
    for index in range(title_index + 1, min(first, title_index + 1 + reach, len(lines))):
        text = lines[index].text.strip()
        if not _camel_word(text) or lines[index].is_furniture or (site and text.lower() == site.lower()):
            continue
        beside = [lines[other] for other in (index - 1, index + 1) if other != title_index and other < len(lines)]
        timed = index - 1 == title_index or any(_stamp_or_job(line) for line in beside)
        if timed and not _named_again(lines, index, text):
            return index, text
    return None


def _stacked_short(lines: list[Line], index: int) -> bool:
    """lines[index] and the next line: short lines, no prose, no blank line between them (a headline's stack)."""
    return (
        0 <= index < len(lines) - 1
        and not lines[index].is_prose
        and lines[index].words <= HANDLE_STACK_WORDS
        and not lines[index + 1].blank_before
    )


HANDLE_STACK_WORDS = 8


def _camel_word(text: str) -> bool:
    """One word of letters (digits after them) opening with a capital, with another capital inside and lower-case
    letters: 'AJLabs', 'MrQuayWriter' (not 'NASA', 'Politics')."""
    if not 4 <= len(text) <= 30 or not text[:1].isupper() or not text.isalnum() or not text[:2].isalpha():
        return False
    return any(char.isupper() for char in text[1:]) and any(char.islower() for char in text)


def _stamp_or_job(line: Line) -> bool:
    return is_job_title(line.text) or find_date(line.text) is not None or line.is_relative_time


class Credit(NamedTuple):
    """Whom the article credits, and where: the byline's line (None when no line does), the names, and a
    contributor's line the byline outranked (kept out of the body too)."""

    line: int | None
    authors: list[str]
    contributor: int | None


def article_credit(
    lines: list[Line], title_index: int | None, top: int, first: int, last: int, site: str | None
) -> Credit:
    """The article's credit: the byline decision's (byline.find_byline), or the credit a shape under the headline
    gives in its place, or an organisation's when no person is credited."""
    found = find_byline(lines, title_index, top, first, last, site)
    # A credit to the outlet named above, right under the headline, is the story's; the credit the model found
    # elsewhere (at the story's end) is then a contributor's, kept out of the body all the same.
    outlet = outlet_credit(lines, title_index) or name_pair_credit(lines, title_index)  # ("Outlet — Ann Lee")
    contributor = found.index if outlet and found else None
    byline_index, authors = outlet or ((found.index, found.names) if found else (None, []))
    under = None if title_index is None else title_index + 1
    if outlet is None and (found is None or found.index == under):
        # ("From Ann Lee" under the headline; the model reads "From Ann Lee and Bo Chan" as one name and a word)
        byline_index, authors = from_names(lines, title_index) or (byline_index, authors)
    # (A contributor's credit names the writer only when no other line credits anyone: an organisation may.)
    contributed = found is not None and byline_index == found.index and contributor_credit(lines[found.index].text)
    if (not authors or contributed) and (credit := organisation_credit(lines, top, first, last, site)):
        byline_index, authors = credit.index, credit.names  # ("By The Associated Press": no person credited)
    elif (
        (not authors or contributed)
        and title_index is not None
        and (organisation := paired_organisation(lines, title_index + 1))
    ):
        byline_index, authors = title_index + 1, [organisation]  # ("Harbour Wire, Staff Writer" under the headline)
    elif (
        (not authors or contributed)
        and title_index is not None
        and (carried := organisation_for_outlet(lines, title_index, first))
    ):
        byline_index, authors = carried[0], [carried[1]]  # ("Harbour Wire · The Quay Post" over the body)
    elif (
        (not authors or contributed)
        and title_index is not None
        and (signed := organisation_under_headline(lines, title_index, first, site))
    ):
        byline_index, authors = signed[0], [signed[1]]  # ("The Associated Press" alone under the headline)
    # (the headline shown again over the story a post quotes, its credit under that copy: "Harbour Wire | The Quay
    # Post")
    again = None if authors or title_index is None else _headline_again(lines, title_index, first)
    if again is not None and (carried := organisation_for_outlet(lines, again, first)):
        byline_index, authors = carried[0], [carried[1]]
    if not authors and title_index is not None and (named := credit_to_named_outlet(lines, title_index, first)):
        byline_index, authors = named  # ("Ann Lee, The Quay Post" over the body, "The Quay Post Audio" above)
    if not authors and title_index is not None and (handle := handle_under_headline(lines, title_index, first, site)):
        byline_index, authors = handle[0], [handle[1]]  # ("AJLabs" over "12 Dec 2023" under the headline)
    if not authors and (signed_bio := bio_credit(lines, last)):
        byline_index, authors = signed_bio  # ("Ann Lee writes for the Quay Post." closing a story no line credits)
    return Credit(byline_index, authors, contributor)


# What joins whom a line credits to the outlet they wrote for ("Ann Lee, The Quay Post", "Ann Lee (The Quay Post)").
_NAMED_OUTLET_JOINS = (", ", " | ", " · ", " (")


def credit_to_named_outlet(lines: list[Line], title_index: int, first: int) -> tuple[int, list[str]] | None:
    """A line between the headline and the body's first lines joining people's full names, or an agency's, to an
    outlet's name the page shows again on a short line ("Ann Lee, The Quay Post" under "The Quay Post Audio"), and
    whom it credits: the outlet's name beside them tells the line a credit, however far from the headline."""
    for index in range(title_index + 1, min(first + 2, len(lines))):
        text = lines[index].text.strip()
        if len(text) > _OUTLET_CREDIT_CHARS or (split := _split_at_first(text, _NAMED_OUTLET_JOINS)) is None:
            continue
        head, join, outlet = split
        outlet = outlet.removesuffix(")").strip() if join == " (" else outlet.strip()
        if not _capitalised(outlet) or len(outlet.split()) < 2 or not _named_again(lines, index, outlet):
            continue
        names = split_authors(head)
        if names and all(" " in name and looks_like_name(name) for name in names):
            return index, names
        body = organisation_name(head) if not names else None
        if body == head and names_signing_body(body):
            return index, [body]
    return None


def _headline_again(lines: list[Line], title_index: int, first: int) -> int | None:
    """The headline's text on a line of its own again below it, by the body's first lines, or None."""
    text = lines[title_index].text
    for index in range(title_index + 1, min(first + 4, len(lines))):
        if lines[index].text == text:
            return index
    return None


BIO_REACH = 2  # how far from the body run's last line a bio signing the story stands


def bio_credit(lines: list[Line], last: int) -> tuple[int, list[str]] | None:
    """A short bio of one sentence at the body's end ("Ann Lee writes for the Quay Post.", "Ann Lee is a reporter at
    the Quay Post."), and the person it opens with: on a page no other line credits, it signs the story."""
    for index in range(max(0, last - BIO_REACH), min(last + BIO_REACH + 1, len(lines))):
        name = bio_name(lines[index].text, lines[index].words)
        names = split_authors(name) if name else []
        if len(names) == 1 and names[0] == name and " " in name:
            return index, names
    return None

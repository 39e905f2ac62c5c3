"""Blocks of "Label: value" lines: an e-mail's header ("From: ...", "Date: ...", "Subject: ...") or a record's fields
("Source: ...", "Section: ...", "Author(s): ...") describing the story or the container carrying it.

Their lines are no headline: a field names a property of the story or of its container. A headline may open such a
block (the fields under it credit it: "Review: A harbour at dusk" over "Source: ..." and "Author: ..."), and a
headline's own field ("Title:", "Headline:", "Subject:") names the story's headline when the story shows it nowhere
else. An e-mail's date is the sending's, not the story's: the date search takes it last.
"""

from __future__ import annotations

import re

from converter.dates import find_date as _find_date
from converter.textdump.lines import Line, per_page

# A field: a label of one to three words opening on a capital ("Source", "Author(s)", "Last edited"), a colon and
# its value on the same line.
_FIELD = re.compile(r"^[A-Z][\w'’().-]{0,30}(?: [\w'’().-]{1,30}){0,2}: \S")
FIELD_MAX_WORDS = 30  # the most words of a field's line
BLOCK_FIELDS = 3  # the fewest field lines in a row that make a block
HEADLINE_VALUE_WORDS = 6  # the fewest words of a value that may be a headline standing in a block
HEADLINE_WORDS = 4  # the fewest words of a line shaped like a headline between a block and the body
# The labels of a headline's own field (English words), and the prefixes an e-mail's subject gathers ("Fwd:", "Re:").
_HEADLINE_LABEL = re.compile(r"^(?:title|headline|subject|story title)$", re.IGNORECASE)
_MAIL_PREFIX = re.compile(r"^(?:(?:fwd?|re|aw|tr)\s?:\s*){1,4}", re.IGNORECASE)
# An e-mail's header: a sender's field, and a subject's or a recipient's or a sending's (English words).
_SENDER = re.compile(r"^from$", re.IGNORECASE)
_MAIL_LABEL = re.compile(r"^(?:to|cc|sent|subject|reply-to)$", re.IGNORECASE)
_DATE_LABEL = re.compile(r"^(?:date|sent)$", re.IGNORECASE)


def field_label(text: str) -> str | None:
    """The label of a field's line ("Source" of "Source: sbnation.com"), or None for another line."""
    if len(text) > 300 or not _FIELD.match(text) or len(text.split()) > FIELD_MAX_WORDS:
        return None
    return text.split(":", 1)[0]


@per_page
def field_blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """Every block of BLOCK_FIELDS field lines or more in a row: (first, last) line."""
    blocks: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate([*lines, None]):
        if line is not None and field_label(line.text) is not None:
            start = index if start is None else start
            continue
        if start is not None and index - start >= BLOCK_FIELDS:
            blocks.append((start, index - 1))
        start = None
    return blocks


def _block_of(lines: list[Line], index: int) -> tuple[int, int] | None:
    return next(((first, last) for first, last in field_blocks(lines) if first <= index <= last), None)


def is_field_line(lines: list[Line], index: int) -> bool:
    """A line of a block of fields, no headline: all but a line whose value reads as a headline, a phrase of
    HEADLINE_VALUE_WORDS words or more and no other field in it (a headline may open or close a block of fields, "New
    Avatar: The Last Airbender Images Feature ..." over "Source: ..." and "Author: ..."; a field's value is a name,
    a date, a word or two). An e-mail's header holds no headline (its subject is read apart: `headline_field`)."""
    block = _block_of(lines, index)
    if block is None:
        return False
    if is_mail_header(lines, index) or _HEADLINE_LABEL.match(field_label(lines[index].text) or ""):
        return True
    value = lines[index].text.split(":", 1)[1]
    return len(value.split()) < HEADLINE_VALUE_WORDS or ": " in value


def headline_field(lines: list[Line], index: int, body_start: int) -> str | None:
    """The headline a headline's own field names ("Title: ...", "Subject: Fwd: ...", its label and an e-mail's
    prefixes cut off) when the story shows it nowhere else: the same text is no line of its own, and no line shaped
    like a headline stands between the block and the body (a newsletter's story under its e-mail's header)."""
    label = field_label(lines[index].text)
    block = _block_of(lines, index)
    if label is None or block is None or not _HEADLINE_LABEL.match(label):
        return None
    value = _MAIL_PREFIX.sub("", lines[index].text.split(":", 1)[1].strip())
    if len(value.split()) < 2 or any(line.text == value for line in lines):
        return None
    between = lines[block[1] + 1 : body_start + 1]
    if any(line.words >= HEADLINE_WORDS and not line.text.endswith(".") for line in between):  # (a question too)
        return None
    return value


def headline_text(lines: list[Line], index: int, body_start: int) -> str:
    """The headline lines[index] gives: its text, or the value of a headline's own field."""
    return headline_field(lines, index, body_start) or lines[index].text


def is_mail_header(lines: list[Line], index: int) -> bool:
    """lines[index] stands in a block of fields holding a sender's field and a recipient's, a subject's or a sending's
    field: an e-mail's header."""
    block = _block_of(lines, index)
    if block is None:
        return False
    labels = [field_label(line.text) or "" for line in lines[block[0] : block[1] + 1]]
    return any(_SENDER.match(label) for label in labels) and any(_MAIL_LABEL.match(label) for label in labels)


def is_mail_date(lines: list[Line], index: int) -> bool:
    """The date field of an e-mail's header ("Date: Tue, Oct 10, 2023 at 6:24 AM", "Sent: ..."): when the mail was
    sent, not when the story it carries came out."""
    label = field_label(lines[index].text)
    return label is not None and bool(_DATE_LABEL.match(label)) and is_mail_header(lines, index)


RECORD_GAP = 2  # the most lines between a record's block of fields and the headline under it


def is_record(lines: list[Line], first: int, last: int) -> bool:
    """A block of fields describing a story: one of them dates it ("Date: 19.12.2023"), and it is no e-mail's header
    (a list of kicked headlines, "Gadgets: A phone that folds" over "Apps: ...", dates none)."""
    return not is_mail_header(lines, first) and any(_find_date(line.text) for line in lines[first : last + 1])


def record_above(lines: list[Line], index: int) -> int | None:
    """The first line of a record's block of fields (`is_record`) ending at most RECORD_GAP lines above
    lines[index], or closing on it (a headline read as a field by its shape, "Harbour 2024: The vote"): the record
    describing the story headed there (its source, date, writer), or None."""
    for first, last in field_blocks(lines):
        if first < index and index - last <= RECORD_GAP + 1 and is_record(lines, first, last):
            return first
    return None

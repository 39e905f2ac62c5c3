"""Blocks of "Label: value" lines: an e-mail's header ("From: ...", "Date: ...", "Subject: ...") or a record's fields
("Source: ...", "Section: ...", "Author(s): ...") describing the story or the container carrying it.

Their lines are no headline: a field names a property of the story or of its container. A headline may open such a
block (the fields under it credit it: "Review: A harbour at dusk" over "Source: ..." and "Author: ..."), and a
headline's own field ("Title:", "Headline:", "Subject:") names the story's headline when the story shows it nowhere
else. An e-mail's date is the sending's, not the story's: the date search takes it last.

This module is the one reading of a "Label: value" line (`read_field`), in variants that differ on purpose, each a
`Shape`: BLOCK (the strictest, a line of a block), CHIP (a field under a listed story's headline: its source, a
credit, figures), SHORT (the loosest: the headline model's `short_label` feature), WRITER (a credit's writer label),
GLOSSARY (a glossary box's entry) and ADDRESS (a label and a web address). It names the kinds of field by their
labels' words (`LABEL_WORDS`: a source's, a credit's, a headline's, a date's, an e-mail's sender's and header's); the
other modules ask it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from converter.dates import find_date as _find_date
from converter.textdump.lines import Line, per_page

FIELD_MAX_WORDS = 30  # the most words of a field's line (BLOCK)
FIELD_MAX_CHARS = 300  # the longest field's line (BLOCK)
BLOCK_FIELDS = 3  # the fewest field lines in a row that make a block
HEADLINE_VALUE_WORDS = 6  # the fewest words of a value that may be a headline standing in a block
HEADLINE_WORDS = 4  # the fewest words of a line shaped like a headline between a block and the body


# One reading of a "Label: value" line, in named variants: each a shape of label, the colon and white space after it,
# and whether the field is the whole line or opens it. Each variant's pattern names the label (group "label") and
# takes the value (group "value") or ends where the value starts.
class Shape(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    whole: bool = False  # the field is the whole line, its ends stripped (fullmatch), not only its opening
    max_chars: int | None = None  # the longest line read so
    max_words: int | None = None  # the most words of a line read so


# BLOCK, the strictest: a label of one to three words opening on a capital ("Source", "Author(s)", "Last edited"), a
# colon, one space and the value on the same line: a line of a block of fields, an e-mail's header or a record.
BLOCK = Shape(
    "block",
    re.compile(r"^(?P<label>[A-Z][\w'’().-]{0,30}(?: [\w'’().-]{1,30}){0,2}): (?=\S)"),
    max_chars=FIELD_MAX_CHARS,
    max_words=FIELD_MAX_WORDS,
)
# CHIP, a line of its own under a listed story's headline: a label of ASCII letters, spaces and brackets in either
# case ("Source", "author(s)", "Reach") and a value of at most 81 characters: the whole line ('Source: outlet.com').
CHIP = Shape(
    "chip",
    re.compile(r"(?P<label>[A-Za-z][A-Za-z ()]{0,24}):\s+(?P<value>\S.{0,80})"),
    whole=True,
)
# SHORT, the loosest: one to three runs of anything but white space, a colon and a white space ("Factuality: High",
# "Words: A", "#1: ..."): the `short_label` feature of the headline model (`title.features`), whose weight was
# fitted to this exact shape.
SHORT = Shape("short", re.compile(r"^(?P<label>\S+(?:\s\S+){0,2}):\s"))
# WRITER, a writer's label before the names of a credit ("Words: A", "Words & pictures: A", "Author(s): A"): one to
# three words of letters (an ampersand joins them; a plural written "(s)"), white space maybe before the colon and
# some after it (`byline_names.byline_part`). Words apart by spaces (a word that could split into several pieces
# would backtrack quadratically).
WRITER = Shape(
    "writer", re.compile(r"^(?P<label>[^\W\d_][\w’'-]*(?:\(s\))?(?:\s+(?:&|[^\W\d_][\w’'-]*)){0,2})\s*:\s+(?=\S)")
)
# GLOSSARY, a glossary box's entry, the whole line in lower case ('contend: to argue or claim something'): a term of one
# to three words, a colon and a space, a definition of three characters or more with no sentence inside it (a stop at
# its end at most) (`study.glossary_entry`).
GLOSSARY = Shape(
    "glossary",
    re.compile(r"(?P<label>[a-z][a-z'-]{0,30}(?: [a-z][a-z'-]{0,30}){0,2}): (?P<value>[a-z][^.!?:;]{2,150}\.?)"),
    whole=True,
)

# ADDRESS, a label of anything but a colon (one to forty characters) and a web address standing as the whole value
# ("Label: www.host.tld", "Read it at: https://host.tld/page"): a reader's frame line, no headline
# (`title.reader_line`). White space may lack after the colon.
ADDRESS = Shape(
    "address",
    re.compile(
        r"^(?P<label>[^:]{1,40}):\s*"
        r"(?P<value>(?:https?://)?(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?:/\S{0,200})?)$",
        re.IGNORECASE,
    ),
)


class Field(NamedTuple):
    """A "Label: value" line read: its label as written (CHIP's may end in a space: "Source : ...", no source's
    label) and its value, its ends stripped."""

    label: str
    value: str

    def is_kind(self, kind: str) -> bool:
        """The label names a field of `kind` (SOURCE, CREDIT, HEADLINE, DATE, SENDER, MAIL)."""
        return is_label(self.label, kind)

    @property
    def holds_figures(self) -> bool:
        """A field of figures: a digit in its value ("Reach: 153K", "Date: 19.12.2023")."""
        return any(char.isdigit() for char in self.value)


def label_match(text: str, shape: Shape = BLOCK) -> re.Match[str] | None:
    """The match of `shape`'s pattern over `text` (its ends stripped first for a whole-line shape), or None: where
    the label ends and the value starts, for a rule reading on after the label (`byline_names`)."""
    if shape.max_chars is not None and len(text) > shape.max_chars:
        return None
    match = shape.pattern.fullmatch(text.strip()) if shape.whole else shape.pattern.match(text)
    if match is None or (shape.max_words is not None and len(text.split()) > shape.max_words):
        return None
    return match


def read_field(text: str, shape: Shape = BLOCK) -> Field | None:
    """`text` read as a "Label: value" line of the variant `shape`, or None when it is no such line."""
    match = label_match(text, shape)
    if match is None:
        return None
    value = match["value"] if "value" in shape.pattern.groupindex else match.string[match.end() :]
    return Field(match["label"], value.strip())


def is_field(text: str, shape: Shape = BLOCK) -> bool:
    """`text` opens as (or is, for a whole-line shape) a field of the variant `shape`."""
    return label_match(text, shape) is not None


def field_label(text: str) -> str | None:
    """The label of a field's line (BLOCK: "Source" of "Source: sbnation.com"), or None for another line."""
    field = read_field(text)
    return None if field is None else field.label


# The kinds of field, each named by its labels' words (English, in lower case; a word may name several kinds: "From"
# names a story's source, and an e-mail's sender in its header).
SOURCE = "source"  # where a story comes from: 'Source: example.com', 'Publisher: The Coast Ledger'
CREDIT = "credit"  # a person credited: 'Byline: Ann Lee', 'Author(s): A and B'
HEADLINE = "headline"  # the story's headline: 'Title: ...', 'Subject: ...'
DATE = "date"  # a date's: 'Date: ...', an e-mail's 'Sent: ...'
SENDER = "sender"  # an e-mail's sender: 'From: ...'
MAIL = "mail"  # an e-mail's header beside the sender's: its recipient's, subject's or sending's
LABEL_WORDS: dict[str, frozenset[str]] = {
    SOURCE: frozenset({"source", "sources", "from", "via", "publisher", "publication", "outlet", "site", "origin"}),
    CREDIT: frozenset({"byline", "author", "authors", "author(s)", "writer", "reporter", "correspondent", "credit"}),
    HEADLINE: frozenset({"title", "headline", "subject", "story title"}),
    DATE: frozenset({"date", "sent"}),
    SENDER: frozenset({"from"}),
    MAIL: frozenset({"to", "cc", "sent", "subject", "reply-to"}),
}
# The prefixes an e-mail's subject gathers ("Fwd:", "Re:").
_MAIL_PREFIX = re.compile(r"^(?:(?:fwd?|re|aw|tr)\s?:\s*){1,4}", re.IGNORECASE)


def is_label(label: str, kind: str) -> bool:
    """`label` names a field of `kind` (any case: "SOURCE", "Source")."""
    return label.lower() in LABEL_WORDS[kind]


def field_source(text: str) -> str | None:
    """A field under a story's headline (CHIP) as its source: the value when the label names a source ('Source:
    example.com (online)' → 'example.com'), '' when a field of figures or a person's credit ('Reach: 153K', 'Byline:
    Ann Lee': no outlet's name), None when the line is no such field (an outlet's name over its section, 'Harbour
    Radio: Morning Show', is a source as it stands)."""
    field = read_field(text, CHIP)
    if field is None:
        return None
    if field.is_kind(CREDIT) or field.holds_figures:
        return ""
    if not field.is_kind(SOURCE):
        return None
    value = field.value
    # (a note of the medium in brackets after the name: 'example.com (online)', 'The Coast Ledger (print)')
    return value[: value.index(" (")].strip() if " (" in value and value.endswith(")") else value


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
    field = read_field(lines[index].text)
    if field is None:
        return False  # (never: a block's every line is a field)
    if is_mail_header(lines, index) or field.is_kind(HEADLINE):
        return True
    return len(field.value.split()) < HEADLINE_VALUE_WORDS or ": " in field.value


def headline_field(lines: list[Line], index: int, body_start: int) -> str | None:
    """The headline a headline's own field names ("Title: ...", "Subject: Fwd: ...", its label and an e-mail's
    prefixes cut off) when the story shows it nowhere else: the same text is no line of its own, and no line shaped
    like a headline stands between the block and the body (a newsletter's story under its e-mail's header)."""
    field = read_field(lines[index].text)
    block = _block_of(lines, index)
    if field is None or block is None or not field.is_kind(HEADLINE):
        return None
    value = _MAIL_PREFIX.sub("", field.value)
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
    return any(is_label(label, SENDER) for label in labels) and any(is_label(label, MAIL) for label in labels)


def is_mail_date(lines: list[Line], index: int) -> bool:
    """The date field of an e-mail's header ("Date: Tue, Oct 10, 2023 at 6:24 AM", "Sent: ..."): when the mail was
    sent, not when the story it carries came out."""
    label = field_label(lines[index].text)
    return label is not None and is_label(label, DATE) and is_mail_header(lines, index)


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

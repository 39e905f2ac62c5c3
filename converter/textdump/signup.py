"""A sign-up box set in the story's tail: its heading, its pitch and its boxes, closed by the site's legal line.

A newsletter's box comes as a heading ('Stay in the know', 'The Harbour Letter'), a line or two of pitch
('Breaking news and the best reads, every morning.'), a box to tick ('Send me offers from partners') and the
legal line under the button ('By signing up you agree to our Terms of Use and Privacy Policy.'). The pitch reads
as a sentence and the boxes as short lines, so the body-line decision keeps some of them; the legal line names the
site's policies, which no story's sentence in its last lines does. The box is read upwards from that line to its
heading: a short line that is no sentence, or a line the furniture rules dropped. A cookie consent dialog closing the
run (consent_dialog) is read from its banner down: sections explaining each kind of cookie to the reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from converter.textdump.lines import Line
from converter.textdump.prompts import is_call, speaks_to_reader

# The site's legal documents, as a sign-up box's closing line names them (English: language, not layout).
_POLICIES = re.compile(
    r"\b(?:privacy (?:policy|notice|statement)|terms (?:of (?:use|service)|(?:and|&) conditions)|user agreement)\b",
    re.IGNORECASE,
)
BOX_LINES = 4  # the most lines between the box's heading and its legal line
HEAD_WORDS = 6  # the longest line read as the box's heading
TAIL_LINES = 12  # the legal line stands among the run's last lines


def names_policies(text: str) -> bool:
    return _POLICIES.search(text) is not None


def signup_box(lines: Sequence[Line], first: int, last: int, furniture: Sequence[bool] = ()) -> set[int]:
    """The lines of first..last in a sign-up box closing the run: the legal line and the lines above it up to
    the box's heading (within BOX_LINES lines), when one of them is furniture by the rules (the button, the call),
    or the line below is and the legal line speaks to the reader ('By signing up, you agree ...'): a story's
    subheading over its last sentence on some company's privacy policy holds neither."""

    def dropped(index: int) -> bool:
        return index < len(furniture) and furniture[index]

    out: set[int] = set()
    for closer in range(max(first + 1, last - TAIL_LINES), last + 1):
        if not names_policies(lines[closer].text):
            continue
        for head in range(closer - 1, max(first, closer - BOX_LINES - 1) - 1, -1):
            line = lines[head]
            if dropped(head) or (line.words <= HEAD_WORDS and not line.sentence_end):
                # (a button or a prompt the furniture rules know in the box, or the button right under a legal line
                # speaking to the reader: no story's subheading over its sentence on some company's policies)
                if any(dropped(index) for index in range(head, closer + 1)) or (
                    dropped(closer + 1) and speaks_to_reader(lines[closer].tokens)
                ):
                    out.update(range(head, closer + 1))
                break
    return out


INSET_HEAD_WORDS = 10  # the longest heading of a box set between the paragraphs
INSET_LINE_WORDS = 12  # the longest line of its pitch: a paragraph of the story is longer
INSET_LINES = 3  # the most lines from its heading down to its button: a line of pitch, a field between
BUTTON_WORDS = 4  # the longest button closing it
FIELD_WORDS = 4  # the longest form field's label in it ("Enter your email")


def inset_boxes(lines: Sequence[Line], first: int, last: int, furniture: Sequence[bool] = ()) -> set[int]:
    """The lines of sign-up boxes set between the run's paragraphs: a heading (a short line, no stop) under a
    paragraph's end or opening a block set apart by a blank line, short lines of pitch and form, closed by a button
    the furniture rules dropped. A form's field is in it (a short line with no stop under the heading) and a line
    speaks to the reader ('Enter your email', 'Headlines in your inbox'), or the button calls the reader to act
    ('Count me in'): a subheading over a short sentence and an ad's label holds no field, and the label calls for
    nothing."""
    out: set[int] = set()
    for closer in range(first + 2, last + 1):
        # (the cheap tests first: a button is a short line the furniture rules dropped)
        if not (closer < len(furniture) and furniture[closer]) or lines[closer].words > BUTTON_WORDS:
            continue
        head = closer - 1
        # (up to the paragraph above, or to the top of a block the dump sets apart with a blank line)
        while head > first and closer - head <= INSET_LINES and not _box_top(lines, head, closer):
            head -= 1
        heading = lines[head]
        if closer - head > INSET_LINES or not _box_top(lines, head, closer):
            continue
        if heading.sentence_end or heading.words > INSET_HEAD_WORDS:
            continue
        inside = lines[head + 1 : closer]
        if any(line.words > INSET_LINE_WORDS for line in inside):
            continue
        field = any(line.words <= FIELD_WORDS and not line.sentence_end for line in inside)
        # (or a button calling the reader to act closes a pitch, "Count me in": an ad's label calls for nothing, and a
        # subheading right over a prompt, "Scroll to continue", heads no pitch)
        called = any(line.sentence_end for line in inside) and is_call(lines[closer].tokens, lines[closer].text)
        if called or (field and any(speaks_to_reader(line.tokens) for line in lines[head:closer])):
            out.update(range(head, closer + 1))
    return out


def _box_top(lines: Sequence[Line], head: int, closer: int) -> bool:
    """lines[head] may open a box closed at `closer`: the first line of one block (no blank line inside it, where the
    dump sets its blocks apart with blank lines), under a paragraph's end or a blank line."""
    if head < 1 or any(line.blank_before for line in lines[head + 1 : closer + 1]):
        return False
    above = lines[head - 1]
    return lines[head].blank_before or (above.words > INSET_LINE_WORDS and above.sentence_end)


# The word a consent dialog is about (English: language, not layout).
_COOKIE = "cookie"
BANNER_WORDS = 8  # the fewest words of the banner's sentence that opens a dialog ('Cookie settings' is a link)
DIALOG_SENTENCES = 2  # the fewest sentences a dialog's text must hold to be read as one


def consent_dialog(lines: Sequence[Line], first: int, last: int, furniture: Sequence[bool] = ()) -> set[int]:
    """The lines of a cookie consent dialog closing the run: from its banner (a sentence on cookies the furniture
    rules dropped) to the run's end, when every line below it is furniture, a label (a short line, no sentence)
    or a sentence speaking to the reader or of cookies. The dialog's sections explain each kind of cookie at
    paragraph length, and the run goes on over them."""
    for banner in range(first, last + 1):
        line = lines[banner]
        if not (banner < len(furniture) and furniture[banner]) or line.words < BANNER_WORDS:
            continue
        if _COOKIE not in line.text.lower():
            continue
        sentences = 0
        for index in range(banner + 1, last + 1):
            other = lines[index]
            if (index < len(furniture) and furniture[index]) or (other.words <= HEAD_WORDS and not other.sentence_end):
                continue
            if not (speaks_to_reader(other.tokens) or _COOKIE in other.text.lower()):
                return set()
            sentences += 1
        return set(range(banner, last + 1)) if sentences >= DIALOG_SENTENCES else set()
    return set()

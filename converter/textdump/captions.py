"""What a photo's credit looks like under its caption: 'Dana Reyes/Harbour Gazette', 'AGENCY / D. Reyes'.

A dump keeps a photo's caption and its credit as lines of their own between the paragraphs; the credit
is a short line of names split by a slash (photographer / outlet), which the page would otherwise set as
a subheading. (A credit in capitals alone is no shape: as many subheadings are set in capitals, after a
caption as often as not, on the labelled pages.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from converter.textdump.lines import Line

CREDIT_MAX_WORDS = 6
# Capitalised words, a slash, capitalised words: 'Dana Reyes/Harbour Gazette', 'NASA / D. Reyes'.
_NAMED = r"[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*)*"
_SLASHED = re.compile(rf"^{_NAMED}\s?/\s?{_NAMED}$")


def is_credit_line(line: Line) -> bool:
    """A short line of names split by a slash, with no sentence's stop: a photo's credit."""
    return (
        "/" in line.text
        and line.words <= CREDIT_MAX_WORDS
        and not line.sentence_end
        and bool(_SLASHED.match(line.text))
    )


# What stands before a caption's credit: a sentence's end (its stop, or a quotation closing after it).
_STOPS = '.!?”’"'
# The labels a credit follows when it is not set in parentheses ('... in 2019. Credit: Dana Reyes').
_CREDIT_LABELS = ("Credit:", "Photo:", "Photograph:", "Image:")
CAPTION_MIN_WORDS = 5  # the words of the sentence before the credit
CREDIT_NAME_WORDS = 8  # the most words a credit's names take
# What may stand between a credit's names besides capitalised words: a slash, and the word handing a picture on from
# its maker to the agency that carries it ('(Dana Reyes/Harbour Museum via Lantern)': English, language).
_NAME_LINKS = frozenset({"/", "via"})


def is_credited_caption(text: str) -> bool:
    """A photo's caption with its credit at the end: a sentence, then who took the picture.

    '... in their home in 2019. (Dana Reyes / Harbour Gazette)', '... at the launch. (AP Photo/D. Reyes)', '... on
    22 May. Credit: Dana Reyes', 'The new phone Credit: Dana Reyes'. The caption reads as a paragraph; the
    credit at its end says what it is.
    """
    text = text.rstrip()
    if text.endswith(")"):
        start = text.rfind("(")
        names, before = text[start + 1 : -1].split(), text[:start].rstrip()
        # One word alone ('(AP)', '(Reuters)') also closes a wire story's own paragraph: a credit needs
        # two words or a slash between them ('(Dana Reyes)', '(AP Photo/Dana Reyes)').
        return (
            start > 0
            and (2 <= len(names) <= CREDIT_NAME_WORDS or (len(names) == 1 and "/" in names[0]))
            and all(word[:1].isupper() or word in _NAME_LINKS for word in names)
            and _sentence_before(before)
        )
    for label in _CREDIT_LABELS:
        start = text.rfind(label)
        if start > 0:
            names = text[start + len(label) :].split()
            # After a label the credit needs no stop before it ('iPhone 12 Pro Credit: Dana Reyes').
            return 0 < len(names) <= CREDIT_NAME_WORDS and names[0][:1].isupper()
    return False


def _sentence_before(text: str) -> bool:
    text = text.rstrip()
    return text[-1:] in _STOPS and len(text.split()) >= CAPTION_MIN_WORDS


# Caption shapes the rule bodyline.caption_lines drops: a photo's caption kept as a
# line between the paragraphs, with its credit glued on or set apart.
# Words of the language that name a picture or who made it ('Photo by', 'Image: ', 'Courtesy of'), not of a site.
_PICTURE_WORDS = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "photographs",
        "photography",
        "photographer",
        "image",
        "images",
        "picture",
        "pictures",
        "illustration",
        "rendering",
        "courtesy",
        "credit",
        "credits",
    }
)
# The picture words that label a credit before a colon ('Photo: Dana Reyes'; 'Photos:' heads a gallery).
_LABEL_WORDS = ("photo", "photograph", "photographer", "image", "picture", "illustration", "rendering", "credit")
# What follows a picture word when it introduces a credit ('Photo by', 'Images via', 'Photograph courtesy of').
_CREDIT_LINKS = frozenset({"by", "via", "courtesy", "credit"})
# Where a caption places the people of its picture: ', left,', '(center)', 'from left', '(L-R)', ', pictured,'.
_POSITION_WORDS = frozenset({"left", "right", "center", "centre", "pictured", "l"})
_POSITIONS = (
    ", left,",
    ", right,",
    ", center,",
    ", centre,",
    ", pictured,",
    "(left)",
    "(right)",
    "(center)",
    "(centre)",
)
_CAPTION_WORDS = _PICTURE_WORDS | _POSITION_WORDS
CREDIT_TAIL_WORDS = 6  # the most words of a credit glued after a caption's sentence
_CLOSERS = "\"'”’)"  # what may close a caption's sentence after its stop
CREDIT_PHRASE_REACH = 10  # a credit phrase stands this close to the line's end (a caption's last words)
CREDIT_LINE_WORDS = 8  # the most words of a credit set on a line of its own


def caption_shape(line: Line) -> bool:
    """A line shaped as a photo's caption or credit, whatever the page's wording.

    A credit glued after the caption's sentence ('... of space.Dana Reyes', '... at dawn. Dana Reyes/Lantern'), a
    credit phrase near its end ('Photo by ...', '[Illustration: ...]', 'Courtesy of ...'), the people placed in the
    picture (', left,', '(L-R)'), an agency's caption opening on a dateline in capitals ('HARBOUR TOWN - MAY 3:') or
    closing on the picture's day ('..., Monday, Dec. 4, 2023.'),
    a credit on a line of its own ('(Lantern Photo/D. Reyes)', 'LANTERN//AGENCY IMAGES'). Not a credit of the
    shape 'Dana Reyes/Harbour Gazette' (is_credit_line): the body-line model weighs those (feature credit_line).
    """
    text = line.text
    if is_credit_line(line):
        return False
    if ends_on_credit(text) or _agency_dateline(text) or _DATED_CAPTION.search(text) is not None:
        return True
    # (Most lines hold no picture or position word: one pass over their words, then a slash for a credit alone.)
    if _CAPTION_WORDS.isdisjoint(line.tokens):
        return "/" in text and is_picture_credit(line)
    return names_credit(line.tokens, text) or places_people(line.tokens, text) or is_picture_credit(line)


def ends_on_credit(text: str) -> bool:
    """A sentence, its stop, then a credit's names with no stop: glued to the stop, or split by a slash.

    '... colder than space.Dana Reyes/Harbour Gazette', '... on the quay.Lantern', '... at dawn. Dana Reyes / Lantern'.
    With a space and no slash the names read as a subheading glued to its paragraph ('... at dawn. What Comes
    Next', textdump/headings.py). Not an initial ('By Dana E. Reyes'), a numbered list ('1. Reyes, 2. Berg'), an
    ellipsis, a labelled source ('... Source: Lantern Wire'), nor a line broken inside a sentence ('... they
    like. A', '... later in 2008.The pass is').
    """
    text = text.rstrip()
    if not text or text[-1] in ".!?:;…\"'”’)":
        return False
    stop = text.rfind(".")
    if stop <= 1:
        return False
    # A word's end in lower case (or a quotation's) before the stop: not an initial, a number or an ellipsis.
    before = text[stop - 1]
    if not (before.islower() or before in ")”’\"'"):
        return False
    # The credit starts right after the stop (and a quotation's closing mark): glued to it, or after a space; not
    # after a comma ('... Harbour Ave., North') nor a mark ('... at dawn.#harbour').
    tail = text[stop + 1 :].lstrip(_CLOSERS)
    glued = tail[:1].isalnum()
    words = tail.split()
    if not (glued or tail[:1].isspace()) or not 1 <= len(words) <= CREDIT_TAIL_WORDS or ":" in tail:
        return False
    # Every word a name's ('Dana Reyes', 'A24', 'Reyes/Lantern'), glued to the stop or holding a slash.
    return (
        len(text[:stop].split()) >= 3
        and all(word[:1].isupper() or not word[:1].isalpha() for word in words)
        and any(word[:1].isupper() for word in words)  # a name, not a footnote's number ('... for memory.5')
        and (glued or "/" in tail)
    )


def names_credit(tokens: Sequence[str], text: str) -> bool:
    """A credit phrase among the line's last words: 'Photo by', 'Images via', 'Courtesy of', 'Image: ', 'Credit:'."""
    if _PICTURE_WORDS.isdisjoint(tokens):
        return False
    end = len(tokens)
    for position, token in enumerate(tokens):
        if token not in _PICTURE_WORDS or end - position > CREDIT_PHRASE_REACH:
            continue
        following = tokens[position + 1] if position + 1 < end else ""
        if ((following in _CREDIT_LINKS and token != "credit") or (token == "courtesy" and following == "of")) and (
            _names_after(text, following)
        ):
            return True
    # A label and the names after it ('Image credit: Dana Reyes'), not a call ending on its colon ('See the photos:')
    # nor a sentence going on after one ('... the whole picture: a plan for all').
    lowered = text.lower()
    return any(
        (at := lowered.rfind(f"{word}:")) >= 0 and _are_names(text[at + len(word) + 1 :])
        for word in _LABEL_WORDS
        if word in tokens
    )


def _names_after(text: str, link: str) -> bool:
    """The words after the credit's link word ('by', 'via', 'of') are names: no sentence goes on after them
    ('Photos by Dana Reyes,' the mayor wrote.)."""
    return _are_names(text[text.lower().rfind(f" {link} ") + len(link) + 2 :])


def _are_names(text: str) -> bool:
    """A credit's few words, most of them capitalised (or no word: '@handle', 'A24')."""
    words = text.split()
    return 0 < len(words) <= CREDIT_NAME_WORDS and (
        sum(word[:1].isupper() or not word[:1].isalpha() for word in words) * 2 >= len(words)
    )


def places_people(tokens: Sequence[str], text: str) -> bool:
    """Where a caption places the people of its picture: ', left,', '(center)', 'from left', '(L-R)', ', pictured,'."""
    if _POSITION_WORDS.isdisjoint(tokens):
        return False
    lowered = text.lower()
    return "from left" in lowered or "l-r" in lowered or any(p in lowered for p in _POSITIONS)


# A wire caption's close: the day the picture was taken, set off by commas, weekday first (', Monday, Dec. 4, 2023.'),
# a credit in brackets maybe after it. A story's sentence dates an event with "on" ('... on Monday, Dec. 4').
# (English weekday names: language.)
_DATED_CAPTION = re.compile(
    r", (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.(?: \([^()]{1,80}\))?$"
)


def _agency_dateline(text: str) -> bool:
    """An agency caption's opening in capitals: place, a dash, a date, a colon ('HARBOUR TOWN, ISLE - MAY 03: ...')."""
    head, colon, _ = text[:80].partition(":")
    return bool(colon) and " - " in head and head.isupper() and any(character.isdigit() for character in head)


def is_picture_credit(line: Line) -> bool:
    """A short line that is a credit alone: names split by slashes, a credit in parentheses, a credit phrase.

    'Dana Reyes/Harbour Gazette', 'DANA REYES//AGENCY IMAGES', '(Lantern Photo/Dana Reyes)', 'Photo by Dana Reyes'.
    """
    text = line.text.strip()
    if not 0 < line.words <= CREDIT_LINE_WORDS:
        return False
    if is_credit_line(line) or names_credit(line.tokens, text):
        return True
    if text[:1] == "(" and text[-1:] == ")":
        return "/" in text or not _PICTURE_WORDS.isdisjoint(line.tokens)
    # Names in capitals split by slashes ('DANA REYES/HARBOUR GAZETTE', 'LANTERN//AGENCY IMAGES'); in mixed case a
    # line of places or labels ('Harbour/Bridge/Quay, Isle') is as often a heading.
    return "/" in text and ":" not in text and not line.sentence_end and text.isupper()


CAPTION_MAX_WORDS = 15
SLASHED_CAPTION_MAX_WORDS = 40  # over a credit of names split by a slash: a caption of two sentences
# A picture's credit by its label: 'Credit: Agency', 'Photo: A / B' (the labels furniture.py knows, English).
_CREDIT_LABEL = re.compile(
    r"^(?:file )?(?:photo|image|picture|credit|photograph|illustration)s?\s*(?:credit\s*)?:", re.IGNORECASE
)


def captions_over_credits(lines: Sequence[Line], consider: Sequence[int]) -> set[int]:
    """The lines of `consider` right above a picture's credit line: a short sentence there is the picture's
    caption ('Crowds outside the hall on Monday.' over 'Credit: Agency'), which lost its picture in the dump."""
    out = set()
    for index in consider:
        line = lines[index]
        if index + 1 >= len(lines) or not 3 <= line.words <= SLASHED_CAPTION_MAX_WORDS or not line.text.endswith("."):
            continue
        below = lines[index + 1]
        # (One block with it, no blank line between: a credit standing apart may be a picture's between paragraphs.)
        if below.blank_before:
            continue
        # Names split by a slash ('Agency / D. Reyes') credit a picture whatever its caption's length; a label
        # ('Credit: Agency') may close a paragraph quoting its source, so its caption is a short sentence.
        if is_credit_line(below) or (line.words <= CAPTION_MAX_WORDS and _CREDIT_LABEL.match(below.text)):
            out.add(index)
    return out

"""What a photo's credit looks like under its caption: 'Dana Reyes/Harbour Gazette', 'AGENCY / D. Reyes'.

A dump keeps a photo's caption and its credit as lines of their own between the paragraphs; the credit
is a short line of names split by a slash (photographer / outlet), which the page would otherwise set as
a subheading. (A credit in capitals alone is no shape: as many subheadings are set in capitals, after a
caption as often as not, on the labelled pages.)
"""

from __future__ import annotations

import re

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
            and all(word[:1].isupper() or word == "/" for word in names)
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

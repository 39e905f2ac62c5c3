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

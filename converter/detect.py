"""Is a raw page saved HTML or a plain-text dump of a rendered page?"""

from __future__ import annotations

import re
from typing import Literal

Format = Literal["html", "text"]

_HTML_MARKERS = re.compile(
    r"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|div[\s>]|p[\s>]|article[\s>])", re.I
)


def detect_format(text: str, suffix: str) -> Format:
    """Decide by content, using the file suffix only to break a tie.

    A `.txt` that is really saved HTML (or an `.html` that holds a text dump) is common in
    scraped folders, so the markup itself decides.
    """
    head = text[:5000]
    markers = len(_HTML_MARKERS.findall(head))
    if head.lstrip().lower().startswith(("<!doctype html", "<html")) or markers >= 3:
        return "html"
    if markers == 0:
        return "text"
    return "html" if suffix.lower() in (".html", ".htm") else "text"

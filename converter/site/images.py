"""Remote images in article pages become links, so opening an article asks no third party.

The Markdown keeps each image with its alt text and original address; only the built page
stops loading it, since a saved page's images live on the sites it was saved from.
"""

from __future__ import annotations

import re

# `[^<>]`, not `[^>]`: a tag ends where the next begins, so unclosed `<img` tags cost one scan in all.
_IMG = re.compile(r"<img\b[^<>]*>", re.I)
_SRC = re.compile(r'\bsrc="([^"]*)"', re.I)
_ALT = re.compile(r'\balt="([^"]*)"', re.I)
_REMOTE = re.compile(r"^(?:https?:)?//", re.I)


def link_remote_images(html: str) -> str:
    """Replace `<img src="http…">` by a link to the image, labelled with its alt text.

    `html` is Python-Markdown's output, whose attribute values are already escaped, so they
    are reused as they are.
    """

    def replace(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        if not src or not _REMOTE.match(src.group(1)):
            return tag
        alt = _ALT.search(tag)
        label = alt.group(1).strip() if alt and alt.group(1).strip() else "image"
        return (
            f'<a href="{src.group(1)}" class="archive-remote-image" rel="noopener noreferrer nofollow">'
            f"[Image: {label}]</a>"
        )

    return _IMG.sub(replace, html)

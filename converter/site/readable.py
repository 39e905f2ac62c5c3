"""Pages in docs/ read as UTF-8 text, or left out of the site with a warning naming the file and why.

MkDocs reads every page as UTF-8 and stops the whole build at the first that is not (an article saved
by another tool in Latin-1, a note in UTF-16, a binary file named .md): one file must not cost the archive.
"""

from __future__ import annotations

import logging

from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.plugins.archive")


def page_text(file: File) -> str | None:
    """The page's text, or None (warned) when it cannot be read as UTF-8."""
    try:
        return file.content_string
    except UnicodeDecodeError as err:
        why = f"not UTF-8 text (byte {err.start:,} is {err.object[err.start]:#04x})"
    except OSError as err:
        why = f"cannot be read ({err.strerror or err})"
    log.warning("archive: %s: %s; left out of the site", file.src_uri, why)
    return None

"""Pages MkDocs would build to one output file: the first by source path is kept, the others are left out
with a warning naming both.

With directory URLs, `a.md` and `a/index.md` are both `a/index.html`: MkDocs writes both, and the one
written last silently replaces the other (an article saved by another tool into a folder, lost from the site).
"""

from __future__ import annotations

import logging

from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.archive")


def drop_colliding_pages(files: Files) -> dict[str, str]:
    """Leave out of `files` every page built where a page before it is; {output path: source path} of those kept."""
    kept: dict[str, str] = {}
    for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        first = kept.setdefault(file.dest_uri, file.src_uri)
        if first != file.src_uri:
            files.remove(file)
            log.warning(
                "archive: %s and %s are both built to %s: the second left out", first, file.src_uri, file.dest_uri
            )
    return kept

"""Files from docs/ that MkDocs would copy into the site as they are: only Markdown and raster images.

The converter writes the images a saved page held into docs/ (content-addressed, sniffed before
writing); anything else there that is not Markdown (an SVG, an HTML page, a script, a file that
merely claims to be an image, an image's bytes under a page's name) could run in a reader's browser
from the archive's own origin, so it is dropped from the build with a warning.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.structure.files import File, Files

from converter.containers.sniff import sniff_image

log = logging.getLogger("mkdocs.plugins.archive")
# Enough bytes for every magic number sniff_image reads (AVIF's ftyp box is the longest).
_HEAD = 4096
# A file is served by its name, not its bytes: "GIF89a<script>..." named .html is a page that runs script.
_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"})


def drop_unsafe_static_files(files: Files, docs_dir: str) -> list[str]:
    """Remove from `files` every docs/ file that is neither Markdown nor a raster image by its bytes and its name."""
    dropped = []
    root = Path(docs_dir).resolve()
    for file in list(files):
        if file.generated_by or file.is_documentation_page() or file.inclusion.is_excluded():
            continue
        if file.abs_src_path is None or not Path(file.abs_src_path).absolute().is_relative_to(root):
            continue  # the theme's own files
        if not _is_raster_image(file):
            files.remove(file)
            dropped.append(file.src_uri)
            log.warning(
                "archive: %s is not Markdown or a PNG/JPEG/GIF/WebP/AVIF image: left out of the site", file.src_uri
            )
    return dropped


def _is_raster_image(file: File) -> bool:
    if Path(file.src_uri).suffix.lower() not in _IMAGE_SUFFIXES:
        return False
    try:
        with open(file.abs_src_path or "", "rb") as handle:
            return sniff_image(handle.read(_HEAD)) is not None
    except OSError:
        return False

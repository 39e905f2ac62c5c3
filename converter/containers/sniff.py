"""Which raster image format bytes are, from their magic numbers alone.

Only what browsers show as a plain picture is allowed: never SVG (it can hold script), never
anything whose declared type or file name merely claims to be an image.
"""

from __future__ import annotations

# Brands an ISO-BMFF "ftyp" box names for AVIF stills and sequences.
_AVIF_BRANDS = (b"avif", b"avis")


def sniff_image(data: bytes) -> str | None:
    """The file extension for a PNG, JPEG, GIF, WebP or AVIF image, or None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if _is_avif(data):
        return "avif"
    return None


def _is_avif(data: bytes) -> bool:
    if len(data) < 16 or data[4:8] != b"ftyp":
        return False
    box_size = int.from_bytes(data[:4], "big")
    if box_size < 16 or box_size > min(len(data), 4096):
        return False
    # Major brand, then (after the minor version) the compatible brands, four bytes each.
    brands = [data[8:12]] + [data[i : i + 4] for i in range(16, box_size - 3, 4)]
    return any(brand in _AVIF_BRANDS for brand in brands)

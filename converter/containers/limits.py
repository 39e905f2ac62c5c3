"""Caps that keep a hostile or broken container from filling memory or the disk."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


class AssetTooLarge(Exception):
    """An asset the container holds is bigger than the caller's cap (known before reading it whole)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes, over the {limit}-byte cap")
        self.size = size
        self.limit = limit


@dataclass(frozen=True)
class ContainerLimits:
    """Every cap in one place; a reader reports what a cap left out, it never fails the run over it."""

    # One page's HTML or text (a record, a zip member, a JSON line, an MHTML part).
    page_bytes: int = 64 * MB
    # Containers read whole rather than streamed (MHTML, Wallabag JSON, read-it-later exports).
    loaded_container_bytes: int = 256 * MB
    # Images: one image, and all of one page's images together.
    image_bytes: int = 10 * MB
    page_image_bytes: int = 50 * MB
    page_images: int = 500
    # Zips: members listed, one member's and all members' uncompressed bytes, compression ratio.
    zip_members: int = 100_000
    zip_member_bytes: int = 512 * MB
    zip_total_bytes: int = 4096 * MB
    zip_ratio: int = 200
    # MHTML parts indexed as assets (Chrome writes one per resource; 10,000 is an attack, not a page).
    mhtml_parts: int = 2_000

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"ContainerLimits.{name} must be a positive integer, not {value!r}")


DEFAULT_LIMITS = ContainerLimits()

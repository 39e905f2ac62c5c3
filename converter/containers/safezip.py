"""Reading zips without trusting them: member count, per-member and total size, and ratio caps.

Nothing here writes a member to disk by its name: pages and images are read into memory (capped)
and images are stored by content hash, so a `../` or absolute member name cannot place a file.
Such names are still refused and reported, since no honest export has them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath
from typing import IO

from converter.containers.limits import DEFAULT_LIMITS, AssetTooLarge, ContainerLimits
from converter.containers.records import Failure


class ZipRefused(Exception):
    """A zip member (or the whole zip) that the caps or the name rules refuse."""


class SafeZip:
    """A read-only zip whose members are read with caps; `refused` lists the members it would not read."""

    def __init__(self, file: str | Path | IO[bytes], limits: ContainerLimits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self.zip = zipfile.ZipFile(file)
        self.refused: list[tuple[str, str]] = []
        self.read_total = 0
        infos = self.zip.infolist()
        if len(infos) > limits.zip_members:
            self.zip.close()
            raise ZipRefused(f"{len(infos)} members, over the cap of {limits.zip_members}")
        self._members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            problem = _name_problem(info.filename)
            if info.filename in self._members:  # only the first can be read by its name
                problem = "another member has this name"
            if problem:
                self.refused.append((info.filename, problem))
            else:
                self._members.setdefault(info.filename, info)

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.zip.close()

    def names(self) -> list[str]:
        """The readable members' names, in the zip's order."""
        return list(self._members)

    def info(self, name: str) -> zipfile.ZipInfo | None:
        return self._members.get(name)

    def read(self, name: str, limit: int | None = None) -> bytes:
        """A member's bytes; AssetTooLarge over `limit` (or the member cap), ZipRefused for a bomb.

        The sizes a zip declares may lie, so the bytes are counted as they decompress.
        """
        info = self._members.get(name)
        if info is None:
            raise KeyError(name)
        cap = min(limit or self.limits.zip_member_bytes, self.limits.zip_member_bytes)
        self._check_declared(info, cap)
        chunks: list[bytes] = []
        size = 0
        with self.zip.open(info) as member:
            while chunk := member.read(min(1024 * 1024, cap + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > cap:
                    raise AssetTooLarge(size, cap)
                self._count(size, info)
        self.read_total += size
        return b"".join(chunks)

    def open_stream(self, name: str) -> IO[bytes]:
        """A member as a file object (seekable, slowly when compressed), for WARCs inside a WACZ."""
        info = self._members.get(name)
        if info is None:
            raise KeyError(name)
        self._check_declared(info, self.limits.zip_member_bytes)
        return self.zip.open(info)

    def _check_declared(self, info: zipfile.ZipInfo, cap: int) -> None:
        if info.file_size > cap:
            raise AssetTooLarge(info.file_size, cap)
        if info.compress_size and info.file_size / info.compress_size > self.limits.zip_ratio:
            raise ZipRefused(f"compression ratio {info.file_size // info.compress_size}:1 (a zip bomb?)")
        self._count(info.file_size, info)

    def _count(self, size: int, info: zipfile.ZipInfo) -> None:
        if info.compress_size and size > 1024 * 1024 and size / info.compress_size > self.limits.zip_ratio:
            raise ZipRefused(f"compression ratio over {self.limits.zip_ratio}:1 while reading (a zip bomb?)")
        if self.read_total + size > self.limits.zip_total_bytes:
            raise ZipRefused(f"over the cap of {self.limits.zip_total_bytes} bytes read from one zip")


def _name_problem(name: str) -> str | None:
    if "\x00" in name:
        return "name holds a NUL byte"
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "absolute member path"
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        return "member path climbs out with '..'"
    return None


def open_zip(path: Path, name: str, limits: ContainerLimits = DEFAULT_LIMITS) -> tuple[SafeZip | None, list[Failure]]:
    """The zip (None when it cannot be read), and a Failure for that or for each member it refused."""
    try:
        archive = SafeZip(path, limits)
    except (zipfile.BadZipFile, ZipRefused, OSError) as error:
        return None, [Failure(name, "zip", str(error))]
    return archive, [Failure(name, f"member {member!r}", reason) for member, reason in archive.refused]

"""Atomic file writes: a reader (or a killed run) never sees half a file."""

from __future__ import annotations

import itertools
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from converter.errors import OutputError

# A temporary file's name: unique within this process by the counter, across processes by the pid
# (two runs may write into one folder); O_EXCL refuses a name that is somehow taken.
_TEMP_NUMBERS = itertools.count()
# What a temporary file left by a killed run looks like: ".<name>.<pid>.<number>~converter.tmp". The
# marker is ours alone: a hand-written ".notes.2024.1.tmp" is not swept.
_TEMP_MARKER = "~converter.tmp"
_TEMP_NAME = re.compile(r"^\..+\.\d+\.\d+" + re.escape(_TEMP_MARKER) + "$")


def sweep_temporaries(folder: Path) -> int:
    """Remove the temporary files a killed run left in `folder` (ours by their name); how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        # (The marker first: a regular expression per article was most of an unchanged re-run's sweep.)
        if entry.name.endswith(_TEMP_MARKER) and _TEMP_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
            try:
                Path(entry.path).unlink()
                removed += 1
            except OSError:
                pass
    return removed


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside `path` (its folder made if missing), opened for writing.

    Created with mode 0o666 less the umask, as `open()` would: one file-system operation fewer than
    mkstemp's owner-only file and a chmod, and on some disks each one costs a fraction of a millisecond.
    """
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{os.getpid()}.{next(_TEMP_NUMBERS)}{_TEMP_MARKER}")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), temp
        except FileExistsError:
            continue
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
    raise FileExistsError(f"no free temporary file name beside {path}")


def _found(path: Path, data: bytes) -> tuple[os.stat_result | None, bool]:
    """The file's status (None: no file), and whether it holds exactly `data`."""
    try:
        info = path.stat()
        return info, info.st_size == len(data) and path.read_bytes() == data
    except (FileNotFoundError, NotADirectoryError):
        return None, False


def edited_since(found: os.stat_result, last_written: tuple[int, int] | None) -> bool:
    """Is the file with status `found` no longer as it was when last written (size, mtime)?

    A regular file only: anything else where the file was (a folder) is no edit to keep, and
    replacing it fails as it always did. None (not known how it was left): no edit seen.
    """
    return (
        last_written is not None and stat.S_ISREG(found.st_mode) and (found.st_size, found.st_mtime_ns) != last_written
    )


@dataclass(frozen=True)
class Written:
    changed: bool  # False: the file already held the text, or was kept (below), and was left alone
    size: int
    mtime_ns: int
    # True: the file was changed by someone else since it was last written, and was left alone.
    kept: bool = False


def write_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` via a temporary file and a rename.

    Returns False, writing nothing, when the file already holds exactly this text, so an
    unchanged re-run touches no file and keeps modification times.
    """
    return write_file(path, text).changed


def write_file(
    path: Path, text: str, *, may_exist: bool = True, last_written: tuple[int, int] | None = None
) -> Written:
    """`write_atomic`, telling the file's size and modification time as written (or as found).

    `may_exist=False` says the caller has just seen no file at `path`, so the comparison with
    the present file is skipped (a file put there since is still replaced whole, never mixed).
    `last_written` is the (size, modification time) the file had when the caller last wrote it: a
    file found with others, not holding `text`, was edited since and is kept (`Written.kept`).
    The status is the one the comparison reads anyway: no extra system call.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise OutputError(str(path), f"cannot write: text holds a character UTF-8 cannot store ({exc.reason})") from exc
    try:
        found, holding = _found(path, data) if may_exist else (None, False)
        if found is not None and (holding or edited_since(found, last_written)):
            return Written(False, found.st_size, found.st_mtime_ns, kept=not holding)
        fd, temp = _create_temp(path)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                # The rename keeps the file's size and modification time: read them here.
                info = os.fstat(fd)
                # No fsync: the rename already makes a killed run leave whole files or none, and
                # an fsync per article costs more than converting a text dump.
            temp.replace(path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(str(path), f"cannot write: {exc.strerror or exc}") from exc
    return Written(True, info.st_size, info.st_mtime_ns)

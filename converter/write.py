"""Atomic file writes: a reader (or a killed run) never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from converter.errors import OutputError


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp creates files readable by their owner only; written pages must get the usual
# permissions (what `open()` would give them), or a web server run as another user cannot serve them.
_FILE_MODE = 0o666 & ~_current_umask()


def write_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` via a temporary file and a rename.

    Returns False, writing nothing, when the file already holds exactly this text, so an
    unchanged re-run touches no file and keeps modification times.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise OutputError(str(path), f"cannot write: text holds a character UTF-8 cannot store ({exc.reason})") from exc
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                # No fsync: the rename already makes a killed run leave whole files or none, and
                # an fsync per article costs more than converting a text dump.
            Path(tmp_name).chmod(_FILE_MODE)
            Path(tmp_name).replace(path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(str(path), f"cannot write: {exc.strerror or exc}") from exc
    return True

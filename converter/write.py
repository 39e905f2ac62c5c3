"""Atomic file writes: a reader (or a killed run) never sees half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from converter.errors import OutputError


def write_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` via a temporary file and a rename.

    Returns False, writing nothing, when the file already holds exactly this text, so an
    unchanged re-run touches no file and keeps modification times.
    """
    data = text.encode("utf-8")
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(str(path), f"cannot write: {exc.strerror or exc}") from exc
    return True

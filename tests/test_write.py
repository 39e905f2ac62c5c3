"""write_atomic: whole files or nothing, never a leftover temporary file."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from converter.errors import OutputError
from converter.write import Written, write_atomic, write_file


def test_writes_utf8_text(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    assert write_atomic(target, "héllo “world”\n") is True
    assert target.read_bytes() == "héllo “world”\n".encode()


def test_creates_missing_parent_folders(tmp_path: Path) -> None:
    target = tmp_path / "x" / "y" / "a.md"
    write_atomic(target, "text\n")
    assert target.read_text(encoding="utf-8") == "text\n"


def test_unchanged_text_touches_nothing(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    write_atomic(target, "same\n")
    os.utime(target, (1_000_000, 1_000_000))
    assert write_atomic(target, "same\n") is False
    assert target.stat().st_mtime == 1_000_000


def test_changed_text_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    write_atomic(target, "old\n")
    assert write_atomic(target, "new text\n") is True
    assert target.read_text(encoding="utf-8") == "new text\n"


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    write_atomic(target, "text\n")
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


class HalfWriter:
    """A file handle that writes half the data, then fails: the disk filled up, or the run was killed."""

    def __init__(self, handle: Any, exception: BaseException) -> None:
        self.handle = handle
        self.exception = exception

    def __enter__(self) -> HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise self.exception


@pytest.mark.parametrize("exception", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_failure_mid_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exception: BaseException
) -> None:
    target = tmp_path / "a.md"
    target.write_text("old complete text\n", encoding="utf-8")
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k), exception))
    with pytest.raises(OutputError if isinstance(exception, OSError) else KeyboardInterrupt):
        write_atomic(target, "new text " * 1000)
    assert target.read_text(encoding="utf-8") == "old complete text\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_failure_mid_write_of_a_new_file_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError) as info:
        write_atomic(tmp_path / "new.md", "text\n")
    assert list(tmp_path.iterdir()) == []
    assert "new.md" in info.value.path and "Input/output error" in info.value.reason


def test_folder_that_is_a_file_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "docs").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError):
        write_atomic(tmp_path / "docs" / "a.md", "text\n")


def test_parent_that_is_a_file_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OutputError):
        write_atomic(tmp_path / "file" / "docs" / "a.md", "text\n")


def test_text_utf8_cannot_store_is_an_output_error_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(OutputError):
        write_atomic(tmp_path / "a.md", "lone surrogate \udce9\n")
    assert list(tmp_path.iterdir()) == []


def test_write_file_tells_size_and_mtime_as_the_file_has_them(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    written = write_file(target, "héllo\n", may_exist=False)
    info = target.stat()
    assert written == Written(True, info.st_size, info.st_mtime_ns) and info.st_size == len("héllo\n".encode())
    again = write_file(target, "héllo\n")
    assert again == Written(False, info.st_size, info.st_mtime_ns)  # found as it is, left alone


def test_write_file_told_no_file_is_there_still_replaces_one_whole(tmp_path: Path) -> None:
    # The caller's listing may be stale: a file that appeared since is replaced, never mixed with ours.
    target = tmp_path / "a.md"
    target.write_text("someone else's longer text\n")
    assert write_file(target, "ours\n", may_exist=False).changed
    assert target.read_text() == "ours\n" and [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_write_file_keeps_a_file_changed_since_it_was_last_written(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    first = write_file(target, "ours\n")
    target.write_text("ours, and a note\n")
    info = target.stat()
    kept = write_file(target, "ours, new version\n", last_written=(first.size, first.mtime_ns))
    assert kept == Written(False, info.st_size, info.st_mtime_ns, kept=True)
    assert target.read_text() == "ours, and a note\n"


def test_write_file_replaces_a_file_as_it_was_last_written(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    first = write_file(target, "ours\n")
    again = write_file(target, "ours, new version\n", last_written=(first.size, first.mtime_ns))
    assert again.changed and not again.kept and target.read_text() == "ours, new version\n"


def test_write_file_finding_its_text_already_there_is_no_edit_whatever_the_time(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    first = write_file(target, "ours\n")
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))  # touched, or restored from a copy
    again = write_file(target, "ours\n", last_written=(first.size, first.mtime_ns))
    assert again == Written(False, first.size, 1_000_000_000)

"""What the last run did (incremental.py): the manifest's typed records read back as written, and a
damaged DOCS_DIR (a corrupt cache, a lost or old manifest) only means converting again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from converter.incremental import MANIFEST, FileSeen, PageSeen, RunState, read_state, write_state
from tests.support import by_raw, cli, text_dump


def test_corrupt_cache_entries_are_ignored(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "one.txt").write_text(text_dump("First story about the budget", salt="1"), encoding="utf-8")
    (raw_dir / "two.txt").write_text(text_dump("Second story about the budget", salt="2"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    (cache,) = docs_dir.glob(".converter-cache*")
    cache.write_bytes(b"not a database, truncated")
    (raw_dir / "two.txt").write_text(text_dump("Second story changed", salt="3"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    assert sorted(by_raw(docs_dir)) == ["one.txt", "two.txt"]


def test_lost_state_file_does_not_duplicate_articles(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "one.txt").write_text(text_dump("First story about the budget", salt="1"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    for state in docs_dir.glob(".*.json"):
        state.write_text("garbage{", encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    assert len(list(docs_dir.glob("*.md"))) == 1


def test_the_manifest_reads_back_as_the_typed_records_written(docs_dir: Path) -> None:
    docs_dir.mkdir()
    state = RunState(
        fingerprint="abc:def",
        pages={"sub/a.txt": PageSeen(12, 1_700_000_000_123_456_789, "k1")},
        files={"a.md": FileSeen(34, 1_700_000_000_000_000_001)},
        failed=[("b.html", "not a page")],
        skipped=["notes.md"],
    )
    write_state(docs_dir, state)
    assert read_state(docs_dir) == (state, None)
    seen = read_state(docs_dir)[0].pages["sub/a.txt"]
    assert (seen.size, seen.mtime_ns, seen.key) == (12, 1_700_000_000_123_456_789, "k1")


def test_a_manifest_listing_file_names_only_is_not_read(docs_dir: Path) -> None:
    docs_dir.mkdir()
    (docs_dir / MANIFEST).write_text('{"fingerprint": "x", "files": ["a.md"], "pages": {}}', encoding="utf-8")
    state, problem = read_state(docs_dir)
    assert state == RunState() and problem is not None and MANIFEST in problem


@pytest.mark.parametrize(
    "pages, files",
    [
        ({"a.txt": [True, 5, "k"]}, {}),  # a bool is not a size
        ({"a.txt": [1, 5]}, {}),  # a field short
        ({"a.txt": [1, 5, "k", 0]}, {}),  # a field over
        ({"a.txt": [1, 5.0, "k"]}, {}),  # a float mtime
        ({"a.txt": [1, 5, 7]}, {}),  # a key that is not text
        ({}, {"a.md": [1, "5"]}),
        ({}, {"a.md": [1]}),
        ({}, {"a.md": {"size": 1, "mtime_ns": 5}}),
    ],
)
def test_a_manifest_record_of_another_shape_is_not_read(docs_dir: Path, pages: object, files: object) -> None:
    docs_dir.mkdir()
    text = json.dumps({"fingerprint": "x", "pages": pages, "files": files})
    (docs_dir / MANIFEST).write_text(text, encoding="utf-8")
    state, problem = read_state(docs_dir)
    assert state == RunState() and problem is not None and "ValueError" in problem


def test_a_manifest_of_the_shapes_written_is_read(docs_dir: Path) -> None:
    docs_dir.mkdir()
    text = json.dumps(
        {"fingerprint": "x", "pages": {"a.txt": [1, 5, "k"]}, "files": {"a.md": [2, 6], "../b.md": [3, 7]}}
    )
    (docs_dir / MANIFEST).write_text(text, encoding="utf-8")
    state, problem = read_state(docs_dir)
    assert problem is None
    assert state.pages == {"a.txt": PageSeen(1, 5, "k")} and state.files == {"a.md": FileSeen(2, 6)}

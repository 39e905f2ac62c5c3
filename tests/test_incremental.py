"""A damaged DOCS_DIR: a corrupt cache or a lost manifest only means converting again."""

from __future__ import annotations

from pathlib import Path

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

"""Writing into DOCS_DIR (publish.py): an article edited by hand since the converter wrote it is never
replaced nor removed, whatever the run (a changed page, new code, --force, a deleted or failing page);
it is said on every run until it is deleted, and is not a failure."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from converter.incremental import MANIFEST, read_state
from converter.pipeline import RunReport
from tests.support import cli, fill, run, text_dump

ARTICLE = "story-number-1-about-the-budget.md"  # the article of page1.txt that `fill` writes
NOTE = "\nMy note: the figures were revised in May.\n"


def edit(path: Path) -> bytes:
    """Add a note to a file, as a person would: the new bytes."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(NOTE)
    return path.read_bytes()


def kept_warnings(report: RunReport) -> list[str]:
    return [warning for warning in report.warnings if "edited since the converter wrote it" in warning]


@pytest.fixture
def edited(raw_dir: Path, docs_dir: Path) -> bytes:
    """Three pages converted, then the article of page1.txt edited by hand: its bytes."""
    fill(raw_dir, 3)
    assert run(raw_dir, docs_dir).ok
    return edit(docs_dir / ARTICLE)


def test_an_edited_article_is_kept_when_its_page_changes(raw_dir, docs_dir, edited):
    (raw_dir / "page1.txt").write_text(text_dump("Story number 1 about the budget", salt="changed"))
    report = run(raw_dir, docs_dir)
    assert (docs_dir / ARTICLE).read_bytes() == edited
    assert report.ok and report.failed == [] and report.kept == 1
    (warning,) = kept_warnings(report)
    reason = "edited since the converter wrote it; kept (delete it to have it converted again)"
    assert warning == f"{docs_dir / ARTICLE}: {reason}"
    state, _ = read_state(docs_dir)
    assert "page1.txt" not in state.pages  # not remembered as done: the next run says it again
    assert ARTICLE in state.files  # still the converter's (so never taken for a hand-written page)


def test_an_edited_article_is_kept_when_the_converters_code_changes(raw_dir, docs_dir, edited, monkeypatch):
    monkeypatch.setattr("converter.pipeline.code_fingerprint", lambda: "new code")
    report = run(raw_dir, docs_dir)
    assert len(report.converted) == 3  # every page converted again
    assert (docs_dir / ARTICLE).read_bytes() == edited
    assert report.ok and len(kept_warnings(report)) == 1 and report.written == 0 and report.unchanged == 2


def test_force_converts_every_page_but_keeps_an_edited_article(raw_dir, docs_dir, edited):
    report = run(raw_dir, docs_dir, force=True)
    assert len(report.converted) == 3
    assert (docs_dir / ARTICLE).read_bytes() == edited and len(kept_warnings(report)) == 1


def test_an_edit_is_said_on_every_run_and_never_replaced(raw_dir, docs_dir, edited):
    for _ in range(2):
        report = run(raw_dir, docs_dir)
        assert (docs_dir / ARTICLE).read_bytes() == edited
        assert report.ok and len(kept_warnings(report)) == 1 and report.articles == 3


def test_an_edit_kept_through_the_command_line_exits_0_and_names_the_file(raw_dir, docs_dir, edited, capsys):
    assert cli(raw_dir, docs_dir) == 0  # a kept edit is not a failed page
    stderr = capsys.readouterr().err
    assert f"converter: warning: {docs_dir / ARTICLE}: edited since the converter wrote it; kept" in stderr
    assert "FAILED" not in stderr


def test_a_deleted_edited_article_is_converted_again(raw_dir, docs_dir, edited):
    original = run(raw_dir, docs_dir)
    (docs_dir / ARTICLE).unlink()
    report = run(raw_dir, docs_dir)
    assert report.ok and kept_warnings(report) == [] and report.written == 1
    assert NOTE not in (docs_dir / ARTICLE).read_text() and original.kept == 1
    assert run(raw_dir, docs_dir).converted == []  # then remembered: the next run stops early


def test_an_edited_article_whose_raw_page_is_gone_is_kept_and_said(raw_dir, docs_dir, edited):
    (raw_dir / "page1.txt").unlink()
    (raw_dir / "page2.txt").unlink()  # its article, not edited, goes as before
    for _ in range(2):
        report = run(raw_dir, docs_dir)
        assert (docs_dir / ARTICLE).read_bytes() == edited
        assert not (docs_dir / "story-number-2-about-the-budget.md").exists()
        (warning,) = kept_warnings(report)
        assert warning.startswith(f"{docs_dir / ARTICLE}: edited since the converter wrote it, and no raw page")
        assert report.ok and report.kept == 1
    (docs_dir / ARTICLE).unlink()  # the user decides
    report = run(raw_dir, docs_dir)
    assert (
        report.ok
        and report.warnings == []
        and sorted(p.name for p in docs_dir.glob("*.md")) == ["story-number-0-about-the-budget.md"]
    )


def test_an_edited_article_whose_page_now_fails_is_kept(raw_dir, docs_dir, edited):
    (raw_dir / "page1.txt").write_text("   \n")
    report = run(raw_dir, docs_dir)
    assert [path for path, _ in report.failed] == ["page1.txt"]  # the page's failure, said as ever
    assert (docs_dir / ARTICLE).read_bytes() == edited and len(kept_warnings(report)) == 1


def test_an_edit_undone_byte_for_byte_is_no_edit(raw_dir, docs_dir):
    fill(raw_dir, 3)
    run(raw_dir, docs_dir)
    article = docs_dir / ARTICLE
    original = article.read_bytes()
    edit(article)
    article.write_bytes(original)  # restored: the same bytes, another modification time
    os.utime(article, ns=(1_000_000_000, 1_000_000_000))
    report = run(raw_dir, docs_dir)
    assert report.ok and report.warnings == [] and report.kept == 0 and report.unchanged == 3
    assert article.read_bytes() == original
    assert run(raw_dir, docs_dir).converted == []  # remembered as it is now: the next run stops early


def test_an_edit_of_the_same_size_is_seen_by_its_modification_time(raw_dir, docs_dir):
    fill(raw_dir, 3)
    run(raw_dir, docs_dir)
    article = docs_dir / ARTICLE
    text = article.read_text()
    article.write_text(text.replace("budget", "BUDGET", 1))  # a typo fixed: the size unchanged
    os.utime(article, ns=(1_000_000_000, 1_000_000_000))
    report = run(raw_dir, docs_dir, force=True)
    assert "BUDGET" in article.read_text() and len(kept_warnings(report)) == 1


def test_with_its_manifest_lost_an_article_naming_its_page_is_the_converters_again(raw_dir, docs_dir, edited):
    # No record of what was written: a file whose front matter names the same page is taken for ours, as before.
    (docs_dir / MANIFEST).unlink()
    report = run(raw_dir, docs_dir)
    assert report.ok and kept_warnings(report) == []
    assert NOTE not in (docs_dir / ARTICLE).read_text()


def test_an_edited_article_from_a_container_is_kept_on_every_run(raw_dir, docs_dir):
    paragraph = "<p>" + " ".join(text_dump("The council budget", salt="jl").split("\n")[2:]) + "</p>"
    line = {"url": "https://jl.example/a", "html": paragraph * 3, "title": "The council budget"}
    (raw_dir / "items.jsonl").write_text(json.dumps(line) + "\n", "utf-8")
    assert run(raw_dir, docs_dir).ok
    (article,) = docs_dir.glob("*.md")
    edited = edit(article)
    for _ in range(2):
        report = run(raw_dir, docs_dir)
        assert article.read_bytes() == edited and len(kept_warnings(report)) == 1

"""A run under failure: a page whose content breaks a stage, a full disk, a page stuck in C code,
damaged state of an earlier run, and DOCS_DIR hygiene. One page, or one bad file, never stops a run."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from pathlib import Path

import pytest

from converter import pipeline, publish
from converter.cli import main
from converter.errors import OutputError, TooSlow
from converter.workers import GRACE
from tests.support import SLACK, fill, run, text_dump

MANIFEST = ".converter-manifest.json"
CACHE = ".converter-cache.sqlite"


def articles(docs: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(docs.glob("*.md"))}


def break_page(monkeypatch: pytest.MonkeyPatch, rel: str, **changes: object) -> None:
    """Make the extractor give `rel` an article with `changes` (workers fork after the patch)."""
    real = pipeline.extract

    def convert_text(text, page_rel, *args, **kwargs):
        extraction = real(text, page_rel, *args, **kwargs)
        if page_rel == rel:
            return extraction.__class__(extraction.article.with_changes(**changes), extraction.embedded)
        return extraction

    monkeypatch.setattr(pipeline, "extract", convert_text)


# --- item 2: one page's content never stops the run -------------------------------------------


@pytest.mark.parametrize(("jobs", "timeout"), [(1, 0), (1, 600), (2, 600)])
def test_a_lone_surrogate_fails_its_page_alone_and_the_next_run_too(raw_dir, docs_dir, monkeypatch, jobs, timeout):
    # Half an emoji ("\ud83d") cannot be stored as UTF-8: it stopped the run in the SQLite cache.
    fill(raw_dir, 6)
    break_page(monkeypatch, "page2.txt", title="Half an emoji \ud83d here", description="\ud83d")
    for _ in range(2):  # the re-run met the same crash
        report = run(raw_dir, docs_dir, jobs=jobs, page_timeout=timeout)
        assert [rel for rel, _ in report.failed] == ["page2.txt"]
        assert "UTF-8" in report.failed[0][1]
        assert len(articles(docs_dir)) == 5 and not report.ok


def test_json_ld_with_half_an_emoji_converts_cleanly_or_fails_alone(raw_dir, docs_dir):
    fill(raw_dir, 3)
    story = "A sentence of the story about the harbour. " * 30
    (raw_dir / "emoji.html").write_text(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bad \\ud83d",'
        ' "author": {"name": "Ann \\ud83d Lee"}, "description": "\\ud83d"}</script>'
        '<meta name="description" content="half &#xD83D; one"></head>'
        f"<body><article><h1>Bad</h1><p>{story}</p></article></body></html>"
    )
    for _ in range(2):
        report = run(raw_dir, docs_dir)
        assert {rel for rel, _ in report.failed} <= {"emoji.html"}
        names = articles(docs_dir)
        assert len(names) == 3 + (not report.failed)
        for data in names.values():
            data.decode("utf-8")  # every article written is valid UTF-8


def test_a_page_that_breaks_rendering_fails_alone(raw_dir, docs_dir, monkeypatch):
    fill(raw_dir, 4)
    real = publish.dump_document

    def dump_document(meta, body):
        if meta["raw"] == "page1.txt":
            raise ValueError("cannot represent this")
        return real(meta, body)

    monkeypatch.setattr(publish, "dump_document", dump_document)
    report = run(raw_dir, docs_dir, jobs=2)
    assert [rel for rel, _ in report.failed] == ["page1.txt"] and "cannot represent" in report.failed[0][1]
    assert len(articles(docs_dir)) == 3


def test_a_page_that_breaks_assembly_fails_alone(raw_dir, docs_dir, monkeypatch):
    fill(raw_dir, 4)
    real = publish.assemble

    def assemble(extractions, *args, **kwargs):
        extractions = list(extractions)
        if any(extraction.article.raw == "page3.txt" for extraction in extractions):
            raise TypeError("unhashable thing in page3")
        return real(extractions, *args, **kwargs)

    monkeypatch.setattr(publish, "assemble", assemble)
    report = run(raw_dir, docs_dir)
    assert [rel for rel, _ in report.failed] == ["page3.txt"] and len(articles(docs_dir)) == 3


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_that_breaks_the_survey_fails_alone(raw_dir, docs_dir, monkeypatch, jobs):
    from converter.textdump.repeated import NormalizedLines  # (the survey's, loaded where it is first used)

    fill(raw_dir, 6)
    real = NormalizedLines.of

    def of(text):
        if "Story number 4 " in text:
            raise IndexError("a line the splitter did not expect")
        return real(text)

    monkeypatch.setattr(NormalizedLines, "of", of)
    report = run(raw_dir, docs_dir, jobs=jobs)
    assert [rel for rel, _ in report.failed] == ["page4.txt"] and "IndexError" in report.failed[0][1]
    assert len(articles(docs_dir)) == 5


# --- item 3: a full disk loses nothing for good -----------------------------------------------


def full_disk_for(monkeypatch: pytest.MonkeyPatch, names: set[str]) -> None:
    real = os.replace

    def replace(src, dst):
        if Path(dst).name in names:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("manifest_too", [False, True])
def test_after_a_full_disk_one_plain_run_restores_every_article(raw_dir, docs_dir, tmp_path, monkeypatch, manifest_too):
    fill(raw_dir, 8)
    run(raw_dir, docs_dir)
    old = articles(docs_dir)
    fill(raw_dir, 8, salt=" updated")  # every page changes: every article is written again
    # Page 1's new title gives its article a new name: the old file must stay until that one is written.
    (raw_dir / "page1.txt").write_text(text_dump("A renamed story about the harbour", salt="1 updated"))
    clean = tmp_path / "clean"
    run(raw_dir, clean)
    lost = {
        "story-number-2-about-the-budget.md",
        "story-number-5-about-the-budget.md",
        "a-renamed-story-about-the-harbour.md",
    }
    assert lost <= set(articles(clean))
    with monkeypatch.context() as patch:
        full_disk_for(patch, lost | ({MANIFEST} if manifest_too else set()))
        report = run(raw_dir, docs_dir)
    failed = {"page1.txt", "page2.txt", "page5.txt"} | ({str(docs_dir / MANIFEST)} if manifest_too else set())
    assert {rel for rel, _ in report.failed} == failed
    assert all("No space left on device" in reason for _, reason in report.failed)
    # The old articles are all still there (the ones not written keep their old text).
    now = articles(docs_dir)
    assert set(old) <= set(now)
    assert now["story-number-2-about-the-budget.md"] == old["story-number-2-about-the-budget.md"]
    assert now["story-number-1-about-the-budget.md"] == old["story-number-1-about-the-budget.md"]
    # Space is freed: one plain run (no --force) writes them, and the old name of page 1 goes.
    again = run(raw_dir, docs_dir)
    assert again.ok, again.failed
    assert articles(docs_dir) == articles(clean)


def test_every_article_not_written_is_named_even_when_the_manifest_cannot_be_written(
    raw_dir, docs_dir, monkeypatch, capsys
):
    fill(raw_dir, 4)
    full_disk_for(monkeypatch, {"story-number-0-about-the-budget.md", "story-number-3-about-the-budget.md"})

    def write_state(docs, state):
        raise OutputError(str(docs / ".converter-manifest.json"), "cannot write: No space left on device")

    monkeypatch.setattr(pipeline, "write_state", write_state)
    assert main(["convert", str(raw_dir), str(docs_dir), "-q"]) == 1
    err = capsys.readouterr().err
    assert "FAILED page0.txt: story-number-0-about-the-budget.md: cannot write: No space left" in err
    assert "FAILED page3.txt: story-number-3-about-the-budget.md: cannot write: No space left" in err
    assert ".converter-manifest.json: cannot write: No space left" in err
    assert len(articles(docs_dir)) == 2


def test_an_unreadable_page_is_not_remembered_as_failed(raw_dir, docs_dir, monkeypatch):
    # An error of the machine while reading (not the page's content) is reported, then tried again. A page
    # is read once, in the survey.
    import converter.survey as survey

    fill(raw_dir, 3)
    real = survey.read_bytes
    broken = {"page1.txt"}

    def read_bytes(page):
        if page.rel in broken:
            from converter.errors import UnreadableInput

            raise UnreadableInput(page.rel, "cannot read: Input/output error")
        return real(page)

    monkeypatch.setattr(survey, "read_bytes", read_bytes)
    assert [rel for rel, _ in run(raw_dir, docs_dir).failed] == ["page1.txt"]
    broken.clear()
    again = run(raw_dir, docs_dir)
    # (Its folder's repeated lines now count it too, so its neighbours may be converted again as well.)
    assert again.ok and "page1.txt" in again.converted and len(articles(docs_dir)) == 3


# --- item 4: a page stuck where no signal reaches is stopped from outside -----------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_stuck_beyond_the_alarm_is_given_up_within_its_limit_plus_a_few_seconds(
    raw_dir, docs_dir, monkeypatch, jobs
):
    fill(raw_dir, 4)
    real = pipeline.extract

    def convert_text(text, rel, *args, **kwargs):
        while rel == "page1.txt":  # like one long C call: the alarm never stops it
            with contextlib.suppress(TooSlow):
                time.sleep(0.05)
        return real(text, rel, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract", convert_text)
    started = time.monotonic()
    # Every page has the limit: 2 s is more than a busy machine takes over a quick one.
    report = run(raw_dir, docs_dir, jobs=jobs, page_timeout=2)
    assert time.monotonic() - started < 2 + GRACE + SLACK  # (without the kill from outside it never ends)
    assert [rel for rel, _ in report.failed] == ["page1.txt"] and "gave up after 2 s" in report.failed[0][1]
    assert report.written == 3 and len(articles(docs_dir)) == 3


def test_a_worker_that_dies_fails_its_page_alone(raw_dir, docs_dir, monkeypatch):
    fill(raw_dir, 4)
    real = pipeline.extract

    def convert_text(text, rel, *args, **kwargs):
        if rel == "page2.txt":
            os._exit(9)  # as the kernel's OOM killer or a crash in C would end it
        return real(text, rel, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract", convert_text)
    report = run(raw_dir, docs_dir, jobs=2, page_timeout=30)
    assert [rel for rel, _ in report.failed] == ["page2.txt"] and "died" in report.failed[0][1]
    assert len(articles(docs_dir)) == 3


@pytest.mark.parametrize("stage", ["survey", "render"])
def test_a_worker_dying_in_any_stage_fails_its_page_alone(raw_dir, docs_dir, monkeypatch, stage):
    fill(raw_dir, 6)
    main_pid = os.getpid()

    def die_on_page3(rel: str) -> None:
        if rel == "page3.txt":
            assert os.getpid() != main_pid, "with --jobs 2 and 6 pages this stage runs in the workers"
            os._exit(5)

    if stage == "survey":
        import converter.survey as survey

        real_read = survey._read

        def read(page, fingerprint):
            die_on_page3(page.rel)
            return real_read(page, fingerprint)

        monkeypatch.setattr(survey, "_read", read)
    else:
        real_render = publish.render

        def render(article):
            die_on_page3(article.raw)
            return real_render(article)

        monkeypatch.setattr(publish, "render", render)
    report = run(raw_dir, docs_dir, jobs=2)
    assert [rel for rel, _ in report.failed] == ["page3.txt"] and "died (exit status 5)" in report.failed[0][1]
    assert len(articles(docs_dir)) == 5


# --- item 10: damaged state of an earlier run is ignored, said once ---------------------------


def damage_manifest(docs: Path, how: str) -> None:
    path = docs / MANIFEST
    data = json.loads(path.read_text())
    if how == "short page entries":
        data["pages"] = {rel: seen[:2] for rel, seen in data["pages"].items()}
    elif how == "long file entries":
        data["files"] = {name: [*seen, 1] for name, seen in data["files"].items()}
    elif how == "wrong types":
        data["pages"] = {rel: ["1", seen[1], seen[2]] for rel, seen in data["pages"].items()}
        data["failed"] = [["page0.txt"]]
    elif how == "not a mapping":
        data = [1, 2, 3]
    elif how == "files as a list":  # the form of a manifest older than this format: no longer read
        data["files"] = sorted(data["files"])
    if how == "deep":
        path.write_text("[" * 100_000 + "]" * 100_000)
    else:
        path.write_text(json.dumps(data))


@pytest.mark.parametrize(
    "how", ["short page entries", "long file entries", "wrong types", "not a mapping", "files as a list", "deep"]
)
def test_a_damaged_manifest_is_ignored_said_once_and_everything_converted_again(raw_dir, docs_dir, capsys, how):
    fill(raw_dir, 3)
    run(raw_dir, docs_dir)
    before = articles(docs_dir)
    damage_manifest(docs_dir, how)
    assert main(["convert", str(raw_dir), str(docs_dir), "-q"]) == 0
    err = capsys.readouterr().err
    assert err.count("converter: warning:") == 1 and MANIFEST in err
    assert articles(docs_dir) == before
    assert run(raw_dir, docs_dir).ok  # and the manifest is whole again
    assert json.loads((docs_dir / MANIFEST).read_text())["pages"]


def test_a_cache_that_is_a_folder_is_ignored_and_said(raw_dir, docs_dir, capsys):
    fill(raw_dir, 3)
    (docs_dir / CACHE).mkdir(parents=True)
    assert main(["convert", str(raw_dir), str(docs_dir), "-q"]) == 0
    err = capsys.readouterr().err
    assert err.count("converter: warning:") == 1 and CACHE in err
    assert len(articles(docs_dir)) == 3 and (docs_dir / CACHE).is_dir()


def test_cache_entries_of_the_wrong_shape_are_converted_again(raw_dir, docs_dir, tmp_path):
    import sqlite3

    fill(raw_dir, 3)
    run(raw_dir, docs_dir)
    before = articles(docs_dir)
    db = sqlite3.connect(docs_dir / CACHE)
    values = [
        json.dumps({"article": {"meta": {"title": 5, "source": "x"}, "body": 3}, "embedded": []}),
        # Read back before as an article by the authors "A", "n" and "n".
        json.dumps(
            {"article": {"meta": {"title": "T", "authors": "Ann", "raw": "page0.txt"}, "body": "b"}, "embedded": []}
        ),
        "[" * 50_000,
    ]
    keys = [key for (key,) in db.execute("SELECT key FROM entries ORDER BY key")]
    for key, value in zip(keys, values, strict=True):
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (value, key))
    db.commit()
    db.close()
    for path in docs_dir.glob("*.md"):
        path.unlink()
    (docs_dir / MANIFEST).unlink()  # so the pages are surveyed and looked up in the cache
    report = run(raw_dir, docs_dir)
    assert report.ok and sorted(report.converted) == ["page0.txt", "page1.txt", "page2.txt"]
    assert len(report.warnings) == 1 and CACHE in report.warnings[0]
    assert articles(docs_dir) == before


# --- item 12: the output folder's hygiene ----------------------------------------------------


@pytest.mark.parametrize("name", [CACHE, MANIFEST])
def test_a_symlinked_state_file_is_never_written_through(raw_dir, docs_dir, tmp_path, name):
    fill(raw_dir, 3)
    docs_dir.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"someone else's file")
    (docs_dir / name).symlink_to(outside)
    report = run(raw_dir, docs_dir)
    assert report.ok and len(articles(docs_dir)) == 3
    assert outside.read_bytes() == b"someone else's file"
    assert len(report.warnings) == 1 and name in report.warnings[0]


def test_docs_dir_inside_raw_dir_is_not_input(raw_dir):
    fill(raw_dir, 3)
    docs = raw_dir / "site-docs"
    first = run(raw_dir, docs)
    assert first.ok and first.skipped == [] and len(articles(docs)) == 3
    (docs / "notes.txt").write_text(text_dump("My own notes about the council"))  # hand-written, in DOCS_DIR
    again = run(raw_dir, docs)
    assert again.ok and again.skipped == [] and again.converted == []


def test_a_stale_article_that_cannot_be_removed_is_said_and_kept_as_ours(raw_dir, docs_dir, monkeypatch):
    fill(raw_dir, 3)
    run(raw_dir, docs_dir)
    (raw_dir / "page1.txt").unlink()
    real = Path.unlink

    def unlink(self, missing_ok=False):
        if self.name == "story-number-1-about-the-budget.md":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(self, missing_ok=missing_ok)

    with monkeypatch.context() as patch:
        patch.setattr(Path, "unlink", unlink)
        report = run(raw_dir, docs_dir)
    assert report.ok and report.removed == 0
    assert len(report.warnings) == 1 and "cannot remove: Permission denied" in report.warnings[0]
    again = run(raw_dir, docs_dir)  # still listed as the converter's, so it goes once it can
    assert again.removed == 1 and len(articles(docs_dir)) == 2

"""The whole-folder run: incremental, parallel, deterministic, and careful with DOCS_DIR."""

from __future__ import annotations

import hashlib
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from converter.frontmatter import parse_document
from converter.pipeline import convert_tree
from tests.support import SLACK, by_raw, fill, html_page, run, story, text_dump


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    }


def test_one_markdown_file_per_page_with_raw_relative_to_raw_dir(raw_dir, docs_dir):
    (raw_dir / "sub").mkdir()
    (raw_dir / "sub" / "one.txt").write_text(text_dump("A story about the council"))
    report = run(raw_dir, docs_dir)
    assert report.ok and report.converted == ["sub/one.txt"]
    (md,) = docs_dir.glob("*.md")
    meta, _ = parse_document(md.read_text())
    assert meta is not None and meta["raw"] == "sub/one.txt"


def test_unchanged_rerun_converts_nothing_and_writes_nothing(raw_dir, docs_dir):
    fill(raw_dir)
    first = run(raw_dir, docs_dir)
    before = {p: p.stat().st_mtime_ns for p in docs_dir.glob("*.md")}
    second = run(raw_dir, docs_dir)
    assert len(first.converted) == 6
    assert second.converted == [] and second.reused == 6 and second.written == 0
    assert {p: p.stat().st_mtime_ns for p in docs_dir.glob("*.md")} == before


_LOADED_AFTER_RERUN = """
import sys
from converter.cli import main
main(["convert", sys.argv[1], sys.argv[2], "--quiet"])
loaded = ("trafilatura", "bs4", "markdownify", "yaml", "warcio", "lxml", "converter.containers.assets")
loaded += ("converter.workers", "converter.textdump.repeated", "converter.assemble", "converter.time_limit")
loaded += ("converter.containers.records", "importlib.abc")
print(" ".join(sorted(name for name in loaded if name in sys.modules)))
"""


def test_an_unchanged_rerun_loads_no_extractor(raw_dir, docs_dir):
    # Its time is mostly imports: the extractors, container readers and the writer load only in a run that converts.
    fill(raw_dir)
    command = [sys.executable, "-c", _LOADED_AFTER_RERUN, str(raw_dir), str(docs_dir)]
    first = subprocess.run(command, capture_output=True, text=True, check=True)
    again = subprocess.run(command, capture_output=True, text=True, check=True)
    # The check can see them (a run of text dumps loads the writer and the container readers, among others).
    expected = {"bs4", "markdownify", "yaml", "lxml", "warcio", "converter.containers.assets", "converter.workers"}
    expected |= {"converter.textdump.repeated", "converter.assemble", "converter.time_limit"}
    expected |= {"converter.containers.records"}  # (importlib.abc: neither, now)
    assert expected <= set(first.stdout.split())
    assert again.stdout.split() == []


def test_changed_page_alone_is_converted_again(raw_dir, docs_dir):
    fill(raw_dir)
    run(raw_dir, docs_dir)
    (raw_dir / "page2.txt").write_text(text_dump("A different story on the harbour", salt="new"))
    report = run(raw_dir, docs_dir)
    assert report.converted == ["page2.txt"] and report.reused == 5
    assert report.written == 1 and report.removed == 1


def test_force_converts_everything(raw_dir, docs_dir):
    fill(raw_dir, 3)
    run(raw_dir, docs_dir)
    assert len(run(raw_dir, docs_dir, force=True).converted) == 3


def test_removed_raw_file_removes_its_article_only(raw_dir, docs_dir):
    fill(raw_dir, 3)
    run(raw_dir, docs_dir)
    handwritten = docs_dir / "notes.md"
    handwritten.write_text("# My notes\n")
    (raw_dir / "page0.txt").unlink()
    report = run(raw_dir, docs_dir)
    assert report.removed == 1
    assert len(list(docs_dir.glob("*.md"))) == 3  # two articles + the hand-written page
    assert handwritten.read_text() == "# My notes\n"


def test_hand_written_page_with_an_articles_name_is_never_replaced(raw_dir, docs_dir):
    (raw_dir / "a.txt").write_text(text_dump("Notes from the council meeting"))
    docs_dir.mkdir()
    (docs_dir / "notes-from-the-council-meeting.md").write_text("mine\n")
    run(raw_dir, docs_dir)
    assert (docs_dir / "notes-from-the-council-meeting.md").read_text() == "mine\n"
    assert len(list(docs_dir.glob("notes-from-the-council-meeting-*.md"))) == 1


def test_failed_page_is_reported_again_on_an_unchanged_rerun(raw_dir, docs_dir):
    fill(raw_dir, 2)
    (raw_dir / "empty.txt").write_text("   \n")
    first = run(raw_dir, docs_dir)
    second = run(raw_dir, docs_dir)
    assert [path for path, _ in first.failed] == ["empty.txt"]
    assert second.failed == first.failed and not second.ok


def test_input_is_never_modified(raw_dir, docs_dir):
    fill(raw_dir, 3)
    before = tree(raw_dir)
    run(raw_dir, docs_dir)
    assert tree(raw_dir) == before


def test_short_line_repeated_across_a_folder_is_dropped_as_furniture(raw_dir, docs_dir):
    for i in range(4):
        lines = text_dump(f"Story number {i} about the harbour", salt=str(i)).split("\n")
        lines.insert(4, "Gizmo Widget Portal")  # mid-body: a single page alone would keep it
        (raw_dir / f"p{i}.txt").write_text("\n".join(lines))
    run(raw_dir, docs_dir)
    bodies = [parse_document(p.read_text())[1] for p in docs_dir.glob("*.md")]
    assert len(bodies) == 4
    assert not any("Gizmo Widget Portal" in body for body in bodies)


def test_text_dumps_are_split_into_words_once_by_the_survey(raw_dir, docs_dir, monkeypatch):
    import converter.textdump.lines as lines_module

    given = []
    split_lines = lines_module.split_lines

    def spy(text, normalized=None):
        given.append(normalized is not None and normalized.lines_of(text) is not None)
        return split_lines(text, normalized)

    monkeypatch.setattr("converter.textdump.page.split_lines", spy)
    fill(raw_dir, 3)
    story = "A sentence of the story. " * 40
    (raw_dir / "page.html").write_text(f"<html><body><article><p>{story}</p></article></body></html>")
    assert run(raw_dir, docs_dir, page_timeout=0).ok  # no limit: converted in this process, where the spy is
    assert given == [True, True, True]  # every text dump got the survey's lines, for its own text


def test_the_same_line_on_one_page_only_is_kept(raw_dir, docs_dir):
    for i in range(4):
        lines = text_dump(f"Story number {i} about the harbour", salt=str(i)).split("\n")
        if i == 0:
            lines.insert(4, "Gizmo Widget Portal")
        (raw_dir / f"p{i}.txt").write_text("\n".join(lines))
    run(raw_dir, docs_dir)
    assert sum("Gizmo Widget Portal" in p.read_text() for p in docs_dir.glob("*.md")) == 1


def test_parallel_write_failure_is_reported_and_other_articles_are_written(raw_dir, docs_dir, monkeypatch):
    # Articles are rendered and written in the worker processes (forked after the patch).
    fill(raw_dir, 6)
    real = os.replace

    def replace(src, dst):
        if Path(dst).name == "story-number-2-about-the-budget.md":
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    report = run(raw_dir, docs_dir, jobs=2)
    assert [rel for rel, _ in report.failed] == ["page2.txt"] and "No space left" in report.failed[0][1]
    assert report.written == 5 and len(list(docs_dir.glob("*.md"))) == 5
    assert not list(docs_dir.glob("*.tmp")) and not list(docs_dir.glob(".*.tmp"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_over_its_time_limit_is_reported_the_run_goes_on_and_the_next_run_tries_again(
    raw_dir, docs_dir, monkeypatch, jobs
):
    import time

    from converter import pipeline

    fill(raw_dir, 4)
    real = pipeline.extract
    slow = {"page1.txt": 120.0}

    def convert_text(text, rel, *args, **kwargs):
        time.sleep(slow.get(rel, 0.0))
        return real(text, rel, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract", convert_text)  # workers fork after the patch
    started = time.monotonic()
    # Every page has the limit: 2 s is more than a busy machine takes over a quick one.
    report = run(raw_dir, docs_dir, jobs=jobs, page_timeout=2)
    assert time.monotonic() - started < 2 + SLACK  # well short of the slow page's 120 s
    assert [rel for rel, _ in report.failed] == ["page1.txt"] and "2 s" in report.failed[0][1]
    assert report.written == 3
    slow.clear()  # the page is quick now (or the limit was raised): the next run converts it
    again = run(raw_dir, docs_dir, jobs=jobs, page_timeout=2)
    assert again.ok and again.converted == ["page1.txt"] and again.written == 1


def _killed_run(raw: Path, docs: Path, ready) -> int:
    """Start `converter convert` and SIGKILL it as soon as `ready(docs)` holds (or it ends)."""
    import signal
    import subprocess
    import sys
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "converter", "convert", str(raw), str(docs), "--jobs", "1", "--quiet"],
        cwd=Path(__file__).parent.parent,
    )
    deadline = time.monotonic() + 60
    while process.poll() is None and not ready(docs) and time.monotonic() < deadline:
        time.sleep(0.005)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    return process.wait()


def _gone_within(seconds: float, marker: str) -> bool:
    """No process whose command line names `marker` is left after at most `seconds` (Linux /proc)."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        running = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if marker.encode() in cmdline.read_bytes():
                    running.append(cmdline)
            except OSError:  # it ended while we looked
                continue
        if not running:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["converting", "writing"])
def test_a_run_killed_at_any_moment_leaves_no_partial_article_and_the_next_run_completes_the_same(
    raw_dir, docs_dir, tmp_path, moment
):
    fill(raw_dir, 120)
    clean = tmp_path / "clean"
    run(raw_dir, clean)
    if moment == "converting":
        status = _killed_run(raw_dir, docs_dir, lambda docs: (docs / ".converter-cache.sqlite").exists())
    else:
        status = _killed_run(raw_dir, docs_dir, lambda docs: docs.is_dir() and any(docs.glob("*.md")))
    assert status == -9  # it was killed, not finished
    # Its worker leaves too, instead of waiting forever on a pipe its own copy kept open.
    assert _gone_within(SLACK, str(docs_dir)), "a worker of the killed run is still running"
    # Whatever the kill left is whole: every article file there is one the clean run wrote.
    for md in docs_dir.glob("*.md") if docs_dir.is_dir() else ():
        assert md.read_bytes() == (clean / md.name).read_bytes()
    report = run(raw_dir, docs_dir)
    assert report.ok
    assert tree(docs_dir) == tree(clean)
    assert not [p.name for p in docs_dir.iterdir() if p.name.endswith(".tmp")]


def test_temporary_files_of_a_killed_run_are_swept_and_other_files_kept(raw_dir, docs_dir):
    fill(raw_dir, 2)
    docs_dir.mkdir()
    (docs_dir / ".story.md.4242.7~converter.tmp").write_text("half an arti")
    mine = {".notes.tmp", "draft.4242.7.tmp", ".notes.2024.1.tmp", "draft.4242.7~converter.tmp"}
    for name in mine:
        (docs_dir / name).write_text("mine")
    run(raw_dir, docs_dir)
    names = {p.name for p in docs_dir.iterdir()}
    # Only names with the converter's own marker are swept: ".notes.2024.1.tmp" looked like ours before.
    assert ".story.md.4242.7~converter.tmp" not in names and mine <= names


def test_convert_tree_reads_as_its_stages_on_one_screen():
    # One visible line per stage (sources, survey, plan, convert, containers, read-it-later join, publish,
    # remember): the run's bookkeeping lives in the stages' own functions, not here.
    assert len(inspect.getsource(convert_tree).splitlines()) <= 35


def test_pages_whose_bodies_came_out_equal_stay_two_articles_unless_their_titles_fit(raw_dir, docs_dir):
    # The same text under two unrelated headlines (say both extractions took one sidebar): two articles,
    # and the run reports it. A third copy titled like the first ("… | Site") is that article saved twice.
    paragraphs = story(6)
    (raw_dir / "a.html").write_text(html_page("Council approves the harbour budget", paragraphs))
    (raw_dir / "b.html").write_text(html_page("Storm closes the northern ferry line", paragraphs))
    (raw_dir / "c.html").write_text(html_page("Council approves the harbour budget | Daily Bugle", paragraphs))
    report = run(raw_dir, docs_dir)
    written = by_raw(docs_dir)
    assert sorted(written) == ["a.html", "b.html"]
    assert written["a.html"][0]["also_raw"] == ["c.html"]
    assert "also_raw" not in written["b.html"][0]
    assert [w for w in report.warnings if "same body" in w and "b.html" in w and "a.html" in w]


def test_each_page_is_read_decoded_and_detected_once(raw_dir, docs_dir, monkeypatch):
    # HTML pages are converted where they were surveyed; text dumps take their surveyed text to extraction.
    import converter.pipeline as pipeline
    import converter.survey as survey

    fill(raw_dir, 3)
    for n in range(2):
        (raw_dir / f"page{n}.html").write_text(html_page(f"Council vote {n}", story(salt=str(n))), "utf-8")
    calls: dict[str, list[str]] = {"read": [], "decode": [], "detect": []}
    for module in (pipeline, survey):
        real_read, real_decode, real_detect = module.read_bytes, module.decode, module.detect_format

        def read_bytes(page, real=real_read):
            calls["read"].append(page.rel)
            return real(page)

        def decode(data, rel, real=real_decode):
            calls["decode"].append(rel)
            return real(data, rel)

        def detect_format(text, suffix, real=real_detect):
            calls["detect"].append(suffix)
            return real(text, suffix)

        monkeypatch.setattr(module, "read_bytes", read_bytes)
        monkeypatch.setattr(module, "decode", decode)
        monkeypatch.setattr(module, "detect_format", detect_format)
    report = run(raw_dir, docs_dir, jobs=1, page_timeout=0)  # one process: every call is seen here
    pages = ["page0.html", "page0.txt", "page1.html", "page1.txt", "page2.txt"]
    assert report.ok and sorted(report.converted) == pages
    assert sorted(calls["read"]) == pages and sorted(calls["decode"]) == pages
    assert sorted(calls["detect"]) == [".html"] * 2 + [".txt"] * 3


@pytest.mark.parametrize("jobs", [1, 2])
def test_html_pages_the_cache_holds_are_not_converted_again_when_another_changes(raw_dir, docs_dir, jobs):
    # The survey looks each HTML page up in the cache (in the workers, read-only) before converting it there.
    for n in range(3):
        (raw_dir / f"page{n}.html").write_text(html_page(f"Council vote {n}", story(salt=str(n))), "utf-8")
    (raw_dir / "dump.txt").write_text(text_dump("A story about the harbour"), "utf-8")
    first = run(raw_dir, docs_dir, jobs=jobs)
    assert first.ok and len(first.converted) == 4
    (raw_dir / "page1.html").write_text(html_page("Council vote again", story(salt="x")), "utf-8")
    again = run(raw_dir, docs_dir, jobs=jobs)
    assert again.ok and again.converted == ["page1.html"] and again.reused == 3
    forced = run(raw_dir, docs_dir, jobs=jobs, force=True)
    assert sorted(forced.converted) == ["dump.txt", "page0.html", "page1.html", "page2.html"]

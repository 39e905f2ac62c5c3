"""The command line: exit status 0 (all converted), 1 (some page failed), 2 (bad arguments)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from converter import __version__
from converter.cli import main
from tests.support import text_dump

ROOT = Path(__file__).resolve().parent.parent


def page(raw: Path, name: str, title: str) -> None:
    (raw / name).write_text(text_dump(title, salt=name), encoding="utf-8")


def test_success_prints_a_summary_and_exits_0(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page(raw_dir, "a.txt", "A story about the council budget")
    (raw_dir / "notes.md").write_text("not a page", encoding="utf-8")
    assert main(["convert", str(raw_dir), str(docs_dir), "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "skipped notes.md" in out
    assert "converted 1," in out and "skipped 1," in out and "failed 0" in out and "1 articles" in out


def test_failures_go_to_stderr_one_line_each_and_exit_1(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page(raw_dir, "a.txt", "A story about the council budget")
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "img.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert main(["convert", str(raw_dir), str(docs_dir), "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    failed = [line for line in captured.err.splitlines() if line.startswith("FAILED ")]
    assert failed == ["FAILED empty.txt: empty file", "FAILED img.html: binary file (not a saved page)"]
    assert "failed 2" in captured.out and "FAILED" not in captured.out


def test_quiet_prints_only_failures(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page(raw_dir, "a.txt", "A story about the council budget")
    (raw_dir / "empty.txt").write_bytes(b"")
    assert main(["convert", str(raw_dir), str(docs_dir), "--quiet"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "FAILED empty.txt: empty file\n"


def test_unchanged_rerun_exits_like_the_first_and_reports_the_same_failures(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page(raw_dir, "a.txt", "A story about the council budget")
    (raw_dir / "empty.txt").write_bytes(b"")
    assert main(["convert", str(raw_dir), str(docs_dir), "-q"]) == 1
    first = capsys.readouterr().err
    assert main(["convert", str(raw_dir), str(docs_dir), "-q"]) == 1
    assert capsys.readouterr().err == first


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_with_failing_pages(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    # Failures cross the process boundary with --jobs 2: they must arrive as reports, not crash the pool.
    for i in range(6):
        page(raw_dir, f"p{i}.txt", f"Story number {i} about the budget")
        (raw_dir / f"empty{i}.txt").write_bytes(b"")
    assert main(["convert", str(raw_dir), str(docs_dir), "--jobs", jobs, "-q"]) == 1
    assert capsys.readouterr().err.count("FAILED") == 6
    assert len(list(docs_dir.glob("*.md"))) == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-folder", "docs"], "is not a folder"),
        (["{raw}", "{docs}", "--jobs", "0"], "--jobs must be at least 1"),
        (["{raw}", "{raw}"], "DOCS_DIR must not be RAW_DIR"),
        (["{raw}", "{docs}", "--page-timeout", "-1"], "--page-timeout must be 0 (no limit) or from 0.1 to"),
        (["{raw}", "{docs}", "--page-timeout", "nan"], "--page-timeout must be 0 (no limit) or from 0.1 to"),
        # Each of these passed before: inf failed every page, tiny limits killed or spun the run.
        (["{raw}", "{docs}", "--page-timeout", "inf"], "--page-timeout must be 0 (no limit) or from 0.1 to"),
        (["{raw}", "{docs}", "--page-timeout", "0.00003"], "--page-timeout must be 0 (no limit) or from 0.1 to"),
        (["{raw}", "{docs}", "--page-timeout", "0.000001"], "--page-timeout must be 0 (no limit) or from 0.1 to"),
    ],
)
def test_bad_arguments_exit_2_with_one_message(
    raw_dir: Path,
    docs_dir: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(raw_dir.parent)
    argv = ["convert", *(a.format(raw=raw_dir, docs=docs_dir) for a in args)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("converter: error: ") and message in err and err.count("\n") == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["convert"])
    assert info.value.code == 2 and "RAW_DIR" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["convert", "a", "b", "--jobs", "many"])
    assert info.value.code == 2


def test_help_lists_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["convert", "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    assert all(option in out for option in ("RAW_DIR", "DOCS_DIR", "--jobs", "--quiet", "--force", "--page-timeout"))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"converter {__version__}"


def test_python_dash_m_converter_runs(raw_dir: Path, docs_dir: Path) -> None:
    page(raw_dir, "a.txt", "A story about the council budget")
    result = subprocess.run(
        [sys.executable, "-m", "converter", "convert", str(raw_dir), str(docs_dir), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(list(docs_dir.glob("*.md"))) == 1


def test_terminal_escape_codes_in_file_names_are_printed_escaped(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "\x1b]0;...\x07" retitles a terminal and "\x1b[2J" clears it (hiding the failures above).
    (raw_dir / "bad\x1b[2J\x1b]0;owned\x07.txt").write_bytes(b"")
    (raw_dir / "note\x1b[2J.pdf").write_bytes(b"%PDF")
    page(raw_dir, "good.txt", "A story about the council budget")
    assert main(["convert", str(raw_dir), str(docs_dir)]) == 1
    captured = capsys.readouterr()
    assert "\x1b" not in captured.err and "\x07" not in captured.err and "\x1b" not in captured.out
    assert "FAILED bad\\x1b[2J\\x1b]0;owned\\x07.txt: " in captured.err
    assert "skipped note\\x1b[2J.pdf (not a .txt, .html or .htm page, nor a saved-page container)" in captured.out


def test_bidi_overrides_and_line_breaks_in_names_are_escaped_and_other_text_is_not() -> None:
    from converter.cli import shown

    assert shown("a\u202etxt.exe\nFAILED x") == "a\\u202etxt.exe\\x0aFAILED x"
    assert shown("café 👩\u200d💻 ü.txt") == "café 👩\u200d💻 ü.txt"  # joiners and accents are names
    assert shown("half \ud83d emoji").encode("utf-8") == b"half \\ud83d emoji"  # printable at all

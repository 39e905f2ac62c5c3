"""The compiled text-dump modules (converter/compiled.py): used only when current, and the same output byte for byte.

The output tests run the build of this checkout (`make compile`) in processes of their own, the rest of the suite
being pure Python (conftest.py); they are skipped, saying why, when there is no current build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from converter import compiled

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO / "tests" / "pages"
_BUILD, _WHY = compiled.current()
needs_build = pytest.mark.skipif(
    _BUILD is None, reason=f"no compiled build to test: {_WHY.removeprefix('not in use: ')}"
)


def _env(pure: bool) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != compiled.PURE_VARIABLE}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    if pure:
        env[compiled.PURE_VARIABLE] = "1"
    return env


def _python(code: str, pure: bool) -> str:
    """What `code` prints, run in a fresh process (`code`: a statement, or a script's path)."""
    command = [str(code)] if code.endswith(".py") else ["-c", code]
    done = subprocess.run(
        [sys.executable, *command], cwd=REPO, env=_env(pure), capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def _convert(out: Path, pure: bool, *options: str) -> str:
    """Convert the test pages into `out` in a fresh process; whether its text-dump modules were compiled."""
    code = (
        "import sys; from converter import cli, compiled; import converter.textdump.lines;"
        f"status = cli.main(['convert', '-q', *{list(options)!r}, {str(PAGES)!r}, {str(out)!r}]);"
        "print(compiled.in_use()); sys.exit(status)"
    )
    return _python(code, pure)


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(".converter-")
    }


@needs_build
def test_compiled_modules_write_what_pure_python_writes(tmp_path: Path) -> None:
    assert _convert(tmp_path / "pure", True, "-j", "1", "--page-timeout", "0") == "False"
    assert _convert(tmp_path / "compiled", False, "-j", "1", "--page-timeout", "0") == "True"
    pure, built = _tree(tmp_path / "pure"), _tree(tmp_path / "compiled")
    assert len([name for name in pure if name.endswith(".md")]) > 20
    assert sorted(built) == sorted(pure)
    assert [name for name in pure if built[name] != pure[name]] == []


@needs_build
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_get_the_compiled_modules(method: str, tmp_path: Path) -> None:
    code = (
        "import multiprocessing as mp, converter.compiled as c\n"
        "def probe(_):\n"
        "    import converter.textdump.extract\n"
        "    return c.in_use()\n"
        "if __name__ == '__main__':\n"
        f"    with mp.get_context({method!r}).Pool(2) as pool: print(pool.map(probe, range(2)))\n"
    )
    script = tmp_path / "probe.py"  # (the forkserver's workers import the pool's function from a file, not -c)
    script.write_text(code, encoding="utf-8")
    assert _python(str(script), False) == "[True, True]"
    assert _python(str(script), True) == "[False, False]"


@needs_build
def test_parallel_workers_write_what_pure_python_writes(tmp_path: Path) -> None:
    _convert(tmp_path / "pure", True, "-j", "1", "--page-timeout", "0")
    _convert(tmp_path / "workers", False, "-j", "2")
    assert _tree(tmp_path / "workers") == _tree(tmp_path / "pure")


def _fake_build(folder: Path, digests: dict[str, str]) -> Path:
    """A build folder with an empty file for every extension module and a manifest of `digests`."""
    for path in compiled.extension_files(folder).values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    manifest = {"interpreter": compiled.interpreter(), "modules": digests}
    (folder / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_a_build_of_these_sources_is_current(tmp_path: Path) -> None:
    files, why = compiled.current(_fake_build(tmp_path, compiled.source_digests()))
    assert files is not None, why
    lines = files["converter.textdump.lines"]
    assert lines.parent == tmp_path / "converter" / "textdump"
    assert lines.name.startswith("lines.") and lines.name.endswith(".so")
    assert why.startswith("in use: ")


def test_a_build_of_other_sources_is_never_used(tmp_path: Path) -> None:
    digests = compiled.source_digests()
    digests["converter.textdump.runs"] = "0" * 64
    files, why = compiled.current(_fake_build(tmp_path, digests))
    assert files is None
    assert "converter.textdump.runs" in why


def test_a_build_missing_a_module_is_never_used(tmp_path: Path) -> None:
    digests = compiled.source_digests()
    del digests["converter.dates"]
    assert compiled.current(_fake_build(tmp_path, digests))[0] is None
    folder = _fake_build(tmp_path / "other", compiled.source_digests())
    compiled.extension_files(folder)[f"{compiled.GROUP}__mypyc"].unlink()
    assert compiled.current(folder)[0] is None


def test_a_build_for_another_python_is_never_used(tmp_path: Path) -> None:
    folder = _fake_build(tmp_path, compiled.source_digests())
    manifest = json.loads((folder / compiled.MANIFEST).read_text(encoding="utf-8"))
    (folder / compiled.MANIFEST).write_text(json.dumps({**manifest, "interpreter": "cpython-39 .so"}), "utf-8")
    assert compiled.current(folder)[0] is None
    assert compiled.current(tmp_path / "none")[1] == "not in use: not built (make compile)"


def test_pure_python_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _fake_build(tmp_path, compiled.source_digests())
    monkeypatch.setenv(compiled.PURE_VARIABLE, "1")
    assert compiled.usable(folder) == (None, "not in use: CONVERTER_PURE is set")
    monkeypatch.setenv(compiled.PURE_VARIABLE, "0")
    assert compiled.usable(folder)[0] is not None


def test_no_build_once_a_module_was_imported(tmp_path: Path) -> None:
    # A process that imported some of the modules already: a build, even a current one, would mix in other code.
    folder = _fake_build(tmp_path, compiled.source_digests())
    code = (
        "import sys, converter.textdump.lines, converter.compiled as c; sys.meta_path[:] = "
        "[f for f in sys.meta_path if not isinstance(f, c._BuildFinder)];"
        f"from pathlib import Path; print(c.use_build(Path({str(folder)!r})))"
    )
    assert _python(code, False).startswith("not in use: converter.")


@needs_build
@pytest.mark.parametrize("pure", [True, False])
def test_lines_pickle_in_both_builds(pure: bool) -> None:
    # Lines go to the workers and back (the survey's normalized lines); compiled frozen dataclasses did not unpickle.
    code = (
        "import pickle; from converter.textdump.lines import make_line;"
        "from converter.textdump.repeated import NormalizedLines as N;"
        "line = make_line(3, 'The council met on Tuesday.', frozenset(['the', 'on']), True);"
        "lines = N.of('A line: of text\\nand another one');"
        "copies = pickle.loads(pickle.dumps((line, lines)));"
        "again = copies[1].lines_of('A line: of text\\nand another one');"
        "print(copies == (line, lines), copies[0].tokens, copies[0].is_prose, again)"
    )
    assert (
        _python(code, pure)
        == "True ['the', 'council', 'met', 'on', 'tuesday'] False ['a line of text', 'and another one']"
    )


@needs_build
def test_the_build_is_looked_at_when_a_compiled_module_is_first_imported() -> None:
    # An unchanged re-run imports none of them, and so never hashes their sources.
    code = (
        "import converter.cli, converter.compiled as c; print(c.STATUS.split(' (')[0]);"
        "import converter.textdump.lines; print(c.STATUS.split(' (')[0], c.in_use())"
    )
    assert _python(code, False).splitlines() == [
        "not in use: not looked for yet",
        f"in use: {len(compiled.MODULES)} modules compiled by mypyc True",
    ]
    assert _python("import converter.compiled as c; print(c.status().split(' (')[0])", False) == (
        f"in use: {len(compiled.MODULES)} modules compiled by mypyc"
    )


def test_a_stale_build_is_not_used_when_asked_late(tmp_path: Path) -> None:
    # Decided at the first import of a compiled module, all or nothing as before: a build of other sources is not used.
    digests = {**compiled.source_digests(), "converter.textkey": "0" * 64}
    folder = _fake_build(tmp_path, digests)
    code = (
        "import sys, converter.compiled as c; sys.meta_path[:] = "
        "[f for f in sys.meta_path if not isinstance(f, c._BuildFinder)];"
        f"from pathlib import Path; c.use_build(Path({str(folder)!r}));"
        "import converter.textkey, converter.textdump.lines; print(c.in_use(), c.STATUS.split(' (')[0])"
    )
    assert _python(code, False) == "False not in use: built from other sources"

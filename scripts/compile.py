"""Compile the text-dump hot path with mypyc into build/mypyc/ (converter/compiled.py says which modules and why).

    python scripts/compile.py [--if-stale] [--build DIR]

`make` runs it after installing the package (`--if-stale`: nothing to do when the build matches the sources).
The sources are copied first and compiled from the copy, so the digests recorded in the build's manifest are
those of what was compiled, whatever is edited meanwhile; the new build replaces the old one only once complete.
It needs mypy (the dev extra: mypyc ships with it), setuptools and a C compiler with Python's headers. Without
them, or when the compile fails, it prints one line and exits 0: the converter then runs as pure Python (a
build that does not match the sources is never used). The compiler's output goes to build/mypyc.log.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from converter import compiled  # noqa: E402  (the checkout's package, whatever is installed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--if-stale", action="store_true", help="do nothing when the build matches the sources")
    parser.add_argument("--build", type=Path, default=compiled.BUILD, help="the build folder (default: %(default)s)")
    parser.add_argument("--inner", type=Path, help=argparse.SUPPRESS)  # the compile itself, in a child process
    args = parser.parse_args(argv)
    if args.inner:
        return _compile(args.inner)
    build: Path = args.build.resolve()
    if args.if_stale and compiled.current(build)[0] is not None:
        return 0
    return _build(build)


def _build(build: Path) -> int:
    build.parent.mkdir(parents=True, exist_ok=True)
    log = build.with_name(build.name + ".log")
    started = time.monotonic()
    # Beside the build folder, so that the finished build is moved into place, not copied.
    work = Path(tempfile.mkdtemp(prefix=build.name + "-work-", dir=build.parent))
    try:
        shutil.copytree(REPO / "converter", work / "src" / "converter", ignore=shutil.ignore_patterns("__pycache__"))
        with open(log, "w", encoding="utf-8") as out:
            env = {**os.environ, compiled.PURE_VARIABLE: "1"}
            inner = [sys.executable, __file__, "--inner", str(work)]
            done = subprocess.run(inner, stdout=out, stderr=subprocess.STDOUT, env=env, check=False)
        if done.returncode != 0:
            print(
                f"compile: the text-dump modules were not compiled ({_last_line(log)}; see {log}); "
                "the converter runs as pure Python"
            )
            return 0
        lib = work / "lib"
        manifest = {
            "interpreter": compiled.interpreter(),
            "modules": compiled.source_digests(work / "src"),
        }
        (lib / compiled.MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        try:
            if build.exists():
                build.rename(work / "old")
            lib.rename(build)
        except OSError as error:  # another compile putting its build in place at the same moment
            print(f"compile: the new build was not put in place ({error}); run it again")
            return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"compile: {len(compiled.MODULES)} text-dump modules compiled by mypyc into {build} "
        f"in {time.monotonic() - started:.0f} s"
    )
    return 0


def _compile(work: Path) -> int:
    """mypyc over the copied sources, its extension modules built into WORK/lib (output: the log)."""
    try:
        from mypyc.build import mypycify
        from setuptools import setup
    except ImportError as error:
        print(f"needs mypy (mypyc) and setuptools: {error}")
        return 1
    source = work / "src"
    os.chdir(source)  # module names are read from the paths; setuptools reads no project file here
    paths = [compiled.source_path(module).relative_to(REPO).as_posix() for module in compiled.MODULES]
    extensions = mypycify(
        ["--config-file", str(REPO / "pyproject.toml"), "--cache-dir", str(work / "mypy-cache"), *paths],
        opt_level="3",
        group_name=compiled.GROUP,
        target_dir=str(work / "c"),
    )
    setup(
        name="converter-compiled",
        ext_modules=extensions,
        script_args=[
            "build_ext",
            "--build-lib",
            str(work / "lib"),
            "--build-temp",
            str(work / "o"),
            "--parallel",
            str(os.cpu_count() or 1),
        ],
    )
    return 0


def _last_line(log: Path) -> str:
    lines = [line.strip() for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return lines[-1][:200] if lines else "no output"


if __name__ == "__main__":
    sys.exit(main())

"""The text-dump hot path compiled by mypyc, used only when it was built from exactly the sources beside it.

`scripts/compile.py` (run by `make`) compiles `MODULES` into `build/mypyc/` at the top of the checkout, outside
the package (an extension module beside its .py would shadow the source being edited), and records each module's
source digest in `build/mypyc/manifest.json`. `use_build()`, called when the package is imported (so in every
process: the main one and the workers, whether forked, started by the forkserver or spawned), puts a finder
first on `sys.meta_path` that loads those modules from the build when every digest matches the source as it is
now and the build was made for this interpreter (asked at the first import of one of them, so that a process
converting no text dump never hashes the sources); otherwise nothing changes and the package runs as pure Python.
All or nothing: the compiled modules call each other's functions directly, so a stale one would still be
called by the others even if its own source were loaded.

What mypyc compiles differently, and the sources allow for: a class compiled is native (fixed slots, no __dict__:
textdump.lines.Line keeps its features in declared fields), and a frozen dataclass of a compiled module cannot be
unpickled field by field (repeated.NormalizedLines, which goes to and from the workers, and Line pickle as the call
that makes them; no other class of these modules crosses a process).

CONVERTER_PURE=1 forces pure Python (the test suite sets it: a test that monkeypatches a module function is not
seen by compiled callers). The compiled modules give the same output byte for byte (tests/test_compiled.py).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# The modules a profile of the text-dump extraction shows hot, and the helpers they call per line. (Not the HTML
# side: compiled, its own steps measured no faster, their time being lxml's and trafilatura's.)
# Every text-dump module but the package's __init__ and explain (a debugging aid), so a new one is compiled too.
_TEXTDUMP_LEFT_PURE = frozenset({"__init__", "explain"})
MODULES = (
    "converter.bylines",
    "converter.dates",
    "converter.prefilter",
    "converter.sanitize",
    "converter.textkey",
    *(
        f"converter.textdump.{path.stem}"
        for path in sorted((Path(__file__).resolve().parent / "textdump").glob("*.py"))
        if path.stem not in _TEXTDUMP_LEFT_PURE
    ),
)
# mypyc's shared library of the group, a top-level module the compiled modules import by this name.
GROUP = "converter_mypyc"
PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE.parent / "build" / "mypyc"
MANIFEST = "manifest.json"
PURE_VARIABLE = "CONVERTER_PURE"


def source_path(module: str) -> Path:
    return PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


def source_digests(sources: Path = PACKAGE.parent) -> dict[str, str]:
    """Each module of `MODULES` → the sha256 of its source under `sources` (a checkout, or a copy of one)."""
    return {
        module: hashlib.sha256(sources.joinpath(*module.split(".")).with_suffix(".py").read_bytes()).hexdigest()
        for module in MODULES
    }


def interpreter() -> str:
    """What an extension module must have been built for: this Python's cache tag and extension suffix."""
    return f"{sys.implementation.cache_tag} {importlib.machinery.EXTENSION_SUFFIXES[0]}"


def extension_files(build: Path = BUILD) -> dict[str, Path]:
    """Each compiled module's (and the group library's) extension file in `build`."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    names = (*MODULES, f"{GROUP}__mypyc")
    return {name: build.joinpath(*name.split(".")).with_name(name.split(".")[-1] + suffix) for name in names}


def usable(build: Path = BUILD) -> tuple[dict[str, Path] | None, str]:
    """(the extension files to load, why) when the build in `build` may be used now, else (None, why not)."""
    if os.environ.get(PURE_VARIABLE, "") not in ("", "0"):
        return None, f"not in use: {PURE_VARIABLE} is set"
    return current(build)


def current(build: Path = BUILD) -> tuple[dict[str, Path] | None, str]:
    """(the extension files, why) when `build` holds a complete build of the sources as they are now for this
    Python, else (None, why not)."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, "not in use: not built (make compile)"
    except (OSError, ValueError) as error:
        return None, f"not in use: unreadable {build / MANIFEST} ({error})"
    if not isinstance(manifest, dict) or manifest.get("interpreter") != interpreter():
        return None, "not in use: built for another Python (make compile)"
    recorded = manifest.get("modules")
    changed = [
        module
        for module, digest in source_digests().items()
        if not isinstance(recorded, dict) or recorded.get(module) != digest
    ]
    if changed:
        more = ", ..." if len(changed) > 3 else ""
        return None, f"not in use: built from other sources ({', '.join(changed[:3])}{more}; make compile)"
    files = extension_files(build)
    missing = [name for name, path in files.items() if not path.is_file()]
    if missing:
        return None, f"not in use: incomplete build (no {missing[0]})"
    return files, f"in use: {len(MODULES)} modules compiled by mypyc ({build})"


class _BuildFinder:
    """Finds the compiled modules (and only them) in the build folder, once it has found the build current.

    Whether it is (every module's source digest, ~1 ms) is decided at the first import of one of them, not when the
    package loads: a process that converts no text dump (an unchanged re-run) never asks. Nothing compiled can be
    imported before it decides, so the decision is still all or nothing. A meta path finder needs only `find_spec`:
    not subclassing importlib.abc.MetaPathFinder spares every process importing importlib.abc (with
    importlib.resources, tempfile, shutil...: 5 ms, a twentieth of an unchanged re-run).
    """

    def __init__(self, build: Path) -> None:
        self.build = build
        self.names = frozenset((*MODULES, f"{GROUP}__mypyc"))  # as extension_files names them
        self.files: dict[str, Path] | None = None  # None: not decided yet ({}: decided, not used)

    def decide(self) -> dict[str, Path]:
        global STATUS
        if self.files is None:
            files, STATUS = usable(self.build)
            self.files = files or {}
        return self.files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.names:
            return None
        file = self.decide().get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


STATUS = "not in use: not looked for"


def use_build(build: Path = BUILD) -> str:
    """Load the compiled modules from `build` from now on if they are current (once a process); the status so far
    (whether the build is current is decided at the first import of a compiled module, or by `status()`)."""
    global STATUS
    if any(isinstance(finder, _BuildFinder) for finder in sys.meta_path):
        return STATUS
    loaded = [module for module in MODULES if module in sys.modules]
    if loaded:
        # Some were imported before: mixing them with compiled ones would call stale code.
        STATUS = f"not in use: {loaded[0]} was imported before the build could be used"
        return STATUS
    sys.meta_path.insert(0, _BuildFinder(build))
    STATUS = "not in use: not looked for yet (at the first import of a compiled module)"
    return STATUS


def status() -> str:
    """Whether this process uses the compiled modules and why, deciding now if no compiled module was imported yet."""
    for finder in sys.meta_path:
        if isinstance(finder, _BuildFinder):
            finder.decide()
    return STATUS


def in_use() -> bool:
    """Whether the text-dump modules this process imported are the compiled ones."""
    module = sys.modules.get("converter.textdump.lines")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")

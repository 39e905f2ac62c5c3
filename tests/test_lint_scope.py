"""`make lint` reaches every folder of Python code in the repo (issue 10): mypy's files and ruff's paths."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _code_folders() -> set[str]:
    # The tracked files, so a local .venv, site/ or scratch folder does not count.
    tracked = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    return {name.split("/")[0] for name in tracked if "/" in name}


def _lint_recipe() -> list[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    match = re.search(r"^lint:.*\n((?:\t.*\n)+)", text, re.MULTILINE)
    assert match, "the Makefile has no lint target"
    return match.group(1).splitlines()


def test_mypy_checks_every_code_folder() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert _code_folders() - set(config["tool"]["mypy"]["files"]) == set()


def test_ruff_checks_and_formats_every_code_folder() -> None:
    for verb in ("ruff check", "ruff format --check"):
        [line] = [line for line in _lint_recipe() if f"{verb} " in line]
        assert _code_folders() - set(line.split(verb, 1)[1].split()) == set(), verb

"""What pyproject.toml promises about the package holds: data files listed exist, and are all listed."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "converter"


def _package_data() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["setuptools"]["package-data"]["converter"])


def test_every_package_data_pattern_matches_a_file() -> None:
    # A stale entry ships nothing and says something untrue about the package.
    assert [pattern for pattern in _package_data() if not list(PACKAGE.glob(pattern))] == []


def test_every_data_file_in_the_package_is_shipped() -> None:
    shipped = {path for pattern in _package_data() for path in PACKAGE.glob(pattern)}
    data = {
        path
        for path in PACKAGE.rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyc"}
        and not any(part == "__pycache__" or part.startswith(".") for part in path.relative_to(PACKAGE).parts)
    }
    assert sorted(path.relative_to(PACKAGE).as_posix() for path in data - shipped) == []

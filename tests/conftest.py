"""Shared fixtures: the raw and docs folders of a run, in tmp_path (helpers are in tests/support.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed seed so that a green run stays green; local runs explore
# new examples every time (that is how they find bugs).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    return tmp_path / "docs"

"""Shared fixtures: the raw and docs folders of a run, in tmp_path (helpers are in tests/support.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Pure Python for the suite and every process it starts: tests monkeypatch module functions, which the compiled
# modules' own calls would not see. tests/test_compiled.py runs the compiled build in processes of its own.
os.environ["CONVERTER_PURE"] = "1"

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


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """Debian's chromium under Playwright, one per session for every browser test (Playwright's sync API
    allows one running instance per thread); skips when chromium is not installed (`make test` installs it)."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent / "site"))
    from browser import find_chromium, launch  # tests/site/browser.py
    from playwright.sync_api import sync_playwright

    binary = find_chromium()
    if binary is None:
        pytest.skip("Debian's chromium is not installed (make test installs it with apt-get)")
    with sync_playwright() as playwright:
        browser = launch(playwright, binary)
        yield browser
        browser.close()

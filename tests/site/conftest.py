"""Fixtures of the site tests: the fixture mini-site, built once per session, and headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sitebuild import ABOUT, build_sample, build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("archive"), pages={"about.md": ABOUT})


@pytest.fixture(scope="session")
def sample_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The sample site (raw/ converted, fixtures, MESSY) built with SITE_URL and served under /repo/."""
    from browser import StaticServer

    work = tmp_path_factory.mktemp("e2e")
    (work / "site").mkdir()
    with StaticServer(work / "site", "/repo/") as server:
        build_sample(work, server.url)
        yield server

"""Fixtures of the site tests: the fixture mini-site, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("archive"))

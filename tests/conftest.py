"""Shared fixtures: tiny raw pages written by the tests themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

PARAGRAPH = (
    "The committee met on Tuesday to review the budget proposal, and after a long discussion "
    "its members agreed to publish a revised version of the plan before the end of the month."
)


def text_dump(title: str, paragraphs: int = 4, salt: str = "") -> str:
    """A minimal text dump: a title line, then paragraph-length lines of distinct text."""
    body = "\n".join(f"{PARAGRAPH} Point {i} {salt} of the story {title}." for i in range(paragraphs))
    return f"{title}\n\n{body}\n"


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    return tmp_path / "docs"

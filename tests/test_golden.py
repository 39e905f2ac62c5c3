"""Golden pages: the whole Markdown the converter writes for a few real pages, compared byte for byte.

The expected files under `tests/golden/<page>/` were generated once, read by hand, and are regenerated only on
purpose (`UPDATE_GOLDENS=1 pytest tests/test_golden.py`), so that a change of output is read as a diff in review.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from converter.options import ConvertOptions
from converter.pipeline import convert_tree

PAGES = Path(__file__).parent / "pages"
GOLDEN = Path(__file__).parent / "golden"

# The seed, three text dumps and four HTML pages of different shapes (short, long, captions, related links).
GOLDEN_PAGES = [
    "text/seed.txt",
    "text/0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a.txt",
    "text/30b771a40a4e96156d398716c877deef54b05d091770d2717c98e4c6b670010c.txt",
    "text/3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2.txt",
    "html/0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a.html",
    "html/14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f.html",
    "html/374ac9a59a85196cdacc1679fb8993521a7b7d9d6533720f102300be1c7face4.html",
    "html/076f4f33bf75059db581bedf36e76fb65e89a8f7752db3339aa3ea11c5122f32.html",
]


def _markdown_files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


@pytest.mark.parametrize("page", GOLDEN_PAGES, ids=lambda p: p.split("/")[0] + "-" + p.split("/")[1][:12])
def test_golden_page(page: str, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / Path(page).parent).mkdir(parents=True)
    shutil.copyfile(PAGES / page, raw / page)
    docs = tmp_path / "docs"
    report = convert_tree(ConvertOptions(raw_dir=raw, docs_dir=docs, jobs=1))
    assert report.ok, report.failed
    written = _markdown_files(docs)
    expected_dir = GOLDEN / page.replace("/", "-").rsplit(".", 1)[0]
    if os.environ.get("UPDATE_GOLDENS"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        expected_dir.mkdir(parents=True)
        for name, text in written.items():
            (expected_dir / name).write_text(text, encoding="utf-8")
    assert written == _markdown_files(expected_dir)

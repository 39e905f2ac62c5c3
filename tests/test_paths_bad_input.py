"""Bad input at the naming stage: titles that look like paths, and titles shared by several pages."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support import articles, by_raw, cli, html_page, story, text_dump

PATH_TITLES = ["../../etc/passwd", "CON", "a/b", "x" * 300, "😀😀😀", "..\\..\\windows", "nul.txt", "Index", "/"]


PORTABLE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,110}\.md")


WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def test_path_like_titles_stay_inside_docs_dir_with_portable_unique_names(raw_dir: Path, docs_dir: Path) -> None:
    for i, title in enumerate(PATH_TITLES + PATH_TITLES):  # twice: same titles, different pages
        (raw_dir / f"p{i:02}.html").write_text(html_page(title, story(salt=str(i))), encoding="utf-8")
    outside_before = sorted(p for p in docs_dir.parent.rglob("*") if docs_dir not in (p, *p.parents))
    assert cli(raw_dir, docs_dir) == 0
    names = sorted(p.name for p in docs_dir.iterdir() if not p.name.startswith("."))
    assert len(names) == 2 * len(PATH_TITLES)
    assert all(PORTABLE_NAME.fullmatch(name) for name in names), names
    assert all(name.split(".")[0] not in WINDOWS_RESERVED | {"index", "readme"} for name in names)
    assert len({name.lower() for name in names}) == len(names)
    assert all(p.is_file() and p.parent == docs_dir for p in docs_dir.glob("*.md"))
    outside_after = sorted(p for p in docs_dir.parent.rglob("*") if docs_dir not in (p, *p.parents))
    assert outside_after == outside_before
    assert {meta["title"] for meta, _ in articles(docs_dir).values()} == set(PATH_TITLES)


def test_two_pages_with_the_same_title_give_two_files(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "a.html").write_text(html_page("Same title", story(salt="a")), encoding="utf-8")
    (raw_dir / "b.html").write_text(html_page("Same title", story(salt="b")), encoding="utf-8")
    (raw_dir / "c.txt").write_text(text_dump("Same title here", salt="c"), encoding="utf-8")
    (raw_dir / "d.txt").write_text(text_dump("Same title here", salt="d"), encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    found = by_raw(docs_dir)
    assert sorted(found) == ["a.html", "b.html", "c.txt", "d.txt"]
    assert "Paragraph 0 a " in found["a.html"][1] and "Paragraph 0 b " in found["b.html"][1]

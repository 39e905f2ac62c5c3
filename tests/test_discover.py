"""discover: every page under RAW_DIR once, in a stable order; everything else listed as skipped."""

from __future__ import annotations

import os
from pathlib import Path

from converter.discover import discover

SUFFIXES = (".txt", ".html", ".htm")


def touch(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_pages_sorted_with_posix_paths_relative_to_raw_dir(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.html", "a/y.HTM", "c.htm"]:
        touch(tmp_path / name)
    pages, skipped = discover(tmp_path, SUFFIXES)
    assert [page.rel for page in pages] == ["a/y.HTM", "a/z.html", "b.txt", "c.htm"]
    assert skipped == []
    assert all(page.path == tmp_path / page.rel for page in pages)


def test_other_files_are_skipped_and_hidden_ones_ignored(tmp_path: Path) -> None:
    for name in ["page.txt", "notes.md", "img.png", ".hidden.txt", ".git/config.txt", "sub/.DS_Store"]:
        touch(tmp_path / name)
    pages, skipped = discover(tmp_path, SUFFIXES)
    assert [page.rel for page in pages] == ["page.txt"]
    assert skipped == ["img.png", "notes.md"]


def test_symlink_loop_to_an_ancestor_ends(tmp_path: Path) -> None:
    touch(tmp_path / "sub" / "page.txt")
    (tmp_path / "sub" / "back").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub" / "self").symlink_to(tmp_path / "sub", target_is_directory=True)
    pages, _ = discover(tmp_path, SUFFIXES)
    assert [page.rel for page in pages] == ["sub/page.txt"]


def test_two_links_to_one_folder_visit_it_once(tmp_path: Path) -> None:
    touch(tmp_path / "real" / "page.txt")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    pages, _ = discover(tmp_path, SUFFIXES)
    assert len(pages) == 1


def test_file_symlink_loops_and_dangling_links_are_kept_to_be_reported(tmp_path: Path) -> None:
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "dangling.html").symlink_to(tmp_path / "missing.html")
    pages, skipped = discover(tmp_path, SUFFIXES)
    assert [page.rel for page in pages] == ["dangling.html", "self.txt"] and skipped == []


def test_named_pipe_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    touch(tmp_path / "page.txt")
    pages, skipped = discover(tmp_path, SUFFIXES)
    assert [page.rel for page in pages] == ["page.txt"] and skipped == ["pipe.txt"]


def test_non_utf8_file_names_get_distinct_printable_rels(tmp_path: Path) -> None:
    for raw_name in (b"caf\xe9.txt", b"caf\xe8.txt"):
        with open(os.fsencode(tmp_path) + b"/" + raw_name, "wb") as handle:
            handle.write(b"x")
    pages, _ = discover(tmp_path, SUFFIXES)
    rels = [page.rel for page in pages]
    assert rels == ["caf\\xe8.txt", "caf\\xe9.txt"]
    assert all(rel.encode("utf-8") for rel in rels)
    assert all(page.path.exists() for page in pages)


def test_unicode_file_names_are_kept(tmp_path: Path) -> None:
    touch(tmp_path / "日本語" / "café.txt")
    (page,), _ = discover(tmp_path, SUFFIXES)
    assert page.rel == "日本語/café.txt"


def _discover_by_os_walk(raw_dir: Path, suffixes: tuple[str, ...]) -> tuple[list[tuple[Path, str]], list[str]]:
    """The walk as it was written with os.walk and Path (before the directory entries): the reference."""
    import stat

    pages: list[tuple[Path, str]] = []
    skipped: list[str] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirnames, filenames in os.walk(raw_dir, followlinks=True):
        try:
            info = Path(folder).stat()
        except OSError:
            dirnames[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(folder) / name
            posix = path.relative_to(raw_dir).as_posix()
            rel = posix.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            try:
                regular = stat.S_ISREG(path.stat().st_mode)
            except OSError:
                regular = True
            (pages.append((path, rel)) if path.suffix.lower() in suffixes and regular else skipped.append(rel))
    return sorted(pages, key=lambda page: page[1]), sorted(skipped)


def test_the_walk_finds_what_os_walk_found_on_a_tangled_tree(tmp_path: Path) -> None:
    """Links to folders (and a loop), broken links, a pipe named like a page, odd names, dotted names."""
    raw = tmp_path / "raw"
    for name in ["a/one.txt", "a/b/two.HTML", "c/three.htm", "c/.hidden.txt", "d.e/four.txt", "five.", "six.tar.txt"]:
        touch(raw / name)
    touch(tmp_path / "outside" / "seven.txt")
    (raw / "link-to-a").symlink_to(raw / "a")  # visited first under one name only
    (raw / "a" / "b" / "loop").symlink_to(raw / "a")
    (raw / "outside").symlink_to(tmp_path / "outside")
    (raw / "broken.txt").symlink_to(raw / "missing.txt")
    (raw / "to-a-page.txt").symlink_to(raw / "a" / "one.txt")
    os.mkfifo(raw / "pipe.txt")
    (raw / "folder.txt").mkdir()
    pages, skipped = discover(raw, SUFFIXES)
    expected_pages, expected_skipped = _discover_by_os_walk(raw, SUFFIXES)
    assert [(page.path, page.rel) for page in pages] == expected_pages
    assert skipped == expected_skipped
    # Checked by hand: the pipe is skipped, the broken link is a page (reading it reports why).
    assert "pipe.txt" in skipped and "broken.txt" in [page.rel for page in pages]

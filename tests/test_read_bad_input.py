"""Bad input at the read stage: files that are not pages, text in any encoding, files that cannot be
read or vanish. Each page converts cleanly or is reported with its file and a one-line reason; the run goes on."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Any

import pytest

from tests.support import (
    MOJIBAKE,
    NOT_PAGES,
    PARAGRAPH,
    WESTERN_TITLE,
    WESTERN_WORDS,
    by_raw,
    cli,
    failure_lines,
    good_page,
    html_page,
    story,
    text_dump,
    western_dump,
)


@pytest.mark.parametrize("name", sorted(NOT_PAGES))
def test_not_a_page_is_reported_with_its_file_and_the_run_goes_on(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    good_page(raw_dir)
    (raw_dir / name).write_bytes(NOT_PAGES[name])
    assert cli(raw_dir, docs_dir) == 1
    err = capsys.readouterr().err
    failed = failure_lines(err)
    assert list(failed) == [name], err
    assert "\n" not in failed[name] and 0 < len(failed[name]) < 120
    assert list(by_raw(docs_dir)) == ["good.txt"]


def test_nul_byte_inside_text_converts_without_it(raw_dir: Path, docs_dir: Path) -> None:
    data = text_dump("A story about the council budget").encode().replace(b"committee", b"commit\x00tee", 1)
    (raw_dir / "nul.txt").write_bytes(data)
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    assert "\x00" not in body and "The committee met" in body


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: s.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252"],
)
def test_text_dump_in_any_encoding_reads_without_mojibake(raw_dir: Path, docs_dir: Path, encode: Any) -> None:
    (raw_dir / "page.txt").write_bytes(encode(western_dump()))
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == WESTERN_TITLE
    assert all(word in body for word in WESTERN_WORDS), body
    assert not any(bad in body + meta["title"] for bad in MOJIBAKE)


def test_latin1_text_dump(raw_dir: Path, docs_dir: Path) -> None:
    title = "Le Café de la Gare à Zürich"
    lines = [f"{PARAGRAPH} Le garçon était très sûr, dit Señor Müller, partie {i}." for i in range(4)]
    (raw_dir / "page.txt").write_bytes((title + "\n\n" + "\n".join(lines)).encode("latin-1"))
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == title and "garçon était très sûr" in body and "Müller" in body


def test_shift_jis_text_dump(raw_dir: Path, docs_dir: Path) -> None:
    sentence = "今日は東京でとても良い天気でした。多くの人々が公園を散歩して、桜の花を楽しみました。"
    text = "東京の天気について\n\n" + "\n".join(sentence * 2 + f"第{i}段落です。" for i in range(4))
    (raw_dir / "page.txt").write_bytes(text.encode("shift_jis"))
    assert cli(raw_dir, docs_dir) == 0
    ((_, body),) = by_raw(docs_dir).values()
    assert sentence in body and not any(bad in body for bad in MOJIBAKE)


@pytest.mark.parametrize(
    ("declared", "encoding"),
    [("utf-8", "cp1252"), ("iso-8859-1", "utf-8"), ("shift_jis", "utf-8"), ("iso-8859-1", "cp1252")],
)
def test_wrong_or_loose_meta_charset(raw_dir: Path, docs_dir: Path, declared: str, encoding: str) -> None:
    paragraphs = [f"{p} Müller, naïve Señor said “{WESTERN_TITLE}” — really." for p in story()]
    page = html_page(WESTERN_TITLE, paragraphs).replace("charset='utf-8'", f"charset='{declared}'")
    (raw_dir / "page.html").write_bytes(page.encode(encoding))
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == WESTERN_TITLE
    assert all(word in body for word in WESTERN_WORDS), body
    assert not any(bad in body for bad in MOJIBAKE)


def test_invalid_utf8_sequences(raw_dir: Path, docs_dir: Path) -> None:
    data = western_dump().encode("utf-8")
    # A stray Windows-1252 quote pair and a multi-byte sequence cut short, in the body.
    data = data.replace(b"part 1", b"part \x93one\x94", 1).replace(b"part 2", b"part \xe2\x80 two", 1)
    (raw_dir / "page.txt").write_bytes(data)
    assert cli(raw_dir, docs_dir) == 0
    ((meta, body),) = by_raw(docs_dir).values()
    assert meta["title"] == WESTERN_TITLE and "part “one”" in body
    assert all(word in body for word in WESTERN_WORDS)
    assert not any(bad in body for bad in ("Ã", "â€", "Â", "\x93", "\x94"))


def test_unreadable_file_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, where chmod 000 does not stop reads: simulate the refusal instead.
    good_page(raw_dir)
    good_page(raw_dir, "secret.txt")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert cli(raw_dir, docs_dir) == 1
    failed = failure_lines(capsys.readouterr().err)
    assert list(failed) == ["secret.txt"] and "Permission denied" in failed["secret.txt"]
    assert list(by_raw(docs_dir)) == ["good.txt"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_file_is_reported(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    good_page(raw_dir, "secret.txt")
    (raw_dir / "secret.txt").chmod(0)
    try:
        assert cli(raw_dir, docs_dir) == 1
    finally:
        (raw_dir / "secret.txt").chmod(0o644)
    assert list(failure_lines(capsys.readouterr().err)) == ["secret.txt"]


def test_file_vanishing_during_the_run_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good_page(raw_dir)
    good_page(raw_dir, "gone.txt")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "gone.txt" and self.exists():
            self.unlink()  # deleted by someone else between discovery and reading
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert cli(raw_dir, docs_dir) == 1
    failed = failure_lines(capsys.readouterr().err)
    assert list(failed) == ["gone.txt"] and "No such file" in failed["gone.txt"]
    assert list(by_raw(docs_dir)) == ["good.txt"]


def test_file_vanishing_after_discovery_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good_page(raw_dir)
    good_page(raw_dir, "gone.txt")
    import converter.sources as sources  # the read stage discovers the files

    real_discover = sources.discover

    def discover_then_delete(*args: Any, **kwargs: Any) -> Any:
        found = real_discover(*args, **kwargs)
        (raw_dir / "gone.txt").unlink()
        return found

    monkeypatch.setattr(sources, "discover", discover_then_delete)
    assert cli(raw_dir, docs_dir) == 1
    assert list(failure_lines(capsys.readouterr().err)) == ["gone.txt"]
    assert list(by_raw(docs_dir)) == ["good.txt"]


def test_dangling_symlink_is_reported(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    (raw_dir / "dangling.txt").symlink_to(raw_dir / "nowhere.txt")
    assert cli(raw_dir, docs_dir) == 1
    assert list(failure_lines(capsys.readouterr().err)) == ["dangling.txt"]

"""Bad input at the HTML extraction stage: malformed, deeply nested, huge and single-line pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import (
    PARAGRAPH,
    articles,
    by_raw,
    cli,
    cpu_seconds,
    failure_lines,
    good_page,
    html_page,
    live_html,
    render,
    story,
)


@pytest.mark.parametrize(
    "page",
    [
        html_page("Cut short", story())[:-200],
        "<html><head><title>Unclosed</title><body><article><h1>Unclosed<p>" + "<p>".join(story()),
        "<html><body><div><p>" + "</div></span></p>".join(story()) + "</b></i></table>",
        "<<<>>><html <body <p>" + " <p> ".join(story()) + "<!-- never closed",
        "<html><body><p>" + "<![CDATA[" + story()[0] + "<p>".join(story()) + "</body></html>",
        "<html><body>" + "<p title='unterminated>" + "<p>".join(story()),
    ],
    ids=["truncated", "unclosed", "misnested", "garbage-tags", "cdata", "unterminated-attribute"],
)
def test_malformed_html_converts_or_is_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    good_page(raw_dir)
    (raw_dir / "broken.html").write_text(page, encoding="utf-8")
    code = cli(raw_dir, docs_dir)
    failed = failure_lines(capsys.readouterr().err)
    assert code == (1 if failed else 0) and set(failed) <= {"broken.html"}
    assert "good.txt" in by_raw(docs_dir)
    if not failed:
        _, body = by_raw(docs_dir)["broken.html"]
        assert "The committee met on Tuesday" in body and not live_html(render(body))


def test_100000_nested_tags_finish_quickly(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good_page(raw_dir)
    depth = 100_000
    page = "<html><body>" + "<div>" * depth + "".join(f"<p>{p}</p>" for p in story()) + "</div>" * depth
    (raw_dir / "deep.html").write_text(page + "</body></html>", encoding="utf-8")
    (raw_dir / "deep-unclosed.html").write_text("<html><body>" + "<span><b><i>" * depth, encoding="utf-8")
    started = cpu_seconds()
    code = cli(raw_dir, docs_dir)
    assert cpu_seconds() - started < 60
    failed = failure_lines(capsys.readouterr().err)
    assert code == (1 if failed else 0) and set(failed) <= {"deep.html", "deep-unclosed.html"}
    assert all("\n" not in reason for reason in failed.values())
    assert "good.txt" in by_raw(docs_dir)


def test_1mb_single_line(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def line(kind: str) -> str:
        return " ".join(f"{PARAGRAPH} {kind} sentence {i}." for i in range(6000))[:1_000_000]

    (raw_dir / "line.txt").write_text("One very long line\n" + line("Text") + "\n", encoding="utf-8")
    page = html_page("One long line", [line("Markup")]).replace("\n", " ")
    (raw_dir / "line.html").write_text(page, encoding="utf-8")
    started = cpu_seconds()
    code = cli(raw_dir, docs_dir)
    assert cpu_seconds() - started < 60
    failed = failure_lines(capsys.readouterr().err)
    assert code == (1 if failed else 0)
    assert set(by_raw(docs_dir)) | set(failed) == {"line.txt", "line.html"}


def test_10000_character_title(raw_dir: Path, docs_dir: Path) -> None:
    title = " ".join(["Verylongtitleword"] * 560)[:10_000]
    (raw_dir / "t.html").write_text(html_page(title, story()), encoding="utf-8")
    (raw_dir / "t.txt").write_text(title + "\n\n" + "\n".join(story(salt="txt")) + "\n", encoding="utf-8")
    assert cli(raw_dir, docs_dir) == 0
    names = list(articles(docs_dir))
    assert len(names) == 2 and all(len(name) <= 120 for name in names)
    for meta, _ in by_raw(docs_dir).values():
        assert isinstance(meta["title"], str) and meta["title"]


@pytest.mark.slow
def test_50mb_page(raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A saved page that big is an article plus inline scripts, styles and base64 images.
    blob = "A" * 1_000_000
    head = "".join(f"<script>var x{i} = '{blob}';</script><style>.c{i}{{}}</style>" for i in range(20))
    images = "".join(f"<img src='data:image/png;base64,{blob}'>" for i in range(30))
    page = html_page("A huge saved page", [*story(), images], head=head)
    assert len(page) > 50_000_000
    (raw_dir / "huge.html").write_text(page, encoding="utf-8")
    good_page(raw_dir)
    started = cpu_seconds()
    code = cli(raw_dir, docs_dir)
    elapsed = cpu_seconds() - started
    failed = failure_lines(capsys.readouterr().err)
    assert elapsed < 120
    assert code == (1 if failed else 0) and set(failed) <= {"huge.html"}
    if not failed:
        _, body = by_raw(docs_dir)["huge.html"]
        assert "The committee met on Tuesday" in body and "base64" not in body and blob[:100] not in body

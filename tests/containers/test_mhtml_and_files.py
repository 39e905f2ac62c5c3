"""MHTML, SingleFile and complete-page folders: the page and the images they hold."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

from converter.containers import Failure, SavedPage, open_container
from converter.containers.samples import mhtml_bytes, png, write
from tests.support import cpu_seconds

HTML = b'<html><head><title>T</title></head><body><p>Text</p><img src="https://news.example/a.png"></body></html>'


def items(path: Path, name: str) -> tuple[list[SavedPage], list[Failure]]:
    with open_container(path, name) as container:
        found = list(container.items())
        pages = [i for i in found if isinstance(i, SavedPage)]
        # Assets resolve only while the container is open: check them here.
        for page in pages:
            object.__setattr__(page, "_checked", page.asset("https://news.example/a.png", 10_000))
    return pages, [i for i in found if isinstance(i, Failure)]


def test_mhtml_page_url_date_title_and_image_part(tmp_path: Path) -> None:
    image = png()
    data = mhtml_bytes(
        HTML, "https://news.example/story", "A story", [("https://news.example/a.png", "image/png", image)]
    )
    pages, failures = items(write(tmp_path / "story.mhtml", data), "story.mhtml")
    assert failures == []
    (page,) = pages
    assert page.data.replace(b"\r\n", b"\n") == HTML
    assert page.url == "https://news.example/story"
    assert page.saved == datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
    assert page.hints.title == "A story"
    assert page.raw == "story.mhtml"
    assert page._checked == image  # type: ignore[attr-defined]


def test_mhtml_with_ten_thousand_parts_is_capped_and_reported(tmp_path: Path) -> None:
    # Written by hand: the email package's generator is slow at this size, and the reader is what is timed.
    message = mhtml_bytes(HTML, "https://news.example/s", "Many")
    boundary = _boundary(message)
    head = message[: message.rindex(b"--" + boundary + b"--")]
    part = b"--" + boundary + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
    parts = [part + b"Content-Location: https://news.example/%d.png\r\n\r\niVBORw0KGgo=\r\n" % n for n in range(10_000)]
    data = head + b"".join(parts) + b"--" + boundary + b"--\r\n"
    path = write(tmp_path / "many.mht", data)
    started = cpu_seconds()
    pages, failures = items(path, "many.mht")
    assert cpu_seconds() - started < 8
    assert len(pages) == 1
    assert len(failures) == 1
    assert failures[0].reason == "10001 parts; only the first 2000 were read"


def test_mhtml_without_html_part_is_one_failure(tmp_path: Path) -> None:
    data = mhtml_bytes(HTML, "https://x.example/", "x").replace(b"text/html", b"text/plain")
    pages, failures = items(write(tmp_path / "x.mhtml", data), "x.mhtml")
    assert pages == []
    assert failures[0].reason == "no text/html part"


def test_singlefile_page_url_date_and_data_uri_images(tmp_path: Path) -> None:
    image = png()
    uri = "data:image/png;base64," + base64.b64encode(image).decode()
    html = (
        "<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://news.example/sf \n"
        " saved date: Sun Nov 01 2026 11:30:00 GMT+0100 (Central European Standard Time)\n-->"
        f'<head><title>SF</title></head><body><img src="{uri}"></body></html>'
    ).encode()
    pages, failures = items(write(tmp_path / "sf.html", html), "sf.html")
    (page,) = pages
    assert failures == []
    assert page.url == "https://news.example/sf"
    assert page.saved == datetime(2026, 11, 1, 10, 30, tzinfo=UTC)
    assert page.asset(uri, 10_000) == image


def test_complete_page_resolves_images_into_its_files_folder_only(tmp_path: Path) -> None:
    image = png()
    write(tmp_path / "raw" / "page_files" / "a b.png", image)
    write(tmp_path / "secret.png", png(2, 2))
    html = b'<!-- saved from url=(0027)https://news.example/done --><html><img src="./page_files/a%20b.png"></html>'
    path = write(tmp_path / "raw" / "page.html", html)
    (tmp_path / "raw" / "page_files" / "link.png").symlink_to(tmp_path / "secret.png")
    with open_container(path, "page.html") as container:
        (page,) = list(container.items())
        assert isinstance(page, SavedPage)
        assert page.url == "https://news.example/done"
        assert page.asset("./page_files/a%20b.png", 10_000) == image
        assert page.asset("page_files/../../secret.png", 10_000) is None
        assert page.asset("page_files/link.png", 10_000) is None  # a symlink out of the folder
        assert page.asset("/etc/passwd", 10_000) is None
        assert page.asset("https://news.example/a.png", 10_000) is None


def _boundary(message: bytes) -> bytes:
    start = message.index(b'boundary="') + len(b'boundary="')
    return message[start : message.index(b'"', start)]

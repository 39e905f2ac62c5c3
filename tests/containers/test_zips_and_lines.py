"""Zips (caps, hostile names, Omnivore), WACZ, JSON Lines and Wallabag."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from converter.containers import ContainerLimits, Failure, SavedPage, open_container
from converter.containers.samples import WarcRecord, png, wacz_bytes, warc_bytes, write, zip_bytes

PAGE = b"<html><body><p>Article text.</p><img src='images/0.png'></body></html>"


def read(path: Path, name: str, limits: ContainerLimits | None = None) -> tuple[list[SavedPage], list[Failure]]:
    with open_container(path, name, limits or ContainerLimits()) as container:
        found = list(container.items())
    return [i for i in found if isinstance(i, SavedPage)], [i for i in found if isinstance(i, Failure)]


def test_zip_of_pages_names_members_and_resolves_images_inside(tmp_path: Path) -> None:
    image = png()
    path = write(tmp_path / "export.zip", zip_bytes([("article/123.html", PAGE), ("article/images/0.png", image)]))
    with open_container(path, "export.zip") as container:
        (page,) = list(container.items())
        assert isinstance(page, SavedPage)
        assert page.raw == "export.zip!article/123.html"
        assert page.asset("images/0.png", 10_000) == image
        assert page.asset("../../images/0.png", 10_000) is None


def test_zip_members_with_dotdot_or_absolute_paths_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    members = [("../evil.html", PAGE), ("/abs.html", PAGE), ("ok.html", PAGE), ("a/../../up.html", PAGE)]
    path = write(raw / "x.zip", zip_bytes(members))
    before = sorted(tmp_path.rglob("*"))
    pages, failures = read(path, "x.zip")
    assert [p.raw for p in pages] == ["x.zip!ok.html"]
    assert sorted(f.where for f in failures) == [
        "member '../evil.html'",
        "member '/abs.html'",
        "member 'a/../../up.html'",
    ]
    assert sorted(tmp_path.rglob("*")) == before


def test_zip_bomb_is_refused_by_ratio_and_size(tmp_path: Path) -> None:
    bomb = b"<html>" + b"\x00" * (20 * 1024 * 1024) + b"</html>"
    path = write(tmp_path / "bomb.zip", zip_bytes([("bomb.html", bomb), ("fine.html", PAGE)]))
    pages, failures = read(path, "bomb.zip")
    assert [p.raw for p in pages] == ["bomb.zip!fine.html"]
    assert "compression ratio" in failures[0].reason
    stored = write(tmp_path / "big.zip", zip_bytes([("big.html", bomb), ("fine.html", PAGE)], zipfile.ZIP_STORED))
    pages, failures = read(stored, "big.zip", ContainerLimits(page_bytes=1024 * 1024))
    assert [p.raw for p in pages] == ["big.zip!fine.html"]
    assert "over the 1048576-byte cap" in failures[0].reason


def test_zip_total_cap_stops_reading_more_members(tmp_path: Path) -> None:
    members = [(f"{n}.html", PAGE + bytes(str(n), "ascii") * 1000) for n in range(5)]
    path = write(tmp_path / "many.zip", zip_bytes(members, zipfile.ZIP_STORED))
    pages, failures = read(path, "many.zip", ContainerLimits(zip_total_bytes=2500))
    assert 1 <= len(pages) < 5
    assert all("bytes read from one zip" in f.reason for f in failures)


def test_omnivore_export_metadata_becomes_hints(tmp_path: Path) -> None:
    meta = [
        {
            "slug": "a-story",
            "title": "A Story",
            "author": "Ann Lee",
            "url": "https://news.example/a",
            "labels": ["science"],
            "savedAt": "2026-10-01T09:00:00.000Z",
            "state": "Archived",
        }
    ]
    path = write(
        tmp_path / "omnivore.zip",
        zip_bytes([("metadata_0_to_1.json", json.dumps(meta).encode()), ("content/a-story.html", PAGE)]),
    )
    (page,), failures = read(path, "omnivore.zip")
    assert failures == []
    assert page.url == "https://news.example/a"
    assert (page.hints.title, page.hints.authors, page.hints.tags, page.hints.read) == (
        "A Story",
        ("Ann Lee",),
        ("science",),
        True,
    )
    assert page.saved is not None and page.saved.isoformat() == "2026-10-01T09:00:00+00:00"


def test_wacz_reads_the_listed_pages_through_its_warcs(tmp_path: Path) -> None:
    image = png()
    warc = warc_bytes(
        [
            WarcRecord("https://news.example/a", b"<html><img src='/i.png'></html>"),
            WarcRecord("https://news.example/unlisted", b"<html>x</html>"),
            WarcRecord("https://news.example/i.png", image, "image/png"),
        ]
    )
    path = write(
        tmp_path / "site.wacz", wacz_bytes(warc, [{"url": "https://news.example/a", "title": "Listed", "ts": "2026"}])
    )
    with open_container(path, "site.wacz") as container:
        found = list(container.items())
        (page,) = found
        assert isinstance(page, SavedPage)
        assert page.raw.startswith("site.wacz!archive/data.warc.gz#<urn:uuid:")
        assert page.hints.title == "Listed"
        assert page.asset("/i.png", 10_000) == image


def test_wacz_listed_url_that_redirected_is_read_where_the_redirects_lead(tmp_path: Path) -> None:
    # Crawlers list the seed as given; the WARC records its redirect, then the page it landed on.
    moved = (("Location", "https://www.news.example/home"),)
    warc = warc_bytes(
        [
            WarcRecord("http://news.example/", b"", "text/html", status="301 Moved Permanently", headers=moved),
            WarcRecord("https://www.news.example/home", b"<html><title>Home</title>home page</html>"),
            WarcRecord("https://news.example/b/", b"<html>b</html>", status="302 Found", headers=(("Location", "/b"),)),
            WarcRecord("https://news.example/b", b"<html>b</html>", status="302 Found", headers=(("Location", "/b/"),)),
            WarcRecord("https://news.example/unlisted", b"<html>x</html>"),
        ]
    )
    listing = [
        {"url": "http://news.example", "title": "Seed"},  # no path: the browser asked for "/"
        {"url": "https://news.example/b", "title": "A redirect loop"},  # never lands: no page, no hang
    ]
    path = write(tmp_path / "site.wacz", wacz_bytes(warc, listing))
    with open_container(path, "site.wacz") as container:
        (page,) = list(container.items())
    assert isinstance(page, SavedPage)
    assert page.url == "https://www.news.example/home"
    assert page.hints.title == "Seed"


def test_json_lines_broken_line_in_the_middle_is_reported_with_its_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://news.example/1", "html": "<p>one</p>", "title": "One", "author": "Ann Lee"}),
        '{"url": "https://news.example/2", "html": "<p>tw',
        json.dumps({"url": "https://news.example/3", "text": "Three\n\nPlain text.", "tags": ["a", "b"]}),
        json.dumps({"url": "https://news.example/4"}),
        "",
        json.dumps(
            {"link": "https://news.example/6", "body": "<p>six</p>", "authors": ["A", "B"], "date": "2026-01-02"}
        ),
    ]
    path = write(tmp_path / "items.jsonl", ("\n".join(lines) + "\n").encode())
    pages, failures = read(path, "items.jsonl")
    assert [(p.raw, p.kind, p.url) for p in pages] == [
        ("items.jsonl#line-1", "html", "https://news.example/1"),
        ("items.jsonl#line-3", "text", "https://news.example/3"),
        ("items.jsonl#line-6", "html", "https://news.example/6"),
    ]
    assert pages[0].hints.title == "One" and pages[0].hints.authors == ("Ann Lee",)
    assert pages[1].hints.tags == ("a", "b")
    assert pages[2].hints.authors == ("A", "B") and pages[2].hints.date == "2026-01-02"
    assert [f.where for f in failures] == ["line 2", "line 4"]
    assert failures[0].reason.startswith("not JSON")
    assert str(failures[0]).startswith("items.jsonl: line 2: not JSON")


def test_json_lines_field_is_configurable(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jl", json.dumps({"page_html": "<p>x</p>", "url": "https://x.example/"}).encode())
    with open_container(path, "feed.jl", html_fields=("page_html",)) as container:
        (page,) = list(container.items())
    assert isinstance(page, SavedPage) and page.data == b"<p>x</p>"


def test_wallabag_entries_become_pages_with_hints(tmp_path: Path) -> None:
    entries = [
        {
            "is_archived": 1,
            "is_starred": 0,
            "tags": ["t1"],
            "id": 7,
            "title": "W",
            "url": "https://news.example/w",
            "content": "<p>Body</p>",
            "created_at": "2026-09-01T08:00:00+02:00",
            "published_by": ["Bo Chen"],
            "published_at": "2026-08-30",
        },
        {"is_archived": 0, "id": 8, "title": "Empty", "content": ""},
    ]
    path = write(tmp_path / "wallabag.json", json.dumps(entries).encode())
    pages, failures = read(path, "wallabag.json")
    (page,) = pages
    assert page.raw == "wallabag.json#entry-7"
    assert (page.hints.title, page.hints.authors, page.hints.tags, page.hints.date) == (
        "W",
        ("Bo Chen",),
        ("t1",),
        "2026-08-30",
    )
    assert page.saved is not None and page.saved.isoformat() == "2026-09-01T08:00:00+02:00"
    assert [(f.where, f.reason) for f in failures] == [("entry 2", "no article content")]

"""Whichever process finds a container page's images (pageimages.py), the run gives the same articles, images
and report, and re-runs stay correct: the main process when the container holds images of its own, the
page's worker when it holds none (its images are then `data:` URIs, in the page's bytes)."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from converter import read_containers, saved
from converter.article import Extraction
from converter.containers import DEFAULT_LIMITS, pageimages
from converter.containers.assets import AssetStore
from converter.containers.pageimages import ImageScan
from converter.containers.samples import WarcRecord, png, warc_bytes
from converter.frontmatter import parse_document
from converter.incremental import CachedFailure
from converter.options import ConvertOptions
from converter.pipeline import RunReport, convert_tree
from converter.saved import SavedJob, convert_saved_entry, lost_saved

SVG = "data:image/svg+xml;base64," + base64.b64encode(b"<svg/>").decode()
WORDS = ("the", "council", "met", "to", "discuss", "the", "budget", "until", "late")
LOCAL = re.compile(r"!\[Chart\]\((assets/[0-9a-f]{2}/[0-9a-f]{64}\.png)\)")


def story(number: int, images: str = "") -> bytes:
    words = " ".join(f"{word}{number}" for word in WORDS)
    return (
        f"<html><title>Story {number}</title><body><p>{words * 8}</p>{images}<p>{words * 8}</p></body></html>".encode()
    )


def inlined(data: bytes) -> str:
    return f'<img src="data:image/png;base64,{base64.b64encode(data).decode()}" alt="Chart">'


def pages_alone(raw: Path, count: int, chart: bytes) -> Path:
    """A WARC of HTML pages and no image record: page 0 shows `chart` inlined, and an SVG (never copied)."""
    shown = inlined(chart) + f'<img src="{SVG}">'
    records = [WarcRecord(f"https://news.example/{n}", story(n, shown if n == 0 else "")) for n in range(count)]
    path = raw / "crawl.warc.gz"
    path.write_bytes(warc_bytes(records))
    return path


def run(raw: Path, docs: Path, jobs: int = 1) -> RunReport:
    # jobs=1 and no time limit: the pages convert in this process (what the workers run, without forking).
    return convert_tree(ConvertOptions(raw_dir=raw, docs_dir=docs, jobs=jobs, page_timeout=0))


def bodies(docs: Path) -> dict[str, str]:
    found = {}
    for path in docs.glob("*.md"):
        meta, body = parse_document(path.read_text("utf-8"))
        assert meta is not None
        found[meta["source"]["url"]] = body
    return found


def assets(docs: Path) -> list[str]:
    return sorted(path.relative_to(docs).as_posix() for path in (docs / "assets").rglob("*") if path.is_file())


def recorded_assets(docs: Path) -> list[str]:
    (record,) = json.loads((docs / ".converter-containers.json").read_text("utf-8")).values()
    return record["assets"]


def test_a_warc_of_pages_alone_has_its_data_images_found_by_the_workers(
    raw_dir: Path, docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages_alone(raw_dir, 6, png(5, 5))

    def refuse(*args: object) -> None:
        raise AssertionError("the main process parsed a page of a container that holds no image")

    monkeypatch.setattr(read_containers, "find_images", refuse)  # the workers fork with it: they use their own
    report = run(raw_dir, docs_dir, jobs=2)
    assert report.ok and report.articles == 6
    (shown,) = LOCAL.findall(bodies(docs_dir)["https://news.example/0"])
    assert assets(docs_dir) == recorded_assets(docs_dir) == [shown]
    assert (docs_dir / shown).read_bytes() == png(5, 5)
    ((page, src, why),) = report.images_left_out
    assert page.startswith("crawl.warc.gz#") and src == SVG and "not a PNG" in why


def test_a_page_reused_from_the_cache_keeps_its_images_when_its_container_changes(
    raw_dir: Path, docs_dir: Path
) -> None:
    pages_alone(raw_dir, 2, png(5, 5))
    first = run(raw_dir, docs_dir)
    (shown,) = assets(docs_dir)
    (docs_dir / shown).unlink()  # lost since: the container's next reading writes it again
    pages_alone(raw_dir, 3, png(5, 5))  # one page more: the container is read again
    again = run(raw_dir, docs_dir)
    assert again.ok and len(again.converted) == 1 and again.reused == 2
    assert LOCAL.findall(bodies(docs_dir)["https://news.example/0"]) == [shown]
    assert assets(docs_dir) == recorded_assets(docs_dir) == [shown]
    assert again.images_left_out == first.images_left_out != []


def test_data_images_a_worker_cannot_write_stay_links_and_the_page_converts_again(
    raw_dir: Path, docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages_alone(raw_dir, 2, png(5, 5))

    def full_disk(self: AssetStore, data: bytes) -> str:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(AssetStore, "store", full_disk)
        report = run(raw_dir, docs_dir)
    assert report.ok
    assert [(src, why) for _, src, why in report.images_left_out] == [
        ("(every image)", "cannot be written: No space left on device")
    ]
    assert "](assets/" not in bodies(docs_dir)["https://news.example/0"]
    # The disk has room again: the page is converted again (its result without images was not kept).
    again = run(raw_dir, docs_dir)
    assert again.ok and len(again.converted) == 1 and again.reused == 1
    assert LOCAL.findall(bodies(docs_dir)["https://news.example/0"]) == assets(docs_dir)
    assert len(assets(docs_dir)) == 1


def test_a_page_whose_held_image_changed_is_converted_again_and_shows_the_new_one(
    raw_dir: Path, docs_dir: Path
) -> None:
    def crawl(colour: tuple[int, int, int]) -> None:
        records = [
            WarcRecord("https://news.example/a", story(1, '<img src="/chart.png" alt="Chart">')),
            WarcRecord("https://news.example/b", story(2)),
            WarcRecord("https://news.example/chart.png", png(rgb=colour), "image/png"),
        ]
        (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))

    crawl((1, 2, 3))
    assert run(raw_dir, docs_dir).ok
    (old,) = assets(docs_dir)
    crawl((200, 2, 3))  # the page's bytes are the same; the image it shows is not
    again = run(raw_dir, docs_dir)
    assert again.ok and len(again.converted) == 1 and again.reused == 1
    (new,) = LOCAL.findall(bodies(docs_dir)["https://news.example/a"])
    assert new != old and assets(docs_dir) == [new] and (docs_dir / new).read_bytes() == png(rgb=(200, 2, 3))


def scan_job(data: bytes, docs: Path) -> SavedJob:
    return SavedJob(
        "crawl.warc.gz#<urn:uuid:1>",
        data,
        "html",
        "https://news.example/1",
        scan=ImageScan(AssetStore(docs), DEFAULT_LIMITS),
    )


def test_a_worker_finds_and_points_the_images_in_the_one_tree_it_parses_from_the_text(
    docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(data: bytes) -> None:
        raise AssertionError("the page's bytes were parsed a second time for its images")

    monkeypatch.setattr(pageimages, "image_references", refuse)
    entry, value, _, images = convert_saved_entry(scan_job(story(1, inlined(png(5, 5))), docs_dir))
    assert isinstance(entry, Extraction) and value is not None and images is not None
    ((src, shown),) = images.local.items()
    assert src.startswith("data:image/png;base64,") and images.left_out == []
    assert LOCAL.findall(entry.article.body) == [shown] and (docs_dir / shown).read_bytes() == png(5, 5)


def test_a_page_that_cannot_be_decoded_still_has_its_images_found(docs_dir: Path) -> None:
    # Bytes that start as a PNG are refused as a page; the images it names were written before, as here.
    entry, _, _, images = convert_saved_entry(scan_job(b"\x89PNG" + story(1, inlined(png(5, 5))), docs_dir))
    assert isinstance(entry, CachedFailure) and "binary" in entry.reason
    assert images is not None and len(images.local) == 1
    assert [str(path.relative_to(docs_dir)) for path in docs_dir.rglob("*.png")] == list(images.local.values())


def test_a_page_whose_worker_is_lost_still_has_its_images_written_and_reported(
    raw_dir: Path, docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages_alone(raw_dir, 2, png(5, 5))
    monkeypatch.setattr(read_containers, "convert_saved_entry", lambda job: lost_saved(job, "its worker died"))
    report = run(raw_dir, docs_dir)
    assert report.articles == 0  # (both pages lost)
    (shown,) = assets(docs_dir)
    assert recorded_assets(docs_dir) == [shown] and (docs_dir / shown).read_bytes() == png(5, 5)
    assert [src for _, src, _ in report.images_left_out] == [SVG]


def whole_page_parses(monkeypatch: pytest.MonkeyPatch, marker: str) -> list[str]:
    """Every lxml parse of a whole page holding `marker` (the scan's and the extractor's), as they happen."""
    parses: list[str] = []
    parse = lxml_html.document_fromstring

    def counted(text: str | bytes, *args: object, **kwargs: object) -> lxml_html.HtmlElement:
        if marker in (text if isinstance(text, str) else text.decode("utf-8", "replace")):
            parses.append("page")
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(lxml_html, "document_fromstring", counted)
    return parses


# Comments between words and blocks (the extractor's parse drops them, lxml's default keeps them), an SVG
# never written, and a raster data: image in CSS alone (no `src`): found, nothing pointed.
UNPOINTED = (
    f'<!-- a --><p>Before<!-- b --> after <b>bold</b><!-- c --> <i>it</i></p><img src="{SVG}" alt="Logo">'
    "<ul>\n<!-- d -->\n<li>one</li><!-- e --> <li>two</li></ul>"
    f'<div style="background:url(data:image/png;base64,{base64.b64encode(png(3, 3)).decode()})">Boxed</div>'
)


def test_a_page_whose_images_stay_unpointed_is_parsed_once_for_its_scan_and_its_extraction(
    docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = whole_page_parses(monkeypatch, "Story 1<")
    entry, value, _, images = convert_saved_entry(scan_job(story(1, UNPOINTED), docs_dir))
    assert isinstance(entry, Extraction) and value is not None and images is not None
    assert parses == ["page"]  # the scan's parse is the extractor's (two before)
    assert images.local == {} and [src for src, _ in images.left_out] == [SVG]


def test_the_shared_parse_gives_the_article_and_images_two_parses_give(
    docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = convert_saved_entry(scan_job(story(1, UNPOINTED), docs_dir / "shared"))
    monkeypatch.setattr(saved, "_extractor_parse", lambda text, raw: None)  # the scan parses on its own
    parses = whole_page_parses(monkeypatch, "Story 1<")
    alone = convert_saved_entry(scan_job(story(1, UNPOINTED), docs_dir / "alone"))
    assert parses == ["page", "page"]
    assert shared[0] == alone[0] and shared[1] == alone[1] and shared[3] == alone[3]
    assert alone[1] is not None and "Before after **bold** *it*" in alone[1]


def test_a_page_with_a_raster_data_src_is_pointed_from_lxmls_default_parse(
    docs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(text: str, raw: str) -> None:
        raise AssertionError("the extractor's parse was tried for a page that points an image")

    monkeypatch.setattr(saved, "_extractor_parse", refuse)
    entry, _, _, images = convert_saved_entry(scan_job(story(1, inlined(png(5, 5)) + UNPOINTED), docs_dir))
    assert isinstance(entry, Extraction) and images is not None and len(images.local) == 1
    assert LOCAL.findall(entry.article.body) == list(images.local.values())

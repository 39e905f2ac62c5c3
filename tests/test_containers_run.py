"""Containers through the whole run (convert_tree): pages, provenance, images, hints, failures."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from converter import read_containers
from converter.cli import main
from converter.containers.samples import WarcRecord, mhtml_bytes, png, warc_bytes, zip_bytes
from converter.frontmatter import parse_document
from converter.options import ConvertOptions, OptionsError
from converter.pipeline import RunReport, convert_tree
from tests.support import SLACK

STORY = "The council met on Tuesday to discuss the budget for the coming year, and the debate ran late. "


def page_html(number: int, img: str = "", *, canonical: bool = False, lead: str = "") -> bytes:
    figure = (
        f'<figure><img src="{img}" alt="Chart {number}"><figcaption>Caption of chart {number}.</figcaption></figure>'
        if img
        else ""
    )
    # Distinct words per page: pages with the same body would be one article.
    story = f"Story number {number}. " + " ".join(f"{word}{number}" for word in STORY.split()) * 3
    head = f'<link rel="canonical" href="https://canonical.example/{number}">' if canonical else ""
    head += f'<meta property="og:image" content="{lead}">' if lead else ""
    return (
        f"<html><head><title>Budget story {number}</title>{head}</head><body><article>"
        f"<h1>Budget story {number}</h1><p>{story}</p>{figure}<p>{story}</p>"
        f"</article></body></html>"
    ).encode()


def run(raw: Path, docs: Path, **options: Any) -> RunReport:
    return convert_tree(ConvertOptions(raw_dir=raw, docs_dir=docs, jobs=options.pop("jobs", 1), **options))


def articles(docs: Path) -> dict[str, tuple[dict[str, Any], str]]:
    """Articles by their `raw` key: (front matter, body)."""
    found = {}
    for path in sorted(docs.glob("*.md")):
        meta, body = parse_document(path.read_text("utf-8"))
        assert meta is not None, path
        found[meta["raw"]] = (meta, body)
    return found


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def crawl(raw: Path, pages: int = 2, name: str = "crawl.warc.gz") -> Path:
    records = []
    for n in range(pages):
        records.append(WarcRecord(f"https://news.example/{n}", page_html(n, f"/img/{n}.png")))
        records.append(WarcRecord(f"https://news.example/img/{n}.png", png(rgb=(n, 10, 10)), "image/png"))
    path = raw / name
    path.write_bytes(warc_bytes(records))
    return path


def test_warc_pages_become_articles_with_provenance_saved_date_url_and_local_images(raw_dir, docs_dir):
    crawl(raw_dir)
    report = run(raw_dir, docs_dir)
    assert report.ok, report.failed
    found = articles(docs_dir)
    assert len(found) == 2
    raws = sorted(found)
    assert all(re.fullmatch(r"crawl\.warc\.gz#<urn:uuid:[0-9a-f-]{36}>", raw) for raw in raws)
    meta, body = next(item for item in found.values() if item[0]["title"] == "Budget story 0")
    assert meta["saved"] == "2026-11-01T10:00:00+00:00"
    # No canonical link in the page: the URL the crawler recorded is the article's.
    assert meta["source"]["url"] == "https://news.example/0"
    digest = hashlib.sha256(png(rgb=(0, 10, 10))).hexdigest()
    local = f"assets/{digest[:2]}/{digest}.png"
    assert f"![Chart 0]({local})" in body
    assert "Caption of chart 0." in body
    assert (docs_dir / local).read_bytes() == png(rgb=(0, 10, 10))


def test_page_canonical_url_wins_and_a_held_lead_image_is_the_local_image(raw_dir, docs_dir):
    lead = "https://news.example/lead.png"
    records = [
        WarcRecord("https://news.example/0", page_html(0, canonical=True, lead=lead)),
        WarcRecord(lead, png(rgb=(1, 2, 3)), "image/png"),
        WarcRecord("https://news.example/1", page_html(1, lead="https://elsewhere.example/lead.png")),
    ]
    (raw_dir / "crawl.warc").write_bytes(warc_bytes(records, gzip=False))
    report = run(raw_dir, docs_dir)
    assert report.ok, report.failed
    by_title = {meta["title"]: meta for meta, _ in articles(docs_dir).values()}
    digest = hashlib.sha256(png(rgb=(1, 2, 3))).hexdigest()
    assert by_title["Budget story 0"]["source"]["url"] == "https://canonical.example/0"
    assert by_title["Budget story 0"]["image"] == f"assets/{digest[:2]}/{digest}.png"
    # Not held: the URL, as for a loose page.
    assert by_title["Budget story 1"]["image"] == "https://elsewhere.example/lead.png"


def test_damaged_record_is_reported_with_container_and_record_and_the_rest_converts(raw_dir, docs_dir, capsys):
    data = warc_bytes([WarcRecord(f"https://news.example/{n}", page_html(n)) for n in range(3)])
    (raw_dir / "crawl.warc.gz").write_bytes(data[:-40])
    assert main(["convert", str(raw_dir), str(docs_dir), "-j", "1"]) == 1
    assert sorted(meta["title"] for meta, _ in articles(docs_dir).values()) == ["Budget story 0", "Budget story 1"]
    err = capsys.readouterr().err
    assert re.search(r"FAILED crawl\.warc\.gz: record at byte \d+: truncated", err), err


def test_json_lines_hints_fill_what_extraction_lacks_and_a_broken_line_is_reported(raw_dir, docs_dir):
    fragment = f"<p>{STORY * 4}</p>"
    lines = [
        json.dumps(
            {
                "url": "https://jl.example/a",
                "page": fragment,
                "title": "Hinted title",
                "author": "Ada Lovelace",
                "date": "March 3, 2024",
                "tags": ["budget", "council"],
            }
        ),
        '{"url": "https://jl.example/broken", "page": ',
        json.dumps({"url": "https://jl.example/b", "page": fragment.replace("council", "mayor"), "title": "B"}),
    ]
    (raw_dir / "items.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    report = run(raw_dir, docs_dir, jsonl_html_fields=("page",))
    assert report.failed and report.failed[0][0] == "items.jsonl: line 2"
    assert "not JSON" in report.failed[0][1]
    meta, _ = articles(docs_dir)["items.jsonl#line-1"]
    assert meta["title"] == "Hinted title"
    assert meta["authors"] == ["Ada Lovelace"]
    assert meta["date"] == "2024-03-03"
    assert meta["tags"] == ["budget", "council"]
    assert meta["source"]["url"] == "https://jl.example/a"
    assert "items.jsonl#line-3" in articles(docs_dir)


def test_jsonl_html_field_option_is_validated(raw_dir, docs_dir):
    with pytest.raises(OptionsError, match="--jsonl-html-field"):
        ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jsonl_html_fields=())
    with pytest.raises(OptionsError, match="--jsonl-html-field"):
        ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jsonl_html_fields=(" html",))
    assert main(["convert", str(raw_dir), str(docs_dir), "--jsonl-html-field", ""]) == 2


def test_unchanged_container_is_not_read_again_changed_one_is_and_deleted_one_loses_its_articles(
    raw_dir, docs_dir, monkeypatch
):
    path = crawl(raw_dir)
    first = run(raw_dir, docs_dir)
    assert first.ok and len(first.converted) == 2
    before = tree(docs_dir)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged container was opened")

    with monkeypatch.context() as patched:
        patched.setattr(read_containers, "open_container", refuse)
        again = run(raw_dir, docs_dir)
    assert again.ok and again.converted == [] and again.reused == 2
    assert tree(docs_dir) == before

    crawl(raw_dir, pages=3)  # one page more: the container is read again, the two known pages come from the cache
    changed = run(raw_dir, docs_dir)
    assert changed.ok and len(changed.converted) == 1 and changed.reused == 2
    assert len(articles(docs_dir)) == 3

    held = sorted(p for p in (docs_dir / "assets").rglob("*") if p.is_file())
    assert len(held) == 3
    path.unlink()
    gone = run(raw_dir, docs_dir)
    assert gone.ok and gone.removed == 3
    assert articles(docs_dir) == {}
    # Its images go too: no page uses them any more.
    assert not any(p.exists() for p in held)


def test_same_output_with_one_and_two_jobs(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    crawl(raw, pages=5)
    (raw / "saved.zip").write_bytes(
        zip_bytes([("one/index.html", page_html(7, "pic.png")), ("one/pic.png", png(rgb=(7, 7, 7)))])
    )
    run(raw, tmp_path / "one", jobs=1)
    run(raw, tmp_path / "two", jobs=2)
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    assert len(list((tmp_path / "one").glob("*.md"))) == 6


def test_pages_reach_the_workers_in_bounded_batches(raw_dir, docs_dir, monkeypatch):
    crawl(raw_dir, pages=5)
    monkeypatch.setattr(read_containers, "BATCH_PAGES", 2)
    sizes: list[int] = []
    original = read_containers._convert_batch

    def recording(batch, *args):
        sizes.append(len(batch))
        return original(batch, *args)

    monkeypatch.setattr(read_containers, "_convert_batch", recording)
    assert run(raw_dir, docs_dir).ok
    assert max(sizes) <= 2 and sum(sizes) == 5


def test_next_pages_are_read_while_a_batch_converts(raw_dir, docs_dir, monkeypatch):
    # Reading the container in this process once left the workers idle between batches.
    crawl(raw_dir, pages=6)
    monkeypatch.setattr(read_containers, "BATCH_PAGES", 2)
    scanned: list[str] = []
    scan, convert = read_containers.find_images, read_containers._convert_batch

    def scanning(page, *args):
        scanned.append(page.raw)
        return scan(page, *args)

    read_during_first: list[int] = []

    def converting(batch, *args):
        if not read_during_first:  # the first batch: do the pages after it arrive while it converts?
            deadline = time.monotonic() + SLACK
            while len(scanned) < 4 and time.monotonic() < deadline:
                time.sleep(0.01)
            read_during_first.append(len(scanned))
        return convert(batch, *args)

    monkeypatch.setattr(read_containers, "find_images", scanning)
    monkeypatch.setattr(read_containers, "_convert_batch", converting)
    assert run(raw_dir, docs_dir).ok
    assert read_during_first[0] >= 4
    assert len(articles(docs_dir)) == 6


def test_read_later_entries_join_saved_pages_by_url_and_unmatched_urls_are_only_reported(raw_dir, docs_dir):
    crawl(raw_dir, pages=1)
    (raw_dir / "pocket.csv").write_text(
        "title,url,time_added,tags,status\n"
        "Zero,http://www.news.example/0/,1761987600,later|budget,unread\n"
        "Never saved,https://example.org/only-here,1761987700,,unread\n",
        "utf-8",
    )
    report = run(raw_dir, docs_dir)
    assert report.ok
    assert report.unmatched == [("pocket.csv#row-3", "https://example.org/only-here")]
    ((meta, _),) = articles(docs_dir).values()
    assert meta["tags"] == ["later", "budget"]
    # The crawl's own capture date wins over the time the URL was added to Pocket.
    assert meta["saved"] == "2026-11-01T10:00:00+00:00"


def test_images_left_out_are_reported_per_page_and_never_written(raw_dir, docs_dir, capsys):
    svg = "data:image/svg+xml;base64," + base64.b64encode(b"<svg><script>alert(1)</script></svg>").decode()
    records = [
        WarcRecord(
            "https://news.example/0",
            page_html(0, "/fake.png").replace(b"</article>", f'<img src="{svg}" alt="s"></article>'.encode()),
        ),
        WarcRecord("https://news.example/fake.png", b"<html><script>alert(1)</script></html>", "image/png"),
    ]
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    assert main(["convert", str(raw_dir), str(docs_dir), "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"image left out of crawl\.warc\.gz#<urn:uuid:[^>]+>: /fake\.png: not a PNG", out), out
    assert "data:image/svg+xml;base64," in out
    assert not (docs_dir / "assets").exists() or not any(p.is_file() for p in (docs_dir / "assets").rglob("*"))


def test_zip_members_with_dotdot_paths_write_nothing_outside_docs(tmp_path):
    raw, docs = tmp_path / "raw", tmp_path / "out" / "docs"
    raw.mkdir()
    (raw / "export.zip").write_bytes(
        zip_bytes([("../../evil.html", page_html(1)), ("/abs.html", page_html(2)), ("ok/page.html", page_html(3))])
    )
    report = convert_tree(ConvertOptions(raw_dir=raw, docs_dir=docs, jobs=1))
    assert [where for where, _ in report.failed] == [
        "export.zip: member '../../evil.html'",
        "export.zip: member '/abs.html'",
    ]
    assert [meta["raw"] for meta, _ in articles(docs).values()] == ["export.zip!ok/page.html"]
    outside = {
        p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(docs) and not p.is_relative_to(raw)
    }
    assert outside == set()


def test_an_image_two_containers_share_stays_while_one_still_uses_it(raw_dir, docs_dir):
    crawl(raw_dir, pages=1, name="a.warc.gz")
    records = [
        WarcRecord("https://other.example/9", page_html(9, "/img/0.png")),
        WarcRecord("https://other.example/img/0.png", png(rgb=(0, 10, 10)), "image/png"),
    ]
    (raw_dir / "b.warc.gz").write_bytes(warc_bytes(records))
    assert run(raw_dir, docs_dir).ok
    (shared,) = [p for p in (docs_dir / "assets").rglob("*") if p.is_file()]
    (raw_dir / "a.warc.gz").unlink()
    assert run(raw_dir, docs_dir).ok
    assert shared.read_bytes() == png(rgb=(0, 10, 10))
    (raw_dir / "b.warc.gz").unlink()
    assert run(raw_dir, docs_dir).ok
    assert not shared.exists()


def test_fifty_megabyte_data_uri_is_reported_and_the_page_converts(raw_dir, docs_dir):
    uri = "data:image/png;base64," + "A" * (50 * 1024 * 1024)
    singlefile = "<!-- Page saved with SingleFile \n url: https://sf.example/1 -->\n" + page_html(1).decode()
    singlefile = singlefile.replace("</article>", f'<img src="{uri}" alt="big"></article>')
    (raw_dir / "big.html").write_text(singlefile, "utf-8")
    report = run(raw_dir, docs_dir)
    assert report.ok
    ((page, src, why),) = report.images_left_out
    assert page == "big.html" and src.startswith("data:image/png;base64,AAAA") and len(src) < 100
    assert why == f"about {len(uri) * 3 // 4} bytes, over the image cap"
    ((meta, body),) = articles(docs_dir).values()
    assert meta["source"]["url"] == "https://sf.example/1" and "AAAA" not in body
    assert not (docs_dir / "assets").exists()


def test_repeated_captures_and_a_revisit_are_one_article_naming_its_captures(raw_dir, docs_dir):
    url = "https://news.example/0"
    records = [
        WarcRecord(url, page_html(0), date="2026-10-01T09:00:00Z"),
        WarcRecord(url, page_html(0), date="2026-10-05T09:00:00Z"),
        WarcRecord(url, b"", date="2026-11-02T09:00:00Z", record_type="revisit"),
    ]
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    assert run(raw_dir, docs_dir).ok
    ((meta, _),) = articles(docs_dir).values()
    # The latest good capture is the article; the others are named.
    assert meta["saved"] == "2026-10-05T09:00:00+00:00"
    assert len(meta["also_raw"]) == 2
    assert all(re.fullmatch(r"crawl\.warc\.gz#<urn:uuid:[0-9a-f-]{36}>", raw) for raw in meta["also_raw"])
    assert meta["raw"] not in meta["also_raw"]


def _many_parts_mhtml() -> bytes:
    message = mhtml_bytes(page_html(5), "https://news.example/5", "Many parts")
    start = message.index(b'boundary="') + len(b'boundary="')
    boundary = message[start : message.index(b'"', start)]
    head = message[: message.rindex(b"--" + boundary + b"--")]
    part = b"--" + boundary + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
    parts = [part + b"Content-Location: https://news.example/%d.png\r\n\r\niVBORw0KGgo=\r\n" % n for n in range(10_000)]
    return head + b"".join(parts) + b"--" + boundary + b"--\r\n"


def _lying_warc() -> bytes:
    data = warc_bytes([WarcRecord(f"https://news.example/{n}", page_html(n)) for n in range(3)], gzip=False)
    length = re.search(rb"Content-Length: (\d+)\r\n\r\nHTTP", data)
    assert length is not None
    return data.replace(length.group(0), b"Content-Length: 100\r\n\r\nHTTP", 1)


@pytest.mark.parametrize(
    ("name", "make", "failure", "pages"),
    [
        (
            "bomb.zip",
            lambda: zip_bytes([("bomb.html", b"<html>" + b"\0" * 20_000_000), ("ok.html", page_html(4))]),
            "compression ratio",
            1,
        ),
        ("many.mht", _many_parts_mhtml, "10001 parts; only the first 2000 were read", 1),
        ("lying.warc", _lying_warc, "Content-Length is wrong", 2),
    ],
)
def test_bad_containers_end_with_a_clear_message_and_the_rest_converts(raw_dir, docs_dir, name, make, failure, pages):
    (raw_dir / name).write_bytes(make())
    (raw_dir / "loose.html").write_bytes(page_html(8))
    report = run(raw_dir, docs_dir)
    assert len(report.failed) == 1
    where, why = report.failed[0]
    assert where.startswith(f"{name}: ") and failure in why
    raws = [meta["raw"] for meta, _ in articles(docs_dir).values()]
    assert "loose.html" in raws and len(raws) == pages + 1


def test_images_that_cannot_be_written_leave_links_and_the_container_is_read_again(raw_dir, docs_dir, monkeypatch):
    crawl(raw_dir, pages=1)

    def full_disk(self, data):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(read_containers.AssetStore, "store", full_disk)
        report = run(raw_dir, docs_dir)
    assert report.ok
    assert [(src, why) for _, src, why in report.images_left_out] == [
        ("(every image)", "cannot be written: No space left on device")
    ]
    ((_, body),) = articles(docs_dir).values()
    # Resolved against the URL the crawler recorded, as a page not held by its container.
    assert "![Chart 0](<https://news.example/img/0.png>)" in body
    # The disk has room again: the next run reads the container again and the image is local.
    again = run(raw_dir, docs_dir)
    assert again.ok and again.images_left_out == []
    ((_, body),) = articles(docs_dir).values()
    assert re.search(r"!\[Chart 0\]\(assets/[0-9a-f]{2}/[0-9a-f]{64}\.png\)", body)


def test_a_rerun_with_nothing_changed_stops_early_and_reports_the_same(raw_dir, docs_dir, monkeypatch):

    crawl(raw_dir, pages=2)
    (raw_dir / "items.jsonl").write_text('{"url": "https://jl.example/x", "html": "<p>short</p>"}\n{"url": ', "utf-8")
    svg = "data:image/svg+xml;base64," + base64.b64encode(b"<svg/>").decode()
    (raw_dir / "one.html").write_text(
        "<!-- Page saved with SingleFile \n url: https://sf.example/1 -->\n"
        + page_html(3).decode().replace("</article>", f'<img src="{svg}" alt="s"></article>'),
        "utf-8",
    )
    (raw_dir / "pocket.csv").write_text(
        "title,url,time_added,tags,status\nGone,https://example.org/gone,1761987700,,unread\n", "utf-8"
    )
    first = run(raw_dir, docs_dir)
    assert first.failed and first.images_left_out and first.unmatched

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the run did not stop early")

    with monkeypatch.context() as patched:
        patched.setattr(read_containers, "convert_containers", refuse)
        again = run(raw_dir, docs_dir)
    assert (again.failed, again.images_left_out, again.unmatched) == (
        first.failed,
        first.images_left_out,
        first.unmatched,
    )
    assert again.articles == first.articles and again.converted == []

    # An export changed: the run goes on (and finds the containers unchanged).
    (raw_dir / "pocket.csv").write_text(
        "title,url,time_added,tags,status\nZero,https://news.example/0,1761987700,later,unread\n", "utf-8"
    )
    changed = run(raw_dir, docs_dir)
    assert changed.unmatched == [] and changed.converted == []
    by_url = {meta["source"]["url"]: meta for meta, _ in articles(docs_dir).values()}
    assert by_url["https://news.example/0"]["tags"] == ["later"]


def test_json_lines_text_field_is_read_as_a_text_dump(raw_dir, docs_dir):
    from tests.support import text_dump

    dump = text_dump("A story about the harbour budget")
    (raw_dir / "dumps.jsonl").write_text(json.dumps({"url": "https://t.example/1", "text": dump}) + "\n", "utf-8")
    assert run(raw_dir, docs_dir).ok
    ((meta, body),) = articles(docs_dir).values()
    assert meta["title"] == "A story about the harbour budget"
    assert meta["raw"] == "dumps.jsonl#line-1" and meta["source"]["url"] == "https://t.example/1"
    assert body.strip()


def test_workers_are_forked_before_the_read_ahead_thread_starts(raw_dir, docs_dir, monkeypatch):
    # Python 3.12 warns on forking a threaded process (an error under this suite's filterwarnings).
    from converter.workers import Workers

    crawl(raw_dir, pages=3)
    monkeypatch.setattr(read_containers, "BATCH_PAGES", 1)  # the first batch converts while pages are read
    scan = read_containers.find_images

    def slow_scan(*args):
        time.sleep(0.2)
        return scan(*args)

    monkeypatch.setattr(read_containers, "find_images", slow_scan)
    threads_at_fork: list[bool] = []
    start = Workers._start

    def recording(self):
        threads_at_fork.append(any(thread.name == "read-ahead" for thread in threading.enumerate()))
        return start(self)

    monkeypatch.setattr(Workers, "_start", recording)
    assert run(raw_dir, docs_dir, jobs=2).ok
    assert threads_at_fork and not any(threads_at_fork)


def test_a_container_page_that_does_not_convert_is_reported_by_its_record_and_again_on_a_rerun(raw_dir, docs_dir):
    empty = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"  # no article in it
    records = [WarcRecord("https://news.example/0", page_html(0)), WarcRecord("https://news.example/empty", empty)]
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    report = run(raw_dir, docs_dir)
    assert not report.ok
    assert [(where.split("#")[0], "no main content" in why) for where, why in report.failed] == [
        ("crawl.warc.gz", True)
    ]
    assert [meta["raw"].split("#")[0] for meta, _ in articles(docs_dir).values()] == ["crawl.warc.gz"]
    again = run(raw_dir, docs_dir)  # nothing changed: the failure is told again, from the container's record
    assert again.failed == report.failed

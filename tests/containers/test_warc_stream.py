"""A WARC read in one pass for conversion (WarcReader.stream): the pages of the two-pass `items()`, read once.

Pages handed on before the WARC is read to its end may be withdrawn (`Superseded`) by a later record;
taken with the withdrawals, what `stream()` gives is what `items()` gives, damage included.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import re
import tracemalloc
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.recordloader import ArcWarcRecord

import converter.containers as containers
import converter.saved as saved
from converter.article import Extraction
from converter.containers import ContainerLimits, Failure, SavedPage, Superseded, open_container
from converter.containers.pageimages import FoundImages
from converter.containers.samples import WarcRecord, png, warc_bytes
from converter.containers.warc import WarcReader
from converter.frontmatter import parse_document
from converter.options import ConvertOptions
from converter.pipeline import convert_tree

Settled = tuple[list[tuple[str, bytes, str | None, datetime | None, tuple[str, ...]]], list[str]]


def page(number: int, img: str = "") -> bytes:
    figure = f'<img src="{img}">' if img else ""
    return f"<html><title>Page {number}</title><body><p>{'Story text. ' * 50}</p>{figure}</body></html>".encode()


def settled(items: Iterable[SavedPage | Failure | Superseded]) -> Settled:
    """The pages (by raw) and failures left once every withdrawal is applied."""
    pages: dict[str, SavedPage] = {}
    failures = []
    for item in items:
        if isinstance(item, Superseded):
            for raw in item.raws:
                del pages[raw]  # a withdrawal names only a page handed on before it
        elif isinstance(item, Failure):
            failures.append(str(item))
        else:
            pages[item.raw] = item
    found = [(p.raw, p.data, p.url, p.saved, p.captures) for p in sorted(pages.values(), key=lambda p: p.raw)]
    return found, failures


def both(data: bytes, limits: ContainerLimits | None = None) -> tuple[Settled, Settled]:
    """What the two-pass read gives, and what the one-pass read settles to."""
    extra = () if limits is None else (limits,)
    two = WarcReader(lambda: io.BytesIO(data), "crawl.warc.gz", *extra)
    one = WarcReader(lambda: io.BytesIO(data), "crawl.warc.gz", *extra)
    return settled(two.items()), settled(one.stream())


def stream(data: bytes) -> list[SavedPage | Failure | Superseded]:
    return list(WarcReader(lambda: io.BytesIO(data), "crawl.warc.gz").stream())


def urls(items: list[SavedPage | Failure | Superseded]) -> list[str]:
    return [item.url or "" if isinstance(item, SavedPage) else type(item).__name__ for item in items]


class Counted(io.BytesIO):
    """A file that counts the bytes read from it, whoever opens it."""

    read_bytes = 0

    def read(self, size: int | None = -1, /) -> bytes:
        data = super().read(size)
        Counted.read_bytes += len(data)
        return data


def test_a_warc_of_html_pages_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The two-pass read inflated and parsed every page's record twice (index pass, then a seek to each page).
    data = warc_bytes([WarcRecord(f"https://news.example/{n}", page(n)) for n in range(20)])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    Counted.read_bytes = 0
    monkeypatch.setattr(containers, "open", lambda *_: Counted(data), raising=False)
    with open_container(path, "crawl.warc.gz") as container:
        items = list(container.items())
    assert [item.url for item in items if isinstance(item, SavedPage)] == [
        f"https://news.example/{n}" for n in range(20)
    ]
    assert not any(isinstance(item, (Failure, Superseded)) for item in items)
    assert Counted.read_bytes < 1.2 * len(data)
    two, one = both(data)
    assert one == two


def test_one_pass_streams_a_big_record_without_holding_it() -> None:
    # A record that is no page and no asset (here a 404) is read through in chunks, never held,
    # and pages keep going out around it.
    big = WarcRecord("https://news.example/missing", b"\x00" * (20 * 1024 * 1024), status="404 Not Found")
    data = warc_bytes(
        [WarcRecord("https://news.example/0", page(0)), big, WarcRecord("https://news.example/1", page(1))], gzip=False
    )
    reader = WarcReader(lambda: io.BytesIO(data), "crawl.warc", ContainerLimits())
    tracemalloc.start()
    found = urls(list(reader.stream()))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert found == ["https://news.example/0", "https://news.example/1"]
    assert peak < 4 * 1024 * 1024


def test_a_page_captured_again_later_is_withdrawn_and_read_at_the_end() -> None:
    data = warc_bytes(
        [
            WarcRecord("https://news.example/a", page(1), date="2026-01-01T00:00:00Z"),
            WarcRecord("https://news.example/b", page(2)),
            WarcRecord("https://news.example/a", page(3), date="2026-03-01T00:00:00Z"),
        ]
    )
    items = stream(data)
    assert urls(items) == ["https://news.example/a", "https://news.example/b", "Superseded", "https://news.example/a"]
    old, withdrawal, new = items[0], items[2], items[3]
    assert isinstance(old, SavedPage) and isinstance(withdrawal, Superseded) and isinstance(new, SavedPage)
    assert withdrawal.raws == (old.raw,)
    assert new.data == page(3) and new.captures == (old.raw.split("#", 1)[1],)
    two, one = both(data)
    assert one == two


def test_a_revisit_of_a_page_handed_on_withdraws_it() -> None:
    data = warc_bytes(
        [
            WarcRecord("https://news.example/a", page(1), date="2026-01-01T00:00:00Z"),
            WarcRecord("https://news.example/b", page(2)),
            WarcRecord("https://news.example/a", b"", date="2026-05-01T00:00:00Z", record_type="revisit"),
        ]
    )
    items = stream(data)
    assert urls(items) == ["https://news.example/a", "https://news.example/b", "Superseded", "https://news.example/a"]
    final = items[3]
    assert isinstance(final, SavedPage) and len(final.captures) == 1
    two, one = both(data)
    assert one == two


def test_a_crawl_with_its_images_withdraws_nothing() -> None:
    # A crawler records a page's images after it: the first image stops the handing on before the page
    # (still waiting for the next page) has gone out, so no page is converted twice.
    records = []
    for n in range(3):
        records += [
            WarcRecord(f"https://news.example/{n}", page(n, f"/img/{n}.png")),
            WarcRecord(f"https://news.example/img/{n}.png", png(rgb=(n, 0, 0)), "image/png"),
        ]
    items = stream(warc_bytes(records))
    assert urls(items) == [f"https://news.example/{n}" for n in range(3)]
    first = items[0]
    assert isinstance(first, SavedPage) and first.asset("/img/0.png", 10_000) == png(rgb=(0, 0, 0))


def test_an_image_after_two_pages_withdraws_the_page_gone_out() -> None:
    data = warc_bytes(
        [
            WarcRecord("https://news.example/a", page(1, "/img.png")),
            WarcRecord("https://news.example/b", page(2, "/img.png")),
            WarcRecord("https://news.example/img.png", png(), "image/png"),
        ]
    )
    items = stream(data)
    assert urls(items) == ["https://news.example/a", "Superseded", "https://news.example/a", "https://news.example/b"]
    again = items[2]
    assert isinstance(again, SavedPage) and again.asset("/img.png", 10_000) == png()
    two, one = both(data)
    assert one == two


def test_a_page_over_the_cap_fails_as_in_two_passes() -> None:
    data = warc_bytes([WarcRecord("https://news.example/a", page(1)), WarcRecord("https://news.example/b", b"<p>b")])
    two, one = both(data, ContainerLimits(page_bytes=100))
    assert one == two
    assert one[0][0][2] == "https://news.example/b" and len(one[1]) == 1 and "over the cap" in one[1][0]


def test_a_payload_that_cannot_be_decoded_fails_that_page_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(io.BytesIO):
        def read(self, size: int | None = -1, /) -> bytes:
            raise ValueError("bad chunk")

    original = ArcWarcRecord.content_stream

    def content_stream(record: ArcWarcRecord) -> object:
        url = record.rec_headers.get_header("WARC-Target-URI")
        return Broken() if url == "https://news.example/a" else original(record)

    monkeypatch.setattr(ArcWarcRecord, "content_stream", content_stream)
    data = warc_bytes([WarcRecord("https://news.example/a", page(1)), WarcRecord("https://news.example/b", page(2))])
    two, one = both(data)
    assert one == two
    assert [found[2] for found in one[0]] == ["https://news.example/b"]
    assert len(one[1]) == 1 and one[1][0].endswith("cannot be read (bad chunk)")


RECORDS = [WarcRecord(f"https://news.example/{n}", page(n)) for n in range(4)]


def _lying(declared: int) -> bytes:
    data = warc_bytes(RECORDS, gzip=False)
    first = re.search(rb"Content-Length: (\d+)\r\n\r\nHTTP", data)
    assert first is not None
    return data.replace(first.group(0), f"Content-Length: {declared}\r\n\r\nHTTP".encode(), 1)


def _corrupt_member() -> bytes:
    data = warc_bytes(RECORDS)
    starts = [m.start() for m in re.finditer(b"\x1f\x8b\x08", data)]
    return data[: starts[1] + 30] + b"\xff" * 40 + data[starts[1] + 70 :]


DAMAGED = {
    "truncated gzip member": warc_bytes(RECORDS)[:-40],
    "corrupt gzip member": _corrupt_member(),
    "length lies short": _lying(100),
    "length lies long": _lying(9000),
    "uncompressed cut short": warc_bytes(RECORDS, gzip=False)[:-500],
    "gzipped as a whole": gzip.compress(warc_bytes(RECORDS, gzip=False)),
    "not a WARC": b"<html>this is not a WARC</html>" * 10,
}


@pytest.mark.parametrize("name", DAMAGED)
def test_damage_is_reported_as_in_two_passes(name: str) -> None:
    two, one = both(DAMAGED[name])
    assert two[1], "the case is damaged"
    assert one == two


KINDS = ["page", "page", "page", "revisit", "image", "redirect", "not found"]


@settings(max_examples=60, deadline=None)
@given(
    specs=st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from("abc")), min_size=1, max_size=9),
    days=st.permutations(range(1, 10)),
    compressed=st.booleans(),
)
def test_stream_settles_to_what_two_passes_give(
    specs: list[tuple[str, str]], days: list[int], compressed: bool
) -> None:
    records = []
    for (kind, name), day in zip(specs, days, strict=False):
        date = f"2026-01-{day:02d}T00:00:00Z"  # distinct dates: distinct record ids, and captures out of order
        url = f"https://news.example/{name}"
        if kind == "page":
            records.append(WarcRecord(url, page(day, "/img/c"), date=date))
        elif kind == "revisit":
            records.append(WarcRecord(url, b"", date=date, record_type="revisit"))
        elif kind == "image":
            records.append(WarcRecord(f"https://news.example/img/{name}", png(), "image/png", date=date))
        elif kind == "redirect":
            records.append(WarcRecord(url, b"", date=date, status="301 Moved", headers=(("Location", "/c"),)))
        else:
            records.append(WarcRecord(url, b"<p>gone", date=date, status="404 Not Found"))
    two, one = both(warc_bytes(records, gzip=compressed))
    assert one == two


def test_withdrawn_pages_leave_one_article_each_and_a_rerun_reads_nothing(raw_dir: Path, docs_dir: Path) -> None:
    # Through the whole run: "a" goes out (and is converted) before its later capture withdraws it.
    def story(name: str) -> str:  # distinct words per page: pages with the same body would be one article
        words = ["the", "council", "met", "to", "discuss", "the", "budget", "until", "late"]
        return " ".join(f"{word}{name}" for word in words * 8)

    figure = '<figure><img src="/i.png" alt="Chart"><figcaption>The chart.</figcaption></figure>'
    records = [
        WarcRecord("https://news.example/a", f"<html><h1>Old a</h1><p>{story('old')}</p></html>".encode(), date=day(1)),
        WarcRecord(
            "https://news.example/b", f"<html><h1>B</h1><p>{story('b')}</p>{figure}<p>{story('b')}</p></html>".encode()
        ),
        WarcRecord("https://news.example/a", f"<html><h1>New a</h1><p>{story('new')}</p></html>".encode(), date=day(3)),
        WarcRecord("https://news.example/i.png", png(), "image/png"),
    ]
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    items = stream((raw_dir / "crawl.warc.gz").read_bytes())
    assert "Superseded" in urls(items)
    report = convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1))
    assert report.ok, report.failed
    found = {}
    for path in sorted(docs_dir.glob("*.md")):
        meta, body = parse_document(path.read_text("utf-8"))
        assert meta is not None
        found[meta["source"]["url"]] = (meta, body)
    assert sorted(found) == ["https://news.example/a", "https://news.example/b"]
    meta_a, body_a = found["https://news.example/a"]
    assert meta_a["title"] == "New a" and "councilnew" in body_a and "councilold" not in body_a
    assert len(meta_a["also_raw"]) == 1 and meta_a["raw"] not in meta_a["also_raw"]
    assert "](assets/" in found["https://news.example/b"][1]
    assert sorted(report.converted) == sorted(meta["raw"] for meta, _ in found.values())
    state = json.loads((docs_dir / ".converter-containers.json").read_text("utf-8"))
    (record,) = state["containers"].values() if "containers" in state else state.values()
    assert sorted(raw for raw, _ in record["pages"]) == sorted(report.converted)
    again = convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1))
    assert again.ok and again.converted == [] and again.articles == 2


def day(number: int) -> str:
    return f"2026-01-{number:02d}T00:00:00Z"


def story_page(title: str, extra: str = "") -> bytes:
    words = ["the", "council", "met", "to", "discuss", "the", "budget", "until", "late"]
    story = " ".join(f"{word}{title.lower()}" for word in words * 8)
    return f"<html><h1>{title}</h1><p>{story}</p>{extra}<p>{story}</p></html>".encode()


@pytest.mark.parametrize("force", [False, True])
def test_pages_withdrawn_by_an_image_are_converted_once_and_counted_converted(
    raw_dir: Path, docs_dir: Path, monkeypatch: pytest.MonkeyPatch, force: bool
) -> None:
    # Pages first, then an image none shows: the pages gone out are withdrawn and read again at the end,
    # their results then found in the cache (this run's, even with --force): each converted once, and
    # counted converted, not reused.
    records = [WarcRecord(f"https://news.example/{name}", story_page(name)) for name in ("a", "b", "c")]
    records.append(WarcRecord("https://news.example/logo.png", png(), "image/png"))
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    assert urls(stream((raw_dir / "crawl.warc.gz").read_bytes())).count("Superseded") == 1
    convert_saved, conversions = saved.convert_saved, []

    def counted(job: saved.SavedJob, *found: list[FoundImages]) -> Extraction:
        conversions.append(job.raw)
        return convert_saved(job, *found)

    monkeypatch.setattr(saved, "convert_saved", counted)
    options = ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1, page_timeout=0, force=force)
    report = convert_tree(options)  # (one job and no time limit: the pages convert in this process)
    assert report.ok and report.articles == 3
    assert len(conversions) == 3 and sorted(conversions) == sorted(report.converted)
    assert report.reused == 0
    again = convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1))
    assert (len(again.converted), again.reused) == (0, 3)


def test_an_image_written_for_a_withdrawn_page_does_not_stay(raw_dir: Path, docs_dir: Path) -> None:
    # "a" first shows an inlined image (written when it goes out); its later capture shows none.
    inlined = f'<img src="data:image/png;base64,{base64.b64encode(png(6, 6)).decode()}" alt="Chart">'
    records = [
        WarcRecord("https://news.example/a", story_page("Old", inlined), date=day(1)),
        WarcRecord("https://news.example/b", story_page("Bee")),
        WarcRecord("https://news.example/a", story_page("New"), date=day(3)),
    ]
    (raw_dir / "crawl.warc.gz").write_bytes(warc_bytes(records))
    assert "Superseded" in urls(stream((raw_dir / "crawl.warc.gz").read_bytes()))
    report = convert_tree(ConvertOptions(raw_dir=raw_dir, docs_dir=docs_dir, jobs=1))
    assert report.ok and report.articles == 2
    assert not any("](assets/" in path.read_text("utf-8") for path in docs_dir.glob("*.md"))
    assert sorted(path.name for path in (docs_dir / "assets").rglob("*") if path.is_file()) == []

"""Write one sample of each saved-page container into raw/containers/, from the bundled test pages.

    .venv/bin/python scripts/make_samples.py [--out raw/containers]

Each page (real news pages from Scrapinghub's benchmark, MIT license, tests/pages/LICENSE) is
shrunk (scripts and styles dropped) and given one figure whose image the container holds, so a
site built from the samples shows local images. The output is the same byte for byte on every run.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from converter.containers.samples import (  # noqa: E402  (the repository root is put on the path above)
    WarcRecord,
    mhtml_bytes,
    png,
    wacz_bytes,
    warc_bytes,
    write,
    zip_bytes,
)

PAGES = ROOT / "tests" / "pages" / "html"
# Which page goes into which container (file-name prefixes in tests/pages/html).
CHOICE = {
    "warc": ("06e5123e", "06ee193d"),
    "wacz": ("0dd13570",),
    "mhtml": ("042bb7b5",),
    "singlefile": ("05844573",),
    "complete": ("08f79376",),
    "singlefile_zip": ("3cb5e2f4",),
    "jsonl": ("57e2e988",),
    "wallabag": ("30b771a4",),
    "omnivore": ("51374560",),
}
SAVED = "2026-11-01T10:00:00Z"
_DROP = re.compile(rb"<(script|style|noscript|svg)\b(?![^>]*ld\+json)[^>]*>.*?</\1\s*>", re.S | re.I)
_CANONICAL = re.compile(rb'<link[^>]*rel="canonical"[^>]*href="([^"]+)"', re.I)
_TITLE = re.compile(rb"<title[^>]*>\s*([^<]+?)\s*</title>", re.I)
_H1_END = re.compile(rb"</h1\s*>", re.I)
_PROSE_END = re.compile(rb"<p\b[^>]*>[^<]{80,}.*?</p\s*>", re.I | re.S)
_HEAD_END = re.compile(rb"</head\s*>", re.I)


@dataclass(frozen=True)
class Sample:
    html: bytes  # the page, its figure's image referenced by `src`
    url: str
    title: str
    image: bytes


def sample(prefix: str, number: int, src: str | None = None) -> Sample:
    """A shrunk page with a figure; `src` is how the page refers to its image (default: the absolute URL)."""
    (path,) = PAGES.glob(f"{prefix}*.html")
    data = _DROP.sub(b"", path.read_bytes())
    url = _match(_CANONICAL, data) or f"https://example.org/{prefix}"
    title = _match(_TITLE, data) or prefix
    image_url = url.split("/", 3)[0] + "//" + url.split("/", 3)[2] + f"/sample-images/{prefix}.png"
    src = src or image_url
    figure = (
        f'<figure><img src="{src}" alt="Sample figure {number}" width="64" height="40">'
        f"<figcaption>Figure {number}: an image the container holds.</figcaption></figure>"
    ).encode()
    # After the article's first paragraph of prose (past its headline): inside what extraction keeps.
    match = _H1_END.search(data)
    start = match.end() if match else data.lower().find(b"<body")
    prose = _PROSE_END.search(data, start)
    at = prose.end() if prose else start
    data = data[:at] + figure + data[at:]
    meta = f'<meta property="og:image" content="{image_url}">'.encode()
    head = _HEAD_END.search(data)
    if head:
        data = data[: head.start()] + meta + data[head.start() :]
    colour = (40 + 20 * number % 200, 90 + 30 * number % 160, 160 - 10 * number % 150)
    return Sample(data, url, title, png(64, 40, colour))


def _match(pattern: re.Pattern[bytes], data: bytes) -> str | None:
    found = pattern.search(data)
    return found.group(1).decode("utf-8", "replace").strip() if found else None


def image_url(page: Sample) -> str:
    found = re.search(rb'<img src="([^"]+)" alt="Sample figure', page.html)
    assert found is not None
    return found.group(1).decode()


def make(out: Path) -> list[Path]:
    written = []
    first, second = (sample(prefix, n) for n, prefix in enumerate(CHOICE["warc"], 1))
    records = [
        WarcRecord(first.url, first.html, date="2026-10-01T09:00:00Z"),
        WarcRecord(image_url(first), first.image, "image/png", date="2026-10-01T09:00:01Z"),
        WarcRecord(second.url, second.html, date=SAVED),
        WarcRecord(image_url(second), second.image, "image/png", date=SAVED),
        # A later visit found the first page unchanged: one article naming both captures.
        WarcRecord(first.url, b"", date="2026-11-02T09:00:00Z", record_type="revisit"),
    ]
    written.append(write(out / "crawl.warc.gz", warc_bytes(records)))

    page = sample(CHOICE["wacz"][0], 3)
    warc = warc_bytes([WarcRecord(page.url, page.html), WarcRecord(image_url(page), page.image, "image/png")])
    listing = [{"id": "1", "url": page.url, "title": page.title, "ts": SAVED}]
    written.append(write(out / "site.wacz", wacz_bytes(warc, listing)))

    page = sample(CHOICE["mhtml"][0], 4)
    parts = [(image_url(page), "image/png", page.image)]
    written.append(write(out / "page.mhtml", mhtml_bytes(page.html, page.url, page.title, parts)))

    page = sample(CHOICE["singlefile"][0], 5)
    inline = "data:image/png;base64," + base64.b64encode(page.image).decode()
    # SingleFile inlines the images of the page, not the URLs in its meta tags.
    html = page.html.replace(f'<img src="{image_url(page)}"'.encode(), f'<img src="{inline}"'.encode(), 1)
    comment = (
        f"<!--\n Page saved with SingleFile \n url: {page.url} \n"
        " saved date: Sun Nov 01 2026 10:00:00 GMT+0000 (Coordinated Universal Time)\n-->"
    ).encode()
    written.append(write(out / "singlefile.html", html.replace(b"<html", comment + b"<html", 1)))

    page = sample(CHOICE["complete"][0], 6, src="./page_files/figure.png")
    mark = f"<!-- saved from url=({len(page.url):04d}){page.url} -->\n".encode()
    written.append(write(out / "complete" / "page.html", mark + page.html))
    written.append(write(out / "complete" / "page_files" / "figure.png", page.image))

    page = sample(CHOICE["singlefile_zip"][0], 7, src="images/0.png")
    members = [("index.html", page.html), ("images/0.png", page.image)]
    written.append(write(out / "singlefile.zip", zip_bytes(members)))

    page = sample(CHOICE["jsonl"][0], 8)
    line = {"url": page.url, "title": page.title, "html": page.html.decode("utf-8", "replace")}
    written.append(write(out / "scraped.jsonl", (json.dumps(line, ensure_ascii=False) + "\n").encode()))

    page = sample(CHOICE["wallabag"][0], 9)
    entry = {
        "is_archived": 0, "is_starred": 1, "tags": ["music"], "is_public": False, "id": 1, "title": page.title,
        "url": page.url, "content": page.html.decode("utf-8", "replace"), "created_at": "2026-11-01T10:00:00+00:00",
        "published_by": [], "annotations": [], "mimetype": "text/html", "preview_picture": image_url(page),
    }  # fmt: skip
    written.append(write(out / "wallabag.json", json.dumps([entry], ensure_ascii=False, indent=1).encode()))

    page = sample(CHOICE["omnivore"][0], 10, src="../images/figure.png")
    meta = [{"id": "1", "slug": "home-depot", "title": page.title, "url": page.url, "labels": ["markets"],
             "savedAt": "2026-11-01T10:00:00.000Z", "state": "Archived"}]  # fmt: skip
    members = [
        ("metadata_0_to_1.json", json.dumps(meta).encode()),
        ("content/home-depot.html", page.html),
        ("images/figure.png", page.image),
    ]
    written.append(write(out / "omnivore.zip", zip_bytes(members)))

    rows = io.StringIO()
    table = csv.writer(rows, lineterminator="\n")
    table.writerow(["title", "url", "time_added", "tags", "status"])
    table.writerow([first.title, first.url, "1761987600", "sample|pocket", "unread"])
    table.writerow(["Never saved", "https://example.org/read-it-later-only", "1761987700", "", "unread"])
    written.append(write(out / "pocket.csv", rows.getvalue().encode()))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "raw" / "containers")
    args = parser.parse_args(argv)
    for path in make(args.out):
        print(f"{path.stat().st_size:>8}  {path.relative_to(args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

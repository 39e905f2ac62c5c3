"""End to end: a container holding a page's lead image gives an article whose `image` is the archived
file, and the built site's listing shows that file as the story's thumbnail."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from converter.containers.samples import WarcRecord, mhtml_bytes, png, warc_bytes
from converter.frontmatter import parse_document
from converter.options import ConvertOptions
from converter.pipeline import convert_tree

sys.path.insert(0, str(Path(__file__).parents[1] / "site"))
from sitebuild import CONFIG, HOME  # the site tests' mini-site, used as it is

LEAD = "https://news.example/media/lead.png"
LEAD_PNG = png(8, 6, (30, 120, 200))
STORY = " ".join(f"The harbour board voted on the ferry timetable, item {n}." for n in range(40))


def page() -> bytes:
    return (
        f'<html><head><title>Ferry timetable vote</title><meta property="og:image" content="{LEAD}">'
        f'<meta name="author" content="Ann Example"><meta property="article:published_time" content="2026-10-30">'
        f"</head><body><article><h1>Ferry timetable vote</h1><p>{STORY}</p><p>{STORY}</p></article></body></html>"
    ).encode()


def warc(raw: Path) -> None:
    records = [WarcRecord("https://news.example/ferry", page()), WarcRecord(LEAD, LEAD_PNG, "image/png")]
    (raw / "crawl.warc.gz").write_bytes(warc_bytes(records))


def mhtml(raw: Path) -> None:
    data = mhtml_bytes(page(), "https://news.example/ferry", "Ferry timetable vote", [(LEAD, "image/png", LEAD_PNG)])
    (raw / "ferry.mhtml").write_bytes(data)


@pytest.mark.parametrize("save", [warc, mhtml], ids=["warc", "mhtml"])
def test_held_lead_image_is_the_articles_image_and_the_listings_thumbnail(tmp_path: Path, save: object) -> None:
    raw, docs = tmp_path / "raw", tmp_path / "docs"
    raw.mkdir()
    save(raw)  # type: ignore[operator]
    report = convert_tree(ConvertOptions(raw_dir=raw, docs_dir=docs / "articles", jobs=1))
    assert report.ok, report.failed
    (article,) = (docs / "articles").glob("*.md")
    meta, _ = parse_document(article.read_text("utf-8"))
    assert meta is not None
    digest = hashlib.sha256(LEAD_PNG).hexdigest()
    local = f"assets/{digest[:2]}/{digest}.png"
    assert meta["image"] == local  # the archived file, not the original address
    assert (docs / "articles" / local).read_bytes() == LEAD_PNG

    (docs / "index.md").write_text(HOME, "utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(site_url="https://user.github.io/repo/"), "utf-8")
    build(load_config(str(tmp_path / "mkdocs.yml"), strict=True))
    site = tmp_path / "site"
    for listing, prefix in [("index.html", ""), ("sources/news-example/index.html", "../../")]:
        html = (site / listing).read_text("utf-8")
        thumbs = re.findall(r'<img class="archive-entry__thumb" src="([^"]+)"', html)
        assert thumbs == [f"{prefix}articles/{local}"], (listing, thumbs)
    assert (site / "articles" / local).read_bytes() == LEAD_PNG  # the thumbnail's file is in the site
    # The article page shows it under its header (the body does not hold it), by a path that resolves.
    (article_page,) = list((site / "articles").glob("*/index.html"))
    (lead,) = re.findall(r'<img class="archive-lead" src="([^"]+)"', article_page.read_text("utf-8"))
    assert (article_page.parent / lead).resolve() == (site / "articles" / local).resolve()

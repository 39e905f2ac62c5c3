"""Only Markdown and sniffed raster images from docs/ reach the built site; local images show."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitebuild import CONFIG

from converter.containers.samples import png

ARTICLE = """\
---
title: A story with a held image
authors: []
date: '2026-01-02'
source: {name: Example, url: 'https://example.org/story'}
related: []
raw: crawl.warc.gz#<urn:uuid:1>
saved: '2026-11-01T10:00:00+00:00'
image: assets/ab/%(digest)s.png
---

Some text of the story.

![A red square](assets/ab/%(digest)s.png)

*The caption of the red square.*
"""


def test_svg_html_script_and_fake_images_are_dropped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    docs = tmp_path / "docs"
    assets = docs / "articles" / "assets" / "ab"
    assets.mkdir(parents=True)
    digest = "ab" + "0" * 62
    (assets / f"{digest}.png").write_bytes(png())
    (docs / "articles" / "story.md").write_text(ARTICLE % {"digest": digest}, "utf-8")
    (docs / "index.md").write_text("# Home\n", "utf-8")
    hostile = {
        "articles/assets/ab/evil.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "articles/page.html": b"<script>alert(1)</script>",
        "articles/assets/ab/fake.png": b"<html><script>alert(1)</script></html>",
        "tool.js": b"alert(1)",
    }
    for name, data in hostile.items():
        (docs / name).write_bytes(data)
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(site_url="https://example.org/"), "utf-8")
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.archive"):
        build(load_config(str(tmp_path / "mkdocs.yml")))
    site = tmp_path / "site"
    for name in hostile:
        assert not (site / name).exists(), name
        assert any(name in record.getMessage() for record in caplog.records), name
    assert (site / "articles" / "assets" / "ab" / f"{digest}.png").read_bytes() == png()
    page = (site / "articles" / "story" / "index.html").read_text("utf-8")
    # The local image is shown (not turned into a link to a remote host), with its alt text and caption.
    assert f'<img alt="A red square" src="../assets/ab/{digest}.png"' in page
    assert "The caption of the red square." in page

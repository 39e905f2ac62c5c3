"""Build a mini archive site from the fixture articles, in strict mode, into a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]

CONFIG = """\
site_name: Test Archive
site_url: {site_url}
docs_dir: docs
site_dir: site
theme:
  name: material
  font: false
  features: [navigation.instant, search.highlight]
plugins:
  - search
  - archive:
      home_per_page: 2
      per_page: 2
not_in_nav: |
  articles/
nav:
  - Home: index.md
  - Archive: archive/index.md
  - Sources: sources/index.md
  - Authors: authors/index.md
  - Tags: tags/index.md
"""

HOME = "# Test Archive\n\nSee the [archive](archive/index.md).\n"
# A hand-written page that is not an article: searchable, marked as a page.
ABOUT = "# About this archive\n\nThe wombat ledger of saved stories, kept by hand.\n"


def build_site(
    root: Path,
    site_url: str = "https://user.github.io/repo/",
    index: str = HOME,
    extra: dict[str, str] | None = None,
    *,
    strict: bool = True,
    pages: dict[str, str] | None = None,
    shard_pages: int = 2500,
) -> Path:
    """Copy the fixtures (and `extra` articles: file name → text; hand-written `pages` beside index.md) into
    `root`, build with mkdocs (in strict mode unless told, its search index in shards of `shard_pages`),
    return the site folder."""
    docs = root / "docs"
    shutil.copytree(FIXTURES / "articles", docs / "articles")
    for name, text in (extra or {}).items():
        (docs / "articles" / name).write_text(text, "utf-8")
    for name, text in (pages or {}).items():
        (docs / name).write_text(text, "utf-8")
    (docs / "index.md").write_text(index, "utf-8")
    shards = f"      search_shard_pages: {shard_pages}\n"
    (root / "mkdocs.yml").write_text(
        CONFIG.format(site_url=site_url).replace("  - archive:\n", "  - archive:\n" + shards), "utf-8"
    )
    config = load_config(str(root / "mkdocs.yml"), strict=strict)
    build(config)
    return root / "site"


# A hand-written page outside the articles: front matter from a person is untrusted too.
HANDWRITTEN = """---
title: ['</title><script>alert("handwritten")</script>']
template: redirect.html
location: 'javascript:alert("handwritten-location")'
---

# Hand-written
"""


def build_untrusted_site(root: Path, site_url: str = "https://user.github.io/repo/") -> Path:
    """The fixture articles plus fixtures/untrusted (hostile and malformed front matter), built without
    strict mode: every bad value is a warning, and the build must still complete."""
    docs = root / "docs"
    shutil.copytree(FIXTURES / "articles", docs / "articles")
    for page in (FIXTURES / "untrusted").glob("*.md"):
        shutil.copy(page, docs / "articles" / page.name)
    (docs / "index.md").write_text(HOME, "utf-8")
    (docs / "handwritten.md").write_text(HANDWRITTEN, "utf-8")
    (root / "mkdocs.yml").write_text(CONFIG.format(site_url=site_url), "utf-8")
    build(load_config(str(root / "mkdocs.yml"), strict=False))
    return root / "site"


# Two more articles for the browser tests: messy tags and a source given only as a host, which the
# site must clean (a CMS flag, a key=value, a repeated name) and name ("nytimes.com" is The New York Times).
MESSY = {
    "messy.md": """---
title: Messy tags story
authors: [Jane Roe]
date: '2019-11-18'
source: {name: nytimes.com, url: 'https://www.nytimes.com/2019/11/18/messy.html'}
tags: [_no-apple-news, 'News - News', news, type=article, 'source:tagname:abc', '  Climate   Change ']
---

A story whose tags came from a newsroom's CMS, flags and all.
""",
    "named.md": """---
title: Named source story
authors: [Jane Roe]
date: '2019-11-17'
source: {name: The New York Times, url: 'https://www.nytimes.com/2019/11/17/named.html'}
tags: [Climate change]
---

A story from the same publication, which names itself.
""",
}


def build_sample(work: Path, site_url: str | None, *, home_per_page: int = 5, per_page: int = 3) -> Path:
    """The converted sample raw/ pages, the fixture articles and MESSY, built from the project's mkdocs.yml
    with `mkdocs build --strict` (small pages, so every listing paginates). `site_url` None: no SITE_URL."""
    docs, site = work / "docs", work / "site"
    subprocess.run(
        [sys.executable, "-m", "converter", "convert", str(ROOT / "raw"), str(docs / "articles")],
        cwd=ROOT,
        check=False,
        capture_output=True,
    )
    for fixture in (FIXTURES / "articles").glob("*.md"):
        shutil.copy(fixture, docs / "articles" / fixture.name)
    for name, text in MESSY.items():
        (docs / "articles" / name).write_text(text, "utf-8")
    shutil.copy(ROOT / "docs" / "index.md", docs / "index.md")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace("docs_dir: docs", f"docs_dir: {docs}").replace("site_dir: site", f"site_dir: {site}")
    config = config.replace("home_per_page: 30", f"home_per_page: {home_per_page}")
    config = config.replace("per_page: 50", f"per_page: {per_page}")
    (work / "mkdocs.yml").write_text(config, "utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None)
    if site_url:
        env["SITE_URL"] = site_url
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run([str(mkdocs), "build", "--strict", "-q", "-f", str(work / "mkdocs.yml")], env=env, check=True)
    return site

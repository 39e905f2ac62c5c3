"""Build a mini archive site from the fixture articles, in strict mode, into a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

FIXTURES = Path(__file__).parent / "fixtures"

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


def build_site(
    root: Path, site_url: str = "https://user.github.io/repo/", index: str = HOME, extra: dict[str, str] | None = None,
    *, strict: bool = True,
) -> Path:
    """Copy the fixtures (and `extra` articles: file name → text) into `root`, build with mkdocs (in strict mode
    unless told), return the site folder."""
    docs = root / "docs"
    shutil.copytree(FIXTURES / "articles", docs / "articles")
    for name, text in (extra or {}).items():
        (docs / "articles" / name).write_text(text, "utf-8")
    (docs / "index.md").write_text(index, "utf-8")
    (root / "mkdocs.yml").write_text(CONFIG.format(site_url=site_url), "utf-8")
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

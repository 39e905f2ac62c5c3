"""The sample site builds with ProperDocs, the maintained fork of MkDocs 1.x, in strict mode.

MkDocs 1.x gets no releases and Material is in maintenance: this keeps a maintained builder working.
ProperDocs redirects `mkdocs.*` imports to its own modules for the whole process, so it runs in a child
process, never beside the in-process MkDocs builds of the other tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sitebuild import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
PROPERDOCS = Path(sys.executable).parent / "properdocs"


@pytest.mark.skipif(not PROPERDOCS.exists(), reason="properdocs is a dev dependency: pip install -e '.[dev]'")
def test_the_sample_site_builds_with_properdocs(tmp_path: Path) -> None:
    docs, site = tmp_path / "docs", tmp_path / "site"
    shutil.copytree(FIXTURES / "articles", docs / "articles")
    shutil.copy(ROOT / "docs" / "index.md", docs / "index.md")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace("docs_dir: docs", f"docs_dir: {docs}").replace("site_dir: site", f"site_dir: {site}")
    (tmp_path / "mkdocs.yml").write_text(config, "utf-8")
    env = {**os.environ, "SITE_URL": "https://user.github.io/repo/"}
    done = subprocess.run(
        [str(PROPERDOCS), "build", "--strict", "-f", str(tmp_path / "mkdocs.yml")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    audi = (site / "articles" / "audi" / "index.html").read_text("utf-8")
    assert "Audi reveals the e-tron Sportback" in audi
    assert 'class="archive-' in audi  # the archive plugin ran
    assert (site / "sources" / "slashgear" / "index.html").exists()
    assert "<item>" in (site / "feed.xml").read_text("utf-8")
    assert (site / "pagefind" / "pagefind-entry.json").exists()  # the search index was written

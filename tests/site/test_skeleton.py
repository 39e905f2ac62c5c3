"""Article pages built from one rendering of the theme's chrome (skeleton.py) are the theme's own pages, byte
for byte; every article's skip link goes to its heading."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitebuild import CONFIG, build_untrusted_site

from converter.site.plugin import ArchivePlugin
from converter.site.skeleton import Skeletons

# The search worker's address carries the build's time, to bust caches: the one difference between two builds.
_VERSION = re.compile(r"archive-pagefind\.js\?v=[0-9a-f]+")


def _pages(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): _VERSION.sub("", p.read_text("utf-8")) for p in sorted(site.rglob("*.html"))}


def test_skeleton_pages_equal_the_themes_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fixtures and the hostile front matter: markup in titles and descriptions, no title, no date,
    # theme keys (rendered whole), a hand-written page.
    monkeypatch.setattr(ArchivePlugin, "use_skeletons", False)
    whole = _pages(build_untrusted_site(tmp_path / "whole"))
    filled = []
    render = Skeletons.render

    def counted(self: Skeletons, *args: object, **kwargs: object) -> str:
        filled.append(1)
        return render(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ArchivePlugin, "use_skeletons", True)
    monkeypatch.setattr(Skeletons, "render", counted)
    from_skeletons = _pages(build_untrusted_site(tmp_path / "skeletons"))
    assert len(filled) >= 10  # the articles did come from skeletons
    assert from_skeletons.keys() == whole.keys()
    assert [name for name in whole if whole[name] != from_skeletons[name]] == []


@pytest.mark.parametrize("path", ["articles/audi", "articles/banking", "archive/2019", "archive/2019/11/page/2"])
def test_skip_link_goes_to_the_page_heading(site: Path, path: str) -> None:
    # It went to the body's first heading ("## Power", half-way down audi); banking, with no heading in
    # its body, and the listings had no skip link at all.
    html = (site / path / "index.html").read_text("utf-8")
    assert re.search(r'<a href="#archive-title" class="md-skip">', html)
    assert html.count('id="archive-title"') == 1
    assert re.search(r'<h1 id="archive-title">[^<]+</h1>', html)


def test_overridden_theme_templates_render_every_page_whole(tmp_path: Path) -> None:
    # A theme override may print any page value (here each article's date), which a skeleton would freeze.
    articles = tmp_path / "docs" / "articles"
    articles.mkdir(parents=True)
    for name, date in (("one", "2019-11-20"), ("two", "2019-11-19")):
        (articles / f"{name}.md").write_text(f"---\ntitle: Story {name}\ndate: '{date}'\n---\n\nText.\n", "utf-8")
    (tmp_path / "docs" / "index.md").write_text("# Home\n", "utf-8")
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}{% block extrahead %}{% if page %}'
        '<meta name="x-date" content="{{ page.meta.date }}">{% endif %}{% endblock %}',
        "utf-8",
    )
    config = CONFIG.format(site_url="https://user.github.io/repo/").replace(
        "  name: material\n", "  name: material\n  custom_dir: overrides\n"
    )
    (tmp_path / "mkdocs.yml").write_text(config, "utf-8")
    build(load_config(str(tmp_path / "mkdocs.yml"), strict=True))
    for name, date in (("one", "2019-11-20"), ("two", "2019-11-19")):
        html = (tmp_path / "site" / "articles" / name / "index.html").read_text("utf-8")
        assert f'<meta name="x-date" content="{date}">' in html


def _article(title: str) -> SimpleNamespace:
    """The page fields a skeleton reads, for an article at articles/<slug>/."""
    slug = title.lower().replace(" ", "-")
    return SimpleNamespace(
        meta={"title": title}, title=title, url=f"articles/{slug}/", canonical_url=None, content=f"<h1>{title}</h1>"
    )


FEEDBACK_LINK = '<title>{{ page.title }}</title><a href="/f?t={{ page.title|urlencode }}"></a>{{ page.content }}'


def test_a_theme_that_filters_a_field_gets_pages_rendered_whole() -> None:
    # (No autoescape: as in MkDocs, whose theme escapes where it means to.)
    # Material's feedback widget, say, URL-encodes the title: the marker comes out changed, so no title
    # could be put back there. Such pages are rendered whole, and still carry their own title everywhere.
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"main.html": FEEDBACK_LINK}),
        autoescape=False,
    )
    skeletons = Skeletons()
    for title in ("Rain in Spain", "Snow in Oslo"):
        page = _article(title)
        html = skeletons.render(env, {"base_url": "../..", "page": page}, page)  # type: ignore[arg-type]
        assert html == env.get_template("main.html").render({"base_url": "../..", "page": page})
        assert f'/f?t={title.replace(" ", "%20")}"' in html


def test_a_theme_that_prints_fields_as_they_are_gets_pages_from_one_skeleton() -> None:
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"main.html": "<title>{{ page.title }}</title>{{ page.content }}"}), autoescape=False
    )
    skeletons = Skeletons()
    rendered = []
    real = env.get_template

    def counting(name: str) -> jinja2.Template:
        rendered.append(name)
        return real(name)

    env.get_template = counting  # type: ignore[method-assign,assignment]
    for title in ("Rain in Spain", "Snow in Oslo"):
        page = _article(title)
        html = skeletons.render(env, {"base_url": "../..", "page": page}, page)  # type: ignore[arg-type]
        assert html.startswith(f"<title>{title}</title>")
    assert rendered == ["main.html"]  # one rendering for both

"""The `archive` MkDocs plugin: listing pages, article metadata, RSS feed and a Pagefind search index.

Shaped like Material's blog plugin, but cheap per article: articles stay out of the nav, every
listing is generated from front matter at build time (so `docs/` holds only articles and
hand-written pages), and search reads a Pagefind index of the article pages instead of lunr's in-browser one.
Events are defined in build order.
"""

from __future__ import annotations

import gzip
import html as html_module
import logging
import re
import time
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote, urlsplit

import jinja2
import yaml
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils import get_relative_url
from mkdocs.utils.templates import TemplateContext

from converter.frontmatter import split_document
from converter.site import browse, chrome, not_found, render, searchable
from converter.site.article_page import article_footer, article_header, lead_image
from converter.site.catalog import Catalog, Group
from converter.site.collisions import drop_colliding_pages
from converter.site.compact import compact
from converter.site.config import ArchiveConfig
from converter.site.feed import rss
from converter.site.images import link_remote_images
from converter.site.inline import QuickInlineExtension
from converter.site.meta import FrontMatter, read_front_matter
from converter.site.pagefind import write_index
from converter.site.readable import page_text
from converter.site.report import warn_front_matter
from converter.site.skeleton import TEMPLATE, TEMPLATE_SOURCE, TITLE_ID, Skeletons, fits
from converter.site.static import drop_unsafe_static_files
from converter.site.structure import Entry, entry_from_front_matter

log = logging.getLogger("mkdocs.plugins.archive")

ASSETS = Path(__file__).parent / "assets"
WORKER_URI = "assets/javascripts/workers/archive-pagefind.js"
SEARCH_UI_URI = "assets/javascripts/archive-search-ui.js"
INDEX_JS_URI = "assets/javascripts/archive-index.js"
CSS_URI = "assets/stylesheets/archive.css"
FEED_URI = "feed.xml"
# The theme's worker URL inside its `__config` JSON; swapped for ours, same relative prefix.
_THEME_WORKER = re.compile(r'("search":\s*")([^"]*?)workers/search\.[0-9a-f]+\.min\.js"')
# Page metadata that the theme prints without escaping (`<title>`, description, author).
_PRINTED_META = ("title", "description", "author", "subtitle", "status", "icon", "location")
# An element's text stops at the next opening tag of its kind: linear even when a closing tag is missing.
_SITEMAP_URL = re.compile(r"<url>(?:[^<]|<(?!/?url>))*+</url>")
_SITEMAP_LOC = re.compile(r"<loc>((?:[^<]|<(?!/?loc>))*+)</loc>")
# The table of contents of every article and listing page out of the nav: one entry, the page's heading,
# which the theme's skip link targets (an article's went to the body's first heading, skipping the
# article's start, and a page without one had no skip link). The same on all of them, so the theme's
# chrome around them is rendered once for each depth (skeleton.py).
PAGE_TOC = TableOfContents([AnchorLink("Top", TITLE_ID, 1)])
# Plugins known to add nothing per page to the theme's context: with others, every page is rendered whole.
_SKELETON_SAFE_PLUGINS = frozenset({"search", "material/search", "archive"})
# What a URL may hold as it is (RFC 3986's reserved and unreserved characters, and `%` of an escape already made).
_URL_CHARS = ":/?#[]@!$&'()*+,;=%~-._"


def _title_as_text(page: Page) -> None:
    """A page named by its first heading (no front-matter title) gets that name as escaped text in `page.meta`.

    The theme prints such a title into <title> through `striptags`, which turns `&lt;` back into `<`: a
    heading written as text (`# &lt;/title&gt;&lt;script&gt;...`) became a live element. The front-matter
    title is printed as it is, so the name goes there. (The home page's <title> is the site's name.)
    """
    if "title" in page.meta or page.is_homepage or not page.title:
        return
    page.meta["title"] = escape(Markup(page.title).striptags())


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    use_skeletons = True  # False: the theme renders every article page whole (a test compares the two)

    def __init__(self) -> None:
        super().__init__()
        self.catalog = Catalog([])
        self.renderers: dict[str, Any] = {}
        self.urls: dict[str, str] = {}
        self.version = ""
        self._site_url = ""
        self.stats: dict[str, int] = {}  # figures of the last build's search index, for the bench
        # Coerced front matter of the articles, read once in on_files and reused when MkDocs reads each page.
        self.front: dict[str, FrontMatter] = {}
        # Each page's coerced front matter, from on_page_read_source to on_page_markdown (see there).
        self.page_meta: dict[str, dict[str, Any]] = {}
        # Source path of the page built to each output path, and listings not generated for a page there.
        self.dests: dict[str, str] = {}
        self.hidden: dict[str, str] = {}
        # Output paths of the hand-written pages (neither articles nor listings) for the search index.
        self.pages: list[str] = []
        self.env: jinja2.Environment | None = None
        self.skeletons = Skeletons()
        # Each listed story's markup by entry and way to the site's root (render.listing).
        self.listed: dict[tuple[str, str, bool], Markup] = {}

    # -- configuration ------------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        if CSS_URI not in config.extra_css:
            config.extra_css.append(CSS_URI)
        if not any(isinstance(e, QuickInlineExtension) for e in config.markdown_extensions):
            config.markdown_extensions.append(QuickInlineExtension())  # type: ignore[arg-type]
        if self.config.search and SEARCH_UI_URI not in config.extra_javascript:
            config.extra_javascript.append(SEARCH_UI_URI)
        self._site_url = config.site_url or ""
        # Busts browser caches of the index on every build (GitHub Pages caches for 10 minutes).
        self.version = format(int(time.time() * 1000), "x")
        self.skeletons = Skeletons()
        self.listed = {}
        return config

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment | None:
        if not self.config.enabled:
            return None
        if env.loader is not None:
            env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE: TEMPLATE_SOURCE}), env.loader])
        self.env = env
        return env

    # -- files: read front matter, generate listing pages -------------------------------------

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled:
            return None
        drop_unsafe_static_files(files, config.docs_dir)
        self.dests = drop_colliding_pages(files)
        self.hidden = {}
        prefix = self.config.articles_dir.strip("/") + "/"
        self.front = {}
        self.pages = []
        entries = []
        for f in list(files.documentation_pages()):
            text = page_text(f)
            if text is None:
                files.remove(f)
                del self.dests[f.dest_uri]
            elif f.src_uri.startswith(prefix):
                meta, body = self._read(f, text)
                self.front[f.src_uri] = meta
                entries.append(entry_from_front_matter(f.src_uri, meta, body))
        self.catalog = catalog = Catalog(entries, self.config.articles_dir)
        self.renderers = {}

        per_page = max(1, self.config.per_page)
        self._paginate(files, config, "index", "Home", catalog.entries, max(1, self.config.home_per_page))
        self._add(
            files,
            config,
            "archive/index.md",
            "Archive",
            lambda link: render.archive_index(catalog, link),
            InclusionLevel.INCLUDED,
        )
        groups: list[Group] = [*catalog.years.values(), *catalog.months.values()]
        if catalog.undated.entries:
            groups.append(catalog.undated)
        for kind, title, table in (
            ("sources", "Sources", catalog.sources),
            ("authors", "Authors", catalog.authors),
            ("tags", "Tags", catalog.tags),
        ):
            self._add(
                files,
                config,
                f"{kind}/index.md",
                title,
                lambda link, t=title, g=table: render.group_index(t, g.values(), link),
                InclusionLevel.INCLUDED,
            )
            groups.extend(table.values())
        for group in groups:
            self._paginate(files, config, group.path, group.name, group.entries, per_page)
        assets = [(CSS_URI, "archive.css")]
        if self.config.search:
            assets += [
                (WORKER_URI, "archive-pagefind.js"),
                (SEARCH_UI_URI, "archive-search-ui.js"),
                (INDEX_JS_URI, "archive-index.js"),
            ]
            self._add(files, config, browse.URI, browse.TITLE, lambda link: browse.page(), InclusionLevel.NOT_IN_NAV)
        for uri, asset in assets:
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(ASSETS / asset)))
        self.urls = {f.src_uri: f.url for f in files.documentation_pages(inclusion=lambda _: True)}
        self.urls.update({uri: self.urls[other] for uri, other in self.hidden.items()})  # the same address
        # A file like any other, so hand-written pages can link to it in strict mode.
        if files.get_file_from_path(FEED_URI) is None:
            files.append(File.generated(config, FEED_URI, content=self._feed(config)))
        return files

    def _read(self, file: File, text: str) -> tuple[FrontMatter, str]:
        """A page's front matter (of `text`, the file's) through `read_front_matter`, warning once per problem."""
        meta, body = read_front_matter(text, frozenset(self.config.allow_theme_keys))
        for problem in meta.problems:
            warn_front_matter(file.src_uri, problem)
        return meta, body

    def _feed(self, config: MkDocsConfig) -> str:
        base = config.site_url or ""
        items = [
            (e.title, base + self.urls[e.src_uri], e.date, e.teaser)
            for e in self.catalog.entries[: max(0, self.config.feed_size)]
        ]
        return rss(config.site_name, config.site_description or "", base, items)

    def _add(self, files: Files, config: MkDocsConfig, uri: str, title: str, renderer, inclusion) -> None:
        if files.get_file_from_path(uri) is not None:
            if uri == "index.md":  # the hand-written home page gets the newest articles appended
                self.renderers[uri] = renderer
            else:
                log.warning("archive: %s exists in docs/, not generating it", uri)
            return
        front = yaml.safe_dump({"title": title}, allow_unicode=True)
        file = File.generated(config, uri, content=f"---\n{front}---\n", inclusion=inclusion)
        other = self.dests.get(file.dest_uri)
        if other is not None:  # a hand-written page at the listing's address (`sources.md`): it is kept, as above
            if uri == "index.md":  # README.md, MkDocs' other home page: the newest articles after it, as index.md
                self.renderers[other] = renderer
            else:
                log.warning("archive: %s is built where %s would be, not generating it", other, uri)
            self.hidden[uri] = other
            return
        files.append(file)
        self.renderers[uri] = renderer

    def _paginate(self, files, config, stem: str, title: str, entries: list[Entry], per_page: int) -> None:
        pages = max(1, -(-len(entries) // per_page))
        for number, uri in enumerate(render.page_uris(stem, pages), start=1):
            chunk = entries[(number - 1) * per_page : number * per_page]
            home_first = stem == "index" and number == 1
            page_title = title if number == 1 else f"{title}, page {number}"

            def renderer(link, chunk=chunk, number=number, page_title=page_title, home_first=home_first):
                return render.listing(
                    page_title,
                    chunk,
                    self.catalog,
                    link,
                    stem=stem,
                    number=number,
                    pages=pages,
                    total=len(entries),
                    heading=not home_first,
                    remote_images=self.config.remote_images == "embed",
                    items=self.listed,
                )

            inclusion = InclusionLevel.INCLUDED if home_first else InclusionLevel.NOT_IN_NAV
            self._add(files, config, uri, page_title, renderer, inclusion)

    # -- pages ---------------------------------------------------------------------------------

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        """Hand MkDocs the page with its front matter already coerced, so MkDocs and the theme never see raw YAML.

        MkDocs would otherwise parse the YAML itself (mkdocs.utils.meta.get_data) and hand whatever it
        yields to the theme: lists, `template:`, an alias bomb's millions of strings; a broken header
        would become the page's text.
        """
        if not self.config.enabled:
            return None
        text = page.file.content_string
        meta = self.front.get(page.file.src_uri)
        if meta is None:
            meta, body = self._read(page.file, text)
        else:
            body = split_document(text)[1]
        page_meta = meta.page_meta()
        if page.file.src_uri in self.renderers or page.file.src_uri in self.catalog.by_uri:
            # A reading page: no empty nav or table-of-contents columns beside the text (the plugin's
            # own choice, not front matter's, which may not steer the theme).
            page_meta["hide"] = ["navigation", "toc"]
        # MkDocs parses whatever header it is handed: an empty one, and the coerced mapping goes to
        # `page.meta` in on_page_markdown (dumping it to YAML for MkDocs to parse again cost a sixth of the build).
        self.page_meta[page.file.src_uri] = page_meta
        return f"---\n{{}}\n---\n\n{body}"

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return None
        page.meta = self.page_meta.pop(page.file.src_uri, page.meta)
        # The theme prints these raw into <title> and <meta>: escape the untrusted text once here.
        for key in _PRINTED_META:
            value = page.meta.get(key)
            if isinstance(value, str) and not isinstance(value, Markup):
                page.meta[key] = escape(" ".join(value.split()))
        if self.config.search:
            # Pagefind indexes the articles (on_post_build); the theme's lunr index stays empty.
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        return None

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled:
            return None
        _title_as_text(page)
        if page.edit_url:  # MkDocs joins the file's path in as it is, and the theme prints the link raw
            page.edit_url = quote(page.edit_url, safe=_URL_CHARS)
        uri = page.file.src_uri

        # Every target is a site-root path, so a link is the page's way up to the root plus that path.
        up = "../" * page.url.count("/") if config.use_directory_urls else get_relative_url(".", page.url) + "/"
        up = "" if up == "./" else up

        def link(target: str) -> str:
            # A page's URL, or a file (an image) that keeps its docs-relative path on the site.
            return up + self.urls.get(target, target)

        entry = self.catalog.by_uri.get(uri)
        renderer = self.renderers.get(uri)
        if entry is not None:
            remote = self.config.remote_images == "embed"
            if self.config.remote_images == "link":
                html = link_remote_images(html)
            front = self.front.get(uri)
            output = str(
                searchable.article(
                    entry,
                    self.catalog,
                    article_header(entry, self.catalog, link, lead_image(render.image_src(entry, link, remote), html)),
                    Markup(html),
                    article_footer(entry, self.catalog, link),
                )
            )
            self._from_skeleton(page, config, output, front is not None and not front.theme)
            return output
        if renderer is not None:
            generated = str(renderer(link))
            if page.file.generated_by is None:  # the hand-written home page, the newest articles after it
                return html + generated if uri == "index.md" or page.is_homepage else generated
            # A listing of the plugin's own (its front matter a title alone): out of the nav, from a skeleton.
            self._from_skeleton(page, config, generated, not page.file.inclusion.is_in_nav())
            return generated
        if self.config.search:
            # A hand-written page (about, colophon): searchable too, marked as a page in the results.
            self.pages.append(page.file.dest_uri)
            return str(searchable.page(page.title or "", Markup(html)))
        return None

    def _from_skeleton(self, page: Page, config: MkDocsConfig, content: str, fits: bool) -> None:
        """A page whose heading is the skip link's target gets PAGE_TOC; its theme output comes from a skeleton
        when it `fits` (its front matter steers nothing in the theme, it is out of the nav), no other plugin
        may add to the template context and the theme's templates are not overridden."""
        if f'id="{TITLE_ID}"' not in content:
            return
        page.toc = PAGE_TOC
        if (
            fits
            and self.use_skeletons
            and set(config.plugins) <= _SKELETON_SAFE_PLUGINS
            and config.theme.custom_dir is None  # overridden templates may print any page value
            and not page.edit_url  # the theme's edit button links the page's own file, which no skeleton holds
        ):
            page.meta["template"] = TEMPLATE

    @event_priority(-100)  # after the other plugins' context events: the page is final
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        if not self.config.enabled or page.meta.get("template") != TEMPLATE:
            return None
        assert self.env is not None, "on_env comes before the pages are built"
        if fits(page):
            output = self.skeletons.render(self.env, context, page)
        else:  # another plugin changed the page after ours: the theme renders it whole
            output = self.env.get_template("main.html").render(context)
        # TEMPLATE prints this variable, which the theme's context does not declare.
        return cast(TemplateContext, {**context, "archive_page": output})

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        if not self.config.enabled:
            return None
        return compact(self._finish(output, get_relative_url(FEED_URI, page.url).removesuffix(FEED_URI), config))

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str | None:
        # 404.html is a theme template, not a page; the theme writes its links absolute from site_url.
        if not self.config.enabled or not template_name.endswith(".html"):
            return None
        base = urlsplit(config.site_url or "/").path or "/"
        base = base.rstrip("/") + "/"
        output = self._finish(output_content, base, config)
        return not_found.page(output, base, self.urls) if template_name == "404.html" else output

    def _finish(self, output: str, root: str, config: MkDocsConfig) -> str:
        """Point the theme at our search worker, advertise the feed, and give the page the archive's footer."""
        if self.config.search:
            output = _THEME_WORKER.sub(
                lambda m: f'{m.group(1)}{m.group(2)}workers/archive-pagefind.js?v={self.version}"', output, count=1
            )
        output = chrome.finish(output, root, config.site_name, self.catalog, self.urls)
        head = (
            f'<link rel="alternate" type="application/rss+xml" title="{escape(config.site_name)}" '
            f'href="{root}{FEED_URI}">'
        )
        return output.replace("</head>", head + "</head>", 1)

    # -- site ----------------------------------------------------------------------------------

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        site = Path(config.site_dir)
        if self.config.split_sitemap:
            self._split_sitemap(site)
        if self.config.search:
            language = str(config.theme.get("language") or "en")
            shard_pages = self.config.search_shard_pages
            self.stats = {"docs": write_index(site, self.config.articles_dir, language, self.pages, shard_pages)}

    def _split_sitemap(self, site: Path) -> None:
        """Move article pages from sitemap.xml to sitemap-articles.xml.

        The theme's instant navigation downloads and walks sitemap.xml on every cold page load,
        on the main thread: at 10,000 articles that is 1.5 MB and about a second before the page
        (and its search box) answers. Articles then open with a normal page load; crawlers get
        both files (robots.txt names them).
        """
        path = site / "sitemap.xml"
        if not path.exists():
            return
        text = path.read_text("utf-8")
        blocks = _SITEMAP_URL.findall(text)
        articles = {self.urls[e.src_uri] for e in self.catalog.entries}
        base = self._site_url
        keep: list[str] = []
        moved: list[str] = []
        for block in blocks:
            match = _SITEMAP_LOC.search(block)
            loc = html_module.unescape(match.group(1)) if match else ""
            (moved if loc.removeprefix(base) in articles else keep).append(block)
        if not moved:
            return
        head = text[: text.index("<url>")] if "<url>" in text else text
        for name, chosen in (("sitemap.xml", keep), ("sitemap-articles.xml", moved)):
            body = head + "\n".join(chosen) + "\n</urlset>\n"
            (site / name).write_text(body, "utf-8")
            (site / (name + ".gz")).write_bytes(gzip.compress(body.encode(), mtime=0))
        robots = site / "robots.txt"
        if base and not robots.exists():
            robots.write_text(f"Sitemap: {base}sitemap.xml\nSitemap: {base}sitemap-articles.xml\n", "utf-8")

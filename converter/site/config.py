"""Options of the `archive` plugin (`plugins: - archive: {...}` in mkdocs.yml)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from converter.site.meta import THEME_KEYS
from converter.site.pagefind import SHARD_PAGES


class ArchiveConfig(Config):
    enabled = c.Type(bool, default=True)
    # Docs-relative folder of the converter's output (the converter's DOCS_DIR).
    articles_dir = c.Type(str, default="articles")
    # Entries on the home page, and on each page of a source, author, tag or month listing.
    home_per_page = c.Type(int, default=30)
    per_page = c.Type(int, default=200)
    feed_size = c.Type(int, default=30)
    # Replace the theme's lunr search with Pagefind: an index of the article pages, the theme's search box
    # answered by a worker that reads it, and the browse page (browse/) with filters.
    search = c.Type(bool, default=True)
    # Pages per shard of the search index (each a Pagefind index, merged in the browser): a word's search
    # costs the square of the pages it is on within a shard. Smaller shards, more requests per search.
    search_shard_pages = c.Type(int, default=SHARD_PAGES)
    # Keep article pages out of sitemap.xml, which the theme's instant navigation reads on every
    # cold page load; they go to sitemap-articles.xml instead.
    split_sitemap = c.Type(bool, default=True)
    # "link": an article's remote images become links to them, so reading the archive asks no
    # third-party server; "embed": the browser loads them from their original sites.
    remote_images = c.Choice(("link", "embed"), default="link")
    # Front-matter keys that steer the theme (template, location, hide, search, ...) are refused
    # unless listed here: front matter comes from scraped pages and other tools, not only from you.
    allow_theme_keys = c.ListOfItems(c.Choice(THEME_KEYS), default=[])

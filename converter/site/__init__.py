"""The archive website: an MkDocs plugin (`archive`) that turns the converter's articles into a site.

- `structure`: one `Entry` per article, read from its front matter (untrusted text).
- `catalog`: entries grouped by month, year, source, author and tag; related-link resolution.
- `render`: escaped HTML for listing pages and the article header/footer; relative links only.
- `pagefind` + `assets/archive-pagefind.js`: a Pagefind index of the article pages, read by a search
  worker that speaks Material's worker protocol, so the theme's own search box and result list stay;
  `browse` + `assets/archive-search-ui.js`: the exact count, and the browse page with facet filters.
- `skeleton`: the theme's page rendered once per folder and filled for each article and listing;
  `inline`: Python-Markdown's inline stage, passing through text no inline pattern can match.
- `feed`: the RSS feed. `plugin`: the MkDocs events, in build order.

Measure it with `bench/bench_site.py` (`make bench-site`).
"""

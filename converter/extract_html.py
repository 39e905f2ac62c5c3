"""Saved HTML → main content as Markdown, plus metadata.

First version: trafilatura's main-content extraction, rendered through our markdownify
converter. Replaced by the full extractor.
"""

from __future__ import annotations

from converter.article import Article, Extraction
from converter.errors import NoArticle
from converter.markdown import html_to_markdown


def extract_html(html: str, rel: str) -> Extraction:
    import trafilatura

    document = trafilatura.bare_extraction(html, output_format="python", include_links=True, with_metadata=True)
    if document is None:
        raise NoArticle(rel, "no main content found in the HTML")
    body_html = trafilatura.extract(html, output_format="html", include_links=True, include_images=True) or ""
    body = html_to_markdown(body_html, base_url=document.url)
    if not body.strip():
        raise NoArticle(rel, "no main content found in the HTML")
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    article = Article(
        title=document.title or rel,
        body=body,
        authors=authors,
        date=document.date,
        source_name=document.sitename,
        source_url=document.url,
        raw=rel,
        description=document.description,
        language=document.language,
        image=document.image,
        tags=tuple(document.tags or ()),
    )
    return Extraction(article)

"""Text dumps (a browser's rendering of a page, one block per line) → title, body, related.

First version: title from the top, long lines as the body. Replaced by the full extractor.
"""

from __future__ import annotations

from converter.article import Article, Extraction
from converter.errors import NoArticle
from converter.markdown import escape_paragraph


def extract_text(text: str, rel: str) -> Extraction:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    body_lines = [line for line in lines if len(line.split()) >= 12]
    if not body_lines:
        raise NoArticle(rel, "no article text found (no paragraph-length lines)")
    first_body = lines.index(body_lines[0])
    title_candidates = [line for line in lines[:first_body] if 3 <= len(line.split()) <= 30]
    title = title_candidates[-1] if title_candidates else body_lines[0][:80]
    body = "\n\n".join(escape_paragraph(line) for line in body_lines)
    return Extraction(Article(title=title, body=body, raw=rel))

"""All pages' extractions → the archive's documents: deduplicated, named and linked.

This is the only stage that sees every article at once, so cross-article decisions live here:
one entry per article saved twice, unique file names, and the links between a page's own
article and the articles it carried in full.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping

from converter.article import Article, Extraction, RelatedLink
from converter.paths import assign_names
from converter.textkey import word_key, words


def assemble(
    extractions: Iterable[Extraction], taken: Iterable[str] = (), sketches: Mapping[str, Sketch] | None = None
) -> dict[str, Article]:
    """Return {file name: article}, deterministic for the same set of extractions.

    `sketches` may give `body_sketch` of articles by raw path, computed beforehand (in the workers).
    """
    ordered = sorted(extractions, key=lambda extraction: extraction.article.raw)
    unique = _deduplicate(ordered, sketches or {})
    keys = []
    for extraction in unique:
        keys.append((_key(extraction.article.raw, 0), extraction.article.title))
        for index, embedded in enumerate(extraction.embedded, start=1):
            keys.append((_key(extraction.article.raw, index), embedded.title))
    names = assign_names(keys, taken)

    documents: dict[str, Article] = {}
    for extraction in unique:
        main_name = names[_key(extraction.article.raw, 0)]
        embedded_names = {}
        for index, embedded in enumerate(extraction.embedded, start=1):
            name = names[_key(extraction.article.raw, index)]
            embedded_names[word_key(embedded.title)] = name
            documents[name] = embedded.with_changes(embedded_in=main_name, raw=extraction.article.raw)
        documents[main_name] = extraction.article.with_changes(
            related=tuple(_link_embedded(link, embedded_names) for link in extraction.article.related)
        )
    return documents


def _deduplicate(extractions: list[Extraction], sketches: Mapping[str, Sketch]) -> list[Extraction]:
    """Merge pages that hold the same article (same canonical URL, or the same body)."""
    sketch_of = {
        extraction.article.raw: sketches.get(extraction.article.raw) or body_sketch(extraction.article.body)
        for extraction in extractions
    }
    # Only bodies that share a sketch can share a digest: the others need none (theirs would match nothing).
    sharing = Counter(sketch_of.values())
    first_by_identity: dict[str, int] = {}
    merged: list[Extraction] = []
    for extraction in extractions:
        article = extraction.article
        digest = body_digest(article.body) if sharing[sketch_of[article.raw]] > 1 else None
        identities = [f"body:{digest}"] if digest else []
        if article.source_url:
            identities.append(f"url:{article.source_url.rstrip('/').lower()}")
        index = next((first_by_identity[i] for i in identities if i in first_by_identity), None)
        if index is None:
            for identity in identities:
                first_by_identity[identity] = len(merged)
            merged.append(extraction)
            continue
        kept = merged[index]
        merged[index] = Extraction(
            kept.article.with_changes(also_raw=(*kept.article.also_raw, article.raw)), kept.embedded
        )
        for identity in identities:
            first_by_identity.setdefault(identity, index)
    return merged


# Counted in a body to sketch it. Word characters only, so bodies with the same words have the same
# sketch; common letters of several scripts, so different articles seldom do.
_SKETCH_CHARS = "etaoinsrhldcum" "оеаин" "αοε" "ال" "יו" "の的一" "कर" "이다" "าน"
Sketch = tuple[int, ...]


def body_sketch(body: str) -> Sketch:
    """A cheap stand-in for `body_digest`, a tenth of its cost: equal digests imply equal sketches.

    Deduplication digests only the bodies whose sketches are equal.
    """
    return tuple(map(body.lower().count, _SKETCH_CHARS))


def body_digest(body: str) -> str | None:
    """What two copies of one article share: a digest of the body's words (None for short bodies)."""
    body_words = words(body)
    if len(body_words) < 30:
        # Short bodies (teasers, stubs) are too alike to be called the same article.
        return None
    return hashlib.sha256(" ".join(body_words).encode("utf-8")).hexdigest()


def _key(raw: str, index: int) -> str:
    return f"{raw}#{index}"


def _link_embedded(link: RelatedLink, embedded_names: dict[str, str]) -> RelatedLink:
    name = embedded_names.get(word_key(link.title))
    return link if name is None or link.path else RelatedLink(
        title=link.title, url=link.url, source=link.source, teaser=link.teaser, path=name
    )

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
    extractions: Iterable[Extraction],
    taken: Iterable[str] = (),
    sketches: Mapping[str, Sketch] | None = None,
    report: list[str] | None = None,
) -> dict[str, Article]:
    """Return {file name: article}, deterministic for the same set of extractions.

    `sketches` may give `body_sketch` of articles by raw path, computed beforehand (in the workers).
    Pages kept apart although their bodies are equal are described in `report`, when given.
    """
    ordered = sorted(extractions, key=lambda extraction: extraction.article.raw)
    unique = _deduplicate(ordered, sketches or {}, report)
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


def _deduplicate(
    extractions: list[Extraction], sketches: Mapping[str, Sketch], report: list[str] | None = None
) -> list[Extraction]:
    """Merge pages that hold the same article: the same canonical URL, or the same body from the same source, with
    compatible titles.

    Equal bodies under unrelated titles are two articles whose extraction took the same block (a sidebar, a
    cookie notice): merging them would lose one, so they stay apart and the case goes to `report`.
    """
    sketch_of = {
        extraction.article.raw: sketches.get(extraction.article.raw) or body_sketch(extraction.article.body)
        for extraction in extractions
    }
    # Only bodies that share a sketch can share a digest: the others need none (theirs would match nothing).
    sharing = Counter(sketch_of.values())
    by_url: dict[str, int] = {}
    by_body: dict[str, list[int]] = {}
    merged: list[Extraction] = []
    for extraction in extractions:
        article = extraction.article
        digest = body_digest(article.body) if sharing[sketch_of[article.raw]] > 1 else None
        url = article.source_url.rstrip("/").lower() if article.source_url else None
        index = by_url.get(url) if url else None
        if index is not None and not titles_compatible(merged[index].article, article):
            # A template that gives every page one canonical URL (the home page, a section) would merge a
            # site's articles into one: one URL holds one article only under a title that could be its.
            if report is not None:
                first = merged[index].article
                report.append(
                    f"{article.raw}: same canonical URL as {first.raw} under another title ({article.title!r}, "
                    f"{first.title!r}): kept as two articles"
                )
            index = None
        if index is None and digest:
            same_body = by_body.get(digest, [])
            fitting = [i for i in same_body if titles_compatible(merged[i].article, article)]
            index = next((i for i in fitting if same_source(merged[i].article, article)), None)
            if index is None and same_body and report is not None:
                first = merged[(fitting or same_body)[0]].article
                report.append(
                    f"{article.raw}: same body as {first.raw} "
                    + (
                        f"from another source ({article.source_name!r}, {first.source_name!r}): kept as two "
                        "articles (each page's links and carried stories stay)"
                        if fitting
                        else f"under another title ({article.title!r}, {first.title!r}): kept as two articles "
                        "(the body taken may be page furniture)"
                    )
                )
        if index is None:
            index = len(merged)
            merged.append(extraction)
        else:
            kept = merged[index]
            merged[index] = Extraction(
                kept.article.with_changes(also_raw=(*kept.article.also_raw, article.raw)), kept.embedded
            )
        if url:
            by_url.setdefault(url, index)
        if digest and index not in by_body.setdefault(digest, []):
            by_body[digest].append(index)
    return merged


def same_source(one: Article, other: Article) -> bool:
    """Did both pages come from one source (the same site's name, or neither names one)? One text that two sources
    carried (two aggregators, each with its own related links and carried stories) is two entries: merging them
    would drop one page's links and stories, and one source's page would lose the article."""
    return (one.source_name or "").casefold() == (other.source_name or "").casefold()


# Share of the shorter title's words the other must hold: "Headline | Site" and "Headline" are one title.
_TITLE_OVERLAP = 0.8


def titles_compatible(one: Article, other: Article) -> bool:
    """Could these be one article's titles? An unknown title (none, or the raw path put in its place) fits any."""
    keys = [set(words(a.title)) if a.title and a.title != a.raw else set() for a in (one, other)]
    shorter, longer = sorted(keys, key=len)
    if not shorter:
        return True
    return len(shorter & longer) >= _TITLE_OVERLAP * len(shorter)


# Counted in a body to sketch it. Word characters only, so bodies with the same words have the same
# sketch; common letters of several scripts, so different articles seldom do.
_SKETCH_CHARS = "etaoinsrhldcumоеаинαοεالיוの的一कर이다าน"
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
    return (
        link
        if name is None or link.path
        else RelatedLink(title=link.title, url=link.url, source=link.source, teaser=link.teaser, path=name)
    )

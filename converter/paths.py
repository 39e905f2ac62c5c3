"""Readable, stable, path-safe names: article files (`slugify`) and the site's group pages (`url_slug`).

The two policies differ on purpose and each is pinned by the names already published: a file name
is ASCII (any file system, any archive tool), so a title without ASCII words gets a hashed name;
a listing page's URL keeps the name's letters ("東京新聞"), since browsers handle UTF-8 paths.
python-slugify reproduces neither exactly (it transliterates "ß" and CJK, drops apostrophes
instead of splitting at them, and keeps accents with `allow_unicode`), so both stay ours.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

MAX_SLUG = 80
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt") for n in range(10)}
# Names MkDocs gives a meaning of their own (a folder's index page).
_SITE_RESERVED = {"index", "readme"}


def slugify(title: str) -> str:
    """Lower-case ASCII words joined by hyphens; never empty, never a reserved or hidden name."""
    text = unicodedata.normalize("NFKD", title)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", text)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    if not slug and words:
        slug = words[0][:MAX_SLUG]
    if not slug:
        # Titles in scripts without ASCII transliteration (or only emoji) still need a stable name.
        slug = "article-" + short_hash(title)
    if slug in _WINDOWS_RESERVED | _SITE_RESERVED:
        slug = f"{slug}-article"
    return slug


def url_slug(name: str) -> str:
    """A URL-safe slug for a listing page; non-Latin names keep their letters, accents are dropped."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^\w]+", "-", text).strip("-_")
    return slug[:80].strip("-") or "x"


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def assign_names(keys: Iterable[tuple[str, str]], taken: Iterable[str] = ()) -> dict[str, str]:
    """Map each (key, title) to a unique file name `<slug>.md`.

    `keys` must come in a stable order (the pipeline sorts by raw path). The first article
    with a slug gets the plain name; later ones get a suffix hashed from their own key, so a
    name never depends on how many other articles share the title.
    """
    used = {name.lower() for name in taken}
    names: dict[str, str] = {}
    for key, title in keys:
        slug = slugify(title)
        name = f"{slug}.md"
        if name.lower() in used:
            name = f"{slug}-{short_hash(key)}.md"
        counter = 2
        while name.lower() in used:
            name = f"{slug}-{short_hash(key)}-{counter}.md"
            counter += 1
        used.add(name.lower())
        names[key] = name
    return names

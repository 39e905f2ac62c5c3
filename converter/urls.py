"""Link hygiene, in one place: absolute URLs, safe schemes only, no tracking parameters."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs", "vero_", "oly_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gclsrc",
        "msclkid",
        "yclid",
        "igshid",
        "mkt_tok",
        "ocid",
        "cmpid",
        "ncid",
        "_ga",
        "_gl",
        "ref_src",
        "ref_url",
        "smid",
        "sr_share",
        "cid",
        "icid",
        "s_cid",
        "wt.mc_id",
    }
)
# Control characters browsers drop from URLs ("java\tscript:" is "javascript:" to them).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# An http(s) link with a host, as written (no space or control character at its start or after "//", which
# cleaning would remove): urljoin resolves it alike against every base of the same scheme. (Not re.I: it
# takes "ſ" for an "s", and "httpſ:" is no scheme.)
_ABSOLUTE = re.compile(r"[hH][tT][tT][pP][sS]?://[^/?#\s\x00-\x1f\x7f]")


def clean_url(href: str | None, base: str | None = None) -> str | None:
    """An absolute, safe URL without tracking parameters, or None when the link is unsafe or empty.

    `javascript:`, `data:`, `vbscript:` and other schemes are refused: scraped pages are data,
    and such a link would run in the reader's browser.
    """
    if base and href and _ABSOLUTE.match(href):
        # Each page's base is its own URL, so (href, base) pairs never repeat across pages: an absolute link
        # is cleaned once for the whole site (the same result: urljoin reads only the base's scheme for it).
        scheme = _scheme(base)
        base = f"{scheme}:" if scheme else base
    return _clean_url(href, base)


@lru_cache(maxsize=1024)
def _scheme(base: str) -> str | None:
    """The base's scheme as urljoin parses it; None when it has none or does not parse (urljoin raises then)."""
    try:
        return urlsplit(base).scheme or None
    except ValueError:
        return None


# Pages of one site repeat the same menu and sidebar links: a worker sees the same pairs again and again.
@lru_cache(maxsize=8192)
def _clean_url(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = _CONTROL.sub("", href.strip())
    if not href or href.startswith("#"):
        return None
    if base:
        try:
            href = urljoin(base, href)
        except ValueError:
            return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        # A relative link with no base to resolve it against is useless in the archive.
        return None
    query = _untracked_query(parts.query) if parts.query else ""
    url = urlunsplit((scheme, parts.netloc, parts.path, query, parts.fragment))
    # Characters that would end a Markdown link destination or an HTML attribute.
    return url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E").replace('"', "%22")


def _untracked_query(query: str) -> str:
    # A query written with HTML-escaped ampersands twice over ("?a=1&amp;utm_source=x") keeps "amp;"
    # in its keys once parsed; read past it so tracking keys are still recognised.
    pairs = [(key.removeprefix("amp;"), value) for key, value in parse_qsl(query, keep_blank_values=True)]
    kept = [
        (key, value)
        for key, value in pairs
        if key and not key.lower().startswith(_TRACKING_PREFIXES) and key.lower() not in _TRACKING_NAMES
    ]
    return urlencode(kept, doseq=True)


def safe_url(url: object) -> str | None:
    """The URL as given when it is an absolute http(s) link with nothing that needs escaping, else None.

    For links shown as they are (the site's source links): stricter than `clean_url`, which
    rewrites what it keeps and also allows mailto: and ftp:.
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c in url for c in "\n\r\t<>\"' ") or any(ord(c) < 32 for c in url):
        return None
    return url


def url_key(url: object) -> str | None:
    """What two addresses of one article share: the host without `www.`, the path without its trailing
    slash, and the query; not the scheme or the fragment. None for anything but an absolute http(s) URL.

    A comparison key only (read-it-later entries onto saved pages, related links onto archived
    articles): never shown, never fetched.
    """
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")

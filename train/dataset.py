"""Labelled HTML pages from ../shared/corpus, with every main-content candidate run once and cached.

For each page we keep (in bench/out/quality/<set>/<id>.json, gitignored):
  - the page's text statistics (features.PageStats) and each candidate's HTML fragment,
  - the article body the converter makes from each candidate (the rest of extract_html run as it
    stands: recovery, captions, cleanup, trailing links, Markdown), rendered to text as score.py does,
  - the hand-rule choice (html.content, checked by html.fallback: what the converter does today),
  - the plain baselines a user would run: trafilatura.extract() and readability-lxml's summary(),
  - the article's front matter (metadata does not depend on the content choice).
Computing all this costs several extractor runs per page; it is done once per page and code version.

Groups for cross-validation are sites: the URL host (www. and the subdomain cut to the registered
name, roughly), from truth.json's url (Scrapinghub, L3S-GN1) or meta.json's site (NAEB). Dragnet
pages record no URL: each is its own group; wceb-train is never trained on, only scored.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import converter.html.extract as extract_module  # noqa: E402
from converter.errors import ConverterError  # noqa: E402
from converter.html import content, fallback  # noqa: E402
from converter.html.candidates import CANDIDATES  # noqa: E402
from converter.html.features import PageStats  # noqa: E402
from converter.read import decode  # noqa: E402

SETS = ("scrapinghub", "naeb", "wceb-train")
# Permissive licences (MIT, Apache-2.0): the only sets the shipped weights are fitted on.
TRAIN_SETS = ("scrapinghub", "naeb")
CACHE = REPO / "bench" / "out" / "quality"
# Bump when what a cache entry holds changes; the converter's own code is fingerprinted too.
CACHE_VERSION = "2"


@dataclass(frozen=True)
class Page:
    set: str
    id: str
    group: str
    truth: str
    path: Path


def _site(host: str) -> str:
    """A host cut to its registered name, roughly: news.bbc.co.uk → bbc.co.uk, edition.cnn.com → cnn.com."""
    parts = host.lower().removeprefix("www.").split(".")
    keep = 3 if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2 else 2
    return ".".join(parts[-keep:])


def load_pages(shared: Path, name: str) -> list[Page]:
    corpus = shared / "corpus" / name
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    meta = json.loads((corpus / "meta.json").read_text(encoding="utf-8")) if (corpus / "meta.json").exists() else {}
    pages = []
    for page_id in sorted(truth):
        entry = truth[page_id]
        host = (meta.get(page_id) or {}).get("site") or urlsplit(entry.get("url") or "").hostname
        group = _site(host) if host else f"{name}:{page_id}"
        path = corpus / "html" / f"{page_id}.html"
        if path.exists():
            pages.append(Page(name, page_id, group, entry.get("body") or entry.get("articleBody") or "", path))
    return pages


def truth_holds_comments(pages: list[Page], share: float = 0.2) -> set[str]:
    """Pages whose truth includes the reader comments: `share` of its 4-word runs are in the page's comment
    sections (html.comments finds them; the converter drops them on purpose, as furniture).

    Dragnet's gold text is what a person cut and pasted; where the page had no marker between article and
    comments, the comments are in `body` too.
    """
    from converter.html.comments import comment_sections
    from converter.html.text import shingles

    out = set()
    for page in pages:
        root = extract_module.parse_page(decode(page.path.read_bytes(), str(page.path)), page.id)
        extract_module._drop_unread(root)  # as extract_html sees the page when it looks for comments
        inside = shingles(" ".join(" ".join(el.itertext()) for el in comment_sections(root)))
        truth = shingles(page.truth)
        total = sum(truth.values())
        if total and sum((truth & inside).values()) >= share * total:
            out.add(page.id)
    return out


@contextmanager
def _content_step(step: Callable[..., str]) -> Iterator[None]:
    """extract_html with its main-content step replaced (the rest of the path runs as it stands)."""
    saved = extract_module.main_content
    extract_module.main_content = step
    try:
        yield
    finally:
        extract_module.main_content = saved


def _article(html: str, rel: str, step: Callable[..., str]) -> dict[str, Any] | None:
    with _content_step(step):
        try:
            article = extract_module.extract_html(html, rel).article
        except ConverterError:
            return None
        except Exception as exc:  # noqa: BLE001 - a candidate the rest of the path cannot read: counted as failed
            print(f"  {rel}: {type(exc).__name__}: {str(exc)[:80]}", file=sys.stderr)
            return None
    return {"body": article.body, "front_matter": article.front_matter()}


def _baselines(html: str) -> dict[str, str]:
    import trafilatura
    from readability import Document

    try:
        out = {"trafilatura": trafilatura.extract(html) or ""}
    except Exception:  # noqa: BLE001 - as a user would get it: nothing
        out = {"trafilatura": ""}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out["readability"] = Document(html).summary(html_partial=True) or ""
    except Exception:  # noqa: BLE001 - readability fails on odd markup: an empty result, as a user gets
        out["readability"] = ""
    return out


def _compute(page: Page) -> dict[str, Any]:
    import score  # the shared scorer's Markdown → text, so bodies are read exactly as it reads them

    html = decode(page.path.read_bytes(), str(page.path))
    rel = f"html/{page.id}.html"
    captured: dict[str, Any] = {}

    def capture(tree: Any, *_: Any) -> str:  # extract_html's main-content step, whatever else it is passed
        captured["page"] = PageStats.of(tree).as_dict()
        runs = content.Runs(tree)
        captured["candidates"] = {name: extract(runs) for name, extract in CANDIDATES.items()}
        captured["rule"] = fallback.main_content(tree, content.PageWords(tree))
        return captured["rule"]

    rule = _article(html, rel, capture)
    entry: dict[str, Any] = {"front_matter": rule and rule["front_matter"], "bodies": {}}
    if "candidates" not in captured:  # the page failed before the content step (unparsable)
        entry |= {"page": None, "candidates": {}, "rule": None}
    else:
        entry |= {key: captured[key] for key in ("page", "candidates", "rule")}
        fragments = {**captured["candidates"], "rule": captured["rule"]}
        done: dict[str, str | None] = {}
        for name, fragment in fragments.items():
            if fragment not in done:
                result = rule if name == "rule" else _article(html, rel, lambda tree, *_, f=fragment: f)
                done[fragment] = None if result is None else score.markdown_to_text(result["body"])
            entry["bodies"][name] = done[fragment]
    entry["baselines"] = {
        name: score.html_to_text(text) if name == "readability" else text for name, text in _baselines(html).items()
    }
    return entry


@functools.cache
def _fingerprint() -> str:
    """The converter's code as parsed (comments and layout aside): a change of behaviour renews the cache.

    Read once per process, as the modules are imported once: a file edited while a run computes the
    entries must not label results the old code made with the new code's name.
    """
    digest = hashlib.sha256(CACHE_VERSION.encode())
    for path in sorted((REPO / "converter").rglob("*.py")):
        # The chooser, its features and weights are what the cached results are for, not inputs to them.
        if "models" not in path.parts and path.name not in ("choose.py", "features.py"):
            digest.update(ast.dump(ast.parse(path.read_text(encoding="utf-8"))).encode())
    return digest.hexdigest()[:16]


def cached(pages: list[Page], shared: Path, progress: bool = True) -> dict[str, dict[str, Any]]:
    """Each page's cache entry, computed when missing or made by other code."""
    sys.path.insert(0, str(shared / "eval"))
    folder = CACHE / _fingerprint()
    out: dict[str, dict[str, Any]] = {}
    for n, page in enumerate(pages, 1):
        path = folder / page.set / f"{page.id}.json"
        if path.exists():
            out[page.id] = json.loads(path.read_text(encoding="utf-8"))
            continue
        if progress:
            print(f"  computing {page.set} {n}/{len(pages)} {page.id[:16]}", file=sys.stderr, flush=True)
        entry = _compute(page)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(entry), encoding="utf-8")
        out[page.id] = entry
    return out

"""Labelled text dumps for the text-dump decisions: pages, their labels and their CV groups.

Reads ../shared/corpus (aggregator: labels.json; naeb: meta.json; scrapinghub: the hand-read
labels in tests/fixtures/meta.json). Groups: the layout (template) on the aggregator set, the
site elsewhere, so that a held-out fold holds pages of layouts and sites the model never saw.
Only the permissively licensed sets are read (wceb-train is for validation elsewhere).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@dataclass(frozen=True)
class Page:
    pid: str
    corpus: str  # aggregator, naeb, scrapinghub
    group: str  # layout or site: the unit held out together
    text: str
    title: str | None
    authors: tuple[str, ...] | None  # None: not labelled
    date: str | None


def score_meta():  # type: ignore[no-untyped-def]
    """The shared scorer's normalisers (norm_title, name_set), so training counts as scoring does."""
    sys.path.insert(0, str(SHARED / "eval"))
    import score_meta as module

    return module


@cache
def load_pages(shared: Path = SHARED) -> tuple[Page, ...]:
    pages: list[Page] = []
    corpus = shared / "corpus"
    labels = json.loads((corpus / "aggregator" / "labels.json").read_text(encoding="utf-8"))
    for pid in sorted(labels):
        lab = labels[pid]
        text = (corpus / "aggregator" / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        pages.append(Page(pid, "aggregator", "layout:" + lab["template"], text, lab["title"],
                          tuple(lab["authors"]), lab["date"]))
    labelled = (("naeb", corpus / "naeb" / "meta.json"), ("scrapinghub", ROOT / "tests/fixtures/meta.json"))
    for name, meta_path in labelled:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for pid in sorted(meta):
            path = corpus / name / "text" / f"{pid}.txt"
            if not path.exists():
                continue
            lab = meta[pid]
            authors = lab.get("authors")
            if isinstance(authors, str):
                authors = [part.strip() for part in authors.replace(";", ",").split(",") if part.strip()]
            pages.append(Page(pid, name, "site:" + str(lab.get("site")), path.read_text(encoding="utf-8"),
                              lab.get("title"), tuple(authors) if authors is not None else None, lab.get("date")))
    return tuple(pages)


def folds(pages: tuple[Page, ...], naeb_folds: int = 5) -> list[set[str]]:
    """Groups held out together: each aggregator layout alone, the sites of the other sets in `naeb_folds` folds."""
    layouts = sorted({page.group for page in pages if page.group.startswith("layout:")})
    sites = sorted({page.group for page in pages if page.group.startswith("site:")})
    site_folds = [set(sites[start::naeb_folds]) for start in range(naeb_folds)]
    return [{layout} for layout in layouts] + site_folds

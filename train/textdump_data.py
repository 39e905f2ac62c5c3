"""Labelled text dumps for the text-dump decisions: pages, their labels and their CV groups.

Reads ../shared/corpus (aggregator: labels.json; naeb: meta.json; scrapinghub: the hand-read
labels in tests/fixtures/meta.json). Groups: the layout (template) on the aggregator set, the
site elsewhere, so that a held-out fold holds pages of layouts and sites the model never saw.
Only the permissively licensed sets are read (wceb-train is for validation elsewhere).
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from converter.textdump.repeated import NormalizedLines, repeated_lines  # noqa: E402

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
    body: str | None = None  # the truth body, when the set gives one
    # Lines this page shares with many pages of its folder, as the converter's survey finds them.
    repeated: frozenset[str] = frozenset()
    furniture: tuple[str, ...] = ()  # labelled furniture lines (aggregator set)
    related: tuple[str, ...] | None = None  # labelled related titles (aggregator set)
    embedded: tuple[tuple[str, str], ...] = ()  # labelled full texts carried: (title, first sentence)


def score_meta() -> ModuleType:
    """The shared scorer's normalisers (norm_title, name_set), so training counts as scoring does."""
    sys.path.insert(0, str(SHARED / "eval"))
    import score_meta as module

    return module


@cache
def load_pages(shared: Path = SHARED) -> tuple[Page, ...]:
    pages: list[Page] = []
    corpus = shared / "corpus"
    labels = json.loads((corpus / "aggregator" / "labels.json").read_text(encoding="utf-8"))
    truth = _truth(corpus / "aggregator")
    texts = {pid: (corpus / "aggregator" / "text" / f"{pid}.txt").read_text(encoding="utf-8") for pid in sorted(labels)}
    repeated = _repeated(texts)
    for pid in sorted(labels):
        lab = labels[pid]
        pages.append(
            Page(
                pid,
                "aggregator",
                "layout:" + lab["template"],
                texts[pid],
                lab["title"],
                tuple(lab["authors"]),
                lab["date"],
                truth.get(pid),
                repeated[pid],
                tuple(lab["furniture"]),
                tuple(lab["related"]),
                tuple((e["title"], e["first_sentence"]) for e in lab["embedded"]),
            )
        )
    labelled = (("naeb", corpus / "naeb" / "meta.json"), ("scrapinghub", ROOT / "tests/fixtures/meta.json"))
    for name, meta_path in labelled:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        truth = _truth(corpus / name)
        texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted((corpus / name / "text").glob("*.txt"))}
        repeated = _repeated(texts)
        for pid in sorted(texts):
            lab = meta.get(pid, {})
            authors = lab.get("authors")
            if isinstance(authors, str):
                authors = [part.strip() for part in authors.replace(";", ",").split(",") if part.strip()]
            site = lab.get("site") or _host(truth.get(pid + ":url")) or pid
            pages.append(
                Page(
                    pid,
                    name,
                    "site:" + str(site),
                    texts[pid],
                    lab.get("title"),
                    tuple(authors) if authors is not None else None,
                    lab.get("date"),
                    truth.get(pid),
                    repeated[pid],
                )
            )
    return tuple(pages)


def _truth(folder: Path) -> dict[str, str]:
    """{id: body, id + ':url': url} from a set's truth.json."""
    data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for pid, entry in data.items():
        out[pid] = entry.get("body") or entry.get("articleBody") or ""
        out[pid + ":url"] = entry.get("url") or ""
    return out


def _host(url: str | None) -> str | None:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname if url else None


def _repeated(texts: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each page's lines found on many pages of its folder: the converter's survey rule (survey.RepeatedLines)."""
    min_pages = max(3, math.ceil(len(texts) / 10))
    common = repeated_lines(texts.values(), min_pages)
    return {pid: common.intersection(NormalizedLines.of(text).distinct()) for pid, text in texts.items()}


def folds(pages: tuple[Page, ...], naeb_folds: int = 5) -> list[set[str]]:
    """Groups held out together: each aggregator layout alone, the sites of the other sets in `naeb_folds` folds."""
    layouts = sorted({page.group for page in pages if page.group.startswith("layout:")})
    sites = sorted({page.group for page in pages if page.group.startswith("site:")})
    site_folds = [set(sites[start::naeb_folds]) for start in range(naeb_folds)]
    return [{layout} for layout in layouts] + site_folds

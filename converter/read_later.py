"""Pocket and Instapaper exports joined onto the run's articles by URL.

The exports hold no article text: an entry adds its tags and saved date to the article saved from
the same URL (loose page or container page alike), and an entry no article matches is listed in
the run's report, never made into an article. The join runs on every run (the exports are small
and read whole), after the cache, so changing an export converts no page again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from converter.article import Extraction
from converter.container_state import ContainerRecord, stat_key
from converter.containers import DEFAULT_LIMITS, Failure, ReadLaterEntry, read_entries
from converter.discover import RawPage
from converter.urls import url_key


@dataclass
class ReadLater:
    entries: list[ReadLaterEntry] = field(default_factory=list)
    # (export and row, reason)
    failures: list[tuple[str, str]] = field(default_factory=list)


def load_exports(exports: list[RawPage]) -> ReadLater:
    found = ReadLater()
    for export in exports:
        try:
            for item in read_entries(export.path, export.rel, DEFAULT_LIMITS):
                if isinstance(item, Failure):
                    found.failures.append((f"{item.container}: {item.where}", item.reason))
                else:
                    found.entries.append(item)
        except OSError as exc:
            found.failures.append((export.rel, f"cannot read: {exc.strerror or exc}"))
    return found


def join(extractions: list[Extraction], entries: list[ReadLaterEntry]) -> tuple[list[Extraction], list[ReadLaterEntry]]:
    """The extractions with their entries' tags and saved date added; and the entries that matched none."""
    by_key: dict[str, ReadLaterEntry] = {}
    for entry in entries:
        if entry_key := url_key(entry.url):
            by_key.setdefault(entry_key, entry)
    matched: set[str] = set()
    joined = []
    for extraction in extractions:
        article = extraction.article
        key = url_key(article.source_url)
        found = by_key.get(key) if key else None
        if found is None or key is None:
            joined.append(extraction)
            continue
        matched.add(key)
        tags = article.tags + tuple(tag for tag in found.tags if tag not in article.tags)
        saved = article.saved or (found.saved.isoformat() if found.saved else None)
        joined.append(Extraction(article.with_changes(tags=tags, saved=saved), extraction.embedded))
    return joined, [entry for key, entry in by_key.items() if key not in matched]


def export_records(
    exports: list[RawPage],
    loaded: ReadLater,
    unmatched: list[ReadLaterEntry],
    fingerprint: str,
    html_fields: tuple[str, ...],
) -> dict[str, ContainerRecord]:
    """What each export gave this run, remembered like a container's (a re-run with nothing changed stops early)."""
    records = {}
    for export in exports:
        key = stat_key(export.path, export.rel, fingerprint, html_fields)
        if key is None:
            continue
        records[export.rel] = ContainerRecord(
            key,
            failures=[(where, why) for where, why in loaded.failures if where.startswith(f"{export.rel}: ")],
            unmatched=[(entry.raw, entry.url) for entry in unmatched if entry.raw.startswith(f"{export.rel}#")],
        )
    return records

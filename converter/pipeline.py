"""Convert one raw page, or a whole folder: orchestration only.

    discover → survey (read, key, normalized lines; lines repeated across a folder counted)
             → read → decode → detect → extract         (per page not in the cache, in the workers)
             → assemble (deduplicate, name, link embedded articles)
             → render (workers) → write (this process, one writer) → prune
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from converter.article import Article, Extraction
from converter.assemble import Sketch, assemble, body_sketch
from converter.cache import CachedFailure, CacheEntry, PageCache, code_fingerprint, encode_entry
from converter.detect import detect_format
from converter.discover import RawPage, discover
from converter.errors import ConverterError, OutputError, TooSlow
from converter.extract_html import extract_html
from converter.extract_text import extract_text, warm_up
from converter.frontmatter import dump_document, parse_document
from converter.options import ConvertOptions
from converter.output import RunState, prune_stale, read_state, write_state
from converter.read import decode
from converter.survey import NO_HINTS, NO_LINES, RepeatedLines, TextHints, entry_key, read_bytes, survey_page
from converter.time_limit import time_limit
from converter.write import sweep_temporaries, write_file

T = TypeVar("T")


def _extract_html(text: str, rel: str, hints: TextHints) -> Extraction:
    return extract_html(text, rel)  # HTML carries its own structure; repetition is not needed


def _extract_text(text: str, rel: str, hints: TextHints) -> Extraction:
    return extract_text(text, rel, repeated=hints.repeated, normalized=hints.normalized)


EXTRACTORS: dict[str, Callable[[str, str, TextHints], Extraction]] = {
    "html": _extract_html,
    "text": _extract_text,
}


@dataclass(frozen=True)
class Job:
    page: RawPage
    hints: TextHints = NO_HINTS
    entry_key: str = ""
    # Seconds the page may take (0: no limit).
    timeout: float = 0.0


@dataclass
class RunReport:
    converted: list[str] = field(default_factory=list)
    # Pages whose previous result was reused because neither they nor the converter changed.
    reused: int = 0
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    articles: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def convert_text(text: str, rel: str, suffix: str = "", hints: TextHints = NO_HINTS) -> Extraction:
    """Decoded page text → its articles (the pure core of the converter)."""
    return EXTRACTORS[detect_format(text, suffix)](text, rel, hints)


def convert_page(page: RawPage, hints: TextHints = NO_HINTS) -> Extraction:
    """One raw file → its articles. Raises `ConverterError` naming the file on bad input."""
    return convert_text(decode(read_bytes(page), page.rel), page.rel, page.path.suffix, hints)


def convert_tree(options: ConvertOptions, progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Convert every raw page under `options.raw_dir` into `options.docs_dir`."""
    report = RunReport()
    pages, report.skipped = discover(options.raw_dir, options.suffixes)
    docs_dir = options.docs_dir
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(docs_dir), f"cannot create the output folder: {exc.strerror or exc}") from exc
    sweep_temporaries(docs_dir)  # a killed run's half-written files never became articles
    fingerprint = f"{code_fingerprint()}:{options.fingerprint()}"
    previous = read_state(docs_dir)
    stats, unreadable = _stats(pages)
    known = _known_keys(stats, fingerprint, previous)
    if (
        not options.force
        and len(known) == len(pages)
        and _nothing_changed(previous, known, report.skipped, fingerprint, docs_dir)
    ):
        report.reused = len(known)
        report.failed = [(rel, reason) for rel, reason in previous.failed]
        report.articles = report.unchanged = len(previous.files)
        return report

    # One pool for the whole run: surveying, converting, then rendering and writing the articles.
    with _workers(options.jobs, len(pages)) as pool:
        converted = _convert_pages(options, pool, pages, fingerprint, report, progress)
        failures = {**unreadable, **converted.unreadable}
        failures.update(
            {rel: entry.reason for rel, entry in converted.outcomes.items() if isinstance(entry, CachedFailure)})
        extractions = [entry for entry in converted.outcomes.values() if isinstance(entry, Extraction)]
        files = _write_documents(options, previous, extractions, converted.sketches, report, failures, pool)
    report.failed = sorted(failures.items())

    state = RunState(
        fingerprint=fingerprint,
        # The size and mtime seen before the page was read: a page changed during the run is read again next time.
        pages={rel: [*stats[rel], key] for rel, key in converted.keys.items()
               if rel in stats and rel not in converted.retry},
        files=files,
        failed=[list(item) for item in report.failed],
        skipped=report.skipped,
    )
    write_state(docs_dir, state)
    return report


@dataclass
class _Converted:
    """What surveying and converting the pages gave, by page (relative path)."""

    keys: dict[str, str]
    unreadable: dict[str, str]
    outcomes: dict[str, CacheEntry] = field(default_factory=dict)
    # Body sketches of the pages converted in this run (see `assemble.body_sketch`).
    sketches: dict[str, Sketch] = field(default_factory=dict)
    # Pages that ran out of time: not remembered, so the next run tries them again.
    retry: set[str] = field(default_factory=set)


def _convert_pages(
    options: ConvertOptions,
    pool: ProcessPoolExecutor | None,
    pages: list[RawPage],
    fingerprint: str,
    report: RunReport,
    progress: Callable[[int, int], None] | None,
) -> _Converted:
    """Survey every page, then convert those the cache does not hold."""
    with PageCache.of(options.docs_dir) as cache:
        surveys = []
        counted = RepeatedLines()
        for survey in _map(pool, survey_page, pages, [fingerprint] * len(pages)):
            counted.add(survey)  # while the workers survey the pages after it
            surveys.append(survey)
        converted = _Converted(
            keys={survey.rel: survey.key for survey in surveys if survey.key},
            unreadable={survey.rel: survey.error for survey in surveys if survey.error},
        )
        keys, outcomes = converted.keys, converted.outcomes
        repeated = counted.by_page()
        normalized = {survey.rel: survey.lines for survey in surveys if survey.lines is not None}
        todo: list[Job] = []
        entry_keys: dict[str, str] = {}
        for page in pages:
            if page.rel not in keys:
                continue
            hints = TextHints(repeated.get(page.rel, NO_LINES), normalized.get(page.rel))
            entry_keys[page.rel] = entry_key(keys[page.rel], hints.repeated)
            entry = None if options.force else cache.get(entry_keys[page.rel])
            if entry is None:
                todo.append(Job(page, hints, entry_keys[page.rel], options.page_timeout))
            else:
                outcomes[page.rel] = entry
                report.reused += 1
        results = _map(pool, _convert_entry, todo)
        for done, (job, (entry, value, sketch)) in enumerate(zip(todo, results, strict=True), start=1):
            outcomes[job.page.rel] = entry
            if sketch is not None:
                converted.sketches[job.page.rel] = sketch
            if value is None:
                converted.retry.add(job.page.rel)
            else:
                cache.store(job.entry_key, value)
            report.converted.append(job.page.rel)
            if progress:
                progress(done, len(todo))
        cache.prune(set(entry_keys.values()))
    return converted


def _write_documents(
    options: ConvertOptions,
    previous: RunState,
    extractions: list[Extraction],
    sketches: dict[str, Sketch],
    report: RunReport,
    failures: dict[str, str],
    pool: ProcessPoolExecutor | None,
) -> dict[str, list[int]]:
    docs_dir = options.docs_dir
    documents = assemble(extractions, sketches=sketches)
    listed = _lower_names_in(docs_dir)

    def present(name: str) -> bool:
        # One listing rules most names out; a listed one is asked of the file system itself
        # (which may ignore case: "Foo.md" is then where "foo.md" would go).
        return listed is None or (name.lower() in listed and (docs_dir / name).exists())

    # Never replace a file we did not write (a hand-written page in DOCS_DIR). A file the manifest
    # does not list is still ours when its front matter names the same raw page (a lost manifest).
    foreign = {
        name
        for name, article in documents.items()
        if name not in previous.files and present(name) and not _written_for(docs_dir / name, article)
    }
    if foreign:
        documents = assemble(extractions, taken=foreign, sketches=sketches)
    report.articles = len(documents)
    files: dict[str, list[int]] = {}
    ordered = sorted(documents.items())
    # The workers render (the YAML is the costly part); this process writes each document as it
    # comes. One writer: parallel writers only queue for the folder's lock (and spin on it).
    documents_text = _map(pool, render, [article for _, article in ordered])
    for (name, article), text in zip(ordered, documents_text, strict=True):
        outcome = _write_document(docs_dir / name, text, may_exist=present(name))
        if isinstance(outcome, str):
            failures[article.raw] = f"cannot write {name}: {outcome}"
            continue
        changed, files[name] = outcome
        report.written += changed
        report.unchanged += not changed
    report.removed = prune_stale(docs_dir, set(previous.files) - set(files))
    return files


def _written_for(path: Path, article: Article) -> bool:
    """Does this existing file hold the converter's output for the same raw page?"""
    try:
        meta, _ = parse_document(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return False
    return bool(meta) and meta.get("raw") == article.raw and meta.get("title") == article.title


def render(article: Article) -> str:
    return dump_document(article.front_matter(), article.body)


def _write_document(target: Path, text: str, *, may_exist: bool) -> tuple[bool, list[int]] | str:
    """Write one rendered document: (whether the file changed, its size and mtime), or why it failed."""
    try:
        written = write_file(target, text, may_exist=may_exist)
        return written.changed, [written.size, written.mtime_ns]
    except (ConverterError, OSError) as exc:
        return str(getattr(exc, "reason", exc))


def _lower_names_in(folder: Path) -> set[str] | None:
    """The names of the entries in `folder` now, lower-cased (None when it cannot be listed)."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name.lower() for entry in entries}
    except OSError:
        return None


def _stats(pages: list[RawPage]) -> tuple[dict[str, tuple[int, int]], dict[str, str]]:
    """(size, mtime) of each page, and the pages that cannot be stat'ed with why."""
    stats: dict[str, tuple[int, int]] = {}
    unreadable: dict[str, str] = {}
    for page in pages:
        stat = _stat_or_none(page)
        if stat is None:
            unreadable[page.rel] = "cannot read: the file vanished or cannot be opened"
        else:
            stats[page.rel] = stat
    return stats, unreadable


def _known_keys(stats: dict[str, tuple[int, int]], fingerprint: str, previous: RunState) -> dict[str, str]:
    """Cache keys of pages whose files look untouched since the last run (by size and mtime)."""
    keys: dict[str, str] = {}
    for rel, (size, mtime_ns) in stats.items():
        key = previous.known_key(rel, size, mtime_ns, fingerprint)
        if key:
            keys[rel] = key
    return keys


def _nothing_changed(
    previous: RunState, keys: dict[str, str], skipped: list[str], fingerprint: str, docs_dir: Path
) -> bool:
    return (
        bool(previous.files or previous.failed)
        and previous.fingerprint == fingerprint
        and previous.skipped == skipped
        and {rel: entry[2] for rel, entry in previous.pages.items()} == keys
        and previous.outputs_intact(docs_dir)
    )


def _stat_or_none(page: RawPage) -> tuple[int, int] | None:
    try:
        info = page.path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _convert_safely(job: Job) -> Extraction | ConverterError:
    page = job.page
    try:
        with time_limit(job.timeout, page.rel):
            return convert_page(page, job.hints)
    except ConverterError as exc:
        return exc
    except RecursionError:
        return ConverterError(page.rel, "page is nested too deeply to parse")
    except MemoryError:
        return ConverterError(page.rel, "page is too large to convert in memory")
    except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
        return ConverterError(page.rel, f"internal error: {type(exc).__name__}: {exc}")


def _convert_entry(job: Job) -> tuple[CacheEntry, str | None, Sketch | None]:
    """One page's result, its cache value and its body sketch: computed here, in the worker, so the
    main process (which alone assembles and stores) has less to do. A page that ran out of time has
    no cache value: a later run (with a higher limit, say) converts it again."""
    result = _convert_safely(job)
    entry = CachedFailure(result.reason) if isinstance(result, ConverterError) else result
    sketch = body_sketch(entry.article.body) if isinstance(entry, Extraction) else None
    return entry, None if isinstance(result, TooSlow) else encode_entry(entry), sketch


@contextmanager
def _workers(jobs: int, pages: int) -> Iterator[ProcessPoolExecutor | None]:
    if jobs <= 1 or pages < 2 * jobs:
        with _long_lived_heap_frozen():
            yield None
        return
    # Workers fork from this process: load the text extractor's language tables once, here, and
    # leave them out of the collector's sweeps in every process.
    warm_up()
    with _long_lived_heap_frozen(), ProcessPoolExecutor(max_workers=jobs) as pool:
        yield pool


# Collect young objects after this many allocations (Python's default is 700): a page's conversion
# allocates hundreds of thousands (parsed trees, soups full of reference cycles), and collecting
# that often cost about a tenth of an HTML page's time. The garbage still goes, a little later.
_GC_THRESHOLDS = (20_000, 50, 50)


@contextmanager
def _long_lived_heap_frozen() -> Iterator[None]:
    """Objects alive now (modules, language tables, regexes) are left out of garbage collection,
    and young objects are collected less often (workers inherit both when they fork).

    Converting a page allocates and frees objects by the hundred thousand; each full collection
    would otherwise walk every long-lived object too (a few percent of the run), and in forked
    workers it would also copy the pages it touches.
    """
    thresholds = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _map(pool: ProcessPoolExecutor | None, function: Callable[..., T], *items: list[Any]) -> Iterator[T]:
    """`map` in order, in the worker processes when there are any."""
    if pool is None:
        return map(function, *items)
    chunk = max(1, min(32, len(items[0]) // (pool._max_workers * 8)))
    return pool.map(function, *items, chunksize=chunk)

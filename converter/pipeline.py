"""Convert one raw page, or a whole folder: orchestration only.

discover → survey (read, key, normalized lines; lines repeated across a folder counted)
         → plan (what changed: look each page up in the cache; incremental.py)
         → read → decode → detect → extract         (per page not in the cache, in the workers)
         → assemble (deduplicate, name, link embedded articles)          (publish.py from here)
         → render (workers) → write (this process, one writer) → prune
         → remember (the manifest: what the next run may skip)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from converter.article import Extraction
from converter.assemble import Sketch, body_sketch
from converter.detect import detect_format
from converter.discover import RawPage, discover
from converter.errors import ConverterError, OutOfMemory, OutputError
from converter.extract_html import extract_html
from converter.extract_text import extract_text, warm_up
from converter.incremental import (
    CachedFailure,
    CacheEntry,
    PageCache,
    PageSeen,
    RunState,
    code_fingerprint,
    encode_entry,
    read_state,
    write_state,
)
from converter.options import ConvertOptions
from converter.publish import Published, publish
from converter.read import decode
from converter.survey import (
    NO_HINTS,
    NO_LINES,
    RepeatedLines,
    Survey,
    TextHints,
    entry_key,
    read_bytes,
    survey_page,
)
from converter.time_limit import time_limit
from converter.workers import Workers, long_lived_heap_frozen
from converter.write import sweep_temporaries


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
    # Said once: state of an earlier run that could not be used (everything is converted again).
    warnings: list[str] = field(default_factory=list)

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
    """Convert every raw page under `options.raw_dir` into `options.docs_dir`: one line per stage."""
    report = RunReport()
    docs_dir = _output_folder(options.docs_dir)
    pages, report.skipped = discover(options.raw_dir, options.suffixes, exclude=docs_dir)
    sweep_temporaries(docs_dir)  # a killed run's half-written files never became articles
    fingerprint = f"{code_fingerprint()}:{options.fingerprint()}"
    previous = _previous_run(docs_dir, report)
    stats, unreadable = _stats(pages)
    if not options.force and _nothing_changed(previous, stats, len(pages), report.skipped, fingerprint, docs_dir):
        return _reused_whole(previous, report)
    if options.jobs > 1 or options.page_timeout:
        warm_up()  # workers fork from this process: load the language tables once, here
    # One set of workers for the whole run: surveying, converting, then rendering the articles.
    with long_lived_heap_frozen(), Workers(_processes(options.jobs, len(pages))) as workers:
        surveys, repeated = _survey(workers, pages, fingerprint)
        with PageCache.of(docs_dir) as cache:
            plan = _plan(surveys, repeated, pages, cache, options)
            converted = _convert(workers, plan, cache, options.page_timeout, progress)
            cache.prune(set(plan.entry_keys.values()))
        failures = {**unreadable, **plan.unreadable, **converted.failed}
        published = publish(docs_dir, previous, converted.extractions, converted.sketches, failures, workers)
    _report(report, plan, converted, published, failures, cache.problems)
    _remember(docs_dir, fingerprint, stats, plan, converted, published, report)
    return report


def _previous_run(docs_dir: Path, report: RunReport) -> RunState:
    """What the last run saw (an empty state, said once, when its manifest cannot be used)."""
    previous, problem = read_state(docs_dir)
    report.warnings.extend([problem] if problem else [])
    return previous


def _reused_whole(previous: RunState, report: RunReport) -> RunReport:
    """Nothing changed since the last run: its outcome, reported again."""
    report.reused = len(previous.pages)
    report.failed = list(previous.failed)
    report.articles = report.unchanged = len(previous.files)
    return report


def _survey(workers: Workers, pages: list[RawPage], fingerprint: str) -> tuple[list[Survey], RepeatedLines]:
    """Each page's key and lines, in page order (surveyed in the workers), and the lines counted."""
    surveys = []
    counted = RepeatedLines()
    survey = partial(survey_page, fingerprint=fingerprint)
    for surveyed in workers.map(survey, pages, chunk=workers.chunk_for(len(pages)), lost=_lost_survey):
        counted.add(surveyed)  # while the workers survey the pages after it
        surveys.append(surveyed)
    return surveys, counted


@dataclass
class _Plan:
    """What changed: the pages to convert, and the outcomes the cache already holds."""

    keys: dict[str, str]  # page key, by page (relative path), for every page that could be read
    unreadable: dict[str, str]
    entry_keys: dict[str, str] = field(default_factory=dict)  # cache key of each readable page
    todo: list[Job] = field(default_factory=list)
    cached: dict[str, CacheEntry] = field(default_factory=dict)


def _plan(
    surveys: list[Survey], counted: RepeatedLines, pages: list[RawPage], cache: PageCache, options: ConvertOptions
) -> _Plan:
    """Each page's hints and cache key, and whether the cache already holds its outcome."""
    repeated = counted.by_page()
    normalized = {surveyed.rel: surveyed.lines for surveyed in surveys if surveyed.lines is not None}
    plan = _Plan(
        keys={surveyed.rel: surveyed.key for surveyed in surveys if surveyed.key},
        unreadable={surveyed.rel: surveyed.error for surveyed in surveys if surveyed.error},
    )
    for page in pages:
        if page.rel not in plan.keys:
            continue
        hints = TextHints(repeated.get(page.rel, NO_LINES), normalized.get(page.rel))
        key = plan.entry_keys[page.rel] = entry_key(plan.keys[page.rel], hints.repeated)
        entry = None if options.force else cache.get(key)
        if entry is None:
            plan.todo.append(Job(page, hints, key, options.page_timeout))
        else:
            plan.cached[page.rel] = entry
    return plan


@dataclass
class _Converted:
    """The outcome of every readable page (converted now, or from the cache), by page."""

    outcomes: dict[str, CacheEntry]
    # Pages converted in this run, in order.
    converted: list[str] = field(default_factory=list)
    # Body sketches of the pages converted in this run (see `assemble.body_sketch`).
    sketches: dict[str, Sketch] = field(default_factory=dict)
    # Pages that ran out of time or met a failure of the machine (not of their content): not
    # remembered, so the next run tries them again.
    retry: set[str] = field(default_factory=set)

    @property
    def failed(self) -> dict[str, str]:
        return {rel: entry.reason for rel, entry in self.outcomes.items() if isinstance(entry, CachedFailure)}

    @property
    def extractions(self) -> list[Extraction]:
        return [entry for entry in self.outcomes.values() if isinstance(entry, Extraction)]


def _convert(
    workers: Workers, plan: _Plan, cache: PageCache, limit: float, progress: Callable[[int, int], None] | None
) -> _Converted:
    """Convert the pages the cache does not hold (in the workers), storing each result as it comes."""
    converted = _Converted(outcomes=dict(plan.cached))
    todo = plan.todo
    results = workers.map(_convert_entry, todo, chunk=workers.chunk_for(len(todo)), limit=limit, lost=_lost)
    for done, (job, (entry, value, sketch)) in enumerate(zip(todo, results, strict=True), start=1):
        rel = job.page.rel
        if value is not None:
            problem = cache.store(job.entry_key, value)
            if problem is not None:  # this page's text cannot be stored: it cannot be written either
                entry, sketch = CachedFailure(problem), None
                cache.put(job.entry_key, entry)
        converted.outcomes[rel] = entry
        if sketch is not None:
            converted.sketches[rel] = sketch
        if value is None:
            converted.retry.add(rel)
        converted.converted.append(rel)
        if progress:
            progress(done, len(todo))
    return converted


def _report(
    report: RunReport,
    plan: _Plan,
    converted: _Converted,
    published: Published,
    failures: dict[str, str],
    cache_problems: list[str],
) -> None:
    report.converted = converted.converted
    report.reused = len(plan.cached)
    report.failed = sorted(failures.items())
    report.articles, report.written, report.unchanged = published.articles, published.written, published.unchanged
    report.removed = published.removed
    report.warnings.extend(cache_problems + published.warnings)


def _remember(
    docs_dir: Path,
    fingerprint: str,
    stats: dict[str, tuple[int, int]],
    plan: _Plan,
    converted: _Converted,
    published: Published,
    report: RunReport,
) -> None:
    """Write the manifest: the pages whose result is settled (content, not the machine) and the files."""
    # A page whose article was not written is not remembered: the next run writes it (from the cache).
    # The size and mtime are those seen before the page was read: a page changed during the run is
    # read again next time.
    remembered = {
        rel: PageSeen(*stats[rel], key)
        for rel, key in plan.keys.items()
        if rel in stats and rel not in converted.retry and rel not in published.unwritten
    }
    failed = [(rel, reason) for rel, reason in report.failed if rel in remembered]
    try:
        write_state(docs_dir, RunState(fingerprint, remembered, published.files, failed, report.skipped))
    except ConverterError as exc:
        # The articles are written and every failure is still reported. The last manifest stays (the
        # rename never happened): the next run converts what changed since it, and claims the files
        # written now by their front matter.
        report.failed.append((exc.path, exc.reason))


def _output_folder(docs_dir: Path) -> Path:
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(docs_dir), f"cannot create the output folder: {exc.strerror or exc}") from exc
    return docs_dir


def _processes(jobs: int, pages: int) -> int:
    """Worker processes for a run (0: convert in this process); forking costs more than a few pages."""
    return 0 if jobs <= 1 or pages < 2 * jobs else jobs


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


def _nothing_changed(
    previous: RunState,
    stats: dict[str, tuple[int, int]],
    pages: int,
    skipped: list[str],
    fingerprint: str,
    docs_dir: Path,
) -> bool:
    """Does every page look untouched since the last run (by size and mtime), with its articles intact?"""
    keys = {rel: previous.known_key(rel, size, mtime_ns, fingerprint) for rel, (size, mtime_ns) in stats.items()}
    return (
        len(stats) == pages
        and all(keys.values())
        and bool(previous.files or previous.failed)
        and previous.fingerprint == fingerprint
        and previous.skipped == skipped
        and {rel: seen.key for rel, seen in previous.pages.items()} == keys
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
        return OutOfMemory(page.rel, "page is too large to convert in memory")
    except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
        return ConverterError(page.rel, f"internal error: {type(exc).__name__}: {exc}")


def _convert_entry(job: Job) -> tuple[CacheEntry, str | None, Sketch | None]:
    """One page's result, its cache value and its body sketch: computed here, in the worker, so the
    main process (which alone assembles and stores) has less to do. A failure of the machine rather
    than of the page (out of time, out of memory, unreadable) has no cache value: a later run (with a
    higher limit, say) converts it again."""
    result = _convert_safely(job)
    try:
        entry = CachedFailure(result.reason) if isinstance(result, ConverterError) else result
        sketch = body_sketch(entry.article.body) if isinstance(entry, Extraction) else None
        value = encode_entry(entry)
    except Exception as exc:  # noqa: BLE001 - the page's content broke the encoding: it fails alone
        entry, sketch = CachedFailure(f"internal error: {type(exc).__name__}: {exc}"), None
        value = encode_entry(entry)
    return entry, None if isinstance(result, ConverterError) and result.transient else value, sketch


def _lost_survey(page: RawPage, why: str) -> Survey:
    return Survey(page.rel, error=why)


def _lost(job: Job, why: str) -> tuple[CacheEntry, None, None]:
    """The result of a page whose worker was stopped (or died): failed, not remembered."""
    return CachedFailure(why), None, None

"""Convert one raw page, or a whole folder: orchestration only.

sources (loose pages, containers, read-it-later exports; sources.py)
         → survey: read → key → decode → detect, in the workers, once per page; then
              an HTML page the cache does not hold → extract, there and then;
              a text dump → its normalized lines (lines repeated across a folder counted)
         → plan (what changed: look each text dump up in the cache, with its folder's repeated lines)
         → extract                        (per text dump not in the cache, in the workers)
         → assemble (deduplicate, name, link embedded articles)          (publish.py from here)
         → render (workers) → write (this process, one writer) → prune
         → remember (the manifest: what the next run may skip)

Containers (read_containers.py) stream their pages through the same workers after the loose pages;
read-it-later exports (read_later.py) are joined onto the articles before they are assembled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from converter.article import Extraction
from converter.container_state import ContainerRecord, all_unchanged, read_records, write_records
from converter.detect import Format, detect_format
from converter.discover import RawPage
from converter.errors import ConverterError, OutputError, contained
from converter.incremental import (
    CachedFailure,
    CacheEntry,
    CacheLookup,
    PageCache,
    PageOutcome,
    PageSeen,
    RunState,
    code_fingerprint,
    page_outcome,
    read_state,
    write_state,
)
from converter.options import ConvertOptions
from converter.progress import PageTally
from converter.read import decode
from converter.sources import Sources, find_sources
from converter.survey import (
    NO_HINTS,
    NO_LINES,
    RepeatedLines,
    Survey,
    TextHints,
    entry_key,
    read_bytes,
    read_page,
)
from converter.write import sweep_temporaries

if TYPE_CHECKING:
    from converter.assemble import Sketch
    from converter.containers import ReadLaterEntry
    from converter.publish import Published
    from converter.read_containers import ContainerPages
    from converter.read_later import ReadLater
    from converter.workers import Workers

# The extractors, the container readers and the writer are imported where a run first needs them: an
# unchanged re-run (the common case) stops before that, and its time is mostly the imports it skips.


def _extract_html(text: str, rel: str, hints: TextHints) -> Extraction:
    from converter.html.extract import extract_html

    return extract_html(text, rel)  # HTML carries its own structure; repetition is not needed


def _extract_text(text: str, rel: str, hints: TextHints) -> Extraction:
    from converter.textdump.extract import extract_text

    return extract_text(text, rel, repeated=hints.repeated, normalized=hints.normalized)


EXTRACTORS: dict[Format, Callable[[str, str, TextHints], Extraction]] = {
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
    # The page's text as the survey decoded it, and the format it detected (no text: the page is read
    # again, as an HTML page the cache failed to give back is).
    text: str | None = None
    kind: Format = "text"


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
    # Articles not written because their file was edited by hand since the converter wrote it (each also a
    # warning); not failures.
    kept: int = 0
    # Said once: state of an earlier run that could not be used (everything is converted again).
    warnings: list[str] = field(default_factory=list)
    # Images a container held that were not copied: (page, image source, why).
    images_left_out: list[tuple[str, str, str]] = field(default_factory=list)
    # Read-it-later entries no saved page matched: (export and row, URL). Never articles.
    unmatched: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def convert_text(text: str, rel: str, suffix: str = "", hints: TextHints = NO_HINTS) -> Extraction:
    """Decoded page text → its articles (the pure core of the converter)."""
    return extract(text, rel, detect_format(text, suffix), hints)


def extract(text: str, rel: str, kind: Format, hints: TextHints = NO_HINTS) -> Extraction:
    """Decoded page text whose format is known (the survey detected it) → its articles."""
    return EXTRACTORS[kind](text, rel, hints)


def convert_page(page: RawPage, hints: TextHints = NO_HINTS) -> Extraction:
    """One raw file → its articles. Raises `ConverterError` naming the file on bad input."""
    return convert_text(decode(read_bytes(page), page.rel), page.rel, page.path.suffix, hints)


def convert_tree(options: ConvertOptions, progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Convert every raw page under `options.raw_dir` into `options.docs_dir`: one line per stage."""
    report = RunReport()
    docs_dir = _output_folder(options.docs_dir)
    sources = find_sources(options.raw_dir, options.suffixes, exclude=docs_dir)
    pages, report.skipped = sources.pages, sources.skipped
    fingerprint = f"{code_fingerprint()}:{options.fingerprint()}"
    previous, last_read = _previous_run(docs_dir, report), read_records(docs_dir)
    stats, unreadable = _stats(pages)
    unchanged = _nothing_changed(previous, stats, len(pages), report.skipped, fingerprint, docs_dir)
    if not options.force and unchanged and _containers_unchanged(last_read, sources, fingerprint, options):
        return _reused_whole(previous, last_read, report)
    from converter.publish import publish
    from converter.read_containers import convert_containers
    from converter.read_later import export_records, join, load_exports

    _load_extractors(warm=options.jobs > 1 or bool(options.page_timeout))  # then one set of workers for all stages
    with _worker_pool(_processes(options.jobs, _expected(pages, sources, options))) as workers:
        tally = PageTally(progress)  # loose pages (HTML ones as they are surveyed), then the containers' pages
        surveys, repeated = _survey(workers, pages, fingerprint, options, tally)
        with PageCache.of(docs_dir) as cache:
            plan = _plan(surveys, repeated, pages, cache, options)
            converted = _convert(workers, plan, cache, options.page_timeout, tally)
            contained = convert_containers(sources.containers, options, workers, cache, fingerprint, last_read, tally)
            cache.prune(set(plan.entry_keys.values()) | contained.keys)
        exports = load_exports(sources.read_later)
        failures = {**unreadable, **plan.unreadable, **converted.failed, **_failed_inside(contained, exports)}
        extractions, unmatched = join(converted.extractions + _extractions(contained), exports.entries)
        sketches = {**converted.sketches, **contained.sketches}
        published = publish(docs_dir, previous, extractions, sketches, failures, workers)
    _report(report, plan, converted, contained, unmatched, published, failures, cache.problems)
    _remember(docs_dir, fingerprint, stats, plan, converted, published, report)
    read_later = export_records(sources.read_later, exports, unmatched, fingerprint, options.jsonl_html_fields)
    _remember_containers(docs_dir, {**_settle(contained.records, failures, published), **read_later}, report)
    return report


@contextmanager
def _worker_pool(processes: int) -> Iterator[Workers]:
    """The run's worker processes (forked from a heap frozen out of garbage collection)."""
    from converter.workers import Workers, long_lived_heap_frozen

    with long_lived_heap_frozen(), Workers(processes) as workers:
        yield workers


def _load_extractors(*, warm: bool) -> None:
    """Import both extractors here, before the workers fork from this process (so they inherit them), and
    with `warm` load the text extractor's language tables too (once, not once per worker)."""
    import converter.html.extract  # noqa: F401 - loaded for the workers to inherit
    from converter.textdump.extract import warm_up

    if warm:
        warm_up()


def _previous_run(docs_dir: Path, report: RunReport) -> RunState:
    """What the last run saw (an empty state, said once, when its manifest cannot be used)."""
    previous, problem = read_state(docs_dir)
    report.warnings.extend([problem] if problem else [])
    return previous


def _reused_whole(previous: RunState, containers: dict[str, ContainerRecord], report: RunReport) -> RunReport:
    """Nothing changed since the last run: its outcome, reported again (containers' from their records)."""
    report.reused = len(previous.pages) + sum(len(record.pages) for record in containers.values())
    failed = list(previous.failed)
    for record in containers.values():
        failed += record.failures + record.page_failures
        report.images_left_out += record.left_out
        report.unmatched += record.unmatched
    report.failed = sorted(failed)
    report.articles = report.unchanged = len(previous.files)
    return report


def _containers_unchanged(
    records: dict[str, ContainerRecord], sources: Sources, fingerprint: str, options: ConvertOptions
) -> bool:
    found = [(source.path, source.rel) for source in sources.containers + sources.read_later]
    return all_unchanged(records, found, fingerprint, options.jsonl_html_fields, options.docs_dir)


def _expected(pages: list[RawPage], sources: Sources, options: ConvertOptions) -> int:
    """Pages the run expects: a container holds an unknown number of pages, worth the workers."""
    return len(pages) + (2 * options.jobs if sources.containers else 0)


def _failed_inside(contained: ContainerPages, exports: ReadLater) -> dict[str, str]:
    """Records of containers and rows of exports that could not be read, and container pages that did not convert."""
    pages = {raw: entry.reason for raw, entry in contained.outcomes.items() if isinstance(entry, CachedFailure)}
    return {**dict(contained.failures), **pages, **dict(exports.failures)}


def _extractions(contained: ContainerPages) -> list[Extraction]:
    return [entry for entry in contained.outcomes.values() if isinstance(entry, Extraction)]


def _survey(
    workers: Workers, pages: list[RawPage], fingerprint: str, options: ConvertOptions, tally: PageTally
) -> tuple[list[Survey], RepeatedLines]:
    """Each page's key and lines, in page order (surveyed in the workers, where an HTML page the cache does
    not hold is converted at once), and the lines counted."""
    surveys = []
    counted = RepeatedLines()
    # Nothing is looked up with --force: every page is converted.
    lookup = CacheLookup(None if options.force else PageCache.of(options.docs_dir).path)
    limit = options.page_timeout
    survey = partial(_survey_or_convert, fingerprint=fingerprint, cached=lookup, timeout=limit)
    chunk = workers.chunk_for(len(pages))
    try:
        for surveyed in workers.map(survey, pages, chunk=chunk, limit=limit, lost=_lost_survey):
            counted.add(surveyed)  # while the workers survey the pages after it
            if surveyed.outcome is not None:
                tally.expect(1)
                tally.finished()
            # Counted: its distinct lines are not asked again (kept, they were ~50 MB of 2,000 dumps' surveys).
            surveys.append(replace(surveyed, distinct=(), placed=()) if surveyed.distinct else surveyed)
    finally:
        lookup.close()  # (when this process surveyed too)
    return surveys, counted


@dataclass
class _Plan:
    """What changed: the pages to convert, the outcomes the cache already holds, and those of the pages
    converted as they were surveyed."""

    keys: dict[str, str]  # page key, by page (relative path), for every page that could be read
    unreadable: dict[str, str]
    entry_keys: dict[str, str] = field(default_factory=dict)  # cache key of each readable page
    todo: list[Job] = field(default_factory=list)
    cached: dict[str, CacheEntry] = field(default_factory=dict)
    # HTML pages the cache did not hold, converted in the survey, with their outcomes.
    surveyed: list[tuple[Job, PageOutcome]] = field(default_factory=list)


def _plan(
    surveys: list[Survey], counted: RepeatedLines, pages: list[RawPage], cache: PageCache, options: ConvertOptions
) -> _Plan:
    """Each page's hints and cache key, and whether the cache already holds its outcome (or the survey)."""
    repeated = counted.by_page()
    normalized = {surveyed.rel: surveyed.lines for surveyed in surveys if surveyed.lines is not None}
    outcomes = {surveyed.rel: surveyed.outcome for surveyed in surveys if surveyed.outcome is not None}
    texts = {surveyed.rel: surveyed.text for surveyed in surveys if surveyed.text is not None}
    plan = _Plan(
        keys={surveyed.rel: surveyed.key for surveyed in surveys if surveyed.key},
        unreadable={surveyed.rel: surveyed.error for surveyed in surveys if surveyed.error},
    )
    for page in pages:
        if page.rel not in plan.keys:
            continue
        hints = TextHints(repeated.get(page.rel, NO_LINES), normalized.get(page.rel))
        key = plan.entry_keys[page.rel] = entry_key(plan.keys[page.rel], hints.repeated)
        if page.rel in outcomes:  # converted as it was surveyed
            plan.surveyed.append((Job(page, hints, key, options.page_timeout), outcomes[page.rel]))
            continue
        entry = None if options.force else cache.get(key)
        if entry is None:
            plan.todo.append(Job(page, hints, key, options.page_timeout, texts.get(page.rel)))
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


def _convert(workers: Workers, plan: _Plan, cache: PageCache, limit: float, tally: PageTally) -> _Converted:
    """Convert the pages the cache does not hold (in the workers), storing each result as it comes, after
    those converted in the survey."""
    converted = _Converted(outcomes=dict(plan.cached))
    for job, outcome in plan.surveyed:
        _keep(converted, cache, job, outcome)
    todo = plan.todo
    tally.expect(len(todo))
    results = workers.map(_convert_entry, todo, chunk=workers.chunk_for(len(todo)), limit=limit, lost=_lost)
    for job, outcome in zip(todo, results, strict=True):
        _keep(converted, cache, job, outcome)
        tally.finished()
    return converted


def _keep(converted: _Converted, cache: PageCache, job: Job, outcome: PageOutcome) -> None:
    """A page's outcome, stored in the cache (unless the machine failed it: then it is tried again)."""
    entry, value, sketch = outcome
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


def _report(
    report: RunReport,
    plan: _Plan,
    converted: _Converted,
    contained: ContainerPages,
    unmatched: list[ReadLaterEntry],
    published: Published,
    failures: dict[str, str],
    cache_problems: list[str],
) -> None:
    report.converted = converted.converted + contained.converted
    report.reused = len(plan.cached) + contained.reused
    report.images_left_out = contained.left_out
    report.unmatched = [(entry.raw, entry.url) for entry in unmatched]
    report.failed = sorted(failures.items())
    report.articles, report.written, report.unchanged = published.articles, published.written, published.unchanged
    report.removed, report.kept = published.removed, published.kept
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


def _settle(
    records: dict[str, ContainerRecord], failures: dict[str, str], published: Published
) -> dict[str, ContainerRecord]:
    """Each container's page failures, kept for a re-run that stops early; a container with an article
    not written is read again next run (so that run writes it)."""
    for record in records.values():
        raws = {raw for raw, _ in record.pages}
        record.page_failures = sorted((raw, failures[raw]) for raw in raws if raw in failures)
        if raws & published.unwritten:
            record.key = ""
    return records


def _remember_containers(docs_dir: Path, records: dict[str, ContainerRecord], report: RunReport) -> None:
    """Write what each container and export held, so an unchanged one is not read again."""
    try:
        write_records(docs_dir, records)
    except (ConverterError, OSError) as exc:  # the containers are only read again next run
        report.warnings.append(f"{docs_dir}: cannot remember the containers read ({exc})")


def _output_folder(docs_dir: Path) -> Path:
    """The output folder, created if need be, without a killed run's half-written files (never articles)."""
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(docs_dir), f"cannot create the output folder: {exc.strerror or exc}") from exc
    sweep_temporaries(docs_dir)
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
    # Compared as whole dicts (a method call a page, asking each page's key, was a tenth of the check).
    return (
        len(stats) == pages
        and bool(previous.files or previous.failed)
        and previous.fingerprint == fingerprint
        and previous.skipped == skipped
        and all(seen.key for seen in previous.pages.values())
        and {rel: (seen.size, seen.mtime_ns) for rel, seen in previous.pages.items()} == stats
        and previous.outputs_intact(docs_dir)
    )


def _stat_or_none(page: RawPage) -> tuple[int, int] | None:
    try:
        info = page.path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _convert_safely(job: Job) -> Extraction | ConverterError:
    return contained(job.page.rel, lambda: _convert_in_time(job))


def _convert_in_time(job: Job) -> Extraction:
    from converter.time_limit import time_limit  # (threading: not needed by an unchanged re-run)

    with time_limit(job.timeout, job.page.rel):
        if job.text is not None:  # as surveyed
            return extract(job.text, job.page.rel, job.kind, job.hints)
        return convert_page(job.page, job.hints)


def _convert_entry(job: Job) -> PageOutcome:
    return page_outcome(_convert_safely(job))


def _survey_or_convert(page: RawPage, fingerprint: str, cached: CacheLookup, timeout: float) -> Survey:
    """Survey a page; an HTML page the cache does not hold is converted here and now, from the text the survey
    read and decoded (it needs nothing from the other pages; a text dump waits for its folder's repeated
    lines). Each page is so read, decoded and detected once."""
    read = read_page(page, fingerprint)
    survey, text = read.survey, read.html_text
    if text is None or survey.key is None or survey.key in cached:
        return survey
    return replace(survey, outcome=_convert_entry(Job(page, NO_HINTS, survey.key, timeout, text, "html")))


def _lost_survey(page: RawPage, why: str) -> Survey:
    return Survey(page.rel, error=why)


def _lost(job: Job, why: str) -> PageOutcome:
    """The result of a page whose worker was stopped (or died): failed, not remembered."""
    return CachedFailure(why), None, None

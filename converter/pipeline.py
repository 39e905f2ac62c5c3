"""Convert one raw page, or a whole folder: orchestration only.

    discover → key (stat or hash) → read → decode → detect → extract   (per page, cached, in parallel)
             → assemble (deduplicate, name, link embedded articles) → write → prune
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from converter.article import Article, Extraction
from converter.assemble import assemble
from converter.cache import CachedFailure, PageCache, code_fingerprint, page_key
from converter.detect import detect_format
from converter.discover import RawPage, discover
from converter.errors import ConverterError, OutputError, UnreadableInput
from converter.extract_html import extract_html
from converter.extract_text import extract_text
from converter.frontmatter import dump_document
from converter.options import ConvertOptions
from converter.output import RunState, file_stat, prune_stale, read_state, write_state
from converter.read import decode
from converter.write import write_atomic

EXTRACTORS: dict[str, Callable[[str, str], Extraction]] = {"html": extract_html, "text": extract_text}


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


def convert_text(text: str, rel: str, suffix: str = "") -> Extraction:
    """Decoded page text → its articles (the pure core of the converter)."""
    return EXTRACTORS[detect_format(text, suffix)](text, rel)


def convert_page(page: RawPage) -> Extraction:
    """One raw file → its articles. Raises `ConverterError` naming the file on bad input."""
    return convert_text(decode(_read(page), page.rel), page.rel, page.path.suffix)


def convert_tree(options: ConvertOptions, progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Convert every raw page under `options.raw_dir` into `options.docs_dir`."""
    report = RunReport()
    pages, report.skipped = discover(options.raw_dir, options.suffixes)
    docs_dir = options.docs_dir
    try:
        docs_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(docs_dir), f"cannot create the output folder: {exc.strerror or exc}") from exc
    fingerprint = f"{code_fingerprint()}:{options.fingerprint()}"
    previous = read_state(docs_dir)
    keys, unreadable = _page_keys(pages, fingerprint, previous)

    if not options.force and _nothing_changed(previous, keys, unreadable, report.skipped, fingerprint, docs_dir):
        report.reused = len(keys)
        report.failed = [(rel, reason) for rel, reason in previous.failed]
        report.articles = report.unchanged = len(previous.files)
        return report

    cache = PageCache(docs_dir)
    outcomes: dict[str, Extraction | CachedFailure] = {}
    todo: list[RawPage] = []
    for page in pages:
        if page.rel in unreadable:
            continue
        entry = None if options.force else cache.get(keys[page.rel])
        if entry is None:
            todo.append(page)
        else:
            outcomes[page.rel] = entry
            report.reused += 1
    for done, (page, result) in enumerate(_extract_all(todo, options.jobs), start=1):
        entry = CachedFailure(result.reason) if isinstance(result, ConverterError) else result
        outcomes[page.rel] = entry
        cache.put(keys[page.rel], entry)
        report.converted.append(page.rel)
        if progress:
            progress(done, len(todo))

    failures = dict(unreadable)
    failures.update({rel: entry.reason for rel, entry in outcomes.items() if isinstance(entry, CachedFailure)})
    extractions = [entry for entry in outcomes.values() if isinstance(entry, Extraction)]
    files = _write_documents(options, previous, extractions, report, failures)
    report.failed = sorted(failures.items())

    state = RunState(
        fingerprint=fingerprint,
        pages={
            page.rel: [*_stat(page), keys[page.rel]] for page in pages if page.rel in keys
        },
        files=files,
        failed=[list(item) for item in report.failed],
        skipped=report.skipped,
    )
    write_state(docs_dir, state)
    cache.prune(set(keys.values()))
    return report


def _write_documents(
    options: ConvertOptions,
    previous: RunState,
    extractions: list[Extraction],
    report: RunReport,
    failures: dict[str, str],
) -> dict[str, list[int]]:
    docs_dir = options.docs_dir
    documents = assemble(extractions)
    # Never replace a file we did not write (a hand-written page in DOCS_DIR).
    foreign = {name for name in documents if name not in previous.files and (docs_dir / name).exists()}
    if foreign:
        documents = assemble(extractions, taken=foreign)
    report.articles = len(documents)
    files: dict[str, list[int]] = {}
    for name, article in sorted(documents.items()):
        target = docs_dir / name
        try:
            changed = write_atomic(target, render(article))
            files[name] = file_stat(target)
        except (ConverterError, OSError) as exc:
            failures[article.raw] = f"cannot write {name}: {getattr(exc, 'reason', exc)}"
            continue
        report.written += changed
        report.unchanged += not changed
    report.removed = prune_stale(docs_dir, set(previous.files) - set(files))
    return files


def render(article: Article) -> str:
    return dump_document(article.front_matter(), article.body)


def _page_keys(
    pages: list[RawPage], fingerprint: str, previous: RunState
) -> tuple[dict[str, str], dict[str, str]]:
    """Cache key of every readable page (by stat when untouched, else by hashing its bytes)."""
    keys: dict[str, str] = {}
    unreadable: dict[str, str] = {}
    for page in pages:
        try:
            size, mtime_ns = _stat(page)
            key = previous.known_key(page.rel, size, mtime_ns, fingerprint)
            keys[page.rel] = key or page_key(fingerprint, page.rel, _read(page))
        except ConverterError as exc:
            unreadable[page.rel] = exc.reason
    return keys, unreadable


def _nothing_changed(
    previous: RunState,
    keys: dict[str, str],
    unreadable: dict[str, str],
    skipped: list[str],
    fingerprint: str,
    docs_dir: Path,
) -> bool:
    return (
        bool(previous.files or previous.failed)
        and not unreadable
        and previous.fingerprint == fingerprint
        and previous.skipped == skipped
        and {rel: entry[2] for rel, entry in previous.pages.items()} == keys
        and previous.outputs_intact(docs_dir)
    )


def _stat(page: RawPage) -> tuple[int, int]:
    try:
        info = page.path.stat()
    except OSError as exc:
        raise UnreadableInput(page.rel, f"cannot read: {exc.strerror or exc}") from exc
    return info.st_size, info.st_mtime_ns


def _read(page: RawPage) -> bytes:
    try:
        return page.path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(page.rel, f"cannot read: {exc.strerror or exc}") from exc


def _convert_safely(page: RawPage) -> Extraction | ConverterError:
    try:
        return convert_page(page)
    except ConverterError as exc:
        return exc
    except RecursionError:
        return ConverterError(page.rel, "page is nested too deeply to parse")
    except MemoryError:
        return ConverterError(page.rel, "page is too large to convert in memory")
    except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
        return ConverterError(page.rel, f"internal error: {type(exc).__name__}: {exc}")


def _extract_all(pages: list[RawPage], jobs: int) -> Iterator[tuple[RawPage, Extraction | ConverterError]]:
    if jobs <= 1 or len(pages) < 2 * jobs:
        for page in pages:
            yield page, _convert_safely(page)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(32, len(pages) // (jobs * 8)))
        yield from zip(pages, pool.map(_convert_safely, pages, chunksize=chunk), strict=True)

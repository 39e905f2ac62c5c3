"""Convert one raw page, or a whole folder: orchestration only.

    discover → key (stat or hash) → read → decode → detect → extract   (per page, cached, in parallel)
             → assemble (deduplicate, name, link embedded articles) → write → prune
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from converter.article import Article, Extraction
from converter.assemble import assemble
from converter.cache import CachedFailure, PageCache, code_fingerprint, page_key
from converter.detect import detect_format
from converter.discover import RawPage, discover
from converter.errors import ConverterError, OutputError, UnreadableInput
from converter.extract_html import extract_html
from converter.extract_text import extract_text, warm_up
from converter.frontmatter import dump_document, parse_document
from converter.options import ConvertOptions
from converter.output import RunState, file_stat, prune_stale, read_state, write_state
from converter.read import decode
from converter.textdump.repeated import normalize_line, repeated_lines
from converter.write import write_atomic

NO_LINES: frozenset[str] = frozenset()


def _extract_html(text: str, rel: str, repeated: frozenset[str]) -> Extraction:
    return extract_html(text, rel)  # HTML carries its own structure; repetition is not needed


def _extract_text(text: str, rel: str, repeated: frozenset[str]) -> Extraction:
    return extract_text(text, rel, repeated=repeated)


EXTRACTORS: dict[str, Callable[[str, str, frozenset[str]], Extraction]] = {
    "html": _extract_html,
    "text": _extract_text,
}


@dataclass(frozen=True)
class Job:
    page: RawPage
    # Lines of this page that also appear on many other pages of its folder (site furniture).
    repeated: frozenset[str] = NO_LINES


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


def convert_text(text: str, rel: str, suffix: str = "", repeated: frozenset[str] = NO_LINES) -> Extraction:
    """Decoded page text → its articles (the pure core of the converter)."""
    return EXTRACTORS[detect_format(text, suffix)](text, rel, repeated)


def convert_page(page: RawPage, repeated: frozenset[str] = NO_LINES) -> Extraction:
    """One raw file → its articles. Raises `ConverterError` naming the file on bad input."""
    return convert_text(decode(_read(page), page.rel), page.rel, page.path.suffix, repeated)


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
    readable = [page for page in pages if page.rel not in unreadable]
    jobs = _jobs_with_repeated_lines(readable)
    entry_keys = {job.page.rel: _entry_key(keys[job.page.rel], job.repeated) for job in jobs}
    outcomes: dict[str, Extraction | CachedFailure] = {}
    todo: list[Job] = []
    for job in jobs:
        entry = None if options.force else cache.get(entry_keys[job.page.rel])
        if entry is None:
            todo.append(job)
        else:
            outcomes[job.page.rel] = entry
            report.reused += 1
    for done, (job, result) in enumerate(_extract_all(todo, options.jobs), start=1):
        entry = CachedFailure(result.reason) if isinstance(result, ConverterError) else result
        outcomes[job.page.rel] = entry
        cache.put(entry_keys[job.page.rel], entry)
        report.converted.append(job.page.rel)
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
    cache.prune(set(entry_keys.values()))
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
    # Never replace a file we did not write (a hand-written page in DOCS_DIR). A file the manifest
    # does not list is still ours when its front matter names the same raw page (a lost manifest).
    foreign = {
        name
        for name, article in documents.items()
        if name not in previous.files and (docs_dir / name).exists() and not _written_for(docs_dir / name, article)
    }
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


def _written_for(path: Path, article: Article) -> bool:
    """Does this existing file hold the converter's output for the same raw page?"""
    try:
        meta, _ = parse_document(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
        return False
    return bool(meta) and meta.get("raw") == article.raw and meta.get("title") == article.title


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


def _convert_safely(job: Job) -> Extraction | ConverterError:
    page = job.page
    try:
        return convert_page(page, job.repeated)
    except ConverterError as exc:
        return exc
    except RecursionError:
        return ConverterError(page.rel, "page is nested too deeply to parse")
    except MemoryError:
        return ConverterError(page.rel, "page is too large to convert in memory")
    except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
        return ConverterError(page.rel, f"internal error: {type(exc).__name__}: {exc}")


def _extract_all(todo: list[Job], workers: int) -> Iterator[tuple[Job, Extraction | ConverterError]]:
    if workers <= 1 or len(todo) < 2 * workers:
        for job in todo:
            yield job, _convert_safely(job)
        return
    # Workers fork from this process: load the text extractor's language tables once, here.
    warm_up()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, min(32, len(todo) // (workers * 8)))
        yield from zip(todo, pool.map(_convert_safely, todo, chunksize=chunk), strict=True)


def _jobs_with_repeated_lines(pages: list[RawPage]) -> list[Job]:
    """Pair each text dump with its lines that recur on many pages of the same folder.

    Pages of one site are usually saved side by side, and a line that recurs across them (a menu
    entry, a footer, a promo) is furniture whatever its wording. Each page gets only its own
    repeated lines, so its cache entry changes only when those do.
    """
    page_lines: dict[str, frozenset[str]] = {}
    by_folder: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        try:
            text = decode(page.path.read_bytes(), page.rel)
        except (ConverterError, OSError):
            continue  # extraction will report it
        if detect_format(text, page.path.suffix) != "text":
            continue
        page_lines[page.rel] = frozenset(normalize_line(line) for line in text.splitlines()) - {""}
        by_folder[str(PurePosixPath(page.rel).parent)].append(page.rel)
    jobs = []
    repeated_in: dict[str, frozenset[str]] = {}
    for folder, rels in by_folder.items():
        # At least 3 pages, and a tenth of a large folder, before a line counts as furniture.
        min_pages = max(3, math.ceil(len(rels) / 10))
        repeated_in[folder] = repeated_lines(("\n".join(page_lines[rel]) for rel in rels), min_pages)
    for page in pages:
        lines = page_lines.get(page.rel)
        if lines is None:
            jobs.append(Job(page))
        else:
            jobs.append(Job(page, lines & repeated_in[str(PurePosixPath(page.rel).parent)]))
    return jobs


def _entry_key(page_key_: str, repeated: frozenset[str]) -> str:
    if not repeated:
        return page_key_
    digest = hashlib.sha256(page_key_.encode())
    for line in sorted(repeated):
        digest.update(b"\0" + line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()

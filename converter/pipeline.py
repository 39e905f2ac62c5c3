"""Convert one raw page, or a whole folder: orchestration only.

    discover → read → decode → detect → extract (per page, in parallel)
             → assemble (deduplicate, name, link embedded articles) → write → prune
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from converter.article import Extraction
from converter.assemble import assemble
from converter.detect import detect_format
from converter.discover import RawPage, discover
from converter.errors import ConverterError, UnreadableInput
from converter.extract_html import extract_html
from converter.extract_text import extract_text
from converter.frontmatter import dump_document
from converter.options import ConvertOptions
from converter.output import prune_stale, read_manifest, write_manifest
from converter.read import decode
from converter.write import write_atomic

EXTRACTORS: dict[str, Callable[[str, str], Extraction]] = {"html": extract_html, "text": extract_text}


@dataclass
class RunReport:
    converted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    articles: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def convert_text(text: str, rel: str, suffix: str = "") -> Extraction:
    """Decoded page text → its articles (the pure core of the converter)."""
    return EXTRACTORS[detect_format(text, suffix)](text, rel)


def convert_page(page: RawPage) -> Extraction:
    """One raw file → its articles. Raises `ConverterError` naming the file on bad input."""
    try:
        data = page.path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(page.rel, f"cannot read: {exc.strerror or exc}") from exc
    return convert_text(decode(data, page.rel), page.rel, page.path.suffix)


def _convert_safely(page: RawPage) -> Extraction | ConverterError:
    try:
        return convert_page(page)
    except ConverterError as exc:
        return exc
    except RecursionError:
        return ConverterError(page.rel, "page is nested too deeply to parse")
    except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
        return ConverterError(page.rel, f"internal error: {type(exc).__name__}: {exc}")


def _extract_all(pages: list[RawPage], jobs: int) -> Iterator[tuple[RawPage, Extraction | ConverterError]]:
    if jobs <= 1 or len(pages) < 4:
        for page in pages:
            yield page, _convert_safely(page)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(64, len(pages) // (jobs * 8)))
        yield from zip(pages, pool.map(_convert_safely, pages, chunksize=chunk))


def convert_tree(
    options: ConvertOptions, progress: Callable[[int, int], None] | None = None
) -> RunReport:
    """Convert every raw page under `options.raw_dir` into `options.docs_dir`."""
    report = RunReport()
    pages, report.skipped = discover(options.raw_dir, options.suffixes)
    extractions: list[Extraction] = []
    for done, (page, result) in enumerate(_extract_all(pages, options.jobs), start=1):
        if isinstance(result, ConverterError):
            report.failed.append((page.rel, result.reason))
        else:
            extractions.append(result)
            report.converted.append(page.rel)
        if progress:
            progress(done, len(pages))

    documents = assemble(extractions)
    report.articles = len(documents)
    previous = read_manifest(options.docs_dir)
    # Never replace a file we did not write (a hand-written page in DOCS_DIR).
    foreign = {
        name for name in documents
        if name not in previous and (options.docs_dir / name).exists()
    }
    if foreign:
        documents = assemble(extractions, taken=foreign)
    for name, article in sorted(documents.items()):
        try:
            changed = write_atomic(options.docs_dir / name, dump_document(article.front_matter(), article.body))
        except ConverterError as exc:
            report.failed.append((exc.path, exc.reason))
            continue
        report.written += changed
        report.unchanged += not changed
    written_names = set(documents)
    report.removed = prune_stale(options.docs_dir, previous - written_names)
    write_manifest(options.docs_dir, written_names)
    return report


def output_path(options: ConvertOptions, name: str) -> Path:
    return options.docs_dir / name

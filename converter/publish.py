"""Assemble → render → write → prune: the articles of a run into DOCS_DIR.

Only files the converter wrote are replaced or removed, and only while they are as it left them (a
file edited by hand since is kept, and said); an old article stays until its replacement is written,
and a page whose content breaks any of these steps fails alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from converter.article import Article, Extraction
from converter.assemble import Sketch, assemble
from converter.errors import ConverterError, OutputError
from converter.frontmatter import dump_document, parse_document
from converter.incremental import UNKNOWN_FILE, FileSeen, RunState, prune_stale
from converter.workers import Workers
from converter.write import Written, edited_since, write_file


@dataclass
class Published:
    """What writing the articles did."""

    # The files the converter owns now (those written, and old ones kept).
    files: dict[str, FileSeen] = field(default_factory=dict)
    # Raw pages with an article not written: not to be remembered, so the next run writes it.
    unwritten: set[str] = field(default_factory=set)
    articles: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    # Files edited by hand since the converter wrote them: neither replaced nor removed.
    kept: int = 0
    warnings: list[str] = field(default_factory=list)


def publish(
    docs_dir: Path,
    previous: RunState,
    extractions: list[Extraction],
    sketches: dict[str, Sketch],
    failures: dict[str, str],
    workers: Workers,
) -> Published:
    """Assemble, render and write the articles, then remove those no page gives any more.

    A page whose article cannot be assembled, rendered or written is added to `failures`.
    """
    done = Published()
    files, unwritten = done.files, done.unwritten
    merges: list[str] = []
    documents = _assemble_safely(extractions, sketches, failures, merges)
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
        merges.clear()  # the same pages assembled again: the same cases, reported once
        documents = _assemble_safely(extractions, sketches, failures, merges, taken=foreign)
    done.warnings.extend(merges)
    done.articles = len(documents)
    ordered = sorted(documents.items())
    # The workers render (the YAML is the costly part); this process writes each document as it
    # comes. One writer: parallel writers only queue for the folder's lock (and spin on it).
    articles = [article for _, article in ordered]
    documents_text = workers.map(_render_safely, articles, chunk=workers.chunk_for(len(articles)), lost=_lost_render)
    for (name, article), text in zip(ordered, documents_text, strict=True):
        seen = previous.files.get(name)
        outcome = _write_document(docs_dir / name, text, may_exist=present(name), last_written=_known(seen))
        if isinstance(outcome, str):
            _add_failure(failures, article.raw, f"{name}: {outcome}")
            unwritten.add(article.raw)
            if seen is not None:
                files[name] = seen  # the old article stays until its replacement is written
            continue
        if outcome.kept and seen is not None:
            # Edited by hand since we wrote it: kept, still ours as we left it (so the next run sees the edit
            # again and says so), and the page not remembered as done (so the next run writes it once the
            # file is gone). A warning, not a failure: the page converted, and the file holds what its owner
            # chose; a failing exit status on every run until then would fail `make site` over a choice.
            done.warnings.append(f"{docs_dir / name}: {_EDITED}; kept (delete it to have it converted again)")
            unwritten.add(article.raw)
            files[name] = seen
            done.kept += 1
            continue
        files[name] = FileSeen(outcome.size, outcome.mtime_ns)
        done.written += outcome.changed
        done.unchanged += not outcome.changed
    stale = set(previous.files) - set(files)
    if unwritten:  # a page's old article under another name also stays until its replacement is written
        for name in sorted(stale):
            if _raw_of(docs_dir / name) in unwritten:
                files[name] = previous.files[name]
                stale.discard(name)
    for name in sorted(stale):  # one stat each: files go stale seldom (a raw page deleted or renamed)
        if _edited_since(docs_dir / name, previous.files[name]):
            files[name] = previous.files[name]
            stale.discard(name)
            done.kept += 1
            done.warnings.append(
                f"{docs_dir / name}: {_EDITED}, and no raw page gives it any more; "
                "kept (delete it, or rename it to keep it as a page of your own)"
            )
    done.removed, not_removed = prune_stale(docs_dir, stale)
    for name, why in not_removed.items():
        files[name] = UNKNOWN_FILE  # still ours; matching no file, it makes the next run try again
        done.warnings.append(f"{docs_dir / name}: {why}")
    return done


def _assemble_safely(
    extractions: list[Extraction],
    sketches: dict[str, Sketch],
    failures: dict[str, str],
    report: list[str],
    taken: set[str] | None = None,
) -> dict[str, Article]:
    """`assemble`, with a page whose content breaks it reported failed instead of stopping the run."""
    try:
        return assemble(extractions, taken=taken or (), sketches=sketches, report=report)
    except Exception:  # noqa: BLE001 - find the page (or pages) at fault and leave them out
        kept = []
        for extraction in extractions:
            try:
                assemble([extraction], sketches=sketches)
                kept.append(extraction)
            except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
                failures[extraction.article.raw] = f"internal error: {type(exc).__name__}: {exc}"
        report.clear()  # only the cases of the assembly kept
        return assemble(kept, taken=taken or (), sketches=sketches, report=report)


def _add_failure(failures: dict[str, str], rel: str, reason: str) -> None:
    """Report one more failure of a page: a page with several articles names each one not written."""
    failures[rel] = f"{failures[rel]}; {reason}" if rel in failures else reason


def _written_for(path: Path, article: Article) -> bool:
    """Does this existing file hold the converter's output for the same raw page?"""
    meta = _front_matter_of(path) or {}
    return bool(meta) and meta.get("raw") == article.raw and meta.get("title") == article.title


def _raw_of(path: Path) -> object:
    """The raw page an existing article file names (None when it names none)."""
    return (_front_matter_of(path) or {}).get("raw")


def _front_matter_of(path: Path) -> dict[str, Any] | None:
    try:
        meta, _ = parse_document(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError, RecursionError):
        return None
    return meta if isinstance(meta, dict) else None


def render(article: Article) -> str:
    return dump_document(article.front_matter(), article.body)


def _render_safely(article: Article) -> str | OutputError:
    try:
        return render(article)
    except Exception as exc:  # noqa: BLE001 - one broken article must never stop a run
        return OutputError(article.raw, f"cannot render: {type(exc).__name__}: {exc}")


def _write_document(
    target: Path, text: str | OutputError, *, may_exist: bool, last_written: FileSeen | None
) -> Written | str:
    """Write one rendered document (unless edited since `last_written`): what was done, or why it failed."""
    if isinstance(text, OutputError):
        return text.reason
    try:
        return write_file(target, text, may_exist=may_exist, last_written=last_written)
    except (ConverterError, OSError) as exc:
        return str(getattr(exc, "reason", exc))


_EDITED = "edited since the converter wrote it"


def _known(seen: FileSeen | None) -> FileSeen | None:
    """How we left a file, when we know it (None: not ours, or ours in an unknown state)."""
    return None if seen is None or seen == UNKNOWN_FILE else seen


def _edited_since(path: Path, seen: FileSeen) -> bool:
    """Is this file of ours, not to be written now, no longer as we left it?"""
    known = _known(seen)
    if known is None:
        return False
    try:
        info = path.stat()
    except OSError:
        return False  # gone (nothing to keep), or unreachable (the removal says why)
    return edited_since(info, known)


def _lower_names_in(folder: Path) -> set[str] | None:
    """The names of the entries in `folder` now, lower-cased (None when it cannot be listed)."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name.lower() for entry in entries}
    except OSError:
        return None


def _lost_render(article: Article, why: str) -> OutputError:
    return OutputError(article.raw, f"cannot render: {why}")

"""Containers → pages, streamed: each container is opened in this process and its pages are sent to
the workers in batches of bounded size, so a 2 GB WARC is never in memory (at most one batch of
page bytes is). Held images are copied into DOCS_DIR/assets here, where the container is open;
the workers get each page's bytes with a map from image source to local path (see saved.py).
A thread reads the next pages (and copies their images) while the workers convert a batch
(containers/readahead.py): reading no longer leaves the workers idle.

A damaged record is reported (container, record, reason) and the container's other pages convert.
An unchanged container is not opened at all: its pages' results come from the page cache.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path

from converter.assemble import Sketch
from converter.container_state import ContainerRecord, assets_present, stat_key
from converter.containers import (
    DEFAULT_LIMITS,
    AssetStore,
    ContainerLimits,
    Failure,
    SavedPage,
    Superseded,
    image_references,
    localize_images,
    open_container,
)
from converter.containers.readahead import read_ahead
from converter.containers.records import NO_ASSETS
from converter.containers.warc import WarcIndex
from converter.discover import RawPage
from converter.incremental import CachedFailure, CacheEntry, PageCache
from converter.options import ConvertOptions
from converter.progress import PageTally
from converter.saved import SavedJob, convert_saved_entry, lost_saved
from converter.workers import Workers

# Page bytes sent to the workers at once: enough to keep them all busy, small beside 500 MB.
BATCH_BYTES = 32 * 1024 * 1024
BATCH_PAGES = 256
# Pages a worker is handed at once: few, so that at a batch's end no worker waits long on another's last pages.
BATCH_CHUNK = 2
# A data: image longer than any allowed image could be encoded in (10 MB as base64 is 13.4 MB).
_LONG_DATA_URI = re.compile(rb"(?i)data:image/[a-z0-9.+-]*[;,][^\"'\s>)]{1000000,}")
# What AssetStore names its files: nothing else is ever removed as an unused asset.
ASSET_NAME = re.compile(r"assets/[0-9a-f]{2}/[0-9a-f]{64}\.(?:png|jpg|gif|webp|avif)")


@dataclass
class ContainerPages:
    """What reading (or reusing) the containers gave, by page provenance."""

    outcomes: dict[str, CacheEntry] = field(default_factory=dict)
    sketches: dict[str, Sketch] = field(default_factory=dict)
    # Cache keys of every container page of this run (kept when the cache is pruned).
    keys: set[str] = field(default_factory=set)
    converted: list[str] = field(default_factory=list)
    reused: int = 0
    # (container and record, reason)
    failures: list[tuple[str, str]] = field(default_factory=list)
    # (page, image source, reason)
    left_out: list[tuple[str, str, str]] = field(default_factory=list)
    records: dict[str, ContainerRecord] = field(default_factory=dict)
    # Images written for pages their container withdrew: removed at the end unless a page still uses them.
    dropped: set[str] = field(default_factory=set)
    # Cache keys of pages converted in this run and then withdrawn: the same page read again finds its
    # result in the cache, and is still counted as converted (it was, once), not reused.
    redone: set[str] = field(default_factory=set)


def convert_containers(
    containers: list[RawPage],
    options: ConvertOptions,
    workers: Workers,
    cache: PageCache,
    fingerprint: str,
    previous: dict[str, ContainerRecord],
    tally: PageTally | None = None,
    limits: ContainerLimits = DEFAULT_LIMITS,
) -> ContainerPages:
    done = ContainerPages()
    tally = tally or PageTally()
    store = AssetStore(options.docs_dir)
    for container in containers:
        key = stat_key(container.path, container.rel, fingerprint, options.jsonl_html_fields)
        if key is None:
            done.failures.append((container.rel, "cannot read: the file vanished or cannot be opened"))
            continue
        record = previous.get(container.rel)
        if not options.force and record is not None and record.key == key and _reuse(record, cache, options, done):
            done.records[container.rel] = record
            continue
        done.records[container.rel] = _read(
            container, key, options, workers, cache, fingerprint, store, limits, done, tally
        )
    _remove_unused_assets(options.docs_dir, previous, done.records, done.dropped)
    return done


def _remove_unused_assets(
    docs_dir: Path, previous: dict[str, ContainerRecord], now: dict[str, ContainerRecord], dropped: set[str]
) -> None:
    """Images no container's page uses any more (its container deleted or changed, or the page that
    used them withdrawn) are removed."""
    used = {path for record in now.values() for path in record.assets}
    for path in sorted(({path for record in previous.values() for path in record.assets} | dropped) - used):
        if ASSET_NAME.fullmatch(path):  # a damaged state file must not make us delete anything else
            with suppress(OSError):
                (docs_dir / path).unlink()


def _reuse(record: ContainerRecord, cache: PageCache, options: ConvertOptions, done: ContainerPages) -> bool:
    """Take an unchanged container's results from the cache; False (nothing taken) when any is missing."""
    if not assets_present(options.docs_dir, record):
        return False
    entries = {}
    for raw, key in record.pages:
        entry = cache.get(key)
        if entry is None:
            return False
        entries[raw] = entry
    done.outcomes.update(entries)
    done.keys.update(key for _, key in record.pages)
    done.reused += len(entries)
    done.failures.extend((where, why) for where, why in record.failures)
    done.left_out.extend(record.left_out)
    return True


def _read(
    container: RawPage,
    key: str,
    options: ConvertOptions,
    workers: Workers,
    cache: PageCache,
    fingerprint: str,
    store: AssetStore,
    limits: ContainerLimits,
    done: ContainerPages,
    tally: PageTally,
) -> ContainerRecord:
    """Read one container, converting its pages; its record (with no key when it must be read again next run)."""
    record = ContainerRecord(key)
    batch: list[SavedJob] = []
    complete = True
    taken: dict[str, _Taken] = {}  # by page: what it added, should the container withdraw it

    def flush() -> None:
        nonlocal complete
        complete &= _convert_batch(batch, options, workers, cache, done, tally)
        batch.clear()

    try:
        with open_container(container.path, container.rel, limits, options.jsonl_html_fields) as opened:
            _start_workers(workers, options.page_timeout)
            prepared = _prepared(opened.items(), store, limits, fingerprint, options.page_timeout)
            for item in read_ahead(prepared, _weight, BATCH_BYTES):
                if isinstance(item, Failure):
                    record.failures.append((f"{item.container}: {item.where}", item.reason))
                    continue
                if isinstance(item, Superseded):
                    flush()  # the withdrawn pages' results must be in before they are taken out
                    for raw in item.raws:
                        _withdraw(taken.pop(raw), record, done)
                    continue
                job, images = item
                complete &= not images.retry
                record.pages.append((job.raw, job.entry_key))
                record.left_out.extend((job.raw, src, why) for src, why in images.left_out)
                record.assets.extend(path for _, path in job.local)
                done.keys.add(job.entry_key)
                redone = job.entry_key in done.redone  # its result is this run's, --force or not
                cached = cache.get(job.entry_key) if redone or not options.force else None
                reused = cached is not None and not redone
                taken[job.raw] = _Taken(job.raw, job.entry_key, [path for _, path in job.local], reused)
                if cached is not None:
                    done.outcomes[job.raw] = cached
                    if reused:
                        done.reused += 1
                    else:
                        done.converted.append(job.raw)
                    continue
                batch.append(job)
                tally.expect(1)
                if sum(len(job.data) for job in batch) >= BATCH_BYTES or len(batch) >= BATCH_PAGES:
                    flush()
            flush()
    except (OSError, ValueError) as exc:
        # ValueError: the container changed under us and is no longer one (open_container refuses it).
        record.failures.append((container.rel, f"cannot read: {getattr(exc, 'strerror', None) or exc}"))
        complete = False
    record.assets = sorted(set(record.assets))
    done.failures.extend(record.failures)
    done.left_out.extend(record.left_out)
    if not complete:
        record.key = ""  # a page ran out of time or memory: read the container again next run
    return record


@dataclass
class _Taken:
    """What one container page added to the run's results (its container may withdraw it)."""

    raw: str
    entry_key: str
    assets: list[str]
    reused: bool


def _withdraw(page: _Taken, record: ContainerRecord, done: ContainerPages) -> None:
    """Take a withdrawn page's result out of the run, as though it had never been read."""
    record.pages.remove((page.raw, page.entry_key))
    record.left_out = [left for left in record.left_out if left[0] != page.raw]
    for path in page.assets:
        record.assets.remove(path)  # one use of it: another page may use the same image
        done.dropped.add(path)
    done.keys.discard(page.entry_key)
    done.outcomes.pop(page.raw, None)
    done.sketches.pop(page.raw, None)
    if page.reused:
        done.reused -= 1
    else:
        done.converted.remove(page.raw)
        done.redone.add(page.entry_key)


def _start_workers(workers: Workers, limit: float) -> None:
    """Fork the workers before the read-ahead thread exists: forking a threaded process is what Python
    3.12 warns about, and the fork gate (readahead.py) then guards only a worker started again."""
    list(workers.map(_ready, [None] * max(1, workers.processes), limit=limit, lost=_ready_lost))


def _ready(_: None) -> None:
    return None


def _ready_lost(_: None, why: str) -> None:
    return None  # a worker lost here is started again for the first batch


def _prepared(
    items: Iterator[SavedPage | Failure | Superseded],
    store: AssetStore,
    limits: ContainerLimits,
    fingerprint: str,
    timeout: float,
) -> Iterator[Failure | Superseded | tuple[SavedJob, _Images]]:
    """Each page with its held images copied and its worker's job made (run ahead, in the read-ahead thread)."""
    for item in items:
        if isinstance(item, (Failure, Superseded)):
            yield item
        else:
            images = _images(item, store, limits)
            yield _job(item, images, fingerprint, timeout), images


def _weight(item: Failure | Superseded | tuple[SavedJob, _Images]) -> int:
    return 0 if isinstance(item, (Failure, Superseded)) else len(item[0].data)


def _convert_batch(
    batch: list[SavedJob],
    options: ConvertOptions,
    workers: Workers,
    cache: PageCache,
    done: ContainerPages,
    tally: PageTally,
) -> bool:
    """Convert a batch in the workers and keep the results; False when a page must be tried again."""
    complete = True
    results = workers.map(convert_saved_entry, batch, chunk=BATCH_CHUNK, limit=options.page_timeout, lost=lost_saved)
    for job, (entry, value, sketch) in zip(batch, results, strict=True):
        if value is not None:
            problem = cache.store(job.entry_key, value)
            if problem is not None:
                entry, sketch = CachedFailure(problem), None
                cache.put(job.entry_key, entry)
        else:
            complete = False  # out of time or memory: not remembered, so the next run tries it again
        done.outcomes[job.raw] = entry
        if sketch is not None:
            done.sketches[job.raw] = sketch
        done.converted.append(job.raw)
        tally.finished()
    return complete


@dataclass
class _Images:
    local: dict[str, str] = field(default_factory=dict)
    lead: str | None = None
    left_out: list[tuple[str, str]] = field(default_factory=list)
    # The images could not be written (a full disk): the container is read again next run.
    retry: bool = False


def _images(page: SavedPage, store: AssetStore, limits: ContainerLimits) -> _Images:
    """The page's held images copied into the store; a failure leaves the page's images as links."""
    found = _Images()
    if page.kind != "html" or not _may_hold_images(page):
        return found
    try:
        references = image_references(page.data)
        if references.srcs:
            images = localize_images(page, list(references.srcs), store, limits)
            found.local = images.local
            found.left_out = [(item.src, item.reason) for item in images.left_out]
            found.lead = images.local.get(references.lead) if references.lead else None
        found.left_out += _unparsed_data_uris(page.data, references.srcs, limits)
    except OSError as exc:
        return _Images(left_out=[("(every image)", f"cannot be written: {exc.strerror or exc}")], retry=True)
    except Exception as exc:  # noqa: BLE001 - the page still converts, its images stay links
        return _Images(left_out=[("(every image)", f"cannot be read: {type(exc).__name__}: {exc}")])
    return found


def _job(page: SavedPage, images: _Images, fingerprint: str, timeout: float) -> SavedJob:
    """The worker's job for a page (everything it needs, and its cache key)."""
    local, lead = images.local, images.lead
    job = SavedJob(
        raw=page.raw,
        data=page.data,
        kind=page.kind,
        url=page.url,
        saved=page.saved.isoformat() if page.saved else None,
        hints=page.hints,
        local=tuple(sorted(local.items())),
        lead=lead,
        captures=page.captures,
        timeout=timeout,
    )
    return replace(job, entry_key=_entry_key(fingerprint, job))


def _unparsed_data_uris(data: bytes, seen: tuple[str, ...], limits: ContainerLimits) -> list[tuple[str, str]]:
    """`data:` images too long for the HTML parser to keep (libxml2 drops attributes over 10 MB): reported too."""
    found = []
    for match in _LONG_DATA_URI.finditer(data):
        uri = match.group().decode("ascii", "replace")
        if uri not in seen:
            size = len(uri) * 3 // 4 if ";base64," in uri[:100] else len(uri)
            why = "over the image cap" if size > limits.image_bytes else "too long for the HTML parser"
            found.append((uri[:60] + f"… ({len(uri)} characters)", f"about {size} bytes, {why}"))
    return found


def _may_hold_images(page: SavedPage) -> bool:
    """Skip the image scan for pages whose container holds no image at all (a WARC of HTML alone)."""
    if b"data:image/" in page.data.lower():  # ten times faster than a case-blind regex scan
        return True
    if page.assets is NO_ASSETS:
        return False
    index = getattr(page.assets, "index", None)
    return not (isinstance(index, WarcIndex) and not index.assets)


def _entry_key(fingerprint: str, job: SavedJob) -> str:
    """A container page's cache key: everything the worker is given, so equal input gives equal output."""
    facts = json.dumps(
        [job.raw, job.kind, job.url, job.saved, repr(job.hints), job.local, job.lead, job.captures], ensure_ascii=False
    ).encode("utf-8", "surrogatepass")
    digest = hashlib.sha256()
    for part in (b"container-page", fingerprint.encode(), facts, job.data):
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.hexdigest()

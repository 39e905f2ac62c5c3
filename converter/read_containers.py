"""Containers → pages, streamed: each container is opened in this process and its pages are sent to
the workers in batches of bounded size, so a 2 GB WARC is never in memory (at most one batch of
page bytes is). Held images are copied into DOCS_DIR/assets here, where the container is open;
the workers get each page's bytes with a map from image source to local path (see saved.py). A page
whose container holds no image of its own (a WARC of pages alone) has its `data:` images found and
written by its worker instead, which parses the page anyway: this process only reads and sends it.
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
    open_container,
)
from converter.containers.pageimages import FoundImages, ImageScan, find_images, holds_no_assets
from converter.containers.readahead import read_ahead
from converter.discover import RawPage
from converter.incremental import CachedFailure, CacheEntry, PageCache
from converter.options import ConvertOptions
from converter.progress import PageTally
from converter.saved import SavedJob, convert_saved_entry, lost_saved, scanned_images
from converter.workers import Workers

# Page bytes sent to the workers at once: enough to keep them all busy, small beside 500 MB.
BATCH_BYTES = 32 * 1024 * 1024
BATCH_PAGES = 256
# Pages a worker is handed at once: few, so that at a batch's end no worker waits long on another's last pages.
BATCH_CHUNK = 2
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
    batch: list[tuple[SavedJob, _Taken]] = []
    batch_bytes = 0
    complete = True
    taken: dict[str, _Taken] = {}  # by page: what it added, should the container withdraw it
    kept: list[_Taken] = []  # the pages in the order read, less those withdrawn: what the record lists

    def flush() -> None:
        nonlocal complete, batch_bytes
        complete &= _convert_batch(batch, options, workers, cache, done, tally)
        batch.clear()
        batch_bytes = 0

    try:
        with open_container(container.path, container.rel, limits, options.jsonl_html_fields) as opened:
            _start_workers(workers, options.page_timeout)
            prepared = _prepared(opened.items(), store, limits, fingerprint, options.page_timeout)
            for item in read_ahead(prepared, _weight, BATCH_BYTES):
                if isinstance(item, Failure):
                    record.failures.append((f"{item.container}: {item.where}", item.reason))
                    continue
                if isinstance(item, Superseded):
                    flush()  # the withdrawn pages' results (and images) must be in before they are taken out
                    for raw in item.raws:
                        _withdraw(taken.pop(raw), kept, done)
                    continue
                job, images = item
                if job.raw in taken:  # a second record under a name already read: never one in place of the other
                    record.failures.append((job.raw, "another record of the container has this name: left out"))
                    continue
                page = taken[job.raw] = _Taken(job.raw, job.entry_key)
                kept.append(page)
                done.keys.add(job.entry_key)
                redone = job.entry_key in done.redone  # its result is this run's, --force or not
                cached = cache.get(job.entry_key) if redone or not options.force else None
                if cached is not None and job.scan is not None:
                    images = scanned_images(job, job.scan)  # no worker to find them: its result is known
                    job = replace(job, scan=None)  # (converted again should they fail to be written)
                if images is not None:
                    complete &= page.note(images)
                if page.retry:
                    cached = None  # its images as links this once, not the result that shows them
                page.reused = cached is not None and not redone
                if cached is not None:
                    done.outcomes[job.raw] = cached
                    if page.reused:
                        done.reused += 1
                    else:
                        done.converted.append(job.raw)
                    continue
                batch.append((job, page))
                batch_bytes += len(job.data)
                tally.expect(1)
                if batch_bytes >= BATCH_BYTES or len(batch) >= BATCH_PAGES:
                    flush()
            flush()
    except (OSError, ValueError) as exc:
        # ValueError: the container changed under us and is no longer one (open_container refuses it).
        record.failures.append((container.rel, f"cannot read: {getattr(exc, 'strerror', None) or exc}"))
        complete = False
    record.pages = [(page.raw, page.entry_key) for page in kept]
    record.left_out = [(page.raw, src, why) for page in kept for src, why in page.left_out]
    record.assets = sorted({path for page in kept for path in page.assets})
    done.failures.extend(record.failures)
    done.left_out.extend(record.left_out)
    if not complete:
        record.key = ""  # a page ran out of time or memory: read the container again next run
    return record


@dataclass(eq=False)  # (one page read twice is two pages: withdrawn by identity)
class _Taken:
    """What one container page added to the run's results (its container may withdraw it)."""

    raw: str
    entry_key: str
    reused: bool = False
    # Its images (as the main process or its worker found them): paths in DOCS_DIR, and (source, why) left out.
    assets: list[str] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)

    # Its images could not be written: its result (images as links) is neither taken from the cache nor kept.
    retry: bool = False

    def note(self, images: FoundImages) -> bool:
        """Keep the page's images; False when they could not be written (the container is read again)."""
        self.assets = list(images.local.values())
        self.left_out = list(images.left_out)
        self.retry = images.retry
        return not images.retry


def _withdraw(page: _Taken, kept: list[_Taken], done: ContainerPages) -> None:
    """Take a withdrawn page's result out of the run, as though it had never been read."""
    kept[:] = [other for other in kept if other is not page]
    done.dropped.update(page.assets)  # removed at the end unless another page uses them
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


_Prepared = Failure | Superseded | tuple[SavedJob, FoundImages | None]


def _prepared(
    items: Iterator[SavedPage | Failure | Superseded],
    store: AssetStore,
    limits: ContainerLimits,
    fingerprint: str,
    timeout: float,
) -> Iterator[_Prepared]:
    """Each page with its worker's job made and, where only this process can, its held images copied (run
    ahead, in the read-ahead thread); None for images its worker is to find (`holds_no_assets`)."""
    for item in items:
        if isinstance(item, (Failure, Superseded)):
            yield item
        elif item.kind == "html" and holds_no_assets(item):
            yield _job(item, FoundImages(), fingerprint, timeout, limits, ImageScan(store, limits)), None
        else:
            images = find_images(item, store, limits)
            yield _job(item, images, fingerprint, timeout, limits), images


def _weight(item: _Prepared) -> int:
    return 0 if isinstance(item, (Failure, Superseded)) else len(item[0].data)


def _convert_batch(
    batch: list[tuple[SavedJob, _Taken]],
    options: ConvertOptions,
    workers: Workers,
    cache: PageCache,
    done: ContainerPages,
    tally: PageTally,
) -> bool:
    """Convert a batch in the workers and keep the results; False when a page must be tried again."""
    complete = True
    jobs = [job for job, _ in batch]
    results = workers.map(convert_saved_entry, jobs, chunk=BATCH_CHUNK, limit=options.page_timeout, lost=lost_saved)
    for (job, page), (entry, value, sketch, images) in zip(batch, results, strict=True):
        if images is None and job.scan is not None:  # its worker was lost, or ran out of time while scanning
            images = scanned_images(job, job.scan)  # (its images are still the container's, written or reported)
        if images is not None:
            complete &= page.note(images)
        if value is not None and not page.retry:
            problem = cache.store(job.entry_key, value)
            if problem is not None:
                entry, sketch = CachedFailure(problem), None
                cache.put(job.entry_key, entry)
        else:
            complete = False  # out of time or memory, or images unwritten: the next run tries it again
        done.outcomes[job.raw] = entry
        if sketch is not None:
            done.sketches[job.raw] = sketch
        done.converted.append(job.raw)
        tally.finished()
    return complete


def _job(
    page: SavedPage,
    images: FoundImages,
    fingerprint: str,
    timeout: float,
    limits: ContainerLimits,
    scan: ImageScan | None = None,
) -> SavedJob:
    """The worker's job for a page (everything it needs, and its cache key)."""
    job = SavedJob(
        raw=page.raw,
        data=page.data,
        kind=page.kind,
        url=page.url,
        saved=page.saved.isoformat() if page.saved else None,
        hints=page.hints,
        local=tuple(sorted(images.local.items())),
        lead=images.lead,
        captures=page.captures,
        timeout=timeout,
        scan=scan,
    )
    return replace(job, entry_key=_entry_key(fingerprint, job, limits))


def _entry_key(fingerprint: str, job: SavedJob, limits: ContainerLimits) -> str:
    """A container page's cache key: everything its output depends on, so equal input gives equal output.

    Its images are named by what the container holds for it outside the page (the local paths of the images
    its non-`data:` sources stand for): its `data:` images, and so its lead image, follow from its bytes and
    the caps. So the key is the same whichever process finds the images (pageimages.py), and a page handed
    on by a one-pass read, then withdrawn and read again, finds its result in the cache."""
    held = [(src, path) for src, path in job.local if src.strip()[:5].lower() != "data:"]
    facts = [job.raw, job.kind, job.url, job.saved, repr(job.hints), held, job.captures, repr(limits)]
    encoded = json.dumps(facts, ensure_ascii=False).encode("utf-8", "surrogatepass")
    digest = hashlib.sha256()
    for part in (b"container-page", fingerprint.encode(), encoded, job.data):
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.hexdigest()

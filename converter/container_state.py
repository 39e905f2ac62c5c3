"""What the last run read from each container, so an unchanged container is not read again.

`DOCS_DIR/.converter-containers.json` maps each container (relative to RAW_DIR) to the size and
modification time it had, its key (converter, options, size, mtime), and what reading it gave: its
pages' cache keys (their extractions live in the page cache), the records that failed, the images
left out, and the assets its pages use. A container whose key is unchanged, whose pages are all in
the cache and whose assets are all still on disk is taken from here; anything else is read again.
A damaged file only means reading every container again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from converter.write import write_atomic

STATE_FILE = ".converter-containers.json"


@dataclass
class ContainerRecord:
    key: str
    # (page provenance, its cache key), in the order the container gave them.
    pages: list[tuple[str, str]] = field(default_factory=list)
    # (where in the container, why): records that could not be read.
    failures: list[tuple[str, str]] = field(default_factory=list)
    # (page provenance, image source, why): held images that were not copied.
    left_out: list[tuple[str, str, str]] = field(default_factory=list)
    # Paths relative to DOCS_DIR of the images its pages show.
    assets: list[str] = field(default_factory=list)
    # (page provenance, why): its pages that failed, replayed by a run that stops early.
    page_failures: list[tuple[str, str]] = field(default_factory=list)
    # (row, URL): a read-it-later export's entries that matched no saved page.
    unmatched: list[tuple[str, str]] = field(default_factory=list)


def container_key(fingerprint: str, rel: str, size: int, mtime_ns: int, html_fields: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for part in (fingerprint, rel, str(size), str(mtime_ns), ",".join(html_fields)):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def read_records(docs_dir: Path) -> dict[str, ContainerRecord]:
    try:
        data = json.loads((docs_dir / STATE_FILE).read_text(encoding="utf-8"))
        return {
            str(rel): ContainerRecord(
                key=str(item["key"]),
                pages=[(str(raw), str(key)) for raw, key in item["pages"]],
                failures=[(str(where), str(why)) for where, why in item["failures"]],
                left_out=[(str(raw), str(src), str(why)) for raw, src, why in item["left_out"]],
                assets=[str(path) for path in item["assets"]],
                page_failures=[(str(raw), str(why)) for raw, why in item.get("page_failures", [])],
                unmatched=[(str(row), str(url)) for row, url in item.get("unmatched", [])],
            )
            for rel, item in data.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def write_records(docs_dir: Path, records: dict[str, ContainerRecord]) -> None:
    if not records:  # a folder of loose pages alone gets no such file
        (docs_dir / STATE_FILE).unlink(missing_ok=True)
        return
    data = {rel: asdict(record) for rel, record in sorted(records.items())}
    text = json.dumps(data, ensure_ascii=False, indent=0) + "\n"
    write_atomic(docs_dir / STATE_FILE, text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))


def stat_key(path: Path, rel: str, fingerprint: str, html_fields: tuple[str, ...]) -> str | None:
    """The key a container (or export) has now, or None when it cannot be stat'ed."""
    try:
        info = path.stat()
    except OSError:
        return None
    return container_key(fingerprint, rel, info.st_size, info.st_mtime_ns, html_fields)


def all_unchanged(
    records: dict[str, ContainerRecord],
    inputs: list[tuple[Path, str]],
    fingerprint: str,
    html_fields: tuple[str, ...],
    docs_dir: Path,
) -> bool:
    """Are these containers and exports (path, rel) exactly those of the last run, each unchanged and settled?"""
    if {rel for _, rel in inputs} != set(records):
        return False
    for path, rel in inputs:
        record = records[rel]
        if not record.key or stat_key(path, rel, fingerprint, html_fields) != record.key:
            return False
        if not assets_present(docs_dir, record):
            return False
    return True


def assets_present(docs_dir: Path, record: ContainerRecord) -> bool:
    return all((docs_dir / path).is_file() for path in record.assets)

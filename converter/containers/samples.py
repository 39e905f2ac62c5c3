"""Writers for small containers: the bundled samples (scripts/make_samples.py) and the tests' fixtures.

Only what the readers need to be exercised honestly: warcio writes the WARCs, the standard
library writes MHTML (in the shape Chrome's `Page.captureSnapshot` gives) and zips.
"""

from __future__ import annotations

import io
import json
import struct
import uuid
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from email import encoders
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def png(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A valid solid-colour PNG, made without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


@dataclass
class WarcRecord:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    date: str = "2026-11-01T10:00:00Z"
    status: str = "200 OK"
    record_type: str = "response"
    # For revisits: the earlier capture's URL and date.
    refers_to: dict[str, str] = field(default_factory=dict)
    # More HTTP headers (a redirect's Location).
    headers: tuple[tuple[str, str], ...] = ()


def write_warc(target: io.BufferedIOBase | io.BytesIO, records: Iterable[WarcRecord], gzip: bool = True) -> None:
    writer = WARCWriter(target, gzip=gzip)
    for spec in records:
        # A record id derived from the record, not random: the bundled samples are reproducible.
        record_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{spec.record_type} {spec.url} {spec.date}")
        headers = {"WARC-Date": spec.date, "WARC-Record-ID": f"<urn:uuid:{record_id}>"}
        if spec.record_type == "revisit":
            headers["WARC-Refers-To-Target-URI"] = spec.refers_to.get("url", spec.url)
            headers["WARC-Refers-To-Date"] = spec.refers_to.get("date", spec.date)
            headers["WARC-Profile"] = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
            http = StatusAndHeaders(spec.status, [("Content-Type", spec.content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                spec.url, "revisit", http_headers=http, warc_headers_dict=headers, payload=io.BytesIO(b""), length=0
            )
        else:
            http = StatusAndHeaders(
                spec.status,
                [("Content-Type", spec.content_type), ("Content-Length", str(len(spec.body))), *spec.headers],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                spec.url,
                "response",
                payload=io.BytesIO(spec.body),
                length=len(spec.body),  # a known length: warcio spools to no temporary file
                http_headers=http,
                warc_headers_dict=headers,
            )
        writer.write_record(record)


def warc_bytes(records: Iterable[WarcRecord], gzip: bool = True) -> bytes:
    buffer = io.BytesIO()
    write_warc(buffer, records, gzip)
    return buffer.getvalue()


def mhtml_bytes(
    html: bytes, url: str, title: str, parts: Iterable[tuple[str, str, bytes]] = (), date: str = ""
) -> bytes:
    """MHTML as Chrome writes it: a multipart/related message, the page first, then (location, type, bytes) parts."""
    message = MIMEMultipart("related", type="text/html", boundary="----MultipartBoundary--sample----")
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = url
    message["Subject"] = title
    message["Date"] = date or "Sun, 01 Nov 2026 10:00:00 +0000"
    page = MIMEText(html.decode("utf-8"), "html", "utf-8")
    page["Content-Location"] = url
    message.attach(page)
    for location, content_type, data in parts:
        maintype, _, subtype = content_type.partition("/")
        part = MIMEBase(maintype, subtype)
        part.set_payload(data)
        encoders.encode_base64(part)
        part["Content-Location"] = location
        message.attach(part)
    buffer = io.BytesIO()
    BytesGenerator(buffer).flatten(message)
    return buffer.getvalue()


def zip_bytes(members: Iterable[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 1, 10, 0, 0)), data, compress_type=compression)
    return buffer.getvalue()


def wacz_bytes(warc: bytes, pages: Iterable[dict[str, str]]) -> bytes:
    """A WACZ: the WARC stored uncompressed (as the spec asks), pages.jsonl and a datapackage.json."""
    listing = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
    listing += [json.dumps(page) for page in pages]
    package = json.dumps({"profile": "data-package", "wacz_version": "1.1.1", "resources": []})
    return zip_bytes(
        [
            ("archive/data.warc.gz", warc),
            ("pages/pages.jsonl", ("\n".join(listing) + "\n").encode()),
            ("datapackage.json", package.encode()),
        ],
        compression=zipfile.ZIP_STORED,
    )


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path

"""Raw bytes → text: byte-order marks, declared charsets, detection when both are missing or wrong."""

from __future__ import annotations

import codecs
import re

from converter.errors import BinaryInput, EmptyInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of common binary formats that end up in a folder of saved pages.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"\x1f\x8b",
    b"PK\x03\x04",
    b"GIF8",
    b"\xff\xd8\xff",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"\x00\x00\x01\x00",
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)


def decode(data: bytes, path: str) -> str:
    """Decode a raw page, raising `EmptyInput`/`BinaryInput` for what is not a text page."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return _checked(text, path)
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInput(path, "binary file (not a saved page)")
    if not data.strip():
        raise EmptyInput(path, "empty file")
    if b"\x00" in data[:4096] and _looks_like_utf16(data):
        return _checked(data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", "replace"), path)
    if data.count(b"\x00") > len(data) // 100 + 1:
        raise BinaryInput(path, "binary file (many NUL bytes)")
    return _checked(_decode_text(data), path)


def _decode_text(data: bytes) -> str:
    # Valid UTF-8 is almost never an accident: trust it over any declaration.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data[:4096])
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    detected = _detect(data)
    if detected:
        try:
            return data.decode(detected)
        except (LookupError, UnicodeDecodeError):
            pass
    # Latin-1 never fails; cp1252 is what browsers use for it and covers the usual quotes.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best else None


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    return max(even_nuls, odd_nuls) > half * 0.3 and min(even_nuls, odd_nuls) < half * 0.05


def _checked(text: str, path: str) -> str:
    text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInput(path, "only white space")
    return text

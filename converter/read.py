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
    b"\x7fELF",
    b"OggS",
    b"Rar!",
    b"7z\xbc\xaf",
    b"\x28\xb5\x2f\xfd",
    b"wOFF",
    b"wOF2",
    b"ID3",
    b"II*\x00",
    b"MM\x00*",
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
# What browsers actually decode a declared label as (WHATWG Encoding Standard): pages that
# say Latin-1 are written in Windows code pages, whose extra characters are the curly quotes.
_LABEL_ALIASES = {
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
_INVALID_BYTE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
# Characters `str.strip()` keeps that still show nothing: zero-width spaces and joiners, BOMs.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SAMPLE = 4096
_DETECT_BYTES = 200_000


def _utf8_fallback(exc: UnicodeError) -> tuple[str, int]:
    """A stray byte in otherwise-UTF-8 text is almost always a Windows-1252 character.

    A cut-off multi-byte sequence is not: it becomes U+FFFD, never mojibake like `â€`.
    """
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    if len(bad) == 1:
        try:
            return bad.decode("cp1252"), exc.end
        except UnicodeDecodeError:
            pass
    return "\ufffd", exc.end


codecs.register_error("converter-utf8-cp1252", _utf8_fallback)


def decode(data: bytes, path: str) -> str:
    """Decode a raw page, raising `EmptyInput`/`BinaryInput` for what is not a text page."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return _checked(text, path)
    if data.startswith(_BINARY_MAGIC) or data[4:8] == b"ftyp":
        raise BinaryInput(path, "binary file (not a saved page)")
    if not data.strip():
        raise EmptyInput(path, "empty file")
    if b"\x00" in data[:_SAMPLE] and _looks_like_utf16(data):
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
    valid, invalid = _utf8_counts(data)
    as_utf8 = data.decode("utf-8", errors="converter-utf8-cp1252") if valid else None
    if as_utf8 is not None and valid >= invalid:
        return as_utf8
    declared = _declared_charset(data[:_SAMPLE])
    guess = _detect(data, declared)
    # Some valid multi-byte sequences: UTF-8 with damage, or a legacy multi-byte encoding whose
    # byte pairs happen to look like UTF-8. Whichever reads as cleaner text wins.
    if as_utf8 is not None and (guess is None or _mess(as_utf8) <= guess[1] + 0.01):
        return as_utf8
    for encoding in (guess[0] if guess else None, declared):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass
    # Browsers fall back to cp1252; its five undefined bytes become U+FFFD.
    return data.decode("cp1252", errors="replace")


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """(valid non-ASCII characters, invalid bytes) when `data` is read as UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    return len(_NON_ASCII.findall(text)), len(_INVALID_BYTE.findall(text))


def _mess(text: str) -> float:
    from charset_normalizer.md import mess_ratio

    return mess_ratio(text[:_DETECT_BYTES], maximum_threshold=1.0)


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        encoding = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None
    if encoding.startswith(("utf_16", "utf_32")):
        # A declaration we could read as ASCII is not in UTF-16: the label is wrong.
        return None
    return _LABEL_ALIASES.get(encoding, encoding)


def _detect(data: bytes, declared: str | None) -> tuple[str, float] | None:
    """The encoding to read `data` with, and how messy the text it gives is.

    charset-normalizer ranks candidates, but it cannot tell near-identical Latin code pages apart on
    a short page (a French page in cp1252 reads just as cleanly as cp1250 with "č" for "è"). So
    what the page declares, then what browsers assume (cp1252), wins when it reads as cleanly.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:_DETECT_BYTES]))
    best = matches[0].chaos if matches else 1.0
    for preferred in (declared, "cp1252"):
        if not preferred:
            continue
        try:
            text = data[:_DETECT_BYTES].decode(preferred)
        except (LookupError, UnicodeDecodeError):
            continue
        mess = _mess(text)
        if mess <= best + 0.02:
            return preferred, mess
    return (matches[0].encoding, best) if matches else None


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    return max(even_nuls, odd_nuls) > half * 0.3 and min(even_nuls, odd_nuls) < half * 0.05


_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _checked(text: str, path: str) -> str:
    text = text.replace("\x00", "")
    if not text.strip().strip(_INVISIBLE).strip():
        raise EmptyInput(path, "only white space")
    if _mostly_control(text[:_SAMPLE]):
        raise BinaryInput(path, "binary file (mostly control characters)")
    return text


def _mostly_control(sample: str) -> bool:
    """Random bytes decode to something: tell them from text by the share of unprintable characters."""
    # Category Cc is exactly U+0000-001F and U+007F-009F; a regex counts them far faster than a loop.
    unprintable = len(_UNPRINTABLE.findall(sample))
    return unprintable > max(8, len(sample) // 10)

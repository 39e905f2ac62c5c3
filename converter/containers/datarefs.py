"""Whether a page's markup may name a `data:` URI as an image, decided from its bytes without parsing them.

A container that holds no images (a WARC of pages alone, JSON Lines, Wallabag) can give a page an
image only from a `data:` URI its markup names: an `<img>`/`<source>` src, a srcset candidate, or
the lead image (a meta `content`, a JSON-LD string). Finding those takes an HTML parse of the whole
page (references.py), and most pages that hold a `data:image/` hold it in CSS instead
(`background-image:url(data:…)`), in a script, or in an attribute no image comes from. So before
parsing, each `data:` in the bytes is looked at, and one that provably starts no image source is passed:

- right after `(` (`url(`, `/(^(data:` in a script; a quote and spaces allowed between), or right
  after a letter, digit or one of `_.$-` (`characterdata:`; `n.src='data:` in a script is `n.src=`):
  an attribute value, a srcset candidate and a JSON string begin after `=`, `,`, a space or a quote,
  never after `(`, and a value beginning `url(` or a word is no `data:` URI either.
- right after `name=` (a quote and spaces allowed) where the name is an attribute no image comes from
  (`data-src`, `href`), or `srcset` (a srcset that begins with a `data:` URI is passed over whole:
  its commas cannot be told from the URI's). Only `src` and `content` (a meta's lead image) count. The
  name is read with the characters the parser allows in one, so a longer name is never taken for them.
- a `data:` spelled with character references or JSON escapes (`&#100;ata:`, `\\u0064ata:`) has no
  plain `data:` to look at: any reference to one of its characters makes the page need the parse.
- a page the parser may decode other than as ASCII-compatible text (NUL bytes, a UTF-16 byte order
  mark, any declared charset or encoding but the common ASCII-compatible ones) needs the parse too.

`False` is a proof that the parse would find no `data:` image source; `True` only that it may.
"""

from __future__ import annotations

import re

# What may stand right before a `data:` that starts no image source (see above): `(`, a word's
# last character, or an attribute's `name=` (its quote and spaces around).
_PASSED = re.compile(rb"(?:\(\s*['\"]?\s*|[a-z0-9_.$-]|(?<![a-z0-9_:.-])([a-z0-9_:.-]+)\s*=\s*['\"]?\s*)\Z")
_IMAGE_ATTRIBUTES = (b"src", b"content")
_LOOK_BACK = 32
# A character reference or JSON escape for d, a, t, : (either case), with or without its `;`.
_ESCAPED = re.compile(
    rb"&#(?:0*(?:100|97|116|58|68|65|84)(?![0-9])|x0*(?:64|61|74|3a|44|41|54)(?![0-9a-f]))|&colon|\\u00(?:64|61|74|3a|44|41|54)"
)
# Byte order marks of UTF-16, and `<?xm` in EBCDIC: the first bytes the parser guesses an encoding from.
_OTHER_MARKS = (b"\xfe\xff", b"\xff\xfe", b"\x4c\x6f\xa7\x94")
_DECLARED = re.compile(rb"(?:charset|encoding)\s*=\s*['\"]?\s*([a-z0-9_.:-]*)")
# Charsets the parser reads ASCII bytes in as ASCII (ISO-2022 ones are not: their escapes change that).
_ASCII_COMPATIBLE = re.compile(
    rb"utf-?8|(?:us-)?ascii|iso[-_]?8859[-_]?\d+|latin-?\d|l\d|windows-125\d|cp-?125\d|x-cp125\d|shift[-_]?jis|"
    rb"sjis|x-sjis|windows-31j|cp932|euc-?(?:jp|kr|cn)|gb2312|gbk|gb18030|big5(?:-hkscs)?|koi8-?[ru]|tis-620|"
    rb"x-mac-roman|macintosh"
)


def may_name_data_image(data: bytes, lowered: bytes | None = None) -> bool:
    """Whether parsing `data` as HTML may find a `data:` URI as an image source or lead image.

    `lowered`: `data.lower()`, when the caller has it already."""
    lowered = data.lower() if lowered is None else lowered
    if b"\x00" in lowered or data.startswith(_OTHER_MARKS):
        return True
    if (b"&#" in lowered or b"&colon" in lowered or b"\\u00" in lowered) and _ESCAPED.search(lowered):
        return True
    if _declares_other_charset(lowered):
        return True
    at = lowered.find(b"data:")
    while at >= 0:
        passed = _PASSED.search(lowered, max(0, at - _LOOK_BACK), at)
        if passed is None or passed.group(1) in _IMAGE_ATTRIBUTES:
            return True
        at = lowered.find(b"data:", at + 5)
    return False


def _declares_other_charset(lowered: bytes) -> bool:
    for word in (b"charset", b"encoding"):
        at = lowered.find(word)
        while at >= 0:
            found = _DECLARED.match(lowered, at)
            # An empty name names no encoding (`charset='+x` in a script): the parser keeps its own.
            if found is not None and found.group(1) and not _ASCII_COMPATIBLE.fullmatch(found.group(1)):
                return True
            at = lowered.find(word, at + len(word))
    return False

"""`data:` URIs (RFC 2397), decoded with a size cap checked before decoding."""

from __future__ import annotations

import base64
import binascii
from urllib.parse import unquote_to_bytes

from converter.containers.limits import AssetTooLarge


def decode_data_uri(uri: str, limit: int) -> bytes:
    """The bytes of a `data:` URI; ValueError when malformed.

    The decoded size is known from the encoded length, so a 50 MB URI over the cap is refused
    (AssetTooLarge) without decoding it.
    """
    head, comma, payload = uri.partition(",")
    if not comma or head[:5].lower() != "data:":
        raise ValueError("not a data: URI")
    is_base64 = head.lower().endswith(";base64")
    if is_base64:
        payload = "".join(payload.split())
        estimate = len(payload) * 3 // 4
    else:
        # Percent-encoding only shrinks the text: its length is an upper bound.
        estimate = len(payload) - 2 * payload.count("%")
    if estimate > limit:
        raise AssetTooLarge(estimate, limit)
    if not is_base64:
        return unquote_to_bytes(payload)
    try:
        return base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError(f"bad base64 in data: URI ({error})") from None

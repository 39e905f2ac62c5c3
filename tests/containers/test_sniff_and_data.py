"""Only bytes that say PNG, JPEG, GIF, WebP or AVIF are images; data: URIs are capped before decoding."""

from __future__ import annotations

import base64

import pytest

from converter.containers.datauri import decode_data_uri
from converter.containers.limits import AssetTooLarge
from converter.containers.samples import png
from converter.containers.sniff import sniff_image

AVIF = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 16


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (png(), "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "jpg"),
        (b"GIF89a\x01\x00\x01\x00", "gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"),
        (AVIF, "avif"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', None),
        (b"<html><script>alert(1)</script></html>", None),
        (b"alert(document.cookie)", None),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", None),
        (b"\x00\x00\x00\x1cftypisom\x00\x00\x00\x00isommp41", None),
        (b"\x89PN", None),
        (b"", None),
    ],
)
def test_sniff_image_reads_magic_numbers_only(data: bytes, expected: str | None) -> None:
    assert sniff_image(data) == expected


def test_data_uri_base64_and_percent_forms() -> None:
    image = png()
    assert decode_data_uri("data:image/png;base64," + base64.b64encode(image).decode(), 10_000) == image
    assert decode_data_uri("data:text/plain,a%20b", 100) == b"a b"
    # Whitespace inside base64 (pages wrap long attributes) is ignored.
    wrapped = base64.b64encode(image).decode()
    assert decode_data_uri(f"data:image/png;base64,{wrapped[:10]}\n {wrapped[10:]}", 10_000) == image


def test_fifty_megabyte_data_uri_is_refused_by_its_length() -> None:
    uri = "data:image/png;base64," + "A" * (50 * 1024 * 1024)
    with pytest.raises(AssetTooLarge) as caught:
        decode_data_uri(uri, 10 * 1024 * 1024)
    assert caught.value.size == 50 * 1024 * 1024 * 3 // 4


@pytest.mark.parametrize("uri", ["data:image/png;base64,@@@@", "data:image/png;base64", "http://x/y.png"])
def test_malformed_data_uri_is_a_value_error(uri: str) -> None:
    with pytest.raises(ValueError):
        decode_data_uri(uri, 1000)

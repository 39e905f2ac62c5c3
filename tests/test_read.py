"""Raw bytes → text: every encoding a saved page arrives in reads without mojibake."""

from __future__ import annotations

import codecs
import gzip

import pytest

from converter.errors import BinaryInput, EmptyInput
from converter.read import decode

WESTERN = "Le garçon était très sûr: “ça coûte 5 €”, dit-il — à l’époque. Der Bär schläft. ¿Qué tal?"
# Latin-1 has no curly quotes, dashes or euro sign.
LATIN1 = "Le garçon était très sûr: «ça coûte 5 francs», dit-il. Der Bär schläft. ¿Qué tal? Año ñ ÿ."
# Pieces of text that only appear when bytes were decoded with the wrong code page.
MOJIBAKE = ("Ã", "â€", "Â", "ďż", "\x93", "\x94", "\x97", "ą", "ň")


def clean(text: str) -> bool:
    return not any(marker in text for marker in MOJIBAKE)


def page(body: str, charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>T</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    "data",
    [
        WESTERN.encode("utf-8"),
        codecs.BOM_UTF8 + WESTERN.encode("utf-8"),
        WESTERN.encode("utf-16"),  # Python writes a BOM
        codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"),
        WESTERN.encode("utf-32"),
        WESTERN.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf32-bom", "cp1252"],
)
def test_western_text_in_any_encoding_decodes_exactly(data: bytes) -> None:
    assert decode(data, "a.txt") == WESTERN


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8", "cp1252"])
def test_latin1_text_decodes_exactly(encoding: str) -> None:
    assert decode(LATIN1.encode(encoding), "a.txt") == LATIN1


def test_utf16_without_bom_is_recognised_by_its_nul_pattern() -> None:
    assert decode(WESTERN.encode("utf-16-le"), "a.txt") == WESTERN


def test_shift_jis_decodes() -> None:
    text = "日本語のテキストです。これは文字コードのテストです。東京は晴れです。"
    assert decode(text.encode("shift_jis"), "a.txt") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy.", "cp1250"),
        ("Съешь же ещё этих мягких французских булок, да выпей чаю.", "cp1251"),
        ("Съешь же ещё этих мягких французских булок, да выпей чаю.", "koi8-r"),
        ("이것은 한국어 테스트 문장입니다. 인코딩을 확인합니다.", "euc-kr"),
        ("這是一個中文測試文本，用於檢測編碼。", "big5"),
        ("这是一个中文测试文本，用于检测编码。", "gbk"),
        ("日本語のテキストです。これはテストです。", "euc-jp"),
    ],
)
def test_other_legacy_encodings_decode(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "a.txt") == text


def test_declared_latin1_is_read_as_cp1252_like_browsers_do() -> None:
    html = page("“quoted” — dash", "iso-8859-1")
    assert decode(html.encode("cp1252"), "a.html") == html


def test_wrong_meta_charset_utf8_on_cp1252_bytes() -> None:
    html = page(WESTERN, "utf-8")
    assert decode(html.encode("cp1252"), "a.html") == html


def test_wrong_meta_charset_latin1_on_utf8_bytes() -> None:
    html = page(WESTERN, "iso-8859-1")
    assert decode(html.encode("utf-8"), "a.html") == html


def test_meta_charset_shift_jis() -> None:
    html = page("日本語のテキストです。これはテストです。", "shift_jis")
    assert decode(html.encode("shift_jis"), "a.html") == html


def test_invalid_utf8_stray_cp1252_byte_becomes_its_character() -> None:
    data = "Ein schöner Tag in München, sagte er. ".encode() + b"\x93Gut\x94, caf\xe9."
    assert decode(data, "a.txt") == "Ein schöner Tag in München, sagte er. “Gut”, café."


def test_invalid_utf8_cut_sequence_becomes_replacement_not_mojibake() -> None:
    data = "Straße “quoted” and ".encode() + b"\xe2\x80 cut off."
    text = decode(data, "a.txt")
    assert text == "Straße “quoted” and \ufffd cut off."


def test_mostly_ascii_with_one_broken_sequence() -> None:
    text = decode(b"Hello world caf\xc3\xa9 and then \xff here.", "a.txt")
    assert "café" in text and clean(text)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t\r\n ",
        codecs.BOM_UTF8,
        "  \n".encode("utf-16"),
        "\u00a0\u2003\n".encode(),
        "\u200b\ufeff \u200d".encode(),
    ],
)
def test_empty_or_blank_input(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        decode(data, "a.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        gzip.compress(b"<html><body>hello</body></html>"),
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        b"PK\x03\x04\x14\x00\x00\x00",
        bytes(range(256)) * 20,
    ],
    ids=["png", "pdf", "gzip", "jpeg", "zip", "random"],
)
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInput):
        decode(data, "a.html")


def test_a_nul_byte_inside_text_is_dropped() -> None:
    assert decode(b"Hello\x00 world, this is text.", "a.txt") == "Hello world, this is text."


def test_error_names_the_file() -> None:
    with pytest.raises(EmptyInput) as info:
        decode(b"", "folder/a.txt")
    assert info.value.path == "folder/a.txt" and "folder/a.txt" in str(info.value)

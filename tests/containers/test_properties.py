"""Readers never raise on arbitrary bytes: damage comes out as Failure records."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from converter.containers import Failure, SavedPage, open_container
from converter.containers.samples import WarcRecord, warc_bytes

VALID_WARC = warc_bytes([WarcRecord("https://x.example/a", b"<html><p>a</p></html>")])

NAMES = ["x.warc.gz", "x.warc", "x.mhtml", "x.zip", "x.jsonl", "x.wacz"]


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(NAMES), data=st.binary(max_size=600))
def test_arbitrary_bytes_never_raise(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        with open_container(path, name) as container:
            items = list(container.items())
    assert all(isinstance(item, (SavedPage, Failure)) for item in items)


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(0, len(VALID_WARC)), flips=st.lists(st.integers(0, len(VALID_WARC) - 1), max_size=4))
def test_damaged_warc_never_raises(cut: int, flips: list[int]) -> None:
    data = bytearray(VALID_WARC)
    for at in flips:
        data[at] ^= 0xFF
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.warc.gz"
        path.write_bytes(bytes(data[:cut]))
        with open_container(path, "x.warc.gz") as container:
            items = list(container.items())
    assert all(isinstance(item, (SavedPage, Failure)) for item in items)

"""The RSS feed stays well-formed XML whatever the titles hold."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from converter.site.feed import rss


def test_characters_xml_forbids_are_dropped_from_the_feed() -> None:
    title = "Bad\x00 \x01title\x08 \x0b\x0c\x1f\ufffe end"
    feed = rss("Site\x07", "About\x1b", "https://x.org/", [(title, "https://x.org/a/", dt.date(2020, 1, 2), "S\x02")])
    root = ET.fromstring(feed.encode())  # raised "not well-formed" before
    assert root.findtext("channel/title") == "Site"
    assert root.findtext("channel/description") == "About"
    assert root.findtext("channel/item/title") == "Bad title  end"
    assert root.findtext("channel/item/description") == "S"


def test_allowed_characters_survive() -> None:
    title = "Tab\there — 東京 😀 <b>&"
    feed = rss("S", "D", "", [(title, "a/", None, "")])
    assert ET.fromstring(feed.encode()).findtext("channel/item/title") == title

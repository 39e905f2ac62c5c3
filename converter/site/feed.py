"""RSS 2.0 feed of the newest articles, written by hand with XML escaping."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import format_datetime
from xml.sax.saxutils import escape

# Characters XML 1.0 forbids anywhere, even escaped: one in a title makes every reader reject the feed.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _el(name: str, text: str) -> str:
    return f"<{name}>{escape(_NOT_XML.sub('', text))}</{name}>"


def rss(title: str, description: str, site_url: str, items: list[tuple[str, str, dt.date | None, str]]) -> str:
    """`items` are (title, absolute or site-relative link, date, summary), newest first."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0"><channel>',
        _el("title", title),
        _el("link", site_url or "./"),
        _el("description", description),
    ]
    for item_title, link, date, summary in items:
        parts = [_el("title", item_title), _el("link", link), _el("guid", link)]
        if date:
            when = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
            parts.append(_el("pubDate", format_datetime(when)))
        if summary:
            parts.append(_el("description", summary))
        out.append("<item>" + "".join(parts) + "</item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n"

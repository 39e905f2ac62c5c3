"""Why a dump's headline and byline came out as they did: `python -m converter.textdump.explain PAGE.txt`.

Prints, for each learned decision, every candidate line with its score, the features that weigh
most, and which line was chosen. It is how a user reports a bad page and how a developer fixes
one without tuning to it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from converter.extract_text import locate
from converter.textdump import byline, meta, title
from converter.textdump.model import explain, model


def report(text: str, rel: str) -> str:
    at = locate(text, rel)
    lines = at.page.lines
    out = [f"body run: lines {at.first}-{at.last}; headline searched up to line {at.window}"]
    counts = Counter(line.text for line in lines)
    chosen = title.find_title(lines, at.window)
    out.append(f"\n{title.MODEL}: chose line {chosen}")
    for index in title.candidates(lines, at.window):
        mark = "*" if index == chosen else " "
        why = explain(model(title.MODEL), title.features(lines, index, at.window, counts))
        out.append(f" {mark}{index:4d} {lines[index].text[:70]!r}\n        {why}")
    site = meta.find_site_name(lines)
    found = byline.find_byline(lines, at.title, at.top, at.first, at.last, site)
    out.append(f"\n{byline.MODEL}: chose {found.index if found else None} -> {found.names if found else []}")
    for index in byline.candidates(lines, at.top, at.first, at.last):
        mark = "*" if found and index == found.index else " "
        why = explain(model(byline.MODEL), byline.features(lines, index, at.title, at.first, at.last))
        out.append(f" {mark}{index:4d} {lines[index].text[:70]!r}\n        {why}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m converter.textdump.explain PAGE.txt", file=sys.stderr)
        return 2
    path = Path(args[0])
    print(report(path.read_text(encoding="utf-8", errors="replace"), path.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())

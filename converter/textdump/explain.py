"""Why a dump came out as it did: `python -m converter.textdump.explain PAGE.txt`.

Prints, for each learned decision (body run, headline, byline, body lines, related entries),
every candidate with its score, the features that weigh most, and what was chosen. The
folder's repeated lines are not known here (a page alone): conversion may drop a few more lines.
It is how a user reports a bad page and how a developer fixes one without tuning to it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from converter.textdump import bodyline, byline, listing, runs, title
from converter.textdump.extract import locate
from converter.textdump.model import explain, model


def report(text: str, rel: str, repeated: frozenset[str] = frozenset()) -> str:
    at = locate(text, rel, repeated=repeated)
    lines = at.page.lines
    counts = Counter(line.text for line in lines)
    out = [f"{runs.MODEL}: body run lines {at.first}-{at.last}; headline searched up to line {at.window}"]
    found_runs = runs.candidate_runs(at.page.scores_before(at.cut), lines, at.page.walls, at.cut)
    for position, run in enumerate(found_runs):
        why = explain(model(runs.MODEL), runs.features(lines, found_runs, position, counts, at.page.site))
        out.append(
            f"  run {run.first}-{run.last} ({run.words} prose words, after {run.wall or 'no heading'})\n        {why}"
        )
    chosen = title.find_title(lines, at.window, site=at.page.site)
    out.append(f"\n{title.MODEL}: chose line {chosen}")
    for index in title.candidates(lines, at.window, site=at.page.site):
        mark = "*" if index == chosen else " "
        why = explain(model(title.MODEL), title.features(lines, index, at.window, counts))
        out.append(f" {mark}{index:4d} {lines[index].text[:70]!r}\n        {why}")
    site = at.page.site
    found = byline.find_byline(lines, at.title, at.top, at.first, at.last, site)
    out.append(f"\n{byline.MODEL}: chose {found.index if found else None} -> {found.names if found else []}")
    for index in byline.candidates(lines, at.top, at.first, at.last):
        mark = "*" if found and index == found.index else " "
        why = explain(model(byline.MODEL), byline.features(lines, index, at.title, at.first, at.last))
        out.append(f" {mark}{index:4d} {lines[index].text[:70]!r}\n        {why}")
    body_model = model(bodyline.MODEL)
    out.append(f"\n{bodyline.MODEL}: lines of the run (x: dropped below {body_model.threshold:+.2f})")
    for index in range(at.first, at.last + 1):
        if at.page.furniture[index]:
            out.append(f"  f{index:4d} {lines[index].text[:70]!r} (furniture by rule)")
            continue
        values = bodyline.features(
            lines, index, at.first, at.last, lines[index].normalized in repeated, repeated, site, at.page.furniture
        )
        mark = "x" if body_model.score(values) < body_model.threshold else " "
        out.append(f"  {mark}{index:4d} {lines[index].text[:70]!r}\n        {explain(body_model, values)}")
    list_model = model(listing.MODEL)
    out.append(f"\n{listing.MODEL}: lines after the body (+: a related entry above {list_model.threshold:+.2f})")
    for index in listing.candidates(lines, at.last):
        values = listing.features(lines, index, at.last, counts, lines[index].normalized in repeated)
        mark = "+" if list_model.score(values) > list_model.threshold else " "
        out.append(f"  {mark}{index:4d} {lines[index].text[:70]!r}\n        {explain(list_model, values)}")
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

"""wceb-train split in two halves by site, to write HTML rules on one half and measure them on the other.

    python train/wceb_halves.py --docs OUT [--docs OUT2 ...] [--shared ../shared] [--worst A:30]

wceb-train stands for the blogs and portals the product meets and no corpus holds. A rule written
while looking at its pages is measured there too optimistically; so its pages are split by site into
half A (looked at: losses, rules) and half B (held out: scored only to decide whether a change is
kept). A page's site is its URL's host (L3S-GN1); a Dragnet page records no URL, so its site is the
host most of its absolute links point to (a site links to itself more than to any other), else the
page alone. Half A holds the sites whose name's SHA-1 is even. Deterministic: no seed, no order.

For each --docs folder (`converter convert` output of wceb-train/html) it prints, per half, body P, R,
F1 of the means and mean page F1 with the shared scorer, beside readability-lxml's and trafilatura's
(from the candidate cache, train/dataset.py, as train/html_losses.py reads them), and the oracle
max(ours, readability) per page: what a perfect choice between the two would reach. --worst A:N lists
half A's N pages lost most against readability (never B's: it is not looked at).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dataset
import html_losses

from converter.read import decode

SET = "wceb-train"


def _link_site(page: dataset.Page) -> str | None:
    """The site most of the page's absolute links point to."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(decode(page.path.read_bytes(), str(page.path)))
    except (etree.ParserError, ValueError):  # an unreadable page: its own site
        return None
    hosts = Counter[str]()
    for a in root.iter("a"):
        host = urlsplit((a.get("href") or "").strip()).hostname
        if host and "." in host:
            hosts[dataset._site(host)] += 1
    return hosts.most_common(1)[0][0] if hosts else None


def site(page: dataset.Page) -> str:
    if not page.group.startswith(f"{page.set}:"):
        return page.group
    return _link_site(page) or page.group


def half(group: str) -> str:
    return "A" if int(hashlib.sha1(group.encode()).hexdigest(), 16) % 2 == 0 else "B"


def halves(shared: Path) -> dict[str, dict[str, dataset.Page]]:
    out: dict[str, dict[str, dataset.Page]] = {"A": {}, "B": {}}
    for page in dataset.load_pages(shared, SET):
        out[half(site(page))][page.id] = page
    return out


def _line(label: str, per: dict[str, tuple[float, float, float]]) -> str:
    n = len(per) or 1
    p = sum(v[0] for v in per.values()) / n
    r = sum(v[1] for v in per.values()) / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"    {label:40} P {p:.3f} R {r:.3f} F1 {f:.3f}  pageF1 {sum(v[2] for v in per.values()) / n:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=dataset.REPO.parent / "shared")
    parser.add_argument("--docs", type=Path, action="append", default=[], help="converter output of wceb-train/html")
    parser.add_argument("--worst", default="", help="A:N lists half A's N worst pages against readability")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.shared / "eval"))
    import score

    split = halves(args.shared)
    # Labelled by the folder and its parent: two runs' folders often share a name (out-a/wceb, out-b/wceb).
    ours = {f"{docs.parent.name}/{docs.name}": score.load_docs(docs)[0] for docs in args.docs}
    for name, pages in split.items():
        sites = {site(page) for page in pages.values()}
        print(f"half {name}: {len(pages)} pages, {len(sites)} sites")
        base = {i: html_losses._baselines(page, score) for i, page in pages.items()}
        scored = {
            tool: {i: score.prf(base[i][tool], page.truth) for i, page in pages.items()}
            for tool in ("readability", "trafilatura")
        }
        for label, preds in ours.items():
            scored[label] = {i: score.prf(preds.get(i, ""), page.truth) for i, page in pages.items()}
            scored[f"oracle({label}, readability)"] = {
                i: max(scored[label][i], scored["readability"][i], key=lambda v: v[2]) for i in pages
            }
        for label, per in scored.items():
            print(_line(label, per))
        if args.worst.startswith(f"{name}:") and ours:
            mine = scored[next(iter(ours))]
            count = int(args.worst.split(":")[1])
            print("    worst against readability: id, ours P/R/F1, readability P/R/F1, trafilatura F1")
            for i in sorted(pages, key=lambda i: mine[i][2] - scored["readability"][i][2])[:count]:
                o, r, t = mine[i], scored["readability"][i], scored["trafilatura"][i]
                sides = "   ".join(" ".join(f"{v:.2f}" for v in side) for side in (o, r))
                print(f"      {i[:12]}  {sides}   {t[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

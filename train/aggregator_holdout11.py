"""Held-out aggregator pages, generator 11: five more invented aggregators nobody has tuned on.

The same five kinds as the shared set (shared/corpus/aggregator/README.md), designed afresh:

- `orbitly`: portal start page.  Top bar with mail/weather/sign-in, a "privacy choices" wall, publisher
  chip with a verified mark, `Story by` byline or none, US dates with time (`Dec 22, 2023, 3:41 PM`) or
  short relative (`3h`), a "Sponsored" line and reaction counts, `More for you` cards (title, then
  `Outlet · 4h`), a numbered `Trending` list, and the next stories of the feed carried in full.
- `leaflet`: social magazine.  "Open in the app" interstitial, a `Flipped into <magazine> by <curator>`
  line (not an author), `Written by` byline with several authors joined by commas and `&`, long dates,
  run-in subheadings glued to the end of a paragraph, a photo credit, `More in this magazine` cards
  (title + teaser), and one or two other flipped stories carried in full.
- `parallax`: coverage comparer.  Topic hashtags, `Coverage: N sources` and a lean split, `First
  reported` ISO-like dates with a relative `Last updated`, `Reported by NAME for OUTLET` or none, an
  "automated digest" notice, a coverage list (outlet, lean, title, time) and a title-only `See also` list.
- `porchlight`: local news app.  Town and weather line, cookie strip, `NAME, Staff Writer` or
  `Submitted by NAME`, day-first dates with month names (`22 Dec 2023, 15:05`) or relative, a promo box and
  an event box inside the body, neighbours' comments with reply/like counters, `Around town` (title,
  outlet, time).
- unnamed reader (template `quietread`): never names itself (site null).  Ordinal dates
  (`Friday, December 22nd 2023`) or `Updated 5 hrs ago` alone, byline `NAME | OUTLET`, an `Additional
  reporting by` sign-off (not an author), run-in subheadings in capitals, `Keep reading` (title + teaser)
  and one carried story under `Up next`.

Usage (from the repository root):

    python train/aggregator_holdout11.py --out OUT --seeds 1 2 3 [--per-layout 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, read_naeb, used_main_ids, write_set

OUTLETS = [
    "Harbor Ledger",
    "Northgate Daily",
    "The Prairie Sentinel",
    "Midstate Wire",
    "Copperline Times",
    "The Evening Lantern",
    "Bayside Courier",
    "Summit Dispatch",
    "The Granite Post",
    "Westfold Journal",
]
ORGS = ["Staff and wire reports", "The Newsroom", "Editorial Team", "News Desk staff"]
SUBHEADS = [
    "The bigger picture",
    "What comes next",
    "Counting the cost",
    "A familiar pattern",
    "Behind the numbers",
    "Second thoughts",
    "Looking ahead",
    "Pushback",
    "NOT SO FAST",
    "THE FINE PRINT",
    "MIXED SIGNALS",
    "WHERE IT STANDS",
]
REL_SHORT = ["2h", "4h", "7h", "1d", "35m", "12h"]
REL_LONG = ["2 hours ago", "5 hrs ago", "40 minutes ago", "yesterday", "9 hours ago"]


@dataclass(kw_only=True)
class Page(PageLines):
    pass


@dataclass
class Ctx:
    meta: dict[str, Any]
    paras: list[str]
    day: dt.date
    others: list[tuple[str, dict[str, Any], list[str]]]  # (naeb id, meta, paragraphs) for related items
    rng: Random
    byline: list[str] = field(default_factory=list)  # the authors the page's byline shows (the label)


def first_sentence(para: str) -> str:
    m = re.search(r"^.{20,}?[.!?](?=\s)", para)
    return m.group(0) if m else para[:200]


def teaser(para: str) -> str:
    words = para.split()
    return para if len(words) <= 24 else " ".join(words[:20]) + "…"


def ampm(rng: Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]


def authors_of(c: Ctx, org_share: float) -> tuple[list[str], str | None]:
    """The byline names and the organisation credited instead (authors then empty).

    The authors label is NAEB's own, as the shared set's: an article NAEB credits to an agency or a desk ('Associated
    Press', 'News Staff') has that name as its author. Only an article NAEB credits to no one shows an invented
    newsroom credit (authors empty). (The draws of an earlier version, which also put an invented credit in place of
    the writers on some pages, are still made, so every other line of the pages stays as it was.)"""
    names = list(c.meta.get("authors") or [])
    if not names:
        return [], c.rng.choice(ORGS)
    if c.rng.random() < org_share:
        c.rng.choice(ORGS)
    c.byline = names
    return names, None


def body(p: Page, c: Ctx, subheads: list[str], junk: dict[int, list[str]]) -> None:
    """The main text, one paragraph a line; subheadings glued to the paragraph before; junk after paragraph i."""
    n = len(c.paras)
    # a subheading follows only a one-line paragraph that ends a sentence, so where it starts is never in doubt
    ok = [i for i in range(1, n - 1) if "\n" not in c.paras[i - 1] and re.search(r"[.!?][”\"’)]?$", c.paras[i - 1])]
    spots = sorted(c.rng.sample(ok, min(len(subheads), len(ok)))) if subheads else []
    glue = dict(zip(spots, subheads, strict=False))
    for i, para in enumerate(c.paras):
        p.blank()
        if i + 1 in glue:
            p.text(para + " " + glue[i + 1])
            p.subheadings.append(glue[i + 1])
        else:
            p.text(para)
        if i in junk and i < n - 1:
            p.blank()
            p.add_furniture(junk[i], label_blank=False)


def carried(p: Page, c: Ctx, nid: str, meta: dict[str, Any], paras: list[str], head: list[str], junk: str) -> None:
    p.blank()
    p.add_furniture(head, label_blank=False)
    p.text(meta["title"])
    p.related.append(meta["title"])
    if meta.get("authors"):
        p.text("By " + join_names(meta["authors"]))
    p.embedded.append({"title": meta["title"], "first_sentence": first_sentence(paras[0]), "naeb": nid})
    at = c.rng.randrange(1, max(2, len(paras)))
    for i, para in enumerate(paras):
        p.blank()
        if i == at:
            p.add_furniture([junk], label_blank=False)
            p.blank()
        p.text(para)


def l_orbitly(p: Page, c: Ctx) -> tuple[str | None, str | None]:
    r = c.rng
    outlet = r.choice(OUTLETS)
    p.add_furniture(
        ["Orbitly", "Mail", "News", "Finance", "Sports", f"{r.randint(-3, 30)}°C", "Sign in"], label_blank=False
    )
    p.blank()
    if r.random() < 0.7:
        p.add_furniture(
            [
                "Your privacy choices",
                "Orbitly and its partners store and read information on your device to run the service, measure "
                "how it is used and tailor what you see. You can change your mind at any time from the footer.",
                "Agree and continue",
                "See partners and options",
            ],
            label_blank=False,
        )
        p.blank()
    p.add_furniture([outlet, "✓ Verified publisher"], label_blank=False)
    p.text(c.meta["title"])
    names, org = authors_of(c, 0.15)
    date: str | None = None
    if r.random() < 0.65:
        stamp = f"{MONTHS[c.day.month - 1][:3]} {c.day.day}, {c.day.year}, {ampm(r)}"
        date = c.day.isoformat()
    else:
        stamp = r.choice(REL_SHORT)
    who = join_names(names) if names else org
    if r.random() < 0.5:
        p.meta(f"Story by {who}")
        p.meta(stamp)
    else:
        p.meta(f"Story by {who} • {stamp}")
    p.add_furniture([f"{r.randint(2, 14)} min read"], label_blank=False)
    body(p, c, [], {r.randrange(2, 6): ["Sponsored", "Ad Feedback"], r.randrange(7, 12): ["Sponsored"]})
    p.blank()
    p.add_furniture([f"👍 {r.randint(3, 900)}", f"😮 {r.randint(0, 90)}", f"💬 {r.randint(0, 300)}"], label_blank=False)
    p.blank()
    p.add_furniture(["More for you"], label_blank=False)
    k = r.randint(3, 5)
    for _nid, meta, _ in c.others[:k]:
        p.blank()
        p.text(meta["title"])
        p.related.append(meta["title"])
        p.add_furniture([f"{r.choice(OUTLETS)} · {r.choice(REL_SHORT)}"], label_blank=False)
    rest = c.others[k:]
    if r.random() < 0.6:
        p.blank()
        p.add_furniture(["Trending"], label_blank=False)
        for i, (_nid, meta, _) in enumerate(rest[:3], 1):
            p.add_furniture([str(i)], label_blank=False)
            p.text(meta["title"])
            p.related.append(meta["title"])
        rest = rest[3:]
    for nid, meta, paras in rest[: r.randint(1, 2)]:
        carried(p, c, nid, meta, paras, ["Continue reading", r.choice(OUTLETS), r.choice(REL_SHORT)], "Sponsored")
    p.blank()
    p.add_furniture(["© 2024 Orbitly", "Privacy", "Terms", "About our ads", "Feedback"], label_blank=False)
    return date, "Orbitly"


def l_leaflet(p: Page, c: Ctx) -> tuple[str | None, str | None]:
    r = c.rng
    mag = r.choice(["Things Worth Knowing", "Morning Brief", "The Long Read Pile", "Weekend Picks"])
    curator = r.choice(["Dana Ruiz", "Mo Okafor", "Priya Nair", "Lukas Brandt"])
    p.add_furniture(["Leaflet", "For you", "Explore", "Magazines"], label_blank=False)
    p.blank()
    p.add_furniture(["Leaflet works better in the app", "Open the app", "Keep reading in browser"], label_blank=False)
    p.blank()
    p.add_furniture([f"Flipped into {mag} by {curator}"], label_blank=False)
    p.blank()
    p.text(c.meta["title"])
    names, org = authors_of(c, 0.1)
    p.meta(f"Written by {join_names(names) if names else org}")
    date: str | None = None
    if r.random() < 0.75:
        d = c.day
        p.meta(f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}")
        date = d.isoformat()
    else:
        p.meta(r.choice(REL_LONG))
    p.blank()
    p.add_furniture(
        [f"Photo: {r.choice(['Alex Mora', 'Jin Park', 'Sofia Lind'])} / {r.choice(['Getty', 'Reuters', 'AP'])}"],
        label_blank=False,
    )
    subs = r.sample(SUBHEADS, r.randint(1, 3)) if len(c.paras) >= 5 else []
    body(p, c, subs, {})
    p.blank()
    p.add_furniture([f"♥ {r.randint(1, 400)}", "Flip", "Share"], label_blank=False)
    p.blank()
    p.add_furniture(["More in this magazine"], label_blank=False)
    k = r.randint(2, 4)
    for _nid, meta, paras in c.others[:k]:
        p.blank()
        p.text(meta["title"])
        p.related.append(meta["title"])
        t = teaser(paras[0])
        p.text(t)
        p.teasers.append(t)
    for nid, meta, paras in c.others[k : k + r.randint(1, 2)]:
        carried(p, c, nid, meta, paras, [f"Also flipped into {mag}"], "Tap to flip this story")
    p.blank()
    p.add_furniture(["Leaflet · Help · Terms · Privacy"], label_blank=False)
    return date, "Leaflet"


def l_parallax(p: Page, c: Ctx) -> tuple[str | None, str | None]:
    r = c.rng
    p.add_furniture(["Parallax", "Top", "Blindspots", "Local", "Daily digest", "Log in"], label_blank=False)
    p.blank()
    p.add_furniture(
        [" ".join(r.sample(["#Politics", "#Economy", "#Health", "#Tech", "#World", "#Courts"], 3))], label_blank=False
    )
    p.text(c.meta["title"])
    n = r.randint(8, 90)
    left = r.randint(10, 60)
    mid = r.randint(0, 100 - left)
    p.add_furniture(
        [f"Coverage: {n} sources", f"Left {left}% · Center {mid}% · Right {100 - left - mid}%"], label_blank=False
    )
    date: str | None = None
    if r.random() < 0.7:
        p.meta(f"First reported {c.day.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
        date = c.day.isoformat()
    p.meta(f"Last updated {r.choice(REL_LONG)}")
    names, org = authors_of(c, 0.1)
    outlet = r.choice(OUTLETS)
    if r.random() < 0.8:
        p.meta(f"Reported by {join_names(names) if names else org} for {outlet}")
    else:
        names = c.byline = []
    p.blank()
    p.add_furniture(
        ["This digest was assembled automatically from the sources below. Read them to see each framing."],
        label_blank=False,
    )
    body(p, c, [], {r.randrange(3, 8): ["Compare how outlets framed this →"]})
    p.blank()
    p.add_furniture(["How outlets covered it"], label_blank=False)
    k = r.randint(3, 5)
    for _nid, meta, _ in c.others[:k]:
        p.blank()
        p.add_furniture(
            [r.choice(OUTLETS), r.choice(["Lean Left", "Center", "Lean Right", "Unrated"])], label_blank=False
        )
        p.text(meta["title"])
        p.related.append(meta["title"])
        p.add_furniture([r.choice(REL_LONG)], label_blank=False)
    p.blank()
    p.add_furniture(["See also"], label_blank=False)
    for _nid, meta, _ in c.others[k : k + r.randint(2, 4)]:
        p.text(meta["title"])
        p.related.append(meta["title"])
    p.blank()
    p.add_furniture(
        ["Parallax is reader-funded. Become a supporter", "About · Methodology · Contact"], label_blank=False
    )
    return date, "Parallax"


def l_porchlight(p: Page, c: Ctx) -> tuple[str | None, str | None]:
    r = c.rng
    town = r.choice(["Maple Falls", "Cedar Bend", "Port Alder", "Willow Creek"])
    p.add_furniture(
        ["Porchlight", f"{town} · {r.randint(-5, 28)}° {r.choice(['Rain', 'Clear', 'Cloudy'])}", "Menu"],
        label_blank=False,
    )
    p.blank()
    if r.random() < 0.6:
        p.add_furniture(
            ["We use cookies to keep you signed in and to count visits.", "OK", "Settings"], label_blank=False
        )
        p.blank()
    p.add_furniture([r.choice(["Community", "Public safety", "Schools", "Business"])], label_blank=False)
    p.text(c.meta["title"])
    names, org = authors_of(c, 0.15)
    # the roll as drawn for every article NAEB credits to someone (a person or an agency)
    roll = r.random() < 0.5 if names or org in (c.meta.get("authors") or []) else False
    if names and roll:
        p.meta(f"{join_names(names)}, Staff Writer" if len(names) == 1 else f"{join_names(names)}, Staff Writers")
    else:
        p.meta(f"Submitted by {join_names(names) if names else org}")
    date: str | None = None
    if r.random() < 0.65:
        d = c.day
        p.meta(f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}, {r.randint(6, 22):02d}:{r.randint(0, 59):02d}")
        date = d.isoformat()
    else:
        p.meta(r.choice(REL_LONG))
    p.add_furniture(["Share", f"{r.randint(0, 80)} comments"], label_blank=False)
    junk = {
        r.randrange(2, 5): ["Get the Porchlight morning note", "Sign up free"],
        r.randrange(6, 10): ["Happening this weekend", f"Farmers market, {town} square, Sat 8–12", "See all events"],
    }
    body(p, c, [], junk)
    p.blank()
    nc = r.randint(1, 3)
    p.add_furniture([f"Comments ({nc})"], label_blank=False)
    for _ in range(nc):
        p.add_furniture(
            [
                r.choice(["Gail P.", "TomFromElm", "R. Okonkwo", "neighbor22"]),
                r.choice(["About time someone wrote about this.", "Thanks for covering it.", "Not sure I agree."]),
                f"Reply · {r.randint(0, 30)} likes",
            ],
            label_blank=False,
        )
    p.blank()
    p.add_furniture(["Around town"], label_blank=False)
    for _nid, meta, _ in c.others[: r.randint(3, 5)]:
        p.blank()
        p.text(meta["title"])
        p.related.append(meta["title"])
        p.add_furniture([r.choice(OUTLETS), r.choice(REL_LONG)], label_blank=False)
    p.blank()
    p.add_furniture([f"Porchlight {town}", "Advertise · Privacy · Terms"], label_blank=False)
    return date, "Porchlight"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def l_quietread(p: Page, c: Ctx) -> tuple[str | None, str | None]:
    r = c.rng
    p.add_furniture(["‹ Back", "Aa"], label_blank=False)
    p.blank()
    p.text(c.meta["title"])
    names, org = authors_of(c, 0.15)
    outlet = r.choice(OUTLETS)
    p.meta(f"{join_names(names) if names else org} | {outlet}")
    date: str | None = None
    if r.random() < 0.6:
        d = c.day
        p.meta(f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {ordinal(d.day)} {d.year}")
        date = d.isoformat()
    else:
        p.meta(f"Updated {r.choice(REL_LONG)}")
    subs = r.sample(SUBHEADS, r.randint(1, 2)) if len(c.paras) >= 6 else []
    body(p, c, subs, {})
    p.blank()
    p.meta(f"Additional reporting by {r.choice(['Hana Sato', 'Ben Carver', 'Lucia Ferro'])}")
    p.blank()
    p.add_furniture(["Was this story useful?", "Yes", "No"], label_blank=False)
    p.blank()
    p.add_furniture(["Keep reading"], label_blank=False)
    k = r.randint(2, 4)
    for _nid, meta, paras in c.others[:k]:
        p.blank()
        p.text(meta["title"])
        p.related.append(meta["title"])
        t = teaser(paras[0])
        p.text(t)
        p.teasers.append(t)
    nid, meta, paras = c.others[k]
    carried(p, c, nid, meta, paras, ["Up next", outlet], "Story continues below")
    return date, None


LAYOUTS: dict[str, Callable[[Page, Ctx], tuple[str | None, str | None]]] = {
    "orbitly": l_orbitly,
    "leaflet": l_leaflet,
    "parallax": l_parallax,
    "porchlight": l_porchlight,
    "quietread": l_quietread,
}


def paragraphs(text: str) -> list[str]:
    return [x.strip() for x in text.split("\n\n") if x.strip()]


def build(seed: int, per_layout: int, shared: Path) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    meta, truth = read_naeb(shared / "corpus" / "naeb")
    used = used_main_ids(shared / "corpus" / "aggregator" / "labels.json")
    rng = Random(seed)
    free = sorted(k for k in meta if k not in used and len(paragraphs(truth[k]["body"])) >= 3)
    rng.shuffle(free)
    texts: dict[str, str] = {}
    truth_out: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for li, (name, fn) in enumerate(LAYOUTS.items()):
        for j in range(per_layout):
            nid = free[(li * per_layout + j) % len(free)]
            m = meta[nid]
            pool = sorted(k for k in meta if k != nid and meta[k]["title"] != m["title"])
            rng.shuffle(pool)
            others = [(k, meta[k], paragraphs(truth[k]["body"])) for k in pool[:12]]
            others = [o for o in others if o[2]]
            c = Ctx(m, paragraphs(truth[nid]["body"]), dt.date.fromisoformat(m["date"][:10]), others, rng)
            page = Page()
            date, site = fn(page, c)
            pid = hashlib.sha1(f"h11-{seed}-{name}-{j}-{nid}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truth_out[pid] = {"url": m["url"], "body": "\n\n".join(c.paras)}
            labels[pid] = page.labels(
                template=name, naeb=nid, url=m["url"], title=m["title"], authors=c.byline, date=date, site=site
            )
    return texts, truth_out, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=10)
    ap.add_argument("--shared", type=Path, default=SHARED)
    a = ap.parse_args(argv)
    for s in a.seeds:
        texts, truth, labels = build(s, a.per_layout, a.shared)
        write_set(a.out / f"seed-{s}", texts, truth, labels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

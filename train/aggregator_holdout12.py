"""Held-out aggregator pages, twelfth independent generator (issue 11): five invented aggregators.

Written without reading the converter or the other generators, to estimate the converter on unseen layouts.
Main articles are the NAEB articles the shared aggregator set does not use as main articles; related and
carried articles are any other NAEB articles.  Title, date and authors are NAEB's own labels.

Layouts:

- ``glanceway``: a portal start page.  Top menu, privacy banner, publisher chip with a follow button, byline as
  ``Story by NAME`` or ``NAME for PUBLISHER``, dates like ``Dec 22, 2023, 2:05 PM`` or relative (``3h``),
  "Advertisement" lines, a listen button, reaction counts, a ``Trending now`` card list (title, then
  ``Outlet · 4h``), then the next story of the feed carried in full with ad lines inside.
- ``leaflet``: a social magazine.  App banner, section kicker, curator line ``Curated by NAME into MAG`` (not
  an author), run-in subheadings glued to the end of a paragraph, the byline at the end (``Written by NAME`` or
  ``By NAME``), a photo credit, 1-2 carried stories (title, one paragraph a line), a ``From the same magazine``
  list of title + teaser.
- ``crossread``: a coverage comparer.  Topic chips on one line, breadcrumb with a cut title, source count and a
  lean split, ``Published 2023-12-22 14:05 UTC`` with ``Updated ...`` or only ``Updated 5 hours ago``, a
  machine-summary notice, ``Written by NAME`` or bare names, a coverage list (outlet + lean, title, time) and a
  title-only list ``Similar stories``.  Names itself in its header and in phrases.
- ``porchlight``: a local news app.  Town and weather, cookie bar, ``Reported by NAME | Staff writer`` or
  bare name + role, day-first slashed dates ``22/12/2023 14:05``, a newsletter box in the body, readers'
  comments with likes, a ``More around town`` list (title, outlet + time).
- ``reader`` (unbranded): an in-app reader that never names itself.  Back/text-size controls, AP-style dates
  ``Dec. 22, 2023`` or ``Friday, 22nd December 2023`` or relative, a sign-off ``(Additional reporting by
  NAME; editing by NAME)`` where the editor is not an author, a ``Related coverage`` list, one carried story
  under ``Next article``, a ``More like this`` list of title + teaser.

Usage (from the repository root):

    python train/aggregator_holdout12.py --out OUT --seeds 1 2 3 [--per-layout 10]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, read_naeb, used_main_ids, write_set

OUTLETS = (
    "Harbor Ledger",
    "Northfield Times",
    "The Daily Compass",
    "Metro Wire",
    "Plainview Post",
    "Coastline Herald",
    "Summit Report",
    "Riverbend Gazette",
    "The Evening Lamp",
    "Capital Dispatch",
)
EDITORS = ("Mara Quint", "Oskar Feld", "Priya Lanham", "Dov Ashby", "Celia Marrow")
CURATORS = ("Jun Okafor", "Bettina Rowe", "Hal Desmarais", "Ines Voight")
MAGAZINES = ("Slow Sunday", "Things Worth Knowing", "The Long View", "Morning Brew Picks")
COMMENTERS = ("gravelroad88", "Nan T.", "PeteFromOakSt", "l.moreno", "quietcorner")
COMMENTS = (
    "Thanks for covering this, nobody else did.",
    "I'd like to see the follow-up on this one.",
    "Same thing happened on our street last year.",
    "Interesting read, shared it with my dad.",
)
SUBHEADS = (
    "What happens next",
    "A slow start",
    "THE BIG PICTURE",
    "Looking back",
    "Who pays",
    "Behind the numbers",
    "WHAT THEY SAID",
    "A different approach",
    "The reaction",
    "Still open questions",
)
TOWNS = ("Millbrook", "East Harlow", "Cedar Falls", "Port Wexley", "Linden Heights")
WEATHER = ("Cloudy", "Light rain", "Sunny", "Fog", "Windy")
TOPICS = ("World", "Politics", "Science", "Business", "Culture", "Health", "Tech", "Sport")
LEANS = ("Leans left", "Center", "Leans right")


@dataclass
class Art:
    nid: str
    title: str
    authors: list[str]
    day: date
    url: str
    paras: list[str]


@dataclass(kw_only=True)
class Page(PageLines):
    date_label: str | None = None
    site: str | None = None

    def furn(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)


def first_sentence(para: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])", para, maxsplit=1)[0]


def teaser(art: Art, rng: random.Random) -> str:
    s = first_sentence(art.paras[0])
    if len(s) < 40:
        s = art.paras[0].split("\n")[0]
    if len(s) > 110 and rng.random() < 0.6:
        cut = s[:100].rsplit(" ", 1)[0]
        return cut + "…"
    return s


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(6, 22), rng.choice((0, 5, 12, 20, 31, 45, 58))


def rel_time(rng: random.Random) -> str:
    return rng.choice(
        (f"{rng.randint(1, 11)}h", f"{rng.randint(2, 50)} min ago", f"{rng.randint(1, 9)} hours ago", "Yesterday")
    )


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def body(
    page: Page, art: Art, rng: random.Random, *, subheads: int = 0, inserts: list[list[str]] | None = None
) -> None:
    """The main body; run-in subheadings glued to the end of a paragraph; furniture blocks between paragraphs."""
    n = len(art.paras)
    glue = set(rng.sample(range(1, n - 1), min(subheads, max(0, n - 2)))) if n > 2 else set()
    heads = rng.sample(SUBHEADS, len(glue))
    spots = sorted(rng.sample(range(1, n), min(len(inserts or []), n - 1))) if n > 1 else []
    blocks = dict(zip(spots, inserts or [], strict=False))
    for i, para in enumerate(art.paras):
        if i in blocks:
            page.furn(*blocks[i])
        if i in glue:
            head = heads.pop()
            page.text(f"{para} {head}")
            page.subheadings.append(head)
        else:
            page.text(para)


def carried(page: Page, art: Art, rng: random.Random, junk: list[str], max_paras: int) -> None:
    """A related story carried in full (its first paragraphs), one paragraph a line, junk inside."""
    paras = art.paras[:max_paras]
    at = rng.randrange(1, len(paras)) if len(paras) > 1 and junk else None
    for i, para in enumerate(paras):
        if i == at:
            page.furn(*junk)
        page.text(para)
    page.embedded.append({"title": art.title, "first_sentence": first_sentence(art.paras[0]), "naeb": art.nid})


def rel(page: Page, art: Art) -> None:
    page.text(art.title)
    page.related.append(art.title)


# ------------------------------------------------------------------ layouts ----


def glanceway(main: Art, others: list[Art], rng: random.Random) -> Page:
    p = Page(site="Glanceway")
    p.furn("Glanceway", "Home", "News", "Weather", "Money", "Sports", "Play", "Sign in")
    p.blank()
    p.furn(
        "We value your privacy",
        "Glanceway and our partners use cookies to personalise content and measure ads.",
        "Accept all",
        "Manage choices",
    )
    p.blank()
    outlet = rng.choice(OUTLETS)
    p.furn(outlet, "+ Follow")
    p.text(main.title)
    if main.authors:
        p.meta(rng.choice((f"Story by {join_names(main.authors)}", f"{join_names(main.authors)} for {outlet}")))
    if rng.random() < 0.5:
        h, m = clock(rng)
        ampm = "AM" if h < 12 else "PM"
        p.meta(f"{MONTHS[main.day.month - 1][:3]} {main.day.day}, {main.day.year}, {(h - 1) % 12 + 1}:{m:02d} {ampm}")
        p.date_label = main.day.isoformat()
    else:
        p.meta(rel_time(rng))
    p.furn(f"{rng.randint(2, 14)} min read", "Listen")
    p.blank()
    body(p, main, rng, inserts=[["Advertisement"], ["Advertisement", "Continue reading"]])
    p.blank()
    p.furn(f"{rng.randint(5, 900)} reactions", "Like", "Share", "Report an issue")
    p.blank()
    p.furn("Trending now")
    for art in others[:4]:
        rel(p, art)
        p.furn(f"{rng.choice(OUTLETS)} · {rng.randint(1, 11)}h")
    nxt = others[4]
    p.blank()
    p.furn("Up next")
    rel(p, nxt)
    p.furn(f"{rng.choice(OUTLETS)} · {rng.randint(1, 11)}h")
    carried(p, nxt, rng, ["Advertisement"], rng.randint(3, 6))
    p.furn("Continue reading on the publisher's site")
    p.blank()
    p.furn("© 2023 Glanceway", "Privacy & Cookies", "Terms of use", "Help", "Feedback")
    return p


def leaflet(main: Art, others: list[Art], rng: random.Random) -> Page:
    p = Page(site="Leaflet")
    p.furn("leaflet", "For you", "Following", "Magazines", "Sign up")
    p.blank()
    p.furn("Leaflet is better in the app: your magazines, offline and ad-free.", "Get the app", "Continue in browser")
    p.blank()
    p.furn(rng.choice(TOPICS).upper())
    p.text(main.title)
    p.furn(f"Curated by {rng.choice(CURATORS)} into {rng.choice(MAGAZINES)}")
    shown_date = rng.random() < 0.6
    if shown_date:
        d = main.day
        p.meta(f"{d.day} {MONTHS[d.month - 1]} {d.year}")
        p.date_label = d.isoformat()
    p.blank()
    body(
        p,
        main,
        rng,
        subheads=rng.randint(1, 3),
        inserts=[["Like what you're reading? Get Leaflet's Sunday edition.", "Email address", "Subscribe"]],
    )
    if main.authors:
        p.meta(rng.choice((f"Written by {join_names(main.authors)}", f"By {join_names(main.authors)}")))
    p.furn(f"Photograph: {rng.choice(('Ana Brodsky', 'Teo Lind', 'Yusuf Ekman'))}/{rng.choice(OUTLETS)}")
    p.blank()
    p.furn(f"{rng.randint(10, 700)} likes", "Like", "Comment", "Save")
    p.blank()
    n_car = rng.randint(1, 2)
    for art in others[:n_car]:
        p.furn("Also in this magazine")
        rel(p, art)
        carried(p, art, rng, ["Sponsored"], rng.randint(2, 4))
        p.blank()
    p.furn("From the same magazine")
    for art in others[n_car : n_car + 3]:
        rel(p, art)
        t = teaser(art, rng)
        p.text(t)
        p.teasers.append(t)
    p.blank()
    p.furn("About Leaflet", "Careers", "Privacy", "Terms")
    return p


def crossread(main: Art, others: list[Art], rng: random.Random) -> Page:
    p = Page(site="Crossread")
    p.furn("Crossread", "Top stories", "Blindspots", "My feed", "Log in")
    p.furn("  ".join(rng.sample(TOPICS, 5)))
    cut = main.title[:28].rsplit(" ", 1)[0] + "…" if len(main.title) > 32 else main.title
    if cut != main.title:
        p.furn(f"Home › {rng.choice(TOPICS)} › {cut}")
    p.blank()
    p.text(main.title)
    n = rng.randint(8, 140)
    a = rng.randint(10, 60)
    b = rng.randint(10, 90 - a)
    bars = [f"{n} sources", f"Left {a}% · Center {b}% · Right {100 - a - b}%"]
    bars_on_top = rng.random() < 0.5
    if bars_on_top:
        p.furn(*bars)
    if rng.random() < 0.6:
        h, m = clock(rng)
        p.meta(f"Published {main.day.isoformat()} {h:02d}:{m:02d} UTC")
        p.date_label = main.day.isoformat()
        if rng.random() < 0.5:
            up = date.fromordinal(main.day.toordinal() + rng.randint(0, 2))
            p.meta(f"Updated {up.isoformat()}")
    else:
        p.meta(f"Updated {rng.randint(1, 11)} hours ago")
    if main.authors:
        p.meta(rng.choice((f"Written by {join_names(main.authors)}", join_names(main.authors))))
    p.blank()
    p.furn("This summary was written with the help of a language model and checked by Crossread's editors.")
    body(p, main, rng)
    p.blank()
    if not bars_on_top:
        p.furn("Coverage details", *bars)
    p.blank()
    p.furn(f"Compare coverage ({rng.randint(3, 9)} of {n})")
    for art in others[:4]:
        p.furn(f"{rng.choice(OUTLETS)} · {rng.choice(LEANS)}")
        rel(p, art)
        p.furn(rel_time(rng))
    p.blank()
    p.furn("Similar stories")
    for art in others[4:7]:
        rel(p, art)
    p.blank()
    p.furn("Read the news from every side with Crossread Premium.", "Try free for 30 days")
    p.furn("About", "Methodology", "Privacy", "© 2023 Crossread Ltd")
    return p


def porchlight(main: Art, others: list[Art], rng: random.Random) -> Page:
    p = Page(site="Porchlight")
    town = rng.choice(TOWNS)
    p.furn(
        "Porchlight", f"{town} · {rng.randint(28, 70)}°F {rng.choice(WEATHER)}", "Local", "Events", "Jobs", "Obituaries"
    )
    p.furn("We use cookies so the app works and to understand how it is used.", "OK", "Settings")
    p.blank()
    p.text(main.title)
    if rng.random() < 0.3:
        p.text(main.title)
    if main.authors:
        p.meta(
            rng.choice(
                (
                    f"Reported by {join_names(main.authors)} | Staff writer",
                    f"{join_names(main.authors)}, Community reporter",
                )
            )
        )
    if rng.random() < 0.6:
        h, m = clock(rng)
        p.meta(f"{main.day.day:02d}/{main.day.month:02d}/{main.day.year} {h:02d}:{m:02d}")
        p.date_label = main.day.isoformat()
    else:
        p.meta(f"Posted {rel_time(rng)}")
    p.blank()
    body(
        p,
        main,
        rng,
        inserts=[
            ["The Porchlight Morning Note", "Everything happening in " + town + ", every weekday.", "Sign me up"],
            ["Sponsored", "Local businesses keep this app free."],
        ],
    )
    p.blank()
    k = rng.randint(2, 4)
    p.furn(f"{k} comments", "Sort by: Newest")
    for c in rng.sample(COMMENTERS, k):
        p.furn(f"{c} · {rel_time(rng)}", rng.choice(COMMENTS), f"{rng.randint(0, 40)} likes", "Reply")
    p.blank()
    p.furn("More around town")
    for art in others[:5]:
        rel(p, art)
        p.furn(f"{rng.choice(OUTLETS)} — {rel_time(rng)}")
    p.blank()
    p.furn("Send us a tip", "Advertise with Porchlight", "Privacy")
    return p


def reader(main: Art, others: list[Art], rng: random.Random) -> Page:
    p = Page(site=None)
    p.furn("Back", "Aa", "Listen", "Save")
    p.blank()
    p.furn(rng.choice(TOPICS))
    p.text(main.title)
    outlet = rng.choice(OUTLETS)
    p.furn(outlet)
    d = main.day
    style = rng.randrange(3)
    if style == 0:
        ap = MONTHS[d.month - 1] if len(MONTHS[d.month - 1]) <= 5 else MONTHS[d.month - 1][:3] + "."
        p.meta(f"{ap} {d.day}, {d.year}")
        p.date_label = d.isoformat()
    elif style == 1:
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        p.meta(f"{DAYS[d.weekday()]}, {d.day}{suf} {MONTHS[d.month - 1]} {d.year}")
        p.date_label = d.isoformat()
    else:
        p.meta(rel_time(rng))
    p.blank()
    body(p, main, rng, subheads=rng.randint(0, 2), inserts=[["Story continues below"]])
    if main.authors:
        p.meta(f"(Additional reporting by {join_names(main.authors)}; editing by {rng.choice(EDITORS)})")
    p.blank()
    p.furn("Related coverage")
    for art in others[:3]:
        rel(p, art)
        p.furn(f"{rng.choice(OUTLETS)} · {rel_time(rng)}")
    p.blank()
    p.furn("Next article")
    nxt = others[3]
    rel(p, nxt)
    carried(p, nxt, rng, ["Story continues below"], rng.randint(2, 5))
    p.blank()
    p.furn("More like this")
    for art in others[4:6]:
        rel(p, art)
        t = teaser(art, rng)
        p.text(t)
        p.teasers.append(t)
    p.blank()
    p.furn("Content belongs to its publishers.", "Report a problem", "Privacy")
    return p


LAYOUTS: dict[str, Callable[[Art, list[Art], random.Random], Page]] = {
    "glanceway": glanceway,
    "leaflet": leaflet,
    "crossread": crossread,
    "porchlight": porchlight,
    "reader": reader,
}


# ------------------------------------------------------------------- driver ----


def load_articles(naeb: Path) -> dict[str, Art]:
    meta, truth = read_naeb(naeb)
    arts = {}
    for nid in sorted(meta):
        m = meta[nid]
        paras = [x.strip() for x in truth[nid]["body"].split("\n\n") if x.strip()]
        if not paras or not m.get("title"):
            continue
        arts[nid] = Art(nid, m["title"], list(m["authors"]), date.fromisoformat(m["date"][:10]), m["url"], paras)
    return arts


def build_seed(seed: int, per_layout: int, shared: Path) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    arts = load_articles(shared / "corpus" / "naeb")
    used = used_main_ids(shared / "corpus" / "aggregator" / "labels.json")
    mains = [a for nid, a in arts.items() if nid not in used]
    rng.shuffle(mains)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    k = 0
    for name, make in LAYOUTS.items():
        for _ in range(per_layout):
            main = mains[k % len(mains)]
            k += 1
            pool = [a for a in arts.values() if a.nid != main.nid and a.title != main.title]
            others = rng.sample(pool, 8)
            page = make(main, others, rng)
            pid = hashlib.sha1(f"h12/{seed}/{name}/{k}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truth[pid] = {"url": main.url, "body": "\n\n".join(main.paras)}
            labels[pid] = page.labels(
                template=name,
                naeb=main.nid,
                url=main.url,
                title=main.title,
                authors=main.authors,
                date=page.date_label,
                site=page.site,
            )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=10)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    for seed in args.seeds:
        texts, truth, labels = build_seed(seed, args.per_layout, args.shared)
        write_set(args.out / f"seed-{seed}", texts, truth, labels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

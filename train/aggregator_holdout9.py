"""A ninth held-out generator of aggregator article pages (issue 11), written without reading the converter.

Five invented aggregators of the shared set's five kinds, in an American tabloid-ish and public-broadcaster
register of their own; every wording below lives in this file only:

- `zestline`   portal start page: privacy overlay, shouty menu, publisher chip with "+ Follow", byline as
               `By NAME` or `NAME, Outlet`, dates `Dec 21, 2023 · 2:05 PM` or `Posted 3h ago`, reactions bar,
               sponsored lines, a "Trending now" list (title then `Outlet · 4h`), and one or two "Keep
               scrolling" stories carried in full with ad lines inside.
- `leafstack`  social magazine: open-in-app sheet, section kicker, title, `Flipped by ... into ...` curator line,
               dense paragraphs with run-in subheadings glued to their ends, end byline `Story: NAME` or
               `Words by NAME`, an image credit, "Also in this issue" title + blurb cards and one to three
               stories carried whole on one line each.
- `parallax`   coverage comparer: topic chips, a lean bar (`38 sources · Left 29% · Center 44% · Right 27%`),
               `First published 2023-12-21` with `Last updated`, a generated-summary notice, `Reported by`
               byline, "Compare the coverage" list (`LEAN · Outlet` / title / time) and a title-only list;
               names itself only inside phrases.
- `porchlight` local news app: town + weather, cookie strip, title once or twice, `Written by NAME` or
               `NAME | Staff Writer`, day-first dates `Thu 21 Dec 2023, 09:14` or `21.12.2023` with `Updated`,
               in-body ad and newsletter boxes, run-in subheadings on some pages, readers' comments and a
               "Around town" list of title + outlet + time.
- `reader`     in-app reader that never names itself (site null): date as `December 21st, 2023` or
               `Thursday, 21 December 2023`, or only `Updated 5 hrs ago`; a wire sign-off
               `(Reporting by NAME; Editing by OTHER)` at the end; a "Related coverage" title + teaser list and
               one or two stories carried in full.

Usage (from the repository root):
    python train/aggregator_holdout9.py --out OUT --seeds 1 2 3 [--per-layout 11]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}, in the shared aggregator set's formats.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

OUTLETS = (
    "Gulf Coast Sentinel",
    "Marrow Valley Times",
    "The Quarry Post",
    "Northfield Courier",
    "Brightwater Daily",
    "Kestrel Wire",
    "The Lantern Review",
    "Cedar Bay Bulletin",
    "Metro Ledger",
    "Ironbridge Gazette",
)
LEANS = ("LEFT", "LEAN LEFT", "CENTER", "LEAN RIGHT", "RIGHT")
SUBHEADS = (
    "The bigger picture",
    "What happens now",
    "A long time coming",
    "Counting the cost",
    "WHY IT MATTERS",
    "Behind the numbers",
    "The fine print",
    "Not everyone agrees",
    "LOOKING AHEAD",
    "How we got here",
    "Reading the room",
    "Back to the start",
)
RELATIVE = ("12m", "38m", "1h", "3h", "5h", "9h", "1d", "2d")
RELATIVE_LONG = ("14 minutes ago", "52 minutes ago", "2 hours ago", "4 hours ago", "11 hours ago", "yesterday")
COMMENTERS = ("marla_k", "Ted from Eastside", "jrn1972", "Priya V.", "oldtownbob", "Sunny Reyes")
COMMENTS = (
    "Finally someone is asking the right questions.",
    "Not sure I buy this, but ok.",
    "We drove past there last week and it was packed!",
    "Who is paying for all of it? Asking for a friend.",
    "Great reporting, thank you.",
)


@dataclass
class Article:
    nid: str
    title: str
    authors: list[str]
    date: dt.date | None
    url: str
    paras: list[str]


def load_articles() -> dict[str, Article]:
    meta, truth = read_naeb(NAEB)
    out = {}
    for nid in sorted(meta):
        m = meta[nid]
        paras = [p.strip() for p in truth[nid]["body"].split("\n\n") if p.strip()]
        date = dt.date.fromisoformat(m["date"][:10]) if m.get("date") else None
        out[nid] = Article(nid, m["title"], list(m.get("authors") or []), date, m.get("url") or "", paras)
    return out


def first_sentence(a: Article) -> str:
    p = a.paras[0]
    m = re.search(r"[.!?][\"”’]?\s", p)
    return p[: m.end()].strip() if m else p


def blurb(a: Article) -> str:
    s = first_sentence(a)
    return s if len(s) <= 150 else s[:140].rsplit(" ", 1)[0] + "…"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(6, 22), rng.randint(0, 59)


def us_time(h: int, m: int) -> str:
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class Page(PageLines):
    def furn(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)

    def paragraphs(self, paras: list[str], rng: random.Random, sub_rate: float) -> list[str]:
        """Main body paragraphs, a run-in subheading glued to the end of some (never the last)."""
        heads = rng.sample(SUBHEADS, len(SUBHEADS))
        for i, p in enumerate(paras):
            if i < len(paras) - 1 and i >= 1 and len(p) > 80 and heads and rng.random() < sub_rate:
                h = heads.pop()
                self.text(f"{p} {h}")
                self.subheadings.append(h)
            else:
                self.text(p)
            self.blank()
        return heads

    def card_list(self, arts: list[Article], shape: str, rng: random.Random) -> None:
        for a in arts:
            self.related.append(a.title)
            if shape == "title":
                self.text(a.title)
            elif shape == "outlet-time":
                self.text(a.title)
                self.furn(f"{rng.choice(OUTLETS)} · {rng.choice(RELATIVE)}")
            elif shape == "teaser":
                self.text(a.title)
                t = blurb(a)
                self.text(t)
                self.teasers.append(t)
            elif shape == "lean":
                self.furn(f"{rng.choice(LEANS)} · {rng.choice(OUTLETS)}")
                self.text(a.title)
                self.furn(rng.choice(RELATIVE_LONG))
            self.blank()

    def carry(self, a: Article, rng: random.Random, *, one_line: bool, junk: tuple[str, ...]) -> None:
        """A related article carried in full: its title, then its paragraphs (with junk lines inside)."""
        self.related.append(a.title)
        self.embedded.append({"title": a.title, "first_sentence": first_sentence(a), "naeb": a.nid})
        self.text(a.title)
        if a.authors and rng.random() < 0.6:
            self.furn(f"By {join_names(a.authors)}")
        if one_line:
            self.text(" ".join(" ".join(para.split()) for para in a.paras))
            self.blank()
            return
        self.blank()
        at = rng.randrange(1, max(2, len(a.paras)))
        for i, p in enumerate(a.paras):
            if i == at and junk:
                self.furn(rng.choice(junk))
                self.blank()
            self.text(p)
            self.blank()


# ------------------------------------------------------------------ layouts ----


def zestline(p: Page, a: Article, rel: list[Article], rng: random.Random) -> tuple[str | None, str | None]:
    if rng.random() < 0.7:
        p.furn("We value your privacy", "We and our 412 partners store and access information on your device.")
        p.furn(rng.choice(("Accept all", "I agree")), "Manage choices")
        p.blank()
    p.furn("Zestline", "Search Zestline")
    p.furn(*rng.sample(("HOME", "NEWS", "SPORTS", "MONEY", "CELEBS", "WEATHER", "DEALS"), 5))
    p.furn("Sign in")
    p.blank()
    outlet = rng.choice(OUTLETS)
    p.furn(outlet, "+ Follow")
    p.blank()
    p.text(a.title)
    date = None
    if a.date and rng.random() < 0.65:
        h, m = clock(rng)
        ds = f"{MONTHS[a.date.month - 1][:3]} {a.date.day}, {a.date.year} · {us_time(h, m)}"
        date = a.date.isoformat()
    else:
        ds = f"Posted {rng.choice(RELATIVE)} ago"
    if a.authors:
        form = rng.choice(("by", "comma", "split"))
        if form == "by":
            p.meta(f"By {join_names(a.authors)}")
            p.meta(ds)
        elif form == "comma":
            p.meta(f"{join_names(a.authors)}, {outlet}")
            p.meta(ds)
        else:
            p.meta(f"By {join_names(a.authors)} | {ds}")
    else:
        p.meta(ds)
    p.furn(f"{rng.randint(2, 9)} min read")
    p.blank()
    mid = len(a.paras) // 2
    for i, para in enumerate(a.paras):
        if i == mid and len(a.paras) > 3:
            p.furn("Advertisement", "Story continues below")
            p.blank()
        p.text(para)
        p.blank()
    p.furn(f"👍 {rng.randint(10, 900)}", f"😮 {rng.randint(1, 90)}", f"💬 {rng.randint(0, 300)} comments")
    p.furn(f"Read the full story at {outlet}")
    p.blank()
    n = rng.randint(3, 5)
    p.furn(rng.choice(("Trending now", "Hot right now")))
    p.card_list(rel[:n], "outlet-time", rng)
    p.furn("Sponsored", "These shoes are selling out fast — see why")
    p.blank()
    for b in rel[n : n + rng.randint(1, 2)]:
        p.furn("Keep scrolling")
        p.carry(b, rng, one_line=False, junk=("Advertisement", "Sponsored content", "Tap to load more"))
    p.furn("© 2024 Zestline Inc.", "Privacy", "Your privacy choices", "Terms", "Feedback")
    return date, "Zestline"


def leafstack(p: Page, a: Article, rel: list[Article], rng: random.Random) -> tuple[str | None, str | None]:
    p.furn("Leafstack is better in the app", "Open app", "Not now")
    p.blank()
    p.furn(rng.choice(("SCIENCE", "CULTURE", "POLITICS", "TECH", "SPORT", "LIFE")))
    p.text(a.title)
    if rng.random() < 0.4:
        p.text(a.title)
    p.blank()
    p.furn(
        f"Flipped by {rng.choice(('Dana Whitfield', 'Omar Lindqvist', 'Tess Okafor'))} into "
        f"{rng.choice(('Morning Reads', 'The Long View', 'Weekend Stack'))}"
    )
    date = None
    if a.date and rng.random() < 0.6:
        ds = f"{DAYS[a.date.weekday()][:3]}, {a.date.day} {MONTHS[a.date.month - 1]} {a.date.year}"
        date = a.date.isoformat()
    else:
        ds = rng.choice(RELATIVE_LONG)
    p.meta(ds)
    p.blank()
    p.paragraphs(a.paras, rng, 0.45)
    if a.authors:
        p.meta(rng.choice(("Story: ", "Words by ")) + join_names(a.authors))
    p.furn(f"Image: {rng.choice(('Getty Images', 'Reuters', 'Alamy'))}")
    p.furn(f"♥ {rng.randint(3, 400)}   Reflip   Share")
    p.blank()
    n = rng.randint(2, 4)
    p.furn("Also in this issue")
    p.card_list(rel[:n], "teaser", rng)
    p.furn("Full stories from the stack")
    for b in rel[n : n + rng.randint(1, 3)]:
        p.carry(b, rng, one_line=True, junk=())
    p.furn("Leafstack", "About", "Careers", "Privacy", "Terms")
    return date, "Leafstack"


def parallax(p: Page, a: Article, rel: list[Article], rng: random.Random) -> tuple[str | None, str | None]:
    p.furn("Top stories", "Blindspot", "Local", "Sign up")
    p.furn("  ".join(rng.sample(("Economy", "Elections", "Climate", "Health", "Courts", "Tech"), 3)))
    p.blank()
    cut = a.title if len(a.title) < 40 else a.title[:36].rstrip() + "…"
    p.furn(f"News › {cut}")
    p.text(a.title)
    left = rng.randint(10, 45)
    center = rng.randint(10, 90 - left)
    bar = f"{rng.randint(4, 80)} sources · Left {left}% · Center {center}% · Right {100 - left - center}%"
    top = rng.random() < 0.5
    if top:
        p.furn(bar)
    date = None
    if a.date and rng.random() < 0.7:
        p.meta(f"First published {a.date.isoformat()}")
        up = a.date + dt.timedelta(days=rng.randint(0, 2))
        p.meta(f"Last updated {up.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} UTC")
        date = a.date.isoformat()
    else:
        p.meta(f"Last updated {rng.choice(RELATIVE_LONG)}")
    if a.authors:
        p.meta(rng.choice(("Reported by ", "Original reporting: ")) + join_names(a.authors))
    p.blank()
    p.furn("This overview was put together by software from the sources below. Check the originals.")
    p.blank()
    for para in a.paras:
        p.text(para)
        p.blank()
    if not top:
        p.furn(bar)
    p.furn("See how Parallax rates each outlet")
    p.blank()
    n = rng.randint(3, 5)
    p.furn("Compare the coverage")
    p.card_list(rel[:n], "lean", rng)
    p.furn("Similar stories")
    p.card_list(rel[n : n + rng.randint(2, 4)], "title", rng)
    p.furn("Parallax Media LLC", "Methodology", "Contact", "Privacy")
    return date, "Parallax"


def porchlight(p: Page, a: Article, rel: list[Article], rng: random.Random) -> tuple[str | None, str | None]:
    p.furn(
        "Porchlight",
        f"{rng.choice(('Riverton', 'Ashby', 'Lake Orrin', 'Millbrook'))}, "
        f"{rng.choice(('OR', 'MN', 'NC'))} · {rng.randint(28, 80)}° {rng.choice(('Cloudy', 'Sunny', 'Rain'))}",
    )
    p.furn("This app uses cookies to remember your town.", "OK")
    p.blank()
    p.text(a.title)
    if rng.random() < 0.35:
        p.text(a.title)
    date = None
    if a.authors:
        name = join_names(a.authors)
        p.meta(rng.choice((f"Written by {name}", f"{name} | Staff Writer")))
    if a.date and rng.random() < 0.7:
        h, m = clock(rng)
        if rng.random() < 0.5:
            day = f"{DAYS[a.date.weekday()][:3]} {a.date.day} {MONTHS[a.date.month - 1][:3]} {a.date.year}"
            ds = f"{day}, {h:02d}:{m:02d}"
        else:
            ds = f"{a.date.day:02d}.{a.date.month:02d}.{a.date.year}"
        p.meta(ds)
        if rng.random() < 0.5:
            up = a.date + dt.timedelta(days=1)
            p.meta(f"Updated {up.day:02d}.{up.month:02d}.{up.year}")
        date = a.date.isoformat()
    else:
        p.meta(f"Updated {rng.choice(RELATIVE_LONG)}")
    p.blank()
    at = rng.randrange(1, max(2, len(a.paras)))
    ad_at = rng.randrange(1, max(2, len(a.paras)))
    sub = rng.random() < 0.5
    heads = rng.sample(SUBHEADS, len(SUBHEADS))
    for i, para in enumerate(a.paras):
        if i == at:
            p.furn("Get the Evening Porchlight in your inbox", "Your email", "Sign me up")
            p.blank()
        if i == ad_at:
            p.furn("Ad · Riverton Hardware — 20% off this weekend")
            p.blank()
        if sub and heads and 1 <= i < len(a.paras) - 1 and len(para) > 80 and rng.random() < 0.35:
            head = heads.pop()
            p.text(f"{para} {head}")
            p.subheadings.append(head)
        else:
            p.text(para)
        p.blank()
    k = rng.randint(0, 3)
    p.furn(f"{k + rng.randint(0, 20)} comments")
    for c in rng.sample(COMMENTS, k):
        p.furn(rng.choice(COMMENTERS), c, "Reply")
    p.blank()
    p.furn("Around town")
    p.card_list(rel[: rng.randint(3, 5)], "outlet-time", rng)
    p.furn("Porchlight · Local news for your street", "Help", "Privacy")
    return date, "Porchlight"


def reader(p: Page, a: Article, rel: list[Article], rng: random.Random) -> tuple[str | None, str | None]:
    p.furn("‹ Back", "Aa", "Save")
    p.blank()
    outlet = rng.choice(OUTLETS)
    p.furn(outlet)
    p.text(a.title)
    date = None
    if a.date and rng.random() < 0.7:
        if rng.random() < 0.5:
            ds = f"{MONTHS[a.date.month - 1]} {ordinal(a.date.day)}, {a.date.year}"
        else:
            ds = f"{DAYS[a.date.weekday()]}, {a.date.day} {MONTHS[a.date.month - 1]} {a.date.year}"
        date = a.date.isoformat()
    else:
        ds = f"Updated {rng.choice(('5 hrs ago', '40 mins ago', '2 days ago'))}"
    p.meta(ds)
    p.blank()
    p.paragraphs(a.paras, rng, 0.25)
    if a.authors and rng.random() < 0.6:
        p.meta(
            f"(Reporting by {join_names(a.authors)}; Editing by "
            f"{rng.choice(('Mara Quint', 'Lewis Obi', 'Hana Petrov'))})"
        )
    elif a.authors:
        p.meta(f"By {join_names(a.authors)}")
    p.blank()
    n = rng.randint(2, 4)
    p.furn("Related coverage")
    p.card_list(rel[:n], "teaser", rng)
    p.furn("Read next")
    for b in rel[n : n + rng.randint(1, 2)]:
        p.furn(rng.choice(OUTLETS))
        p.carry(b, rng, one_line=False, junk=("▶ Watch · 1:48",))
    p.furn("Report a problem", "Privacy notice")
    return date, None


LAYOUTS = {
    "zestline": zestline,
    "leafstack": leafstack,
    "parallax": parallax,
    "porchlight": porchlight,
    "reader": reader,
}


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    arts = load_articles()
    used = used_main_ids(SHARED_LABELS)
    mains = [nid for nid in sorted(arts) if nid not in used]
    rng.shuffle(mains)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    k = 0
    for name, layout in LAYOUTS.items():
        for _ in range(per_layout):
            a = arts[mains[k % len(mains)]]
            k += 1
            others = [arts[n] for n in sorted(arts) if n != a.nid and arts[n].title != a.title]
            rel = rng.sample(others, 9)
            p = Page()
            date, site = layout(p, a, rel, rng)
            pid = hashlib.sha1(f"h9-{seed}-{name}-{k}".encode()).hexdigest()[:16]
            texts[pid] = p.dump()
            truth[pid] = {"url": a.url, "body": "\n\n".join(a.paras)}
            labels[pid] = p.labels(
                template=name, naeb=a.nid, url=a.url, title=a.title, authors=a.authors, date=date, site=site
            )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__, per_layout=11)


if __name__ == "__main__":
    sys.exit(main())

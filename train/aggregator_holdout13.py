"""Held-out aggregator pages, generator 13: five invented aggregators nobody has tuned on (issue 11).

Written without reading the converter or the other generators; only the shared mechanics of
`aggregator_pages.py` are reused.  Every wording (names, menus, prompts, bylines, dates, headings) is
this file's own.  The five layouts, one of each kind the shared set has:

- `brightloom` (portal start page): location/weather strip and menu, a privacy wall with three
  buttons, a "from <outlet>" chip with "+ Add source", byline `By NAME` or `NAME | OUTLET`, US dates
  `Dec 22, 2023, 9:14 AM ET` or compact relative `3h`, sponsored lines and a pulse counter inside the body,
  `Trending now` cards (outlet line, title, age), then one or two stories of the feed carried in full
  under `Keep scrolling`, with a sponsored line inside each.
- `quillfeed` (social magazine): an "open in app" sheet, a kicker, the title, `Flipped by @handle` (a
  curator), run-in subheadings glued to the paragraph before, `Story by NAME` or `Text — NAME` at the
  end, an image credit, `More in this stack` cards (title, teaser), one or two carried stories.
- `evenkeel` (coverage comparer): topic chips, a bias strip (`L 31% · C 44% · R 25%`), ISO dates
  `Published 2023-12-22 · Updated 2023-12-23` or `Published 3 days ago`, an auto-summary notice,
  `Written by NAME` or a bare name, a coverage table (lean, outlet, title, age), a `Similar stories`
  list of titles only; names itself only inside phrases.
- `stoopline` (local news app): town and weather, a cookie strip, `Reported by NAME, ROLE` or
  `NAME · Contributor`, dates `22/12/2023 15:05` day first or `Posted 5 hours ago`, a newsletter box
  and an ad in the body, neighbours' comments, a `Around town` list (title, outlet · age).
- `unbranded` in-app reader (never names itself, site null): `Thursday, December 21st, 2023`
  ordinal dates or `Posted yesterday`, a `(Additional reporting by ...; edited by ...)` sign-off
  (not authors), an `Other angles` list of titles, carried stories, a `You might also like` list
  (title, teaser).

Usage (from the repository root):

    python train/aggregator_holdout13.py --out OUT --seeds 1 2 3 [--per-layout 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import MONTHS, SHARED, PageLines, read_naeb, used_main_ids, write_set

OUTLETS = (
    "Harbor Ledger", "The Midland Courier", "Pinecrest Daily", "Northgate Times", "Riverbend Post",
    "Capital Wire", "The Granite Herald", "Westfield Record", "Bayside Observer", "Summit Journal",
)  # fmt: skip
SUBHEADS = (
    "What happens now", "A long road", "THE NUMBERS", "Behind the scenes", "Why it matters",
    "Looking ahead", "The reaction", "A CHANGING PICTURE", "Early signs", "What critics say",
)  # fmt: skip
NAMES = ("Dana Whitcombe", "Ravi Otieno", "Marguerite Lyle", "Tomas Hale", "Ines Barrow", "Kofi Asante")
HANDLES = ("@weekendreads", "@ellie.curates", "@thelongview", "@morningstack", "@newsnerd_jo")
LEANS = ("Left", "Lean left", "Center", "Lean right", "Right")
AGES = ("12m", "45m", "1h", "2h", "5h", "9h", "1d")


@dataclass
class Art:
    nid: str
    title: str
    authors: list[str]
    date: dt.date
    url: str
    paras: list[str]


@dataclass(kw_only=True)
class Page(PageLines):
    date_label: str | None = None
    site: str | None = None


def names(authors: list[str]) -> str:
    if len(authors) < 2:
        return "".join(authors)
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def first_sentence(text: str) -> str:
    cut = text.find(". ")
    return text[: cut + 1] if 20 < cut < 250 else text[:160]


def teaser(art: Art) -> str:
    words = art.paras[0].split()
    return " ".join(words[:18]) + ("…" if len(words) > 18 else "")


def fur(p: Page, *lines: str) -> None:
    p.add_furniture(lines, label_blank=False)


def body(p: Page, rng: random.Random, art: Art, *, subheads: bool, junk: Callable[[], list[str]] | None) -> None:
    """The main article's paragraphs, blank-separated; run-in subheadings and furniture between some."""
    n = len(art.paras)
    sub_at = set(rng.sample(range(1, n - 1), min(2, max(0, n - 3)))) if subheads and n > 4 else set()
    junk_at = rng.randrange(1, n) if junk and n > 2 else -1
    for i, para in enumerate(art.paras):
        if i + 1 in sub_at:
            sub = rng.choice(SUBHEADS)
            p.subheadings.append(sub)
            para = f"{para} {sub}"
        p.text(para)
        p.blank()
        if i == junk_at and junk:
            fur(p, *junk())
            p.blank()


def carried(p: Page, rng: random.Random, art: Art, head: list[str], ad: str) -> None:
    """A related story carried in full: its header lines (title among them), its paragraphs, an ad inside."""
    for line in head:
        if line == art.title:
            p.text(line)
            p.related.append(art.title)
        else:
            fur(p, line)
    p.embedded.append({"title": art.title, "first_sentence": first_sentence(art.paras[0]), "naeb": art.nid})
    at = rng.randrange(1, max(2, len(art.paras)))
    for i, para in enumerate(art.paras):
        p.text(para)
        if i == at:
            fur(p, ad)
    p.blank()


def us_date(d: dt.date, rng: random.Random) -> str:
    clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice('AP')}M ET"
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {clock}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ------------------------------------------------------------------------------------------ layouts ----


def brightloom(p: Page, rng: random.Random, a: Art, rel: list[Art]) -> None:
    site = "Brightloom"
    p.site = site
    outlet = rng.choice(OUTLETS)
    fur(p, "Jump to main content", site, rng.choice(["Cleveland 38°", "Tucson 71°", "Boise 29°"]), "Top stories")
    fur(p, *rng.sample(["Money", "Sports", "Weather", "Health", "Watch", "Shopping", "Games"], 5), "Sign in")
    p.blank()
    if rng.random() < 0.7:
        fur(
            p,
            f"Your privacy on {site}",
            f"We and {rng.randint(80, 240)} vendors store cookies on your device to personalize ads, measure"
            " performance and improve our services. You can change your choices at any time in Privacy settings.",
            "Accept all",
            "Reject non-essential",
            "Manage options",
        )
        p.blank()
    fur(p, f"from {outlet}", "+ Add source")
    p.text(a.title)
    relative = rng.random() < 0.4
    when = rng.choice(AGES) if relative else us_date(a.date, rng)
    p.date_label = None if relative else a.date.isoformat()
    if a.authors and rng.random() < 0.5:
        p.meta(f"By {names(a.authors)}")
        p.meta(when)
    elif a.authors:
        p.meta(f"{names(a.authors)} | {outlet} | {when}")
    else:
        p.meta(when)
    fur(p, f"{rng.randint(2, 12)} min read")
    p.blank()
    body(p, rng, a, subheads=False, junk=lambda: ["Sponsored", "Continue reading below"])
    fur(p, f"👍 {rng.randint(3, 900)}", f"💬 {rng.randint(0, 200)}", "Share", f"Read the full story on {outlet}")
    p.blank()
    fur(p, "Trending now")
    cards, full = rel[:4], rel[4 : 4 + rng.randint(1, 2)]
    for r in cards:
        fur(p, rng.choice(OUTLETS))
        p.text(r.title)
        p.related.append(r.title)
        fur(p, rng.choice(AGES))
    p.blank()
    fur(p, "Keep scrolling")
    p.blank()
    for r in full:
        carried(p, rng, r, [rng.choice(OUTLETS), r.title, f"{rng.randint(2, 9)} min read"], "Sponsored content")
    fur(p, f"© 2024 {site} Inc.", "Privacy settings", "Terms", "Advertise", "Help center")


def quillfeed(p: Page, rng: random.Random, a: Art, rel: list[Art]) -> None:
    site = "Quillfeed"
    p.site = site
    fur(p, f"Open in the {site} app", "Stacks look better in the app.", "Open app", "Not now")
    p.blank()
    fur(p, rng.choice(["CULTURE", "WORLD", "SCIENCE", "POLITICS", "TECH"]))
    p.text(a.title)
    fur(p, f"Flipped by {rng.choice(HANDLES)} into {rng.choice(['Good Reads', 'Need to Know', 'Weekend'])}")
    p.date_label = a.date.isoformat()
    p.meta(f"{a.date.day} {MONTHS[a.date.month - 1]} {a.date.year}")
    fur(p, f"♡ {rng.randint(10, 999)}", f"↻ {rng.randint(0, 90)} reflips")
    p.blank()
    body(p, rng, a, subheads=True, junk=None)
    if a.authors:
        p.meta(rng.choice(["Story by ", "Text — "]) + names(a.authors))
    fur(p, f"Image: {rng.choice(NAMES)}/{rng.choice(['Getty', 'Reuters', 'Alamy'])}")
    p.blank()
    full = rel[: rng.randint(1, 2)]
    for r in full:
        carried(p, rng, r, ["Also in this stack", r.title], f"Flip this into your {site}")
    fur(p, "More in this stack")
    for r in rel[len(full) : len(full) + 4]:
        p.text(r.title)
        p.related.append(r.title)
        tz = teaser(r)
        p.text(tz)
        p.teasers.append(tz)
    p.blank()
    fur(p, "About", "Careers", "Privacy", f"© {site}")


def evenkeel(p: Page, rng: random.Random, a: Art, rel: list[Art]) -> None:
    site = "Evenkeel"
    p.site = site
    fur(p, "Home", "For You", "Local", "Blindspot feed", "Subscribe")
    fur(p, *rng.sample(["Elections", "Economy", "Climate", "Courts", "Tech Policy", "Health"], 3))
    p.blank()
    p.text(a.title)
    n = rng.randint(8, 80)
    strip = [f"{n} sources", f"L {rng.randint(10, 40)}% · C {rng.randint(20, 50)}% · R {rng.randint(10, 40)}%"]
    strip_on_top = rng.random() < 0.5
    if strip_on_top:
        fur(p, *strip)
    if rng.random() < 0.6:
        upd = a.date + dt.timedelta(days=rng.randint(1, 3))
        p.meta(f"Published {a.date.isoformat()} · Updated {upd.isoformat()}")
        p.date_label = a.date.isoformat()
    else:
        p.meta(f"Published {rng.randint(2, 6)} days ago")
    if a.authors:
        p.meta(rng.choice(["Written by ", ""]) + names(a.authors))
    p.blank()
    fur(p, f"This overview was drafted automatically by {site} from the coverage below and checked by an editor.")
    p.blank()
    body(p, rng, a, subheads=False, junk=None)
    if not strip_on_top:
        fur(p, *strip)
    fur(p, f"How {site} rates sources", f"Coverage ({min(n, 5)} of {n})")
    for r in rel[:4]:
        fur(p, rng.choice(LEANS), rng.choice(OUTLETS))
        p.text(r.title)
        p.related.append(r.title)
        fur(p, rng.choice(AGES) + " ago")
    p.blank()
    fur(p, "Similar stories")
    for r in rel[4:7]:
        p.text(r.title)
        p.related.append(r.title)
    p.blank()
    fur(p, f"Get the daily {site} briefing", "Your email", "Sign up", "Mission", "Contact", "Terms of use")


def stoopline(p: Page, rng: random.Random, a: Art, rel: list[Art]) -> None:
    site = "Stoopline"
    p.site = site
    town = rng.choice(["Ashford", "Millbrook", "Lake Orrin", "Dunmore"])
    fur(p, site, f"{town} · {rng.randint(-3, 24)}°C {rng.choice(['Cloudy', 'Clear', 'Drizzle'])}", "Menu")
    fur(p, "We use cookies to keep you signed in and count visits.", "OK", "Settings")
    p.blank()
    p.text(a.title)
    if rng.random() < 0.4:
        p.text(a.title)
    if a.authors:
        role = rng.choice(["Local reporter", "Staff writer", "Contributor"])
        p.meta(rng.choice([f"Reported by {names(a.authors)}, {role}", f"{names(a.authors)} · {role}"]))
        fur(p, "Follow")
    if rng.random() < 0.5:
        p.meta(f"{a.date.day:02d}/{a.date.month:02d}/{a.date.year} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}")
        p.date_label = a.date.isoformat()
    else:
        p.meta(f"Posted {rng.randint(2, 11)} hours ago")
    p.blank()

    def box() -> list[str]:
        return rng.choice(
            [
                [f"The {town} Morning Note", "Local news in your inbox by 7am.", "Sign me up"],
                ["Advertisement", f"{rng.choice(['Plumbing', 'Dental', 'Roofing'])} in {town} — Call today"],
            ]
        )

    body(p, rng, a, subheads=rng.random() < 0.5, junk=box)
    fur(p, f"What neighbours are saying ({rng.randint(2, 40)})")
    for _ in range(rng.randint(1, 2)):
        fur(
            p,
            rng.choice(NAMES),
            rng.choice(["Good to see this covered.", "Who decided this?!", "Thanks for the update"]),
        )
        fur(p, f"Reply · {rng.randint(0, 30)} likes")
    p.blank()
    fur(p, "Around town")
    for r in rel[:5]:
        p.text(r.title)
        p.related.append(r.title)
        fur(p, f"{rng.choice(OUTLETS)} · {rng.choice(AGES)}")
    p.blank()
    fur(p, "Post a tip", "Advertise with us", f"{site} © 2024")


def unbranded(p: Page, rng: random.Random, a: Art, rel: list[Art]) -> None:
    fur(p, "‹ Back", "Aa", "Share")
    p.blank()
    fur(p, rng.choice(OUTLETS))
    p.text(a.title)
    if a.authors:
        p.meta(names(a.authors))
    if rng.random() < 0.6:
        p.meta(f"{a.date.strftime('%A')}, {MONTHS[a.date.month - 1]} {ordinal(a.date.day)}, {a.date.year}")
        p.date_label = a.date.isoformat()
    else:
        p.meta(rng.choice(["Posted yesterday", "Posted 6 hours ago", "Posted 2 days ago"]))
    p.blank()
    body(p, rng, a, subheads=False, junk=None)
    if rng.random() < 0.6:
        fur(p, f"(Additional reporting by {rng.choice(NAMES)}; edited by {rng.choice(NAMES)})")
        p.blank()
    fur(p, "Other angles")
    for r in rel[:3]:
        p.text(r.title)
        p.related.append(r.title)
    p.blank()
    for r in rel[3 : 3 + rng.randint(1, 2)]:
        carried(p, rng, r, ["Up next", r.title, rng.choice(OUTLETS)], "Ad · Remove ads with Premium")
    fur(p, "You might also like")
    k = 3 + len(p.embedded)
    for r in rel[k : k + 3]:
        p.text(r.title)
        p.related.append(r.title)
        tz = teaser(r)
        p.text(tz)
        p.teasers.append(tz)


LAYOUTS: dict[str, Callable[[Page, random.Random, Art, list[Art]], None]] = {
    "brightloom": brightloom,
    "quillfeed": quillfeed,
    "evenkeel": evenkeel,
    "stoopline": stoopline,
    "unbranded": unbranded,
}


def load_articles() -> tuple[dict[str, Art], list[str]]:
    meta, truth = read_naeb(SHARED / "corpus" / "naeb")
    arts = {
        k: Art(k, m["title"], list(m["authors"]), dt.date.fromisoformat(m["date"][:10]), m["url"],
               [x.strip() for x in truth[k]["body"].split("\n\n") if x.strip()])
        for k, m in sorted(meta.items())
    }  # fmt: skip
    used = used_main_ids(SHARED / "corpus" / "aggregator" / "labels.json")
    return arts, sorted(set(arts) - used)


def build(seed: int, per_layout: int, out: Path) -> None:
    rng = random.Random(seed)
    arts, free = load_articles()
    mains = free[:]
    rng.shuffle(mains)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for li, (name, layout) in enumerate(LAYOUTS.items()):
        for i in range(per_layout):
            a = arts[mains[(li * per_layout + i) % len(mains)]]
            others = [x for x in sorted(arts) if x != a.nid]
            rel = [arts[x] for x in rng.sample(others, 9)]
            p = Page()
            layout(p, rng, a, rel)
            pid = hashlib.sha1(f"h13-{seed}-{name}-{i}".encode()).hexdigest()[:16]
            texts[pid] = p.dump()
            truth[pid] = {"url": a.url, "body": "\n\n".join(a.paras)}
            labels[pid] = p.labels(
                template=name, naeb=a.nid, url=a.url, title=a.title, authors=a.authors, date=p.date_label, site=p.site
            )
    write_set(out, texts, truth, labels)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=10)
    args = ap.parse_args(argv)
    for seed in args.seeds:
        build(seed, args.per_layout, args.out / f"seed-{seed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Held-out aggregator pages, generator 21: five invented aggregators nobody has tuned the converter on.

Written without reading the converter nor the other generators; only the mechanics of aggregator_pages.py
are shared.  Each page is what a browser's innerText of the app's article page gives (one rendered block a
line), with labels right by construction (see shared/eval/check_aggregator.py for what each holds).

Layouts (10 pages each by default):

- `lumenfront`: portal start page.  Search bar, privacy dialog with two buttons, publisher line
  (`thehill.com · Subscribe`), byline `Written by A and B` or `A | B` or none, date `Fri, Dec 22, 2023, 2:05 PM`
  or `3h` relative, "Listen" bar, sponsored lines inside the body, emoji reaction counters, a `Picked for you`
  grid (title, `outlet · 5h`), then the feed's next story carried in full under `Up next` (its own byline,
  a sponsored line and a `Continue reading` button inside).
- `quiltstack`: social magazine.  Follow-the-curator strip (the curator is not an author), app banner, a
  kicker, title, date `22 Dec 2023` or relative (`4 days ago`, `Yesterday`), paragraphs with run-in
  subheadings glued to the end of the paragraph before them (title case or capitals), byline at the end
  (`Story by A`, `Reporter: A`), picture credit, `Also stacked here` cards (title then teaser), and one or two
  related stories carried in full under `From the same stack`, whose paragraphs run two to a line.
- `vantagemap`: coverage comparer.  Topic tags, breadcrumb with a cut title, `Coverage: 31 outlets` and a
  left/centre/right split in words, ISO date `2023-12-22 14:05 UTC` with `Revised 2023-12-23`, an automated
  overview notice with three bullets (not body), `Reporter: A` or bare name, `How outlets framed it` list
  (outlet + lean line, title, age), `Similar stories` title-only list; names itself only inside phrases.
- `stoopside`: local news app.  Town + temperature, cookie strip, `Reported by A`, `A, staff writer`, bare
  name; US dates `12/22/2023 3:05 PM` or `Dec 22, 2023` with `Edited 12/23/2023`; promo and event boxes in the
  body, readers' comments (names, ages, texts, `Reply`), `More around town` list (title, outlet, time).
- `noname`: in-app reader that never names itself (site null).  Top bar (`Back`, `Aa`, `Save`), date
  `Friday 22 December 2023` or `December 22, 2023 at 10:15 AM EST` or `2 days ago`, `By A` byline, a
  `Contributing: X; edited by Y` sign-off (neither is an author), `More on this` list with teasers, one or two
  related stories carried in full under `Keep reading` (paragraph a line, `Tap to expand` junk inside).

Authors: exactly NAEB's names; an article NAEB credits to no one gets no byline line at all (no invented
newsroom credit).  A publisher name shown in a chip is neither author nor site.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"
LAYOUTS = ("lumenfront", "quiltstack", "vantagemap", "stoopside", "noname")

OUTLETS = (
    "The Harbor Ledger",
    "Northgate Times",
    "Pressline",
    "Capitol Wire",
    "The Evening Compass",
    "Sunbelt Herald",
    "Midland Courier",
    "Globe Digest",
    "Ironwood Post",
    "The Open Record",
)
AGES = ("12m", "38m", "1h", "2h", "5h", "9h", "14h", "1d", "2d")
LONG_AGES = ("12 minutes ago", "an hour ago", "3 hours ago", "6 hours ago", "yesterday", "2 days ago")
SUBHEADS = (
    "The bigger picture",
    "What happens next",
    "Why it matters",
    "A long road",
    "Behind the numbers",
    "Looking ahead",
    "The other side",
    "How we got here",
    "What critics say",
    "The fine print",
)
COMMENTERS = ("Marla T.", "oldmillrunner", "Dev P.", "Grandpa Joe 54", "kayla_rides", "R. Okafor")
COMMENTS = (
    "Finally someone is writing about this properly.",
    "I drove past there this morning and saw the lines.",
    "Not sure I buy all of this, but good read.",
    "Who is going to pay for it in the end, though?",
    "Sharing with my neighbors, thanks for posting.",
    "This is why we need more local reporting!",
)
TOWNS = ("Cedar Bluff", "Millbrook", "East Harlow", "Port Ransom", "Willow Crossing")
TOPICS = ("Politics", "World", "Science", "Business", "Health", "Tech", "Culture", "Sports", "Climate")


class Page(PageLines):
    def furn(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def first_sentence(body: str) -> str:
    p = paras(body)[0]
    m = re.match(r"(.+?[.!?][\"”’']?)\s", p + " ")
    return (m.group(1) if m else p).strip()


def teaser(body: str, rng: random.Random) -> str:
    ps = paras(body)
    words = next((x for x in ps if len(x) >= 60), ps[0]).split()
    n = rng.randint(12, 20)
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def clock(rng: random.Random, ampm: bool) -> tuple[int, int, str]:
    h, m = rng.randint(6, 22), rng.randint(0, 59)
    if ampm:
        return h, m, f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return h, m, f"{h:02d}:{m:02d}"


class Builder:
    def __init__(self, rng: random.Random, meta: dict[str, Any], truth: dict[str, Any], pool: list[str]):
        self.rng, self.meta, self.truth, self.pool = rng, meta, truth, pool

    def others(self, main: str, n: int) -> list[str]:
        return self.rng.sample([k for k in self.pool if k != main], n)

    def body_lines(self, page: Page, body: str, junk: list[list[str]], every: int, subheads: bool) -> None:
        """The main body, one paragraph a line; junk blocks between paragraphs; run-in subheadings glued."""
        ps = paras(body)
        heads = list(self.rng.sample(SUBHEADS, 3)) if subheads else []
        junk = list(junk)
        for i, p in enumerate(ps):
            line = p
            if heads and 1 <= i < len(ps) - 1 and i % 3 == 1 and len(p) > 80:
                h = heads.pop(0)
                if self.rng.random() < 0.35:
                    h = h.upper()
                page.subheadings.append(h)
                line = f"{p} {h}"
            page.text(line)
            if junk and i % every == every - 1 and i < len(ps) - 1:
                page.furn(*junk.pop(0))

    def carried(self, page: Page, nid: str, junk: list[str], pair: bool, byline: bool) -> None:
        m, b = self.meta[nid], self.truth[nid]["body"]
        page.related.append(m["title"])
        page.embedded.append({"title": m["title"], "first_sentence": first_sentence(b), "naeb": nid})
        page.text(m["title"])
        if byline and m["authors"]:
            page.furn("By " + " and ".join(m["authors"]))
        ps = paras(b)
        if pair:
            ps = [" ".join(ps[i : i + 2]) for i in range(0, len(ps), 2)]
        for i, p in enumerate(ps):
            page.text(p)
            if i == 1 and junk:
                page.furn(*junk)


def author_join(names: list[str], sep: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + sep + names[-1]


# ------------------------------------------------------------------------------------------- layouts ----


def lumenfront(b: Builder, nid: str) -> Page:
    rng, m, body = b.rng, b.meta[nid], b.truth[nid]["body"]
    d = date.fromisoformat(m["date"])
    p = Page()
    p.furn("Lumenfront", "Search the web", "Sign in", "Mail", "Weather", "Money")
    p.blank()
    p.furn(
        "Your privacy, your call",
        "Lumenfront and its partners store and read information on your device to personalise content and ads "
        "and to measure how our services perform.",
        rng.choice(["Accept all", "Agree and close"]),
        rng.choice(["Manage choices", "Reject non-essential"]),
    )
    p.blank()
    p.furn(f"{m['site']} · {rng.choice(['Subscribe', 'Follow source'])}")
    p.text(m["title"])
    dated = rng.random() < 0.6
    byl = rng.choice(["written", "bar", "plain"])
    if m["authors"]:
        if byl == "written":
            p.meta("Written by " + author_join(m["authors"], " and "))
        elif byl == "bar":
            p.meta(" | ".join(m["authors"]))
        else:
            p.meta(author_join(m["authors"], " & "))
    if dated:
        _, _, t = clock(rng, True)
        p.meta(f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {t}")
    else:
        p.meta(rng.choice(["3h", "7h", "45m", "1d"]))
    p.furn(f"{rng.randint(2, 14)} min read", "Listen to this story")
    p.blank()
    ads = [["Sponsored", "Compare home insurance quotes in minutes"], ["Advertisement"], ["Sponsored content"]]
    b.body_lines(p, body, ads, rng.choice([3, 4]), False)
    p.blank()
    p.furn("How do you feel about this story?")
    for e in ("👍", "😮", "😢", "😡"):
        p.furn(f"{e} {rng.randint(1, 900)}")
    p.furn(f"{rng.randint(3, 300)} comments", "Share")
    p.blank()
    p.furn(rng.choice(["Picked for you", "Stories you may like"]))
    for rid in b.others(nid, rng.randint(3, 5)):
        p.related.append(b.meta[rid]["title"])
        p.text(b.meta[rid]["title"])
        p.furn(f"{rng.choice(OUTLETS)} · {rng.choice(AGES)}")
    p.blank()
    for rid in b.others(nid, rng.choice([1, 1, 2])):
        if b.meta[rid]["title"] in p.related:
            continue
        p.furn("Up next")
        p.furn(f"{b.meta[rid]['site']} · {rng.choice(AGES)}")
        b.carried(p, rid, ["Sponsored", "Continue reading"], False, True)
        p.blank()
    p.furn("Terms", "Privacy dashboard", "About our ads", "Help", "© 2024 Lumenfront Media")
    return p


def quiltstack(b: Builder, nid: str) -> Page:
    rng, m, body = b.rng, b.meta[nid], b.truth[nid]["body"]
    d = date.fromisoformat(m["date"])
    p = Page()
    curator = rng.choice(["Noor Haddad", "Eli Brandt", "Tess Marlowe"])
    p.furn("quiltstack", "Home", "Stacks", "Search", "Join free")
    p.blank()
    p.furn(f"Stacked by {curator}", f"{rng.randint(2, 90)}k followers", "Follow")
    p.blank()
    if rng.random() < 0.5:
        p.furn("Get the full Quiltstack experience in the app.", "Get the app", "Keep reading here")
        p.blank()
    p.furn(rng.choice(TOPICS).upper())
    p.text(m["title"])
    yeared = rng.random() < 0.7
    if yeared:
        p.meta(f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}")
    else:
        p.meta(rng.choice(["4 days ago", "Yesterday", "6h"]))
    p.blank()
    ads = [["Ad", "Quiet mornings start with better coffee. Shop now"], ["Stack this story", "Saved by 1.2k readers"]]
    b.body_lines(p, body, ads, 5, True)
    p.blank()
    if m["authors"]:
        p.meta(rng.choice(["Story by ", "Reporter: "]) + author_join(m["authors"], " and "))
    p.furn(rng.choice(["Photo: Kai Rennert/Getty", "Cover image: Wendell Ost"]))
    p.furn(f"{rng.randint(10, 999)} reactions", "Add to a stack", "Comment")
    p.blank()
    p.furn("Also stacked here")
    for rid in b.others(nid, rng.randint(2, 4)):
        p.related.append(b.meta[rid]["title"])
        p.text(b.meta[rid]["title"])
        t = teaser(b.truth[rid]["body"], rng)
        p.teasers.append(t)
        p.text(t)
    p.blank()
    p.furn("From the same stack")
    for rid in b.others(nid, rng.randint(1, 2)):
        if b.meta[rid]["title"] in p.related:
            continue
        b.carried(p, rid, ["Ad"], True, False)
        p.blank()
    p.furn("About", "Careers", "Privacy", "Quiltstack Inc.")
    return p


def vantagemap(b: Builder, nid: str) -> Page:
    rng, m, body = b.rng, b.meta[nid], b.truth[nid]["body"]
    d = date.fromisoformat(m["date"])
    p = Page()
    p.furn("Home", "For you", "Local", "Blindspots", "Log in", "Start free trial")
    p.blank()
    p.furn(*rng.sample(TOPICS, 4))
    title = m["title"]
    cut = title if len(title) < 40 else title[:36].rstrip() + "…"
    p.furn(f"News / {rng.choice(TOPICS)} / {cut}")
    p.blank()
    p.text(title)
    n = rng.randint(8, 60)
    left = rng.randint(10, 50)
    right = rng.randint(5, 100 - left - 5)
    split = [f"Coverage: {n} outlets", f"Left {left}% · Centre {100 - left - right}% · Right {right}%"]
    under = rng.random() < 0.5
    if under:
        p.furn(*split)
    h, mi, _ = clock(rng, False)
    dated = rng.random() < 0.75
    if dated:
        line = f"{d.isoformat()} {h:02d}:{mi:02d} UTC"
        if rng.random() < 0.5:
            line += f" · Revised {(d + timedelta(days=1)).isoformat()}"
        p.meta(line)
    else:
        p.meta(f"Revised {rng.choice(LONG_AGES)}")
    if m["authors"]:
        p.meta(("Reporter: " if rng.random() < 0.5 else "") + author_join(m["authors"], ", "))
    p.blank()
    p.furn(
        "Overview written by software from the coverage below. Check the sources.",
        "• Outlets agree on the basic facts.",
        "• Reports differ on who is responsible.",
        "• Some coverage leaves out the response.",
    )
    p.blank()
    b.body_lines(p, body, [["Compare every side on Vantagemap Plus."]], 6, False)
    p.blank()
    if not under:
        p.furn(*split)
    p.furn("How outlets framed it")
    for rid in b.others(nid, rng.randint(3, 5)):
        p.furn(f"{rng.choice(OUTLETS)} · {rng.choice(['Leans left', 'Centre', 'Leans right'])}")
        p.related.append(b.meta[rid]["title"])
        p.text(b.meta[rid]["title"])
        p.furn(rng.choice(LONG_AGES))
    p.blank()
    p.furn("Similar stories")
    for rid in b.others(nid, rng.randint(2, 4)):
        if b.meta[rid]["title"] in p.related:
            continue
        p.related.append(b.meta[rid]["title"])
        p.text(b.meta[rid]["title"])
    p.blank()
    p.furn("Why readers trust Vantagemap", "Methodology", "Contact", "© 2024")
    return p


def stoopside(b: Builder, nid: str) -> Page:
    rng, m, body = b.rng, b.meta[nid], b.truth[nid]["body"]
    d = date.fromisoformat(m["date"])
    town = rng.choice(TOWNS)
    p = Page()
    p.furn("Stoopside", f"{town} · {rng.randint(28, 88)}°F {rng.choice(['Cloudy', 'Sunny', 'Rain'])}", "Menu")
    p.furn("We use cookies so the app works and to see what neighbors read.", "OK", "Settings")
    p.blank()
    if rng.random() < 0.4:
        p.furn("Neighborhood News")
    p.text(m["title"])
    if rng.random() < 0.3:
        p.text(m["title"])
    if m["authors"]:
        style = rng.choice(["rep", "role", "bare"])
        names = author_join(m["authors"], " and ")
        p.meta({"rep": f"Reported by {names}", "role": f"{names}, staff writer", "bare": names}[style])
        if style == "bare":
            p.furn("Follow")
    _, _, t = clock(rng, True)
    if rng.random() < 0.5:
        p.meta(f"{d.month}/{d.day}/{d.year} {t}")
    else:
        e = d + timedelta(days=rng.randint(1, 2))
        p.meta(f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} · Edited {e.month}/{e.day}/{e.year}")
    p.blank()
    boxes = [
        ["PROMOTED", f"Spring cleanup deals from {town} hardware stores", "See offers"],
        ["Happening this week", f"Farmers market, {town} Green, Saturday 8 AM", "Add to calendar"],
    ]
    b.body_lines(p, body, boxes, 4, False)
    p.blank()
    p.furn("Thank", "Share", f"{rng.randint(2, 80)} neighbors thanked this")
    k = rng.randint(1, 3)
    p.furn(f"Comments ({k})")
    for name, text in zip(rng.sample(COMMENTERS, k), rng.sample(COMMENTS, k), strict=True):
        p.furn(name, rng.choice(["2h", "5h", "1d"]), text, "Reply")
    p.furn("Write a comment…")
    p.blank()
    p.furn("More around town")
    for rid in b.others(nid, rng.randint(3, 5)):
        p.related.append(b.meta[rid]["title"])
        p.text(b.meta[rid]["title"])
        p.furn(f"{rng.choice(OUTLETS)} · {rng.choice(LONG_AGES)}")
    p.blank()
    p.furn("Stoopside for businesses", "Guidelines", "Your privacy choices", "© Stoopside Local, Inc.")
    return p


def noname(b: Builder, nid: str) -> Page:
    rng, m, body = b.rng, b.meta[nid], b.truth[nid]["body"]
    d = date.fromisoformat(m["date"])
    p = Page()
    p.furn("Back", "Aa", "Save")
    p.blank()
    p.text(m["title"])
    kind = rng.choice(["long", "at", "rel"])
    if kind == "long":
        p.meta(f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}")
    elif kind == "at":
        _, _, t = clock(rng, True)
        p.meta(f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {t} EST")
    else:
        p.meta(rng.choice(["2 days ago", "5 hours ago", "Updated 40 minutes ago"]))
    if m["authors"]:
        p.meta("By " + author_join(m["authors"], " and "))
    p.blank()
    b.body_lines(p, body, [["Tap to expand"], ["Story continues below"]], 4, rng.random() < 0.5)
    p.blank()
    p.furn(rng.choice(["Contributing: Dana Whitlock; edited by Peter Osei", "Additional reporting by Lina Ruiz"]))
    p.blank()
    p.furn("More on this")
    for rid in b.others(nid, rng.randint(2, 3)):
        p.related.append(b.meta[rid]["title"])
        p.text(b.meta[rid]["title"])
        t = teaser(b.truth[rid]["body"], rng)
        p.teasers.append(t)
        p.text(t)
    p.blank()
    for rid in b.others(nid, rng.randint(1, 2)):
        if b.meta[rid]["title"] in p.related:
            continue
        p.furn("Keep reading")
        b.carried(p, rid, ["Tap to expand"], False, rng.random() < 0.5)
        p.blank()
    p.furn("Report an issue", "Text size", "Open in browser")
    return p


BUILD = {
    "lumenfront": lumenfront,
    "quiltstack": quiltstack,
    "vantagemap": vantagemap,
    "stoopside": stoopside,
    "noname": noname,
}
SITES = {
    "lumenfront": "Lumenfront",
    "quiltstack": "Quiltstack",
    "vantagemap": "Vantagemap",
    "stoopside": "Stoopside",
    "noname": None,
}


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    meta, truth = read_naeb(NAEB)
    used = used_main_ids(SHARED_LABELS)
    free = sorted(k for k in meta if k not in used)
    rng.shuffle(free)
    b = Builder(rng, meta, truth, sorted(meta))
    texts: dict[str, str] = {}
    gold: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for i in range(per_layout * len(LAYOUTS)):
        layout = LAYOUTS[i % len(LAYOUTS)]
        nid = free[i % len(free)]
        page = BUILD[layout](b, nid)
        pid = hashlib.sha1(f"h21-{seed}-{i}-{nid}".encode()).hexdigest()[:16]
        m = meta[nid]
        dated = any(re.search(r"\b\d{4}\b", x) and not x.startswith("Revised") for x in page.meta_lines)
        texts[pid] = page.dump()
        gold[pid] = {"url": m["url"], "body": "\n\n".join(paras(truth[nid]["body"]))}
        labels[pid] = {
            "title": m["title"],
            "authors": list(m["authors"]),
            "date": m["date"] if dated else None,
            "site": SITES[layout],
            "related": page.related,
            "teasers": page.teasers,
            "embedded": page.embedded,
            "subheadings": page.subheadings,
            "furniture": page.furniture,
            "meta_lines": page.meta_lines,
            "template": layout,
            "naeb": nid,
            "url": m["url"],
        }
    return texts, gold, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

"""Held-out aggregator pages, tenth generator (issue 11): five more invented aggregators, written without reading the
converter or the other generators, to estimate how the converter does on layouts nobody has tuned on.

Usage (from the repository root):

    python train/aggregator_holdout10.py --out OUT --seeds 1 2 3 [--per-layout 10]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}   (the shared aggregator set's formats)

Main articles are NAEB articles the shared aggregator set does not use as main articles (cycled when a seed asks
for more pages than there are); related and carried articles are any other NAEB articles.  Every name, menu,
prompt, byline and date format below is this file's own.

Layouts:

- ``brightpath`` (portal start page): privacy wall with partner count, `Brightpath` header with mail/weather
  links, publisher chip with `+ Follow` (outlet name or bare domain), `Story by` / `Written by` / `Name | Outlet`
  bylines, dates like `Mar 14, 2023, 9:12 AM` or `14 March 2023 · 09:12 GMT` or only `5 hours ago`, a listen
  bar, `Advertisement` / `Story continues below` lines in the body, some run-in subheadings, reaction counts,
  a `Trending now` list (title, then `Outlet · 3h`), and the next feed story carried in full with ads inside.
- ``driftboard`` (social magazine): `Get the app` interstitial, `#topic` kicker, title, `Collected by ... in
  ...` curator line (not an author), photo credit, dense paragraphs with run-in subheadings (some in capitals),
  a `Story: Name` or `Originally by Name for Outlet` line after the body, heart/comment/reshare counters,
  `Also on this board`: 1-2 related stories each carried in full on one line with a `— story continues —`
  marker inside, then `Discover more` cards of title + teaser.
- ``parallax`` (coverage comparer): topic pills, a `›` breadcrumb with the title cut, outlet counts and a
  left/centre/right bar, `First reported Tuesday 14 March 2023` with `Revised` times (or only `Reported 6h
  ago`), an automatic-overview notice, `Reporter:` or `Name · Outlet` byline, `Who covered it` list
  (outlet + lean, title, age), `Keep reading` titles only; names itself only inside phrases.
- ``porchlight`` (local news app): town and forecast line, cookie banner, `Written by` / bare name + role /
  `By NAME` upper-case bylines, `Posted March 14, 2023 at 9:12 am` (+ `Edited` time) or `Posted 3 hrs ago`,
  sponsored local-deal and morning-brief boxes in the body, neighbours' comments, numbered `Popular nearby`
  list and `Also around TOWN` title + outlet/time list.
- ``reader`` (in-app reader that never names itself): reader toolbar (font size, night mode), `14 Mar 2023,
  08:12` or `Tuesday, March 14, 2023` or only `2h ago`, `— Story by Name. Edited by Name.` sign-off at the end
  (editors are not authors), paywall counters, `Read next` with 1-2 related stories carried in full (one
  paragraph a line, a video line inside), `More perspectives` title + teaser list.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, read_naeb, used_main_ids, write_set

OUTLETS = (
    "The Harbor Ledger",
    "Midland Courier",
    "Northgate Post",
    "Kestrel Wire",
    "Bay Area Observer",
    "The Lantern Gazette",
    "Reuters",
    "BBC News",
    "Al Jazeera",
    "The Verge",
    "Los Angeles Times",
    "Sky News",
)
PEOPLE = (
    "Mara Quill",
    "Tobias Wren",
    "Ines Calder",
    "Oskar Lindgren",
    "Priya Ramesh",
    "Delphine Okoro",
    "Hugo Brannigan",
    "Yara Solberg",
)
HANDLES = ("riverrat_88", "Nana Jo", "cfields", "M. Okafor", "quietlane", "BeeKeeperTom", "lou_on_elm")
COMMENTS = (
    "Finally someone is asking the right questions about this.",
    "Does anyone know if the council meeting is open to the public?",
    "Same thing happened on our street last winter, nobody listened.",
    "Good reporting, keep it up.",
    "I'm not convinced, this reads like a press release to me.",
)
SUBHEADS = (
    "The backstory",
    "Counting the cost",
    "What happens next",
    "A closer look",
    "Reading the fine print",
    "Where it goes from here",
    "Voices on the ground",
    "The numbers behind it",
    "An uneasy calm",
    "Not everyone agrees",
    "A long road",
    "Behind the scenes",
)
TOWNS = ("Riverside, CA", "Ashford, KY", "Greenvale, OR", "Millbrook, NY", "Port Ellis, ME", "Cedar Falls, IA")


@dataclass(kw_only=True)
class Page(PageLines):
    title: str = ""
    authors: list[str]
    date: str | None = None
    site: str | None = None


Naeb = tuple[dict[str, Any], dict[str, Any]]  # meta, truth


def paragraphs(truth: dict[str, Any], nid: str) -> list[str]:
    return [p.strip() for p in truth[nid]["body"].split("\n\n") if p.strip()]


def first_sentence(text: str) -> str:
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    if len(first) > 200:
        first = first[:200].rsplit(" ", 1)[0]
    return first


def one_line(text: str) -> str:
    return " ".join(text.split())


def teaser(text: str, rng: random.Random) -> str:
    text = one_line(text)
    limit = rng.choice((90, 120, 150))
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def names(authors: Sequence[str]) -> str:
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def ago(rng: random.Random) -> str:
    return rng.choice(
        (f"{rng.randint(2, 55)} min ago", f"{rng.randint(1, 23)}h ago", f"{rng.randint(2, 20)} hours ago", "Yesterday")
    )


def short_ago(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(2, 50)}m", f"{rng.randint(1, 23)}h", f"{rng.randint(1, 6)}d"))


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(0, 23), rng.randint(0, 59)


def h12(hour: int) -> tuple[int, str]:
    return (hour % 12 or 12), ("AM" if hour < 12 else "PM")


def outlet_of(meta: dict[str, Any], rng: random.Random) -> str:
    site = str(meta.get("site") or "")
    if site and rng.random() < 0.4:
        return site.removeprefix("www.")
    return rng.choice(OUTLETS)


class Builder:
    """Draws related articles for one page and adds the shapes every layout uses."""

    def __init__(self, rng: random.Random, naeb: Naeb, main: str) -> None:
        self.rng, (self.meta, self.truth), self.main = rng, naeb, main
        self.taken = {main}
        self.titles = {self.meta[main]["title"].casefold()}

    def pick(self, *, carry: bool = False) -> str:
        pool = sorted(self.meta)
        while True:
            nid = self.rng.choice(pool)
            title = self.meta[nid]["title"].casefold()
            if nid in self.taken or title in self.titles:
                continue
            if carry and not 3 <= len(paragraphs(self.truth, nid)) <= 30:
                continue
            self.taken.add(nid)
            self.titles.add(title)
            return nid

    def body(self, page: Page, paras: list[str], junk: Callable[[], list[str]] | None, subheads: int) -> list[str]:
        """The main article's paragraphs, one a line, with `junk` blocks between some and `subheads` run-in
        subheadings glued to the end of paragraphs in the middle; returns the truth paragraphs."""
        rng = self.rng
        slots = list(range(1, len(paras) - 1))
        # a run-in subheading follows a paragraph of running text, not a list item or a heading
        prose = [i for i in slots if len(paras[i]) > 80 and paras[i].rstrip()[-1] in ".!?\"”’'"]
        heads_at = set(rng.sample(prose, min(subheads, len(prose) // 3)))
        junk_at = set(rng.sample(slots, min(rng.randint(1, 3), len(slots)))) if junk and slots else set()
        heads = rng.sample(SUBHEADS, len(heads_at))
        for i, para in enumerate(paras):
            line = para
            if i in heads_at:
                head = heads.pop()
                if rng.random() < 0.3:
                    head = head.upper()
                line = f"{para} {head}"
                page.subheadings.append(head)
            page.text(line)
            if i in junk_at and junk is not None:
                page.add_furniture(junk(), label_blank=False)
        return paras


def labels_of(page: Page, template: str, nid: str, meta: dict[str, Any]) -> dict[str, Any]:
    return page.labels(
        template=template,
        naeb=nid,
        url=meta["url"],
        title=page.title,
        authors=page.authors,
        date=page.date,
        site=page.site,
    )


# ------------------------------------------------------------------------------------------------ brightpath --


def brightpath(b: Builder, nid: str) -> Page:
    rng, m = b.rng, b.meta[nid]
    page = Page(title=m["title"], authors=list(m["authors"]), site="Brightpath")
    furn = page.add_furniture
    if rng.random() < 0.6:
        furn(
            [
                "Before you continue to Brightpath",
                f"We and our {rng.randint(90, 240)} partners store and access information on your device to show "
                "personalised news and ads and to measure how they perform.",
                "Accept all",
                "Manage choices",
            ],
            label_blank=False,
        )
        page.blank()
    furn(
        ["Brightpath", "Home", "Mail", "News", "Finance", "Weather", f"{rng.randint(30, 88)}°F", "Sign in"],
        label_blank=False,
    )
    furn(
        rng.sample(["World", "Business", "Health", "Science", "Entertainment", "Sports", "Lifestyle"], 4),
        label_blank=False,
    )
    furn(["Type to search"], label_blank=False)
    page.blank()
    outlet = outlet_of(m, rng)
    furn([outlet, rng.choice(["+ Follow", "Follow source", "✓ Following"])], label_blank=False)
    page.text(page.title)
    d = date.fromisoformat(m["date"])
    hour, minute = clock(rng)
    style = rng.randint(0, 2)
    if page.authors:
        who = names(page.authors)
        byline = rng.choice([f"Story by {who}", f"Written by {who}", f"{who} | {outlet}"])
        if style == 0:
            h, ampm = h12(hour)
            page.meta(f"{byline} · {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {h}:{minute:02d} {ampm}")
            page.date = m["date"]
        else:
            page.meta(byline)
    if style == 1 or (style == 0 and not page.authors):
        page.meta(f"{d.day} {MONTHS[d.month - 1]} {d.year} · {hour:02d}:{minute:02d} GMT")
        page.date = m["date"]
    elif style == 2:
        page.meta(rng.choice([f"{rng.randint(2, 11)} hours ago", f"{rng.randint(5, 50)} minutes ago"]))
    if rng.random() < 0.5:
        furn([f"Listen to this article · {rng.randint(2, 9)} min", "▶"], label_blank=False)
    page.blank()

    def ad() -> list[str]:
        return ["", rng.choice(["Advertisement", "Story continues below", "Ad · Continue reading"]), ""]

    b.body(page, paragraphs(b.truth, nid), ad, rng.choice([0, 0, 1, 2]))
    page.blank()
    furn(
        [
            f"👍 {rng.randint(3, 900)}",
            f"😮 {rng.randint(0, 80)}",
            f"Comments ({rng.randint(0, 300)})",
            f"Read the full story on {outlet}",
        ],
        label_blank=False,
    )
    page.blank()
    furn(["Trending now"], label_blank=False)
    for _ in range(rng.randint(3, 5)):
        rid = b.pick()
        page.text(b.meta[rid]["title"])
        page.related.append(b.meta[rid]["title"])
        furn([f"{rng.choice(OUTLETS)} · {short_ago(rng)}"], label_blank=False)
    page.blank()
    if rng.random() < 0.75:
        cid = b.pick(carry=True)
        cm = b.meta[cid]
        furn(["Next up in your feed", rng.choice(OUTLETS), "+ Follow"], label_blank=False)
        page.text(cm["title"])
        page.related.append(cm["title"])
        if cm["authors"]:
            page.text(f"Story by {names(cm['authors'])}")
        furn([ago(rng)], label_blank=False)
        page.blank()
        cparas = paragraphs(b.truth, cid)
        page.embedded.append({"title": cm["title"], "first_sentence": first_sentence(cparas[0]), "naeb": cid})
        cut = rng.randint(1, len(cparas) - 1)
        for i, para in enumerate(cparas):
            if i == cut:
                furn(["Advertisement", ""], label_blank=False)
            page.text(para, "")
    furn(
        ["© 2024 Brightpath Media", "Privacy & cookies", "Terms", "About our ads", "Help centre", "Feedback"],
        label_blank=False,
    )
    return page


# ------------------------------------------------------------------------------------------------ driftboard --


def driftboard(b: Builder, nid: str) -> Page:
    rng, m = b.rng, b.meta[nid]
    page = Page(title=m["title"], authors=list(m["authors"]), site="Driftboard")
    furn = page.add_furniture
    furn(["driftboard", "For you", "Boards", "Search", "Log in", "Join free"], label_blank=False)
    page.blank()
    if rng.random() < 0.7:
        furn(
            [
                "Get the full Driftboard experience",
                "Stories load faster in the app, and your boards sync across every device.",
                "Download for free",
                "Continue in browser",
            ],
            label_blank=False,
        )
        page.blank()
    furn([rng.choice(["#science", "#politics", "#culture", "#money", "#sport", "#tech"])], label_blank=False)
    page.text(page.title)
    curator = rng.choice(PEOPLE)
    board = rng.choice(["Slow Sunday Reads", "Stuff Worth Knowing", "The Long Shelf", "Morning Notes"])
    furn([f"Collected by {curator} in {board}"], label_blank=False)
    d = date.fromisoformat(m["date"])
    outlet = outlet_of(m, rng)
    if rng.random() < 0.6:
        page.meta(f"{outlet} · {MONTHS[d.month - 1][:3]} {d.day} {d.year}")
        page.date = m["date"]
    else:
        page.meta(f"{outlet} · {rng.randint(1, 6)}d")
    if rng.random() < 0.5:
        furn(
            [f"Photo: {rng.choice(PEOPLE)} / {rng.choice(['Lumen Agency', 'Stockfield', 'Press Pool'])}"],
            label_blank=False,
        )
    page.blank()

    def box() -> list[str]:
        return [rng.choice(["Sponsored", "Promoted by Fennick Outdoor", "Ad · Why am I seeing this?"])]

    b.body(page, paragraphs(b.truth, nid), box, rng.randint(1, 3))
    page.blank()
    if page.authors:
        who = names(page.authors)
        page.meta(rng.choice([f"Story: {who}", f"Originally by {who} for {outlet}"]))
    furn(
        [f"♥ {rng.randint(1, 40)}.{rng.randint(0, 9)}K · 💬 {rng.randint(0, 300)} · ↗ Reshare", "Save to board"],
        label_blank=False,
    )
    page.blank()
    furn(["Also on this board"], label_blank=False)
    page.blank()
    for _ in range(rng.randint(1, 2)):
        cid = b.pick(carry=True)
        cm = b.meta[cid]
        cparas = paragraphs(b.truth, cid)
        page.text(cm["title"])
        page.related.append(cm["title"])
        furn([f"{rng.choice(OUTLETS)} · {short_ago(rng)}"], label_blank=False)
        cut = rng.randint(1, len(cparas) - 1)
        page.text(one_line(" ".join(cparas[:cut])) + " — story continues — " + one_line(" ".join(cparas[cut:])))
        page.furniture.append("— story continues —")
        page.embedded.append({"title": cm["title"], "first_sentence": first_sentence(cparas[0]), "naeb": cid})
        furn([f"♥ {rng.randint(2, 900)} · 💬 {rng.randint(0, 60)}"], label_blank=False)
        page.blank()
    furn(["Discover more"], label_blank=False)
    page.blank()
    for _ in range(rng.randint(2, 4)):
        rid = b.pick()
        t = teaser(paragraphs(b.truth, rid)[0], rng)
        page.text(b.meta[rid]["title"], t, "")
        page.related.append(b.meta[rid]["title"])
        page.teasers.append(t)
    furn(["About Driftboard", "Creators", "Privacy", "Terms", "© Driftboard 2024"], label_blank=False)
    return page


# -------------------------------------------------------------------------------------------------- parallax --


def parallax(b: Builder, nid: str) -> Page:
    rng, m = b.rng, b.meta[nid]
    page = Page(title=m["title"], authors=list(m["authors"]), site="Parallax")
    furn = page.add_furniture
    furn(["Top stories", "Local", "Blindspots", "My news bias", "Sign up"], label_blank=False)
    furn(
        rng.sample(["Climate", "US Politics", "Technology", "Health", "Europe", "Courts", "Markets"], 3),
        label_blank=False,
    )
    page.blank()
    cut = page.title[: rng.randint(15, 30)].rstrip() + "…"
    furn([f"Home › {rng.choice(['World', 'Business', 'Science', 'Sports'])} › {cut}"], label_blank=False)
    page.text(page.title)
    n_out = rng.randint(8, 140)
    left = rng.randint(10, 50)
    centre = rng.randint(10, 90 - left)
    bar = [f"{n_out} outlets", f"L {left}% | C {centre}% | R {100 - left - centre}%"]
    bar_top = rng.random() < 0.5
    if bar_top:
        furn(bar, label_blank=False)
    d = date.fromisoformat(m["date"])
    hour, minute = clock(rng)
    if rng.random() < 0.65:
        page.meta(f"First reported {DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}")
        page.date = m["date"]
        if rng.random() < 0.5:
            page.meta(rng.choice([f"Revised {rng.randint(1, 9)}h ago", f"Revised {hour:02d}:{minute:02d}"]))
    else:
        page.meta(f"Reported {rng.randint(1, 20)}h ago · Revised {rng.randint(3, 50)}m ago")
    page.blank()
    furn(
        [
            "Overview",
            f"Put together automatically from {n_out} reports; check the original coverage before sharing.",
        ],
        label_blank=False,
    )
    page.blank()
    outlet = outlet_of(m, rng)
    if page.authors:
        who = names(page.authors)
        page.meta(rng.choice([f"Reporter: {who}", f"{who} · {outlet}"]))
    page.blank()
    b.body(page, paragraphs(b.truth, nid), None, 0)
    page.blank()
    furn([f"Open at {outlet}", "Share", "Copy link"], label_blank=False)
    if not bar_top:
        furn(["Coverage breakdown", *bar], label_blank=False)
    page.blank()
    furn(["Who covered it"], label_blank=False)
    for _ in range(rng.randint(3, 5)):
        rid = b.pick()
        lean = rng.choice(["Left", "Lean left", "Centre", "Lean right", "Right", "Unrated"])
        furn([f"{rng.choice(OUTLETS)} — {lean}"], label_blank=False)
        page.text(b.meta[rid]["title"])
        page.related.append(b.meta[rid]["title"])
        furn([short_ago(rng)], label_blank=False)
    page.blank()
    furn(["Keep reading"], label_blank=False)
    for _ in range(rng.randint(2, 4)):
        rid = b.pick()
        page.text(b.meta[rid]["title"])
        page.related.append(b.meta[rid]["title"])
    page.blank()
    furn(
        [
            "Get the Parallax briefing every morning",
            "Lean ratings come from an average of several independent media raters.",
            "How we rate outlets",
            "© 2024 Parallax Labs, Inc.",
        ],
        label_blank=False,
    )
    return page


# ------------------------------------------------------------------------------------------------ porchlight --


def porchlight(b: Builder, nid: str) -> Page:
    rng, m = b.rng, b.meta[nid]
    page = Page(title=m["title"], authors=list(m["authors"]), site="Porchlight")
    furn = page.add_furniture
    town = rng.choice(TOWNS)
    short_town = town.split(",")[0]
    furn(
        ["Porchlight", "Get the app", f"{town} · {rng.randint(20, 95)}° {rng.choice(['Cloudy', 'Sunny', 'Showers'])}"],
        label_blank=False,
    )
    if rng.random() < 0.7:
        furn(
            [
                "Porchlight uses cookies so we can show you news for your neighborhood and keep the lights on. "
                "Read our cookie policy for details.",
                "OK",
                "Manage",
            ],
            label_blank=False,
        )
    page.blank()
    if rng.random() < 0.4:  # the app bar repeats the headline above the story
        page.text(page.title, "")
    page.text(page.title)
    if page.authors:
        who = names(page.authors)
        form = rng.randint(0, 2)
        if form == 0:
            page.meta(f"Written by {who}")
        elif form == 1:
            page.meta(who)
            furn([rng.choice(["Contributor", "Staff reporter", "Community editor"])], label_blank=False)
        else:
            page.meta(f"BY {who.upper()}")
    d = date.fromisoformat(m["date"])
    hour, minute = clock(rng)
    if rng.random() < 0.6:
        h, ampm = h12(hour)
        page.meta(f"Posted {MONTHS[d.month - 1]} {d.day}, {d.year} at {h}:{minute:02d} {ampm.lower()}")
        page.date = m["date"]
        if rng.random() < 0.4:
            page.meta(f"Edited {rng.randint(1, 9)} hrs ago")
    else:
        page.meta(f"Posted {rng.randint(1, 12)} hrs ago")
    furn([f"{rng.randint(0, 90)} comments", "Share"], label_blank=False)
    page.blank()

    def box() -> list[str]:
        if rng.random() < 0.5:
            return [
                "",
                "SPONSORED · Local deals",
                f"{rng.choice(['Mill Street Bakery', 'Greenway Hardware', 'Lakeside Dental'])}: "
                f"{rng.randint(10, 40)}% off for Porchlight readers this week",
                "",
            ]
        return ["", f"Start your day with the {short_town} Morning Brief", "Email address", "Sign me up", ""]

    b.body(page, paragraphs(b.truth, nid), box, rng.choice([0, 1, 1, 2]))
    page.blank()
    n_comments = rng.randint(0, 3)
    if n_comments:
        furn([f"Neighbors are talking ({n_comments + rng.randint(0, 20)})", "Write a comment…"], label_blank=False)
        for handle, text in zip(rng.sample(HANDLES, n_comments), rng.sample(COMMENTS, n_comments), strict=True):
            furn([handle, text, f"{short_ago(rng)} · Reply · ♥ {rng.randint(0, 40)}"], label_blank=False)
        page.blank()
    if rng.random() < 0.6:
        furn(["Popular nearby"], label_blank=False)
        for i in range(rng.randint(2, 4)):
            rid = b.pick()
            page.text(f"{i + 1}. {b.meta[rid]['title']}")
            page.related.append(b.meta[rid]["title"])
        page.blank()
    furn([f"Also around {short_town}"], label_blank=False)
    for _ in range(rng.randint(3, 5)):
        rid = b.pick()
        page.text(b.meta[rid]["title"])
        page.related.append(b.meta[rid]["title"])
        furn([f"{rng.choice(OUTLETS)} · {rng.randint(1, 23)} hrs"], label_blank=False)
    page.blank()
    furn(
        ["© 2024 Porchlight Local", "Neighborhood rules", "Privacy", "Advertise with us", "Contact"], label_blank=False
    )
    return page


# ---------------------------------------------------------------------------------------------------- reader --


def reader(b: Builder, nid: str) -> Page:
    rng, m = b.rng, b.meta[nid]
    page = Page(title=m["title"], authors=list(m["authors"]), site=None)
    furn = page.add_furniture
    furn(["‹ Back", "Aa", "Night mode", "Save"], label_blank=False)
    page.blank()
    furn([rng.choice(["WORLD", "TECH", "HEALTH", "SCIENCE", "BUSINESS", "SPORT"])], label_blank=False)
    page.text(page.title)
    d = date.fromisoformat(m["date"])
    hour, minute = clock(rng)
    form = rng.randint(0, 2)
    outlet = outlet_of(m, rng)
    if form == 0:
        page.meta(f"{outlet} · {d.day} {MONTHS[d.month - 1][:3]} {d.year}, {hour:02d}:{minute:02d}")
        page.date = m["date"]
    elif form == 1:
        furn([outlet], label_blank=False)
        page.meta(f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}")
        page.date = m["date"]
    else:
        page.meta(f"{outlet} · {short_ago(rng)} ago")
    if rng.random() < 0.5:
        furn([f"{rng.randint(2, 12)} min read"], label_blank=False)
    page.blank()

    stories = [rng.randint(3, 6)]

    def wall() -> list[str]:  # the counter drops each time the reader scrolls past a paywall box
        stories[0] = left = max(stories[0] - 1, 1)
        return ["", f"{left} free {'story' if left == 1 else 'stories'} left this month", "Unlock everything", ""]

    b.body(page, paragraphs(b.truth, nid), wall, rng.choice([0, 1, 2]))
    if page.authors:
        editor = rng.choice(PEOPLE)
        page.meta(f"— Story by {names(page.authors)}. Edited by {editor}.")
    page.blank()
    furn(["Read next"], label_blank=False)
    page.blank()
    for _ in range(rng.randint(1, 2)):
        cid = b.pick(carry=True)
        cm = b.meta[cid]
        furn([rng.choice(OUTLETS)], label_blank=False)
        page.text(cm["title"])
        page.related.append(cm["title"])
        furn([short_ago(rng) + " ago"], label_blank=False)
        page.blank()
        cparas = paragraphs(b.truth, cid)
        page.embedded.append({"title": cm["title"], "first_sentence": first_sentence(cparas[0]), "naeb": cid})
        cut = rng.randint(1, len(cparas) - 1)
        for i, para in enumerate(cparas):
            if i == cut:
                furn([f"▶ Watch · {rng.randint(0, 3)}:{rng.randint(10, 59)}", ""], label_blank=False)
            page.text(para, "")
    furn(["More perspectives"], label_blank=False)
    page.blank()
    for _ in range(rng.randint(2, 4)):
        rid = b.pick()
        t = teaser(paragraphs(b.truth, rid)[0], rng)
        furn([rng.choice(OUTLETS)], label_blank=False)
        page.text(b.meta[rid]["title"], t, "")
        page.related.append(b.meta[rid]["title"])
        page.teasers.append(t)
    furn(["Stories belong to their publishers.", "Report a problem", "Privacy"], label_blank=False)
    return page


LAYOUTS: dict[str, Callable[[Builder, str], Page]] = {
    "brightpath": brightpath,
    "driftboard": driftboard,
    "parallax": parallax,
    "porchlight": porchlight,
    "reader": reader,
}


def generate(seed: int, per_layout: int, shared: Path) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    """One seed's pages: texts, truth and labels keyed by page id."""
    rng = random.Random(seed)
    naeb = read_naeb(shared / "corpus" / "naeb")
    meta, truth = naeb
    used = used_main_ids(shared / "corpus" / "aggregator" / "labels.json")
    free = [k for k in sorted(meta) if k not in used]
    rng.shuffle(free)
    texts: dict[str, str] = {}
    truths: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    n = 0
    for template, layout in LAYOUTS.items():
        for i in range(per_layout):
            nid = free[n % len(free)]
            n += 1
            page = layout(Builder(rng, naeb, nid), nid)
            pid = hashlib.sha1(f"h10-{seed}-{template}-{i}-{nid}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truths[pid] = {"url": meta[nid]["url"], "body": "\n\n".join(paragraphs(truth, nid))}
            labels[pid] = labels_of(page, template, nid, meta[nid])
    return texts, truths, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=10)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    for seed in args.seeds:
        texts, truths, labels = generate(seed, args.per_layout, args.shared)
        write_set(args.out / f"seed-{seed}", texts, truths, labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Held-out aggregator pages, generator 19: five invented aggregators nobody has tuned the converter on.

Written without reading the converter or the other generators (only the shared mechanics of
aggregator_pages.py, the shared set's README and format, and check_aggregator.py's definitions).  The
article texts, titles, authors and dates are NAEB's; every aggregator, its wording and arrangement is
invented here.  Main articles are the NAEB articles the shared aggregator set does not use as main
articles, picked by the seed; related and carried articles are any other NAEB articles.

Layouts (template name: what it looks like):

- ``brightfold``: a browser start-page portal.  Logo, search box, weather, section tabs, an optional
  privacy wall with buttons, the publisher as a chip with ``+ Follow``; bylines ``By A and B``,
  ``Story by A`` or ``A, B · <date>``; dates like ``Dec 22, 2023, 2:14 PM`` or only relative
  (``Published 6 hours ago``, ``5h``); listen and reading-time lines, reaction counters, ad lines in
  the body, a ``Trending on Brightfold`` block (``Outlet • 4h`` line above each title) and one or two
  next stories carried in full, with ad and ``Continue reading`` junk inside; footer.
- ``pinwheel``: a social magazine.  App interstitial, a board kicker and a curator line (``Pinned by
  @handle to <board>``: the curator is no author), title once or twice, a date line or a relative
  one, dense paragraphs with run-in subheadings (some in capitals), the byline at the end (``Written
  by A and B`` or ``Text: A``), a photo or illustration credit (no author), save/repin counters, one
  to three boards' stories carried in full (title, source line, paragraphs), then title + teaser
  cards.
- ``crossread``: a coverage comparer.  Topic line, breadcrumb with a cut title, outlet counts and a
  left/centre/right split, an automatic-summary notice naming the site inside a sentence; the byline
  as ``Original reporting: A (outlet)`` or bare names; dates ``First seen 22 Dec 2023, 14:05`` with
  an ``Updated`` date, or only relative; a coverage list (``Left | Outlet`` line, title, time), a
  title-only list and a methodology footer.  Some pages show the logo, some name the site only in
  phrases.
- ``porchlight``: a local news app.  Town and weather, a cookie bar, section chips, title once or twice,
  bylines ``Shared by A``, ``A | Neighborhood correspondent`` (the role is no author) or ``From A and
  B``; month-first slashed dates ``Fri, 12/22/2023 at 3:10 PM`` with ``Updated`` or only ``Posted 5h
  ago``; newsletter and ad boxes in the body, thank/reply counters, neighbours' comments, a
  ``Nearby stories`` list (title, then ``Outlet · 3h``); footer.
- ``reader``: an in-app reader that never names itself (site null).  Back/text-size/share controls,
  publisher chip, ``By A`` or bare names, dates ``22 December 2023``, ``Dec. 22nd, 2023`` or
  ``Friday, 22 December 2023 – 14:05 GMT`` or relative; image credits and ``Sponsored`` lines in the
  body, an editing sign-off at the end (``Edited by X; fact-check by Y``: neither is an author; it is a
  meta line), an ``Also covering this story`` list, one or two stories carried in full under ``Up
  next``, and a title + teaser list.

Authors: exactly NAEB's names (an agency such as ``Associated Press`` is printed and labelled as the
author).  An article NAEB credits to no one gets no byline at all; the publisher chip is never an author.
Dates: the label is NAEB's date when the page prints it as a date (a later ``Updated`` date is not the
label), null when the page only shows relative times.  Run-in subheadings are invented headings glued
to the end of a main paragraph; the truth body (NAEB's) does not hold them.

    python train/aggregator_holdout19.py --out OUT --seeds 1 2 3 [--per-layout 10]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

OUTLETS = (
    "The Harbor Ledger",
    "Northgate Courier",
    "Meridian Daily",
    "Pine Valley Press",
    "The Civic Lantern",
    "Eastbrook Times",
    "Saltmarsh Observer",
    "Reuters",
    "CBS News",
    "The Independent",
    "Axios",
    "Sky News",
    "Al Jazeera",
    "The Week",
)
HEADS = (
    "What changed",
    "Behind the numbers",
    "A slow start",
    "WHAT'S NEXT",
    "Looking ahead",
    "The catch",
    "Why it matters now",
    "ON THE GROUND",
    "Counting the cost",
    "A second try",
    "Where things stand",
    "THE RESPONSE",
    "So what now?",
    "An uneasy truce",
)
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)


@dataclass
class Art:
    """One NAEB article as the pages use it."""

    nid: str
    title: str
    authors: list[str]
    date: dt.date
    site: str
    url: str
    body: str

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]

    @property
    def chip(self) -> str:
        return self.site.removeprefix("www.")


@dataclass(kw_only=True)
class Page(PageLines):
    rng: random.Random
    label_date: str | None = None

    def furn(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)

    def para(self, text: str) -> None:
        """One paragraph as rendered: each of its own lines a line."""
        self.text(*[x for x in text.split("\n") if x.strip()])

    def card(self, title: str) -> None:
        self.text(title)
        self.related.append(title)

    def teaser(self, art: Art) -> None:
        t = teaser_of(art)
        self.text(t)
        self.teasers.append(t)


# ------------------------------------------------------------------ words ----


def join_names(names: list[str], conj: str = "and") -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


def named_in_body(art: Art) -> bool:
    """A bare-name byline would be a line of the body's text too (the meta-line measure would count it as
    left in the body): such pages print the byline with a prefix."""
    return ", ".join(art.authors) in art.body


def first_sentence(text: str) -> str:
    first = text.split("\n")[0]
    m = re.search(r"^.{20,}?[.!?](?=\s+[A-Z“\"])", first)
    return (m.group(0) if m else first)[:200].strip()


def teaser_of(art: Art) -> str:
    p = art.paragraphs[0].split("\n")[0]
    if len(p) <= 150:
        return p
    return p[:140].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def clock(rng: random.Random, h24: bool) -> str:
    h, m = rng.randint(6, 22), rng.randint(0, 59)
    if h24:
        return f"{h:02d}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def ago(rng: random.Random, style: str) -> str:
    n = rng.randint(1, 23)
    if style == "short":
        return rng.choice((f"{n}h", f"{rng.randint(2, 59)}m", "1d"))
    if style == "long":
        return rng.choice((f"{n} hours ago", f"{rng.randint(2, 59)} minutes ago", "1 day ago", "2 days ago"))
    return rng.choice((f"{n}h ago", f"{rng.randint(2, 59)} min ago", "1d ago", "Yesterday"))


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def body_lines(
    page: Page, art: Art, *, blank: bool, ads: Callable[[], list[str]] | None, heads: int, every: int = 5
) -> None:
    """The main body: paragraphs (blank lines between when `blank`), ad lines every few paragraphs,
    `heads` run-in subheadings glued to the end of a paragraph."""
    paras = art.paragraphs
    spots = [i for i in range(1, len(paras) - 1) if len(paras[i]) > 80 and "\n" not in paras[i]]
    glued = sorted(page.rng.sample(spots, min(heads, len(spots)))) if spots else []
    glued = [g for k, g in enumerate(glued) if k == 0 or g - glued[k - 1] > 1]
    used_heads = page.rng.sample(HEADS, len(glued))
    for i, p in enumerate(paras):
        if i in glued:
            h = used_heads[glued.index(i)]
            p = f"{p} {h}"
            page.subheadings.append(h)
        page.para(p)
        if blank:
            page.blank()
        if ads and i < len(paras) - 2 and i % every == every - 1:
            page.furn(*ads())
            if blank:
                page.blank()


def carried(page: Page, art: Art, junk: list[str], *, blank: bool) -> None:
    """A related story's paragraphs in full, with junk lines after some of them."""
    paras = art.paragraphs
    spot = page.rng.randint(1, max(1, len(paras) - 1)) if len(paras) > 2 else -1
    for i, p in enumerate(paras):
        page.para(p)
        if blank:
            page.blank()
        if i == spot:
            page.furn(*junk)
            if blank:
                page.blank()
    page.embedded.append({"title": art.title, "first_sentence": first_sentence(paras[0]), "naeb": art.nid})


# -------------------------------------------------------------- brightfold ----


def brightfold(page: Page, art: Art, rel: list[Art], full: list[Art]) -> str | None:
    r = page.rng
    page.furn("Brightfold", r.choice(("Search or type a web address", "Search the web")))
    page.furn(*r.sample(("Mail", "Sign in", "Games", "Shopping"), 2))
    page.furn(r.choice(("14°C Cloudy", "61°F Sunny", "3°C Light rain", "48°F Clear")))
    tabs = ("Top stories", "For you", "World", "Business", "Sport", "Health", "Lifestyle", "Science", "Watch")
    page.furn(*tabs[: r.randint(5, len(tabs))])
    page.blank()
    if r.random() < 0.7:
        page.furn(
            f"We value your privacy. Brightfold and {r.randint(120, 260)} trusted vendors store and read cookies "
            'on this device to run the service, measure it and personalise ads and news. Choose "Agree and '
            'continue" to allow all of this, or "Manage options" to pick what we may do.',
            "Agree and continue",
            "Manage options",
        )
        if r.random() < 0.5:
            page.furn("Reject non-essential")
        page.blank()
    page.furn(art.chip, r.choice(("+ Follow", "Following ✓")))
    page.text(art.title)
    date = art.date
    stamp = f"{SHORT_MONTHS[date.month - 1]} {date.day}, {date.year}, {clock(r, False)}"
    label: str | None = art.date.isoformat()
    form = r.choice(("by", "story", "inline", "relative"))
    names = art.authors
    if form == "by":
        if names:
            page.meta("By " + join_names(names))
        page.meta(stamp)
    elif form == "story":
        if names:
            page.meta("Story by " + join_names(names, "&"))
        rel_line = r.choice((f"Published {ago(r, 'long')}", ago(r, "short")))
        page.meta(rel_line)
        label = None
    elif form == "inline":
        page.meta(f"{', '.join(names)} · {stamp}" if names else stamp)
    else:
        if names:
            page.meta(join_names(names))
        page.meta(f"Published {ago(r, 'long')}")
        label = None
    page.furn(
        *r.choice(([f"{r.randint(3, 14)} min read"], ["Listen to story", f"{r.randint(2, 11)}:{r.randint(10, 59)}"]))
    )
    page.blank()

    def ad() -> list[str]:
        return r.choice(
            (
                ["Advertisement"],
                ["Story continues below"],
                ["Sponsored · Ad", "Why mortgage brokers hope you never see this calculator"],
                ["Ad", "Learn more"],
            )
        )

    body_lines(page, art, blank=True, ads=ad, heads=r.choice((0, 0, 1, 2)), every=r.randint(4, 6))
    page.furn(r.choice((f"Continue reading on {art.chip}", "View original source", f"Read more at {art.chip}")))
    page.blank()
    page.furn("How did this story make you feel?")
    for word in r.sample(("Informative", "Surprising", "Sad", "Angry", "Inspiring"), 3):
        page.furn(f"{word} {r.randint(0, 400)}")
    page.blank()
    page.furn(r.choice(("Trending on Brightfold", "More for you")))
    page.blank()
    for a in rel:
        page.furn(f"{r.choice(OUTLETS)} • {ago(r, 'short')}")
        page.card(a.title)
        page.blank()
    for a in full:
        page.furn(r.choice(("Keep scrolling for more", "Next up")))
        page.furn(a.chip, "+ Follow")
        page.card(a.title)
        if a.authors:
            page.text("By " + join_names(a.authors))
        page.furn(ago(r, "short"))
        page.blank()
        carried(page, a, r.choice((["Advertisement"], ["Continue reading"], ["Ad", "Shop now"])), blank=True)
        page.furn(f"See more from {a.chip}")
        page.blank()
    page.furn(
        "© 2024 Brightfold Inc.", "Privacy", "Your privacy choices", "Terms", "Advertise with us", "Help & feedback"
    )
    page.label_date = label
    return "Brightfold"


# ---------------------------------------------------------------- pinwheel ----

BOARDS = ("Weekend Reads", "Long Lunch", "Good Questions", "Saved for Later", "Deep Dives")
HANDLES = ("@lena.marsh", "@okafor_reads", "@tpm", "@gwen.h", "@readinglist_dan")


def pinwheel(page: Page, art: Art, rel: list[Art], full: list[Art]) -> str | None:
    r = page.rng
    page.furn(r.choice(("pinwheel", "PINWHEEL")), "Home", "Boards", "Discover", "Log in", "Sign up")
    page.blank()
    page.furn(
        r.choice(
            (
                "Pinwheel is better in the app: your boards, offline reading and alerts from the people you follow.",
                "Keep reading in the Pinwheel app — it's free, and your saves follow you everywhere.",
            )
        ),
        "Use the app",
        "Continue in browser",
    )
    page.blank()
    board = r.choice(BOARDS)
    page.furn(f"{r.choice(('SCIENCE', 'CULTURE', 'MONEY', 'WORLD', 'TECH'))} / {board}")
    if r.random() < 0.4:
        page.text(art.title)
        page.blank()
    page.furn(f"Pinned by {r.choice(HANDLES)} to {board}")
    page.text(art.title)
    d = art.date
    label: str | None = d.isoformat()
    if r.random() < 0.7:
        page.meta(
            r.choice(
                (
                    f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} · {r.randint(3, 15)} min read",
                    f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                )
            )
        )
    else:
        page.meta(f"{ago(r, 'long')} · {r.randint(3, 15)} min read")
        label = None
    page.blank()
    if r.random() < 0.6:
        page.furn(r.choice(("Photo: Getty Images", f"Cover image via {art.chip}", "Illustration: Mara Lindqvist")))
    blank = r.random() < 0.4
    body_lines(page, art, blank=blank, ads=None, heads=r.randint(1, 3))
    page.blank()
    if art.authors:
        page.meta(r.choice(("Written by ", "Text: ")) + join_names(art.authors))
    page.furn(f"Original story on {art.chip}")
    page.furn(f"{r.randint(2, 90)}.{r.randint(0, 9)}K saves", "Save", "Repin", "Share")
    page.blank()
    if full:
        page.furn(f"More pins from {board}")
        page.blank()
        for a in full:
            page.card(a.title)
            page.furn(f"{a.chip} · {ago(r, 'mid')}")
            carried(page, a, [r.choice(("Tap to read more", "Sponsored pin"))], blank=False)
            page.furn(f"{r.randint(10, 900)} saves · {r.randint(0, 60)} comments")
            page.blank()
    page.furn(r.choice(("Readers are saving", "People also pinned")))
    page.blank()
    for a in rel:
        page.card(a.title)
        page.teaser(a)
        page.blank()
    page.furn("About", "Press", "Creators", "Policies", "© 2024 Pinwheel Labs")
    page.label_date = label
    return "Pinwheel"


# --------------------------------------------------------------- crossread ----

LEANS = ("Left", "Lean left", "Centre", "Lean right", "Right")


def crossread(page: Page, art: Art, rel: list[Art], full: list[Art]) -> str | None:
    r = page.rng
    logo = r.random() < 0.5
    if logo:
        page.furn("Crossread")
    page.furn("Daily Briefing", "Compare", "Sources", "Sign in", "Join free")
    page.blank()
    page.furn(" · ".join(r.sample(("Economy", "Technology", "Politics", "Health", "Culture", "Labour", "Media"), 3)))
    cut = " ".join(art.title.split()[:5])
    page.furn(f"News / {r.choice(('World', 'US', 'Tech', 'Business'))} / {cut}…")
    page.blank()
    page.text(art.title)
    n = r.randint(12, 140)
    left, right = r.randint(1, n // 3), r.randint(1, n // 3)
    counts = [f"Reported by {n} outlets", f"L {left} | C {n - left - right} | R {right}"]
    top = r.random() < 0.5
    if top:
        page.furn(*counts)
    d = art.date
    label: str | None = d.isoformat()
    names = art.authors
    if names and (r.random() < 0.5 or named_in_body(art)):
        page.meta(f"Original reporting: {join_names(names)} ({art.chip})")
    elif names:
        page.meta(", ".join(names))
    upd = d + dt.timedelta(days=r.randint(0, 2))
    if r.random() < 0.7:
        page.meta(f"First seen {d.day} {SHORT_MONTHS[d.month - 1]} {d.year}, {clock(r, True)}")
        if r.random() < 0.5:
            page.meta(f"Updated {upd.day} {SHORT_MONTHS[upd.month - 1]} {upd.year}, {clock(r, True)}")
    else:
        page.meta(f"First seen {ago(r, 'mid')}")
        label = None
    page.blank()
    page.furn(
        "This summary was put together by Crossread's software from the reports listed below. "
        "Read the original for the full context."
    )
    page.blank()
    body_lines(page, art, blank=True, ads=None, heads=r.choice((0, 1)))
    if not top:
        page.furn("Coverage split", *counts)
        page.blank()
    page.furn(r.choice(("How outlets covered it", "Coverage from across the spectrum")))
    page.blank()
    for a in rel[: len(rel) // 2 + 1]:
        page.furn(f"{r.choice(LEANS)} | {r.choice(OUTLETS)}")
        page.card(a.title)
        page.furn(ago(r, "long"))
        page.blank()
    page.furn(r.choice(("Related comparisons", "Other stories in this topic")))
    for a in rel[len(rel) // 2 + 1 :]:
        page.card(a.title)
    page.blank()
    page.furn(
        "Lean ratings come from three independent media-rating groups and are averaged by Crossread.",
        "How we rate",
        "© Crossread 2024",
    )
    page.label_date = label
    return "Crossread"


# -------------------------------------------------------------- porchlight ----

TOWNS = ("Dayton, OH", "Bend, OR", "Salem, MA", "Boise, ID", "Mobile, AL", "Ames, IA")
COMMENTS = (
    ("Denise R. · Oakwood", "Good to finally read the whole story instead of rumours on the group chat."),
    ("Tom K. · Riverside", "Does anyone know if the city council will take this up next month?"),
    ("Priya S. · Old Town", "Thanks for sharing. Passing this along to my neighbours."),
    ("Walt B. · Northridge", "Same thing happened on our street last year and nobody listened."),
)


def porchlight(page: Page, art: Art, rel: list[Art], full: list[Art]) -> str | None:
    r = page.rng
    town = r.choice(TOWNS)
    page.furn(r.choice(("Porchlight", "Porchlight · Your neighbourhood news")))
    page.furn(f"📍 {town}", r.choice(("Sunny 61°F", "Clouds 44°F", "Rain 52°F")))
    page.blank()
    page.furn(
        "Porchlight uses cookies so we can remember your neighbourhood and show local offers. See our Cookie Policy.",
        "OK",
        "Settings",
    )
    page.blank()
    page.furn("Local", "Schools", "Police & Fire", "Events", "Marketplace")
    page.blank()
    if r.random() < 0.3:
        page.text(art.title)
        page.blank()
    page.text(art.title)
    names = art.authors
    if names:
        form = r.choice(("shared", "role", "from"))
        if form == "shared":
            page.meta("Shared by " + join_names(names))
        elif form == "role" and len(names) == 1:
            page.meta(f"{names[0]} | Neighborhood correspondent")
        else:
            page.meta("From " + join_names(names))
    d = art.date
    label: str | None = d.isoformat()
    if r.random() < 0.7:
        wd = d.strftime("%a")
        page.meta(f"{wd}, {d.month:02d}/{d.day:02d}/{d.year} at {clock(r, False)}")
        if r.random() < 0.4:
            u = d + dt.timedelta(days=1)
            page.meta(f"Updated: {u.month:02d}/{u.day:02d}/{u.year}")
    else:
        page.meta(f"Posted {ago(r, 'mid')}")
        label = None
    page.furn(f"{r.randint(0, 90)} Thanks · {r.randint(0, 40)} Replies")
    page.blank()

    def box() -> list[str]:
        city = town.split(",")[0]
        return r.choice(
            (
                ["Advertisement"],
                [f"Get the {city} morning roundup free in your inbox", "Email address", "Subscribe"],
                ["Local deals near you", "Tap to see offers"],
            )
        )

    body_lines(page, art, blank=True, ads=box, heads=r.choice((0, 1, 2)), every=r.randint(3, 6))
    page.furn("Thank", "Reply", "Share")
    page.blank()
    picks = r.sample(COMMENTS, r.randint(1, 3))
    page.furn(f"Replies ({len(picks) + r.randint(0, 20)})", "Write a reply…")
    for who, said in picks:
        page.furn(who, said, f"{ago(r, 'short')} · Thank · Reply")
    page.blank()
    page.furn(r.choice((f"Nearby stories in {town.split(',')[0]}", "More around you")))
    page.blank()
    for a in rel:
        page.card(a.title)
        page.furn(f"{r.choice(OUTLETS)} · {ago(r, 'short')}")
        page.blank()
    page.furn("Porchlight © 2024", "Guidelines", "Privacy", "Do not sell my info", "Help")
    page.label_date = label
    return "Porchlight"


# ------------------------------------------------------------------ reader ----

EDITORS = ("Hana Ostrowski", "Colm Reddy", "Beatriz Lemos", "Ife Adeyemi")


def reader(page: Page, art: Art, rel: list[Art], full: list[Art]) -> str | None:
    r = page.rng
    page.furn("‹ Back", "Aa", "Share", "Bookmark")
    if r.random() < 0.5:
        page.furn(f"Listen · {r.randint(3, 12)} min")
    page.blank()
    page.furn(art.chip)
    page.text(art.title)
    d = art.date
    label: str | None = d.isoformat()
    form = r.choice(("long", "ordinal", "clock", "relative"))
    stamp = {
        "long": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "ordinal": f"{SHORT_MONTHS[d.month - 1]}. {ordinal(d.day)}, {d.year}",
        "clock": f"{d.strftime('%A')}, {d.day} {MONTHS[d.month - 1]} {d.year} – {clock(r, True)} GMT",
        "relative": ago(r, "long"),
    }[form]
    if form == "relative":
        label = None
    if art.authors:
        page.meta(("By " if named_in_body(art) else r.choice(("By ", ""))) + join_names(art.authors))
    page.meta(stamp)
    page.blank()

    def junk() -> list[str]:
        return r.choice((["Sponsored"], ["Tap to view image", "Image: Reuters"], ["Image: AFP via Getty Images"]))

    body_lines(page, art, blank=True, ads=junk, heads=r.choice((0, 1)), every=r.randint(4, 7))
    if r.random() < 0.7:
        editor, checker = r.sample(EDITORS, 2)
        page.meta(f"Edited by {editor}; fact-check by {checker}")
        page.blank()
    page.furn("Also covering this story")
    page.blank()
    half = len(rel) // 2
    for a in rel[:half]:
        page.furn(r.choice(OUTLETS))
        page.card(a.title)
        page.furn(ago(r, "mid"))
        page.blank()
    for a in full:
        page.furn("Up next")
        page.furn(a.chip)
        page.card(a.title)
        if a.authors:
            page.text("By " + join_names(a.authors))
        page.blank()
        carried(page, a, junk(), blank=True)
    page.furn("Keep reading")
    page.blank()
    for a in rel[half:]:
        page.card(a.title)
        page.teaser(a)
        page.blank()
    page.furn("Report an issue", "Content settings")
    page.label_date = label
    return None


LAYOUTS: dict[str, Callable[[Page, Art, list[Art], list[Art]], str | None]] = {
    "brightfold": brightfold,
    "pinwheel": pinwheel,
    "crossread": crossread,
    "porchlight": porchlight,
    "reader": reader,
}
# how many related cards and carried stories each layout shows (ranges)
SHAPES = {
    "brightfold": ((3, 6), (1, 2)),
    "pinwheel": ((2, 4), (1, 3)),
    "crossread": ((4, 8), (0, 0)),
    "porchlight": ((3, 5), (0, 0)),
    "reader": ((3, 6), (1, 2)),
}
CARRY_MAX_CHARS = 5000  # carried stories are shorter ones, as a feed's next stories tend to be


# ------------------------------------------------------------------- build ----


def load() -> tuple[dict[str, Art], list[str]]:
    meta, truth = read_naeb(NAEB)
    arts = {
        k: Art(
            k, m["title"], list(m["authors"]), dt.date.fromisoformat(m["date"]), m["site"], m["url"], truth[k]["body"]
        )
        for k, m in meta.items()
    }
    mains = sorted(set(arts) - used_main_ids(SHARED_LABELS))
    return arts, mains


def build_seed(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    arts, mains = load()
    pool = sorted(arts)
    order = mains[:]
    rng.shuffle(order)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    k = 0
    for name, layout in LAYOUTS.items():
        for i in range(per_layout):
            main = arts[order[k % len(order)]]
            k += 1
            (r_lo, r_hi), (f_lo, f_hi) = SHAPES[name]
            others = [x for x in pool if x != main.nid]
            rng.shuffle(others)
            short = [x for x in others if len(arts[x].body) <= CARRY_MAX_CHARS]
            full = [arts[x] for x in short[: rng.randint(f_lo, f_hi)]]
            rest = [x for x in others if arts[x] not in full]
            rel = [arts[x] for x in rest[: rng.randint(r_lo, r_hi)]]
            page = Page(rng=random.Random(rng.getrandbits(32)))
            site = layout(page, main, rel, full)
            pid = hashlib.sha1(f"h19-{seed}-{name}-{i}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truth[pid] = {"url": main.url, "body": main.body}
            labels[pid] = page.labels(
                template=name,
                naeb=main.nid,
                url=main.url,
                title=main.title,
                authors=main.authors,
                date=page.label_date,
                site=site,
            )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build_seed, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

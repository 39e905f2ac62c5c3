"""A sixth held-out generator of aggregator pages (issue 11), written without reading the converter.

Builds browser text dumps (``innerText``, one rendered block a line) of article pages in five invented
aggregators, in the shared aggregator set's files and labels (../shared/corpus/aggregator/README.md and
../shared/eval/check_aggregator.py define them).  Main articles are NAEB articles the shared set does not use
as main articles and whose authors are persons; related and carried articles are any other NAEB articles.
Every wording lives in this script only.

Layouts (template: looks like):

- ``bildtafel``: a teletext-like portal start page.  Page numbers everywhere (``P104 · NEWS · 2/3``, an index
  of three-digit pages, ``continued on 105 ▸``), a header clock with a day but no year (not the publication
  date), ``Text:`` / ``Source: … · Text: …`` / ``Name / Publisher`` bylines, dates like ``2023-12-22T14:05``,
  ``22.12.2023 14:05 (upd. …)`` or ``yesterday, 14:05`` / ``3 h ago`` (no date), related pages as
  ``Title ..... 127`` or ``127  Title`` (heading or none), the next page's story carried in full.
- ``leafloop``: a social magazine.  App interstitial, curator line (not an author), ``by name`` or
  ``Story: … · Photography: …`` (the photographer is not an author) or an end signature ``— Name``, dates
  ``Dec. 22`` / ``Friday`` (no date) or ``22.12.23`` (day first), dense paragraphs without blank lines, run-in
  subheadings glued to the paragraph before, pull quotes (``❝ … ❞``), a ``continues below`` promo break,
  hearts and loops counters, title + teaser cards, stories carried in full one paragraph a line.
- ``tripoint``: a coverage comparer.  Topic chips, outlet counts and a Left/Center/Right share line,
  ``Published 2023-12-22T14:05`` with ``Edited``, ``Reported by`` or ``Name, Publisher`` bylines, run-in
  subheadings, a ``LEFT / CENTER / RIGHT`` block of each side's headline, an outlet + time list, a blindspot
  and a machine-summary notice; names itself only in phrases and the footer.
- ``kerbside``: a local news app.  Town and weather, cookie bar, ``Story by`` or name + role bylines,
  ``yesterday, 14:05`` / ``Friday, 09:30`` (no date) or ``22/12/2023`` day first, civic notices, lost-pet
  posts and sponsored boxes inside the body, reaction counters, readers' comments, title + outlet + time list.
- ``unbranded`` reader: never names itself (site null), a ``From Publisher`` chip (not the site),
  ``Written by`` or bare names, ``Dec 22, 2023, 2:05 PM`` / ``22 December 2023`` or ``Friday`` / ``3 days ago``
  (no date), highlights and notes between paragraphs, reading progress, a related list without a heading,
  1-2 stories of the reading queue carried in full.

    python train/aggregator_holdout6.py --out OUT --seeds 1 2 3 [--per-layout 11]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}

35 NAEB articles qualify as main articles, so 20 of them are main twice in a seed's 55 pages (always in two
layouts); converting each copy without the other gives the same figures within noise.

Figures of main d86600b (converter unchanged at 3d2ae8a), ``CONVERTER_PURE=1``, seeds 1 / 2 / 3 (mean):
title 0.782 / 0.764 / 0.873 (0.806), authors exact 0.855 / 0.818 / 0.873 (0.848), date 0.909 / 0.964 / 0.982
(0.952), site 0.945 / 0.964 / 0.964 (0.958), related R 0.580 / 0.551 / 0.589 (0.574) and P 0.701 / 0.412 / 0.396
(0.503), embedded 0.575 / 0.568 / 0.647 (0.597), subheadings 0.918 / 0.813 / 0.923 (0.885), furniture leak pages
24 / 25 / 26 of 55, body F1 (of mean P and R) 0.877 / 0.850 / 0.870 (0.866).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import aggregator_pages
from aggregator_pages import DAYS, MONTHS, PageLines, read_naeb, used_main_ids, write_set

SHARED = aggregator_pages.SHARED
ORG_WORDS = ("press", "staff", "tribune", "university", "school", "labs", "news", "team", "editors", "reuters")


@dataclass(frozen=True)
class Story:
    naeb: str
    title: str
    authors: tuple[str, ...]
    date: str
    url: str
    paras: tuple[str, ...]


@dataclass
class Page(PageLines):
    """The dump's lines and its labels, built together so that the labels hold by construction."""

    embedded_bodies: list[str] = field(default_factory=list)

    def ui(self, *lines: str) -> None:
        """Furniture lines (a blank one is labelled too)."""
        self.add_furniture(lines, label_blank=True)


# ------------------------------------------------------------------ wordings ----

OUTLETS = [
    "Harbor Ledger",
    "The Millbrook Courier",
    "North Fen Observer",
    "Daily Lantern",
    "Capital Wire",
    "The Quarry Times",
    "Westmarch Post",
    "Evening Signal",
    "The Copper Valley Star",
    "Ridgeback Review",
    "Reuters",
    "The Guardian",
    "Al Jazeera",
    "Deutsche Welle",
    "Brightwater Herald",
]
LEANS = ["Left", "Lean left", "Center", "Lean right", "Right"]
TOWNS = ["Norwood", "Eastfield", "Carrow Bay", "Pinecrest", "Old Mill", "Harlow Junction", "Sandpoint"]
PHOTOGRAPHERS = ["Ines Walcott", "Tomasz Brennan", "Yuki Farrow", "Odile Mensah"]
CURATORS = ["@marisol.reads", "@deskfern", "@the_long_haul", "@quietmornings", "@kettle.and.ink"]
SUBHEADS = [
    "What changed",
    "THE SHORT VERSION",
    "Inside the numbers",
    "Why now?",
    "A second look",
    "Down the road",
    "WHO PAYS",
    "The catch",
    "Where it goes next",
    "On the ground",
    "Counting the cost",
    "NOT SO FAST",
    "The other side",
    "Reading the fine print",
    "A familiar pattern",
]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def ymd(date: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in date.split("-"))
    return y, m, d


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


def join_names(names: tuple[str, ...], word: str = "and") -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def first_sentence(para: str) -> str:
    s = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])", re.sub(r"\s+", " ", para).strip(), maxsplit=1)[0]
    if len(s) > 220:
        s = s[:220].rsplit(" ", 1)[0]
    return s


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[‘’“”\"'«»]", "'", s)
    return re.sub(r"\s+", " ", s).strip()


def glue(paras: tuple[str, ...], rng: random.Random, page: Page, rate: float) -> list[str]:
    """Paragraph lines, some with a run-in subheading glued to their end (never the last one)."""
    out = []
    pool = rng.sample(SUBHEADS, rng.randint(1, 4))
    for i, p in enumerate(paras):
        if 0 < i < len(paras) - 2 and pool and rng.random() < rate and len(p.splitlines()[-1].strip()) > 60:
            sub = pool.pop()
            page.subheadings.append(sub)
            p = f"{p} {sub}"
        out.append(p)
    return out


def carry(page: Page, story: Story, junk: list[str], rng: random.Random, blank: bool = True) -> None:
    """Carry a related story's paragraphs in full (capped), with junk lines dropped among them."""
    paras = story.paras[:24]
    # junk never splits the first two paragraphs, where the labelled first sentence may run across
    slots = set(rng.sample(range(2, max(3, len(paras))), min(len(junk), max(0, len(paras) - 2))))
    junk = list(junk)
    for i, p in enumerate(paras):
        if i in slots and junk:
            page.ui(junk.pop(0))
            if blank:
                page.blank()
        page.text(p)
        if blank:
            page.blank()
    lead = paras[0] if len(paras[0]) >= 40 or len(paras) == 1 else f"{paras[0]} {paras[1]}"
    page.embedded.append({"title": story.title, "first_sentence": first_sentence(lead), "naeb": story.naeb})
    page.embedded_bodies.append("\n".join(paras))


def body_with_inserts(page: Page, lines: list[str], inserts: list[list[str]], rng: random.Random, blank: bool) -> None:
    """Main body lines with furniture blocks (ads, notices) dropped between paragraphs."""
    n = len(lines)
    slots = sorted(rng.sample(range(1, n), min(len(inserts), n - 1))) if n > 1 else []
    at = dict(zip(slots, inserts, strict=False))
    for i, line in enumerate(lines):
        if i in at:
            page.ui(*at[i])
            if blank:
                page.blank()
        page.text(line)
        if blank:
            page.blank()


# ------------------------------------------------------------------- layouts ----

Layout = Callable[[Page, Story, list[Story], random.Random], tuple[str | None, str | None]]


def bildtafel(page: Page, s: Story, rel: list[Story], rng: random.Random) -> tuple[str | None, str | None]:
    y, m, d = ymd(s.date)
    wd = DAYS[rng.randrange(7)][:3]
    page.ui(
        f"BILDTAFEL  {rng.choice([100, 101, 104])}  {wd} {rng.randint(1, 28):02d} {MONTHS[m - 1][:3]}  "
        f"{clock(rng)}:{rng.randint(10, 59)}"
    )
    page.ui(
        *rng.choice(
            [
                ["100 Index", "101 News", "200 Sport", "300 Weather", "400 Money", "500 Culture"],
                ["Index 100", "News 101-149", "Sport 200-299", "TV 300", "Travel 420"],
            ]
        )
    )
    if rng.random() < 0.5:
        page.ui("Key in a page number", "Go")
    page.blank()
    sub = rng.randint(2, 4)
    page.ui(f"P{rng.randint(102, 148)} · {rng.choice(['NEWS', 'ABROAD', 'HOME', 'TECH', 'MONEY'])} · 1/{sub}")
    title = s.title.upper() if rng.random() < 0.3 else s.title
    page.text(title)
    names = join_names(s.authors, rng.choice(["and", "&"]))
    pub = rng.choice(OUTLETS)
    date: str | None = s.date
    kind = rng.randrange(4)
    if kind == 0:
        shown = f"{y}-{m:02d}-{d:02d}T{clock(rng)}"
    elif kind == 1:
        shown = f"{d:02d}.{m:02d}.{y} {clock(rng)} (upd. {(d + 1 if d < 28 else d):02d}.{m:02d}.{y} {clock(rng)})"
    elif kind == 2:
        shown, date = f"yesterday, {clock(rng)}", None
    else:
        shown, date = f"{rng.randint(2, 11)} h ago", None
    form = rng.randrange(3)
    if form == 0:
        page.meta(f"Source: {pub} · Text: {names}")
        page.meta(shown)
    elif form == 1:
        page.meta(f"{names} / {pub}")
        page.meta(shown)
    else:
        page.meta(f"Text: {names} · {shown}")
    page.blank()
    paras = list(s.paras)
    cut = sorted(rng.sample(range(2, len(paras)), min(sub - 1, max(0, len(paras) - 2)))) if len(paras) > 3 else []
    ads = [
        [
            "Advert",
            f"Promoted: {rng.choice(['Winter tyres', 'Fibre broadband', 'Hearing aids'])} from "
            f"{rng.randint(9, 49)},90 · page {rng.randint(870, 899)}",
        ]
    ]
    k = 1
    for i, p in enumerate(paras):
        if i in cut:
            k += 1
            page.ui(f"continued on {rng.randint(150, 160)} ▸")
            page.blank()
            page.ui(f"{k}/{sub}")
        if ads and i == len(paras) // 2 and i not in cut:
            page.ui(*ads.pop())
            page.blank()
        page.text(p)
        page.blank()
    page.ui(f"Viewed {rng.randint(1000, 90000):,} times")
    page.blank()
    listed, carried = rel[:-1], rel[-1] if rng.random() < 0.7 else None
    if not carried:
        listed = rel
    heading = rng.choice(["On other pages", "ALSO ON AIR", None, "Keep zapping"])
    if heading:
        page.ui(heading)
    shape = rng.randrange(2)
    for r in listed:
        num = rng.randint(105, 199)
        page.text(f"{r.title} ..... {num}" if shape == 0 else f"{num}  {r.title}")
        page.related.append(r.title)
    page.blank()
    if carried:
        page.ui(f"▶ {rng.randint(105, 149)}  NEXT PAGE")
        page.text(carried.title)
        page.related.append(carried.title)
        cn = join_names(carried.authors) if carried.authors else rng.choice(OUTLETS)
        page.text(f"Text: {cn} · {rng.randint(2, 50)} min ago")
        page.blank()
        carry(page, carried, ["Advert", f"Page {rng.randint(105, 149)} of 899"], rng)
    page.ui(f"Teletext service of Kanal Sieben · © {y + 1} Bildtafel", "Imprint", "Data protection", "Accessibility")
    return date, "Bildtafel"


def leafloop(page: Page, s: Story, rel: list[Story], rng: random.Random) -> tuple[str | None, str | None]:
    y, m, d = ymd(s.date)
    page.ui("leafloop", "For you", "Following", "Magazines", "Sign up")
    page.blank()
    if rng.random() < 0.7:
        page.ui(
            "You're reading on the web. In the Leafloop app your issues sync offline and the feed stays quiet.",
            "Get the app",
            "Keep reading here",
        )
        page.blank()
    curator = rng.choice(CURATORS)
    page.ui(f"Picked by {curator} for {rng.choice(['Slow Sunday', 'Deep Dives', 'Things We Argued About'])}")
    page.text(s.title)
    names = join_names(s.authors)
    kind = rng.randrange(4)
    date: str | None = None
    if kind == 0:
        shown = f"{MON_AP[m - 1]} {d}"
    elif kind == 1:
        shown = rng.choice(DAYS)
    elif kind == 2:
        shown, date = f"{d:02d}.{m:02d}.{y % 100:02d}", s.date
    else:
        shown, date = f"{d} {MONTHS[m - 1][:3]} {y}", s.date
    form = rng.randrange(3)
    if form == 0:
        page.meta(f"by {names}")
        page.meta(shown)
    elif form == 1:
        page.meta(f"Story: {names} · Photography: {rng.choice(PHOTOGRAPHERS)}")
        page.meta(shown)
    else:
        page.meta(shown)
    page.blank()
    lines = glue(s.paras, rng, page, 0.35)
    quote = s.paras[min(2, len(s.paras) - 1)].split()
    pull = "❝ " + " ".join(quote[: min(9, len(quote))]) + "… ❞"
    inserts = [
        [pull],
        ["Keep scrolling — the story continues below ↓", "Promoted · Brightmill Coffee", "Taste the winter roast →"],
    ]
    body_with_inserts(page, lines, inserts, rng, blank=False)
    if form == 2:
        page.meta(f"— {names}")
    page.blank()
    page.ui(
        f"{rng.randint(2, 40)}.{rng.randint(1, 9)}k hearts",
        "♡ Heart",
        "Reloop",
        "Share",
        f"Comments ({rng.randint(0, 60)})",
    )
    page.blank()
    n_carry = rng.randint(1, 2)
    carried, cards = rel[:n_carry], rel[n_carry:]
    page.ui(rng.choice(["Looped with this story", "Read the whole thing", "From the same loop"]))
    page.blank()
    for c in carried:
        page.text(c.title)
        page.related.append(c.title)
        page.ui(f"{rng.choice(OUTLETS)} · {rng.randint(3, 25)} min read")
        carry(page, c, [f"{rng.randint(10, 900)} hearts · {rng.randint(1, 80)} loops"], rng, blank=False)
        page.blank()
    heading = rng.choice(["You might loop next", "Readers kept going with", None])
    if heading:
        page.ui(heading)
    for c in cards:
        page.text(c.title)
        page.related.append(c.title)
        if rng.random() < 0.6:
            teaser = c.paras[0][:140].rsplit(" ", 1)[0] + "…"
            page.text(teaser)
            page.teasers.append(teaser)
        else:
            page.ui(f"{rng.choice(OUTLETS)} · {rng.randint(2, 14)} min")
        page.blank()
    page.ui("About Leafloop", "Creators", "Guidelines", f"© {y + 1} Leafloop Collective")
    return date, "Leafloop"


def tripoint(page: Page, s: Story, rel: list[Story], rng: random.Random) -> tuple[str | None, str | None]:
    y, m, d = ymd(s.date)
    page.ui("Tripoint", "Home", "Balance", "My bubble", "Sources", "Try Premium")
    page.blank()
    page.ui(*[f"#{t}" for t in rng.sample(["Technology", "Economy", "Politics", "Health", "Culture", "World"], 3)])
    page.blank()
    total = rng.randint(12, 240)
    left = rng.randint(10, 50)
    center = rng.randint(10, 90 - left)
    bar = f"{total} outlets · L {left}% · C {center}% · R {100 - left - center}%"
    top = rng.random() < 0.5
    page.text(s.title)
    if top:
        page.ui(bar)
    pub = rng.choice(OUTLETS)
    names = join_names(s.authors)
    page.meta(rng.choice([f"Reported by {names}", f"{names}, {pub}", f"By {names}"]))
    t = clock(rng)
    if rng.random() < 0.5:
        page.meta(f"Published {y}-{m:02d}-{d:02d}T{t}")
        page.meta(f"Edited {y}-{m:02d}-{(d + 1 if d < 28 else d):02d}T{clock(rng)}")
    else:
        page.meta(f"Published {y}-{m:02d}-{d:02d}T{t} · Edited {rng.randint(1, 9)}h ago")
    page.blank()
    page.ui("This summary was stitched together by software from the outlets below. Check the originals.")
    page.blank()
    lines = glue(s.paras, rng, page, 0.3)
    body_with_inserts(
        page, lines, [["Sponsored", f"Try Tripoint Premium free for {rng.randint(7, 30)} days"]], rng, blank=True
    )
    page.ui(f"Read the original at {pub}")
    page.blank()
    if not top:
        page.ui("Coverage at a glance", bar)
        page.blank()
    sides, rest = rel[:3], rel[3:]
    page.ui(rng.choice(["How each side told it", "Same story, three framings", "Left / Center / Right"]))
    for lab, r in zip(["LEFT", "CENTER", "RIGHT"], sides, strict=False):
        page.ui(lab, rng.choice(OUTLETS))
        page.text(r.title)
        page.related.append(r.title)
    page.blank()
    page.ui(f"Blindspot: barely covered by the {rng.choice(['left', 'right'])}")
    page.blank()
    heading = rng.choice(["Other angles", "Further framing", None])
    if heading:
        page.ui(heading)
    for r in rest:
        page.text(r.title)
        page.related.append(r.title)
        page.ui(f"{rng.choice(OUTLETS)} · {rng.choice(LEANS)} · {rng.randint(1, 23)}h")
    page.blank()
    page.ui("Lean ratings blend three independent audits.", "How we rate", f"© {y + 1} Tripoint Media ApS")
    return s.date, "Tripoint"


def kerbside(page: Page, s: Story, rel: list[Story], rng: random.Random) -> tuple[str | None, str | None]:
    y, m, d = ymd(s.date)
    town = rng.choice(TOWNS)
    page.ui(
        "Kerbside",
        town,
        f"{rng.randint(-3, 14)}°C, {rng.choice(['drizzle', 'clear', 'windy'])}",
        "Feed",
        "Notices",
        "Marketplace",
        "+ Post",
    )
    page.blank()
    if rng.random() < 0.6:
        page.ui("Kerbside keeps a cookie so it remembers your street. Fine by you?", "Fine", "Settings")
        page.blank()
    page.text(s.title)
    names = join_names(s.authors)
    kind = rng.randrange(4)
    date: str | None = None
    if kind == 0:
        shown = f"yesterday, {clock(rng)}"
    elif kind == 1:
        shown = f"{rng.choice(DAYS)}, {clock(rng)}"
    elif kind == 2:
        shown, date = f"{d:02d}/{m:02d}/{y}", s.date
    else:
        shown, date = f"{d} {MONTHS[m - 1][:3]} {y} · upd. {rng.randint(2, 9)} h ago", s.date
    form = rng.randrange(3)
    if form == 0:
        page.meta(f"Story by {names}")
    elif form == 1:
        page.meta(f"{names} · {rng.choice(['Community reporter', 'Staff writer', 'Volunteer editor'])}")
    else:
        page.meta(f"{names} — {town} desk")
    page.meta(shown)
    page.ui(f"👍 {rng.randint(2, 300)}   💬 {rng.randint(0, 80)}")
    page.blank()
    lines = glue(s.paras, rng, page, 0.2)
    inserts = [
        ["NOTICE · Town council", f"Bin collection moves to Saturday this week in zones {rng.randint(1, 4)} and 5."],
        [
            "LOST PET",
            f"{rng.choice(['Grey tabby', 'Black spaniel', 'Ginger kitten'])}, answers to "
            f"{rng.choice(['Miso', 'Pepper', 'Biscuit'])}, last seen near the bakery on Quarry Lane.",
            "Message the owner",
        ],
        ["Sponsored · Greta's Hardware", f"Snow shovels {rng.randint(10, 30)}% off until Sunday"],
    ]
    body_with_inserts(page, lines, rng.sample(inserts, rng.randint(2, 3)), rng, blank=True)
    page.ui("Share with neighbours", "Save")
    page.blank()
    page.ui(f"{rng.randint(2, 30)} comments", "Write a comment…")
    for who, said in rng.sample(
        [
            ("pinecone_pat", "The council said the same thing last winter."),
            ("Rosa M.", "Thanks for writing this up, very clear."),
            ("oldmillbob", "Does anyone know if the library is open on Monday?"),
        ],
        2,
    ):
        page.ui(who, said, f"{rng.randint(1, 20)}h · Reply · {rng.randint(0, 9)} 👍")
    page.blank()
    heading = rng.choice([f"Around {town}", "Neighbours are reading", None])
    if heading:
        page.ui(heading)
    for r in rel:
        page.text(r.title)
        page.related.append(r.title)
        page.ui(f"{rng.choice(OUTLETS)} · {rng.randint(1, 12)} h")
    page.blank()
    page.ui(f"Kerbside © {y + 1}", "House rules", "Privacy", "Advertise with us")
    return date, "Kerbside"


def reader(page: Page, s: Story, rel: list[Story], rng: random.Random) -> tuple[str | None, str | None]:
    y, m, d = ymd(s.date)
    page.ui("‹ Back", "Aa", "Reader settings")
    page.blank()
    page.ui(f"From {rng.choice(OUTLETS)}")
    page.text(s.title)
    names = join_names(s.authors, "&")
    kind = rng.randrange(4)
    date: str | None = s.date
    hour = rng.randint(1, 12)
    if kind == 0:
        shown = f"{MONTHS[m - 1][:3]} {d}, {y}, {hour}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"
    elif kind == 1:
        shown = f"{d} {MONTHS[m - 1]} {y}"
    elif kind == 2:
        shown, date = rng.choice(DAYS), None
    else:
        shown, date = f"{rng.randint(2, 6)} days ago", None
    if rng.random() < 0.5:
        page.meta(f"Written by {names}")
        page.meta(shown)
    else:
        page.meta(f"{names} · {shown}")
    page.ui(f"{rng.randint(3, 25)} min left")
    page.blank()
    lines = glue(s.paras, rng, page, 0.3)
    notes = rng.sample(
        ["check against last year's figures", "send to Dana", "quote for the newsletter", "is this the same study?"], 2
    )
    inserts = [
        ["Highlighted · 3 days ago", f"Note: {notes[0]}"],
        [f"Popular highlight · {rng.randint(20, 400)} readers"],
        ["Highlighted · just now", f"Note: {notes[1]}"],
    ]
    body_with_inserts(page, lines, inserts, rng, blank=rng.random() < 0.7)
    page.blank()
    page.ui("You've reached the end", "Was this worth your time?", "Yes", "No")
    page.ui(f"Your notes ({len(notes)})", *[f"• {n}" for n in notes])
    page.blank()
    n_carry = rng.randint(1, 2)
    listed, carried = rel[:-n_carry], rel[-n_carry:]
    for r in listed:
        page.text(r.title)
        page.related.append(r.title)
        if rng.random() < 0.5:
            teaser = r.paras[0][:120].rsplit(" ", 1)[0] + "…"
            page.text(teaser)
            page.teasers.append(teaser)
        page.blank()
    page.ui(rng.choice(["Next in your queue", "Up after this"]))
    page.blank()
    for c in carried:
        page.ui(rng.choice(OUTLETS))
        page.text(c.title)
        page.related.append(c.title)
        page.ui(f"{rng.randint(3, 20)} min")
        page.blank()
        carry(page, c, ["Tap and hold to highlight"], rng)
    page.ui("Report a problem", "Privacy")
    return date, None


LAYOUTS: dict[str, Layout] = {
    "bildtafel": bildtafel,
    "leafloop": leafloop,
    "tripoint": tripoint,
    "kerbside": kerbside,
    "unbranded": reader,
}
N_RELATED = {"bildtafel": (3, 6), "leafloop": (3, 5), "tripoint": (4, 7), "kerbside": (3, 5), "unbranded": (3, 6)}


# ------------------------------------------------------------------- corpus ----


def load_stories(shared: Path) -> tuple[list[Story], list[Story]]:
    """(main candidates, every NAEB story), sorted by id."""
    meta, truth = read_naeb(shared / "corpus" / "naeb")
    used = used_main_ids(shared / "corpus" / "aggregator" / "labels.json")
    stories = []
    for k in sorted(meta):
        paras = tuple(p.strip() for p in truth[k]["body"].split("\n\n") if p.strip())
        if not paras or not meta[k].get("title"):
            continue
        m = meta[k]
        stories.append(
            Story(
                k,
                m["title"].strip(),
                tuple(m.get("authors") or ()),
                m.get("date") or "2023-12-22",
                m.get("url") or "",
                paras,
            )
        )

    def person(a: str) -> bool:
        return len(a.split()) >= 2 and not any(w in a.casefold() for w in ORG_WORDS)

    mains = [
        s
        for s in stories
        if s.naeb not in used
        and s.authors
        and all(person(a) for a in s.authors)
        and len(s.paras) >= 4
        and re.fullmatch(r"\d{4}-\d\d-\d\d", s.date)
    ]
    return mains, stories


@functools.lru_cache(maxsize=256)
def view(body: str) -> tuple[frozenset[str], str]:
    """A body as the scorer sees it: its normalised whole lines and its normalised text."""
    return frozenset(norm(x) for x in body.splitlines()), norm(body.replace("\n", " "))


def leaks(item: str, body: str) -> bool:
    """True when `item` would count as left in `body` (a whole line, or inside it when longer than 12)."""
    lines, joined = view(body)
    return norm(item) in lines or (len(item.strip()) > 12 and norm(item) in joined)


def build_page(template: str, main: Story, pool: list[Story], rng: random.Random) -> tuple[str, dict[str, object], str]:
    body = "\n".join(main.paras)
    lo, hi = N_RELATED[template]
    rel = [
        r
        for r in rng.sample(pool, len(pool))
        if r.naeb != main.naeb and not leaks(r.title, body) and norm(r.title) != norm(main.title)
    ][: rng.randint(lo, hi)]
    page = Page()
    date, site = LAYOUTS[template](page, main, rel, rng)
    bodies = [body, *page.embedded_bodies]
    furniture = [f for f in dict.fromkeys(page.furniture) if f and not any(leaks(f, b) for b in bodies)]
    labels: dict[str, object] = {
        "title": main.title,
        "authors": list(main.authors),
        "date": date,
        "site": site,
        "related": page.related,
        "teasers": page.teasers,
        "embedded": page.embedded,
        "subheadings": page.subheadings,
        "furniture": furniture,
        "meta_lines": page.meta_lines,
        "template": template,
        "naeb": main.naeb,
        "url": main.url,
    }
    return page.dump(), labels, "\n\n".join(main.paras)


def generate(out: Path, seed: int, per_layout: int, shared: Path) -> None:
    mains, stories = load_stories(shared)
    rng = random.Random(seed)
    order = rng.sample(mains, len(mains))
    texts: dict[str, str] = {}
    truth: dict[str, dict[str, str]] = {}
    labels: dict[str, dict[str, object]] = {}
    i = 0
    for template in LAYOUTS:
        for n in range(per_layout):
            main = order[i % len(order)]
            i += 1
            page_id = hashlib.sha256(f"h6/{seed}/{template}/{n}/{main.naeb}".encode()).hexdigest()[:16]
            text, lab, body = build_page(template, main, stories, rng)
            texts[page_id] = text
            truth[page_id] = {"url": main.url, "body": body}
            labels[page_id] = lab
    write_set(out / f"seed-{seed}", texts, truth, labels)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--per-layout", type=int, default=11)
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    for seed in args.seeds:
        generate(args.out, seed, args.per_layout, args.shared)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

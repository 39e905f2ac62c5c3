"""Held-out aggregator pages, set 14: five invented aggregators, written without reading the converter.

Built like shared/corpus/aggregator (read its README.md): browser text dumps (one rendered block a line) of
news-aggregator article pages around real NAEB articles, with labels by construction.  Main articles are
NAEB articles the shared set does not use as main articles, picked by the seed; related and carried
articles are any other NAEB articles.  Every name, menu, prompt, byline and date wording lives here.

The five layouts (template names):

- ``hearthpage``, a portal start page: search box, weather, menu, a privacy wall, publisher chip with a
  follower count and Follow, byline and date on one line (``Story by A and B • Dec 22, 2023, 3:41 PM``) or
  on two lines, or only a relative time (``14h ago``: date null); reading time, a key-takeaways button, ad
  markers inside the body, emoji reactions and a comment counter, a "more from" card list (title, then
  outlet and time), then 1-2 next stories of the feed carried in full (chip, title, time, paragraphs, ad
  markers inside), a footer.
- ``pinfold``, a social magazine: app interstitial, a board line naming the curator who pinned the story
  (not an author), "Originally published" or a long weekday date (or only ``Pinned 3d ago``: date null),
  paragraphs between blank lines with 1-3 run-in subheadings (some in capitals) glued to the end of the
  paragraph before them, a newsletter box in the body, the byline at the END (``Written by A``,
  ``Story: A & B`` or ``A for Outlet``), a photo credit (not an author), counters, 1-2 other stories
  of the board carried in full, a title + teaser + repin-count card list.
- ``crosswire``, a coverage comparer: topic chips, outlet count and a left/centre/right spread under the
  title, ``First published 20 Dec 2023, 14:22 GMT`` with ``Last updated 3 hours ago`` (or ``First seen
  5 hours ago`` only: date null), ``Original report by A · Outlet`` or ``Reporter: A``, a machine-assembly
  notice, a coverage list (outlet with its lean, title, time) and a titles-only thread list; it names
  itself only inside sentences (``Compare framing on Crosswire``, the footer), never as a logo line.
- ``nearwell``, a local news app: app bar with town and weather, a notifications prompt and a cookie bar,
  sometimes a cut title in the app bar, ``By A, Staff Writer`` / ``A | Community Contributor`` / bare
  names, US dates (``12/20/2023 4:15 PM`` month first, ``Dec. 20, 2023 at 4:15 p.m.``) with ``Updated``,
  digest and sponsor boxes in the body, neighbours' comments, a title + outlet + time list.
- ``readerview``, an in-app reader that never names itself (site null): reader controls, outlet line,
  capitals or plain bylines, ``Fri 22 Dec 2023 · 09:14`` or ordinal dates (or ``2d``: date null), run-in
  subheadings, a production credit at the end (producers and fact-checkers are not authors), 1-2 queued
  stories carried in full and a title + teaser list.

Authors: exactly NAEB's names (an agency NAEB credits, such as a wire service, is printed and labelled like
a person); an article NAEB credits to no one gets no byline at all.  Furniture: every inserted UI line,
including the outlet/time lines and the ad markers inside carried stories.  Meta lines: the main article's
byline and date lines as shown.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

TEMPLATES = ("hearthpage", "pinfold", "crosswire", "nearwell", "readerview")

OUTLETS = (
    "The Harbor Ledger",
    "Northfield Courier",
    "Daily Meridian",
    "Prairie Signal",
    "The Copper Valley Post",
    "Bayline Times",
    "Westmark Herald",
    "The Lantern Review",
    "Summit County Press",
    "Blue Ridge Dispatch",
    "The Morning Quay",
    "Metro Pulse",
    "Ironwood Observer",
    "Cedar Falls Record",
    "The Open Ledger",
)
REL_TIMES = ("12m ago", "38m ago", "1h ago", "3h ago", "5h ago", "9h ago", "14h ago", "1d ago", "2d ago")
REL_LONG = ("20 minutes ago", "an hour ago", "3 hours ago", "6 hours ago", "11 hours ago", "yesterday")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


# ---------------------------------------------------------------------------------------- helpers ----


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def first_sentence(par: str) -> str:
    m = re.search(r"[.!?][\"”’']?\s+(?=[A-Z“\"])", par)
    return par[: m.end()].strip() if m and m.end() > 40 else par


def names_text(names: list[str], conj: str = "and") -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


def clock12(rng: random.Random) -> tuple[int, int, str]:
    return rng.randint(1, 12), rng.randint(0, 59), rng.choice(("AM", "PM"))


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def teaser_of(body: str, rng: random.Random) -> str:
    s = " ".join(first_sentence(paragraphs(body)[0]).split())
    if len(s) > 150 or rng.random() < 0.3:
        cut = s[: rng.randint(80, 120)].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + "…"
    return s


def count(rng: random.Random) -> str:
    n = rng.choice((rng.randint(2, 999), rng.randint(1000, 9999)))
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


class Page(PageLines):
    def body(
        self,
        pars: list[str],
        rng: random.Random,
        *,
        blank: bool,
        inserts: Sequence[list[str]] = (),
        subheads: Sequence[str] = (),
    ) -> None:
        """The article's paragraphs, one a line; `inserts` (furniture blocks) go between paragraphs after the
        second, `subheads` are glued to the end of distinct paragraphs (never the last)."""
        slots = list(range(2, len(pars))) if len(pars) > 2 else []
        where = dict(zip(sorted(rng.sample(slots, min(len(inserts), len(slots)))), inserts, strict=False))
        heads = list(range(1, len(pars) - 1))
        glued = dict(zip(sorted(rng.sample(heads, min(len(subheads), len(heads)))), subheads, strict=False))
        for i, par in enumerate(pars):
            if i in where:
                if blank:
                    self.blank()
                self.add_furniture(where[i], label_blank=False)
            if blank:
                self.blank()
            if i in glued:
                self.text(f"{par} {glued[i]}")
                self.subheadings.append(glued[i])
            else:
                self.text(par)
        self.blank()

    def card(self, title: str, furniture: list[str], teaser: str | None = None) -> None:
        self.related.append(title)
        self.text(title)
        if teaser:
            self.text(teaser)
            self.teasers.append(teaser)
        self.add_furniture(furniture, label_blank=False)

    def carry(
        self,
        rid: str,
        meta: dict[str, Any],
        truth: dict[str, Any],
        rng: random.Random,
        *,
        head: list[str],
        after_title: list[str],
        junk: list[str],
        blank: bool,
        limit: int = 14,
    ) -> None:
        """A related story carried in full: `head` furniture, its title, `after_title` furniture, then its
        paragraphs (at most `limit`, one a line) with `junk` lines inside, never inside the first."""
        title = meta[rid]["title"]
        pars = paragraphs(truth[rid]["body"])[:limit]
        self.related.append(title)
        self.embedded.append({"title": title, "first_sentence": first_sentence(pars[0]), "naeb": rid})
        self.add_furniture(head, label_blank=False)
        self.text(title)
        self.add_furniture(after_title, label_blank=False)
        slots = sorted(rng.sample(range(1, len(pars)), min(len(junk), len(pars) - 1))) if len(pars) > 1 else []
        junk_at = dict(zip(slots, junk, strict=False))
        for i, par in enumerate(pars):
            if i in junk_at:
                self.add_furniture([junk_at[i]], label_blank=False)
            if blank:
                self.blank()
            self.text(par)
        self.blank()


# ---------------------------------------------------------------------------------------- layouts ----


class Ctx:
    """What a layout needs: the main article, the pool of others, the randomness."""

    def __init__(self, nid: str, meta: dict[str, Any], truth: dict[str, Any], pool: list[str], rng: random.Random):
        self.nid, self.meta, self.truth, self.rng = nid, meta, truth, rng
        self.m = meta[nid]
        self.title: str = self.m["title"]
        self.authors: list[str] = list(self.m["authors"])
        self.day = date.fromisoformat(self.m["date"])
        self.pars = paragraphs(truth[nid]["body"])
        self.others = rng.sample([x for x in pool if x != nid], 9)
        self.folded = " ".join(truth[nid]["body"].casefold().split())

    def bare(self, names: str, prefixed: str) -> str:
        """A bare-name byline, unless the names also stand in the article text (a reader could not tell the
        byline from the text there, and the leak check would flag the text itself): then `prefixed`."""
        return prefixed if " ".join(names.casefold().split()) in self.folded else names

    def take(self) -> str:
        return self.others.pop()

    def rtitle(self) -> tuple[str, str]:
        rid = self.take()
        return rid, self.meta[rid]["title"]


def hearthpage(c: Ctx) -> tuple[Page, str | None, str | None]:
    rng, p, d = c.rng, Page(), c.day
    p.add_furniture(
        ["Jump to article", rng.choice(("Hearthpage", "hearthpage")), "Search Hearthpage or the web"], label_blank=False
    )
    p.add_furniture(
        [f"{rng.choice(('Light rain', 'Sunny', 'Cloudy', 'Fog'))} · {rng.randint(28, 77)}°F", "Sign in"],
        label_blank=False,
    )
    menu = ["Home", "News", "Money", "Weather", "Sports", "Play", "Shopping", "Watch", "Health"]
    p.add_furniture(menu[: rng.randint(5, 9)], label_blank=False)
    p.blank()
    if rng.random() < 0.7:
        p.add_furniture(
            [
                "We value your privacy",
                f"Hearthpage and {rng.randint(90, 240)} vendors store and read cookies on your device so "
                "the start page can remember your settings, count visits and show ads that fit you.",
                "Agree and continue",
                "Manage settings",
            ],
            label_blank=False,
        )
        if rng.random() < 0.5:
            p.add_furniture(["Reject non-essential"], label_blank=False)
        p.blank()
    outlet = rng.choice(OUTLETS)
    p.add_furniture([outlet, f"{count(rng)} followers", "＋ Follow"], label_blank=False)
    p.text(c.title)
    dated: str | None = c.m["date"]
    style = rng.randrange(4)
    h, mi, ap = clock12(rng)
    us = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}, {h}:{mi:02d} {ap}"
    if style == 3:  # only a relative time on the page
        dated = None
        when = rng.choice(REL_TIMES)
    else:
        when = us if style != 2 else f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if c.authors and style in (0, 3):
        p.meta(f"Story by {names_text(c.authors)} • {when}")
    else:
        if c.authors:
            bare = names_text(c.authors, rng.choice(("and", "&")))
            p.meta(c.bare(bare, f"By {bare}"))
        p.meta(when if style != 1 else f"Published {when}")
    p.add_furniture([f"{rng.randint(2, 14)} min read", "✨ Key takeaways"], label_blank=False)
    p.blank()
    ads = [["Ad · Continue reading below"] for _ in range(rng.randint(1, 3))]
    p.body(c.pars, rng, blank=rng.random() < 0.5, inserts=ads)
    p.add_furniture(
        [
            "How does this story make you feel?",
            f"👍 {count(rng)}",
            f"😮 {rng.randint(1, 90)}",
            f"😢 {rng.randint(1, 40)}",
            f"Comments ({rng.randint(0, 400)})",
        ],
        label_blank=False,
    )
    p.blank()
    p.add_furniture([rng.choice((f"More from {outlet}", "Trending now", "Around Hearthpage"))], label_blank=False)
    p.blank()
    for _ in range(rng.randint(2, 4)):
        _, t = c.rtitle()
        p.card(t, [f"{rng.choice(OUTLETS)} · {rng.choice(REL_TIMES)}"])
        p.blank()
    p.add_furniture(["Keep scrolling for your next story"], label_blank=False)
    p.blank()
    for _ in range(rng.randint(1, 2)):
        p.carry(
            c.take(),
            c.meta,
            c.truth,
            rng,
            head=[rng.choice(OUTLETS), "＋ Follow"],
            after_title=[rng.choice(REL_TIMES)],
            junk=["Ad · Continue reading below"] * rng.randint(0, 2),
            blank=rng.random() < 0.5,
        )
    p.add_furniture(
        ["© 2024 Hearthpage", "Privacy & cookies", "Terms of use", "Advertise", "Feedback"], label_blank=False
    )
    return p, dated, "Hearthpage"


PIN_HEADS = (
    "The numbers behind it",
    "What changed",
    "A second look",
    "WHY IT MATTERS",
    "Looking ahead",
    "THE BACKSTORY",
    "On the ground",
    "Where it goes next",
    "THE CATCH",
    "Early signs",
)
BOARDS = ("Weekend reads", "Things to think about", "Saved for later", "Good journalism", "Morning coffee")
HANDLES = ("@tessarooney", "@mk_olawale", "@dariusreads", "@junebug.lin", "@paperplanes_jo")


def pinfold(c: Ctx) -> tuple[Page, str | None, str | None]:
    rng, p, d = c.rng, Page(), c.day
    p.add_furniture(["Pinfold", "For you", "Following", "Boards", "Sign up free", "Log in"], label_blank=False)
    p.blank()
    if rng.random() < 0.8:
        p.add_furniture(
            [
                "Pinfold is better in the app",
                "Read pinned stories offline and pick up where you left off on any device.",
                "Get the app",
                "Keep reading here",
            ],
            label_blank=False,
        )
        p.blank()
    p.add_furniture([f"Pinned to {rng.choice(BOARDS)} by {rng.choice(HANDLES)}"], label_blank=False)
    outlet = rng.choice(OUTLETS)
    if rng.random() < 0.5:
        p.add_furniture([f"From {outlet}"], label_blank=False)
    p.text(c.title)
    dated: str | None = c.m["date"]
    style = rng.randrange(3)
    if style == 0:
        p.meta(f"Originally published {d.day} {SHORT_MONTHS[d.month - 1]} {d.year}")
    elif style == 1:
        p.meta(f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}")
    else:
        dated = None
        p.meta(f"Pinned {rng.choice(('3d', '5h', '1w', '2d'))} ago")
    if rng.random() < 0.4:  # the title again, as the link card's headline
        p.blank()
        p.add_furniture([f"{outlet.lower().replace('the ', '').replace(' ', '')}.com"], label_blank=False)
        p.text(c.title)
    p.blank()
    heads = rng.sample(PIN_HEADS, rng.randint(1, 3))
    box = ["Pinfold Sunday: one email, ten stories worth your evening.", "Email address", "Sign me up"]
    p.body(c.pars, rng, blank=True, inserts=[box] if rng.random() < 0.7 else [], subheads=heads)
    if c.authors:
        form = rng.randrange(3)
        if form == 0:
            p.meta(f"Written by {names_text(c.authors)}")
        elif form == 1:
            p.meta(f"Story: {names_text(c.authors, '&')}")
        else:
            p.meta(f"{names_text(c.authors)} for {outlet}")
    p.add_furniture(
        [f"Top image: {rng.choice(('Mara Ilves', 'Jon Petrak', 'Sade Obi'))}/{rng.choice(OUTLETS)}"], label_blank=False
    )
    p.add_furniture([f"♥ {count(rng)}", "Repin", "Share", f"{rng.randint(2, 300)} notes"], label_blank=False)
    p.blank()
    p.add_furniture(["Also on this board"], label_blank=False)
    p.blank()
    for _ in range(rng.randint(1, 2)):
        p.carry(
            c.take(),
            c.meta,
            c.truth,
            rng,
            head=[],
            after_title=[f"{rng.choice(OUTLETS)} — {rng.choice(REL_LONG)}"],
            junk=["Tap and hold to pin a quote"] * rng.randint(0, 1),
            blank=False,
            limit=10,
        )
        p.add_furniture(["Show less"], label_blank=False)
        p.blank()
    p.add_furniture(["You might also like"], label_blank=False)
    p.blank()
    for _ in range(rng.randint(2, 3)):
        rid, t = c.rtitle()
        p.card(t, [f"{rng.randint(3, 900)} repins"], teaser_of(c.truth[rid]["body"], rng))
        p.blank()
    p.add_furniture(["About", "Creators", "Help", "Privacy", "© Pinfold Labs 2024"], label_blank=False)
    return p, dated, "Pinfold"


TOPICS = ("Economy", "Courts", "Technology", "Climate", "Health", "Culture", "Elections", "Science", "Media")
LEANS = ("Lean left", "Left", "Centre", "Lean right", "Right")


def crosswire(c: Ctx) -> tuple[Page, str | None, str | None]:
    rng, p, d = c.rng, Page(), c.day
    p.add_furniture(["Top stories", "Local", "Balance", "My feed", "Sign in"], label_blank=False)
    p.blank()
    p.add_furniture(rng.sample(TOPICS, rng.randint(2, 4)), label_blank=False)
    p.blank()
    p.text(c.title)
    left, right = rng.randint(5, 45), rng.randint(5, 40)
    spread = [
        f"{rng.randint(6, 140)} outlets are covering this story",
        f"L {left}% · C {100 - left - right}% · R {right}%",
    ]
    under = rng.random() < 0.5
    if under:
        p.add_furniture(spread, label_blank=False)
    dated: str | None = c.m["date"]
    outlet = rng.choice(OUTLETS)
    if rng.random() < 0.25:
        dated = None
        p.meta(f"First seen {rng.choice(REL_LONG)}")
    else:
        p.meta(
            f"First published {d.day} {SHORT_MONTHS[d.month - 1]} {d.year}, {rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d} GMT"
        )
        if rng.random() < 0.6:
            p.meta(f"Last updated {rng.choice(REL_LONG)}")
    if c.authors:
        if rng.random() < 0.5:
            p.meta(f"Original report by {names_text(c.authors)} · {outlet}")
        else:
            p.meta(f"Reporter: {names_text(c.authors, '&')}")
    p.blank()
    p.add_furniture(
        [
            "This page is assembled by software from the original report. Compare framing on Crosswire "
            "before you share it."
        ],
        label_blank=False,
    )
    p.blank()
    p.body(c.pars, rng, blank=False, inserts=[["Promoted"]] if rng.random() < 0.5 else [])
    p.add_furniture(["Copy link", "Share", "Flag this summary"], label_blank=False)
    p.blank()
    if not under:
        p.add_furniture(["Coverage spread", *spread], label_blank=False)
        p.blank()
    p.add_furniture([rng.choice(("How outlets framed it", "Coverage across the spectrum"))], label_blank=False)
    p.blank()
    for _ in range(rng.randint(3, 5)):
        _, t = c.rtitle()
        p.add_furniture([f"{rng.choice(OUTLETS)} ({rng.choice(LEANS)})"], label_blank=False)
        p.card(t, [rng.choice(REL_TIMES)])
        p.blank()
    p.add_furniture([rng.choice(("Earlier in this thread", "Follow-ups"))], label_blank=False)
    for _ in range(rng.randint(1, 3)):
        _, t = c.rtitle()
        p.card(t, [])
    p.blank()
    p.add_furniture(["How we rate outlets", "Report a rating error", "© 2024 Crosswire Media"], label_blank=False)
    return p, dated, "Crosswire"


TOWNS = (("Dayton", "OH"), ("Boise", "ID"), ("Lancaster", "PA"), ("Fresno", "CA"), ("Duluth", "MN"))
ROLES = ("Staff Writer", "Staff Reporter", "Community Contributor", "Nearwell Contributor")
COMMENTERS = ("Gail from Eastside", "rob_t", "NeighborNell", "Dee W.", "hank1962")
COMMENTS = (
    "Thanks for covering this, nobody else did.",
    "Would love a follow-up once the council votes.",
    "I drove past there this morning and saw the crews.",
    "Same thing happened on our street two winters back.",
)


def nearwell(c: Ctx) -> tuple[Page, str | None, str | None]:
    rng, p, d = c.rng, Page(), c.day
    town, st = rng.choice(TOWNS)
    p.add_furniture(
        ["Nearwell", f"{town}, {st}", f"{rng.randint(20, 80)}°F {rng.choice(('Clear', 'Snow', 'Windy'))}", "Menu"],
        label_blank=False,
    )
    if rng.random() < 0.5:
        p.add_furniture([f"‹ {c.title[: rng.randint(18, 30)].rstrip()}…"], label_blank=False)
    p.blank()
    if rng.random() < 0.6:
        p.add_furniture([f"Turn on alerts for breaking news in {town}?", "Allow", "Not now"], label_blank=False)
        p.blank()
    p.add_furniture(["Nearwell uses cookies to keep you signed in and to count readers.", "OK"], label_blank=False)
    p.blank()
    p.text(c.title)
    if c.authors:
        form = rng.randrange(3)
        role = rng.choice(ROLES)
        if form == 0:
            p.meta(f"By {names_text(c.authors)}, {role}{'s' if len(c.authors) > 1 else ''}")
        elif form == 1:
            p.meta(f"{names_text(c.authors)} | {role}")
        else:
            p.meta(c.bare(names_text(c.authors), f"By {names_text(c.authors)}"))
    h, mi, ap = clock12(rng)
    if rng.random() < 0.5:
        p.meta(f"{d.month}/{d.day}/{d.year} {h}:{mi:02d} {ap}")
    else:
        p.meta(f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} at {h}:{mi:02d} {'a.m.' if ap == 'AM' else 'p.m.'}")
    if rng.random() < 0.5:
        p.meta(f"Updated {rng.choice(REL_TIMES)}")
    p.blank()
    boxes = [
        ["Nearwell Daybreak: local headlines at 6 a.m. every weekday", "Subscribe"],
        [
            f"Sponsored · {rng.choice(('Elm Street Hardware', 'Riverside Dental', 'Maple Auto Care'))}",
            "Winter deals for neighbors this week",
        ],
    ]
    p.body(c.pars, rng, blank=rng.random() < 0.6, inserts=rng.sample(boxes, rng.randint(1, 2)))
    n = rng.randint(1, 3)
    p.add_furniture([f"Neighbors' comments ({n + rng.randint(0, 20)})", "Write a comment…"], label_blank=False)
    for who, said in zip(rng.sample(COMMENTERS, n), rng.sample(COMMENTS, n), strict=True):
        p.add_furniture(
            [who, said, f"{rng.choice(('2h', '5h', '1d'))} · Reply · {rng.randint(0, 30)} ♥"], label_blank=False
        )
    p.blank()
    p.add_furniture([f"More near {town}"], label_blank=False)
    p.blank()
    for _ in range(rng.randint(3, 5)):
        _, t = c.rtitle()
        p.card(t, [f"{rng.choice(OUTLETS)} · {rng.choice(REL_TIMES)}"])
        p.blank()
    p.add_furniture([f"Nearwell for {town}", "Advertise with us", "Privacy", "Contact the newsroom"], label_blank=False)
    return p, c.m["date"], "Nearwell"


READER_HEADS = (
    "How it started",
    "What comes next",
    "BY THE NUMBERS",
    "The response",
    "A closer look",
    "WHAT THEY SAID",
    "Room for doubt",
    "The bigger picture",
)
CREW = ("Nadia Ferro", "Tomasz Wren", "Lucía Abad", "Owen Strick", "Priya Nandakumar")


def readerview(c: Ctx) -> tuple[Page, str | None, str | None]:
    rng, p, d = c.rng, Page(), c.day
    p.add_furniture(["Done", "Aa", "Listen", "Save", "Share"], label_blank=False)
    p.blank()
    p.text(c.title)
    p.add_furniture([rng.choice(OUTLETS)], label_blank=False)
    if c.authors:
        if rng.random() < 0.5:
            p.meta("BY " + names_text(c.authors).upper())
        else:
            p.meta(c.bare(names_text(c.authors), f"Words by {names_text(c.authors)}"))
    dated: str | None = c.m["date"]
    style = rng.randrange(3)
    if style == 0:
        p.meta(
            f"{DAYS[d.weekday()][:3]} {d.day} {SHORT_MONTHS[d.month - 1]} {d.year} · "
            f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        )
    elif style == 1:
        p.meta(f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}")
    else:
        dated = None
        p.meta(rng.choice(("2d", "6h", "1w", "Yesterday")))
    p.add_furniture([f"Estimated reading time: {rng.randint(3, 15)} minutes"], label_blank=False)
    p.blank()
    heads = rng.sample(READER_HEADS, rng.randint(0, 3))
    p.body(c.pars, rng, blank=False, subheads=heads)
    a, b = rng.sample(CREW, 2)
    p.add_furniture([f"Produced by {a}. Fact-checked by {b}."], label_blank=False)
    p.blank()
    p.add_furniture(["Up next in your queue"], label_blank=False)
    p.blank()
    for _ in range(rng.randint(1, 2)):
        p.carry(
            c.take(),
            c.meta,
            c.truth,
            rng,
            head=[],
            after_title=[f"{rng.choice(OUTLETS)} · {rng.randint(3, 12)} min"],
            junk=["Scroll for more"] * rng.randint(0, 1),
            blank=False,
        )
    p.add_furniture(["Related reading"], label_blank=False)
    p.blank()
    for _ in range(rng.randint(2, 3)):
        rid, t = c.rtitle()
        p.card(t, [], teaser_of(c.truth[rid]["body"], rng))
        p.blank()
    p.add_furniture(["Report an issue with this article", "Text settings"], label_blank=False)
    return p, dated, None


LAYOUTS = {
    "hearthpage": hearthpage,
    "pinfold": pinfold,
    "crosswire": crosswire,
    "nearwell": nearwell,
    "readerview": readerview,
}


# -------------------------------------------------------------------------------------------- set ----


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    meta, truth = read_naeb(SHARED / "corpus" / "naeb")
    used = used_main_ids(SHARED / "corpus" / "aggregator" / "labels.json")
    rng = random.Random(seed)
    free = sorted(set(meta) - used)
    rng.shuffle(free)
    if len(free) < per_layout * len(TEMPLATES):
        raise SystemExit(f"only {len(free)} free NAEB articles for {per_layout} pages a layout")
    pool = sorted(meta)
    texts: dict[str, str] = {}
    truths: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for t_index, template in enumerate(TEMPLATES):
        for nid in free[t_index * per_layout : (t_index + 1) * per_layout]:
            ctx = Ctx(nid, meta, truth, pool, rng)
            page, dated, site = LAYOUTS[template](ctx)
            pid = hashlib.sha1(f"h14:{seed}:{template}:{nid}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truths[pid] = {"url": meta[nid]["url"], "body": truth[nid]["body"]}
            labels[pid] = page.labels(
                template=template,
                naeb=nid,
                url=meta[nid]["url"],
                title=ctx.title,
                authors=ctx.authors,
                date=dated,
                site=site,
            )
    return texts, truths, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

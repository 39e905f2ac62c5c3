"""Held-out aggregator pages, eighth independent generator (issue 11): five invented British aggregators.

Written without reading the converter or the other generators, to measure the text-dump converter on layouts
nobody has tuned on.  The register is a busy British commercial web: terse labels, day-first dates, "2.05pm"
clock times, "Centre" and "Advert".  Main articles are NAEB articles the shared aggregator set does not use as
main articles; related and carried articles are any other NAEB articles.  Every wording below is this file's own.

Layouts (the `template` label):

- `hubbub`: portal start page.  Menu, "Search Hubbub", town weather, a consent box (top or bottom), outlet chip
  with "+ Follow", "Story by" / "for Outlet" / bare-name bylines, long or "2.05pm" dates or hours-ago only, read
  time and image credit, adverts in the body, an in-body "Related:" link, a reactions poll, share row, "More for
  you" cards (title, outlet and age) or a numbered "Trending" list, then stories of the feed carried in full
  under "Keep scrolling" with their own outlet, credit and junk lines; markets ticker, footer.
- `foldout`: social magazine of curated "folds".  App prompt, "Added to <fold> by @handle" or "Curated by
  <name>" (a curator, not an author), "Outlet / Section" kicker, short or relative dates, paragraphs one a line
  with no blank lines, run-in subheadings (some in capitals) glued to the paragraph before, the byline at the
  end ("Text by", "Story —", "By X, for Outlet"), a cover credit, hearts and notes, 1-2 carried stories one
  paragraph a line with "Keep reading" lines inside, "More in this fold" title + teaser cards.
- `sidelight`: coverage comparer.  "Filed under" chips, outlet count and a left/centre/right tally under the
  title or after the story, a reproduction notice, "Source: Outlet", "Reporter:" or "Name | Outlet" bylines,
  ISO or "Published ... · Updated ..." dates or "Published N hours ago", a sponsored line in the body, a
  "How others covered it" list (lean and outlet, title, age), a title-only "Also in this story" list.
- `pumpline`: local news app.  Town, weather, a cookie bar, a "LOCAL" kicker, "By X" or name over a role line,
  slash day-first dates ("Fri 22/12/2023 14:05") or ordinals or "Updated N hrs ago", an advert and a newsletter
  box in the body, some run-in subheadings, readers' comments with names, ages and buttons, "More from <town>"
  (title, outlet, age), sometimes a numbered "Most read" list.
- `reader`: in-app reader that never names itself (site label null).  Toolbar, outlet line, bare byline or
  "Name, Outlet", "Dec 22 2023, 2:05 PM" or "22 Dec 2023" or "Yesterday, 14:05", a listen bar, run-in
  subheadings, "Edited by" / "Produced by" sign-offs (not authors), 1-2 carried stories under "Keep reading",
  a "More on this" title + teaser list.

Usage (from the repository root):

    python train/aggregator_holdout8.py --out OUT --seeds 1 2 3 [--per-layout 11]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}
"""

from __future__ import annotations

import datetime
import hashlib
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

OUTLETS = (
    "Harbour Herald",
    "The Midland Courier",
    "Westgate Post",
    "Fenland Times",
    "Capital Wire",
    "The Daily Ledger",
    "North Sea Monitor",
    "Valley Gazette",
    "Sterling Business Review",
    "The Lantern",
    "Cross Keys Chronicle",
    "Meridian Wire",
    "The Evening Signal",
    "Pennine Press",
)
CO_AUTHORS = ("Harriet Okafor", "Tomasz Wren", "Aileen MacRae", "Dev Raghavan", "Siobhan Pryce", "Callum Ashdown")
PEOPLE = ("Nell Hartigan", "Rhys Mabbott", "Oona Fairlie", "Kwame Asante", "Bethan Lloyd", "Marcus Thorne")
HANDLES = ("@longreadlou", "@tidewatcher", "@marginalia_jo", "@quietdesk", "@fieldnotes_sam", "@ink_and_rain")
TOWNS = ("Stockport", "Kendal", "Bury St Edmunds", "Lowestoft", "Wrexham", "Dunfermline", "Barnstaple", "Hexham")
WEATHER = ("Light rain", "Sunny intervals", "Overcast", "Drizzle", "Clear", "Windy")
SUBHEADS = (
    "Counting the cost",
    "Where it goes from here",
    "Under the bonnet",
    "The backstory",
    "Mixed signals",
    "A second opinion",
    "On the ground",
    "Not so fast",
    "What the critics say",
    "Reading between the lines",
    "Money talks",
    "The human side",
)
CAPS_SUBHEADS = ("WHAT THEY SAID", "THE CATCH", "NEXT STEPS", "IN CONTEXT")
PARA_END = re.compile(r"[.!?\"”’)]$")


# ------------------------------------------------------------------ articles ----


@dataclass
class Article:
    aid: str
    title: str
    authors: list[str]
    date: datetime.date
    url: str
    paras: list[list[str]]  # paragraphs, each its rendered lines

    @property
    def truth(self) -> str:
        return "\n\n".join("\n".join(p) for p in self.paras)

    @property
    def size(self) -> int:
        return len(self.truth)


def load_articles() -> dict[str, Article]:
    meta, truth = read_naeb(NAEB)
    out = {}
    for aid in sorted(meta):
        paras = []
        for p in truth[aid]["body"].split("\n\n"):
            lines = [x.strip() for x in p.split("\n") if x.strip()]
            if lines:
                paras.append(lines)
        m = meta[aid]
        out[aid] = Article(
            aid, m["title"].strip(), list(m["authors"] or []), datetime.date.fromisoformat(m["date"]), m["url"], paras
        )
    return out


def first_sentence(a: Article) -> str:
    line = a.paras[0][0]
    m = re.search(r"[.!?][\"”’]?\s", line[20:])
    s = line[: 20 + m.end()].strip() if m else line
    if len(s) > 220:
        s = s[:220].rsplit(" ", 1)[0]
    return s


def teaser(a: Article, rng: random.Random) -> str:
    text = " ".join(a.paras[0])
    limit = rng.randint(110, 150)
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# ---------------------------------------------------------------- formatting ----


def clock24(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


def clock12(rng: random.Random, *, dot: bool = True) -> str:
    h, m = rng.randint(6, 22), rng.randint(0, 59)
    suffix = "pm" if h >= 12 else "am"
    h12 = h - 12 if h > 12 else h
    return f"{h12}.{m:02d}{suffix}" if dot else f"{h12}:{m:02d} {suffix.upper()}"


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ago(rng: random.Random, style: str) -> str:
    n_h, n_m = rng.randint(1, 20), rng.randint(2, 55)
    hours = rng.random() < 0.7
    forms = {
        "long": f"{n_h} hours ago" if hours else f"{n_m} minutes ago",
        "short": f"{n_h}h" if hours else f"{n_m}m",
        "hrs": f"{n_h} hrs ago" if hours else f"{n_m} mins ago",
        "tiny": f"{n_h}h ago" if hours else f"{n_m}m ago",
    }
    if rng.random() < 0.12:
        return {"long": "Yesterday", "short": "1d", "hrs": "Yesterday", "tiny": "1d ago"}[style]
    return forms[style]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.casefold()).strip(" .,:;!?\"'“”‘’()[]-—–·|")


def in_text(line: str, texts: Sequence[Article]) -> bool:
    """Whether a page line could be read as article text: a whole line of one of `texts`, or, when longer than 12
    characters, inside one (the scorer's test for furniture and bylines left in a body)."""
    n = _norm(line)
    for a in texts:
        lines = [_norm(x) for p in a.paras for x in p]
        if n in lines or (len(line.strip()) > 12 and n in " ".join(lines)):
            return True
    return False


def names(authors: Sequence[str]) -> str:
    if len(authors) <= 1:
        return "".join(authors)
    return ", ".join(authors[:-1]) + " and " + authors[-1]


# ---------------------------------------------------------------------- page ----


@dataclass
class Page(PageLines):
    art: Article
    rng: random.Random
    layout: str
    site: str | None
    authors: list[str] = field(default_factory=list)
    date: str | None = None

    def fur(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)

    def title(self) -> None:
        self.text(self.art.title)

    def body(
        self,
        *,
        blank: bool,
        inserts: dict[int, list[str]] | None = None,
        subheads: int = 0,
        caps: bool = False,
        links: dict[int, Article] | None = None,
    ) -> None:
        """The main article's paragraphs; `inserts` puts furniture lines before paragraph i; `subheads` glues
        that many run-in subheadings to the end of paragraphs that end a sentence; `links` puts a "Related:" link to
        another article before paragraph i (its title is a related title, the line no furniture)."""
        paras = [list(p) for p in self.art.paras]
        candidates = [
            i
            for i in range(1, len(paras) - 1)
            if len(paras[i][-1]) > 80 and PARA_END.search(paras[i][-1]) and len(paras[i + 1][0]) > 60
        ]
        picks = sorted(self.rng.sample(candidates, min(subheads, len(candidates))))
        words = list(SUBHEADS)
        if caps:
            words += CAPS_SUBHEADS
        heads = self.rng.sample(words, len(picks))
        for i, h in zip(picks, heads, strict=True):
            paras[i][-1] = paras[i][-1] + " " + h
            self.subheadings.append(h)
        for i, p in enumerate(paras):
            if inserts and i in inserts:
                if blank:
                    self.blank()
                self.fur(*inserts[i])
                if blank:
                    self.blank()
            if links and i in links:
                self.text(f"Related: {links[i].title}")
                self.related.append(links[i].title)
                if blank:
                    self.blank()
            self.text(*p)
            if blank:
                self.blank()

    def related_title(self, a: Article) -> None:
        self.text(a.title)
        self.related.append(a.title)

    def teaser_line(self, a: Article) -> None:
        t = teaser(a, self.rng)
        self.text(t)
        self.teasers.append(t)

    def carried(self, a: Article, *, blank: bool, junk: Sequence[str]) -> None:
        """A related article in full; junk lines go between its paragraphs."""
        self.embedded.append({"title": a.title, "first_sentence": first_sentence(a), "naeb": a.aid})
        slots = list(range(1, len(a.paras)))
        picks = set(self.rng.sample(slots, min(len(junk), len(slots))))
        it = iter(junk)
        for i, p in enumerate(a.paras):
            if i in picks:
                self.fur(next(it))
                if blank:
                    self.blank()
            self.text(*p)
            if blank:
                self.blank()


def inserts_at(rng: random.Random, n_paras: int, groups: Sequence[list[str]]) -> dict[int, list[str]]:
    slots = list(range(2, max(3, n_paras - 1)))
    picks = sorted(rng.sample(slots, min(len(groups), len(slots))))
    return dict(zip(picks, groups, strict=False))


def byline_authors(p: Page) -> list[str]:
    """The names a page credits: NAEB's authors, sometimes with an invented co-author."""
    authors = list(p.art.authors)
    if len(authors) == 1 and p.rng.random() < 0.12:
        authors.append(p.rng.choice(CO_AUTHORS))
    p.authors = authors
    return authors


# ------------------------------------------------------------------- hubbub ----


def hubbub(p: Page, pool: Pool) -> None:
    rng = p.rng
    outlet = rng.choice(OUTLETS)
    menu = ["Home", "News", "Sport", "Money", "Entertainment", "Weather", "Shopping", "Horoscopes", "Mail"]
    top = ["Skip to main content"] if rng.random() < 0.5 else []
    p.fur(*top, "Hubbub", *rng.sample(menu, rng.randint(5, 8)), "Sign in", "Search Hubbub")
    p.fur(f"{rng.choice(TOWNS)} {rng.randint(2, 14)}°C")
    p.blank()
    consent = [
        f"Hubbub and {rng.randint(90, 240)} partners use cookies and device identifiers to show you news and adverts "
        "that suit you, to see how our services are used and to improve them. You can change your mind at any "
        "time under Privacy settings.",
        "Accept and continue",
        "Set preferences",
        "Refuse non-essential",
    ]
    consent_top = rng.random() < 0.6
    if consent_top:
        p.fur(*consent)
        p.blank()
    if rng.random() < 0.4:
        p.fur(rng.choice(["News › UK", "News › World", "Money › Business", "Lifestyle › Tech"]))
    p.fur(outlet, rng.choice(["+ Follow", "Follow"]))
    p.title()
    authors = byline_authors(p)
    rel = rng.random() < 0.3
    date_line = (
        rng.choice(["", "Updated "]) + ago(rng, "long")
        if rel
        else rng.choice(
            [
                f"{p.art.date.day} {MONTHS[p.art.date.month - 1]} {p.art.date.year}, {clock12(rng)}",
                f"{DAYS[p.art.date.weekday()][:3]} {p.art.date.day} {MONTHS[p.art.date.month - 1][:3]} "
                f"{p.art.date.year} at {clock24(rng)}",
            ]
        )
    )
    p.date = None if rel else p.art.date.isoformat()
    form = rng.randrange(3)
    if authors and form == 0:
        p.meta(f"Story by {names(authors)}")
        p.meta(date_line)
    elif authors and form == 1:
        p.meta(f"{names(authors)} for {outlet}")
        p.meta(date_line)
    elif authors:
        p.meta(f"{names(authors)} · {date_line}")
    else:
        p.meta(date_line)
    if rng.random() < 0.6:
        p.fur(f"{max(2, p.art.size // 1100)} min read")
    if rng.random() < 0.4:
        p.fur(rng.choice(["Image credit: PA Media", "Image: Getty Images", "Photograph: Alamy"]))
    p.blank()
    groups = [["Advert"], ["Scroll to keep reading"]][: rng.randint(1, 2)]
    ins = inserts_at(rng, len(p.art.paras), groups)
    free = [i for i in range(1, len(p.art.paras)) if i not in ins]
    links = {rng.choice(free): pool.take(1)[0]} if free and rng.random() < 0.7 else {}
    p.body(blank=True, inserts=ins, links=links)
    p.fur(f"View the original on {outlet}")
    p.blank()
    if rng.random() < 0.7:
        p.fur("How does this story make you feel?")
        for mood in rng.sample(["Informed", "Happy", "Sad", "Angry", "Surprised"], 4):
            p.fur(f"{mood} {rng.randint(0, 400)}")
        p.blank()
    p.fur("Share", "Email", "Copy link")
    p.blank()
    if rng.random() < 0.5:
        p.fur("More for you")
        for a in pool.take(rng.randint(3, 5)):
            p.related_title(a)
            p.fur(f"{rng.choice(OUTLETS)} · {ago(rng, 'long')}")
        p.blank()
    else:
        p.fur("Trending on Hubbub")
        for i, a in enumerate(pool.take(rng.randint(3, 5)), 1):
            p.fur(f"{i:02d}")
            p.related_title(a)
        p.blank()
    if rng.random() < 0.3:
        p.fur("Video", f"Watch: {rng.choice(['Storm batters seafront', 'Queues form for January sales'])}", "1:42")
        p.blank()
    if rng.random() < 0.65:
        p.fur("Keep scrolling")
        p.blank()
        for a in pool.take_carried(rng.randint(1, 2)):
            p.fur(rng.choice(OUTLETS))
            p.related_title(a)
            if a.authors:
                p.fur(f"Story by {names(a.authors)}")
            p.fur(ago(rng, "long"))
            p.blank()
            p.carried(a, blank=True, junk=["Advert", "Continue reading"][: rng.randint(1, 2)])
            p.fur("Carry on reading")
            p.blank()
    if rng.random() < 0.5:
        p.fur(f"FTSE 100 7,{rng.randint(400, 799)}.{rng.randint(10, 99)} {rng.choice('+-')}0.{rng.randint(10, 99)}%")
    if not consent_top:
        p.fur(*consent)
        p.blank()
    p.fur(
        "© 2024 Hubbub Media Ltd",
        "Terms",
        "Privacy and cookies",
        "Advertise with us",
        "Accessibility",
        "Contact us",
    )


# ------------------------------------------------------------------- foldout ----


def foldout(p: Page, pool: Pool) -> None:
    rng = p.rng
    outlet = rng.choice(OUTLETS)
    fold = rng.choice(["Weekend Longreads", "Slow Money", "Tech I Actually Read", "Morning Coffee", "Big Ideas"])
    p.fur("foldout", "Discover", "Your folds", "Sign up", "Log in")
    p.blank()
    if rng.random() < 0.7:
        p.fur(
            "Read this on the Foldout app and pick up where you left off on any device.",
            "Use the app",
            "Stay on web",
        )
        p.blank()
    curator = rng.random() < 0.5
    if curator:
        p.fur(f"Curated by {rng.choice(PEOPLE)}", f"{rng.randint(2, 40)}.{rng.randint(1, 9)}k followers")
    else:
        p.fur(f"Added to {fold} by {rng.choice(HANDLES)}")
    p.fur(f"{outlet} / {rng.choice(['Science', 'Culture', 'Business', 'Technology', 'World', 'Sport'])}")
    p.title()
    rel = rng.random() < 0.35
    d = p.art.date
    if rel:
        p.meta(ago(rng, "short"))
    else:
        p.meta(rng.choice([f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"]))
        p.date = d.isoformat()
    if rng.random() < 0.5:
        p.fur(f"Cover: {rng.choice(PEOPLE)} / {rng.choice(['Reuters', 'Shutterstock', 'Foldout'])}")
    p.blank()
    n_sub = rng.randint(1, 3) if len(p.art.paras) > 5 else rng.randint(0, 1)
    ins = inserts_at(rng, len(p.art.paras), [["Sponsored fold"]] if rng.random() < 0.5 else [])
    p.body(blank=False, inserts=ins, subheads=n_sub, caps=rng.random() < 0.4)
    p.blank()
    authors = byline_authors(p)
    if authors:
        p.meta(
            rng.choice([f"Text by {names(authors)}", f"Story — {names(authors)}", f"By {names(authors)}, for {outlet}"])
        )
    p.fur(f"♥ {rng.randint(3, 900)}", f"{rng.randint(0, 60)} notes", "Save", "Refold", "Share")
    p.blank()
    if rng.random() < 0.75:
        p.fur(f"Next in {fold}")
        p.blank()
        for a in pool.take_carried(rng.randint(1, 2)):
            p.related_title(a)
            p.fur(f"{rng.choice(OUTLETS)} · {ago(rng, 'short')}")
            p.carried(a, blank=False, junk=["Keep reading ▾", "Sponsored fold"][: rng.randint(1, 2)])
            p.fur(f"♥ {rng.randint(3, 300)} · {rng.randint(0, 30)} notes")
            p.blank()
    p.fur("More in this fold")
    p.blank()
    for a in pool.take(rng.randint(2, 4)):
        p.related_title(a)
        if rng.random() < 0.8:
            p.teaser_line(a)
        p.blank()
    p.fur("Foldout for iOS", "Foldout for Android", "About", "Guidelines", "Privacy", "© Foldout Labs 2024")


# ----------------------------------------------------------------- sidelight ----


def sidelight(p: Page, pool: Pool) -> None:
    rng = p.rng
    outlet = rng.choice(OUTLETS)
    if rng.random() < 0.5:
        p.fur("Sidelight")
    p.fur(*rng.sample(["Today", "Stories", "Balance", "Local", "Topics", "Newsletters", "Pricing"], 5))
    p.fur("Sign in to Sidelight" if rng.random() < 0.5 else "Sign in")
    p.blank()
    p.fur(f"Filed under: {' · '.join(rng.sample(['Economy', 'UK', 'Politics', 'Tech', 'Health', 'Culture'], 2))}")
    p.title()
    tally_top = rng.random() < 0.5
    left, right = rng.randint(5, 40), rng.randint(5, 40)
    tally = [
        f"Covered by {rng.randint(8, 140)} outlets",
        f"Left {left}% | Centre {100 - left - right}% | Right {right}%",
    ]
    if tally_top:
        p.fur(*tally)
    p.blank()
    p.fur(f"Source: {outlet}")
    authors = byline_authors(p)
    if authors:
        p.meta(rng.choice([f"Reporter: {names(authors)}", f"{names(authors)} | {outlet}", f"By {names(authors)}"]))
    d = p.art.date
    upd = d + datetime.timedelta(days=rng.randint(0, 2))
    form = rng.randrange(4)
    if form == 0:
        p.meta(f"{d.isoformat()} {clock24(rng)} GMT")
    elif form == 1:
        p.meta(f"Published {d.day} {MONTHS[d.month - 1][:3]} {d.year} · Updated {upd.day} {MONTHS[upd.month - 1][:3]}")
    elif form == 2:
        p.meta(f"Published {d.day} {MONTHS[d.month - 1]} {d.year}")
        p.meta(f"Updated {upd.day} {MONTHS[upd.month - 1]} {upd.year}, {clock24(rng)}")
    else:
        p.meta(f"Published {ago(rng, 'long')}")
    p.date = None if form == 3 else d.isoformat()
    p.fur("Reproduced from the source. Lean ratings come from three independent media monitors.")
    p.blank()
    ins = inserts_at(rng, len(p.art.paras), [["Sponsored", "Switch energy supplier in five minutes"]])
    p.body(blank=True, inserts=ins if rng.random() < 0.6 else None)
    if not tally_top:
        p.fur("Coverage breakdown", *tally)
        p.blank()
    p.fur("Share", "Save story", "Report an issue")
    p.blank()
    p.fur("How others covered it")
    for a in pool.take(rng.randint(2, 5)):
        p.fur(f"{rng.choice(['LEFT', 'CENTRE', 'RIGHT'])} · {rng.choice(OUTLETS)}")
        p.related_title(a)
        p.fur(ago(rng, "hrs"))
    p.blank()
    if rng.random() < 0.7:
        p.fur("Also in this story")
        for a in pool.take(rng.randint(2, 4)):
            p.related_title(a)
        p.blank()
    p.fur("About our ratings", "Methodology", "© Sidelight Ltd 2024")


# ------------------------------------------------------------------ pumpline ----


def pumpline(p: Page, pool: Pool) -> None:
    rng = p.rng
    town = rng.choice(TOWNS)
    p.fur("Pumpline", f"Your town: {town}", f"{rng.randint(1, 14)}°C {rng.choice(WEATHER)}")
    p.fur(*rng.sample(["News", "What's on", "Property", "Jobs", "Notices", "Sport", "Traffic"], 5))
    p.blank()
    if rng.random() < 0.7:
        p.fur(
            "We use cookies to keep you signed in and to count visits. More in our cookie policy.",
            "OK",
            "Settings",
        )
        p.blank()
    if rng.random() < 0.6:
        p.fur("LOCAL")
    p.title()
    authors = byline_authors(p)
    if authors:
        if rng.random() < 0.5 or in_text(names(authors), [p.art]):
            p.meta(f"By {names(authors)}")
        else:
            p.meta(names(authors))
            p.fur(rng.choice(["Senior reporter", "Community correspondent", "Local democracy reporter"]))
    d = p.art.date
    form = rng.randrange(4)
    if form == 0:
        p.meta(f"{DAYS[d.weekday()][:3]} {d.day:02d}/{d.month:02d}/{d.year} {clock24(rng)}")
    elif form == 1:
        p.meta(f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}")
    elif form == 2:
        p.meta(f"{d.day} {MONTHS[d.month - 1][:3]} {d.year} · {clock12(rng)}")
    else:
        p.meta(f"Updated {ago(rng, 'hrs')}")
    p.date = None if form == 3 else d.isoformat()
    n_comments = rng.randint(0, 3)
    p.fur(f"{n_comments} comments" if n_comments else "Be the first to comment")
    p.blank()
    groups = [["ADVERTISEMENT"]]
    if rng.random() < 0.7:
        groups.append(
            [
                f"Get the {town} Morning Brief",
                "Local headlines in your inbox at 7am, every weekday.",
                "Enter your email",
                "Sign me up",
            ]
        )
    rng.shuffle(groups)
    p.body(blank=True, inserts=inserts_at(rng, len(p.art.paras), groups), subheads=rng.choice([0, 0, 1, 2]))
    if n_comments:
        p.fur(f"Comments ({n_comments})", "Sort by: Newest")
        remarks = [
            "About time someone looked into this properly.",
            "My neighbour said the same thing last week, nobody listened.",
            "Not convinced, but thanks for reporting it.",
            "Is there a council meeting on this? Would like to go.",
        ]
        for remark in rng.sample(remarks, n_comments):
            p.fur(rng.choice(["Wendy_B", "oldtownbloke", "K. Marsh", "cyclist_77", "Priya from Northgate"]))
            p.fur(ago(rng, "hrs"), remark, "Reply", "Report")
        p.blank()
    else:
        p.fur("Add a comment", "Post")
        p.blank()
    p.fur(f"More from {town}")
    for a in pool.take(rng.randint(2, 4)):
        p.related_title(a)
        p.fur(f"{rng.choice(OUTLETS)}, {ago(rng, 'hrs')}")
    p.blank()
    if rng.random() < 0.4:
        p.fur("Most read")
        for i, a in enumerate(pool.take(3), 1):
            p.text(f"{i}. {a.title}")
            p.related.append(a.title)
        p.blank()
    p.fur("Pumpline © 2024 Pumpline Local Ltd", "Write for us", "Corrections", "Privacy")


# -------------------------------------------------------------------- reader ----


def reader(p: Page, pool: Pool) -> None:
    rng = p.rng
    outlet = rng.choice(OUTLETS)
    p.fur("‹ Back", "Aa", "Listen", "Save", "Share")
    p.blank()
    p.fur(outlet)
    p.title()
    authors = byline_authors(p)
    d = p.art.date
    form = rng.randrange(3)
    date_line = (
        f"{MONTHS[d.month - 1][:3]} {d.day} {d.year}, {clock12(rng, dot=False)}"
        if form == 0
        else f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
        if form == 1
        else f"Yesterday, {clock24(rng)}"
        if rng.random() < 0.5
        else ago(rng, "tiny")
    )
    p.date = None if form == 2 else d.isoformat()
    bare = names(authors) if not in_text(names(authors), [p.art]) else f"{names(authors)}, {outlet}"
    if authors and rng.random() < 0.5:
        p.meta(rng.choice([bare, f"{names(authors)}, {outlet}"]))
        p.meta(date_line)
    elif authors:
        p.meta(date_line)
        p.meta(bare)
    else:
        p.meta(date_line)
    if rng.random() < 0.6:
        p.fur(f"▶ Listen · {max(2, p.art.size // 1000)} min")
    p.blank()
    n_sub = rng.randint(1, 3) if len(p.art.paras) > 4 else 0
    ins = inserts_at(rng, len(p.art.paras), [["Continue reading below"], ["— Sponsored —"]][: rng.randint(0, 2)])
    p.body(blank=True, inserts=ins, subheads=n_sub)
    if rng.random() < 0.7:
        p.fur(rng.choice([f"Edited by {rng.choice(PEOPLE)}", f"Produced by {rng.choice(PEOPLE)}"]))
        p.blank()
    if rng.random() < 0.7:
        p.fur("Keep reading")
        p.blank()
        for a in pool.take_carried(rng.randint(1, 2)):
            p.related_title(a)
            p.fur(rng.choice(OUTLETS))
            p.blank()
            p.carried(a, blank=True, junk=["Continue reading below"][: rng.randint(0, 1)])
    p.fur("More on this")
    p.blank()
    for a in pool.take(rng.randint(2, 4)):
        p.related_title(a)
        if rng.random() < 0.6:
            p.teaser_line(a)
        p.blank()
    p.fur("Report a problem", "Text settings")


# ---------------------------------------------------------------------- sets ----


class Pool:
    """Related articles for one page: any NAEB article but the main one, each at most once a page."""

    def __init__(self, arts: dict[str, Article], main: str, rng: random.Random) -> None:
        self.order = [a for a in sorted(arts) if a != main and arts[a].title != arts[main].title]
        rng.shuffle(self.order)
        self.arts = arts

    def take(self, n: int) -> list[Article]:
        out, self.order = self.order[:n], self.order[n:]
        return [self.arts[a] for a in out]

    def take_carried(self, n: int) -> list[Article]:
        fit = [a for a in self.order if 2 <= len(self.arts[a].paras) <= 30 and self.arts[a].size <= 7000][:n]
        self.order = [a for a in self.order if a not in fit]
        return [self.arts[a] for a in fit]


LAYOUTS: dict[str, tuple[Callable[[Page, Pool], None], str | None]] = {
    "hubbub": (hubbub, "Hubbub"),
    "foldout": (foldout, "Foldout"),
    "sidelight": (sidelight, "Sidelight"),
    "pumpline": (pumpline, "Pumpline"),
    "reader": (reader, None),
}


def page_for(layout: str, art: Article, arts: dict[str, Article], rng: random.Random) -> Page:
    build, site = LAYOUTS[layout]
    p = Page(art=art, rng=rng, layout=layout, site=site)
    build(p, Pool(arts, art.aid, rng))
    return p


def texts_of(p: Page, arts: dict[str, Article]) -> list[Article]:
    return [p.art] + [arts[e["naeb"]] for e in p.embedded]


def build_seed(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    arts = load_articles()
    used = used_main_ids(SHARED_LABELS)
    free = [a for a in sorted(arts) if a not in used]
    rng = random.Random(seed)
    rng.shuffle(free)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    k = 0
    for layout in LAYOUTS:
        for i in range(per_layout):
            art = arts[free[k % len(free)]]
            k += 1
            p = page_for(layout, art, arts, rng)
            pid = hashlib.sha1(f"h8-{seed}-{layout}-{i}-{art.aid}".encode()).hexdigest()[:16]
            texts[pid] = p.dump()
            truth[pid] = {"url": art.url, "body": art.truth}
            labels[pid] = {
                "template": layout,
                "naeb": art.aid,
                "url": art.url,
                "title": art.title,
                "authors": p.authors,
                "date": p.date,
                "site": p.site,
                "related": p.related,
                "teasers": p.teasers,
                "embedded": p.embedded,
                "subheadings": p.subheadings,
                # a UI line that is also a line of the article texts (a menu word a story has as a line) is no label
                "furniture": [f for f in dict.fromkeys(p.furniture) if not in_text(f, texts_of(p, arts))],
                "meta_lines": p.meta_lines,
            }
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build_seed, argv, __doc__, per_layout=11)


if __name__ == "__main__":
    sys.exit(main())

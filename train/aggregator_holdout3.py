#!/usr/bin/env python3
"""Third held-out generator of aggregator pages (issue 11): five layouts nobody has tuned on.

Its seed-1 pages can be added to the text-dump models' training data (`train/textdump_train.py --generated`;
an experiment that made the held-out aggregator_holdout5/6 figures worse: see textdump_data.GENERATED_WEIGHT).
Its wordings never go into converter/'s rules.

Builds text dumps of news-aggregator article pages, as a browser's innerText would give them, from NAEB
articles (../shared/corpus/naeb), in exactly the shared aggregator set's formats (read
../shared/corpus/aggregator/README.md and ../shared/eval/check_aggregator.py), so that
check_aggregator.py and score.py measure the converter on layouts it was never fixed against.

    python train/aggregator_holdout3.py --out OUT --seeds 1 2 3 [--per-layout 11]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}

Main articles are NAEB articles the shared set does not use as main articles (its labels.json `naeb`
field); related and carried articles are any other NAEB articles.  Every wording (menus, prompts, byline
and date formats, headings, site names) lives in this file only.  Authors are NAEB's (some are agencies or
institutions, "Associated Press", "University of Tokyo": labelled as NAEB gives them); a page with no
byline has no authors.  Articles longer than 40 paragraphs are cut ("Continue reading on HOST"), carried
ones at 14; the truth is what the page shows.  More pages than free articles: mains go round again.
The five layouts:

- `dashpoint` (portal start page): search bar, weather and ticker; location-permission prompt; the
  publisher as a host chip; `Written by`, `A | host | date` or no byline; US dates (`Dec 22, 2023, 2:37 PM`,
  `12/22/2023`) or relative ones (`3h`, `Updated 45m ago`); "Sponsored content" blocks in the body;
  a numbered `Most viewed` list (rank line, then title); the next stories of the feed carried in full
  after a `Keep scrolling` divider, with their own host, byline and time lines and ad lines inside.
- `quillo` (social magazine): install sheet, curator credit (`Picked by ... for ...`: not an author),
  publisher host line, title, paragraphs one a line with run-in subheadings glued to the paragraph before (some
  in capitals, some ending in a colon), a photo credit, the byline after the body (`Text by`, `Story —`),
  the date at the top or beside the byline, `Saves`/`Reshare` counters, related cards (outlet, title,
  teaser), 1-2 stories of the same collection carried in full, each as a title line and paragraphs.
- `lensrow` (coverage comparer): logo line, "N outlets" counts and a lean bar under the title or after
  the story, `Reporting: NAME · host` or a bare name line, `Published ... · Updated ...` dates in words, relative
  `First seen 6 hours ago`, an automated-digest notice; a comparison list (lean label, outlet, title) and
  a title-only `Also developing` list; names itself in the logo and in phrases.
- `porchlight` (local news app): neighbourhood and weather header, notification prompt, `Reported by`,
  `NAME · Neighbourhood reporter` or `From NAME`; day-first slashed dates (`22/12/2023 at 14:37`), some
  only at the foot of the page under the related list; relative `2 hrs`; a morning-brief signup and
  local ads inside the body; neighbours' replies; `Nearby` list (title, then place · time); sometimes
  one nearby story carried in full.
- `reader` (in-app reader that never names itself: site null): reader controls (`Aa`, `Listen`),
  dates as `Friday, December 22, 2023` or `22 Dec 2023 · 14:37` or relative; byline at the top in capitals
  (`BY NAME`) or at the end (`Story by NAME. Edited by X.`: editors and fact-checkers are not authors);
  run-in subheadings; `In this briefing` title + teaser list; 1-2 stories carried in full after
  `Up next in your briefing`, each with a `Continues below` junk line inside.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aggregator_pages
from aggregator_pages import DAYS, MONTHS, PageLines, read_naeb, used_main_ids, write_set

SHARED = aggregator_pages.SHARED
MAX_PARAS = 40  # a longer article is cut ("continue at the source"): the truth is what the page shows
CARRIED_PARAS = 14

# ----------------------------------------------------------------- words ----

OUTLETS = [
    "The Harbor Ledger",
    "Mesa Daily Star",
    "Northfield Courier",
    "Granite State Wire",
    "The Evening Lantern",
    "Pacific Rim Report",
    "Old Mill Observer",
    "Capitol Brief",
    "The Saltmarsh Post",
    "Red River Herald",
    "Summit Business Journal",
    "Kettle Valley News",
    "The Civic Bulletin",
    "Metro Signal",
    "Blue Ridge Times",
]
SUBHEADS = [
    "What comes next",
    "A long road",
    "The numbers behind it",
    "Looking ahead",
    "Why it matters",
    "The backstory",
    "Reaction pours in",
    "A closer reading",
    "Lessons learned",
    "Room for doubt",
    "An uneasy truce",
    "Behind the scenes",
    "The bottom line",
    "Where things stand",
    "A turning point",
]
CURATORS = ["Mara Quint", "Tobias Fenn", "Ilse Varga", "Dev Okafor", "Ruth Anand", "Pablo Serra"]
EDITORS = ["Hollis Grant", "Neha Kapoor", "Colm Byrne", "Yara Haddad", "Sven Aalto", "Dana Oyelaran"]
COMMENTERS = ["maplegrove_mom", "Rick D.", "oldtowner88", "Carla from 5th St", "J. Petrakis", "bikelane_bob"]
COMMENTS = [
    "Finally someone is reporting on this.",
    "Does anyone know if this affects the east side too?",
    "Same thing happened on our street last year.",
    "I'll believe it when I see it.",
    "Thanks for sharing, very helpful.",
    "This is why we need more local coverage.",
]
PLACES = [
    ("Maple Heights", "Riverton"),
    ("Old Town", "Fairhaven"),
    ("Eastgate", "Brookfield"),
    ("Cedar Park", "Lakemont"),
    ("Southside", "Millbrook"),
]


# ------------------------------------------------------------ articles ----


@dataclass(frozen=True)
class Story:
    naeb: str
    title: str
    authors: list[str]
    date: str
    host: str
    url: str
    paras: list[str]


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def load_naeb(naeb_dir: Path) -> dict[str, Story]:
    meta, truth = read_naeb(naeb_dir)
    out = {}
    for nid in sorted(truth):
        m = meta[nid]
        paras = [clean(x) for x in truth[nid]["body"].split("\n")]
        host = re.sub(r"^www\.", "", str(m.get("site") or "")) or re.sub(
            r"^https?://(www\.)?([^/]+).*", r"\2", truth[nid]["url"]
        )
        out[nid] = Story(
            nid,
            clean(m["title"]),
            [clean(a) for a in m.get("authors") or []],
            m["date"],
            host,
            truth[nid]["url"],
            [p for p in paras if p],
        )
    return out


def first_sentence(para: str) -> str:
    m = re.match(r"(.+?[.!?][”’\"']?)(?:\s+[A-Z“\"‘(]|$)", para)
    s = m.group(1) if m else para
    if len(s) < 40:  # "WASHINGTON (AP) —" or "Ill." would match too much: take more of the paragraph
        s = para[:120]
    if len(s) > 200:
        s = s[:200].rsplit(" ", 1)[0]
    return s


def teaser_of(story: Story) -> str:
    text = " ".join(story.paras[:2])
    if len(text) <= 150:
        return text
    return text[:150].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# ---------------------------------------------------------------- page ----


@dataclass
class Page(PageLines):
    template: str
    site: str | None
    main: Story
    rng: random.Random
    body: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    title: str = ""
    carried_text: list[str] = field(default_factory=list)

    def ui(self, *lines: str) -> None:
        """UI lines: shown and labelled furniture (a blank one too)."""
        self.add_furniture(lines, label_blank=True)

    def rel(self, title: str) -> None:
        self.lines.append(title)
        self.related.append(title)

    def teaser(self, text: str) -> None:
        self.lines.append(text)
        self.teasers.append(text)


def cut(story: Story, limit: int) -> list[str]:
    return story.paras[:limit]


def body_lines(
    page: Page,
    paras: list[str],
    *,
    gap: bool,
    junk: list[list[str]],
    n_sub: int,
    caps: bool = False,
    colon: bool = False,
) -> None:
    """The main article's paragraphs: junk blocks between them, run-in subheadings glued to the end of
    the paragraph before (only after a paragraph that ends a sentence, so the glue is visible)."""
    rng = page.rng
    page.body = list(paras)
    slots = [i for i in range(2, len(paras) - 1) if re.search(r"[.!?”\"’)]$", paras[i - 1])]
    sub_at = set(rng.sample(slots, min(n_sub, len(slots)))) if len(paras) > 5 else set()
    junk_at = dict(zip(rng.sample(range(1, len(paras)), min(len(junk), len(paras) - 1)), junk, strict=False))
    heads = rng.sample(SUBHEADS, len(sub_at))
    shown = list(paras)
    for i, h in zip(sorted(sub_at), heads, strict=True):
        head = h.upper() if caps and rng.random() < 0.5 else h + (":" if colon and rng.random() < 0.4 else "")
        shown[i - 1] = shown[i - 1] + " " + head
        page.subheadings.append(head)
    for i, para in enumerate(shown):
        if i in junk_at:
            if gap:
                page.blank()
            page.ui(*junk_at[i])
            if gap:
                page.blank()
        page.lines.append(para)
        if gap:
            page.blank()


def carried(page: Page, story: Story, *, gap: bool, junk: list[list[str]]) -> None:
    """A related story carried in full (its title already shown by the caller): labels and text."""
    rng = page.rng
    paras = cut(story, CARRIED_PARAS)
    page.related.append(story.title)
    page.embedded.append({"title": story.title, "first_sentence": first_sentence(paras[0]), "naeb": story.naeb})
    page.carried_text.extend(paras)
    junk_at = dict(zip(rng.sample(range(1, len(paras)), min(len(junk), max(len(paras) - 1, 0))), junk, strict=False))
    for i, para in enumerate(paras):
        if i in junk_at:
            page.ui(*junk_at[i])
            if gap:
                page.blank()
        page.lines.append(para)
        if gap:
            page.blank()


def time_of(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(6, 23), rng.randrange(0, 60)


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def rel_time(rng: random.Random) -> str:
    return rng.choice(["12m", "40m", "1h", "3h", "5h", "9h", "20h", "1d", "2d"])


def outlet_time(rng: random.Random) -> str:
    return f"{rng.choice(OUTLETS)} · {rng.choice(['14 min', '1 hr', '3 hrs', '6 hrs', 'Yesterday', '2 days'])}"


def join_names(names: list[str], sep_last: str = " and ") -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + sep_last + names[-1]


# ---------------------------------------------------------------- dashpoint ----


def us_date(d: dt.date, rng: random.Random, with_time: bool = True) -> str:
    h, m = time_of(rng)
    ampm = "AM" if h < 12 else "PM"
    hh = h if h <= 12 else h - 12
    if rng.random() < 0.5:
        s = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
        return f"{s}, {hh}:{m:02d} {ampm}" if with_time else s
    s = f"{d.month}/{d.day}/{d.year}"
    return f"{s} {hh}:{m:02d} {ampm}" if with_time else s


def dashpoint(page: Page, others: list[Story]) -> None:
    rng, st = page.rng, page.main
    page.ui(
        "Dashpoint",
        "Search or type a web address",
        rng.choice(["41°F", "12°C", "58°F", "3°C"]),
        rng.choice(["Partly cloudy", "Light rain", "Clear", "Fog"]),
        "Sign in",
        "Feed",
        "News",
        "Weather",
        "Money",
        "Sports",
        "Play",
        "Shopping",
    )
    page.ui(
        rng.choice(["DOW 37,404.35 ▲ 0.87%", "DOW 36,117.38 ▼ 0.21%"]),
        rng.choice(["NASDAQ 14,992.97 ▲ 1.03%", "NASDAQ 14,713.09 ▼ 0.45%"]),
    )
    page.blank()
    if rng.random() < 0.6:
        page.ui(
            "Dashpoint would like to know your location to show local news and weather.",
            "Allow while using the site",
            "Not now",
        )
        page.blank()
    page.ui(st.host)
    if rng.random() < 0.5:
        page.ui("+ Follow")
    page.lines.append(st.title)
    page.title = st.title
    dated = rng.random() < 0.55
    d = day(st.date)
    when = us_date(d, rng) if dated else rng.choice([rel_time(rng), f"Updated {rng.choice(['45m', '2h', '7h'])} ago"])
    if dated:
        page.date = st.date
    form = rng.choice([0, 1, 2, 0, 1, 2, 3]) if st.authors else 3
    if form == 0:
        page.meta(f"Written by {join_names(st.authors)}")
        page.meta(when)
    elif form == 1:
        page.meta(f"{join_names(st.authors, ', ')} | {st.host} | {when}")
    elif form == 2:
        page.meta(f"Written by {join_names(st.authors)} · {when}")
    else:
        page.meta(when)
    page.authors = list(st.authors) if form != 3 else []
    page.ui(rng.choice(["4 min read", "6 min read", "11 min read", "2 min read"]))
    if rng.random() < 0.5:
        page.ui(rng.choice(["1.2K", "318", "87"]), rng.choice(["44", "9", "210"]), "Share")
    page.blank()
    paras = cut(st, MAX_PARAS)
    ads = [
        ["Sponsored content"],
        ["Story continues below advertisement"],
        [
            "Sponsored content",
            rng.choice(["The one gadget every driver needs", "Seniors are ditching cable for this"]),
            "Learn more",
        ],
    ]
    body_lines(page, paras, gap=True, junk=rng.sample(ads, rng.randrange(1, 4)), n_sub=rng.choice([0, 0, 1]))
    if len(st.paras) > MAX_PARAS:
        page.ui(f"Continue reading on {st.host}")
        page.blank()
    page.ui(rng.choice(["Was this article helpful?", "How did you like this story?"]), "👍", "👎")
    page.blank()
    ranked = others[: rng.randrange(3, 6)]
    page.ui(rng.choice(["Most viewed", "Most viewed right now"]))
    for i, s in enumerate(ranked, 1):
        page.ui(str(i))
        page.rel(s.title)
        if rng.random() < 0.5:
            page.ui(outlet_time(rng))
    page.blank()
    for s in others[len(ranked) : len(ranked) + rng.randrange(1, 3)]:
        page.ui("Keep scrolling", "Next in your feed")
        page.blank()
        page.ui(s.host)
        page.lines.append(s.title)
        if s.authors:
            page.ui(f"Written by {join_names(s.authors)}")
        page.ui(rel_time(rng))
        page.blank()
        carried(
            page,
            s,
            gap=True,
            junk=[["Sponsored content"], ["Story continues below advertisement"]][: rng.randrange(1, 3)],
        )
        page.ui(f"Continue reading on {s.host}")
        page.blank()
    page.ui("Privacy & cookies", "Terms of use", "Advertise", "About our ads", "Feedback", "© 2024 Dashpoint Networks")


# ---------------------------------------------------------------- quillo ----


def words_date(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"])


def quillo(page: Page, others: list[Story]) -> None:
    rng, st = page.rng, page.main
    collection = rng.choice(["Weekend Reads", "Tech Unpacked", "The Long Game", "Worth Your Time", "Deep Dives"])
    page.ui("quillo", "For you", "Following", "Collections", "Get the app")
    page.blank()
    page.ui(
        rng.choice(["Stories look better in the Quillo app", "Keep reading in the Quillo app"]),
        "Save collections, follow curators and read offline.",
        "Install",
        "Continue in browser",
    )
    page.blank()
    curator = rng.choice(CURATORS)
    page.ui(f"Picked by {curator} for ‘{collection}’")
    page.ui(st.host)
    page.lines.append(st.title)
    page.title = st.title
    dated = rng.random() < 0.6
    d = day(st.date)
    when = words_date(d, rng) if dated else rng.choice(["2d", "Posted 5 hours ago", "Shared 1 day ago"])
    if dated:
        page.date = st.date
    top_date = rng.random() < 0.5
    if top_date:
        page.meta(when)
    page.blank()
    paras = cut(st, MAX_PARAS)
    credit = [f"Photograph: {rng.choice(['Lena Moss', 'Arturo Villa', 'Kim Sato'])}/{rng.choice(['Reuters', 'Getty'])}"]
    body_lines(page, paras, gap=False, junk=[credit], n_sub=rng.randrange(1, 4), caps=True, colon=True)
    page.blank()
    form = rng.choice([0, 1, 0, 1, 2]) if st.authors else 2
    if form == 0:
        line = f"Text by {join_names(st.authors)}"
    elif form == 1:
        line = f"Story — {join_names(st.authors, ' & ')}"
    else:
        line = ""
    if line and not top_date:
        page.meta(f"{line} · {when}")
    elif line:
        page.meta(line)
    elif not top_date:
        page.meta(when)
    page.authors = list(st.authors) if line else []
    page.ui(f"Saves {rng.randrange(12, 900)}", "Reshare", "Comment", f"{rng.randrange(2, 60)} comments")
    page.blank()
    page.ui(f"More in ‘{collection}’")
    page.blank()
    n = rng.randrange(2, 5)
    for s in others[:n]:
        page.ui(rng.choice(OUTLETS))
        page.rel(s.title)
        if rng.random() < 0.7:
            page.teaser(teaser_of(s))
        page.blank()
    page.ui("From the same collection")
    page.blank()
    for s in others[n : n + rng.randrange(1, 3)]:
        page.lines.append(s.title)
        page.ui(f"via {s.host}", f"Picked by {rng.choice(CURATORS)}")
        carried(
            page,
            s,
            gap=False,
            junk=[["Swipe up for the next story"], [f"Saves {rng.randrange(5, 300)}"]][: rng.randrange(1, 3)],
        )
        page.blank()
    page.ui("About", "Curator guidelines", "Privacy", "Terms", "© Quillo Labs 2024")


# ---------------------------------------------------------------- lensrow ----


def lensrow(page: Page, others: list[Story]) -> None:
    rng, st = page.rng, page.main
    page.ui("LENSROW", "Top stories", "Local", "Blind angles", "My outlets", "Log in")
    if rng.random() < 0.6:
        page.ui("Try Lensrow Plus free for 30 days", "Start trial")
    page.blank()
    page.ui(*rng.sample(["Politics", "Courts", "Technology", "Business", "Science", "Entertainment", "World"], 3))
    page.lines.append(st.title)
    page.title = st.title
    total = rng.randrange(8, 140)
    left = rng.randrange(0, total // 2)
    right = rng.randrange(0, total - left)
    bar = [f"Seen across {total} outlets", f"Left {left} · Centre {total - left - right} · Right {right}"]
    bar_top = rng.random() < 0.5
    if bar_top:
        page.ui(*bar)
    page.blank()
    dated = rng.random() < 0.6
    d = day(st.date)
    if dated:
        page.date = st.date
        h, m = time_of(rng)
        upd = d + dt.timedelta(days=rng.randrange(1, 3))
        line = rng.choice(
            [
                f"Published {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
                f"Published {d.day} {MONTHS[d.month - 1]} {d.year}, {h:02d}:{m:02d} UTC",
                f"Published {MONTHS[d.month - 1][:3]} {d.day}, {d.year} · Updated {MONTHS[upd.month - 1][:3]} "
                f"{upd.day}, {upd.year}",
            ]
        )
    else:
        line = rng.choice(["First seen 6 hours ago", "First seen 40 minutes ago", "Updated 3 hours ago"])
    page.meta(line)
    form = rng.choice([0, 1, 0, 1, 2]) if st.authors else 2
    if form == 0:
        page.meta(f"Reporting: {join_names(st.authors)} · {st.host}")
    elif form == 1:
        page.meta(join_names(st.authors, ", "))
        page.ui(st.host)
    else:
        page.ui(st.host)
    page.authors = list(st.authors) if form != 2 else []
    page.blank()
    if rng.random() < 0.5:
        page.ui(
            "This page groups reports from many outlets. The text below is the original article; Lensrow "
            "adds the comparison."
        )
        page.blank()
    paras = cut(st, MAX_PARAS)
    body_lines(page, paras, gap=True, junk=[["Advertisement"]][: rng.randrange(0, 2)], n_sub=rng.choice([0, 1, 2]))
    page.ui(f"Read the full article at {st.host}", "Share", "Copy link")
    page.blank()
    if not bar_top:
        page.ui(*bar)
        page.blank()
    page.ui("How the outlets framed it")
    page.blank()
    n = rng.randrange(2, 5)
    for s in others[:n]:
        page.ui(rng.choice(["Left", "Lean left", "Centre", "Lean right", "Right"]), rng.choice(OUTLETS))
        page.rel(s.title)
        page.ui(rng.choice(["2 hours ago", "5 hours ago", "Yesterday", "35 minutes ago"]))
        page.blank()
    page.ui("Also developing")
    for s in others[n : n + rng.randrange(1, 4)]:
        page.rel(s.title)
    page.blank()
    page.ui(
        "Lean ratings come from three independent media monitors.",
        "How we rate outlets",
        "© 2024 Lensrow Inc.",
        "Privacy",
        "Terms",
    )


# ---------------------------------------------------------------- porchlight ----


def slash_date(d: dt.date, rng: random.Random) -> str:
    h, m = time_of(rng)
    return f"{d.day:02d}/{d.month:02d}/{d.year}" + rng.choice(["", f" at {h:02d}:{m:02d}", f", {h:02d}:{m:02d}"])


def porchlight(page: Page, others: list[Story]) -> None:
    rng, st = page.rng, page.main
    hood, town = rng.choice(PLACES)
    page.ui("Porchlight", f"{hood}, {town}", rng.choice(["38° Cloudy", "52° Sunny", "29° Snow showers"]), "Menu")
    page.blank()
    if rng.random() < 0.6:
        page.ui(f"Turn on notifications for breaking news in {hood}?", "Turn on", "Maybe later")
        page.blank()
    page.ui(rng.choice(["Crime & Safety", "Neighbours", "Schools", "Business", "Around town"]))
    page.lines.append(st.title)
    page.title = st.title
    dated = rng.random() < 0.6
    d = day(st.date)
    place = rng.choice(["top", "top", "foot"]) if dated else "top"
    if dated:
        page.date = st.date
        when = slash_date(d, rng)
        if rng.random() < 0.35:
            when += f" · Updated {slash_date(d + dt.timedelta(days=1), rng)}"
    else:
        when = rng.choice(["2 hrs", "35 mins", "Updated 4 hrs ago"])
    form = rng.choice([0, 1, 2, 0, 1, 2, 3]) if st.authors else 3
    if form == 0:
        page.meta(f"Reported by {join_names(st.authors)}")
    elif form == 1:
        page.meta(f"{join_names(st.authors)} · Neighbourhood reporter")
    elif form == 2:
        page.meta(f"From {join_names(st.authors)}")
    page.authors = list(st.authors) if form != 3 else []
    if place == "top":
        page.meta(when)
    page.ui(f"{rng.randrange(1, 90)} Thanks", f"{rng.randrange(0, 30)} Replies", "Share")
    page.blank()
    paras = cut(st, MAX_PARAS)
    junk = [
        [f"Get the {town} morning brief in your inbox", "Email address", "Sign up"],
        [
            "Advertisement · Local business",
            rng.choice([f"{town} Family Dental: new patients welcome", "Gutter cleaning from $99. Call today"]),
        ],
    ]
    body_lines(page, paras, gap=True, junk=rng.sample(junk, rng.randrange(1, 3)), n_sub=rng.choice([0, 1, 1, 2]))
    nrep = rng.randrange(1, 4)
    page.ui(f"Replies ({nrep})")
    for who, said in zip(rng.sample(COMMENTERS, nrep), rng.sample(COMMENTS, nrep), strict=True):
        page.ui(who, said, rng.choice(["2h · Thank · Reply", "1d · Thank · Reply", "40m · Thank · Reply"]))
    page.ui("Write a reply…")
    page.blank()
    k = 0
    if rng.random() < 0.4:
        s = others[0]
        k = 1
        page.ui(f"Top story in {town} today")
        page.lines.append(s.title)
        if s.authors:
            page.ui(f"Reported by {join_names(s.authors)}")
        page.blank()
        carried(page, s, gap=True, junk=[[f"Get the {town} morning brief in your inbox", "Sign up"]])
    page.ui("Nearby")
    page.blank()
    for s in others[k : k + rng.randrange(2, 6)]:
        page.rel(s.title)
        page.ui(f"{rng.choice(PLACES)[0]} · {rng.choice(['3 hrs', '1 day', '50 mins', '2 days'])}")
        page.blank()
    if place == "foot":
        page.meta(f"Story published {when}")
        page.blank()
    page.ui("Porchlight © 2024", "Neighbourhood guidelines", "Privacy", "Advertise on Porchlight")


# ---------------------------------------------------------------- reader ----


def reader(page: Page, others: list[Story]) -> None:
    rng, st = page.rng, page.main
    page.ui("✕", "Aa", "Listen", "Save")
    page.blank()
    page.ui(rng.choice(["WORLD", "TECH", "CULTURE", "MONEY", "HEALTH", "SPORT"]))
    page.lines.append(st.title)
    page.title = st.title
    dated = rng.random() < 0.6
    d = day(st.date)
    if dated:
        page.date = st.date
        h, m = time_of(rng)
        when = rng.choice(
            [
                f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
                f"{d.day} {MONTHS[d.month - 1][:3]} {d.year} · {h:02d}:{m:02d}",
            ]
        )
    else:
        when = rng.choice(["Published 5 min ago", "Yesterday, 18:20", "3 hours ago"])
    top = rng.random() < 0.5 and bool(st.authors)
    if top:
        page.meta(f"BY {join_names(st.authors).upper()}")
    page.meta(when)
    page.ui(st.host)
    page.blank()
    paras = cut(st, MAX_PARAS)
    body_lines(page, paras, gap=True, junk=[["Continues below"]][: rng.randrange(0, 2)], n_sub=rng.randrange(0, 3))
    editor = rng.choice(EDITORS)
    if top:
        page.authors = list(st.authors)
    elif st.authors and rng.random() < 0.85:
        page.meta(
            rng.choice(
                [
                    f"Story by {join_names(st.authors)}. Edited by {editor}.",
                    f"Story by {join_names(st.authors)}; fact-checked by {editor}",
                ]
            )
        )
        page.authors = list(st.authors)
    page.blank()
    page.ui("In this briefing")
    page.blank()
    n = rng.randrange(2, 5)
    for s in others[:n]:
        page.rel(s.title)
        page.teaser(teaser_of(s))
        page.blank()
    page.ui("Up next in your briefing")
    page.blank()
    for s in others[n : n + rng.randrange(1, 3)]:
        page.lines.append(s.title)
        page.ui(s.host)
        page.blank()
        carried(page, s, gap=True, junk=[["Continues below"]])
    page.ui("Report an issue", "Text size", "Back to top")


# ---------------------------------------------------------------- page id / labels ----


def page_id(seed: int, template: str, idx: int) -> str:
    return hashlib.sha1(f"holdout3/{seed}/{template}/{idx}".encode()).hexdigest()[:16]


LAYOUTS: dict[str, Any] = {
    "dashpoint": dashpoint,
    "quillo": quillo,
    "lensrow": lensrow,
    "porchlight": porchlight,
    "reader": reader,
}


def build_page(template: str, main: Story, others: list[Story], rng: random.Random) -> Page:
    site = {
        "dashpoint": "Dashpoint",
        "quillo": "Quillo",
        "lensrow": "Lensrow",
        "porchlight": "Porchlight",
        "reader": None,
    }[template]
    page = Page(template, site, main, rng)
    LAYOUTS[template](page, others)
    return page


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def labels_of(page: Page) -> dict[str, Any]:
    texts = [norm(p) for p in page.body + page.carried_text]
    joined = " ".join(texts)
    whole = set(texts)
    # A UI line that is also article text cannot be told from it: not labelled furniture.
    furniture = [
        f for f in dict.fromkeys(page.furniture) if norm(f) not in whole and not (len(f) > 12 and norm(f) in joined)
    ]
    return {
        "template": page.template,
        "naeb": page.main.naeb,
        "url": page.main.url,
        "title": page.title,
        "authors": page.authors,
        "date": page.date,
        "site": page.site,
        "related": page.related,
        "teasers": page.teasers,
        "embedded": page.embedded,
        "subheadings": page.subheadings,
        "furniture": furniture,
        "meta_lines": page.meta_lines,
    }


def mains_for(naeb: dict[str, Story], shared_labels: Path) -> list[Story]:
    used = used_main_ids(shared_labels)
    return [s for nid, s in sorted(naeb.items()) if nid not in used]


def generate(out: Path, seed: int, per_layout: int, naeb_dir: Path, shared_labels: Path) -> None:
    naeb = load_naeb(naeb_dir)
    mains = mains_for(naeb, shared_labels)
    rng = random.Random(seed)
    order = list(mains)
    rng.shuffle(order)
    need = per_layout * len(LAYOUTS)
    while len(order) < need:  # more pages than free articles: go round again, in another order
        extra = list(mains)
        rng.shuffle(extra)
        order += extra
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    k = 0
    for template in LAYOUTS:
        for idx in range(per_layout):
            main = order[k]
            k += 1
            others = [s for nid, s in sorted(naeb.items()) if nid != main.naeb and s.title != main.title]
            rng.shuffle(others)
            page = build_page(template, main, others, rng)
            pid = page_id(seed, template, idx)
            texts[pid] = page.dump()
            truth[pid] = {"url": main.url, "body": "\n\n".join(page.body)}
            labels[pid] = labels_of(page)
    write_set(out / f"seed-{seed}", texts, truth, labels)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=11)
    ap.add_argument("--naeb", type=Path, default=SHARED / "corpus" / "naeb")
    ap.add_argument("--shared-labels", type=Path, default=SHARED / "corpus" / "aggregator" / "labels.json")
    args = ap.parse_args(argv)
    for seed in args.seeds:
        generate(args.out, seed, args.per_layout, args.naeb, args.shared_labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A held-out aggregator set: five invented aggregators of a second hand, for a check nobody tunes on.

The shared aggregator set (../shared/corpus/aggregator) has five invented layouts; the hidden set has five others.
This script invents five more, written independently of both, and builds text dumps of them from NAEB articles
(../shared/corpus/naeb: the article texts, titles, authors and dates), with labels in the shared set's format, so
that ../shared/eval/check_aggregator.py and score.py --truth score them unchanged:

- `ledgerline` (financial news terminal): ticker strip, kicker, bylines with roles or agency after a comma, US dates
  with time zone, `Published ... / Updated ...` on one line or two, in-body `Related:` links, subscriber prompts,
  `Most read` numbered, coverage list with outlet and time on the next line, next stories carried in full after a
  rule.
- `brightwick` (newsletter archive on the web): `View in browser`, issue line with the date, contents list before
  the story (the story's own title in it), sponsor blocks, curator line (not an author), run-in subheadings in
  capitals, the issue's other stories carried in full (numbered, `* * *` between), quick hits with the outlet in
  brackets, unsubscribe footer.
- `shelf` (a read-later app's reader view): never names itself (site null); toolbar, publisher host, `name · N min
  read`, `Saved 3 days ago` (not a date) or a publication date, `View original`, highlights, tags, recommendations
  with host and minutes on the next line, the next saved article carried in full.
- `harbourline` (a regional newspaper network's portal): edition and weather, a breaking ticker naming another
  story, breadcrumb, `From The ... Echo` chip, name + role bylines, `14:06, 22 DEC 2023` / dotted day-first dates
  with `Updated`, photo credits (not authors), newsletter box and `READ MORE:` links inside the body, `Edited by`
  (not an author), most read with numbers on their own lines, network picks, comments.
- `threadlamp` (a forum-like community news site): votes, `Posted by u/...` (a submitter, not an author), title with
  `(host)` on the same line, a reader preview with byline and date, comments with names, scores and replies, other
  discussions with community and comment counts, posts you may like, run-in subheadings in title case.

Labels (labels.json) follow the shared README: `authors` are the article's authors as shown on the page (curators,
submitters, editors, photographers and commenters are not); `date` is the publication date shown (null when the page
shows only relative times or none); `site` is the aggregator's name when the page names itself (null for `shelf`);
`related` lists every other article the page lists or carries, in page order; `embedded` the ones carried in full;
`subheadings` the run-in subheadings glued to the end of the paragraph before them (they are not in truth.json);
`furniture` every inserted UI line; `meta_lines` the byline and date lines as shown. A furniture line that the
page's own article texts contain (as check_aggregator.py would find it) is left out of the labels, so that a
perfect conversion scores 1.0: `--check` writes such a conversion from the labels and scores it.

All wording lives here and never in converter/: this set is a held-out check, and a rule keyed on its names or
wordings would make it worthless. Do not tune the converter on it; tune on the shared set or on
train/aggregator_variants.py and use this one to see whether a fix holds on layouts nobody tuned on.

Its seed-1 pages can be added to the text-dump models' training data (`train/textdump_train.py --generated`;
an experiment that made the held-out aggregator_holdout5/6 figures worse: see textdump_data.GENERATED_WEIGHT).
Its wordings never go into converter/'s rules.

Usage (from the repository root):
    python train/aggregator_holdout.py OUT [--seeds 1 2 3] [--pages 11] [--check]

writes OUT/seed-N/{text/, labels.json, truth.json}; convert and score each seed with
    CONVERTER_PURE=1 python -m converter convert -q -j 2 OUT/seed-N/text OUT/seed-N/docs
    python ../shared/eval/check_aggregator.py OUT/seed-N OUT/seed-N/docs
    python ../shared/eval/score.py --truth OUT/seed-N/truth.json --docs OUT/seed-N/docs
(the docs' `raw` is then `<name>.txt`, whose id is the page id, as the scorers want.)
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NAEB = SHARED / "corpus" / "naeb"
SHARED_AGGREGATOR = SHARED / "corpus" / "aggregator"
EVAL = SHARED / "eval"

LAYOUTS = ("ledgerline", "brightwick", "shelf", "harbourline", "threadlamp")

# ------------------------------------------------------------------ wordings ----

SUB_TITLE_CASE = [
    "The Road Ahead",
    "Behind the Numbers",
    "A Wider Lens",
    "Questions Remain",
    "The Human Cost",
    "Where Things Stand",
    "Mixed Signals",
    "An Uneasy Truce",
    "Lessons Learned",
    "Old Habits",
    "Winners and Losers",
    "The Bottom Line",
    "Second Thoughts",
    "Early Returns",
]
SUB_CAPITALS = [
    "THE BIGGER PICTURE",
    "BETWEEN THE LINES",
    "WHAT THEY SAID",
    "THE CATCH",
    "ZOOM OUT",
    "GO DEEPER",
    "ON THE GROUND",
    "THE PUSHBACK",
    "YES, BUT",
    "FLASHBACK",
]
SUB_SENTENCE = [
    "How we got here",
    "What the data show",
    "Reaction so far",
    "What to watch",
    "The view from outside",
    "Why it matters",
    "So what changed?",
    "Who pays?",
    "What happens now?",
    "A long wait",
]
# Names of people who are not the article's authors: curators, editors, photographers, submitters, commenters.
OTHER_PEOPLE = [
    "Maya Holt",
    "Ruairi Benn",
    "Dagny Osei",
    "Lucas Ferreira",
    "Priya Anand",
    "Tomasz Wilk",
    "Helen Mbeki",
    "Ines Carvalho",
    "Owen Pritchard",
    "Yuki Tanabe",
    "Sofia Lindqvist",
    "Marcus Oyelaran",
]
PHOTO_AGENCIES = ["Getty Images", "AFP", "Alamy", "Shutterstock", "PA Wire", "EPA"]
WIRE_AGENCIES = ["Reuters", "Bloomberg", "AFP"]
OUTLETS = [
    "Reuters",
    "Bloomberg",
    "The Guardian",
    "Financial Times",
    "Axios",
    "The Verge",
    "Wired",
    "NPR",
    "Sky News",
    "Al Jazeera",
    "The Independent",
    "CNBC",
    "Politico",
    "Vox",
]
ORG_AUTHORS = {"News Staff", "Chicago Tribune", "Harvard Medical School", "University of Tokyo", "AJLabs"}
AGENCY_AUTHORS = {"The Associated Press", "Associated Press"}
USERNAMES = [
    "quietbadger",
    "ferrous_owl",
    "lindenleaf",
    "mopedmike",
    "half_awake_pm",
    "crane_fly_22",
    "norther",
    "pixel_plover",
    "tidepool",
    "saltbox_sam",
    "gritstone",
    "oatmealbrain",
    "rustbucket9",
    "kestrel_k",
]
COMMENTS = [
    "Honestly this is the first article on this I've seen that explains it properly.",
    "Paywalled for me, thanks for the preview.",
    "Every year we get this exact story and nothing changes.",
    "Does anyone have the original source for the numbers in the third paragraph?",
    "This deserves way more attention than it's getting.",
    "I'm not sure the headline matches what the article actually says.",
    "Came here to say the same thing.",
    "Good. About time someone looked into it.",
    "The comments on the original site were wild.",
    "Source: I worked in this industry for ten years, and it is worse than described.",
    "Can we get a mod to add the date to the title? This isn't new.",
    "Read the whole thing, it's worth it.",
]
COMMUNITIES = ["n/technology", "n/worldnews", "n/science", "n/entertainment", "n/sports", "n/business", "n/news"]
TOWNS = ["The Dunmore Echo", "The Ashcombe Courier", "Kilbride Advertiser", "The Saltmarsh Post", "Ravensmoor Times"]
SPONSORS = [
    ("Northwind Bank", "Earn 4.6% on easy-access savings, with no fees and no catch. Open an account in minutes."),
    ("Quillpad", "The notes app that writes your meeting minutes for you. Try it free for 30 days."),
    ("Harvest & Vine", "Seasonal veg boxes from farms near you, delivered on the day they are picked."),
]


# ------------------------------------------------------------------ articles ----


@dataclass(frozen=True)
class Source:
    """One NAEB article: its id, title, authors, date, URL and body paragraphs."""

    naeb: str
    title: str
    authors: list[str]
    day: date
    url: str
    body: str

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]

    @property
    def host(self) -> str:
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")

    @property
    def persons(self) -> list[str]:
        return [a for a in self.authors if a not in ORG_AUTHORS | AGENCY_AUTHORS]


def load_sources() -> dict[str, Source]:
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    truth = json.loads((NAEB / "truth.json").read_text(encoding="utf-8"))
    return {
        k: Source(k, m["title"].strip(), list(m["authors"]), date.fromisoformat(m["date"]), m["url"], truth[k]["body"])
        for k, m in sorted(meta.items())
    }


def shared_mains() -> set[str]:
    """NAEB ids the shared aggregator set uses as its pages' own articles (we prefer the others)."""
    path = SHARED_AGGREGATOR / "labels.json"
    if not path.exists():
        return set()
    return {v["naeb"] for v in json.loads(path.read_text(encoding="utf-8")).values()}


def first_sentence(text: str) -> str:
    """The first sentence of an article's first paragraph (its first line when the paragraph has several)."""
    first = next((p.strip() for p in text.split("\n\n") if p.strip()), "")
    first = first.splitlines()[0].strip() if first else ""
    m = re.search(r"^.{20,}?[.!?][\"”’)]?(?=\s)", first)
    sentence = m.group(0) if m else first
    if len(sentence) > 220:
        sentence = sentence[:220].rsplit(" ", 1)[0]
    return sentence


def teaser(source: Source) -> str:
    text = " ".join(source.paragraphs[0].split())
    if len(text) <= 150:
        return text
    return text[:150].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def join_names(rng: random.Random, names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    style = rng.choice(["and", "comma", "amp"])
    if style == "comma":
        return ", ".join(names)
    conj = " and " if style == "and" else " & "
    return ", ".join(names[:-1]) + conj + names[-1]


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(5, 22), rng.randint(0, 59)


MONTHS = list(calendar.month_name)[1:]  # English: the C locale, which Python starts in
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ampm(h: int, m: int, style: int) -> str:
    h12 = (h - 1) % 12 + 1
    suffix = "AM" if h < 12 else "PM"
    return [f"{h12}:{m:02d} {suffix}", f"{h12}:{m:02d}{suffix.lower()}", f"{h12}:{m:02d} {suffix.lower()}"][style]


def relative(rng: random.Random) -> str:
    return rng.choice(["2 hrs ago", "47 min ago", "5h ago", "Yesterday", "3 days ago", "11 hours ago", "1d"])


# ------------------------------------------------------------------ the page ----


@dataclass
class Page:
    """A dump being written, and its labels as its lines are added."""

    layout: str
    main: Source
    lines: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    related: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)
    embedded: list[dict[str, str]] = field(default_factory=list)
    embedded_bodies: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)

    def ui(self, *items: str) -> None:
        """Furniture: UI lines the article bodies must not keep."""
        for item in items:
            self.lines.append(item)
            self.furniture.append(item)

    def meta(self, line: str) -> None:
        self.lines.append(line)
        self.meta_lines.append(line)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def gap(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def rel(self, title: str, line: str | None = None) -> None:
        """A related title, written as `line` (the title with what surrounds it) or alone."""
        self.lines.append(line if line is not None else title)
        self.related.append(title)

    def text(self) -> str:
        out = "\n".join(self.lines).strip("\n") + "\n"
        return re.sub(r"\n{3,}", "\n\n", out)


Block = Callable[[Page], None]


def write_body(
    page: Page,
    rng: random.Random,
    source: Source,
    subs: list[str],
    blocks: list[Block],
    blank: bool = True,
    glue: bool = True,
) -> None:
    """An article's paragraphs, run-in subheadings glued to the end of some of them, blocks between others."""
    paras = source.paragraphs
    n = len(paras)
    candidates = [
        i for i in range(1, n - 1) if "\n" not in paras[i] and len(paras[i]) > 90 and paras[i][-1] in '.!?"”’)'
    ]
    wanted = 0 if not glue or n < 4 else min(len(candidates), rng.choice([1, 1, 2, 2, 3]) if n >= 8 else 1)
    glued = dict(zip(sorted(rng.sample(candidates, wanted)), rng.sample(subs, wanted), strict=True))
    if source is page.main:
        page.subheadings.extend(glued[i] for i in sorted(glued))
    spots = sorted(rng.sample(range(1, max(n - 1, 2)), min(len(blocks), max(n - 2, 1))))
    at = dict(zip(spots, blocks, strict=False))
    for i, para in enumerate(paras):
        if i in at:
            at[i](page)
            if blank:
                page.gap()
        for k, line in enumerate(para.splitlines()):
            line = line.strip()
            if not line:
                continue
            if k == 0 and i in glued:
                line = f"{line} {glued[i]}"
            page.add(line)
        if blank:
            page.gap()


def choose_subs(rng: random.Random, pools: list[list[str]]) -> list[str]:
    pool = [s for p in pools for s in p]
    return rng.sample(pool, min(4, len(pool)))


# ------------------------------------------------------------------ layouts ----


def ledgerline(page: Page, rng: random.Random, others: list[Source], carried: list[Source]) -> None:
    """A financial news terminal: tickers, kicker, byline with role, US dates, numbered most read."""
    src = page.main
    page.site = "Ledgerline"
    if rng.random() < 0.5:  # else the logo is an image: the name is only in the footer
        page.ui("Ledgerline")
    page.ui("Markets", "Economy", "Companies", "Tech", "Opinion", "Watchlist", "Sign in")
    page.ui(
        *rng.sample(
            [
                "DJIA 37,385.97 +0.05%",
                "S&P 500 4,754.63 −0.01%",
                "NASDAQ 14,992.97 +0.19%",
                "10-YR 3.90% +2bp",
                "BRENT $79.07 ▼0.34",
                "EUR/USD 1.1012 ▲0.2%",
                "BTC 43,612 −1.8%",
            ],
            4,
        )
    )
    page.gap()
    page.ui(rng.choice(["TECHNOLOGY", "MARKETS", "ECONOMY", "POLICY", "CULTURE & LEISURE", "WORLD"]))
    page.add(src.title)
    h, m = clock(rng)
    d, up = src.day, src.day + timedelta(days=1)
    mon = MONTHS[d.month - 1]
    zone = rng.choice(["EST", "ET", "GMT"])
    dated = rng.random() < 0.75
    date_lines: list[str] = []
    if dated:
        page.date = d.isoformat()
        date_lines = rng.choice(
            [
                [f"{mon} {d.day}, {d.year} at {ampm(h, m, 0)} {zone}"],
                [f"Published {mon[:3]} {d.day}, {d.year} {ampm(h, m, 1)} {zone} | Updated {relative(rng)}"],
                [
                    f"{mon[:3]} {d.day}, {d.year} {h:02d}:{m:02d} {zone}",
                    f"Updated {MONTHS[up.month - 1][:3]} {up.day}, {up.year} {(h + 3) % 24:02d}:{m:02d} {zone}",
                ],
                [f"{WEEKDAYS[d.weekday()][:3]} {mon[:3]} {d.day} {d.year} · {ampm(h, m, 0)}"],
            ]
        )
    else:
        date_lines = [rng.choice(["Updated 47 min ago", "Updated 3 hrs ago", "2 hours ago"])]
    persons = src.persons
    if persons:
        page.authors = list(persons)
        style = rng.randrange(4)
        if style == 0 and len(persons) == 1:
            byline = f"{persons[0]}, {rng.choice(['Markets Reporter', 'Senior Correspondent', 'Tech Editor'])}"
        elif style == 1 and len(persons) == 1:
            byline = f"By {persons[0]}, {rng.choice(WIRE_AGENCIES)}"
        else:
            byline = f"By {join_names(rng, persons)}"
    elif set(src.authors) & AGENCY_AUTHORS:
        byline = f"By {sorted(set(src.authors) & AGENCY_AUTHORS)[0]}"
        page.authors = [byline[3:]]
    else:
        byline = ""
    if byline and rng.random() < 0.3 and len(date_lines) == 1:
        page.meta(f"{byline} — {date_lines[0]}")
    else:
        if byline:
            page.meta(byline)
        for line in date_lines:
            page.meta(line)
    page.ui(rng.choice(["Listen (4 min)", "Listen to article · 6 min"]), "Gift this article", "Save")
    page.ui(
        f"Tickers in this story: {rng.choice(['AAPL', 'MSFT', 'NVDA', 'DIS'])} "
        f"{rng.choice(['+0.4%', '−1.2%', '+2.1%'])}"
    )
    page.gap()
    related_inline = others[0]

    def inline_link(p: Page) -> None:
        p.rel(related_inline.title, f"Related: {related_inline.title}")

    def paywall(p: Page) -> None:
        p.ui(
            "Ledgerline Pro subscribers get this story first.",
            "Start your free 14-day trial",
            "Already a member? Sign in",
        )

    def advert(p: Page) -> None:
        p.ui("Advertisement")

    subs = choose_subs(rng, [SUB_TITLE_CASE, SUB_SENTENCE])
    write_body(page, rng, src, subs, [inline_link, paywall, advert])
    page.ui("This content is for information only and is not investment advice.")
    page.gap()
    page.ui(rng.choice(["Most read", "MOST READ"]))
    numbers_alone = rng.random() < 0.5
    for k, o in enumerate(others[1:5], 1):
        if numbers_alone:
            page.ui(str(k))
            page.rel(o.title)
        else:
            page.rel(o.title, f"{k}. {o.title}")
    page.gap()
    page.ui(rng.choice(["Related coverage", "More on this"]))
    for o in others[5:8]:
        page.rel(o.title)
        page.ui(f"{rng.choice(OUTLETS)} · {relative(rng)}")
    for c in carried:
        page.gap()
        page.ui("──────────", "NEXT STORY")
        page.ui(rng.choice(["MARKETS", "TECHNOLOGY", "WORLD"]))
        page.rel(c.title)
        page.embedded.append({"title": c.title, "first_sentence": first_sentence(c.body), "naeb": c.naeb})
        page.embedded_bodies.append(c.body)
        page.ui(f"By {join_names(rng, c.persons)}" if c.persons else "By Ledgerline staff")
        page.ui(relative(rng))
        page.gap()
        write_body(page, rng, c, [], [advert], glue=False)
    page.gap()
    page.ui(
        "Quotes delayed at least 15 minutes. Market data by Fintra.",
        "Terms of use",
        "Privacy",
        "Cookie preferences",
        "© 2024 Ledgerline Markets Ltd",
    )


def brightwick(page: Page, rng: random.Random, others: list[Source], carried: list[Source]) -> None:
    """A newsletter archive page: contents list first, one story, the issue's other stories, quick hits."""
    src = page.main
    page.site = "Brightwick"
    d = src.day
    page.ui("View in browser", "Brightwick Brief", "Archive", "About", "Subscribe")
    page.gap()
    page.date = d.isoformat()
    issue = rng.randint(40, 380)
    form = rng.randrange(3)
    if form == 0:
        page.meta(f"Issue #{issue} · {WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}")
    elif form == 1:
        page.ui(f"Issue #{issue}")
        page.meta(f"{d.day} {MONTHS[d.month - 1]} {d.year}")
    else:
        page.meta(f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}")
    curator = rng.choice(OTHER_PEOPLE)
    page.ui(rng.choice([f"Curated by {curator}", f"Edited by {curator}", f"This week's editor: {curator}"]))
    page.ui("Forwarded this email? Sign up here for more.")
    page.gap()
    page.ui(rng.choice(["In today's issue:", "IN THIS EDITION", "Today's reads"]))
    order = [src, *carried, *others[:2]]
    bullet = rng.choice(["• ", "– ", ""])
    for o in order:
        if o is src:
            page.add(f"{bullet}{o.title}")
        else:
            page.rel(o.title, f"{bullet}{o.title}")
    page.gap()
    sponsor, pitch = rng.choice(SPONSORS)
    page.ui(f"Presented by {sponsor}", pitch)
    page.gap()
    page.ui(rng.choice(["TOP STORY", "THE BIG ONE", "LEAD"]))
    page.add(src.title)
    persons = src.persons
    if persons:
        page.authors = list(persons)
        page.meta(
            rng.choice(
                [
                    f"Written by {join_names(rng, persons)}",
                    f"By {join_names(rng, persons)} for {rng.choice(OUTLETS)}",
                    f"{join_names(rng, persons)} · {rng.choice(OUTLETS)}",
                ]
            )
        )
    elif set(src.authors) & AGENCY_AUTHORS:
        name = sorted(set(src.authors) & AGENCY_AUTHORS)[0]
        page.authors = [name]
        page.meta(f"Via {name}")
    page.gap()

    def sponsor_block(p: Page) -> None:
        s, text = rng.choice(SPONSORS)
        p.ui("SPONSORED", f"A message from {s}: {text}")

    def forward(p: Page) -> None:
        p.ui("Enjoying the Brief? Forward it to a friend — they can sign up at the link above.")

    write_body(page, rng, src, choose_subs(rng, [SUB_CAPITALS]), [sponsor_block, forward])
    num = 2
    for c in carried:
        page.ui("* * *")
        page.gap()
        page.rel(c.title, f"{num}. {c.title}")
        num += 1
        page.embedded.append({"title": c.title, "first_sentence": first_sentence(c.body), "naeb": c.naeb})
        page.embedded_bodies.append(c.body)
        page.ui(f"From {rng.choice(OUTLETS)}")
        page.gap()
        write_body(page, rng, c, [], [forward] if rng.random() < 0.4 else [], glue=False)
    page.ui("* * *")
    page.gap()
    page.ui(rng.choice(["QUICK HITS", "Elsewhere"]))
    for o in others[:5]:
        page.rel(o.title, f"▸ {o.title} ({rng.choice(OUTLETS)})")
    page.gap()
    page.ui(
        "You received this email because you subscribed to the Brightwick Brief.",
        "Unsubscribe · Update your preferences · Privacy policy",
        "Brightwick Media, 48 Cannery Row, Portland, ME 04101",
    )


def shelf(page: Page, rng: random.Random, others: list[Source], carried: list[Source]) -> None:
    """A read-later app's reader view: never names itself; host chip, reading time, recommendations."""
    src = page.main
    page.ui("← Back", "Aa", "Highlight", "Archive", "Tag", "Share", "⋯")
    page.gap()
    page.ui(src.host)
    page.add(src.title)
    minutes = max(1, len(src.body) // 1400)
    persons = src.persons
    d = src.day
    if persons:
        page.authors = list(persons)
        if rng.random() < 0.5:
            page.meta(f"{join_names(rng, persons)} · {minutes} min read")
        else:
            page.meta(f"by {join_names(rng, persons)}")
            page.ui(f"{minutes} min read")
    else:
        page.ui(f"{minutes} min read")
    form = rng.randrange(4)
    saved = d + timedelta(days=rng.randint(3, 40))
    if form == 0:
        page.date = d.isoformat()
        page.meta(f"Published {MONTHS[d.month - 1]} {d.day}, {d.year}")
    elif form == 1:
        page.date = d.isoformat()
        page.meta(f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} · Saved {MONTHS[saved.month - 1][:3]} {saved.day}")
    elif form == 2:
        page.date = d.isoformat()
        page.meta(f"{d.isoformat()}")
    else:
        page.ui(rng.choice(["Saved 3 days ago", "Saved yesterday", "Added 2 weeks ago"]))
    page.ui("View original")
    page.gap()

    def hidden_embed(p: Page) -> None:
        p.ui(
            rng.choice(
                [
                    "Embedded content hidden in reader view. Tap to load.",
                    "Video not shown in reader view · Open original",
                ]
            )
        )

    def highlight(p: Page) -> None:
        p.ui(f"{rng.randint(2, 40)} readers highlighted this passage")

    write_body(page, rng, src, choose_subs(rng, [SUB_SENTENCE, SUB_TITLE_CASE]), [hidden_embed, highlight])
    page.ui("You've reached the end", "Mark as read", "Add tags")
    page.gap()
    page.ui(rng.choice(["Recommended from your list", "Because you saved this"]))
    for o in others[:4]:
        page.rel(o.title)
        page.ui(f"{o.host} · {max(1, len(o.body) // 1400)} min")
        if rng.random() < 0.5:
            page.add(teaser(o))
            page.teasers.append(teaser(o))
        page.gap()
    for c in carried:
        page.ui("Next in your queue")
        page.ui(c.host)
        page.rel(c.title)
        page.embedded.append({"title": c.title, "first_sentence": first_sentence(c.body), "naeb": c.naeb})
        page.embedded_bodies.append(c.body)
        if c.persons:
            page.ui(f"by {join_names(rng, c.persons)}")
        page.gap()
        write_body(page, rng, c, [], [highlight], glue=False)
        page.ui("Archive this and keep reading")


def harbourline(page: Page, rng: random.Random, others: list[Source], carried: list[Source]) -> None:
    """A regional newspaper network's portal: edition, breaking ticker, UK dates, most read, comments."""
    src = page.main
    page.site = "Harbourline"
    page.ui(
        "Harbourline",
        "Local news from 38 newspapers along the coast",
        f"Edition: {rng.choice(['North Shore', 'Estuary', 'The Dales', 'West Bay'])} ▾",
        "Sign in",
        "Subscribe",
        "News",
        "Sport",
        "What's On",
        "Property",
        "Jobs",
        "Announcements",
        rng.choice(["8°C Light rain", "11°C Sunny spells", "3°C Frost"]),
    )
    breaking = others[0]
    page.rel(breaking.title, f"BREAKING {breaking.title}")
    page.gap()
    page.ui(rng.choice(["Home › News › Local news", "Home › News › UK & World", "News › Business"]))
    town = rng.choice(TOWNS)
    page.ui(f"From {town}")
    page.add(src.title)
    dense = rng.random() < 0.5
    persons = src.persons
    if persons:
        page.authors = list(persons)
        plural = len(persons) > 1
        role = rng.choice(["Chief Reporter", "Court Reporter", "Senior Reporter"])
        form = rng.randrange(3)
        if form == 0:
            page.meta(f"{join_names(rng, persons)}, {role}{'s' if plural else ''}")
        elif form == 1:
            page.meta(f"By {join_names(rng, persons)}")
            page.ui(f"{role}{'s' if plural else ''}")
        else:
            page.meta(f"{join_names(rng, persons)} | {town}")
    elif set(src.authors) & AGENCY_AUTHORS:
        page.authors = [sorted(set(src.authors) & AGENCY_AUTHORS)[0]]
        page.meta(f"By {page.authors[0]}")
    d, up = src.day, src.day + timedelta(days=rng.choice([0, 1]))
    h, m = clock(rng)
    form = rng.randrange(4)
    if form == 0:
        page.date = d.isoformat()
        page.meta(f"{h:02d}:{m:02d}, {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}")
        page.meta(f"Updated {(h + 2) % 24:02d}:{m:02d}, {up.day} {MONTHS[up.month - 1][:3].upper()} {up.year}")
    elif form == 1:
        page.date = d.isoformat()
        page.meta(f"{d.day:02d}.{d.month:02d}.{d.year} | {h:02d}:{m:02d}")
    elif form == 2:
        page.date = d.isoformat()
        page.meta(f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {ampm(h, m, 2)}")
    else:
        page.meta(rng.choice(["Published 8 hours ago", "Published 45 minutes ago"]))
    page.ui(f"Comments ({rng.randint(3, 90)})", "Share", "Facebook", "X", "WhatsApp", "Email")
    page.gap()
    photographer = rng.choice(OTHER_PEOPLE)
    read_more = others[1:3]

    def photo(p: Page) -> None:
        p.ui(f"(Image: {photographer} / {rng.choice(PHOTO_AGENCIES)})")

    def advert(p: Page) -> None:
        p.ui("Advertisement", "Story continues below")

    def newsletter(p: Page) -> None:
        p.ui(
            f"Get the latest from {town} straight to your inbox",
            "Enter your email",
            "Sign up",
            "We use your sign-up to send you the newsletters you asked for. Read our Privacy Notice.",
        )

    def more(p: Page) -> None:
        for o in read_more:
            p.rel(o.title, f"READ MORE: {o.title}")

    write_body(
        page,
        rng,
        src,
        choose_subs(rng, [SUB_TITLE_CASE, SUB_SENTENCE]),
        [photo, advert, newsletter, more],
        blank=not dense,
    )
    editor = rng.choice([x for x in OTHER_PEOPLE if x != photographer])
    if rng.random() < 0.5:
        page.ui(f"Edited by {editor}")
    page.ui("Got a story? Email newsdesk@harbourline.example or message us on WhatsApp.")
    page.gap()
    page.ui(rng.choice(["Most read", "Most Read"]))
    for k, o in enumerate(others[3:8], 1):
        page.ui(str(k))
        page.rel(o.title)
    page.gap()
    page.ui("From across the network")
    for o in others[8:11]:
        page.rel(o.title)
        page.ui(rng.choice([t for t in TOWNS if t != town]))
    page.gap()
    page.ui(f"Comments ({rng.randint(3, 90)})", "Join the conversation", "Sign in to comment")
    page.gap()
    page.ui(
        "© 2024 Harbourline Media Group. All rights reserved.",
        "Contact us",
        "Advertise",
        "Cookie settings",
        "Harbourline titles are regulated by an independent press standards body.",
    )


def threadlamp(page: Page, rng: random.Random, others: list[Source], carried: list[Source]) -> None:
    """A forum-like community news site: votes, a submitter, the linked article in a reader preview, comments."""
    src = page.main
    page.site = "threadlamp"
    if rng.random() < 0.6:  # else the logo is an image: the name is only in the footer
        page.ui("threadlamp")
    page.ui("Home", "Popular", "All", "Log in", "Sign up")
    page.gap()
    community = rng.choice(COMMUNITIES)
    submitter = rng.choice(USERNAMES)
    page.ui(
        community, "▲", f"{rng.randint(11, 999) / 10:.1f}k" if rng.random() < 0.5 else str(rng.randint(12, 980)), "▼"
    )
    page.ui(f"Posted by u/{submitter} · {rng.choice(['5h', '14h', '2d', '38m'])}")
    if rng.random() < 0.5:
        page.add(f"{src.title} ({src.host})")
    else:
        page.add(src.title)
        page.ui(f"{src.host} ↗")
    comments = rng.randint(4, 400)
    page.ui(f"{comments} comments", "Share", "Save", "Report")
    page.gap()
    page.ui(rng.choice(["Reader preview · text from the linked page", "Article preview"]))
    persons = src.persons
    d = src.day
    date_text = rng.choice(
        [f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}", d.isoformat(), ""]
    )
    if date_text:
        page.date = d.isoformat()
    if persons:
        page.authors = list(persons)
        names = join_names(rng, persons)
        if date_text and rng.random() < 0.5:
            page.meta(f"By {names} · {date_text}")
        else:
            page.meta(rng.choice([f"By {names}", f"Author: {names}", names]))
            if date_text:
                page.meta(f"Published {date_text}")
    elif date_text:
        page.meta(date_text)
    page.gap()

    def archived(p: Page) -> None:
        p.ui("Archived copy: archive link in comments")

    write_body(page, rng, src, choose_subs(rng, [SUB_TITLE_CASE]), [archived] if rng.random() < 0.5 else [])
    page.ui("Open full article ↗")
    page.gap()
    page.ui(f"Sort by: {rng.choice(['Best', 'Top', 'New'])} ▾")
    n_comments = rng.randint(2, 4)
    users = rng.sample([u for u in USERNAMES if u != submitter], n_comments)
    for user, comment in zip(users, rng.sample(COMMENTS, n_comments), strict=True):
        page.ui(f"u/{user} · {rng.choice(['4h', '9h', '1d', '23m'])}", comment, f"▲ {rng.randint(1, 300)} ▼", "Reply")
        page.gap()
    page.ui(f"Other discussions ({len(others[:3])})")
    for o in others[:3]:
        page.rel(o.title)
        page.ui(f"{rng.choice(COMMUNITIES)} · {rng.randint(2, 500)} comments")
    page.gap()
    page.ui("More posts you may like")
    for o in others[3:7]:
        page.rel(o.title, f"• {o.title} · {rng.choice(COMMUNITIES)}")
    page.gap()
    page.ui("User agreement", "Content policy", "threadlamp, Inc. © 2024. All rights reserved.")


BUILDERS: dict[str, Callable[[Page, random.Random, list[Source], list[Source]], None]] = {
    "ledgerline": ledgerline,
    "brightwick": brightwick,
    "shelf": shelf,
    "harbourline": harbourline,
    "threadlamp": threadlamp,
}
# How many related stories each layout carries in full: (choices).
CARRIED = {
    "ledgerline": (0, 1, 1),
    "brightwick": (1, 1, 2),
    "shelf": (0, 0, 1),
    "harbourline": (0,),
    "threadlamp": (0,),
}


# ------------------------------------------------------------------ the set ----


def page_id(seed: int, layout: str, naeb: str) -> str:
    return hashlib.sha1(f"holdout:{seed}:{layout}:{naeb}".encode()).hexdigest()[:16]


def in_view(item: str, view: tuple[set[str], str]) -> bool:
    """check_aggregator.furniture_hit without importing it (same rule: whole line, or inside when > 12 chars)."""
    import check_aggregator  # the shared scorer, on sys.path from build_set

    return bool(check_aggregator.furniture_hit(item, view))


def build_set(seed: int, pages_per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    """(texts, labels, truth) of one seed."""
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))
    import check_aggregator

    rng = random.Random(seed)
    sources = load_sources()
    taken = shared_mains()
    fresh = [k for k in sources if k not in taken]
    used = [k for k in sources if k in taken]
    rng.shuffle(fresh)
    rng.shuffle(used)
    mains = (fresh + used)[: pages_per_layout * len(LAYOUTS)]
    short = [k for k, s in sources.items() if 600 < len(s.body) < 9000 and s.paragraphs]
    texts: dict[str, str] = {}
    labels: dict[str, Any] = {}
    truth: dict[str, Any] = {}
    for n, naeb in enumerate(mains):
        layout = LAYOUTS[n % len(LAYOUTS)]
        main = sources[naeb]
        prng = random.Random(f"{seed}:{layout}:{naeb}")
        pool = [sources[k] for k in sources if k != naeb and sources[k].title != main.title]
        prng.shuffle(pool)
        n_carried = prng.choice(CARRIED[layout])
        carried = [s for s in pool if s.naeb in short][:n_carried]
        others = [s for s in pool if s not in carried][:12]
        page = Page(layout, main)
        BUILDERS[layout](page, prng, others, carried)
        pid = page_id(seed, layout, naeb)
        # A furniture line found in the page's own article texts cannot be told from them: leave it out.
        view = check_aggregator.body_view([main.body, *page.embedded_bodies])
        furniture = [f for f in dict.fromkeys(page.furniture) if f.strip() and not in_view(f, view)]
        texts[pid] = page.text()
        labels[pid] = {
            "template": layout,
            "naeb": naeb,
            "url": main.url,
            "title": main.title,
            "authors": page.authors,
            "date": page.date,
            "site": page.site,
            "related": list(dict.fromkeys(page.related)),
            "teasers": page.teasers,
            "embedded": page.embedded,
            "subheadings": page.subheadings,
            "furniture": furniture,
            "meta_lines": page.meta_lines,
        }
        truth[pid] = {"url": main.url, "body": main.body}
    return texts, labels, truth


def write_set(folder: Path, texts: dict[str, str], labels: dict[str, Any], truth: dict[str, Any]) -> None:
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for pid, text in texts.items():
        (folder / "text" / f"{pid}.txt").write_text(text, encoding="utf-8")
    for name, data in (("labels.json", labels), ("truth.json", truth)):
        (folder / name).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write_oracle(folder: Path, docs: Path) -> None:
    """The conversion a perfect converter would write, from the labels: the scorers must give it full marks."""
    import yaml  # a dev dependency; only the self-check needs it

    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    sources = load_sources()
    docs.mkdir(parents=True, exist_ok=True)
    for pid, lab in labels.items():
        meta = {
            "title": lab["title"],
            "authors": lab["authors"],
            "date": lab["date"],
            "source": {"name": lab["site"]} if lab["site"] else {},
            "raw": f"text/{pid}.txt",
            "related": [{"title": t} for t in lab["related"]],
        }
        body = truth[pid]["body"] + "".join(f"\n\n## {s}" for s in lab["subheadings"])
        (docs / f"{pid}.md").write_text(
            f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\n{body}\n", encoding="utf-8"
        )
        for k, e in enumerate(lab["embedded"]):
            emeta = {"title": e["title"], "raw": f"text/{pid}.txt", "embedded_in": f"{pid}.md"}
            (docs / f"{pid}-{k}.md").write_text(
                f"---\n{yaml.safe_dump(emeta, allow_unicode=True)}---\n\n{sources[e['naeb']].body}\n", encoding="utf-8"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("out", type=Path, help="output folder (seed-N/ folders are written in it)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--pages", type=int, default=11, help="pages per layout (10-12; the NAEB set holds 114)")
    ap.add_argument(
        "--check",
        action="store_true",
        help="also write seed-N/oracle (a perfect conversion from the labels) and score it",
    )
    args = ap.parse_args(argv)
    for seed in args.seeds:
        folder = args.out / f"seed-{seed}"
        texts, labels, truth = build_set(seed, args.pages)
        write_set(folder, texts, labels, truth)
        print(f"seed {seed}: {len(texts)} pages in {folder}")
        if args.check:
            import check_aggregator

            write_oracle(folder, folder / "oracle")
            check_aggregator.main([str(folder), str(folder / "oracle")])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A third, independent held-out set of aggregator layouts (issue 11): five invented aggregators.

Its seed-1 pages can be added to the text-dump models' training data (`train/textdump_train.py --generated`;
an experiment that made the held-out aggregator_holdout5/6 figures worse: see textdump_data.GENERATED_WEIGHT).
Its wordings never go into converter/'s rules.

Written without reading train/aggregator_layouts.py or train/aggregator_holdout.py, so that nobody has tuned
the converter on it.  Each page is a browser innerText dump of an invented aggregator's article page, built from
a NAEB article (its body is the page's truth), with labels in the shared aggregator set's format, so that
../shared/eval/check_aggregator.py and score.py score it unchanged:

    python train/aggregator_holdout2.py --out /tmp/agg3 --seeds 1 2 3
    -> /tmp/agg3/seed-N/{text/<page_id>.txt, truth.json, labels.json}

Layouts (template names in labels.json):
  tvhub     a smart-TV / tablet news hub that never names itself: clock and tabs, a numbered "trending" rail
            BEFORE the article, publisher chip, reading time and date on one line, remote-control prompts
  revue     a press review quoting several outlets: the review's name only in header and footer, a reviewer
            (not an author), "Original reporting by A, B and C", paragraphs without blank lines, run-in
            subheadings in CAPITALS, outlet-quoted titles ("Outlet: “Title”"), other reviews carried in full
  podcast   a podcast-and-news app: episode kicker, "Written by" plus producer and narrator (not authors),
            a player with chapters, a transcript-like body with [Ad break] lines, a bulleted queue with outlet
            and time on the same line, the next stories in the queue carried in full
  digest    a university news digest: two related blocks (top picks before, more after, title with
            "(Outlet, time)"), dotted day-first dates, a curator and a photo credit (not authors), the
            byline at the END ("Original article by ..."), run-in subheadings in CAPITALS
  scores    a sports scores portal: score ticker, "Name, Staff Writer" or several authors with roles,
            AP-style dates with "Updated", share counters, ads and betting notes, "Read more:" prompts,
            bulleted headlines with time on the same line, next articles carried in full after a rule

All wording lists live here, never in converter/.  Main articles are NAEB articles the shared aggregator set
does not use as main articles; related and carried ones are any other NAEB articles.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import aggregator_pages
from aggregator_pages import DAYS, MONTHS, PageLines, read_naeb, used_main_ids, write_set

SHARED = aggregator_pages.SHARED / "corpus"

# ----------------------------------------------------------------- wording ----

OUTLETS = [
    "The Marsh Courier",
    "Northfield Observer",
    "Harbour Daily",
    "Plainsman Herald",
    "The Kestrel Post",
    "Valley Sentinel",
    "Eastgate Chronicle",
    "Copperline News",
    "The Lantern",
    "Riverside Examiner",
    "Summit Ledger",
    "The Quayside Times",
    "Brookvale Record",
    "Westmoor Gazette",
]
PEOPLE = [
    "Maren Oduya",
    "Teodor Falk",
    "Priyanka Sel",
    "Hollis Grant",
    "Ines Carvalho",
    "Duncan Mbeki",
    "Rosalind Achterberg",
    "Kofi Mensah-Boateng",
    "Lucía Ferrer",
    "Ansel Whitcombe",
    "Yuki Tanabe",
    "Greta Lindqvist",
    "Omar Haddad-Ruiz",
    "Bettina Kraus",
    "Caspar Nwosu",
]
SUBHEADS = [
    "Where things stand",
    "The money question",
    "Looking ahead",
    "What changed",
    "Inside the numbers",
    "The backstory",
    "Mixed reactions",
    "A second chance",
    "On the ground",
    "Old habits",
    "The catch",
    "Counting the cost",
    "Lessons learned",
    "A long road",
    "Who decides",
    "Pushback",
]
RELATIVE = ["3h ago", "45 min ago", "Just now", "Earlier today", "Yesterday", "2 hours ago", "6 hrs ago"]
UPDATED_RELATIVE = ["Updated 2 hours ago", "Updated 40 minutes ago", "Updated 1h ago", "Updated yesterday"]
ORG_WORDS = re.compile(r"(Press|Staff|Tribune|School|Labs?|News|Team|Desk|University|Institute|College)\b")

AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


# ------------------------------------------------------------------ corpus ----


@dataclass(frozen=True)
class Story:
    naeb: str
    title: str
    authors: tuple[str, ...]
    day: date
    url: str
    paras: tuple[str, ...]

    @property
    def shown_authors(self) -> tuple[str, ...]:
        """Person bylines only: an organisation or a one-word handle in NAEB's metadata ('AJLabs', 'University of
        Tokyo', 'MrAJCosplay') is not shown as a byline here, so that no label hangs on whether it is an author."""
        return tuple(a for a in self.authors if not ORG_WORDS.search(a) and len(a.split()) >= 2)


def load_stories(shared: Path) -> dict[str, Story]:
    meta, truth = read_naeb(shared / "naeb")
    out = {}
    for nid in sorted(meta):
        m = meta[nid]
        paras = tuple(p.strip() for p in truth[nid]["body"].split("\n\n") if p.strip())
        if not paras or not m.get("title") or not m.get("date"):
            continue
        out[nid] = Story(
            nid,
            m["title"].strip(),
            tuple(m.get("authors") or ()),
            date.fromisoformat(m["date"][:10]),
            m.get("url") or "",
            paras,
        )
    return out


def first_sentence(story: Story) -> str:
    first = story.paras[0]
    m = re.search(r"(?<=[.!?])\s", first)
    s = first[: m.start()] if m else first
    if len(s) > 160:
        s = s[:160].rsplit(" ", 1)[0]
    return s


def teaser(story: Story) -> str:
    text = " ".join(story.paras)
    return text[:140].rsplit(" ", 1)[0] + "…"


# ------------------------------------------------------------------- dates ----


def fmt_day(d: date, style: str) -> str:
    styles: dict[str, Callable[[date], str]] = {
        "long_us": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "short_us": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
        "ap": lambda d: f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "dmy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "dmy_short": lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        "dotted": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
        "iso": lambda d: d.isoformat(),
        "weekday_dmy": lambda d: f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
        "weekday_us": lambda d: f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    }
    return styles[style](d)


def fmt_time(rng: random.Random, style: str) -> str:
    """A daytime clock time: far enough from midnight that no time zone moves the day."""
    h, m = rng.randint(8, 17), rng.randint(0, 59)
    if style == "24":
        return f"{h:02d}:{m:02d}"
    suffix = "p.m." if h >= 12 else "a.m."
    h12 = h - 12 if h > 12 else h
    if style == "ap":
        return f"{h12}:{m:02d} {suffix} ET"
    return f"{h12}:{m:02d} {'PM' if h >= 12 else 'AM'}"


def join_names(names: tuple[str, ...], rng: random.Random, oxford: bool = False) -> str:
    if len(names) == 1:
        return names[0]
    if rng.random() < 0.3:
        return ", ".join(names)
    sep = ", and " if oxford and len(names) > 2 else " and "
    return ", ".join(names[:-1]) + sep + names[-1]


# -------------------------------------------------------------------- page ----


@dataclass
class Page(PageLines):
    """A dump being written, with the labels collected as its blocks are added."""

    rng: random.Random
    main: Story
    carried: list[Story] = field(default_factory=list)

    def ui(self, *items: str) -> None:
        """Furniture lines (a blank one is not labelled)."""
        self.add_furniture(items, label_blank=False)

    def rel(self, story: Story) -> str:
        self.related.append(story.title)
        return story.title


def run_in(page: Page, paras: tuple[str, ...], capitals: bool, count: int) -> list[str]:
    """Paragraphs with `count` invented subheadings glued to the end of the paragraph before them."""
    out = list(paras)
    slots = [i for i, p in enumerate(out[:-1]) if len(p) > 80 and p[-1] in '.!?”"’)' and len(out[i + 1]) > 60]
    slots = [i for i in slots if i > 0]
    chosen = sorted(page.rng.sample(slots, min(count, len(slots) // 2)))
    words = page.rng.sample(SUBHEADS, len(chosen))
    for i, w in zip(chosen, words, strict=True):
        head = w.upper() if capitals else w.title() if page.rng.random() < 0.5 else w
        out[i] = f"{out[i]} {head}"
        page.subheadings.append(head)
    return out


def sprinkle(page: Page, paras: list[str], junk: list[list[str]], every: int) -> list[list[str]]:
    """Paragraph blocks with furniture blocks inserted between them (not before the first paragraph)."""
    blocks: list[list[str]] = []
    for i, p in enumerate(paras):
        blocks.append([p])
        if junk and i + 1 < len(paras) and (i + 1) % every == 0:
            blocks.append(junk.pop(0))
    return blocks


def emit(page: Page, blocks: list[list[str]], spaced: bool, body: set[str]) -> None:
    """Write paragraph and furniture blocks; `body` holds the paragraph texts (everything else is furniture)."""
    for b in blocks:
        if spaced:
            page.blank()
        for x in b:
            if x in body:
                page.lines.append(x)
            else:
                page.ui(x)
    page.blank()


def pick_related(page: Page, pool: list[Story], n: int) -> list[Story]:
    taken = {page.main.naeb} | {s.naeb for s in page.carried}
    choices = [s for s in pool if s.naeb not in taken and s.title not in page.related]
    out = page.rng.sample(choices, n)
    page.carried.extend(out)
    return out


def carry(page: Page, story: Story) -> None:
    page.embedded.append({"title": story.title, "first_sentence": first_sentence(story), "naeb": story.naeb})


# ----------------------------------------------------------------- layouts ----


def tvhub(page: Page, pool: list[Story]) -> str | None:
    """Smart-TV news hub: never names itself; trending rail before the article; more stories after."""
    r, s = page.rng, page.main
    page.ui(f"{r.randint(6, 11)}:{r.randint(0, 59):02d}", "For You", "Live TV", "Headlines", "Search", "Settings")
    page.blank()
    if r.random() < 0.8:
        page.ui("Trending now")
        for i, t in enumerate(pick_related(page, pool, r.randint(3, 5)), 1):
            page.ui(f"{i}")
            page.lines.append(page.rel(t))
            page.ui(f"{r.choice(OUTLETS)} · {r.choice(RELATIVE)}")
        page.blank()
    chip = r.choice(OUTLETS)
    page.ui(chip)
    page.lines.append(s.title)
    minutes = max(1, sum(len(p.split()) for p in s.paras) // 230)
    dated = r.random() < 0.65
    when = (
        fmt_day(s.day, r.choice(["long_us", "short_us", "dmy_short"]))
        if dated
        else r.choice(RELATIVE + UPDATED_RELATIVE)
    )
    line = f"{minutes} min read · {when}" if r.random() < 0.5 else f"{when} · {minutes} min read"
    page.meta(line)
    names = s.shown_authors
    if names:
        page.meta("By " + join_names(names, r))
    page.blank()
    paras = run_in(page, s.paras, capitals=False, count=r.randint(0, 2))
    junk = [
        ["Sponsored · Ad ends in 0:1" + str(r.randint(0, 9))],
        ["Press OK to keep reading"],
        ["Scan the code to continue on your phone"],
        ["Sponsored · Ad ends in 0:0" + str(r.randint(1, 9))],
    ]
    emit(page, sprinkle(page, paras, junk, r.randint(4, 7)), spaced=True, body=set(paras))
    page.ui("Send to phone", f"{r.randint(2, 90)} views today")
    page.blank()
    page.ui(r.choice(["More stories", "Watch next", "Keep up with"]))
    for t in pick_related(page, pool, r.randint(3, 5)):
        page.lines.append("• " + page.rel(t))
        page.ui(f"{r.choice(OUTLETS)} · {r.choice(RELATIVE)}")
    page.blank()
    page.ui("◀ Back", "Hold OK to save for later", "Sign out")
    return fmt_day(s.day, "iso") if dated else None


def revue(page: Page, pool: list[Story]) -> str | None:
    """Press review quoting outlets; names itself only in header and footer; other reviews carried in full."""
    r, s = page.rng, page.main
    page.ui("PRESSBRIEF", "The morning's papers, read for you", "Sign in | Subscribe")
    page.blank()
    page.ui(r.choice(["Press review", "Today's review", "Review of the day"]))
    outlet = r.choice(OUTLETS)
    page.lines.append(s.title)
    names = s.shown_authors
    dated = r.random() < 0.7
    if names:
        page.meta(
            r.choice(["Original reporting by ", "From " + outlet + " · reporting by "])
            + join_names(names, r, oxford=True)
        )
    else:
        page.ui("From " + outlet)
    page.ui(r.choice(["Picked by {}, review editor", "Curated by {}"]).format(r.choice(PEOPLE)))
    if dated:
        page.meta(fmt_day(s.day, r.choice(["weekday_dmy", "dmy", "dmy_short"])) + ", " + fmt_time(r, "24"))
    else:
        page.meta(r.choice(["Published this morning", "Reviewed 2 hours ago", "Earlier today"]))
    page.blank()
    paras = run_in(page, s.paras, capitals=True, count=r.randint(1, 3))
    junk = [
        [f"Read the full piece at {outlet} →"],
        [f"You have {r.randint(1, 4)} free reviews left this month"],
        ["Support independent press review: become a member"],
    ]
    emit(page, sprinkle(page, paras, junk, r.randint(3, 6)), spaced=False, body=set(paras))
    page.ui(f"{r.randint(3, 400)} readers found this review useful", "Share", "Copy link")
    page.blank()
    page.ui(r.choice(["What the others say", "Elsewhere in the papers"]))
    for t in pick_related(page, pool, r.randint(2, 4)):
        page.lines.append(f"{r.choice(OUTLETS)}: “{page.rel(t)}”")
    page.blank()
    carried = pick_related(page, pool, r.randint(1, 2))
    if carried:
        page.ui("In full from today's review")
    for k, t in enumerate(carried, 1):
        page.ui(f"— {k} / {len(carried)} —")
        page.ui(r.choice(OUTLETS))
        page.lines.append(page.rel(t))
        carry(page, t)
        if t.shown_authors:
            page.lines.append("Original reporting by " + join_names(t.shown_authors, r))
        body = list(t.paras)
        junk2 = [
            ["Subscribers read the rest of this review first"],
            ["Support independent press review: become a member"],
        ]
        emit(page, sprinkle(page, body, junk2, r.randint(4, 8)), spaced=False, body=set(body))
        page.ui("* * *")
    page.blank()
    page.ui("© 2024 Pressbrief SAS", "Legal notice", "Cookies", "Contact the reviewers")
    return fmt_day(s.day, "iso") if dated else None


def podcast(page: Page, pool: list[Story]) -> str | None:
    """Podcast-and-news app: player and chapters, transcript-like body, queue list, next stories in full."""
    r, s = page.rng, page.main
    page.ui("Earshot", "Home", "Discover", "Library", "Open in the app")
    page.blank()
    if r.random() < 0.6:
        page.ui(
            f"Earshot and {r.randint(90, 240)} partners use cookies to personalise ads and measure "
            "listening. You can change your choices at any time in Privacy settings.",
            "Accept all",
            "Manage",
        )
        page.blank()
    page.ui(f"Episode {r.randint(40, 400)} · {r.choice(['News brief', 'The long read', 'Weekend edition'])}")
    page.lines.append(s.title)
    names = s.shown_authors
    if names:
        page.meta("Written by " + join_names(names, r))
    extras = [f"Produced by {r.choice(PEOPLE)}", f"Narrated by {r.choice(PEOPLE)}"]
    page.ui(" · ".join(extras[: r.randint(1, 2)]))
    length = f"{r.randint(5, 40)} min listen"
    dated = r.random() < 0.6
    if dated:
        page.meta(f"{fmt_day(s.day, r.choice(['short_us', 'long_us', 'weekday_us']))} · {length}")
    else:
        page.meta(f"{r.choice(UPDATED_RELATIVE)} · {length}")
    page.ui("▶ Play", "00:00", f"{r.randint(5, 40)}:{r.randint(0, 59):02d}", "1x")
    page.ui("Chapters", "0:00 Intro", f"{r.randint(1, 3)}:{r.randint(10, 59)} The story")
    page.blank()
    page.ui(r.choice(["Transcript", "Read along"]))
    paras = run_in(page, s.paras, capitals=False, count=r.randint(1, 3))
    junk = [["[Ad break]"], ["♪ Music ♪"], ["Tap a paragraph to jump the player there"], ["[Ad break]"]]
    emit(page, sprinkle(page, paras, junk, r.randint(3, 6)), spaced=r.random() < 0.5, body=set(paras))
    page.ui(f"{r.randint(2, 900)} listens", "♥ Save", "Share episode")
    page.blank()
    page.ui("Up next in your queue")
    for t in pick_related(page, pool, r.randint(2, 4)):
        page.lines.append(f"• {page.rel(t)} — {r.choice(OUTLETS)} · {r.randint(3, 30)} min")
    page.blank()
    for t in pick_related(page, pool, r.randint(0, 2)):
        page.ui("Next in queue")
        page.lines.append(page.rel(t))
        carry(page, t)
        if t.shown_authors:
            page.lines.append("Written by " + join_names(t.shown_authors, r))
        page.ui(r.choice(RELATIVE), "▶ Play")
        body = list(t.paras)
        junk2 = [["[Ad break]"], ["Tap to show the full transcript"]]
        emit(page, sprinkle(page, body, junk2, r.randint(3, 7)), spaced=False, body=set(body))
    page.ui("Earshot for iOS", "Earshot for Android", "© Earshot Audio Ltd")
    return fmt_day(s.day, "iso") if dated else None


def digest(page: Page, pool: list[Story]) -> str | None:
    """University news digest: picks before and after, dotted dates, curator and photo credits, byline last."""
    r, s = page.rng, page.main
    page.ui(
        "Skip to main content",
        "Quadline",
        "News from around Fenmoor University",
        "News digest | Events | Alumni | Give",
        "Log in with your campus ID",
    )
    page.blank()
    page.ui("Top picks this week")
    for i, t in enumerate(pick_related(page, pool, r.randint(2, 3)), 1):
        page.lines.append(f"{i}. {page.rel(t)} ({r.choice(OUTLETS)}, {r.choice(['2 days ago', '4 hrs ago', 'Mon'])})")
    page.blank()
    page.ui("Home › Digest › Week " + str(r.randint(2, 51)))
    page.lines.append(s.title)
    dated = r.random() < 0.75
    curator = f"Curated by {r.choice(PEOPLE)} for the Office of Communications"
    if dated:
        page.meta(f"Posted {fmt_day(s.day, 'dotted')}")
        if r.random() < 0.4:
            upd = s.day + timedelta(days=r.randint(1, 3))
            page.meta(f"Last updated {fmt_day(upd, 'dotted')}")
    page.ui(curator)
    page.blank()
    paras = run_in(page, s.paras, capitals=True, count=r.randint(1, 3))
    outlet = r.choice(OUTLETS)
    junk = [
        [f"Photo: {r.choice(PEOPLE)} / {outlet}"],
        ["Get the digest in your inbox every Friday", "Subscribe"],
        ["Shared with permission of the original publisher"],
    ]
    emit(page, sprinkle(page, paras, junk, r.randint(3, 6)), spaced=True, body=set(paras))
    names = s.shown_authors
    if names:
        page.meta(f"Original article by {join_names(names, r)}, {outlet}")
    page.ui(f"Read the original at {outlet}", f"Share: {r.randint(3, 80)}")
    page.blank()
    page.ui(r.choice(["More from the digest", "Also this week"]))
    page.blank()
    for t in pick_related(page, pool, r.randint(2, 4)):
        page.lines.append(page.rel(t))
        if r.random() < 0.5:
            tz = teaser(t)
            page.lines.append(tz)
            page.teasers.append(tz)
        page.ui(f"{r.choice(OUTLETS)} · {fmt_day(s.day - timedelta(days=r.randint(1, 5)), 'dmy_short')}")
        page.blank()
    page.ui("© 2024 Quadline · Fenmoor University Communications", "Accessibility", "Privacy")
    return fmt_day(s.day, "iso") if dated else None


def scores(page: Page, pool: list[Story]) -> str | None:
    """Sports scores portal: ticker, bylines with roles, AP dates with Updated, headlines, next articles."""
    r, s = page.rng, page.main
    page.ui("Scoreline", "Scores", "Schedule", "Standings", "Fantasy", "Watch")
    page.blank()
    for _ in range(r.randint(2, 3)):
        a, b = r.sample(["LAL", "BOS", "DEN", "PHX", "MIA", "NYK", "CHI", "DAL", "ATL", "SAC"], 2)
        page.ui(
            r.choice(["FINAL", "Q3 4:12", "HALF", "7:30 PM"]), f"{a} {r.randint(80, 130)}", f"{b} {r.randint(80, 130)}"
        )
    page.blank()
    page.lines.append(s.title)
    names = s.shown_authors
    if names:
        roles = ["Staff Writer", "Senior Writer", "Columnist"]
        if len(names) == 1 or r.random() < 0.5:
            page.meta("By " + join_names(names, r) + (f", {r.choice(roles)}" if len(names) == 1 else ""))
        else:
            for n in names:
                page.meta(f"{n}, {r.choice(roles)}")
    dated = r.random() < 0.7
    if dated:
        pub = f"{fmt_day(s.day, 'ap')} {fmt_time(r, 'ap')}"
        upd = f"Updated {r.choice(['3h ago', fmt_day(s.day + timedelta(days=1), 'ap')])}"
        page.meta(f"Published {pub} · {upd}" if r.random() < 0.5 else pub)
    else:
        page.meta(r.choice(UPDATED_RELATIVE))
    page.ui("Facebook", "X", "Copy link", f"💬 {r.randint(2, 300)}")
    page.blank()
    paras = run_in(page, s.paras, capitals=False, count=r.randint(0, 2))
    others = [t for t in pool if t.naeb != s.naeb]
    junk = [
        ["Advertisement"],
        [f"Read more: {r.choice(others).title}"],
        [f"Video · Highlights · {r.randint(1, 3)}:{r.randint(10, 59)}"],
        ["Odds by Linecrest. 21+ only. Please bet responsibly."],
        ["Advertisement"],
    ]
    emit(page, sprinkle(page, paras, junk, r.randint(3, 5)), spaced=True, body=set(paras))
    page.ui(f"Join the conversation ({r.randint(3, 400)})")
    page.blank()
    page.ui(r.choice(["Top Headlines", "Latest"]))
    for t in pick_related(page, pool, r.randint(3, 5)):
        page.lines.append(f"• {page.rel(t)} · {r.choice(['2h', '35m', '5h', '1d'])}")
    page.blank()
    for t in pick_related(page, pool, r.randint(0, 2)):
        page.ui("————", "Next article")
        page.lines.append(page.rel(t))
        carry(page, t)
        if t.shown_authors:
            page.lines.append("By " + join_names(t.shown_authors, r))
        body = list(t.paras)
        emit(
            page,
            sprinkle(page, body, [["Advertisement"], ["Advertisement"]], r.randint(4, 8)),
            spaced=True,
            body=set(body),
        )
    page.ui("© 2024 Scoreline Media. All rights reserved.", "Terms", "Privacy", "Do Not Sell My Info")
    return fmt_day(s.day, "iso") if dated else None


LAYOUTS: dict[str, tuple[Callable[[Page, list[Story]], str | None], str | None]] = {
    "tvhub": (tvhub, None),
    "revue": (revue, "Pressbrief"),
    "podcast": (podcast, "Earshot"),
    "digest": (digest, "Quadline"),
    "scores": (scores, "Scoreline"),
}


# ------------------------------------------------------------------ labels ----


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).casefold()).strip()


def clean_furniture(page: Page) -> list[str]:
    """Furniture labels, minus any line that an article carried on the page also contains (a fair test
    cannot ask the converter to drop article text), deduplicated in page order."""
    texts = [_norm(" ".join(st.paras)) for st in [page.main, *page.carried]]
    lines = {_norm(p) for st in [page.main, *page.carried] for p in st.paras}
    out: list[str] = []
    for f in page.furniture:
        n = _norm(f)
        if f in out or n in lines or (len(f) > 12 and any(n in t for t in texts)):
            continue
        out.append(f)
    return out


def build_page(template: str, main: Story, pool: list[Story], rng: random.Random) -> tuple[str, dict[str, Any]]:
    make, site = LAYOUTS[template]
    page = Page(rng, main)
    day = make(page, pool)
    while page.lines and page.lines[-1] == "":
        page.lines.pop()
    label = {
        "template": template,
        "naeb": main.naeb,
        "url": main.url,
        "title": main.title,
        "authors": list(main.shown_authors),
        "date": day,
        "site": site,
        "related": page.related,
        "teasers": page.teasers,
        "embedded": page.embedded,
        "subheadings": page.subheadings,
        "furniture": clean_furniture(page),
        "meta_lines": page.meta_lines,
    }
    return "\n".join(page.lines) + "\n", label


def build(shared: Path, seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    stories = load_stories(shared)
    used_main = used_main_ids(shared / "aggregator" / "labels.json")
    rng = random.Random(seed)
    mains = [s for nid, s in stories.items() if nid not in used_main]
    rng.shuffle(mains)
    pool = list(stories.values())
    texts, truth, labels = {}, {}, {}
    for k, template in enumerate(LAYOUTS):
        for i in range(per_layout):
            j = k * per_layout + i
            if j >= len(mains):
                break
            main = mains[j]
            page_rng = random.Random(f"{seed}-{template}-{i}")
            text, label = build_page(template, main, pool, page_rng)
            pid = hashlib.sha1(f"holdout2-{seed}-{template}-{i}".encode()).hexdigest()[:16]
            texts[pid], labels[pid] = text, label
            truth[pid] = {"url": main.url, "body": "\n\n".join(main.paras)}
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True, help="output folder (seed-N/ made inside)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=11, help="pages per layout (54 NAEB mains available)")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared corpus folder")
    args = ap.parse_args(argv)
    for seed in args.seeds:
        texts, truth, labels = build(args.shared, seed, args.per_layout)
        write_set(args.out / f"seed-{seed}", texts, truth, labels)
        print(f"seed {seed}: {len(texts)} pages -> {args.out / f'seed-{seed}'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

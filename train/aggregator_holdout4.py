"""A fifth held-out generator of aggregator pages (issue 11): five layouts nobody has tuned on.

Its seed-1 pages can be added to the text-dump models' training data (`train/textdump_train.py --generated`;
an experiment that made the held-out aggregator_holdout5/6 figures worse: see textdump_data.GENERATED_WEIGHT).
Its wordings never go into converter/'s rules.

Builds browser text dumps (``innerText``, one rendered block a line) of article pages in five invented
aggregators, with the shared aggregator set's files and labels (read ../shared/corpus/aggregator/README.md and
../shared/eval/check_aggregator.py).  Main articles are NAEB articles the shared set does not use as main
articles; listed and carried articles are any other NAEB articles.  Every wording below is this script's own.

Layouts (template: what it imitates, what it exercises):

- ``quillfeed``: a web feed (RSS) reader.  Sidebar of folders with unread counts, a toolbar, the feed's name
  over the title, ``by Name`` / ``Name · date`` / ``Author: Name`` bylines, RFC-822-like, ISO or US dates or a
  relative ``received`` time, a Pro promo inside the text, a ``More from <feed>`` title + time list, a title +
  teaser list, and the next unread items of the folder carried in full with reader chrome between paragraphs.
- ``briefing``: a smart-speaker companion app's briefing view.  **Never names itself** (site null).  Playback
  controls, ``Story 3 of 9``, the publisher as ``From <host>``, ``Written by`` / ``Reporting:`` bylines, long
  dates, ``· 6 min listen`` or ``Added to your briefing 2 hours ago``, a transcript with run-in subheadings, an
  ``Up next`` numbered list with publisher lines, a ``Because you listen to`` teaser list, sometimes the next
  story's transcript in full.
- ``parlance``: a translation portal's news view.  ``Translated from German · Show original``, a machine
  translation notice, day-first dotted dates with a later translation date on the same line, ``Author:`` or bare
  bylines, dense paragraphs (no blank lines) with run-in subheadings (some in capitals), rating widgets, a title +
  language-line list and stories "also translated today" carried in full with ``Show original paragraph`` junk.
- ``wirechat``: a messaging app's news channel with its ``Instant View``.  Names itself on about half the pages.
  Earlier channel posts (title + teaser + views/time) *before* the article, bare-name or ``name · host`` bylines,
  reactions and comments under it, then later channel posts carried in full with view counters.
- ``staffroom``: a corporate intranet's industry-news digest.  Greeting, breadcrumb with the week, a person who
  *shared* the article (not an author), ``By Name | host`` / ``Reporter:`` bylines, ``Published: ... · Updated:
  ...`` or ``Shared 3 days ago``, reading time, company notices inside the body, run-in subheadings, likes and
  colleagues' comments, a numbered digest list with teasers, a titles-only trending list, sometimes a second
  digest pick in full.

Run from the repository root::

    python train/aggregator_holdout4.py --out OUT --seeds 1 2 3 [--per-layout 11]

writes ``OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}``; same seed, same bytes.

Before anyone fixed anything (main at 567a78f, CONVERTER_PURE=1, seeds 1 2 3, 55 pages each; mean of the three
seeds' check_aggregator.py and score.py figures): title 0.691, authors exact 0.715, date 0.927, site 0.570 (named
0.401, unnamed 0.930), related R 0.463 P 0.744, embedded 0.558, subheadings 0.924, pages with furniture left
25.3 of 55, body F1 0.924 (P 0.880, R 0.973).  The same converter on the shared tuning set: title 1.000, site
1.000, related R 0.952, embedded 0.964, body F1 0.978.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aggregator_pages
from aggregator_pages import DAYS, MONTHS, PageLines, read_naeb, used_main_ids, write_set

SHARED = aggregator_pages.SHARED / "corpus"
LAYOUTS = ("quillfeed", "briefing", "parlance", "wirechat", "staffroom")


@dataclass(frozen=True)
class Story:
    nid: str
    title: str
    authors: tuple[str, ...]
    date: dt.date | None
    host: str
    url: str
    paras: tuple[str, ...]

    @property
    def first_sentence(self) -> str:
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(])", self.paras[0])[0]
        return first if len(first) <= 220 else first[:220].rsplit(" ", 1)[0]


def load_stories() -> tuple[list[Story], set[str]]:
    """All NAEB stories (sorted by id) and the ids the shared aggregator set uses as main articles."""
    meta, truth = read_naeb(SHARED / "naeb")
    used = used_main_ids(SHARED / "aggregator" / "labels.json")
    stories = []
    for nid in sorted(truth):
        m = meta[nid]
        paras = tuple(p for p in (" ".join(x.split()) for x in truth[nid]["body"].split("\n\n")) if p)
        title = " ".join(str(m.get("title") or "").split())
        if not paras or not title:
            continue
        day = dt.date.fromisoformat(m["date"][:10]) if m.get("date") else None
        host = str(m.get("site") or "").removeprefix("www.") or "news.example"
        stories.append(Story(nid, title, tuple(m.get("authors") or ()), day, host, m.get("url") or "", paras))
    return stories, used


# ---------------------------------------------------------------------------- wordings (all invented here) ----

FIRST_NAMES = ("Priya", "Tomasz", "Ines", "Olu", "Maren", "Dev", "Carla", "Hugo", "Aiko", "Femi", "Lotte", "Rafael")
LAST_NAMES = ("Okafor", "Lindqvist", "Barros", "Nakamura", "Whitcombe", "Duarte", "Halvorsen", "Mbeki", "Ferrante")
FOLDERS = ("Morning reads", "Tech", "Science", "World", "Long reads", "Sport", "Culture", "Money", "Local")
LANGUAGES = ("German", "French", "Spanish", "Italian", "Dutch", "Portuguese", "Polish", "Swedish")
CHANNELS = ("The Early Edition", "Dispatch Daily", "Signal & Noise", "Headline Hour", "Frontpage Relay")
COMPANIES = ("Corvel Group", "Ashgrove Logistics", "Brightwater Insurance", "Tessaro Engineering")
DEVICES = ("Kitchen speaker", "Living room", "Bedroom display", "Office speaker", "Car")
SECTIONS = ("World", "Business", "Science", "Sport", "Entertainment", "Technology", "Health", "Politics")
SUBHEADS = (
    "Behind the numbers",
    "What comes next",
    "The bigger picture",
    "A long road",
    "Why it matters now",
    "Reading the signs",
    "What critics say",
    "The fine print",
    "How we got here",
    "Not everyone agrees",
    "WHAT CHANGED",
    "THE OTHER SIDE",
    "IN PRACTICE",
    "Where the money goes?",
    "Is this the end?",
)
REACTIONS = ("👍", "🔥", "😮", "😢", "👏", "🤔")
COMMENTS = (
    "Great read, sharing with my team.",
    "Not sure I agree with the second half of this.",
    "Does anyone know if this affects the EU too?",
    "Saw this coming months ago.",
    "Thanks for posting, very useful background.",
    "This is exactly what we discussed on Monday.",
    "Interesting take, though the headline oversells it a bit.",
    "Bookmarking this for later.",
)


def hhmm(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(6, 23), rng.randrange(60)


def rel_time(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randrange(2, 58)} min ago",
            f"{rng.randrange(1, 23)}h ago",
            f"{rng.randrange(2, 23)} hours ago",
            "yesterday",
            f"{rng.randrange(2, 6)} days ago",
        )
    )


def short_rel(rng: random.Random) -> str:
    return rng.choice((f"{rng.randrange(2, 58)}m", f"{rng.randrange(1, 23)}h", f"{rng.randrange(2, 6)}d"))


STYLES = ("rfc", "iso", "us", "long", "short", "dotted", "usshort", "at")


def fmt_date(rng: random.Random, d: dt.date, style: str) -> str:
    h, m = hhmm(rng)
    mon, day, wd = MONTHS[d.month - 1], d.day, DAYS[d.weekday()]
    return {
        "rfc": f"{wd[:3]}, {day:02d} {mon[:3]} {d.year} {h:02d}:{m:02d}:{rng.randrange(60):02d} +0000",
        "iso": f"{d.isoformat()} {h:02d}:{m:02d}",
        "us": f"{mon} {day}, {d.year} {(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
        "long": f"{wd}, {day} {mon} {d.year}",
        "short": f"{day} {mon[:3]} {d.year}",
        "dotted": f"{day:02d}.{d.month:02d}.{d.year}",
        "usshort": f"{mon[:3]} {day}, {d.year}",
        "at": f"{day} {mon} {d.year} at {h:02d}:{m:02d}",
    }[style]


def names(authors: Sequence[str], rng: random.Random) -> str:
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + rng.choice((" and ", " & ")) + authors[-1]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def count(rng: random.Random) -> str:
    n = rng.randrange(120, 99000)
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


# ---------------------------------------------------------------------------------------------- the page ----


@dataclass
class Page(PageLines):
    """A dump being written, and its labels kept in step with every line."""

    rng: random.Random
    main: Story
    pool: list[Story]
    carried_text: list[str] = field(default_factory=list)
    date: dt.date | None = None

    def furn(self, *lines: str) -> None:
        """Furniture lines (a blank one is not labelled)."""
        self.add_furniture(lines, label_blank=False)

    def meta(self, line: str, day: dt.date | None = None) -> None:
        """A meta line; the first one given a day sets the page's date."""
        super().meta(line)
        if day is not None and self.date is None:
            self.date = day

    def take(self, n: int, *, carry: bool = False) -> list[Story]:
        """n other stories, none on this page yet (carried ones short enough to carry whole)."""
        fit = [s for s in self.pool if not carry or 3 <= len(s.paras) <= 30]
        out = self.rng.sample(fit, n)
        for s in out:
            self.pool.remove(s)
        return out

    def listed(self, title_line: str, story: Story, teaser: str | None = None) -> None:
        self.lines.append(title_line)
        self.related.append(story.title)
        if teaser:
            self.lines.append(teaser)
            self.teasers.append(teaser)

    def teaser_of(self, story: Story) -> str:
        t = story.first_sentence
        return t if len(t) <= 150 else t[:140].rsplit(" ", 1)[0] + "…"

    def body(
        self, paras: Sequence[str], *, subheads: int = 0, spaced: bool = True, inserts: Sequence[Sequence[str]] = ()
    ) -> None:
        """The main text, one paragraph a line; run-in subheadings glued to the paragraph before them."""
        glue: dict[int, str] = {}
        spots = [i for i in range(len(paras) - 1) if len(paras[i]) > 60]
        for i, head in zip(
            sorted(self.rng.sample(spots, min(subheads, len(spots)))),
            self.rng.sample(SUBHEADS, min(subheads, len(spots))),
            strict=True,
        ):
            glue[i] = head
        free = [i for i in range(1, max(2, len(paras))) if i - 1 not in glue] or [len(paras)]
        at = {self.rng.choice(free): block for block in inserts}
        for i, p in enumerate(paras):
            if i in at:
                self.furn(*at[i])
                if spaced:
                    self.blank()
            self.lines.append(f"{p} {glue[i]}" if i in glue else p)
            if i in glue:
                self.subheadings.append(glue[i])
            if spaced:
                self.blank()

    def carried(self, story: Story, head: Sequence[str], junk: Sequence[str], *, spaced: bool = False) -> None:
        """A related story carried in full: title, its furniture lines, paragraphs with junk lines inside."""
        self.lines.append(story.title)
        self.related.append(story.title)
        self.furn(*head)
        slots = self.rng.sample(range(1, len(story.paras)), min(len(junk), len(story.paras) - 1))
        for i, p in enumerate(story.paras):
            if i in slots:
                self.furn(junk[slots.index(i)])
            self.lines.append(p)
            if spaced:
                self.blank()
        self.carried_text.extend(story.paras)
        self.embedded.append({"title": story.title, "first_sentence": story.first_sentence, "naeb": story.nid})


def byline_date(
    pg: Page,
    byline_forms: Sequence[str],
    date_forms: Sequence[str],
    rel_forms: Sequence[str],
    p_dated: float,
    *,
    joined: Sequence[str] = (),
) -> None:
    """Byline and date lines: absolute dates label the page, relative times leave it null."""
    rng, s = pg.rng, pg.main
    who = rng.choice(byline_forms).format(names(s.authors, rng), host=s.host) if s.authors else None
    when: str | None
    if s.date and rng.random() < p_dated:
        day: dt.date | None = s.date
        h, m = hhmm(rng)
        fields: dict[str, object] = {k: fmt_date(rng, s.date, k) for k in STYLES}
        fields |= {f"next{k}": fmt_date(rng, s.date + dt.timedelta(days=1), k) for k in STYLES}
        when = rng.choice(date_forms).format(n=rng.randrange(2, 9), hm=f"{h:02d}:{m:02d}", **fields)
    else:
        day = None
        when = rng.choice(rel_forms).format(rel=rel_time(rng), n=rng.randrange(2, 9)) if rel_forms else None
    if who and when and joined and rng.random() < 0.5:
        pg.meta(rng.choice(joined).format(who=who, when=when), day)
        return
    if who:
        pg.meta(who)
    if when:
        pg.meta(when, day)


# ---------------------------------------------------------------------------------------------- layouts ----


def quillfeed(pg: Page) -> str:
    rng, s = pg.rng, pg.main
    folder = rng.choice(FOLDERS)
    pg.furn(
        "Quillfeed",
        "Search your feeds",
        "+ Add subscription",
        f"All items {rng.randrange(40, 900)}",
        "Starred",
        "Read later",
    )
    pg.furn(*[f"{f} {rng.randrange(1, 80)}" for f in rng.sample(FOLDERS, rng.randrange(3, 7))])
    if rng.random() < 0.5:
        pg.furn("Hide read items")
    pg.blank()
    pg.furn(*rng.sample(("◀ Previous", "Next ▶", "Mark all as read", "Refresh", "Full content", "Reader mode"), 3))
    pg.blank()
    pg.furn(rng.choice((f"{s.host} — {folder}", s.host, f"{s.host} · {folder}")))
    pg.lines.append(s.title)
    byline_date(
        pg,
        ("by {0}", "Author: {0}", "{0}"),
        ("{rfc}", "{iso}", "{us}"),
        ("received {rel}", "{rel}"),
        0.65,
        joined=("{who} · {when}", "{when} by {who}"),
    )
    pg.furn(rng.choice(("Open original ↗", "Visit website", "View on site")))
    pg.blank()
    promo = (
        [("Quillfeed Pro: full-text search across every feed you follow. Try it free for 14 days.", "Upgrade")]
        if rng.random() < 0.6
        else []
    )
    pg.body(s.paras, spaced=rng.random() < 0.6, inserts=promo)
    pg.blank()
    pg.furn(*rng.sample(("★ Star", "Tag", "Send to…", "Mark as unread", "Copy link"), 4))
    pg.blank()
    pg.furn(rng.choice((f"More in {folder}", f"Earlier in {folder}")))
    for r in pg.take(rng.randrange(2, 5)):
        pg.listed(r.title, r)
        pg.furn(rng.choice((short_rel(rng), fmt_date(rng, r.date, "usshort") if r.date else short_rel(rng))))
    pg.blank()
    if rng.random() < 0.7:
        pg.furn(rng.choice((f"Popular in {folder} this week", "Trending across Quillfeed", "Readers also opened")))
        for r in pg.take(rng.randrange(2, 4)):
            pg.listed(r.title, r, pg.teaser_of(r))
            pg.blank()
    pg.furn(f"Next unread in {folder}")
    pg.blank()
    for r in pg.take(rng.randrange(1, 3), carry=True):
        pg.carried(
            r,
            (f"{r.host} · {short_rel(rng)}",),
            rng.sample(
                (
                    "Mark as read and continue ↓",
                    "— Sponsored —",
                    f"Saved to {folder}",
                    "Quillfeed Pro: read without limits",
                ),
                2,
            ),
        )
        pg.blank()
    pg.furn(
        "Keyboard shortcuts: j / k to move, s to star, m to mark as read",
        f"Quillfeed {rng.randrange(3, 6)}.{rng.randrange(20)} · Status · Privacy · Help",
    )
    return "Quillfeed"


def briefing(pg: Page) -> str | None:
    rng, s = pg.rng, pg.main
    total = rng.randrange(6, 14)
    k = rng.randrange(1, total - 3)
    pg.furn(
        "‹ Back",
        "Briefing",
        f"Now playing on {rng.choice(DEVICES)}",
        rng.choice(("❚❚ Pause", "▶ Resume")),
        rng.choice(("1.0×", "1.25×", "1.5×")),
        f"0{rng.randrange(4)}:{rng.randrange(60):02d} / 0{rng.randrange(5, 10)}:{rng.randrange(60):02d}",
    )
    if rng.random() < 0.6:
        pg.furn("Ask your speaker: “What's the next story?”")
    pg.blank()
    pg.furn(f"{rng.choice(SECTIONS)} · Story {k} of {total}")
    pg.lines.append(s.title)
    pg.furn(f"From {s.host}")
    byline_date(
        pg,
        ("Written by {0}", "Reporting: {0}", "{0}, {host}"),
        ("Published {long}", "{short} · {n} min listen", "{at}"),
        ("Added to your briefing {rel}", "Today's briefing · {n} min listen"),
        0.55,
    )
    pg.blank()
    pg.furn("Read aloud by a synthetic voice. The transcript may differ slightly from the audio.", "Transcript")
    pg.blank()
    ad = [("Sponsored", "Pair a second speaker and get 20% off this weekend.")] if rng.random() < 0.5 else []
    pg.body(s.paras, subheads=rng.randrange(1, 4), inserts=ad)
    pg.furn("Was this story useful?", "👍", "👎", "Skip topics like this")
    pg.blank()
    if rng.random() < 0.5:
        k += 1
        pg.furn(f"Story {k} of {total} · plays next")
        for r in pg.take(1, carry=True):
            pg.carried(r, (f"From {r.host}", "Transcript"), ("Sponsored",), spaced=True)
    nxt = pg.take(rng.randrange(2, min(5, total - k + 1)))
    pg.furn("Up next in your briefing")
    numbered = rng.random() < 0.5
    for i, r in enumerate(nxt, k + 1):
        pg.listed(f"{i}. {r.title}" if numbered else r.title, r)
        pg.furn(f"{r.host} · {rng.randrange(2, 9)} min")
    pg.blank()
    if rng.random() < 0.7:
        pg.furn(f"Because you listen to {rng.choice(SECTIONS)}")
        for r in pg.take(rng.randrange(2, 4)):
            pg.listed(r.title, r, pg.teaser_of(r))
        pg.blank()
    pg.furn("Settings", "Help & feedback", "Privacy")
    return None


def parlance(pg: Page) -> str:
    rng, s = pg.rng, pg.main
    lang = rng.choice(LANGUAGES)
    pg.furn("Parlance", "Translate", "Documents", "News", "Glossary", "Sign in", "🌐 English ▾")
    pg.blank()
    pg.furn(f"Translated from {lang} · Show original", "Machine translation. Quality may vary.")
    if rng.random() < 0.5:
        pg.furn(rng.choice(SECTIONS).upper())
    pg.lines.append(s.title)
    pg.furn(f"Source: {s.host}")
    byline_date(
        pg,
        ("Author: {0}", "{0}", "By {0}"),
        ("{dotted}, {hm}", "Originally published {dotted} · translated {nextdotted}", "{dotted}"),
        ("Translated {rel}",),
        0.7,
    )
    pg.furn("Rate this translation", "★★★★★")
    pg.blank()
    promo = [("Translate any web page: get the Parlance browser extension",)] if rng.random() < 0.6 else []
    pg.body(s.paras, subheads=rng.randrange(0, 4), spaced=rng.random() < 0.4, inserts=[*promo, ("Advertisement",)])
    pg.blank()
    pg.furn("Improve this translation", "Report a problem")
    pg.blank()
    pg.furn(rng.choice(("More news translated into English", "Other translated stories")))
    for r in pg.take(rng.randrange(3, 6)):
        pg.listed(r.title, r)
        pg.furn(f"Translated from {rng.choice(LANGUAGES)} · {short_rel(rng)}")
    pg.blank()
    if rng.random() < 0.8:
        pg.furn("Also translated today")
        pg.blank()
        for r in pg.take(rng.randrange(1, 3), carry=True):
            pg.carried(
                r,
                (f"Source: {r.host} · Translated from {rng.choice(LANGUAGES)}",),
                ("Show original paragraph", "Advertisement"),
            )
            pg.blank()
    pg.furn("© 2024 Parlance Language Services", "Terms", "Privacy", "API for developers")
    return "Parlance"


def wirechat(pg: Page) -> str | None:
    rng, s = pg.rng, pg.main
    named = rng.random() < 0.5
    channel = rng.choice(CHANNELS)
    pg.furn("Wirechat Web" if named else "Chats", "Channels", "Calls", "Search")
    pg.blank()
    pg.furn(
        f"{channel} ✔",
        f"{rng.randrange(20, 900)},{rng.randrange(1000):03d} subscribers",
        rng.choice(("Mute", "Join channel")),
    )
    pg.blank()
    for r in pg.take(rng.randrange(1, 4)):
        pg.listed(rng.choice((f"📰 {r.title}", r.title)), r, pg.teaser_of(r))
        h, m = hhmm(rng)
        pg.furn(f"👁 {count(rng)} · {h:02d}:{m:02d}")
        pg.blank()
    pg.furn("Instant View")
    pg.lines.append(s.title)
    byline_date(
        pg,
        ("{0}", "{0} · {host}", "by {0}"),
        ("{usshort}", "{at}"),
        ("edited {rel}", "posted {rel}"),
        0.6,
        joined=("{who} · {when}",),
    )
    pg.blank()
    ad = (
        [("Sponsored message", "Tired of ads? Channel Boost removes them for €2.99 a month.")]
        if rng.random() < 0.6
        else []
    )
    pg.body(s.paras, spaced=False, inserts=ad)
    pg.blank()
    pg.furn(
        "  ".join(f"{e} {count(rng)}" for e in rng.sample(REACTIONS, 3)),
        f"💬 {rng.randrange(4, 300)} comments",
        "Share",
    )
    pg.blank()
    pg.furn("Comments")
    for text in rng.sample(COMMENTS, rng.randrange(2, 4)):
        pg.furn(person(rng), text, f"{short_rel(rng)} · Reply")
    pg.blank()
    pg.furn(rng.choice(("More in this channel", f"Later in {channel}")))
    pg.blank()
    for r in pg.take(rng.randrange(1, 3), carry=True):
        h, m = hhmm(rng)
        pg.carried(r, (), ("Sponsored message",))
        pg.furn(f"👁 {count(rng)} · edited {h:02d}:{m:02d}")
        pg.blank()
    pg.furn(*(("Wirechat for Desktop", "Download", "Wirechat © 2024") if named else ("Open in app", "Terms")))
    return "Wirechat" if named else None


def staffroom(pg: Page) -> str:
    rng, s = pg.rng, pg.main
    company = rng.choice(COMPANIES)
    pg.furn("Staffroom", "Home", "My team", "Company news", "Industry digest", "Tools", "People finder")
    pg.furn(
        f"Good {rng.choice(('morning', 'afternoon'))}, {rng.choice(FIRST_NAMES)}", "Search people, pages and documents"
    )
    pg.blank()
    week = s.date.isocalendar()[1] if s.date else rng.randrange(1, 52)
    pg.furn(f"Home › Industry digest › Week {week}")
    pg.furn(
        rng.choice(
            (
                "Curated by Internal Communications",
                f"Shared by {person(rng)}, Internal Communications",
                f"Shared by {person(rng)}",
            )
        )
    )
    pg.furn(f"External article · {s.host}")
    pg.lines.append(s.title)
    byline_date(
        pg,
        ("By {0} | {host}", "Reporter: {0}", "{0} ({host})"),
        ("Published: {iso} · Updated: {nextiso}", "{short}", "Published {usshort}"),
        ("Shared {rel}",),
        0.6,
    )
    pg.furn(f"Reading time: {rng.randrange(2, 15)} min")
    pg.blank()
    notes = [
        ("📣 Reminder: open enrolment for benefits closes Friday.",),
        ("IT notice: VPN maintenance on Saturday from 22:00 to 02:00.",),
    ]
    pg.body(s.paras, subheads=rng.randrange(0, 4), inserts=rng.sample(notes, rng.randrange(0, 3)))
    pg.furn("Was this helpful?", "Yes", "No")
    pg.furn(f"👍 Like ({rng.randrange(1, 90)})", "💬 Comment", "🔖 Save")
    pg.blank()
    for text in rng.sample(COMMENTS, rng.randrange(0, 3)):
        pg.furn(
            f"{person(rng)} · {rng.choice(('Finance', 'Operations', 'Legal', 'Sales', 'IT'))} · {short_rel(rng)}",
            text,
            "Like · Reply",
        )
        pg.blank()
    pg.furn(rng.choice(("Also in this week's digest", "More digest picks")))
    for i, r in enumerate(pg.take(rng.randrange(2, 5)), 1):
        pg.listed(f"{i}. {r.title}", r, pg.teaser_of(r))
        pg.furn(r.host)
        pg.blank()
    if rng.random() < 0.4:
        pg.furn("Digest pick of the week · full text")
        for r in pg.take(1, carry=True):
            pg.carried(
                r,
                (f"External article · {r.host}",),
                ("📣 Share your own picks with Internal Communications",),
                spaced=True,
            )
    if rng.random() < 0.7:
        pg.furn("Trending on Staffroom")
        for r in pg.take(rng.randrange(2, 5)):
            pg.listed(r.title, r)
        pg.blank()
    pg.furn(
        f"Internal use only — do not forward outside {company}.",
        "IT Service Desk: ext. 4400",
        f"Staffroom · {company} · Privacy notice",
    )
    return "Staffroom"


BUILDERS: dict[str, Callable[[Page], str | None]] = {
    "quillfeed": quillfeed,
    "briefing": briefing,
    "parlance": parlance,
    "wirechat": wirechat,
    "staffroom": staffroom,
}


# ------------------------------------------------------------------------------------------------ output ----


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def not_in_text(items: Sequence[str], paras: Sequence[str]) -> list[str]:
    """Furniture or byline labels, minus any that an article's own text holds (the converter may rightly keep
    those: a bare-name byline that is also a line of the story, say) and repeats."""
    texts = [_norm(p) for p in paras]
    joined = " ".join(texts)
    out: list[str] = []
    for f in items:
        n = _norm(f)
        if n in texts or (len(f.strip()) > 12 and n in joined) or f in out:
            continue
        out.append(f)
    return out


def build_seed(
    seed: int, per_layout: int, stories: list[Story], used: set[str]
) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    mains = [s for s in stories if s.nid not in used]
    rng.shuffle(mains)
    pages: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    n = 0
    for layout in LAYOUTS:
        for i in range(per_layout):
            main = mains[n % len(mains)]
            n += 1
            pg = Page(rng, main, [s for s in stories if s.nid != main.nid and s.title != main.title])
            site = BUILDERS[layout](pg)
            text = pg.dump()
            pid = hashlib.sha1(f"holdout4/{seed}/{layout}/{i}".encode()).hexdigest()[:16]
            pages[pid] = text
            truth[pid] = {"url": main.url, "body": "\n\n".join(main.paras)}
            labels[pid] = {
                "template": layout,
                "naeb": main.nid,
                "url": main.url,
                "title": main.title,
                "authors": list(main.authors),
                "date": pg.date.isoformat() if pg.date else None,
                "site": site,
                "related": pg.related,
                "teasers": pg.teasers,
                "embedded": pg.embedded,
                "subheadings": pg.subheadings,
                "furniture": not_in_text(pg.furniture, (*main.paras, *pg.carried_text)),
                "meta_lines": not_in_text(pg.meta_lines, main.paras),
            }
    return pages, truth, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--out", required=True, type=Path, help="output folder (seed-K/ folders go inside)")
    ap.add_argument("--seeds", required=True, type=int, nargs="+", help="one page set per seed")
    ap.add_argument("--per-layout", type=int, default=11, help="pages per layout and seed (default 11)")
    args = ap.parse_args(argv)
    if args.per_layout < 1:
        ap.error("--per-layout must be at least 1")
    stories, used = load_stories()
    for seed in args.seeds:
        pages, truth, labels = build_seed(seed, args.per_layout, stories, used)
        out = args.out / f"seed-{seed}"
        write_set(out, pages, truth, labels, sort_keys=True)
        print(f"seed {seed}: {len(pages)} pages -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

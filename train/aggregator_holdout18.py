"""An eighteenth held-out generator of aggregator article pages (issue 11), written without reading the converter.

Browser text dumps (one rendered block a line) of article pages of five invented aggregators, of the same five
kinds as the shared set but designed apart from it and from the other generators:

- `lanternfront`, a portal start page: a privacy wall, a short menu and a city temperature, a publisher chip with
  `+ Add source`, a byline (`By NAME · OUTLET`, `NAME for OUTLET` or `NAME | OUTLET`) over a date line
  (`Dec 22, 2023 · 9:41 AM`, `Published 9:41 AM, Fri Dec 22, 2023` or a relative `7h ago`), read time and a
  text-size control, ad breaks and shop promos in the body, a run-in subheading now and then, a vote bar,
  a numbered `Trending now` list (number, `OUTLET • 4h`, title) and one or two stories of the endless feed
  carried in full under `More for you` (outlet chip, title, byline, date, junk among the paragraphs).
- `driftleaf`, a social magazine: an app prompt, a curator line (`Picked by NAME for COLLECTION`: not an author),
  a topic kicker before the title, a photo credit (not an author), dense paragraphs with no blank lines and run-in
  subheadings glued to the paragraph before (some in capitals), the byline at the top (`by NAME`) or at the end
  (`Written by NAME`, `Story: NAME`), heart and reshare counters, a `More in COLLECTION` list of
  title + teaser + outlet cards and one carried story under `Also in this collection`.
- `threadline`, a coverage comparer: topic tags, a breadcrumb ending in the cut title, outlet counts and a
  lean split, an automatic-summary notice, `Reporter: NAME` or `NAME (OUTLET)`, ISO dates as
  `First published 2023-12-22 14:05 UTC` with `Last updated ...` before or after it (or only `Published 5 hours
  ago`), an `Across the spectrum` list (outlet + lean, title, age) and a title-only `Related threads` list;
  names itself in the header.
- `bramblegate`, a local news app: town chooser and weather, a cookie bar, the title shown again in a sticky bar
  on some pages, `Reported by NAME`, `NAME | ROLE` or a bare name, dotted day-first dates (`22.12.2023, 09:15`),
  `Dec. 22, 2023 at 9:15 a.m.` or `Posted 3 hrs ago`, with `Updated` sometimes, newsletter and ad boxes in the
  body, readers' comments (names, ages, texts and reply counters: none of them authors), a `Around town` list
  (title, outlet + age) and a numbered `Most read this week` list.
- `nameless`, an in-app reader that never names itself (site null): back and text-size controls, the publisher's
  name (not the site), `By NAME and NAME`, ordinal dates (`Friday 22nd December 2023`) or AP style
  (`Dec. 22, 2023 3:14 PM ET`) or a relative `6 hours ago`, an `Edited by NAME` line at the end (an editor: not
  an author), a `More on this story` list, one or two stories carried in full under `Next article`, and a
  `You may also like` list of titles with teasers.

Labels by construction, as the shared set's README and check_aggregator.py define them: authors are exactly NAEB's
names (an article NAEB credits to no one gets no byline at all); the date is the publication date shown, null when
the page shows only relative times; the site is the aggregator's name, null on `nameless`; related lists every
other article's title in page order, carried ones included; furniture holds every inserted UI line and the junk
inside carried stories (the carried stories' date lines too; their bylines are their own metadata, unlabelled);
meta_lines the main article's byline and date lines.  The publisher's name shown as a chip or a line above the
title is neither the site nor an author: on an article NAEB credits to no one it is the only name near the title,
and the authors label stays [].  Main articles are NAEB articles the shared aggregator set does not use as main
articles, picked by the seed.

A known artefact: a run-in subheading may be glued to a paragraph of the NAEB body that is itself a short heading
(`Secure by design Looking ahead`), which no real page would show; 9 of the 92 subheadings of seeds 1-3.

    python train/aggregator_holdout18.py --out OUT --seeds 1 2 3 [--per-layout 10]
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
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
AGG_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

OUTLETS = (
    "Harbor Ledger",
    "The Northfield Courier",
    "Pinecrest Daily",
    "Meridian Wire",
    "The Quarry Post",
    "Saltmarsh Herald",
    "Copperline News",
    "The Valley Lamp",
    "Westbrook Observer",
    "Ironwood Report",
    "The Granite Sentinel",
    "Tidewater Times",
    "Bluefern Weekly",
    "The Orchard Review",
)
PEOPLE = (
    "Maren Holt",
    "Desmond Achebe",
    "Priya Nandakumar",
    "Oskar Lindqvist",
    "Tamsin Greer",
    "Rafael Ocampo",
    "Yuki Tanabe",
    "Bronwyn Ellis",
    "Kofi Mensah",
    "Lucia Ferraro",
    "Hamish Doyle",
    "Ines Carvalho",
)
SUBHEADINGS = (
    "A costly delay",
    "Where things stand",
    "WHAT THE NUMBERS SAY",
    "The view from the ground",
    "Looking ahead",
    "Second thoughts",
    "A DIFFERENT APPROACH",
    "Who pays",
    "Early warnings",
    "THE WIDER STAKES",
    "Mixed signals",
    "No easy answers",
)
COMMENTS = (
    "Finally someone is asking the right questions about this.",
    "I read this twice and I still don't see who benefits.",
    "Good piece, but the headline oversells it a bit.",
    "My neighbour said the same thing last week, nobody listened.",
    "Would love a follow-up on this in six months.",
    "This is exactly why I stopped trusting the official numbers.",
    "Thanks for covering this, the other papers ignored it.",
    "Not sure I agree but it was an interesting read.",
)
TOWNS = ("Ashby Falls", "Fenwick", "Millbrook", "Carrow Bay", "Dunmore", "Elm Ridge")


@dataclass(frozen=True)
class Story:
    naeb: str
    title: str
    authors: tuple[str, ...]
    date: dt.date | None
    paras: tuple[str, ...]
    url: str


@dataclass(kw_only=True)
class Page(PageLines):
    date: str | None = None  # set when a meta line shows the publication date in full

    def dated(self, line: str, day: dt.date) -> None:
        self.meta(line)
        self.date = day.isoformat()

    def furn(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)

    def paragraph(self, para: str, tail: str = "") -> None:
        rows = para.split("\n")
        if tail:
            rows[-1] = f"{rows[-1]} {tail}"
            self.subheadings.append(tail)
        self.text(*rows)

    def card(self, title: str) -> None:
        self.text(title)
        self.related.append(title)

    def teaser(self, text: str) -> None:
        self.text(text)
        self.teasers.append(text)


# ------------------------------------------------------------------ small wording helpers ----


def join_names(names: tuple[str, ...], rng: random.Random) -> str:
    if len(names) == 1:
        return names[0]
    last = rng.choice((" and ", " & "))
    return ", ".join(names[:-1]) + last + names[-1]


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(6, 22), rng.randint(0, 59)


def ampm(h: int, m: int, dotted: bool = False) -> str:
    suffix = ("a.m." if h < 12 else "p.m.") if dotted else ("AM" if h < 12 else "PM")
    return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ago(rng: random.Random, short: bool) -> str:
    if rng.random() < 0.4:
        n = rng.randint(3, 55)
        return f"{n}m ago" if short else f"{n} minutes ago"
    n = rng.randint(1, 20)
    return f"{n}h ago" if short else f"{n} hour{'s' if n > 1 else ''} ago"


def hrs(n: int) -> str:
    return f"{n} hr{'s' if n > 1 else ''}"


def teaser_of(story: Story, rng: random.Random) -> str:
    words = story.paras[0].replace("\n", " ").split()
    cut = rng.randint(14, 22)
    return " ".join(words[:cut]).rstrip(",;:") + "…" if len(words) > cut else " ".join(words)


def first_sentence(story: Story) -> str:
    para = story.paras[0].split("\n")[0]
    m = re.match(r"(.+?[.!?][”’\"')]?)(?=\s+[A-Z“‘\"(]|$)", para)
    return m.group(1) if m else para


def body_with_breaks(
    page: Page, story: Story, rng: random.Random, *, breaks: list[list[str]], subs: int, blank: bool
) -> None:
    """The story's paragraphs, with `breaks` (furniture blocks) after random paragraphs and `subs` run-in
    subheadings glued to the end of paragraphs that have another paragraph after them."""
    n = len(story.paras)
    inner = list(range(1, n - 1))
    sub_at = set(rng.sample(inner, min(subs, len(inner))))
    names = iter(rng.sample(SUBHEADINGS, len(sub_at)))
    break_at: dict[int, list[str]] = {}
    for block in breaks:
        if n > 2:
            break_at.setdefault(rng.randint(1, n - 2), []).extend(block)
    for i, para in enumerate(story.paras):
        page.paragraph(para, next(names) if i in sub_at else "")
        if blank:
            page.blank()
        if i in break_at:
            page.furn(*break_at[i])
            if blank:
                page.blank()


def carried(page: Page, story: Story, rng: random.Random, junk: list[list[str]]) -> None:
    """The paragraphs (at most a dozen) of a related story carried in full, with junk blocks between them."""
    page.embedded.append({"title": story.title, "first_sentence": first_sentence(story), "naeb": story.naeb})
    part = Story(story.naeb, story.title, story.authors, story.date, story.paras[:12], story.url)
    body_with_breaks(page, part, rng, breaks=junk, subs=0, blank=True)


# ------------------------------------------------------------------------------ layouts ----


def lanternfront(page: Page, main: Story, rel: list[Story], rng: random.Random) -> str:
    page.furn("Jump to article", "lanternfront", "Search the Lanternfront web")
    menu = ["Top stories", "World", "Money", "Health", "Lifestyle", "Weather", "Games", "Shopping"]
    page.furn(*[m for m in menu if rng.random() < 0.65], "Sign in")
    page.furn(f"{rng.choice(TOWNS)} {rng.randint(-4, 19)}°")
    page.blank()
    if rng.random() < 0.75:
        page.furn(
            "Your privacy, your choice",
            f"Lanternfront and {rng.randint(90, 240)} vendors store cookies on your device to keep you signed in, "
            "count visits and pick the ads you see. You can change your mind at any time from the link at the "
            "bottom of every page.",
            "Accept and continue",
            rng.choice(("Reject non-essential", "Say no thanks")),
            "Manage settings",
        )
        page.blank()
    outlet = rng.choice(OUTLETS)
    page.furn(outlet, rng.choice(("+ Add source", "Add to my sources")))
    page.text(main.title)
    h, m = clock(rng)
    relative = main.date is None or rng.random() < 0.3
    if main.authors:
        who = join_names(main.authors, rng)
        style = rng.randrange(3)
        byline = (f"By {who} · {outlet}", f"{who} for {outlet}", f"{who} | {outlet}")[style]
        page.meta(byline)
    if relative:
        page.meta(ago(rng, short=True))
    else:
        assert main.date is not None
        d = main.date
        mon = MONTHS[d.month - 1][:3]
        if rng.random() < 0.5:
            page.dated(f"{mon} {d.day}, {d.year} · {ampm(h, m)}", d)
        else:
            page.dated(f"Published {ampm(h, m)}, {DAYS[d.weekday()][:3]} {mon} {d.day}, {d.year}", d)
    page.furn(f"{rng.randint(2, 14)} min read", "A-", "A+")
    page.blank()
    breaks = [
        ["Ad · Story continues below"],
        [
            f"Shop now: {rng.choice(('winter coats', 'headphones', 'air fryers'))} "
            f"up to {rng.choice((30, 40, 50))}% off",
            "Sponsored",
        ],
    ]
    body_with_breaks(page, main, rng, breaks=breaks[: rng.randint(1, 2)], subs=rng.choice((0, 0, 1, 2)), blank=True)
    page.furn(f"Read the full story at {outlet}")
    page.blank()
    page.furn(
        "How did this story make you feel?",
        f"Informed {rng.randint(3, 900)}",
        f"Worried {rng.randint(0, 300)}",
        f"Angry {rng.randint(0, 200)}",
    )
    page.blank()
    n_trend = rng.randint(3, 5)
    page.furn("Trending now")
    for i, s in enumerate(rel[:n_trend], 1):
        page.furn(str(i), f"{rng.choice(OUTLETS)} • {rng.randint(1, 23)}h")
        page.card(s.title)
    page.blank()
    page.furn("More for you")
    page.blank()
    for s in rel[n_trend : n_trend + rng.randint(1, 2)]:
        page.furn(rng.choice(OUTLETS), "+ Add source")
        page.card(s.title)
        if s.authors:
            page.text(f"By {join_names(s.authors, rng)}")
        page.furn(ago(rng, short=True))
        page.blank()
        carried(page, s, rng, [["Ad · Story continues below"], ["Continue reading"]][: rng.randint(1, 2)])
    page.furn(
        f"© {rng.choice((2024, 2025))} Lanternfront",
        "Privacy",
        "Your privacy choices",
        "Terms",
        "Advertise",
        "Feedback",
    )
    return "Lanternfront"


def driftleaf(page: Page, main: Story, rel: list[Story], rng: random.Random) -> str:
    page.furn("Driftleaf", "For you", "Topics", "Join Driftleaf")
    page.blank()
    if rng.random() < 0.7:
        page.furn(
            "Driftleaf is better in the app: offline reading, your collections and no pop-ups.",
            "Continue in app",
            "Stay on the web",
        )
        page.blank()
    collection = rng.choice(("Slow Reads", "The Long Week", "Worth Your Coffee", "Big Ideas", "Saved for Sunday"))
    curator = rng.choice(PEOPLE)
    page.furn(f"Picked by {curator} for {collection}")
    page.furn(rng.choice(("POLITICS", "SCIENCE", "CULTURE", "WORLD", "BUSINESS", "TECH")))
    page.text(main.title)
    top = bool(main.authors) and rng.random() < 0.5
    if top:
        page.meta(f"by {join_names(main.authors, rng)}")
    relative = main.date is None or rng.random() < 0.3
    if relative:
        page.meta(f"Saved {rng.randint(2, 9)} days ago" if rng.random() < 0.5 else ago(rng, short=False))
    else:
        assert main.date is not None
        page.dated(f"{main.date.day} {MONTHS[main.date.month - 1]} {main.date.year}", main.date)
    page.furn(f"Photo: {rng.choice(PEOPLE)} / {rng.choice(OUTLETS)}")
    page.blank()
    promo = [[f"Also on Driftleaf: {rng.choice(('the best board games of the year', 'ten books to read slowly'))}"]]
    body_with_breaks(page, main, rng, breaks=promo if rng.random() < 0.5 else [], subs=rng.randint(1, 3), blank=False)
    page.blank()
    if main.authors and not top:
        page.meta(f"{rng.choice(('Written by', 'Story:'))} {join_names(main.authors, rng)}")
    page.furn(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}K hearts", "Heart", "Reshare", "Add to collection")
    page.blank()
    page.furn(f"More in {collection}")
    for s in rel[: rng.randint(2, 4)]:
        page.card(s.title)
        page.teaser(teaser_of(s, rng))
        page.furn(rng.choice(OUTLETS))
        page.blank()
    if rng.random() < 0.8:
        s = rel[4]
        page.furn("Also in this collection")
        page.card(s.title)
        page.furn(f"via {rng.choice(OUTLETS)}")
        page.blank()
        carried(page, s, rng, [["Tap to keep reading"]])
    page.furn("About", "Creators", "Help", "Privacy & terms", "© Driftleaf Labs")
    return "Driftleaf"


def threadline(page: Page, main: Story, rel: list[Story], rng: random.Random) -> str:
    page.furn("THREADLINE", "Home", "Threads", "Blindspots", "Sign up free")
    page.blank()
    tags = rng.sample(["# Economy", "# US Politics", "# Technology", "# Health", "# Climate", "# Courts"], 3)
    page.furn(*tags)
    cut = main.title[: rng.randint(18, 30)].rstrip() + "…"
    page.furn(f"Threads › {tags[0][2:]} › {cut}")
    page.blank()
    page.text(main.title)
    total = rng.randint(9, 60)
    left = rng.randint(1, total - 2)
    right = rng.randint(0, total - left - 1)
    lean = [f"{total} outlets on this thread", f"Left {left} · Centre {total - left - right} · Right {right}"]
    lean_on_top = rng.random() < 0.6
    if lean_on_top:
        page.furn(*lean)
    page.blank()
    if main.authors:
        outlet = rng.choice(OUTLETS)
        who = join_names(main.authors, rng)
        page.meta(f"Reporter: {who}" if rng.random() < 0.5 else f"{who} ({outlet})")
    h, m = clock(rng)
    if main.date is None or rng.random() < 0.25:
        page.meta(f"Published {ago(rng, short=False)}")
    else:
        d = main.date
        pub = f"First published {d.isoformat()} {h:02d}:{m:02d} UTC"
        upd = f"Last updated {(d + dt.timedelta(days=rng.randint(0, 2))).isoformat()}"
        if rng.random() < 0.5:
            page.dated(pub, d)
            page.meta(upd)
        else:
            page.meta(upd)
            page.dated(pub, d)
    page.furn("Summary generated automatically from the outlets on this thread. It can be wrong.")
    page.blank()
    body_with_breaks(page, main, rng, breaks=[["Support independent comparison: go Pro"]], subs=0, blank=True)
    if not lean_on_top:
        page.furn(*lean)
        page.blank()
    page.furn("Across the spectrum")
    for s in rel[: rng.randint(3, 6)]:
        page.furn(f"{rng.choice(OUTLETS)} · {rng.choice(('Leans left', 'Centre', 'Leans right'))}")
        page.card(s.title)
        page.furn(ago(rng, short=True))
        page.blank()
    page.furn("Related threads")
    for s in rel[6 : 6 + rng.randint(2, 4)]:
        page.card(s.title)
    page.blank()
    page.furn(
        "Threadline compares how outlets cover the same story.", "About", "Methodology", "Privacy", "© 2025 Threadline"
    )
    return "Threadline"


def bramblegate(page: Page, main: Story, rel: list[Story], rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    page.furn("Bramblegate", f"{town} ▾", f"{rng.randint(-3, 18)}° {rng.choice(('Cloudy', 'Sunny spells', 'Rain'))}")
    page.furn("We use cookies to remember your town and measure traffic.", "Got it")
    page.blank()
    if rng.random() < 0.4:
        page.text(main.title)
        page.furn("Share", "Save")
        page.blank()
    page.furn(rng.choice(("Local news", "Council", "Schools", "Police & courts", "Things to do")))
    page.text(main.title)
    if main.authors:
        who = join_names(main.authors, rng)
        style = rng.randrange(3)
        role = rng.choice(("Staff Writer", "Community Reporter", "Contributor"))
        # a bare name that the story itself mentions (an institution credited) would read as body text
        bare_ok = who not in "\n".join(main.paras)
        page.meta((f"Reported by {who}", f"{who} | {role}", who if bare_ok else f"Reported by {who}")[style])
    h, m = clock(rng)
    relative = main.date is None or rng.random() < 0.3
    if relative:
        page.meta(f"Posted {hrs(rng.randint(1, 11))} ago")
    else:
        assert main.date is not None
        d = main.date
        if rng.random() < 0.5:
            page.dated(f"{d.day:02d}.{d.month:02d}.{d.year}, {h:02d}:{m:02d}", d)
        else:
            page.dated(f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year} at {ampm(h, m, dotted=True)}", d)
    if rng.random() < 0.4:
        page.meta(f"Updated {hrs(rng.randint(1, 5))} ago")
    page.blank()
    letter = ["The Bramblegate Breakfast", "Local headlines in your inbox before 7 a.m.", "Email address", "Subscribe"]
    body_with_breaks(page, main, rng, breaks=[["— ADVERTISEMENT —"], letter][: rng.randint(1, 2)], subs=0, blank=True)
    n_com = rng.randint(0, 3)
    page.furn(f"Comments ({n_com})" if n_com else "Be the first to comment", "Sign in to join the conversation")
    for c in rng.sample(COMMENTS, n_com):
        page.furn(rng.choice(PEOPLE), f"{rng.randint(1, 9)}h", c, f"Reply · {rng.randint(0, 30)} likes")
    page.blank()
    page.furn("Around town")
    for s in rel[: rng.randint(2, 4)]:
        page.card(s.title)
        page.furn(f"{rng.choice(OUTLETS)} · {rng.randint(2, 6)} days ago")
        page.blank()
    if rng.random() < 0.6:
        page.furn("Most read this week")
        for i, s in enumerate(rel[5 : 5 + rng.randint(2, 3)], 1):
            page.text(f"{i}. {s.title}")
            page.related.append(s.title)
        page.blank()
    page.furn("Bramblegate for your town", "Contact the newsroom", "Privacy", "Terms of use")
    return "Bramblegate"


def nameless(page: Page, main: Story, rel: list[Story], rng: random.Random) -> str | None:
    page.furn("‹ Back", "Aa", "Share")
    page.blank()
    outlet = rng.choice(OUTLETS)
    page.furn(outlet)
    page.text(main.title)
    if main.authors:
        page.meta(f"By {join_names(main.authors, rng)}")
    h, m = clock(rng)
    if main.date is None or rng.random() < 0.3:
        page.meta(ago(rng, short=False))
    else:
        d = main.date
        if rng.random() < 0.5:
            page.dated(f"{DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}", d)
        else:
            mon = MONTHS[d.month - 1]
            page.dated(f"{mon if len(mon) <= 5 else mon[:3] + '.'} {d.day}, {d.year} {ampm(h, m)} ET", d)
    page.blank()
    body_with_breaks(page, main, rng, breaks=[["Sponsored content"]] if rng.random() < 0.5 else [], subs=0, blank=True)
    if rng.random() < 0.7:
        page.furn(f"Edited by {rng.choice(PEOPLE)}")
        page.blank()
    page.furn(f"Originally published by {outlet}", "Open in browser")
    page.blank()
    page.furn("More on this story")
    k = rng.randint(2, 3)
    for s in rel[:k]:
        page.card(s.title)
        page.furn(f"{rng.choice(OUTLETS)} · {ago(rng, short=True)}")
    page.blank()
    for s in rel[k : k + rng.randint(1, 2)]:
        page.furn("Next article", rng.choice(OUTLETS))
        page.card(s.title)
        if s.authors:
            page.text(f"By {join_names(s.authors, rng)}")
        page.furn(ago(rng, short=False))
        page.blank()
        carried(page, s, rng, [["Sponsored content"]] if rng.random() < 0.5 else [])
    page.furn("You may also like")
    for s in rel[5 : 5 + rng.randint(2, 3)]:
        page.card(s.title)
        page.teaser(teaser_of(s, rng))
        page.blank()
    page.furn("Report a problem", "Reader settings")
    return None


LAYOUTS: dict[str, Callable[[Page, Story, list[Story], random.Random], str | None]] = {
    "lanternfront": lanternfront,
    "driftleaf": driftleaf,
    "threadline": threadline,
    "bramblegate": bramblegate,
    "nameless": nameless,
}


# ----------------------------------------------------------------------------- building ----


def load_stories() -> dict[str, Story]:
    meta, truth = read_naeb(NAEB)
    out = {}
    for k in sorted(meta):
        body = truth[k]["body"].strip()
        paras = tuple(p.strip() for p in body.split("\n\n") if p.strip())
        day = dt.date.fromisoformat(meta[k]["date"]) if meta[k].get("date") else None
        out[k] = Story(k, meta[k]["title"].strip(), tuple(meta[k].get("authors") or ()), day, paras, meta[k]["url"])
    return out


def build_seed(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    stories = load_stories()
    used = used_main_ids(AGG_LABELS)
    free = [k for k in sorted(stories) if k not in used]
    mains = rng.sample(free, min(len(free), per_layout * len(LAYOUTS)))
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for i, key in enumerate(mains):
        name = list(LAYOUTS)[i % len(LAYOUTS)]
        main = stories[key]
        others = [k for k in sorted(stories) if k != key and stories[k].title != main.title]
        rel = [stories[k] for k in rng.sample(others, 10)]
        page = Page()
        site = LAYOUTS[name](page, main, rel, rng)
        pid = hashlib.sha256(f"h18/{seed}/{i}/{key}".encode()).hexdigest()[:16]
        texts[pid] = page.dump()
        truth[pid] = {"url": main.url, "body": "\n\n".join(main.paras)}
        labels[pid] = page.labels(
            template=name,
            naeb=key,
            url=main.url,
            title=main.title,
            authors=list(main.authors),
            date=page.date,
            site=site,
        )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build_seed, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

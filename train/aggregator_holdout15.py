"""Held-out aggregator pages, generator 15: five invented aggregators nobody has tuned the converter on.

Written without reading the converter nor the other generators, to estimate how the text-dump converter does
on unseen aggregator layouts (issue 11).  Main articles are NAEB articles the shared aggregator set does not
use as main articles (chosen by the seed); related and carried articles are any other NAEB articles.  Only
the mechanics (month names, NAEB reading, writing a set) come from `aggregator_pages.py`; every wording lives
here.

The five layouts (template names are the aggregators' names, lower-cased):

- `hearthstream`: portal start page.  Logo, menu row, search box, privacy wall (accept / manage), publisher
  line with a `+ Follow` button, title, byline (`Story by A`, `A, Publisher` or none), date as
  `Dec 22, 2023 · 2:05 PM` or only a relative `Published 5h ago`, read time
  and a text-to-speech control, `Sponsored` and `Advertisement` lines in the body, reaction counters, a
  `Trending on Hearthstream` list (title, then `Publisher | 3h`), then one or two stories of the feed carried
  in full under `Keep scrolling` (publisher, title, byline, time, paragraphs with ad lines inside), footer.
- `gleanery`: social magazine.  App banner (`Get the Gleanery app`), curated-in line (`Curated by @handle in
  COLLECTION`: the curator is not an author), title, cover credit (`Cover: Agency / Photographer`, not an
  author), paragraphs one a line with no blank lines between them, run-in subheadings glued to the end of
  the paragraph before them (some in capitals), the byline at the end (`Story: A`, `Written by A for
  Publisher`) with a date like `22 Dec 2023` or a relative `2d`, heart / reshare counters, `From this
  collection` cards (title, teaser), and 1-2 collection stories carried in full with one paragraph a line.
- `triangulate`: coverage comparer.  Topic chips, breadcrumb with the title cut, source counts and a lean
  split, `First reported Friday, December 22, 2023` (or only `First reported 4 days ago`) and `Refreshed 2
  hours ago`, a notice that the key points were compiled automatically, `Reported by A for Publisher` or
  `Original reporting: A (publisher.com)`, a `How others covered it` list (lean · domain, title, time) and a
  `More stories` list of titles only.  Names itself in the header and inside phrases.
- `hamletly`: local news app.  Town, weather line, alert prompt, title (repeated in a sticky bar on some
  pages), byline `A | Publisher`, `By A, Publisher` or name plus a role line (`Staff writer`), numeric US
  dates `12/22/2023 3:10 PM` (month first) with `Updated 2 hrs ago`, or only relative times, an
  `ADVERTISEMENT` and newsletter sign-up box inside the body, run-in subheadings on some pages, readers'
  comments (name, time, text, `Reply`), `Nearby headlines` (title, `Publisher · 3h`).
- `unbranded`: in-app reader that never names itself (site null): `Back`, text size and share controls,
  title, `Publisher — A` or `A / Publisher` byline, dates `Dec. 22, 2023` (AP style) or `Friday 22 December
  2023` or relative only, an `Additional reporting by X; edited by Y` sign-off at the end (these people are
  not authors), run-in subheadings, `Related coverage` (publisher, title), 1-2 stories carried in full under
  `Next in your feed`, and a `You might also like` list of title + teaser.

Authors are exactly NAEB's (an organisation NAEB credits is printed like a person).  An article NAEB credits
to no one has no byline at all: no layout prints a newsroom credit for it.  The date label is the NAEB
publication date when the page shows it as a date, and null when the page shows only relative times.
Labels follow shared/corpus/aggregator/README.md and shared/eval/check_aggregator.py.

The aggregators were first called leaflet, crossread and porchlight; those names turned out to be holdout12's (and
earlier generators'), so they were renamed before the figures were reported.  Only the names changed: the random
draws, pages and the converter's figures stayed the same.  `Additional reporting by` people are not authors here
(NAEB does not credit them); a few NAEB bodies end with their own credit line naming more people than NAEB's
labels, and the labels keep NAEB's.

Usage (from the repository root):

    python train/aggregator_holdout15.py --out OUT --seeds 1 2 3 [--per-layout 10]
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB_DIR = SHARED / "corpus" / "naeb"
AGG_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

PUBLISHERS = (
    "The Harbor Ledger",
    "Northgate Times",
    "Pinecrest Courier",
    "Metro Wire Daily",
    "The Civic Record",
    "Saltmarsh Post",
    "Bluff City Herald",
    "Open Frame Tech",
    "Granite State Voice",
    "The Morning Lantern",
    "Westbrook Observer",
    "Signal & Noise",
    "Quarry Hill News",
    "The Daily Compass",
    "Ridgeline Report",
)
RUNIN_HEADINGS = (
    "What comes next",
    "A turning point",
    "Behind the numbers",
    "THE BIGGER PICTURE",
    "Why it matters",
    "Early warnings",
    "NOT SO FAST",
    "The fine print",
    "Looking ahead",
    "A long road",
    "Reactions pour in",
    "ON THE GROUND",
    "Mixed signals",
    "Counting the cost",
)
PERSONS = (
    "Marisol Quint",
    "Dev Okafor",
    "Lena Hartwig",
    "Tomasz Brell",
    "Ayesha Karim",
    "Rowan Pike",
    "Ines Calder",
    "Gus Mahoney",
    "Priya Venkat",
    "Oskar Lind",
)
COMMENTERS = ("riverrat_88", "J. Holloway", "concerned_parent", "Bea T.", "oldtownpete", "M. Sandoval")
COMMENTS = (
    "Thanks for covering this, nobody else did.",
    "I read this twice and still have questions about who pays for it.",
    "Same thing happened on our street last year. Nothing changed.",
    "Good reporting. Please follow up in a few months.",
    "This comment section is going to be fun.",
)


# ------------------------------------------------------------------ helpers ----


def paragraphs(body: str) -> list[str]:
    return [p for p in body.split("\n\n") if p.strip()]


def first_sentence(body: str) -> str:
    first = paragraphs(body)[0].split("\n")[0]
    m = re.search(r"[.!?][\"”’]?\s", first)
    return first[: m.end()].strip() if m else first.strip()


def teaser(body: str, rng: random.Random) -> str:
    text = " ".join(paragraphs(body)[0].split())
    limit = rng.choice((110, 130, 150))
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def join_names(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def hour_min(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(6, 23), rng.randrange(0, 60)


def us_time(h: int, m: int, *, dotted: bool = False) -> str:
    suffix = ("p.m." if h >= 12 else "a.m.") if dotted else ("PM" if h >= 12 else "AM")
    return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"


def relative(rng: random.Random, short: bool) -> str:
    n = rng.randrange(1, 20)
    unit = rng.choice(("h", "m", "d")) if short else rng.choice(("hours", "minutes"))
    if short:
        return f"{n}{unit}"
    return f"{n} {unit if n > 1 else unit[:-1]} ago"


def page_id(seed: int, template: str, i: int) -> str:
    return hashlib.sha256(f"h15/{seed}/{template}/{i}".encode()).hexdigest()[:16]


class Pool:
    """NAEB articles to draw related and carried ones from (never the page's main article, never twice)."""

    def __init__(self, meta: dict[str, Any], truth: dict[str, Any], rng: random.Random, main: str) -> None:
        self.meta, self.truth, self.rng = meta, truth, rng
        self.free = [k for k in sorted(meta) if k != main]
        rng.shuffle(self.free)

    def take(self, *, carried: bool = False) -> str:
        for i, k in enumerate(self.free):
            n = len(paragraphs(self.truth[k]["body"]))
            if not carried or 3 <= n <= 30:
                return self.free.pop(i)
        raise RuntimeError("NAEB pool exhausted")

    def title(self, k: str) -> str:
        return str(self.meta[k]["title"])

    def body(self, k: str) -> str:
        return str(self.truth[k]["body"])


def related_item(page: PageLines, title: str) -> None:
    page.text(title)
    page.related.append(title)


def teaser_line(page: PageLines, text: str) -> None:
    page.text(text)
    page.teasers.append(text)


def carry(page: PageLines, pool: Pool, k: str, rng: random.Random, junk: list[str], *, blank: bool) -> None:
    """A related story's paragraphs carried in full, with `junk` lines put after some of them."""
    paras = paragraphs(pool.body(k))
    spots = set(rng.sample(range(1, len(paras)), min(len(junk), len(paras) - 1)))
    junk_iter = iter(junk)
    for i, p in enumerate(paras):
        if i in spots:
            line = next(junk_iter)
            page.add_furniture([line], label_blank=False)
            if blank:
                page.blank()
        page.text(*p.split("\n"))
        if blank:
            page.blank()
    page.embedded.append({"title": pool.title(k), "first_sentence": first_sentence(pool.body(k)), "naeb": k})
    page.related.append(pool.title(k))


def main_body(
    page: PageLines,
    body: str,
    rng: random.Random,
    *,
    blank: bool,
    inserts: list[list[str]],
    runins: int = 0,
) -> None:
    """The main article's paragraphs; `inserts` are furniture blocks put between paragraphs; `runins`
    subheadings are glued to the end of a paragraph (one ending a sentence, with one line, not the last)."""
    paras = paragraphs(body)
    gluable = [i for i, p in enumerate(paras[:-1]) if i >= 1 and "\n" not in p and p.rstrip()[-1:] in '.!?”"']
    glue = set(rng.sample(gluable, min(runins, len(gluable))))
    heads = iter(rng.sample(RUNIN_HEADINGS, len(glue)))
    spots = set(rng.sample(range(2, len(paras)), min(len(inserts), max(len(paras) - 2, 0))))
    ins = iter(inserts)
    for i, p in enumerate(paras):
        if i in spots:
            page.add_furniture(next(ins), label_blank=False)
            if blank:
                page.blank()
        if i in glue:
            head = next(heads)
            page.subheadings.append(head)
            page.text(f"{p} {head}")
        else:
            page.text(*p.split("\n"))
        if blank:
            page.blank()


# ------------------------------------------------------------------ layouts ----

Labels = dict[str, Any]
Layout = Callable[[random.Random, str, Pool], tuple[PageLines, Labels]]


def hearthstream(rng: random.Random, k: str, pool: Pool) -> tuple[PageLines, Labels]:
    meta, page = pool.meta[k], PageLines()
    d = date.fromisoformat(meta["date"])
    site = "Hearthstream"
    page.add_furniture(
        ["Hearthstream", "Home", "News", "Money", "Sports", "Weather", "Play", "Mail"], label_blank=False
    )
    page.add_furniture(["Search Hearthstream"], label_blank=False)
    page.blank()
    if rng.random() < 0.7:
        page.add_furniture(
            [
                "We care about your privacy",
                "Hearthstream and 212 of our partners store and read cookies on your device to keep you signed in, "
                "understand how you use our services and show you ads that fit your interests. You can change "
                "your mind at any time from Privacy controls at the bottom of every page.",
                "Accept and continue",
                "Manage settings",
            ],
            label_blank=False,
        )
        page.blank()
    pub = rng.choice(PUBLISHERS)
    page.add_furniture([pub, "+ Follow"], label_blank=False)
    page.text(meta["title"])
    authors = list(meta["authors"])
    h, m = hour_min(rng)
    dated = rng.random() < 0.6
    date_line = (
        f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year} · {us_time(h, m)}"
        if dated
        else f"Published {relative(rng, True)} ago"
    )
    form = rng.randrange(3)
    if authors and form == 0:
        page.meta(f"Story by {join_names(authors)}")
        page.meta(date_line)
    elif authors and form == 1:
        page.meta(f"{join_names(authors)}, {pub} · {date_line}")
    else:
        if authors:
            page.meta(f"Story by {join_names(authors)} · {date_line}")
        else:
            page.meta(date_line)
    page.add_furniture([f"{rng.randrange(2, 14)} min read"], label_blank=False)
    if rng.random() < 0.5:
        page.add_furniture(["Listen", f"{rng.randrange(2, 12)}:{rng.randrange(60):02d}"], label_blank=False)
    page.blank()
    inserts = [["Sponsored"], ["Advertisement"], ["Story continues below"]][: rng.randrange(1, 4)]
    main_body(page, pool.body(k), rng, blank=True, inserts=inserts)
    page.add_furniture([f"👍 {rng.randrange(3, 900)}", f"💬 {rng.randrange(0, 200)}", "Share"], label_blank=False)
    page.add_furniture([f"Read the full story on {pub}"], label_blank=False)
    page.blank()
    page.add_furniture(["Trending on Hearthstream"], label_blank=False)
    page.blank()
    for _ in range(rng.randrange(3, 6)):
        r = pool.take()
        related_item(page, pool.title(r))
        page.add_furniture([f"{rng.choice(PUBLISHERS)} | {relative(rng, True)}"], label_blank=False)
        page.blank()
    if rng.random() < 0.8:
        for _ in range(rng.randrange(1, 3)):
            r = pool.take(carried=True)
            page.add_furniture(["Keep scrolling", rng.choice(PUBLISHERS), "+ Follow"], label_blank=False)
            page.text(pool.title(r))
            if pool.meta[r]["authors"]:
                page.text(f"Story by {join_names(pool.meta[r]['authors'])}")
            page.add_furniture([relative(rng, True)], label_blank=False)
            page.blank()
            junk = ["Advertisement", f"Related: {pool.title(pool.take())}"][: rng.randrange(1, 3)]
            carry(page, pool, r, rng, junk, blank=True)
    page.add_furniture(
        ["© 2024 Hearthstream Inc.", "Privacy controls", "Terms", "Advertise with us", "Help & feedback"],
        label_blank=False,
    )
    return page, {"authors": authors, "date": meta["date"] if dated else None, "site": site}


def gleanery(rng: random.Random, k: str, pool: Pool) -> tuple[PageLines, Labels]:
    meta, page = pool.meta[k], PageLines()
    d = date.fromisoformat(meta["date"])
    page.add_furniture(["gleanery", "For you", "Collections", "Sign in"], label_blank=False)
    page.blank()
    if rng.random() < 0.8:
        page.add_furniture(
            [
                "Get the Gleanery app",
                "Collections you follow, offline reading and no interruptions. It's free.",
                "Open in app",
                "Keep reading here",
            ],
            label_blank=False,
        )
        page.blank()
    collection = rng.choice(("Late Edition", "Worth Your Time", "The Long Read Shelf", "Deep Dives", "Morning Stack"))
    handle = rng.choice(("@quietreader", "@hollis.m", "@newsnerd", "@tamsin_reads"))
    page.add_furniture([f"Curated by {handle} in {collection.upper()}"], label_blank=False)
    page.text(meta["title"])
    if rng.random() < 0.5:
        page.add_furniture(
            [f"Cover: {rng.choice(('Getty Images', 'Reuters', 'Unsplash'))} / {rng.choice(PERSONS)}"], label_blank=False
        )
    page.blank()
    inserts = [["Tap to read more from this collection"]] if rng.random() < 0.5 else []
    main_body(page, pool.body(k), rng, blank=False, inserts=inserts, runins=rng.randrange(1, 4))
    page.blank()
    authors = list(meta["authors"])
    pub = rng.choice(PUBLISHERS)
    dated = rng.random() < 0.6
    when = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}" if dated else relative(rng, True)
    if authors:
        if rng.random() < 0.5:
            page.meta(f"Story: {join_names(authors)}")
            page.meta(f"{pub} · {when}")
        else:
            page.meta(f"Written by {join_names(authors)} for {pub} · {when}")
    else:
        page.meta(f"{pub} · {when}")
    page.add_furniture(
        [
            f"{rng.randrange(10, 3000)} hearts · {rng.randrange(0, 90)} reshares",
            "Heart",
            "Reshare",
            "Add to collection",
        ],
        label_blank=False,
    )
    page.blank()
    page.add_furniture([f"From {collection}"], label_blank=False)
    page.blank()
    for _ in range(rng.randrange(2, 4)):
        r = pool.take()
        related_item(page, pool.title(r))
        teaser_line(page, teaser(pool.body(r), rng))
        page.blank()
    for _ in range(rng.randrange(1, 3)):
        r = pool.take(carried=True)
        page.text(pool.title(r))
        page.add_furniture([f"{rng.choice(PUBLISHERS)} · {relative(rng, True)}"], label_blank=False)
        carry(page, pool, r, rng, ["Tap to expand", "— Sponsored —"][: rng.randrange(0, 3)], blank=False)
        page.add_furniture([f"{rng.randrange(5, 400)} hearts"], label_blank=False)
        page.blank()
    page.add_furniture(
        ["About Gleanery", "Jobs", "Community rules", "Privacy", "© Gleanery Labs 2024"], label_blank=False
    )
    return page, {"authors": authors, "date": meta["date"] if dated else None, "site": "Gleanery"}


def triangulate(rng: random.Random, k: str, pool: Pool) -> tuple[PageLines, Labels]:
    meta, page = pool.meta[k], PageLines()
    d = date.fromisoformat(meta["date"])
    title = str(meta["title"])
    page.add_furniture(["TRIANGULATE", "Top stories", "Blindspots", "Local", "My feed", "Subscribe"], label_blank=False)
    page.blank()
    chips = rng.sample(("Politics", "Business", "Technology", "Science", "Culture", "World", "Health", "Sport"), 3)
    page.add_furniture(["Topics: " + " · ".join(chips)], label_blank=False)
    cut = title if len(title) <= 40 else title[:40].rsplit(" ", 1)[0] + "…"
    page.add_furniture([f"Home › {chips[0]} › {cut}"], label_blank=False)
    page.blank()
    page.text(title)
    left, centre, right = (rng.randrange(2, 30) for _ in range(3))
    counts = [f"{left + centre + right} sources", f"Left {left} · Center {centre} · Right {right}"]
    above = rng.random() < 0.5
    if above:
        page.add_furniture(counts, label_blank=False)
    dated = rng.random() < 0.6
    if dated:
        page.meta(f"First reported {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}")
    else:
        page.meta(f"First reported {rng.randrange(2, 9)} days ago")
    page.add_furniture([f"Refreshed {relative(rng, False)}"], label_blank=False)
    page.blank()
    page.add_furniture(
        [
            f"Key points on this page were compiled automatically by Triangulate from {left + centre + right} "
            "articles. Check the original reporting."
        ],
        label_blank=False,
    )
    page.blank()
    authors = list(meta["authors"])
    pub = rng.choice(PUBLISHERS)
    domain = re.sub(r"^www\.", "", str(meta["site"]))
    if authors:
        if rng.random() < 0.5:
            page.meta(f"Reported by {join_names(authors)} for {pub}")
        else:
            page.meta(f"Original reporting: {join_names(authors)} ({domain})")
        page.blank()
    main_body(
        page,
        pool.body(k),
        rng,
        blank=True,
        inserts=[["Triangulate Premium: see every outlet's headline side by side", "Try it free"]][
            : rng.randrange(0, 2)
        ],
    )
    if not above:
        page.add_furniture(counts, label_blank=False)
        page.blank()
    page.add_furniture(["How others covered it"], label_blank=False)
    page.blank()
    for _ in range(rng.randrange(3, 6)):
        r = pool.take()
        lean = rng.choice(("Lean left", "Center", "Lean right", "Left", "Right"))
        page.add_furniture([f"{lean} · {re.sub(r'^www[.]', '', str(pool.meta[r]['site']))}"], label_blank=False)
        related_item(page, pool.title(r))
        page.add_furniture([relative(rng, False)], label_blank=False)
        page.blank()
    page.add_furniture(["More stories on Triangulate"], label_blank=False)
    for _ in range(rng.randrange(2, 5)):
        related_item(page, pool.title(pool.take()))
    page.blank()
    page.add_furniture(
        ["Triangulate helps you read past your bubble.", "About", "Methodology", "Contact", "© 2024 Triangulate"],
        label_blank=False,
    )
    return page, {"authors": authors, "date": meta["date"] if dated else None, "site": "Triangulate"}


def hamletly(rng: random.Random, k: str, pool: Pool) -> tuple[PageLines, Labels]:
    meta, page = pool.meta[k], PageLines()
    d = date.fromisoformat(meta["date"])
    town = rng.choice(("Maple Falls, OR", "Cedar Bend, IA", "Harlow, VT", "Fenwick, TX"))
    page.add_furniture(
        ["Hamletly", town, f"{rng.randrange(20, 80)}° {rng.choice(('Cloudy', 'Clear', 'Light rain', 'Windy'))}"],
        label_blank=False,
    )
    page.blank()
    if rng.random() < 0.7:
        town_name = town.split(",")[0]
        page.add_furniture([f"Get alerts for breaking news in {town_name}?", "Allow", "Not now"], label_blank=False)
        page.blank()
    title = str(meta["title"])
    if rng.random() < 0.4:
        page.add_furniture(["Hamletly · " + title], label_blank=False)
    page.text(title)
    authors = list(meta["authors"])
    pub = rng.choice(PUBLISHERS)
    if authors:
        form = rng.randrange(3)
        if form == 0:
            page.meta(f"{join_names(authors)} | {pub}")
        elif form == 1:
            page.meta(f"By {join_names(authors)}, {pub}")
        else:
            page.meta(join_names(authors))
            page.add_furniture([rng.choice(("Staff writer", "Community reporter", "Contributor"))], label_blank=False)
    dated = rng.random() < 0.6
    h, m = hour_min(rng)
    if dated:
        page.meta(f"{d.month}/{d.day}/{d.year} {us_time(h, m)}")
        if rng.random() < 0.5:
            page.add_furniture([f"Updated {relative(rng, False)}"], label_blank=False)
    else:
        page.meta(f"Posted {relative(rng, False)}")
    page.blank()
    inserts = [
        ["ADVERTISEMENT"],
        ["The Morning Hamlet", "Local news in your inbox every weekday morning.", "Email address", "Sign up"],
    ]
    rng.shuffle(inserts)
    runins = rng.randrange(0, 3) if rng.random() < 0.5 else 0
    main_body(page, pool.body(k), rng, blank=True, inserts=inserts[: rng.randrange(1, 3)], runins=runins)
    ncom = rng.randrange(0, 4)
    if ncom:
        page.add_furniture([f"Comments ({ncom})", "Join the conversation"], label_blank=False)
        page.blank()
        for who, text in zip(rng.sample(COMMENTERS, ncom), rng.sample(COMMENTS, ncom), strict=True):
            page.add_furniture([who, relative(rng, True), text, "Reply"], label_blank=False)
            page.blank()
    page.add_furniture(["Nearby headlines"], label_blank=False)
    page.blank()
    for _ in range(rng.randrange(3, 6)):
        related_item(page, pool.title(pool.take()))
        page.add_furniture([f"{rng.choice(PUBLISHERS)} · {relative(rng, True)}"], label_blank=False)
        page.blank()
    page.add_furniture(["Home", "Local", "Alerts", "Saved", "Menu"], label_blank=False)
    return page, {"authors": authors, "date": meta["date"] if dated else None, "site": "Hamletly"}


def unbranded(rng: random.Random, k: str, pool: Pool) -> tuple[PageLines, Labels]:
    meta, page = pool.meta[k], PageLines()
    d = date.fromisoformat(meta["date"])
    page.add_furniture(["Back", "Aa", "Share", "Save"], label_blank=False)
    page.blank()
    page.text(meta["title"])
    authors = list(meta["authors"])
    pub = rng.choice(PUBLISHERS)
    if authors:
        page.meta(rng.choice((f"{pub} — {join_names(authors)}", f"{join_names(authors)} / {pub}")))
    else:
        page.add_furniture([pub], label_blank=False)
    form = rng.randrange(3)
    if form == 0:
        mon = MONTHS[d.month - 1]
        ap = mon if len(mon) <= 5 else ("Sept." if d.month == 9 else mon[:3] + ".")
        page.meta(f"{ap} {d.day}, {d.year}")
    elif form == 1:
        page.meta(f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}")
    else:
        page.meta(relative(rng, False))
    page.blank()
    main_body(
        page,
        pool.body(k),
        rng,
        blank=True,
        inserts=[["Continue reading below"]][: rng.randrange(0, 2)],
        runins=rng.randrange(1, 4),
    )
    if rng.random() < 0.7:
        a, b = rng.sample(PERSONS, 2)
        page.meta(f"Additional reporting by {a}; edited by {b}")
    page.blank()
    page.add_furniture(["Related coverage"], label_blank=False)
    page.blank()
    for _ in range(rng.randrange(2, 5)):
        r = pool.take()
        page.add_furniture([rng.choice(PUBLISHERS)], label_blank=False)
        related_item(page, pool.title(r))
        page.blank()
    page.add_furniture(["Next in your feed"], label_blank=False)
    page.blank()
    for _ in range(rng.randrange(1, 3)):
        r = pool.take(carried=True)
        page.add_furniture([rng.choice(PUBLISHERS)], label_blank=False)
        page.text(pool.title(r))
        page.add_furniture([relative(rng, False)], label_blank=False)
        page.blank()
        carry(page, pool, r, rng, ["Continue reading below", "▶ Watch · 1:48"][: rng.randrange(0, 3)], blank=True)
    page.add_furniture(["You might also like"], label_blank=False)
    page.blank()
    for _ in range(rng.randrange(1, 3)):
        r = pool.take()
        related_item(page, pool.title(r))
        teaser_line(page, teaser(pool.body(r), rng))
        page.blank()
    page.add_furniture(["Report a problem", "Privacy", "Terms"], label_blank=False)
    return page, {"authors": authors, "date": meta["date"] if form < 2 else None, "site": None}


LAYOUTS: dict[str, Layout] = {
    "hearthstream": hearthstream,
    "gleanery": gleanery,
    "triangulate": triangulate,
    "hamletly": hamletly,
    "unbranded": unbranded,
}


# ---------------------------------------------------------------- the set ----


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    meta, truth = read_naeb(NAEB_DIR)
    rng = random.Random(seed)
    mains = sorted(set(meta) - used_main_ids(AGG_LABELS))
    rng.shuffle(mains)
    need = per_layout * len(LAYOUTS)
    if need > len(mains):
        raise SystemExit(f"only {len(mains)} unused NAEB articles for {need} pages")
    texts: dict[str, str] = {}
    truths: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for li, (name, layout) in enumerate(LAYOUTS.items()):
        for i in range(per_layout):
            k = mains[li * per_layout + i]
            page, lab = layout(rng, k, Pool(meta, truth, rng, k))
            pid = page_id(seed, name, i)
            texts[pid] = page.dump()
            truths[pid] = {"url": meta[k]["url"], "body": truth[k]["body"]}
            labels[pid] = {
                "template": name,
                "naeb": k,
                "url": meta[k]["url"],
                "title": meta[k]["title"],
                **lab,
                "related": page.related,
                "teasers": page.teasers,
                "embedded": page.embedded,
                "subheadings": page.subheadings,
                "furniture": page.furniture,
                "meta_lines": page.meta_lines,
            }
    return texts, truths, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

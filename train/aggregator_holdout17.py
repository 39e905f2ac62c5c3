"""A seventeenth held-out generator of aggregator article pages (issue 11), written without reading the converter,
its tests or the other generators: five invented aggregators of the shared set's five kinds, other names, wording
and arrangement.

    python train/aggregator_holdout17.py --out OUT --seeds 1 2 3 [--per-layout 10]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}

Main articles are NAEB articles the shared aggregator set does not use as main articles (picked by the seed);
related and carried articles are any other NAEB articles.  Formats as in shared/corpus/aggregator (README.md,
shared/eval/check_aggregator.py).

Layouts (template names):

- `corvana`: portal start page.  Skip link, search box, weather, menu, a privacy-choices wall naming the portal,
  publisher chip with `+ Follow` and a follower count, `Story by` / `By NAME, OUTLET` / `NAME · 5h` bylines, US
  dates (`Dec 22, 2023, 9:14 AM`, `Published Friday, December 22, 2023`) or relative times only, a listen widget,
  `Story continues below` ad breaks, mood reactions, `Recommended for you` cards (outlet | time above or below
  the title), then the feed's next stories carried in full with ad lines inside.
- `threadmoss`: social magazine.  Lower-case logo, an open-in-app sheet, `Saved to BOARD by @handle` (a curator,
  not an author), an upper-case section kicker, the title once or twice, `via OUTLET`, a photo credit (not an
  author), dense paragraphs with run-in subheadings (half in capitals), the byline at the end (`Written by`,
  `— NAME`, `NAME writes for OUTLET.`), like and comment counters, cards of title + teaser + outlet, and one
  related story carried in full, a paragraph a line.
- `tripoint`: coverage comparer; it names itself only inside phrases (`Story text from OUTLET. Tripoint does not
  edit …`).  Topic chips, a slash breadcrumb ending in a cut title, outlet counts and a lean split under the title
  or after the story, `Published 2023-12-22 14:05 UTC` (with or without `Revised …`) or `First reported 6 hours
  ago`, `Original reporting:` / `NAME (OUTLET)` / bare-name bylines, a `Who else covered it` list (outlet and
  lean, title, time) and a titles-only list with outlet counts.
- `porchwire`: local news app.  Town and `Change`, weather, a traffic alert, a cookie line, `By NAME | OUTLET`,
  `Reporter: NAME` or a name with a role line under it, month-first US dates (`12/22/2023 3:45 PM`,
  `Fri., Dec. 22, 2023`) with an optional `Updated …` relative time, or relative times only; sponsor and digest
  boxes inside the body, neighbours' comments, `More near TOWN` (title, outlet • time).
- `plainsheet`: in-app reader that never names itself (site null).  Reader toolbar, outlet line, dates as
  `22 December 2023`, dotted day-first `22.12.2023` or relative, a bare name or `Text: NAME` byline, an `Edited
  by` line (an editor, not an author), run-in subheadings, `Read next` stories carried in full and a `You might
  also like` list of title + teaser.

Authors are exactly NAEB's names (organisations NAEB credits, such as a wire service, included); an article
NAEB credits to no one gets no byline line at all, only its outlet.  Outlet names in chips and cards are
invented here; they are never the aggregator's name.  Dates: the label is NAEB's date when the page shows it as
a calendar date, null when the page shows only relative times (`5h`, `Updated 2 hours ago`).  Furniture labels
that happen to equal a line of, or sit inside, an article text of the page are dropped (the line stays), so a
label never blames the converter for keeping article text.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, read_naeb, used_main_ids, write_set

NAEB = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

OUTLETS = (
    "Harbour Ledger",
    "The Millbrook Sentinel",
    "Northgate Courier",
    "Pine Valley Record",
    "Metro Signal",
    "The Daily Lantern",
    "Cascade Observer",
    "Red Clay Register",
    "Westfield Times-Post",
    "Summit Wire",
    "Bayline Report",
    "The Granite Journal",
    "Copperline News",
    "Evening Almanac",
    "Tidewater Herald",
)
PEOPLE = (
    "Maren Okafor",
    "Tobias Lindqvist",
    "Priya Raman",
    "Dale Whitcombe",
    "Ines Carvalho",
    "Hugo Brandt",
    "Naomi Feld",
    "Kwame Asante",
    "Lucia Marchetti",
    "Owen Tremblay",
    "Sadia Karim",
    "Felix Aurel",
)
HANDLES = ("@rowan_fields", "@tinsel.and.tea", "@quietcartographer", "@m.okoye", "@bramblewrites", "@late_train")
BOARDS = ("Slow Mornings", "Worth Your Coffee", "Big Ideas Folder", "Weekend Longreads", "Things I Sent Mom")
SUBHEADS = (
    "Where things stand",
    "A slower start",
    "What the figures show",
    "Looking ahead",
    "Second thoughts",
    "Room to grow",
    "Questions remain",
    "Behind the numbers",
    "Early signs",
    "An uneasy balance",
    "Why it matters now",
    "Not everyone agrees",
    "The road from here",
    "What changed",
    "A closer reading",
)
TOWNS = ("Ashford, KY", "Millbrook, NY", "Corvallis, OR", "Lake Geneva, WI", "Bozeman, MT", "Asheville, NC")
WEATHER = ("Drizzle", "Sunny", "Cloudy", "Light snow", "Clear", "Windy")
MONTH3 = tuple(m[:3] for m in MONTHS)
AP_MONTH = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


# ------------------------------------------------------------------------------------------ articles ----


@dataclass(frozen=True)
class Corpus:
    meta: dict[str, Any]
    truth: dict[str, Any]

    def paras(self, aid: str) -> list[str]:
        """The article's paragraphs as a dump shows them: one rendered block a line, stripped."""
        body = str(self.truth[aid]["body"])
        return [" ".join(x.split()) for x in re.split(r"\n", body) if x.strip()]

    def title(self, aid: str) -> str:
        return " ".join(str(self.meta[aid]["title"]).split())

    def authors(self, aid: str) -> list[str]:
        return [str(a) for a in self.meta[aid].get("authors") or []]

    def day(self, aid: str) -> date:
        return date.fromisoformat(str(self.meta[aid]["date"])[:10])


def first_sentence(paras: list[str]) -> str:
    text = paras[0]
    m = re.search(r"(?<=[.!?])\s", text[40:])
    cut = text[: 40 + m.start()] if m else text
    if len(cut) > 200:
        cut = cut[:200].rsplit(" ", 1)[0]
    return cut.strip()


def teaser(paras: list[str], rng: random.Random) -> str:
    text = " ".join(paras[:2])
    n = rng.randint(90, 140)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def joined(names: list[str], amp: bool = False) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + (" & " if amp else " and ") + names[-1]


# --------------------------------------------------------------------------------------------- pages ----


@dataclass
class Page(PageLines):
    template: str = ""
    site: str | None = None
    date_label: str | None = None


@dataclass
class Ctx:
    rng: random.Random
    corpus: Corpus
    main: str
    pool: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)

    def take(self, *, carried: bool = False) -> str:
        """Another NAEB article, never repeated on a page; carried ones are of a sensible length."""
        src = self.short if carried else self.pool
        aid = src.pop()
        for other in (self.pool, self.short):
            if aid in other:
                other.remove(aid)
        return aid

    def outlet(self) -> str:
        return self.rng.choice(OUTLETS)


def fur(page: Page, *lines: str) -> None:
    page.add_furniture(lines, label_blank=False)


def rel_time(rng: random.Random, style: str) -> str:
    n = rng.randint(2, 23)
    return {
        "short": rng.choice([f"{n}h", f"{rng.randint(5, 55)}m", f"{rng.randint(1, 6)}d"]),
        "ago": rng.choice([f"{n} hours ago", f"{rng.randint(5, 55)} minutes ago", "yesterday"]),
        "clip": rng.choice([f"{n} hr", f"{rng.randint(5, 55)} min", "1 day"]),
    }[style]


def clock(rng: random.Random, h24: bool = False) -> str:
    h, m = rng.randint(6, 22), rng.randrange(0, 60)
    if h24:
        return f"{h:02d}:{m:02d}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"


def write_body(
    page: Page,
    ctx: Ctx,
    paras: list[str],
    *,
    subheads: int,
    caps: float = 0.0,
    breaks: list[list[str]] | None = None,
    blank: bool = True,
) -> None:
    """The main text, with run-in subheadings glued to the end of chosen paragraphs and furniture breaks."""
    rng = ctx.rng
    spots = [i for i in range(1, len(paras) - 1) if len(paras[i]) > 120 and paras[i][-1] in '.!?"”’)']
    glue = set(rng.sample(spots, min(subheads, len(spots))))
    words = rng.sample(SUBHEADS, len(SUBHEADS))
    where: dict[int, list[str]] = {}
    for chunk in breaks or []:
        if len(paras) > 2:
            where.setdefault(rng.randrange(1, len(paras) - 1), []).extend(chunk)
    for i, text in enumerate(paras):
        if i in where:
            fur(page, *where[i])
            if blank:
                page.blank()
        if i in glue:
            sub = words.pop()
            sub = sub.upper() if rng.random() < caps else sub
            page.subheadings.append(sub)
            text = f"{text} {sub}"
        page.text(text)
        if blank:
            page.blank()


def carry(page: Page, ctx: Ctx, aid: str, head: list[str], junk: list[str], *, blank: bool, junk_n: int) -> None:
    """A related story carried in full: furniture head lines around its title, junk lines inside."""
    c = ctx.corpus
    paras = c.paras(aid)
    title = c.title(aid)
    for line in head:
        if line == "{title}":
            page.text(title)
        else:
            fur(page, line)
    page.related.append(title)
    page.embedded.append({"title": title, "first_sentence": first_sentence(paras), "naeb": aid})
    if blank:
        page.blank()
    at = {ctx.rng.randrange(1, len(paras)) for _ in range(junk_n)} if len(paras) > 1 else set()
    for i, text in enumerate(paras):
        if i in at:
            fur(page, ctx.rng.choice(junk))
            if blank:
                page.blank()
        page.text(text)
        if blank:
            page.blank()
    page.blank()


# ------------------------------------------------------------------------------------------ corvana ----


def corvana(ctx: Ctx) -> Page:
    rng, c, aid = ctx.rng, ctx.corpus, ctx.main
    p = Page(template="corvana", site="Corvana")
    title, names, day, outlet = c.title(aid), c.authors(aid), c.day(aid), ctx.outlet()
    if rng.random() < 0.6:
        fur(p, "Jump to main content")
    fur(p, "Corvana", rng.choice(["Search Corvana", "Type to search the web"]))
    fur(p, f"{rng.randint(-3, 24)}°C", rng.choice(WEATHER))
    menu = ["Home", "News", "Money", "Sport", "Entertainment", "Lifestyle", "Weather", "Play"]
    fur(p, *[m for m in menu if rng.random() < 0.7], "Sign in")
    p.blank()
    if rng.random() < 0.8:
        fur(
            p,
            "Your choices on Corvana",
            f"We and {rng.randint(120, 260)} vendors store and read data on this device, such as cookies and device "
            "identifiers, to run Corvana, personalise what you see and measure ads. You can change your mind in "
            "Privacy controls at any time.",
            "Agree and continue",
            "Set preferences",
        )
        if rng.random() < 0.5:
            fur(p, "Refuse non-essential")
        p.blank()
    fur(p, outlet, "+ Follow")
    if rng.random() < 0.5:
        fur(p, f"{rng.randint(2, 90)}.{rng.randint(1, 9)}K followers")
    p.text(title)
    form = rng.choice(["story", "by_outlet", "dot_rel", "rel_only"])
    us = f"{MONTH3[day.month - 1]} {day.day}, {day.year}, {clock(rng)}"
    long_ = f"Published {DAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
    if form == "story":
        if names:
            p.meta(f"Story by {joined(names)}")
        p.meta(us)
        p.date_label = day.isoformat()
    elif form == "by_outlet":
        if names:
            p.meta(f"By {joined(names)}, {outlet}")
        p.meta(long_)
        p.date_label = day.isoformat()
    elif form == "dot_rel":
        p.meta(f"{joined(names)} · {rel_time(rng, 'short')}" if names else rel_time(rng, "short"))
    else:
        if names:
            p.meta(f"Story by {joined(names)}")
        p.meta(f"Posted {rel_time(rng, 'ago')}")
    fur(p, f"{rng.randint(2, 14)} min read")
    if rng.random() < 0.6:
        fur(p, "Hear this story", f"{rng.randint(1, 12):02d}:{rng.randint(0, 59):02d}")
    p.blank()
    breaks = [["Story continues below"], ["Advertisement"]][: rng.randint(0, 2)]
    write_body(p, ctx, c.paras(aid), subheads=rng.randint(0, 2), breaks=breaks)
    fur(p, rng.choice([f"View the original on {outlet}", f"Read more at {outlet}"]))
    if rng.random() < 0.7:
        fur(
            p,
            "How does this story make you feel?",
            "Upbeat",
            "Curious",
            "Angry",
            "Sad",
            f"{rng.randint(30, 2400):,} reactions",
        )
    p.blank()
    fur(p, rng.choice(["Recommended for you", "More on Corvana"]))
    above = rng.random() < 0.5
    for _ in range(rng.randint(3, 6)):
        rid = ctx.take()
        card = f"{ctx.outlet()} | {rel_time(rng, 'short')}"
        if above:
            fur(p, card)
        p.text(c.title(rid))
        p.related.append(c.title(rid))
        if not above:
            fur(p, card)
        p.blank()
    for _ in range(rng.choice([0, 1, 1, 2])):
        rid = ctx.take(carried=True)
        carry(
            p,
            ctx,
            rid,
            ["Next article", ctx.outlet(), "{title}", rel_time(rng, "short")],
            ["Advertisement", "Sponsored · Home & Garden", "Video · 1:48", "Story continues below"],
            blank=True,
            junk_n=rng.randint(1, 2),
        )
    fur(p, "© 2024 Corvana Networks", "Privacy & cookies", "Terms of use", "Advertise", "About our ads", "Feedback")
    return p


# --------------------------------------------------------------------------------------- threadmoss ----


def threadmoss(ctx: Ctx) -> Page:
    rng, c, aid = ctx.rng, ctx.corpus, ctx.main
    p = Page(template="threadmoss", site="Threadmoss")
    title, names, day, outlet = c.title(aid), c.authors(aid), c.day(aid), ctx.outlet()
    fur(p, "threadmoss", "For you", "Following", "Boards", "Search", "Sign up", "Log in")
    p.blank()
    if rng.random() < 0.8:
        fur(
            p,
            "Threadmoss is better in the app — save stories to boards and read them offline.",
            "Get the app",
            "Stay on web",
        )
        p.blank()
    fur(p, f"Saved to {rng.choice(BOARDS)} by {rng.choice(HANDLES)}")
    if rng.random() < 0.7:
        fur(p, rng.choice(["SCIENCE", "CULTURE", "TECH", "MONEY", "PEOPLE", "SPORT"]))
    p.text(title)
    if rng.random() < 0.3:
        p.text(title)
    fur(p, f"via {outlet}")
    if rng.random() < 0.6:
        p.meta(
            rng.choice(
                [
                    f"{day.day} {MONTH3[day.month - 1]} {day.year}",
                    f"{MONTHS[day.month - 1]} {day.day}, {day.year} · {rng.randint(3, 15)} min",
                ]
            )
        )
        p.date_label = day.isoformat()
    else:
        p.meta(rng.choice([f"{rng.randint(2, 6)} days ago", f"{rng.randint(2, 23)}h ago"]))
    if rng.random() < 0.6:
        fur(p, f"Photo: {rng.choice(PEOPLE)} / {rng.choice(['Getty', 'Unsplash', 'Alamy', 'Reuters Pictures'])}")
    p.blank()
    write_body(p, ctx, c.paras(aid), subheads=rng.randint(1, 3), caps=0.5)
    if names:
        p.meta(
            rng.choice(
                [
                    f"Written by {joined(names)}",
                    f"— {joined(names, amp=True)}",
                    f"{joined(names)} {'write' if len(names) > 1 else 'writes'} for {outlet}.",
                ]
            )
        )
    fur(p, f"♥ {rng.randint(12, 900)}", f"{rng.randint(0, 60)} comments", "Save", "Share")
    p.blank()
    fur(p, rng.choice(["More from this board", "Also saved here"]))
    for _ in range(rng.randint(2, 4)):
        rid = ctx.take()
        p.text(c.title(rid))
        p.related.append(c.title(rid))
        t = teaser(c.paras(rid), rng)
        p.text(t)
        p.teasers.append(t)
        fur(p, ctx.outlet())
        p.blank()
    if rng.random() < 0.6:
        rid = ctx.take(carried=True)
        carry(
            p,
            ctx,
            rid,
            ["Next on the board", "{title}", f"via {ctx.outlet()}"],
            ["Sponsored", f"Saved by {rng.randint(3, 80)} people", "Tap to add to a board"],
            blank=False,
            junk_n=rng.randint(1, 3),
        )
    fur(p, "Threadmoss", "About", "Creators", "Privacy", "Terms", "© 2024 Threadmoss Labs")
    return p


# ----------------------------------------------------------------------------------------- tripoint ----


def tripoint(ctx: Ctx) -> Page:
    rng, c, aid = ctx.rng, ctx.corpus, ctx.main
    p = Page(template="tripoint", site="Tripoint")
    title, names, day, outlet = c.title(aid), c.authors(aid), c.day(aid), ctx.outlet()
    fur(p, "Home", "Stories", "Sources", "Gaps", "Sign in", "Try Premium")
    topics = rng.sample(
        ["Climate", "Technology", "US Politics", "Health", "Business", "Culture", "Sports", "Science", "World"],
        rng.randint(3, 4),
    )
    fur(p, *topics)
    p.blank()
    cut = title if len(title) <= 40 else title[:38].rsplit(" ", 1)[0] + "…"
    fur(p, f"Stories / {topics[0]} / {cut}")
    p.text(title)

    def spread() -> None:
        a, b = rng.randint(10, 50), rng.randint(10, 40)
        fur(p, f"{rng.randint(8, 140)} outlets", f"Left {a}% | Centre {b}% | Right {100 - a - b}%")
        if rng.random() < 0.5:
            fur(p, rng.choice(["Coverage gap: few right-leaning outlets", "Coverage gap: few left-leaning outlets"]))

    top = rng.random() < 0.5
    if top:
        spread()
    when = rng.choice(["pub", "pub_rev", "rel"])
    if when == "rel":
        p.meta(f"First reported {rel_time(rng, 'ago')}")
    else:
        p.meta(f"Published {day.isoformat()} {clock(rng, h24=True)} UTC")
        p.date_label = day.isoformat()
        if when == "pub_rev":
            later = date.fromordinal(day.toordinal() + rng.randint(1, 2))
            p.meta(f"Revised {later.isoformat()} {clock(rng, h24=True)} UTC")
    if names:
        p.meta(rng.choice([f"Original reporting: {joined(names)}", f"{joined(names)} ({outlet})", joined(names)]))
    fur(p, f"Story text from {outlet}. Tripoint does not edit publishers' articles.")
    p.blank()
    write_body(p, ctx, c.paras(aid), subheads=rng.randint(0, 2))
    if not top:
        spread()
        p.blank()
    fur(p, "Who else covered it")
    for _ in range(rng.randint(2, 5)):
        rid = ctx.take()
        fur(p, f"{ctx.outlet()} — leans {rng.choice(['left', 'centre', 'right'])}")
        p.text(c.title(rid))
        p.related.append(c.title(rid))
        fur(p, rel_time(rng, "clip"))
        p.blank()
    fur(p, rng.choice(["Related stories", "Other stories in this topic"]))
    for _ in range(rng.randint(2, 4)):
        rid = ctx.take()
        p.text(c.title(rid))
        p.related.append(c.title(rid))
        fur(p, f"{rng.randint(3, 90)} outlets")
    p.blank()
    fur(
        p,
        "How Tripoint rates outlets",
        "Three independent panels score every outlet twice a year.",
        "Methodology",
        "Contact",
        "Made by the Tripoint team in Lisbon",
    )
    return p


# ---------------------------------------------------------------------------------------- porchwire ----


def porchwire(ctx: Ctx) -> Page:
    rng, c, aid = ctx.rng, ctx.corpus, ctx.main
    p = Page(template="porchwire", site="Porchwire")
    title, names, day, outlet = c.title(aid), c.authors(aid), c.day(aid), ctx.outlet()
    town = rng.choice(TOWNS)
    fur(p, "Porchwire", f"Your area: {town}", "Change", f"{rng.randint(18, 88)}°F · {rng.choice(WEATHER)}")
    if rng.random() < 0.5:
        fur(
            p,
            rng.choice(
                [
                    "Traffic alert: northbound lanes closed near exit 54 until 6 p.m.",
                    "Boil-water notice lifted for the east side — details in Alerts",
                ]
            ),
        )
    p.blank()
    if rng.random() < 0.7:
        fur(
            p,
            "Porchwire uses cookies so the app remembers your neighborhood. Details in our cookie policy.",
            "OK",
            "Manage",
        )
        p.blank()
    if rng.random() < 0.3:
        fur(p, "LOCAL NEWS")
    p.text(title)
    if rng.random() < 0.3:
        p.text(title)
    form = rng.choice(["pipe", "reporter", "role"])
    if names and form == "pipe":
        p.meta(f"By {joined(names)} | {outlet}")
    elif names and form == "reporter":
        p.meta(f"Reporter: {joined(names)}")
    elif names:
        p.meta(joined(names))
        p.meta(rng.choice(["Community reporter", "Staff writer", "Contributing writer"]))
    else:
        fur(p, outlet)
    when = rng.choice(["slash", "ap", "slash_upd", "rel"])
    if when == "rel":
        p.meta(rng.choice([f"Updated {rel_time(rng, 'ago')}", f"Posted {rel_time(rng, 'short')} ago"]))
    else:
        if when == "ap":
            p.meta(f"{DAYS[day.weekday()][:3]}., {AP_MONTH[day.month - 1]} {day.day}, {day.year}")
        else:
            p.meta(f"{day.month}/{day.day}/{day.year} {clock(rng)}")
        if when == "slash_upd":
            p.meta(f"Updated {rel_time(rng, 'ago')}")
        p.date_label = day.isoformat()
    n_comments = rng.randint(2, 40)
    fur(p, f"💬 {n_comments}")
    p.blank()
    boxes = [
        ["SPONSORED · Miller & Sons Roofing", "Family-owned since 1987. Tap for a free estimate."],
        ["Get the morning Porchwire digest", "Sign up free"],
    ]
    write_body(p, ctx, c.paras(aid), subheads=rng.randint(0, 1), breaks=rng.sample(boxes, rng.randint(0, 2)))
    fur(p, f"Neighbor comments ({n_comments})", "Write a comment…")
    people = [
        ("maplestreet_dan", "Been saying this for years. Glad someone finally wrote it up."),
        ("J. Ortega", "Does anyone know if this affects the school district too?"),
        ("northside_mom", "Thanks for sharing, passing this along to my sister."),
    ]
    for who, said in rng.sample(people, rng.randint(1, 3)):
        fur(p, who, said, f"{rng.randint(1, 6)}d · Helpful ({rng.randint(0, 30)})")
    p.blank()
    fur(p, f"More near {town.split(',')[0]}")
    for _ in range(rng.randint(3, 5)):
        rid = ctx.take()
        p.text(c.title(rid))
        p.related.append(c.title(rid))
        fur(p, f"{ctx.outlet()} • {rel_time(rng, 'short')}")
        p.blank()
    fur(p, "Porchwire © 2024", "Neighborhood rules", "Privacy", "Your privacy choices", "Send a news tip")
    return p


# --------------------------------------------------------------------------------------- plainsheet ----


def plainsheet(ctx: Ctx) -> Page:
    rng, c, aid = ctx.rng, ctx.corpus, ctx.main
    p = Page(template="plainsheet", site=None)
    title, names, day, outlet = c.title(aid), c.authors(aid), c.day(aid), ctx.outlet()
    fur(p, "Back", "Aa", "Listen", "Share")
    p.blank()
    fur(p, outlet)
    p.text(title)
    when = rng.choice(["long", "dots", "rel"])
    if when == "long":
        p.meta(f"{day.day} {MONTHS[day.month - 1]} {day.year}")
    elif when == "dots":
        p.meta(f"{day.day:02d}.{day.month:02d}.{day.year}, {clock(rng, h24=True)}")
    else:
        p.meta(rng.choice([f"{rng.randint(2, 6)} days ago", f"{rng.randint(2, 23)} hours ago"]))
    if when != "rel":
        p.date_label = day.isoformat()
    if names:
        p.meta(rng.choice([joined(names), f"Text: {joined(names)}"]))
    if rng.random() < 0.5:
        p.meta(f"Edited by {rng.choice(PEOPLE)}")
    p.blank()
    write_body(p, ctx, c.paras(aid), subheads=rng.randint(1, 3), breaks=[["Continue below"]][: rng.randint(0, 1)])
    if rng.random() < 0.7:
        fur(p, "Read next")
        for _ in range(rng.randint(1, 2)):
            rid = ctx.take(carried=True)
            carry(
                p,
                ctx,
                rid,
                ["{title}", ctx.outlet()],
                ["Continue below", "▶ 0:45", "Sponsored"],
                blank=rng.random() < 0.5,
                junk_n=rng.randint(1, 2),
            )
    fur(p, "You might also like")
    for _ in range(rng.randint(2, 4)):
        rid = ctx.take()
        p.text(c.title(rid))
        p.related.append(c.title(rid))
        t = teaser(c.paras(rid), rng)
        p.text(t)
        p.teasers.append(t)
        p.blank()
    fur(p, "Report an issue", "Text size", "Font: Serif")
    return p


LAYOUTS: dict[str, Callable[[Ctx], Page]] = {
    "corvana": corvana,
    "threadmoss": threadmoss,
    "tripoint": tripoint,
    "porchwire": porchwire,
    "plainsheet": plainsheet,
}


# ---------------------------------------------------------------------------------------------- sets ----


def norm(s: str) -> str:
    return " ".join(s.casefold().split()).strip(" .,:;!?'\"“”‘’")


def clean_furniture(p: Page, texts: list[list[str]]) -> None:
    """Drop furniture labels that are article text too (a whole line, or longer than 12 chars inside it)."""
    lines = {norm(x) for t in texts for x in t}
    whole = " ".join(" ".join(x.casefold().split()) for t in texts for x in t)
    p.furniture = [
        f
        for f in p.furniture
        if norm(f) not in lines and not (len(f.strip()) > 12 and " ".join(f.casefold().split()) in whole)
    ]


def build_seed(
    corpus: Corpus, used: set[str], seed: int, per_layout: int
) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    free = sorted(k for k in corpus.meta if k not in used)
    need = per_layout * len(LAYOUTS)
    mains = rng.sample(free, min(need, len(free)))
    while len(mains) < need:
        mains.append(rng.choice(free))
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for n, aid in enumerate(mains):
        name = list(LAYOUTS)[n % len(LAYOUTS)]
        others = sorted(k for k in corpus.meta if k != aid)
        pool = rng.sample(others, len(others))
        short = [k for k in pool if 3 <= len(corpus.paras(k)) <= 40]
        page = LAYOUTS[name](Ctx(rng=rng, corpus=corpus, main=aid, pool=pool, short=short))
        clean_furniture(page, [corpus.paras(aid)] + [corpus.paras(e["naeb"]) for e in page.embedded])
        pid = hashlib.sha256(f"h17/{seed}/{n}/{name}/{aid}".encode()).hexdigest()[:16]
        texts[pid] = page.dump()
        url = str(corpus.meta[aid]["url"])
        truth[pid] = {"url": url, "body": "\n\n".join(corpus.paras(aid))}
        labels[pid] = page.labels(
            template=name,
            naeb=aid,
            url=url,
            title=corpus.title(aid),
            authors=corpus.authors(aid),
            date=page.date_label,
            site=page.site,
        )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True, help="output folder; one seed-K folder a seed")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=10, help="pages per layout and seed")
    args = ap.parse_args(argv)
    meta, truth = read_naeb(NAEB)
    corpus = Corpus(meta=meta, truth=truth)
    used = used_main_ids(SHARED_LABELS)
    for seed in args.seeds:
        texts, tr, labels = build_seed(corpus, used, seed, args.per_layout)
        write_set(args.out / f"seed-{seed}", texts, tr, labels)
        print(f"seed {seed}: {len(texts)} pages -> {args.out / f'seed-{seed}'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A sixteenth held-out generator of aggregator article pages (issue 11), written without reading the converter,
its tests or the other generators.

Five invented aggregators of the shared set's five kinds, each page a browser's innerText (one rendered block a
line) of an article page, with its labels made as the lines are written:

- `quillharbor`, a portal start page: mail/weather bar, a privacy wall, the publisher chip with `+ Follow`,
  bylines `By A`, `Story by A` or `A, Outlet`, dates `Dec 22, 2023, 2:05 PM`, `Published … · Updated …` or only
  relative (`3h ago`), a reading-time and text-size row, `Sponsored` lines in the body, a reactions row, a
  `Trending` block of numbered cards (outlet line, title, age) and the next one or two stories of its feed
  carried in full under `Keep scrolling`, with ad junk among their paragraphs.
- `mothleaf`, a social magazine: an install sheet, a stack kicker (`Stacked in … by curator`: a curator, not an
  author), title once or twice, paragraphs without blank lines and run-in subheadings (some in capitals), the
  byline at the end (`Story: A & B` or `— A`), a photo credit, heart/comment/restack counters, one or two related
  stories carried in full on a single line each, and title + teaser cards.
- `ribbonscope`, a coverage comparer: a cluster chip row, a breadcrumb with a cut title, the outlet and
  `Reporters:` or bare names, `22 Dec 2023 · 14:05 UTC` or `First published … · Updated …` or relative, an outlet
  count with a lean bar, a notice about software-written highlights, a coverage table (lean · outlet, title, age)
  and a `Neighbouring stories` list of titles with source counts; it names itself only inside phrases.
- `kettlewick`, a local news app: area switcher and weather, an alert strip, a cookie banner, `Reported by A`,
  `A | Outlet`, `A, Staff writer` or a bare name with `Follow author`, AP-style dates (`Dec. 22, 2023, 2:05 p.m.`)
  with an update, a digest sign-up box and ads inside the body, neighbours' comments, an `Around <town>` list
  (title, outlet · minutes to read) and a numbered `Most read` list.
- an unnamed in-app reader (template `plainview`): never names itself (site null), reader controls, the source
  chip, `By A` or `Words by A`, ordinal dates (`Friday 22nd December 2023`), ISO dates or relative, an `Edited by`
  sign-off (an editor, not an author), an `Up next` story carried in full, and title + teaser + outlet cards.

    python train/aggregator_holdout16.py --out OUT --seeds 1 2 3 [--per-layout 10]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

OUTLETS = (
    "The Harbor Ledger",
    "Mill Valley Post",
    "Northgate Courier",
    "Reuters",
    "The Plainsman Daily",
    "AP",
    "Cedar County Signal",
    "BBC News",
    "Eastbank Observer",
    "The Lantern Review",
    "Bloomberg",
    "Tidewater Times",
    "The Ironbridge Herald",
    "CBS News",
    "Summit Wire",
    "Al Jazeera",
)
SUBHEADS = (
    "Where things stand",
    "A longer road",
    "Behind the figures",
    "The other side",
    "What critics say",
    "Looking ahead",
    "How we got here",
    "The fine details",
    "Second thoughts",
    "What changes now",
    "An uneasy balance",
    "Old questions",
    "The wider picture",
    "A turning point",
    "Counting the cost",
)
TOWNS = ("Dayton, OH", "Boise, ID", "Lancaster, PA", "Fresno, CA", "Tulsa, OK", "Duluth, MN", "Savannah, GA")
COMMENTERS = ("birchwood_dan", "Marta K.", "oldtownrunner", "P. Ellison", "kayak_lady_77", "Ron from 5th St")
COMMENTS = (
    "Thanks for covering this, nobody else did.",
    "I'd like to hear from the people actually affected.",
    "Same thing happened two years ago and nothing changed",
    "Good read. Sharing with my sister.",
    "Wish the headline matched what's in the piece tbh",
)
CURATORS = ("Odile Marchetti", "Juniper Vance", "Tobias Quell", "Noor Haddadi")
EDITORS = ("Lena Okafor", "Marcus Dunleavy", "Ines Albrecht", "Hollis Grange")
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)


@dataclass
class Story:
    """One NAEB article as an aggregator shows it."""

    nid: str
    title: str
    authors: list[str]
    date: dt.date
    url: str
    paras: list[str]

    def teaser(self, n: int = 120) -> str:
        text = " ".join(self.paras[0].split())
        cut = text[:n].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + "…"

    def first_sentence(self) -> str:
        text = " ".join(self.paras[0].split())
        m = re.search(r"^.{20,}?[.!?](?=\s|$)", text)
        return m.group(0) if m else text[:150].rsplit(" ", 1)[0]


@dataclass
class Page(PageLines):
    """A dump under construction, with the article texts it shows (for the leak check)."""

    texts: list[str] = field(default_factory=list)

    def furn(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)

    def body(self, paras: Sequence[str], *, blanks: bool) -> None:
        for p in paras:
            self.text(*p.split("\n"))
            if blanks:
                self.blank()


# ------------------------------------------------------------------------------------------ shared helpers ----


def ampm(h: int, m: int, *, ap: bool = False) -> str:
    suffix = ("a.m." if h < 12 else "p.m.") if ap else ("AM" if h < 12 else "PM")
    return f"{(h % 12) or 12}:{m:02d} {suffix}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def relative(rng: random.Random) -> str:
    mins, h, hours = rng.randint(2, 58), rng.randint(1, 23), rng.randint(1, 20)
    return rng.choice([f"{mins} min ago", f"{h}h ago", f"{hours} hour{'s' if hours > 1 else ''} ago", "Yesterday"])


def join_names(names: list[str], style: str) -> str:
    if len(names) == 1:
        return names[0]
    if style == "amp":
        return ", ".join(names[:-1]) + " & " + names[-1]
    return ", ".join(names[:-1]) + " and " + names[-1]


def glue_subheads(rng: random.Random, paras: list[str], page: Page, count: int, *, caps: bool) -> list[str]:
    """Run-in subheadings glued to the end of paragraphs (never the last one); returns the shown paragraphs."""
    slots = [i for i in range(1, len(paras) - 2) if paras[i].rstrip()[-1:] in '.!?"”’)']
    out = list(paras)
    for i in sorted(rng.sample(slots, min(count, len(slots)))):
        head = rng.choice([h for h in SUBHEADS if h not in page.subheadings])
        shown = head.upper() if caps and rng.random() < 0.5 else head
        out[i] = out[i] + " " + shown
        page.subheadings.append(shown)
    return out


def with_inserts(rng: random.Random, paras: list[str], inserts: list[list[str]]) -> list[tuple[str, list[str]]]:
    """Paragraphs paired with the furniture lines placed after them (inserts spread over the text)."""
    pairs: list[tuple[str, list[str]]] = [(p, []) for p in paras]
    if len(paras) > 3:
        for ins in inserts:
            pairs[rng.randint(1, len(paras) - 2)][1].extend(ins)
    return pairs


def relate(page: Page, story: Story, *, teaser: str | None = None) -> None:
    page.related.append(story.title)
    if teaser is not None:
        page.teasers.append(teaser)


def embed(page: Page, story: Story) -> None:
    page.related.append(story.title)
    page.embedded.append({"title": story.title, "first_sentence": story.first_sentence(), "naeb": story.nid})
    page.texts.extend(story.paras)


# ---------------------------------------------------------------------------------------------- quillharbor ----


def quillharbor(rng: random.Random, main: Story, others: list[Story]) -> tuple[Page, str | None]:
    p = Page()
    p.furn(
        "Quillharbor", "Mail", "News", "Finance", "Sports", "Weather", rng.choice(["41°F", "58°F", "33°F"]), "Sign in"
    )
    p.blank()
    p.furn(
        "Quillharbor values your privacy",
        "We and 212 vendors store cookies to personalise what you read, keep your session and measure adverts. "
        'Tap "Accept all" to continue, or "Manage options" to choose.',
        "Accept all",
        "Manage options",
    )
    p.blank()
    outlet = rng.choice(OUTLETS)
    p.furn(outlet, "+ Follow")
    p.text(main.title)
    h, m = rng.randint(6, 22), rng.randint(0, 59)
    d = main.date
    kind = rng.choice(["abs", "abs", "upd", "rel"])
    if kind == "abs":
        when: str = f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(h, m)}"
    elif kind == "upd":
        u = d + dt.timedelta(days=1)
        when = f"Published {SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} · Updated {SHORT_MONTHS[u.month - 1]} {u.day}"
    else:
        when = relative(rng)
    label_date = None if kind == "rel" else d.isoformat()
    if main.authors:
        style = rng.choice(["by", "story", "outlet"])
        names = join_names(main.authors, "and")
        byline = {"by": f"By {names}", "story": f"Story by {names}", "outlet": f"{names}, {outlet}"}[style]
        if rng.random() < 0.5:
            p.meta(f"{byline} · {when}")
        else:
            p.meta(byline)
            p.meta(when)
    else:
        p.meta(when)
    p.furn(f"{rng.randint(2, 14)} min read", "Aa", "Save")
    p.blank()
    ads = [
        ["Sponsored", rng.choice(["Top-rated robot vacuums are 40% off today", "Retire earlier: see the calculator"])]
    ]
    if rng.random() < 0.6:
        ads.append(["Advertisement"])
    for para, extra in with_inserts(rng, main.paras, ads):
        p.text(*para.split("\n"))
        p.blank()
        if extra:
            p.furn(*extra)
            p.blank()
    p.furn(f"Read the full story on {outlet}")
    p.furn(f"👍 {rng.randint(12, 900)}", f"😮 {rng.randint(1, 90)}", f"💬 {rng.randint(0, 300)}", "Share")
    p.blank()
    pool = iter(others)
    p.furn("Trending")
    p.blank()
    numbered = rng.random() < 0.5
    for n in range(rng.randint(3, 5)):
        s = next(pool)
        if numbered:
            p.furn(f"{n + 1:02d}")
        p.furn(rng.choice(OUTLETS))
        p.text(s.title)
        p.furn(relative(rng))
        relate(p, s)
        p.blank()
    p.furn("Keep scrolling")
    p.blank()
    for _ in range(rng.randint(1, 2)):
        s = next(pool)
        src = rng.choice(OUTLETS)
        p.furn(src, "+ Follow")
        p.text(s.title)
        if s.authors:
            p.text(f"By {join_names(s.authors, 'and')}")
        p.furn(relative(rng))
        p.blank()
        junk = [["Sponsored", "Get 3 months of streaming for $1"], ["Advertisement"]]
        for para, extra in with_inserts(rng, s.paras, junk[: rng.randint(1, 2)]):
            p.text(*para.split("\n"))
            p.blank()
            if extra:
                p.furn(*extra)
                p.blank()
        if rng.random() < 0.5:
            p.furn(f"Continue reading on {src}")
            p.blank()
        embed(p, s)
    p.furn("© 2024 Quillharbor Inc.", "Your privacy choices", "Terms", "About our ads", "Help centre", "Feedback")
    return p, label_date


# ------------------------------------------------------------------------------------------------- mothleaf ----


def mothleaf(rng: random.Random, main: Story, others: list[Story]) -> tuple[Page, str | None]:
    p = Page()
    p.furn("mothleaf", "For you", "Stacks", "Following", "Sign up")
    p.blank()
    p.furn("Get the whole stack in the Mothleaf app: offline reading, no limits, and your own picks.", "Install")
    p.furn(rng.choice(["Keep reading here", "Maybe later"]))
    p.blank()
    section = rng.choice(["SCIENCE", "MONEY", "LIFE", "IDEAS", "WORLD"])
    stack = rng.choice(["Night Owls", "Slow News Club", "Margins", "Deep Cuts"])
    p.furn(f"{section} / {stack}")
    p.text(main.title)
    if rng.random() < 0.4:
        p.text(main.title)
    p.furn(f"Stacked in {stack} by {rng.choice(CURATORS)}")
    d = main.date
    kind = rng.choice(["long", "long", "rel"])
    when = f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if kind == "long" else f"Stacked {rng.randint(2, 9)} days ago"
    p.meta(when)
    p.blank()
    if rng.random() < 0.5:
        p.furn(f"Photo: {rng.choice(['Getty Images', 'Unsplash', 'AFP via Getty', 'Handout'])}")
    paras = glue_subheads(rng, main.paras, p, rng.randint(1, 3), caps=True)
    p.body(paras, blanks=False)
    p.blank()
    if main.authors:
        names = main.authors
        p.meta(f"Story: {join_names(names, 'amp')}" if rng.random() < 0.5 else f"— {join_names(names, 'and')}")
    p.furn(f"♥ {rng.randint(5, 700)}", f"{rng.randint(0, 60)} comments", "Restack", "Copy link")
    p.blank()
    pool = iter(others)
    p.furn(f"More in {stack}")
    p.blank()
    for _ in range(rng.randint(1, 2)):
        s = next(pool)
        p.text(s.title)
        p.furn(f"{rng.choice(OUTLETS)} · {relative(rng)}")
        words = list(s.paras)
        if len(words) > 3:
            words.insert(rng.randint(1, len(words) - 1), "[ Promoted ]")
        p.text(" ".join(" ".join(x.split()) for x in words))
        p.furniture.append("[ Promoted ]")
        p.furn(f"♥ {rng.randint(1, 90)} · {rng.randint(0, 20)} comments")
        p.blank()
        embed(p, s)
    p.furn(rng.choice(["You might also like", "Other readers stacked"]))
    p.blank()
    for _ in range(rng.randint(2, 4)):
        s = next(pool)
        t = s.teaser(rng.choice([110, 140]))
        p.text(s.title)
        p.text(t)
        relate(p, s, teaser=t)
        p.blank()
    p.furn("About", "Jobs", "Community rules", "Privacy", "© 2024 Mothleaf Labs")
    return p, None if kind == "rel" else d.isoformat()


# ---------------------------------------------------------------------------------------------- ribbonscope ----


def ribbonscope(rng: random.Random, main: Story, others: list[Story]) -> tuple[Page, str | None]:
    p = Page()
    p.furn("Today", "Clusters", "Blind angles", "Sources", "Join Plus")
    p.blank()
    topics = rng.sample(["Politics", "Climate", "Technology", "Health", "Business", "Entertainment", "Europe"], 3)
    p.furn(*topics)
    p.blank()
    cut = main.title if len(main.title) < 40 else main.title[:34].rstrip() + "…"
    p.furn(f"Clusters › {topics[0]} › {cut}")
    p.text(main.title)
    outlet = rng.choice(OUTLETS)
    d = main.date
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    kind = rng.choice(["abs", "upd", "rel"])
    if kind == "abs":
        when = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year} · {h:02d}:{m:02d} UTC"
    elif kind == "upd":
        u = d + dt.timedelta(days=rng.randint(1, 3))
        first = f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"
        when = f"First published {first} · Updated {u.day} {SHORT_MONTHS[u.month - 1]}"
    else:
        when = f"Published {relative(rng)}"
    n_src = rng.randint(9, 240)
    left = rng.randint(10, 60)
    right = rng.randint(5, 90 - left)
    bar = [f"{n_src} outlets", f"L {left}% | C {100 - left - right}% | R {right}%"]
    top = rng.random() < 0.5
    p.blank()
    if top:
        p.furn(*bar)
    p.furn(f"Originally from {outlet}")
    if main.authors:
        names = join_names(main.authors, "and")
        if rng.random() < 0.5:
            p.meta(f"Reporters: {', '.join(main.authors)}")
        else:
            p.meta(names)
    p.meta(when)
    p.blank()
    p.body(main.paras, blanks=True)
    p.furn("Share", "Bookmark", "Flag an error")
    p.blank()
    if not top:
        p.furn("Coverage breakdown", *bar)
        p.blank()
    p.furn("Highlights on this page are written by software and checked by Ribbonscope editors before they go up.")
    p.blank()
    p.furn("How outlets covered it")
    p.blank()
    pool = iter(others)
    for _ in range(rng.randint(2, 4)):
        s = next(pool)
        p.furn(f"{rng.choice(['Leans left', 'Centre', 'Leans right'])} · {rng.choice(OUTLETS)}")
        p.text(s.title)
        p.furn(relative(rng))
        relate(p, s)
        p.blank()
    p.furn("Neighbouring stories")
    for _ in range(rng.randint(2, 4)):
        s = next(pool)
        p.text(s.title)
        if rng.random() < 0.6:
            p.furn(f"{rng.randint(3, 180)} sources")
        relate(p, s)
    p.blank()
    p.furn("Ratings come from three independent media monitors.", "How we rate outlets", "© 2024 Ribbonscope Labs Ltd")
    return p, None if kind == "rel" else d.isoformat()


# ----------------------------------------------------------------------------------------------- kettlewick ----


def kettlewick(rng: random.Random, main: Story, others: list[Story]) -> tuple[Page, str | None]:
    p = Page()
    town = rng.choice(TOWNS)
    city = town.split(",")[0]
    p.furn("Kettlewick", f"📍 {town}", "Change", rng.choice(["Light rain 48°", "Sunny 61°", "Cloudy 39°"]))
    if rng.random() < 0.5:
        p.furn(
            f"Alert: {rng.choice(['Road closure on Main St until 6 PM', 'Boil-water notice lifted', 'School delays'])}"
        )
    p.blank()
    p.furn(
        "Kettlewick uses cookies so we can show news for your area and count visits. Continue to agree.",
        "OK",
        "Settings",
    )
    p.blank()
    p.text(main.title)
    d = main.date
    h, m = rng.randint(6, 21), rng.randint(0, 59)
    ap_month = MONTHS[d.month - 1] if len(MONTHS[d.month - 1]) <= 5 else SHORT_MONTHS[d.month - 1] + "."
    ap_month = "Sept." if d.month == 9 else ap_month
    kind = rng.choice(["ap", "upd", "rel"])
    if kind == "ap":
        when = f"{ap_month} {d.day}, {d.year}, {ampm(h, m, ap=True)}"
    elif kind == "upd":
        when = f"Updated {ampm(rng.randint(6, 11), m, ap=True)} · Posted {ap_month} {d.day}, {d.year}"
    else:
        when = f"Posted {relative(rng)}"
    outlet = rng.choice(OUTLETS)
    if main.authors:
        style = rng.choice(["rep", "pipe", "role", "bare"])
        if len(main.authors) > 1 and style == "role":
            style = "rep"
        names = join_names(main.authors, "and")
        if style == "rep":
            p.meta(f"Reported by {names}")
        elif style == "pipe":
            p.meta(f"{names} | {outlet}")
        elif style == "role":
            p.meta(f"{names}, Staff writer")
        else:
            p.meta(names)
            p.furn("Follow author")
    p.meta(when)
    n_comments = rng.randint(2, 40)
    p.furn(f"{n_comments} neighbours commented")
    p.blank()
    paras = glue_subheads(rng, main.paras, p, rng.randint(0, 2), caps=False) if rng.random() < 0.5 else main.paras
    inserts = [
        ["Advertisement · Story continues below"],
        [f"The {city} Morning Pot", "Your town's top stories at 7 AM, free.", "Sign up"],
    ]
    for para, extra in with_inserts(rng, paras, inserts):
        p.text(*para.split("\n"))
        if extra:
            p.furn(*extra)
    p.blank()
    p.furn("Neighbours are saying")
    for who in rng.sample(COMMENTERS, rng.randint(1, 3)):
        p.furn(who, rng.choice(COMMENTS), f"{relative(rng)} · Reply · {rng.randint(0, 30)} likes")
    p.furn("Write a comment…")
    p.blank()
    pool = iter(others)
    p.furn(f"Around {city}")
    p.blank()
    for _ in range(rng.randint(2, 4)):
        s = next(pool)
        p.text(s.title)
        p.furn(f"{rng.choice(OUTLETS)} · {rng.randint(2, 12)} min read")
        relate(p, s)
        p.blank()
    if rng.random() < 0.6:
        p.furn("Most read")
        for n in range(rng.randint(2, 3)):
            s = next(pool)
            p.text(f"{n + 1}. {s.title}")
            relate(p, s)
        p.blank()
    p.furn("Kettlewick © 2024", "Guidelines for neighbours", "Your privacy rights", "Tip us off")
    return p, None if kind == "rel" else d.isoformat()


# ------------------------------------------------------------------------------------------------ plainview ----


def plainview(rng: random.Random, main: Story, others: list[Story]) -> tuple[Page, str | None]:
    p = Page()
    p.furn("Done", "Aa", "Listen", "Save for later")
    p.blank()
    outlet = rng.choice(OUTLETS)
    p.furn(f"Source: {outlet}")
    p.text(main.title)
    d = main.date
    wd = dt.date(d.year, d.month, d.day).strftime("%A")
    kind = rng.choice(["ord", "iso", "rel"])
    if kind == "ord":
        when = f"{wd} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    elif kind == "iso":
        when = f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    else:
        when = f"Updated {relative(rng)}"
    if main.authors:
        lead = "By" if rng.random() < 0.6 else "Words by"
        p.meta(f"{lead} {join_names(main.authors, 'and')}")
    p.meta(when)
    p.furn(f"{rng.randint(2, 15)} min")
    p.blank()
    paras = glue_subheads(rng, main.paras, p, rng.randint(1, 3), caps=False)
    p.body(paras, blanks=True)
    if rng.random() < 0.7:
        p.meta(f"Edited by {rng.choice(EDITORS)}")
        p.blank()
    p.furn("Was this story useful?", "Yes", "No")
    p.blank()
    pool = iter(others)
    p.furn("Up next")
    p.blank()
    for _ in range(rng.randint(1, 2)):
        s = next(pool)
        p.furn(f"Source: {rng.choice(OUTLETS)}")
        p.text(s.title)
        p.furn(relative(rng))
        p.blank()
        p.body(s.paras, blanks=True)
        embed(p, s)
        p.furn("End of story")
        p.blank()
    p.furn("In other news")
    p.blank()
    for _ in range(rng.randint(2, 3)):
        s = next(pool)
        t = s.teaser()
        p.text(s.title)
        p.text(t)
        p.furn(f"{rng.choice(OUTLETS)} · {relative(rng)}")
        relate(p, s, teaser=t)
        p.blank()
    p.furn("Report a problem", "Reading settings")
    return p, None if kind == "rel" else d.isoformat()


LAYOUTS: dict[str, tuple[Callable[[random.Random, Story, list[Story]], tuple[Page, str | None]], str | None]] = {
    "quillharbor": (quillharbor, "Quillharbor"),
    "mothleaf": (mothleaf, "Mothleaf"),
    "ribbonscope": (ribbonscope, "Ribbonscope"),
    "kettlewick": (kettlewick, "Kettlewick"),
    "plainview": (plainview, None),
}


# ----------------------------------------------------------------------------------------------- the leak check ----


def norm(s: str) -> str:
    return " ".join(s.casefold().split()).strip(" .,;:!?\"'“”‘’()[]-—–·")


def leaks(page: Page, main: Story) -> list[str]:
    """Labelled lines that would match article text of the page (a false leak): furniture against every article,
    byline/date lines and related titles/teasers against the main one."""

    def view(texts: list[str]) -> tuple[set[str], str]:
        lines = [norm(x) for t in texts for x in t.split("\n")]
        return set(lines), " ".join(lines)

    def hit(item: str, seen: tuple[set[str], str]) -> bool:
        n = norm(item)
        return n in seen[0] or (len(item.strip()) > 12 and n in seen[1])

    every, own = view(main.paras + page.texts), view(main.paras)
    bad = [f for f in page.furniture if hit(f, every)]
    return bad + [x for x in page.meta_lines + page.related + page.teasers if hit(x, own)]


def story_of(nid: str, meta: dict[str, Any], truth: dict[str, Any]) -> Story:
    m, body = meta[nid], truth[nid]["body"]
    return Story(
        nid, m["title"], list(m["authors"]), dt.date.fromisoformat(m["date"][:10]), m["url"], body.split("\n\n")
    )


def build_seed(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    meta, truth = read_naeb(SHARED / "corpus" / "naeb")
    used = used_main_ids(SHARED / "corpus" / "aggregator" / "labels.json")
    rng = random.Random(seed)
    free = sorted(k for k in meta if k not in used)
    n_pages = per_layout * len(LAYOUTS)
    mains = rng.sample(free, min(n_pages, len(free)))
    while len(mains) < n_pages:
        mains.append(rng.choice(free))
    texts: dict[str, str] = {}
    truths: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    i = 0
    for name, (build, site) in LAYOUTS.items():
        for k in range(per_layout):
            nid = mains[i]
            i += 1
            main = story_of(nid, meta, truth)
            others = [story_of(x, meta, truth) for x in sorted(meta) if x != nid]
            for _attempt in range(20):
                rng.shuffle(others)
                page, date = build(rng, main, others)
                if not leaks(page, main):
                    break
            else:
                raise SystemExit(
                    f"{name} page {k} of seed {seed}: labelled lines inside article text {leaks(page, main)}"
                )
            pid = hashlib.sha256(f"holdout16/{seed}/{name}/{k}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truths[pid] = {"url": main.url, "body": truth[nid]["body"]}
            labels[pid] = page.labels(
                template=name, naeb=nid, url=main.url, title=main.title, authors=main.authors, date=date, site=site
            )
    return texts, truths, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build_seed, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

"""A fifth independent held-out generator of news-aggregator pages (issue 11), written without reading the converter.

Builds browser text dumps (``innerText``: one rendered block a line) of article pages in five invented
aggregators, of the same five kinds as ``../shared/corpus/aggregator`` but in other names, wordings and
arrangements, with labels in that set's format (read by ``../shared/eval/check_aggregator.py`` and
``score.py``):

- ``vistabox``: a portal start page. Search box, weather, sign-in, a privacy wall at the top or the
  bottom; a publisher chip with ``+ Follow``; bylines ``Story by NAME``, ``By NAME for OUTLET`` or
  ``NAME · OUTLET``; dates ``December 22, 2023, 2:05 PM``, ``Fri, Dec 22, 2023`` or relative (``5h ago``);
  reaction and comment counters, sponsored boxes inside the story, an outlet-above-title card list under a
  heading that varies, and one or two next stories of the endless feed carried in full with ads inside.
- ``quillstack``: a social magazine. An open-in-app interstitial, a "stacked into MAGAZINE by CURATOR" line
  (the curator is no author), a section kicker, a lead-image credit (no author), byline on top or at the end
  (``by NAME``, ``Written by NAME``, ``Story — NAME``), dates ``Dec 22, 2023`` or ``3d``, run-in
  subheadings glued to the end of the paragraph before them (some in capitals), like/comment/restack
  counters, title + teaser cards, one or two stories of the stack carried in full, cut with a link out.
- ``crosswind``: a coverage comparer. Topic chips, a breadcrumb with the title cut, outlet counts and a
  left/centre/right spread, ``First reported 2023-12-22 14:05 UTC`` or ``22 Dec 2023`` with ``Last updated``
  or only relative times, an auto-generated key-points box, ``Reporter:``/``Reported by`` or a bare name with
  the outlet, a coverage list (lean + outlet line, title, time), a one-line ``Title — Outlet`` list and a
  timeline of earlier titles behind short dates; it names itself in a header or only inside phrases.
- ``porchlight``: a local news app. Town switcher and weather, cookie bar, notification prompt, a kicker,
  the title twice in some pages (sticky bar), ``Filed by NAME``, ``NAME, Community Reporter`` or a bare name
  + Follow, US numeric dates ``12/22/2023 · 7:45 AM`` with ``Updated 40 min ago`` or only ``Posted
  Friday, 8:15 a.m.``, ad and newsletter boxes inside the body, neighbours' comments, a title + outlet/time
  list or ``Title (Outlet)`` lines.
- ``reader``: an in-app reader that never names itself (site null). Back/text-size/listen controls, an
  optional publisher chip (the publisher is not the site), bare names or ``By NAME, OUTLET``, dates
  ``22 Dec 2023, 14:05``, ``Friday 22nd December 2023`` or ``Yesterday at 4:12 PM`` (relative: null),
  run-in subheadings, ``Story continues below`` breaks, an ``Edited by`` sign-off (editors are not
  authors), one or two stories carried in full after ``Next article``, and a title + outlet/time list.

Main articles are NAEB articles that the shared aggregator set does not use as main articles and whose
authors are persons; related and carried articles are any other NAEB articles. Labels are right by
construction: furniture is every UI line the generator inserts (a line that would also be an article line is
left out of the label), the date is null when the main article shows only relative times, run-in
subheadings are left out of truth.json.

    python train/aggregator_holdout5.py --out OUT --seeds 1 2 3 [--per-layout 11]
    -> OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}

Only 37 NAEB articles qualify as main articles, so a seed of 55 pages repeats some of them; the converter merges
two pages that carry the same main article into one (``also_raw``), and the other page's own article is then
missing. The hidden set uses each main article once, so the figures are given both ways.

Measured once, before anyone fixed against it, on main d86600b (pure Python; ``check_aggregator.py``, ``score.py``):

    seed   title  authors  date   site   relR   relP   carried  subh   furn-leak  bodyF1
    1      0.891  0.745    0.982  0.582  0.636  0.798  0.923    1.000  20/55      0.947
    2      0.818  0.691    0.945  0.545  0.579  0.609  0.836    0.968  19/55      0.928
    3      0.818  0.855    0.909  0.545  0.582  0.379  0.739    0.914  28/55      0.895
    mean   0.842  0.764    0.945  0.558  0.599  0.595  0.833    0.961  22.3/55    0.923
    mean without the 6 pages lost to the merge:
           0.874  0.793    0.981  0.579  0.619  0.595  0.867    0.961  22.3       0.958
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import aggregator_pages
from aggregator_pages import MONTHS, PageLines, read_naeb, used_main_ids, write_set

SHARED = aggregator_pages.SHARED
NAEB = SHARED / "corpus" / "naeb"
AGG = SHARED / "corpus" / "aggregator"

NOT_PERSON = re.compile(
    r"\b(?:press|staff|tribune|university|school|labs?|news|agency|reuters|desk|team|times|post|institute)\b", re.I
)

OUTLETS = [
    "The Kestrel Review",
    "Bayshore Daily",
    "Granite Ledger",
    "Pinecrest Herald",
    "Metro Wire Today",
    "The Copper Valley Post",
    "Northline Dispatch",
    "Ashford Evening Star",
    "Saltmarsh Gazette",
    "Sunfield Reporter",
    "Tidewater Chronicle",
    "Summit Beacon",
    "The Orchard Weekly",
    "Red Mesa Journal",
    "Harborlight News",
    "Westbrook Sentinel",
    "The Prairie Current",
    "Lantern & Key",
]
PEOPLE = [
    "Priya Ostrander",
    "Milo Fairweather",
    "Greta Lindqvist",
    "Tobias Mwangi",
    "Renata Ilic",
    "Oscar Delacroix",
    "Hana Sato-Whitfield",
    "Callum Breen",
    "Ines Marchetti",
    "Wendell Okafor",
    "Noor Haddadi",
    "Fern Kowalczyk",
]
TOWNS = ["Millbrook", "Cedar Falls", "Oak Harbor", "Brightwater", "East Linden", "Fairhaven", "Juniper Hill"]
SUBHEADS = [
    "Where things stand",
    "The backstory",
    "Counting the cost",
    "Inside the numbers",
    "Reaction pours in",
    "A longer road",
    "Looking ahead",
    "Mixed signals",
    "The sticking point",
    "Second thoughts",
    "Who pays",
    "On the ground",
    "What changed",
    "Lessons learned",
    "Not so fast",
    "The bigger picture",
]


# ------------------------------------------------------------------ corpus ----


@dataclass(frozen=True)
class Doc:
    naeb: str
    title: str
    authors: list[str]
    date: dt.date | None
    url: str
    paragraphs: list[str]

    @property
    def first_sentence(self) -> str:
        first = self.paragraphs[0]
        m = re.search(r"[.!?][”\"’']?\s", first)
        return first[: m.end()].strip() if m and m.end() > 40 else first[:200].strip()

    @property
    def teaser(self) -> str:
        first = self.paragraphs[0]
        if len(first) <= 120:
            return first
        return first[:110].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def load_corpus() -> tuple[list[Doc], list[Doc]]:
    """All NAEB articles, and the person-authored ones the shared set does not use as main articles."""
    meta, truth = read_naeb(NAEB)
    used = used_main_ids(AGG / "labels.json")
    docs = []
    for key in sorted(meta):
        m = meta[key]
        paras = [p.strip() for p in truth[key]["body"].split("\n\n") if p.strip()]
        if not paras:
            continue
        date = dt.date.fromisoformat(m["date"]) if m.get("date") else None
        docs.append(Doc(key, m["title"].strip(), list(m["authors"] or []), date, m["url"], paras))

    def person(a: str) -> bool:
        return len(a.split()) >= 2 and not NOT_PERSON.search(a)

    mains = [d for d in docs if d.naeb not in used and d.authors and all(person(a) for a in d.authors)]
    return docs, mains


# -------------------------------------------------------------------- page ----


@dataclass
class Page(PageLines):
    """A dump being written, and its labels, kept in step line by line."""

    rng: random.Random
    main: Doc
    used: set[str] = field(default_factory=set)

    def furn(self, *lines: str) -> None:
        """Furniture lines (a blank one is labelled too)."""
        self.add_furniture(lines, label_blank=True)

    def pick(self, pool: list[Doc], n: int) -> list[Doc]:
        free = [d for d in pool if d.naeb not in self.used and d.naeb != self.main.naeb]
        out = self.rng.sample(free, min(n, len(free)))
        self.used.update(d.naeb for d in out)
        return out

    def rel(self, doc: Doc) -> None:
        self.related.append(doc.title)


def names(authors: list[str]) -> str:
    return authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]


def clock(rng: random.Random, style: str) -> str:
    h, m = rng.randint(6, 22), rng.randint(0, 59)
    if style == "24":
        return f"{h:02d}:{m:02d}"
    suffix = ("AM", "PM") if style == "12" else ("a.m.", "p.m.")
    return f"{(h - 1) % 12 + 1}:{m:02d} {suffix[h >= 12]}"


def ago(rng: random.Random, style: str) -> str:
    n = rng.randint(2, 23)
    return {
        "short": f"{n}h ago",
        "long": f"{n} hours ago",
        "tiny": f"{n}h",
        "min": f"{rng.randint(5, 58)} min ago",
        "day": rng.choice(["Yesterday", "2 days ago", "3d ago"]),
    }[style]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def paragraph_lines(para: str) -> list[str]:
    return para.split("\n")


def body(page: Page, doc: Doc, insert: Callable[[int], None], glue: int = 0) -> None:
    """The main story, a paragraph a block; `insert(i)` may add furniture before paragraph i; `glue` run-in
    subheadings are glued to the end of paragraphs that end a sentence."""
    rng = page.rng
    spots: set[int] = set()
    if glue:
        ok = [i for i, p in enumerate(doc.paragraphs[:-1]) if i and "\n" not in p and len(p) > 80 and p[-1] in '.!?”"']
        spots = set(rng.sample(ok, min(glue, len(ok))))
    heads = rng.sample(SUBHEADS, len(spots))
    caps = rng.random() < 0.5
    for i, para in enumerate(doc.paragraphs):
        if i:
            insert(i)
        page.blank()
        if i in spots:
            head = heads.pop()
            head = head.upper() if caps and rng.random() < 0.7 else head
            page.subheadings.append(head)
            page.text(para + " " + head)
        else:
            page.text(*paragraph_lines(para))


def carried(page: Page, doc: Doc, junk: Callable[[], list[str]], cut: int | None) -> None:
    """A related article carried in full (or its first `cut` paragraphs), junk lines inside it."""
    page.embedded.append({"title": doc.title, "first_sentence": doc.first_sentence, "naeb": doc.naeb})
    paras = doc.paragraphs if cut is None else doc.paragraphs[:cut]
    every = page.rng.randint(3, 6)
    for i, para in enumerate(paras):
        if i and i % every == 0:
            page.blank()
            page.furn(*junk())
        page.blank()
        page.text(*paragraph_lines(para))


# ----------------------------------------------------------------- layouts ----


def vistabox(page: Page, pool: list[Doc]) -> str | None:
    rng, doc = page.rng, page.main
    outlet = rng.choice(OUTLETS)
    consent = [
        "We value your privacy",
        f"Vistabox and {rng.randint(120, 380)} vendors store cookies on your device to measure visits, remember "
        'your settings and show ads that fit you. Choose "Agree and close" to allow this, or manage each '
        "purpose yourself.",
        "Agree and close",
        "Manage settings",
        "Reject all",
    ]
    named_top = rng.random() < 0.7
    page.furn(
        *(["Vistabox"] if named_top else []),
        "Search or type a web address",
        "Home",
        "For you",
        "Watch",
        "Play",
        "Sign in",
    )
    page.furn(f"{rng.randint(28, 88)}°F {rng.choice(['Sunny', 'Cloudy', 'Light snow', 'Showers'])}")
    consent_top = rng.random() < 0.5
    if consent_top:
        page.blank()
        page.furn(*consent)
    page.blank()
    page.furn(outlet, rng.choice(["+ Follow", "Follow", "Following"]))
    page.text(doc.title)
    relative = doc.date is None or rng.random() < 0.35
    d = doc.date
    who = names(doc.authors)
    form = rng.randrange(3)
    if relative or d is None:
        when = ago(rng, rng.choice(["short", "long", "day"]))
    elif rng.random() < 0.5:
        when = f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {clock(rng, '12')}"
    else:
        when = d.strftime("%a, %b ") + f"{d.day}, {d.year}"
    if form == 0:
        page.meta(f"Story by {who} • {when}")
    elif form == 1:
        page.meta(f"By {who} for {outlet}")
        page.meta(when)
    else:
        page.meta(f"{who} · {outlet}")
        page.meta(when)
    page.furn(f"{rng.randint(2, 14)} min read", f"{rng.randint(3, 980)} reactions", f"{rng.randint(2, 400)} comments")
    ads = [
        ["Sponsored", "Northway Outfitters: winter jackets up to 40% off", "Shop now"],
        ["Advertisement", "Continue reading below"],
        ["Ad", "Refinance in minutes with Clearpath Lending", "Check your rate"],
    ]

    def insert(i: int) -> None:
        if i % rng.choice([4, 5, 6]) == 0:
            page.blank()
            page.furn(*rng.choice(ads))

    body(page, doc, insert)
    page.blank()
    page.furn(rng.choice([f"Continue reading on {outlet}", "View the original article", f"Read more at {outlet}"]))
    page.furn("How does this story make you feel?", "Upbeat", "Sad", "Angry", "Surprised", "Thoughtful")
    page.blank()
    page.furn(
        rng.choice(
            ["Trending right now", "Picked for you", "People also read", "Don't skip these", "Fresh on Vistabox"]
        )
    )
    for r in page.pick(pool, rng.randint(3, 6)):
        page.blank()
        page.furn(rng.choice(OUTLETS))
        page.text(r.title)
        page.rel(r)
        page.furn(ago(rng, rng.choice(["tiny", "short", "day"])))
    for r in page.pick(pool, rng.randint(1, 2)):
        page.blank()
        page.furn(rng.choice(["Keep scrolling", "Your next story", "Up after this"]))
        page.furn(rng.choice(OUTLETS), "+ Follow")
        page.text(r.title)
        page.rel(r)
        if r.authors:
            page.text(f"Story by {names(r.authors)}")
        page.furn(ago(rng, rng.choice(["short", "long", "day"])))
        carried(page, r, lambda: rng.choice(ads), None if rng.random() < 0.6 else rng.randint(4, 8))
        page.blank()
        page.furn(f"{rng.randint(3, 980)} reactions")
    if not consent_top:
        page.blank()
        page.furn(*consent)
    page.blank()
    page.furn(
        f"© {rng.choice([2024, 2025, 2026])} Vistabox",
        "Privacy & cookies",
        "Terms of use",
        "Advertise",
        "Feedback",
        "Help",
    )
    return "Vistabox"


def quillstack(page: Page, pool: list[Doc]) -> str | None:
    rng, doc = page.rng, page.main
    outlet = rng.choice(OUTLETS)
    mag = rng.choice(
        [
            "Weekend Longreads",
            "Things Worth Knowing",
            "Morning Brew of Ideas",
            "The Deep End",
            "Signal & Noise",
            "Read Later, Really",
        ]
    )
    curator, credit = rng.sample(PEOPLE, 2)
    page.furn("Quillstack works best in the app", "Open in app", "Continue in browser")
    page.blank()
    page.furn("Quillstack", "Explore", "Following", "Create", "Log in")
    page.blank()
    page.furn(rng.choice([f"Stacked into {mag} by {curator}", f"From {mag} · curated by {curator}"]))
    page.furn(rng.choice(["CULTURE", "Tech", "WORLD", "Ideas", "Science & Health", "MONEY"]))
    page.text(doc.title)
    d = doc.date
    relative = d is None or rng.random() < 0.3
    when = ago(rng, rng.choice(["tiny", "day"])) if relative or d is None else f"{d.strftime('%b')} {d.day}, {d.year}"
    who = names(doc.authors)
    top = rng.random() < 0.5
    if top:
        page.meta(rng.choice([f"by {who}", f"{who} for {outlet}"]))
        page.meta(f"{outlet} · {when}")
    else:
        page.meta(f"{outlet} · {when}")
    page.furn(
        rng.choice([f"Lead image: {credit} via Stockwise", f"Illustration by {credit}", f"Photo: {credit} / {outlet}"])
    )
    page.furn(f"{rng.randint(2, 15)} min")

    def insert(i: int) -> None:
        if rng.random() < 0.08:
            page.blank()
            page.furn(
                rng.choice(
                    [
                        f"Like what you read? Restack it to {mag}",
                        "Promoted · Fieldnote Journals",
                        "Tap to follow this topic",
                    ]
                )
            )

    body(page, doc, insert, glue=rng.randint(1, 3))
    if not top:
        page.blank()
        page.meta(rng.choice([f"Written by {who}", f"Story — {who}", f"Words & reporting: {who}"]))
    page.blank()
    page.furn(
        f"{rng.randint(1, 9)}.{rng.randint(0, 9)}K likes · {rng.randint(3, 300)} comments · "
        f"{rng.randint(10, 900)} restacks",
        "Like",
        "Comment",
        "Restack",
        "Share",
    )
    page.blank()
    page.furn(
        rng.choice(
            [
                f"Elsewhere in {mag}",
                "Stacked alongside this",
                "Readers who liked this also stacked",
                "Worth your evening",
                "Hand-picked next reads",
            ]
        )
    )
    for r in page.pick(pool, rng.randint(2, 5)):
        page.blank()
        page.text(r.title)
        page.rel(r)
        page.text(r.teaser)
        page.teasers.append(r.teaser)
        page.furn(rng.choice(OUTLETS))
    n_carried = rng.randint(1, 2)
    for r in page.pick(pool, n_carried):
        page.blank()
        page.furn(rng.choice(["Next in this stack", f"Keep going in {mag}"]))
        page.text(r.title)
        page.rel(r)
        src = rng.choice(OUTLETS)
        if r.authors:
            page.text(f"{src} · {names(r.authors)}")
        else:
            page.furn(src)
        cut = rng.randint(3, 7)
        carried(page, r, lambda: [f"{rng.randint(20, 900)} likes", "Restack"], cut)
        page.blank()
        page.furn(rng.choice([f"Continue on {src} →", "Open the full story", "Read the rest at the source"]))
    page.blank()
    page.furn(rng.choice(["Top comments", "Conversation"]))
    for person in rng.sample(PEOPLE, rng.randint(1, 3)):
        page.blank()
        page.furn(
            person,
            rng.choice(
                [
                    "Saving this for the weekend.",
                    "Great piece, thanks for stacking it!",
                    "Not sure I agree with the framing here, but worth reading.",
                    "This is exactly what I was looking for.",
                ]
            ),
            f"{rng.randint(1, 6)}d · Reply",
        )
    page.blank()
    page.furn("Quillstack", "About", "Creators", "Privacy", "Terms", "Careers")
    return "Quillstack"


def crosswind(page: Page, pool: list[Doc]) -> str | None:
    rng, doc = page.rng, page.main
    outlet = rng.choice(OUTLETS)
    header = rng.random() < 0.5
    page.furn(*(["Crosswind"] if header else []), "Top stories", "Local", "Blindspots", "My topics", "Get Pro")
    page.blank()
    page.furn(*rng.sample(["Energy", "Courts", "Space", "Elections", "Health", "Markets", "Gaming", "Climate"], 3))
    cut = doc.title[: max(12, len(doc.title) // 2)].rsplit(" ", 1)[0] + "…"
    page.furn(f"Stories › {rng.choice(['World', 'Technology', 'Business', 'Culture', 'Science'])} › {cut}")
    page.blank()
    page.text(doc.title)
    d = doc.date
    relative = d is None or rng.random() < 0.3
    if relative or d is None:
        page.meta(f"First reported {ago(rng, 'long')} · Last updated {ago(rng, 'min')}")
    elif rng.random() < 0.5:
        page.meta(f"First reported {d.isoformat()} {clock(rng, '24')} UTC")
    else:
        page.meta(f"{d.day} {d.strftime('%b')} {d.year}")
        page.meta(f"Last updated {ago(rng, 'short')}")
    left = rng.randint(5, 60)
    centre = rng.randint(5, 95 - left)
    spread = [left, centre, 100 - left - centre]
    stats = [
        f"Covered by {rng.randint(4, 140)} outlets",
        f"Left {spread[0]}% · Centre {spread[1]}% · Right {spread[2]}%",
    ]
    stats_top = rng.random() < 0.5
    if stats_top:
        page.furn(*stats)
    page.blank()
    who = names(doc.authors)
    form = rng.randrange(3)
    if form == 0:
        page.meta(f"Reporter: {who}")
        page.furn(f"Original reporting: {outlet}")
    elif form == 1:
        page.meta(f"Reported by {who}")
        page.furn(outlet)
    else:
        page.meta(f"{who}, {outlet}")
    if rng.random() < 0.6:
        page.blank()
        page.furn(
            "Key points (auto-generated)",
            "• Outlets agree on the basic facts but differ on what they mean.",
            "• Left-leaning sources stress the human impact; right-leaning sources stress the cost.",
            "This summary was written by software and checked by our editors. Spotted an error? Tell us.",
        )

    def insert(i: int) -> None:
        if i == 3 and rng.random() < 0.6:
            page.blank()
            page.furn("Compare this story on Crosswind Pro", "Try 14 days free")

    body(page, doc, insert)
    if not stats_top:
        page.blank()
        page.furn(*stats)
    page.blank()
    page.furn(
        rng.choice(
            ["How the coverage compares", "Who else ran it", "Same story, other angles", "Headlines side by side"]
        )
    )
    for r in page.pick(pool, rng.randint(2, 5)):
        page.blank()
        page.furn(f"{rng.choice(['Lean left', 'Centre', 'Lean right', 'Left', 'Right'])} · {rng.choice(OUTLETS)}")
        page.text(r.title)
        page.rel(r)
        page.furn(ago(rng, rng.choice(["short", "tiny", "day"])))
    if rng.random() < 0.6:
        page.blank()
        page.furn(rng.choice(["Also being compared", "Under the radar", "Stories Crosswind readers compared"]))
        for r in page.pick(pool, rng.randint(2, 4)):
            page.text(f"{r.title} — {rng.choice(OUTLETS)}")
            page.rel(r)
    if rng.random() < 0.6:
        page.blank()
        page.furn(rng.choice(["Earlier in this story", "Timeline"]))
        for r in page.pick(pool, rng.randint(2, 3)):
            page.furn(rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]))
            page.text(r.title)
            page.rel(r)
    page.blank()
    page.furn(
        "Ratings blend three independent media monitors.",
        "How we rate sources",
        f"© {rng.choice([2024, 2025, 2026])} Crosswind Media Ltd.",
        "Privacy",
        "Terms",
    )
    return "Crosswind"


def porchlight(page: Page, pool: list[Doc]) -> str | None:
    rng, doc = page.rng, page.main
    outlet = rng.choice(OUTLETS)
    town = rng.choice(TOWNS)
    page.furn(f"Porchlight · {town}", "Change town", f"{rng.randint(20, 75)}° {rng.choice(['Light rain', 'Clear'])}")
    page.blank()
    page.furn("We use cookies to keep Porchlight running and to count readers.", "OK", "Cookie settings")
    page.blank()
    if rng.random() < 0.5:
        page.furn(f"Turn on alerts for {town} news?", "Not now", "Allow")
        page.blank()
    if rng.random() < 0.4:
        page.text(doc.title)
        page.furn("Share", "Save")
        page.blank()
    page.furn(rng.choice(["Local Government", "Schools", "Around Town", "Public Safety", "Business"]))
    page.text(doc.title)
    who = names(doc.authors)
    form = rng.randrange(3)
    if form == 0:
        page.meta(f"Filed by {who}")
    elif form == 1:
        page.meta(f"{who}, Community Reporter")
    else:
        page.meta(who)
        page.furn("Follow")
    d = doc.date
    if d is None or rng.random() < 0.3:
        page.meta(f"Posted {rng.choice(['Friday', 'Monday', 'Thursday'])}, {clock(rng, 'ap')}")
    else:
        page.meta(f"{d.month:02d}/{d.day:02d}/{d.year} · {clock(rng, '12')}")
        if rng.random() < 0.5:
            page.meta(f"Updated {ago(rng, 'min')}")
    page.furn(f"Via {outlet}")

    def insert(i: int) -> None:
        if i in (2, 9):
            page.blank()
            page.furn("ADVERTISEMENT", f"{town} Hardware — 20% off snow shovels this week")
        elif i == 5:
            page.blank()
            page.furn("Get The Porch Report in your inbox every morning.", "Your email", "Subscribe")

    body(page, doc, insert)
    page.blank()
    page.furn(rng.choice([f"Neighbors are talking ({rng.randint(2, 60)})", "Comments", "Join the conversation"]))
    for person in rng.sample(PEOPLE, rng.randint(1, 3)):
        page.blank()
        page.furn(
            f"{person} · {rng.choice(['Oak Hill', 'Riverside', 'Downtown', 'North End'])} · {ago(rng, 'tiny')}",
            rng.choice(
                [
                    "About time somebody wrote about this.",
                    "Thanks for covering this!",
                    "Does anyone know when the council votes on it?",
                    "My kids saw this happen.",
                ]
            ),
            f"Helpful ({rng.randint(0, 40)}) · Reply",
        )
    page.blank()
    page.furn(rng.choice([f"Also around {town}", "Neighbors are reading", "Elsewhere today", "Don't miss"]))
    paren = rng.random() < 0.4
    for r in page.pick(pool, rng.randint(3, 6)):
        page.blank()
        if paren:
            page.text(f"{r.title} ({rng.choice(OUTLETS)})")
        else:
            page.text(r.title)
            page.furn(f"{rng.choice(OUTLETS)} · {ago(rng, rng.choice(['tiny', 'day']))}")
        page.rel(r)
    page.blank()
    page.furn("Porchlight Local, Inc.", "Privacy", "Terms", "Contact the newsroom", "Advertise with us")
    return "Porchlight"


def reader(page: Page, pool: list[Doc]) -> str | None:
    rng, doc = page.rng, page.main
    outlet = rng.choice(OUTLETS)
    editor = rng.choice(PEOPLE)
    page.furn("Back", "Text size", "Listen", "Save for later")
    page.blank()
    if rng.random() < 0.6:
        page.furn(outlet.upper() if rng.random() < 0.5 else outlet)
    page.text(doc.title)
    who = names(doc.authors)
    d = doc.date
    relative = d is None or rng.random() < 0.3
    if relative or d is None:
        when = rng.choice([f"Yesterday at {clock(rng, '12')}", ago(rng, "long")])
    elif rng.random() < 0.5:
        when = f"{d.day} {d.strftime('%b')} {d.year}, {clock(rng, '24')}"
    else:
        when = f"{d.strftime('%A')} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    form = rng.randrange(3)
    if form == 0:
        page.meta(who)
        page.meta(when)
    elif form == 1:
        page.meta(f"By {who}, {outlet}")
        page.meta(when)
    else:
        page.meta(f"{when} | {who}")

    def insert(i: int) -> None:
        if i % 7 == 0:
            page.blank()
            page.furn("Story continues below")

    body(page, doc, insert, glue=rng.choice([0, 1, 2]))
    page.blank()
    page.furn(rng.choice([f"Edited by {editor}", f"Edited by {editor}. Fact-checked by {rng.choice(PEOPLE)}."]))
    for r in page.pick(pool, rng.randint(1, 2)):
        page.blank()
        page.furn(rng.choice(["Next article", "Up next", "Swipe for more"]))
        page.furn(rng.choice(OUTLETS))
        page.text(r.title)
        page.rel(r)
        page.furn(ago(rng, rng.choice(["long", "day"])))
        carried(page, r, lambda: ["Story continues below"], None)
    page.blank()
    page.furn(rng.choice(["Other stories", "In case you missed it", "Catch up", "Today's picks"]))
    for r in page.pick(pool, rng.randint(3, 5)):
        page.blank()
        page.text(r.title)
        page.rel(r)
        page.furn(f"{rng.choice(OUTLETS)} · {ago(rng, rng.choice(['short', 'day']))}")
    page.blank()
    page.furn("Report a concern", "Manage notifications")
    return None


LAYOUTS: dict[str, Callable[[Page, list[Doc]], str | None]] = {
    "vistabox": vistabox,
    "quillstack": quillstack,
    "crosswind": crosswind,
    "porchlight": porchlight,
    "reader": reader,
}


# ------------------------------------------------------------------ labels ----


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def clean_furniture(page: Page, bodies: list[str]) -> list[str]:
    """Furniture as labelled: inserted lines that are not also an article's line (or inside its text)."""
    whole = {norm(x) for b in bodies for x in b.splitlines()}
    joined = " ".join(norm(b) for b in bodies)
    out: list[str] = []
    for f in page.furniture:
        n = norm(f)
        if n and n not in whole and not (len(f) > 12 and n in joined) and f not in out:
            out.append(f)
    return out


def build_seed(seed: int, per_layout: int, out: Path) -> None:
    rng = random.Random(seed)
    docs, mains = load_corpus()
    by_id = {d.naeb: d for d in docs}
    order = mains[:]
    rng.shuffle(order)
    texts: dict[str, str] = {}
    truth: dict[str, dict[str, str]] = {}
    labels: dict[str, dict[str, object]] = {}
    k = 0
    for name, layout in LAYOUTS.items():
        for i in range(per_layout):
            main = order[k % len(order)]
            k += 1
            page = Page(random.Random(f"{seed}-{name}-{i}"), main)
            site = layout(page, docs)
            pid = hashlib.sha256(f"holdout5-{seed}-{name}-{i}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            main_body = "\n\n".join(main.paragraphs)
            bodies = [main_body] + ["\n\n".join(by_id[e["naeb"]].paragraphs) for e in page.embedded]
            truth[pid] = {"url": main.url, "body": main_body}
            labels[pid] = {
                "template": name,
                "naeb": main.naeb,
                "url": main.url,
                "title": main.title,
                "authors": main.authors,
                "date": main.date.isoformat() if main.date and not relative_only(page) else None,
                "site": site,
                "related": page.related,
                "teasers": page.teasers,
                "embedded": page.embedded,
                "subheadings": page.subheadings,
                "furniture": clean_furniture(page, bodies),
                "meta_lines": page.meta_lines,
            }
    write_set(out, texts, truth, labels)


def relative_only(page: Page) -> bool:
    """True when no meta line shows the main article's date (its year is the mark of an absolute date)."""
    year = str(page.main.date.year) if page.main.date else "?"
    return not any(year in line for line in page.meta_lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--per-layout", type=int, default=11)
    args = ap.parse_args(argv)
    for seed in args.seeds:
        build_seed(seed, args.per_layout, args.out / f"seed-{seed}")
        print(f"seed {seed}: {args.per_layout * len(LAYOUTS)} pages -> {args.out / f'seed-{seed}'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

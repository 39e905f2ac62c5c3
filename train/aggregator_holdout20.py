"""A twentieth held-out generator of aggregator pages (issue 11), written without reading the converter, its
tests or the other generators.

Five invented aggregators, of the same five kinds as the shared set, each page a browser's innerText of the
app's article page (one rendered block a line):

- `brightdesk` (portal start page): search bar, city weather, menu; a consent box with `Accept all` /
  `Manage options`; a `From <outlet>` chip with `+ Follow`; `Story by NAME` or `NAME for OUTLET` bylines;
  dates like `Dec 22, 2023, 3:14 PM`, a relative `3h` or `Updated 40 min ago`; sponsored lines and
  `Continue reading below` in the body; a reaction counter; a numbered `Trending now` list (number, title,
  outlet); `Keep reading` carries the next one or two stories in full (chip, title, byline, time, paragraphs
  separated by blank lines, sponsored lines inside); a footer.
- `threadleaf` (social magazine): an app banner, a `#Topic` kicker, a curator line `Saved to <board> by @user`
  (not an author), paragraphs one a line with run-in subheadings glued to the end of the paragraph before,
  the byline `Written by A & B` on top or `Story: NAME` after the text, a `Photo:` credit (not an author), an
  appreciation counter, `From the same board` with one to three stories carried in full (title, outlet,
  paragraphs one a line, `♥ 12 · 3 threads` after), then `You might also like` title + teaser cards.
- `spectrumly` (coverage comparer): topic tags, a `Stories ›` trail with a cut title, outlet and lean counts
  (`Left 9 · Centre 14 · Right 5`), `Published 22 Dec 2023 · 14:05 GMT` with or without `Last edited`, or
  `First reported 6 hours ago` only; `Reporter: NAME` or `Original reporting by NAME (OUTLET)`; a
  coverage list (`OUTLET — Leans right`, title, `2 hours ago`), a title-only `See also` list; paragraphs
  separated by blank lines with run-in subheadings.
- `hometowner` (local news app): town and forecast, a cookie line with `OK`, the title once or twice,
  `Contributed by NAME` or `NAME · Community reporter`, day-first slashed dates `22/12/2023 · 9:14am` or
  `Fri 22 Dec 2023`, or only `2 hrs ago`; ad and newsletter boxes inside the body, a comment thread
  (`Join the conversation (5)`, user, comment, `3h · Like · Reply`), a `More from around town` list
  (title, `OUTLET · 5 hr`).
- unbranded in-app reader (template `readerpane`): never names itself (site null); `‹ Back`, `Aa`, the
  publisher's name in capitals, `By NAME, NAME and NAME` or `NAME | OUTLET`, dates `Friday 22 December 2023,
  09:14` or `22 Dec 2023` or `2d`, sign-offs `Edited by NAME` / `Fact-checked by NAME` at the end (editors are
  not authors), `Related coverage` (title + teaser), one or two stories carried in full under `Next in your
  briefing`, a `Sources` link list of outlets.

Authors: exactly NAEB's names.  An article NAEB credits to no one is shown without a byline (the publisher's
chip or name still shows; nobody would read a publisher chip as the author), and its authors label is [].
Dates: the label is NAEB's date when the page shows an absolute publication date, null when it shows only
relative times; `Last edited` dates come after the publication date and never replace it.
Carried stories are picked among NAEB articles of at most 20 paragraphs and carried whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
AGG_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

OUTLETS = (
    "Northfield Courier",
    "Harbor Ledger",
    "The Daily Meridian",
    "Pinecrest Post",
    "Silverlake Record",
    "Eastgate Observer",
    "Copper Valley News",
    "The Lantern Weekly",
    "Bayside Chronicle",
    "Orchard Times",
    "Westmarch Herald",
    "Ironbridge Journal",
)
SUBHEADS = (
    "The road ahead",
    "Counting the cost",
    "A long time coming",
    "Where things stand",
    "WHAT COMES NEXT",
    "Behind the numbers",
    "Questions remain",
    "A different approach",
    "Looking back",
    "THE BIGGER PICTURE",
    "Mixed reactions",
    "How it started",
)
USERS = ("maple_jen", "Rob K.", "harborview88", "D. Okafor", "quietreader", "Tomasz W", "northside_mom", "Lee")
COMMENTS = (
    "Finally someone is reporting on this.",
    "Not sure I agree but good read.",
    "This is why I moved here twenty years ago!",
    "Can we get an update on this next week?",
    "Shared with my neighbours, thanks.",
    "Who decided this?? Nobody asked us.",
)
TOWNS = (("Ashford", "Kent"), ("Redwood Falls", "MN"), ("Kelso", "WA"), ("Bridgnorth", "Shropshire"), ("Moab", "UT"))
TOPICS = ("Science", "Tech", "Culture", "Politics", "Money", "Sport", "World", "Health", "Style")
LEANS = ("Leans left", "Left", "Centre", "Leans right", "Right", "Unrated")
EDITORS = ("Marta Quintero", "Owen Blackwood", "Priya Raman", "Henrik Sølvberg", "Grace Adeyemi")
PHOTOGS = ("Anton Vesely", "Kiri Matagi", "Lucas Ferreira", "Noor Haddad")


@dataclass
class Page(PageLines):
    layout: str = ""
    site: str | None = None
    date: str | None = None


@dataclass
class Story:
    nid: str
    title: str
    authors: list[str]
    date: dt.date
    url: str
    paras: list[str]
    outlet: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def first_sentence(text: str) -> str:
    m = re.search(r"^.{20,}?[.!?](?=\s)", text)
    return (m.group(0) if m else text)[:200]


def teaser(story: Story) -> str:
    t = story.paras[0]
    return t if len(t) <= 140 else t[:137].rsplit(" ", 1)[0] + "…"


def names(authors: list[str], rng: Random) -> str:
    if len(authors) == 1:
        return authors[0]
    joiner = rng.choice((" and ", " & "))
    return ", ".join(authors[:-1]) + joiner + authors[-1]


def rel_time(rng: Random) -> str:
    return rng.choice((f"{rng.randint(2, 55)} min ago", f"{rng.randint(1, 23)}h ago", f"{rng.randint(2, 11)} hrs ago"))


def clock(rng: Random) -> tuple[int, int]:
    return rng.randint(6, 22), rng.randrange(0, 60)


def ampm(h: int, m: int, *, lower: bool = False) -> str:
    s = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return s.replace(" ", "").lower() if lower else s


def body_with_subheads(
    page: Page, rng: Random, paras: list[str], rate: float, sep: bool, junk: list[list[str]]
) -> None:
    """The main article: paragraphs (blank-separated when `sep`), run-in subheadings glued to the end of a
    paragraph at `rate`, and furniture blocks from `junk` dropped between paragraphs."""
    heads = list(SUBHEADS)
    rng.shuffle(heads)
    slots = sorted(rng.sample(range(1, len(paras)), min(len(junk), len(paras) - 1))) if len(paras) > 1 else []
    spots = dict(zip(slots, junk, strict=False))
    for i, para in enumerate(paras):
        if i in spots:
            if sep:
                page.blank()
            page.add_furniture(spots[i], label_blank=False)
        line = para
        if heads and 0 < i < len(paras) - 1 and len(paras) > 4 and rng.random() < rate:
            head = heads.pop()
            line = f"{para} {head}"
            page.subheadings.append(head)
        if sep:
            page.blank()
        page.text(line)
    if sep:
        page.blank()


def carry(page: Page, story: Story, *, sep: bool, junk: list[str], rng: Random) -> None:
    """A related story's text in full, `junk` lines (furniture) placed inside it."""
    at = rng.randrange(1, len(story.paras)) if len(story.paras) > 1 and junk else -1
    for i, para in enumerate(story.paras):
        if i == at:
            if sep:
                page.blank()
            page.add_furniture(junk, label_blank=False)
        if sep:
            page.blank()
        page.text(para)
    page.embedded.append({"title": story.title, "first_sentence": first_sentence(story.paras[0]), "naeb": story.nid})


# ------------------------------------------------------------------ layouts ----


def brightdesk(page: Page, main: Story, rel: list[Story], carried: list[Story], rng: Random) -> None:
    page.site = "Brightdesk"
    menu = ["Brightdesk", "Search Brightdesk or the web", f"{rng.choice(TOWNS)[0]} {rng.randint(-3, 24)}°C"]
    menu += rng.sample(["News", "Weather", "Money", "Sports", "Lifestyle", "Shopping", "Play", "Watch"], 6)
    menu += ["Sign in"]
    page.add_furniture(menu, label_blank=False)
    page.blank()
    if rng.random() < 0.7:
        n = rng.randint(120, 380)
        page.add_furniture(
            [
                f"We and our {n} vendors process personal data, such as your browsing activity, to show you "
                "stories and ads that suit you and to see how Brightdesk is used. You can change your mind "
                "at any time under Privacy options at the foot of every page.",
                "Accept all",
                "Manage options",
            ],
            label_blank=False,
        )
        page.blank()
    page.add_furniture([f"From {main.outlet}", "+ Follow"], label_blank=False)
    page.text(main.title)
    h, m = clock(rng)
    mode = rng.choice(("abs", "abs", "abs_upd", "rel"))
    d = main.date
    stamp = f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {ampm(h, m)}"
    when = {"abs": stamp, "abs_upd": f"{stamp} · Updated {rng.randint(5, 50)} min ago", "rel": rel_time(rng)}[mode]
    page.date = d.isoformat() if mode != "rel" else None
    if main.authors:
        style = rng.choice(("story", "for"))
        who = (
            f"Story by {names(main.authors, rng)}"
            if style == "story"
            else f"{names(main.authors, rng)} for {main.outlet}"
        )
        if rng.random() < 0.5:
            page.meta(f"{who} · {when}")
        else:
            page.meta(who)
            page.meta(when)
    else:
        page.meta(when)
    page.add_furniture([f"{rng.randint(2, 14)} min read"], label_blank=False)
    junk = [
        ["Sponsored", f"Compare {rng.choice(('energy', 'broadband', 'mortgage'))} deals near you"],
        ["Continue reading below"],
    ]
    body_with_subheads(page, rng, main.paras, 0.0, True, junk[: rng.randint(1, 2)])
    page.add_furniture(
        [f"👍 {rng.randint(3, 900)}", f"💬 {rng.randint(0, 90)}", "Share", f"View original on {main.outlet}"],
        label_blank=False,
    )
    page.blank()
    listed = rel[: len(rel) - len(carried)]
    if listed:
        page.add_furniture(["Trending now"], label_blank=False)
        for i, s in enumerate(listed, 1):
            page.add_furniture([str(i)], label_blank=False)
            page.text(s.title)
            page.related.append(s.title)
            page.add_furniture([s.outlet], label_blank=False)
        page.blank()
    for s in carried:
        page.add_furniture(["Keep reading", f"From {s.outlet}", "+ Follow"], label_blank=False)
        page.text(s.title)
        page.related.append(s.title)
        if s.authors:
            page.text(f"Story by {names(s.authors, rng)}")
        page.add_furniture([rel_time(rng)], label_blank=False)
        carry(page, s, sep=True, junk=["Sponsored", "Get a quote in two minutes"], rng=rng)
        page.blank()
    page.add_furniture(
        ["© 2024 Brightdesk", "Privacy options", "Terms", "About our ads", "Contact", "Feedback"], label_blank=False
    )


def threadleaf(page: Page, main: Story, rel: list[Story], carried: list[Story], rng: Random) -> None:
    page.site = "Threadleaf"
    page.add_furniture(["threadleaf", "Home", "Boards", "Discover", "Join free"], label_blank=False)
    page.blank()
    if rng.random() < 0.75:
        page.add_furniture(
            ["Get the Threadleaf app to follow boards and read offline.", "Download", "Continue in browser"],
            label_blank=False,
        )
        page.blank()
    topic = rng.choice(TOPICS)
    page.add_furniture([f"#{topic}"], label_blank=False)
    page.text(main.title)
    board = rng.choice(("Morning Reads", "Worth Your Time", "Long Weekend", "Ideas Worth Keeping"))
    page.add_furniture([f"Saved to {board} by @{rng.choice(USERS).replace(' ', '').lower()}"], label_blank=False)
    on_top = bool(main.authors) and rng.random() < 0.5
    if on_top:
        page.meta(f"Written by {names(main.authors, rng)}")
    d = main.date
    mode = rng.choice(("abs", "abs", "rel"))
    if mode == "abs":
        sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        page.meta(f"{MONTHS[d.month - 1]} {d.day}{sfx}, {d.year}")
        page.date = d.isoformat()
    else:
        page.meta(f"posted {rel_time(rng)}")
    page.blank()
    junk = [["Threadleaf Sunday: ten stories our curators loved this week.", "Email", "Sign up"], ["Advertisement"]]
    body_with_subheads(page, rng, main.paras, 0.12, False, junk[: rng.randint(0, 2)])
    page.blank()
    if main.authors and not on_top:
        page.meta(f"Story: {names(main.authors, rng)}")
    page.add_furniture([f"Photo: {rng.choice(PHOTOGS)}/{rng.choice(OUTLETS)}"], label_blank=False)
    page.add_furniture(
        [f"{rng.randint(12, 2400)} appreciations", "Appreciate", "Thread", "Save to board", "Send"], label_blank=False
    )
    page.blank()
    if carried:
        page.add_furniture([f"From the same board: {board}"], label_blank=False)
        page.blank()
        for s in carried:
            page.text(s.title)
            page.related.append(s.title)
            page.add_furniture([s.outlet], label_blank=False)
            carry(page, s, sep=False, junk=[], rng=rng)
            page.add_furniture([f"♥ {rng.randint(1, 300)} · {rng.randint(0, 40)} threads"], label_blank=False)
            page.blank()
    listed = rel[len(carried) :]
    if listed:
        page.add_furniture(["You might also like"], label_blank=False)
        page.blank()
        for s in listed:
            page.text(s.title)
            page.related.append(s.title)
            t = teaser(s)
            page.text(t)
            page.teasers.append(t)
            page.blank()
    page.add_furniture(["About", "Creators", "Press", "Privacy & terms", "© 2024 Threadleaf"], label_blank=False)


def spectrumly(page: Page, main: Story, rel: list[Story], carried: list[Story], rng: Random) -> None:
    page.site = "Spectrumly"
    page.add_furniture(
        ["Spectrumly", "Top stories", "Blind spots", "Local", "My sources", "Get Pro"], label_blank=False
    )
    page.blank()
    tags = rng.sample(TOPICS, 3)
    page.add_furniture([f"# {t}" for t in tags], label_blank=False)
    cut = main.title if len(main.title) <= 34 else main.title[:32].rstrip() + "…"
    if rng.random() < 0.6:
        page.add_furniture([f"Stories › {tags[0]} › {cut}"], label_blank=False)
    page.blank()
    page.text(main.title)
    left, centre, right = rng.randint(1, 30), rng.randint(1, 30), rng.randint(1, 30)
    counts = [f"{left + centre + right} outlets covered this", f"Left {left} · Centre {centre} · Right {right}"]
    top = rng.random() < 0.5
    if top:
        page.add_furniture(counts, label_blank=False)
    d = main.date
    h, m = clock(rng)
    mode = rng.choice(("abs", "abs_upd", "rel"))
    stamp = f"Published {d.day} {MONTHS[d.month - 1][:3]} {d.year} · {h:02d}:{m:02d} GMT"
    if mode == "rel":
        page.meta(f"First reported {rng.randint(2, 20)} hours ago")
    else:
        page.meta(stamp)
        page.date = d.isoformat()
        if mode == "abs_upd":
            e = d + dt.timedelta(days=rng.randint(1, 3))
            page.meta(f"Last edited {e.day} {MONTHS[e.month - 1][:3]} {e.year} · {h:02d}:{m:02d} GMT")
    if main.authors:
        if rng.random() < 0.5:
            page.meta(f"Reporter: {names(main.authors, rng)}")
        else:
            page.meta(f"Original reporting by {names(main.authors, rng)} ({main.outlet})")
    page.blank()
    if rng.random() < 0.5:
        page.add_furniture(
            ["No automatic summary for this story yet.", "Read how Spectrumly rates outlets"], label_blank=False
        )
    body_with_subheads(page, rng, main.paras, 0.1, True, [])
    page.add_furniture([f"Read it at {main.outlet}", "Share", "Copy link"], label_blank=False)
    page.blank()
    if not top:
        page.add_furniture(counts, label_blank=False)
        page.blank()
    n_cov = rng.randint(2, max(2, len(rel) - 1))
    cov, see = rel[:n_cov], rel[n_cov:]
    page.add_furniture([f"How {len(cov)} outlets told it"], label_blank=False)
    for s in cov:
        page.add_furniture([f"{s.outlet} — {rng.choice(LEANS)}"], label_blank=False)
        page.text(s.title)
        page.related.append(s.title)
        page.add_furniture([f"{rng.randint(2, 20)} hours ago"], label_blank=False)
    page.blank()
    if see:
        page.add_furniture(["See also"], label_blank=False)
        for s in see:
            page.text(s.title)
            page.related.append(s.title)
        page.blank()
    page.add_furniture(
        ["Lean ratings come from three independent panels.", "Our method", "© Spectrumly 2024", "Privacy"],
        label_blank=False,
    )


def hometowner(page: Page, main: Story, rel: list[Story], carried: list[Story], rng: Random) -> None:
    page.site = "Hometowner"
    town, region = rng.choice(TOWNS)
    page.add_furniture(
        [
            "Hometowner",
            f"{town}, {region}",
            f"{rng.choice(('Light rain', 'Sunny', 'Cloudy', 'Fog'))} {rng.randint(30, 70)}°",
        ],
        label_blank=False,
    )
    page.add_furniture(["News", "Events", "Notices", "Marketplace"], label_blank=False)
    page.blank()
    if rng.random() < 0.6:
        page.add_furniture(["Hometowner uses cookies so your town stays selected.", "OK"], label_blank=False)
        page.blank()
    page.text(main.title)
    if main.authors:
        if rng.random() < 0.5:
            page.meta(f"Contributed by {names(main.authors, rng)}")
        else:
            page.meta(f"{names(main.authors, rng)} · Community reporter")
    d = main.date
    h, m = clock(rng)
    mode = rng.choice(("slash", "wday", "rel"))
    if mode == "slash":
        page.meta(f"{d.day:02d}/{d.month:02d}/{d.year} · {ampm(h, m, lower=True)}")
        page.date = d.isoformat()
    elif mode == "wday":
        page.meta(f"{d.strftime('%a')} {d.day} {MONTHS[d.month - 1][:3]} {d.year}")
        page.date = d.isoformat()
    else:
        page.meta(f"{rng.randint(1, 9)} hrs ago")
    if rng.random() < 0.4:
        page.text(main.title)  # the app repeats the headline over the text on some pages
    page.blank()
    junk = [
        ["ADVERTISEMENT"],
        [f"The {town} Morning Note, weekdays at 7am", "Your email", "Subscribe"],
        ["Story continues"],
    ]
    rng.shuffle(junk)
    body_with_subheads(page, rng, main.paras, 0.08, True, junk[: rng.randint(1, 3)])
    n = rng.randint(1, 3)
    page.add_furniture([f"Join the conversation ({n})", "Write a comment…"], label_blank=False)
    for _ in range(n):
        page.add_furniture(
            [rng.choice(USERS), rng.choice(COMMENTS), f"{rng.randint(1, 20)}h · Like · Reply"], label_blank=False
        )
    page.blank()
    page.add_furniture(["More from around town"], label_blank=False)
    for s in rel:
        page.text(s.title)
        page.related.append(s.title)
        page.add_furniture([f"{s.outlet} · {rng.randint(1, 12)} hr"], label_blank=False)
    page.blank()
    page.add_furniture(
        ["Hometowner © 2024", "Post a notice", "Advertise locally", "Privacy", "Your data choices"], label_blank=False
    )


def readerpane(page: Page, main: Story, rel: list[Story], carried: list[Story], rng: Random) -> None:
    page.site = None
    page.add_furniture(["‹ Back", "Aa", "Share"], label_blank=False)
    page.blank()
    page.add_furniture([main.outlet.upper()], label_blank=False)
    page.text(main.title)
    if main.authors:
        if rng.random() < 0.6:
            page.meta(f"By {names(main.authors, rng)}")
        else:
            page.meta(f"{names(main.authors, rng)} | {main.outlet}")
    d = main.date
    h, m = clock(rng)
    mode = rng.choice(("long", "short", "rel"))
    if mode == "long":
        page.meta(f"{d.strftime('%A')} {d.day} {MONTHS[d.month - 1]} {d.year}, {h:02d}:{m:02d}")
        page.date = d.isoformat()
    elif mode == "short":
        page.meta(f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}")
        page.date = d.isoformat()
    else:
        page.meta(f"{rng.randint(2, 6)}d")
    page.blank()
    junk = [["Listen · 6 min"], ["Tap to keep reading"]]
    body_with_subheads(page, rng, main.paras, 0.1, rng.random() < 0.6, junk[: rng.randint(0, 2)])
    signoff = rng.choice(("Edited by", "Fact-checked by"))
    page.meta(f"{signoff} {rng.choice(EDITORS)}")
    page.blank()
    listed = rel[len(carried) :]
    if listed:
        page.add_furniture(["Related coverage"], label_blank=False)
        page.blank()
        for s in listed:
            page.text(s.title)
            page.related.append(s.title)
            if rng.random() < 0.7:
                t = teaser(s)
                page.text(t)
                page.teasers.append(t)
            page.blank()
    for s in carried:
        page.add_furniture(["Next in your briefing", s.outlet.upper()], label_blank=False)
        page.text(s.title)
        page.related.append(s.title)
        if s.authors:
            page.text(f"By {names(s.authors, rng)}")
        page.blank()
        carry(page, s, sep=True, junk=["Tap to keep reading"], rng=rng)
        page.blank()
    page.add_furniture(["Sources", *sorted({s.outlet for s in rel})], label_blank=False)
    page.blank()
    page.add_furniture(["Stories belong to their publishers.", "Report a problem"], label_blank=False)


LAYOUTS: dict[str, tuple[Callable[[Page, Story, list[Story], list[Story], Random], None], tuple[int, int]]] = {
    "brightdesk": (brightdesk, (0, 2)),
    "threadleaf": (threadleaf, (1, 3)),
    "spectrumly": (spectrumly, (0, 0)),
    "hometowner": (hometowner, (0, 0)),
    "readerpane": (readerpane, (1, 2)),
}


# ------------------------------------------------------------------ the set ----


def load_stories() -> dict[str, Story]:
    meta, truth = read_naeb(NAEB)
    out = {}
    for nid in sorted(meta):
        m = meta[nid]
        paras = [p.strip() for p in truth[nid]["body"].split("\n\n") if p.strip()]
        out[nid] = Story(nid, m["title"], list(m["authors"]), dt.date.fromisoformat(m["date"][:10]), m["url"], paras)
    return out


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = Random(seed)
    stories = load_stories()
    used = used_main_ids(AGG_LABELS)
    free = [nid for nid in sorted(stories) if nid not in used]
    mains = rng.sample(free, min(len(free), per_layout * len(LAYOUTS)))
    short = [nid for nid in sorted(stories) if 2 <= len(stories[nid].paras) <= 20]
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for i, nid in enumerate(mains):
        name = list(LAYOUTS)[i % len(LAYOUTS)]
        make, (lo, hi) = LAYOUTS[name]
        main = Story(**{**stories[nid].__dict__, "outlet": rng.choice(OUTLETS)})
        n_carry = rng.randint(lo, hi)
        carried_ids = rng.sample([x for x in short if x != nid], n_carry)
        others = [x for x in sorted(stories) if x != nid and x not in carried_ids]
        listed_ids = rng.sample(others, rng.randint(3, 6))
        rel = [Story(**{**stories[x].__dict__, "outlet": rng.choice(OUTLETS)}) for x in listed_ids + carried_ids]
        carried = rel[len(listed_ids) :]
        if name in ("threadleaf", "readerpane"):  # these put the carried stories first in `rel` order
            rel = carried + rel[: len(listed_ids)]
        page = Page(layout=name)
        make(page, main, rel, carried, rng)
        pid = hashlib.sha1(f"h20-{seed}-{name}-{nid}".encode()).hexdigest()[:16]
        texts[pid] = page.dump()
        truth[pid] = {"url": main.url, "body": "\n\n".join(main.paras)}
        labels[pid] = page.labels(
            template=name,
            naeb=nid,
            url=main.url,
            title=main.title,
            authors=main.authors,
            date=page.date,
            site=page.site,
        )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

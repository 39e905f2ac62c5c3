"""Held-out aggregator pages, set 24: five invented aggregators, written blind.

Written without reading the converter, its tests or any other generator of held-out pages (only the shared set's
README and labels, the scorer and train/aggregator_pages.py's mechanics), so that the converter is measured on
page shapes it was never tuned on.  The article texts are NAEB's (title, authors, date, body); every name, menu,
prompt, byline shape and date format below is invented.

- `earshot`: a podcast app's episode page whose show notes carry the article; app menu, show and episode number,
  player controls, `Released Dec 22, 2023`, `22 Dec 2023 · 38 min` or a relative age only, `Written by`,
  `Story: A; Narration: B` or `A, Outlet` bylines with a narrator credit (not an author), a sponsor read in the
  body, run-in subheadings, `More episodes` (title + date and length) and `Listeners also played` (title +
  outlet and age) lists.
- `pressmint`: an aggregator's printer-friendly view; print-dialog lines, the page's address, `Printed on` (not
  the publication date), page breaks (`Page 2 of 4`) between paragraphs, `Reported by A for Outlet`, `A | Outlet`
  or `By A and B, Outlet`, `Published: Friday, December 22, 2023 – 14:05` with or without `Last edited`, ISO
  `Posted` dates with `Edited`; run-in subheadings; related links as title + address.
- `lingobridge`: a translation proxy that names itself only inside phrases (`Translated by Lingobridge ...`);
  `Show original`, language pickers, rating prompts, `From our correspondent A`, `A, Outlet` or bare names,
  dotted day-first dates with `Updated:`, or relative ages only; title + teaser list; one or two next stories
  carried in full with the proxy's notices inside, several paragraphs to a line.
- `readerclip`: a send-to-device e-reader document that never names its service (site null); delivery time (not
  the publication date), `Author:`, `Words and pictures:` or `A · Outlet`, `Originally published ...` or ISO
  `Source date:`, location and progress markers between paragraphs, the reader's notes at the end, a numbered
  reading-queue list and a title-only list of unread documents.
- `boardside`: a forum thread whose first post quotes the article in full (title twice, thread starter and post
  times relative only, member badges, `Click to expand...`), `By A`, `A | Outlet` or `Story: A; Photos: B`
  bylines, article dates in the quote or none, replies with comments and one quoting another story in full
  (one paragraph a line), and a `Similar threads` list (title + starter, replies and age).
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"
LAYOUTS = ("earshot", "pressmint", "lingobridge", "readerclip", "boardside")

OUTLETS = (
    "Harbor Ledger",
    "The Prairie Post",
    "Northgate Daily",
    "Westfield Courier",
    "Metro Signal",
    "The Granite Wire",
    "Bayline News",
    "Civic Lantern",
    "Ridgeway Observer",
    "The Tidewater Record",
)
CREDITS = ("Jo Penhale", "Ines Marchetti", "Tomasz Wrobel", "Aled Pryce", "Noor Haddad", "Corinne Dufay")
USERS = ("rivet_jane", "Ostrander77", "quietmarsh", "bluegill_ed", "Hanna.K", "lowtide", "pmcready", "sundial42")
SUBHEADS = (
    "What changes next",
    "The money question",
    "A slow start",
    "Counting the cost",
    "Behind the numbers",
    "Voices from the ground",
    "Where it goes from here",
    "An uneasy calm",
    "The long road",
    "Second thoughts",
    "Old rivals",
    "WHAT THEY SAID",
    "THE BACKSTORY",
)
LANGUAGES = ("German", "Spanish", "Dutch", "Portuguese", "Italian", "Polish")


@dataclass
class Article:
    naeb: str
    title: str
    authors: list[str]
    day: date
    url: str
    paragraphs: list[str]


@dataclass(kw_only=True)
class Page(PageLines):
    template: str
    article: Article
    date_shown: bool = False
    site: str | None = None


def load_articles() -> dict[str, Article]:
    meta, truth = read_naeb(NAEB)
    out = {}
    for key, m in meta.items():
        paragraphs = [p.strip() for p in truth[key]["body"].splitlines() if p.strip()]
        out[key] = Article(
            key, m["title"].strip(), list(m["authors"] or []), date.fromisoformat(m["date"]), m["url"], paragraphs
        )
    return out


def first_sentence(art: Article) -> str:
    first = art.paragraphs[0]
    m = re.search(r"^(.{30,}?[.!?][\"”’]?)(?=\s)", first)
    return m.group(1) if m else first


def names(authors: list[str]) -> str:
    if len(authors) == 1:
        return authors[0]
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def slug(title: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower())[:8])


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(6, 23):02d}:{rng.choice((0, 5, 12, 20, 34, 41, 50)):02d}"


def age(rng: random.Random) -> str:
    return rng.choice(
        (f"{rng.randrange(2, 59)} min ago", f"{rng.randrange(1, 23)} hours ago", "Yesterday", f"{rng.randrange(2, 6)}d")
    )


def glue_subheadings(page: Page, rng: random.Random, paragraphs: list[str], count: int) -> list[str]:
    """Paragraph lines, with `count` invented run-in subheadings glued to the ends of some of them."""
    out = list(paragraphs)
    spots = [i for i in range(1, len(out) - 2) if len(out[i]) > 80 and out[i][-1] in '.!?"”’']
    picked = sorted(rng.sample(spots, min(count, len(spots))))
    heads = rng.sample(SUBHEADS, len(picked))
    for i, head in zip(picked, heads, strict=True):
        out[i] = f"{out[i]} {head}"
        page.subheadings.append(head)
    return out


def body(page: Page, lines: list[str], inserts: dict[int, list[str]]) -> None:
    """The main story's paragraph lines, with furniture lines inserted after the given paragraph indexes."""
    for i, line in enumerate(lines):
        page.text(line)
        if i in inserts and i < len(lines) - 1:
            page.add_furniture(inserts[i], label_blank=False)


def related_list(page: Page, arts: list[Article], extra: Any) -> None:
    """Each title as a whole line, followed by the lines `extra(article)` gives (furniture unless teasers)."""
    for art in arts:
        page.text(art.title)
        page.related.append(art.title)
        for line, kind in extra(art):
            if kind == "teaser":
                page.text(line)
                page.teasers.append(line)
            else:
                page.add_furniture([line], label_blank=False)


def short_first(others: list[Article], count: int) -> list[Article]:
    """`others` with the first `count` stories of at most 30 paragraphs moved to the front (the ones carried in
    full: a reader page carries a news story, not a 200-line list)."""
    short = [a for a in others if len(a.paragraphs) <= 30][:count]
    return short + [a for a in others if a not in short]


def carry(page: Page, art: Article, before: list[str], junk: list[str], per_line: int, rng: random.Random) -> None:
    """A related story carried in full: furniture before its title, its paragraphs `per_line` to a line, with
    junk lines inside."""
    page.add_furniture(before, label_blank=False)
    page.text(art.title)
    page.related.append(art.title)
    page.embedded.append({"title": art.title, "first_sentence": first_sentence(art), "naeb": art.naeb})
    groups = [" ".join(art.paragraphs[i : i + per_line]) for i in range(0, len(art.paragraphs), per_line)]
    spot = rng.randrange(1, len(groups)) if len(groups) > 1 else None
    for i, group in enumerate(groups):
        if i == spot:
            page.add_furniture(junk, label_blank=False)
        page.text(group)


# ------------------------------------------------------------------ earshot --


def earshot(page: Page, rng: random.Random, others: list[Article]) -> None:
    art = page.article
    outlet = rng.choice(OUTLETS)
    show = rng.choice(("Morning Dispatch", "The Long Listen", "Read to Me", "Headlines Aloud", "The Ten-Minute Desk"))
    page.add_furniture(["Earshot", "Home", "Browse", "Library", "Search podcasts"], label_blank=False)
    if rng.random() < 0.5:
        page.add_furniture(["Try Earshot Plus free for 30 days"], label_blank=False)
    page.blank()
    page.add_furniture([show, f"{outlet} Audio", f"Episode {rng.randrange(40, 420)}"], label_blank=False)
    page.text(art.title)
    minutes = max(4, sum(len(p) for p in art.paragraphs) // 900)
    d = art.day
    style = rng.randrange(3)
    if style == 0:
        page.meta(f"Released {MONTHS[d.month - 1][:3]} {d.day}, {d.year}")
        page.add_furniture([f"{minutes} min"], label_blank=False)
        page.date_shown = True
    elif style == 1:
        page.meta(f"{d.day} {MONTHS[d.month - 1][:3]} {d.year} · {minutes} min")
        page.date_shown = True
    else:
        page.meta(f"{rng.randrange(2, 6)} days ago · {minutes} min")
    page.add_furniture(
        ["▶ Play episode", "−15s", "+30s", "1.0×", f"00:00 / {minutes:02d}:{rng.randrange(60):02d}"], label_blank=False
    )
    page.add_furniture(rng.sample(["Download", "Add to queue", "Share", "Mark as played"], 3), label_blank=False)
    page.blank()
    page.add_furniture(["Show notes"], label_blank=False)
    narrator = rng.choice(CREDITS)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"Written by {names(art.authors)}")
            page.add_furniture([f"Narrated by {narrator}"], label_blank=False)
        elif shape == 1:
            page.meta(f"Story: {names(art.authors)}; Narration: {narrator}")
        else:
            page.meta(f"{names(art.authors)}, {outlet}")
            page.add_furniture([f"Read for Earshot by {narrator}"], label_blank=False)
    else:
        page.add_furniture([f"Narrated by {narrator}"], label_blank=False)
    lines = glue_subheadings(page, rng, art.paragraphs, rng.randrange(0, 3))
    ad = [
        rng.choice(
            (
                "Sponsored: this episode is brought to you by Lumen Mattress. Use code LISTEN20 at checkout.",
                "A word from our sponsor: Fernway meal kits, first box half price.",
            )
        )
    ]
    body(page, lines, {len(lines) // 2: ad})
    page.add_furniture(["Transcript generated automatically. Report an error"], label_blank=False)
    page.blank()
    picks = others[: rng.randrange(3, 6)]
    page.add_furniture(["More episodes"], label_blank=False)
    cut = rng.randrange(1, len(picks))

    def episode(a: Article) -> list[tuple[str, str]]:
        dd = a.day
        return [(f"{MONTHS[dd.month - 1][:3]} {dd.day} · {rng.randrange(5, 45)} min", "furniture")]

    related_list(page, picks[:cut], episode)
    page.blank()
    page.add_furniture(["Listeners also played"], label_blank=False)
    related_list(page, picks[cut:], lambda a: [(f"{rng.choice(OUTLETS)} · {age(rng)}", "furniture")])
    page.blank()
    page.add_furniture(["© 2024 Earshot Audio Inc.", "Privacy", "Terms", "For creators"], label_blank=False)
    page.site = "Earshot"


# ---------------------------------------------------------------- pressmint --


def pressmint(page: Page, rng: random.Random, others: list[Article]) -> None:
    art = page.article
    outlet = rng.choice(OUTLETS)
    d = art.day
    printed = d + timedelta(days=rng.randrange(3, 25))
    address = f"https://pressmint.com/s/{slug(art.title)}-{rng.randrange(10000, 99999)}"
    page.add_furniture(
        [f"Printed on {printed.day:02d}/{printed.month:02d}/{printed.year}, {clock(rng)}", "Pressmint"],
        label_blank=False,
    )
    page.add_furniture(["Print this page", "Close print view"], label_blank=False)
    page.blank()
    page.text(art.title)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"Reported by {names(art.authors)} for {outlet}")
        elif shape == 1:
            page.meta(f"{names(art.authors)} | {outlet}")
        else:
            page.meta(f"By {names(art.authors)}, {outlet}")
    else:
        page.add_furniture([f"Source: {outlet}"], label_blank=False)
    style = rng.randrange(3)
    edited = d + timedelta(days=rng.randrange(1, 3))
    if style == 0:
        page.meta(f"Published: {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} – {clock(rng)}")
        page.date_shown = True
    elif style == 1:
        page.meta(
            f"First published {d.day} {MONTHS[d.month - 1]} {d.year}; last edited {edited.day} "
            f"{MONTHS[edited.month - 1]} {edited.year}, {clock(rng)}"
        )
        page.date_shown = True
    else:
        page.meta(f"Posted {d.isoformat()} {clock(rng)} UTC")
        page.meta(f"Edited {edited.isoformat()}")
        page.date_shown = True
    page.blank()
    lines = glue_subheadings(page, rng, art.paragraphs, rng.randrange(1, 4))
    pages = max(2, len(lines) // 7 + 1)
    step = max(1, len(lines) // pages)
    breaks = {i * step - 1: [address, f"Page {i} of {pages}"] for i in range(1, pages) if i * step - 1 < len(lines)}
    body(page, lines, breaks)
    page.blank()
    page.add_furniture(["Related links"], label_blank=False)
    picks = others[: rng.randrange(3, 7)]
    related_list(page, picks, lambda a: [(f"(https://pressmint.com/s/{slug(a.title)})", "furniture")])
    page.blank()
    page.add_furniture(
        [
            address,
            f"Page {pages} of {pages}",
            "Copyright © 2024 Pressmint Ltd. All rights reserved.",
            "Content is reproduced with the publisher's permission.",
        ],
        label_blank=False,
    )
    page.site = "Pressmint"


# -------------------------------------------------------------- lingobridge --


def dotted(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def lingobridge(page: Page, rng: random.Random, others: list[Article]) -> None:
    art = page.article
    outlet = rng.choice(OUTLETS)
    lang = rng.choice(LANGUAGES)
    host = f"www.{slug(outlet).replace('-', '')}.{rng.choice(('de', 'es', 'nl', 'pt', 'it', 'pl'))}"
    page.add_furniture(
        [
            f"Translated by Lingobridge from {lang}",
            "Show original",
            f"Original language: {lang} ▾",
            "Translate to: English ▾",
        ],
        label_blank=False,
    )
    if rng.random() < 0.6:
        page.add_furniture(
            ["This page was translated automatically. Some wording may differ from the original."], label_blank=False
        )
    page.add_furniture([f"Original page: {host}"], label_blank=False)
    page.blank()
    page.text(art.title)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"From our correspondent {names(art.authors)}")
        elif shape == 1:
            page.meta(f"{names(art.authors)}, {outlet}")
        else:
            page.meta(names(art.authors))
    d = art.day
    style = rng.randrange(4)
    if style == 0:
        page.meta(f"{dotted(d)}, {clock(rng)}")
        page.date_shown = True
    elif style == 1:
        page.meta(f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}")
        page.meta(f"Updated: {dotted(d + timedelta(days=rng.randrange(1, 3)))}, {clock(rng)}")
        page.date_shown = True
    elif style == 2:
        page.meta(f"{dotted(d)} · updated {rng.randrange(1, 9)} hours ago")
        page.date_shown = True
    else:
        page.meta(f"{rng.randrange(2, 12)} hours ago")
    page.blank()
    lines = glue_subheadings(page, rng, art.paragraphs, rng.randrange(0, 3))
    body(page, lines, {len(lines) // 3: ["Advertisement (not translated)"]})
    page.add_furniture(
        ["How good was this translation?", "★★★★★", "Help improve Lingobridge translations: send feedback"],
        label_blank=False,
    )
    page.blank()
    count = rng.randrange(1, 3)
    others = short_first(others, count)
    carried, listed = others[:count], others[count : count + rng.randrange(3, 6)]
    for art2 in carried:
        per_line = rng.randrange(2, 4)
        before = ["Keep reading", f"Translated by Lingobridge from {rng.choice(LANGUAGES)} · Show original"]
        carry(page, art2, before, ["Advertisement (not translated)"], per_line, rng)
        page.blank()
    page.add_furniture(["More stories translated for you"], label_blank=False)
    related_list(page, listed, lambda a: [(first_sentence(a), "teaser")])
    page.blank()
    page.add_furniture(
        [
            "Lingobridge is not responsible for the content of translated pages.",
            "Turn off translation for this site",
            "Languages",
            "Privacy",
        ],
        label_blank=False,
    )
    page.site = "Lingobridge"


# --------------------------------------------------------------- readerclip --


def readerclip(page: Page, rng: random.Random, others: list[Article]) -> None:
    art = page.article
    outlet = rng.choice(OUTLETS)
    d = art.day
    delivered = d + timedelta(days=rng.randrange(1, 9))
    page.add_furniture(["Library", "Documents", "Aa", "Go to…"], label_blank=False)
    dated = rng.random() < 0.75
    if dated:
        page.add_furniture(
            [f"Delivered {DAYS[delivered.weekday()]} {delivered.day} {MONTHS[delivered.month - 1]} {clock(rng)}"],
            label_blank=False,
        )
    else:
        page.add_furniture([f"Delivered {rng.randrange(2, 20)} hours ago"], label_blank=False)
    page.blank()
    page.text(art.title)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"Author: {names(art.authors)}")
        elif shape == 1:
            page.meta(f"Words and pictures: {names(art.authors)}")
        else:
            page.meta(f"{names(art.authors)} · {outlet}")
    if dated:
        if rng.random() < 0.5:
            page.meta(f"Originally published {d.day} {MONTHS[d.month - 1]} {d.year}")
        else:
            page.meta(f"Source date: {d.isoformat()}")
        page.date_shown = True
    page.add_furniture(
        [f"Source: {outlet}", f"{max(2, sum(len(p) for p in art.paragraphs) // 1100)} min left in document"],
        label_blank=False,
    )
    page.blank()
    lines = glue_subheadings(page, rng, art.paragraphs, rng.randrange(0, 3))
    every = rng.randrange(4, 7)
    total = max(1, len(lines))
    marks = {
        i: [f"Loc {(i + 1) * 37}", f"{round(100 * (i + 1) / total)}% read"] for i in range(every - 1, len(lines), every)
    }
    body(page, lines, marks)
    page.blank()
    page.add_furniture(["End of document", "Your notes (2)"], label_blank=False)
    note = rng.choice(("check the figures against last year", "ask Dana about this", "quote for Thursday's talk"))
    page.add_furniture(
        [f"Note at Loc {rng.randrange(40, 400)}: {note}", f"Note at Loc {rng.randrange(400, 900)}: follow up"],
        label_blank=False,
    )
    page.blank()
    picks = others[: rng.randrange(4, 8)]
    cut = rng.randrange(2, len(picks) - 1)
    page.add_furniture(["Next in your reading queue"], label_blank=False)
    for n, a in enumerate(picks[:cut], 1):
        page.add_furniture([f"{n:02d}"], label_blank=False)
        related_list(page, [a], lambda a: [(f"{rng.choice(OUTLETS)} · {rng.randrange(3, 25)} min", "furniture")])
    page.blank()
    page.add_furniture(["Unread documents"], label_blank=False)
    related_list(page, picks[cut:], lambda a: [])
    page.blank()
    page.add_furniture(["Sync now", "Settings", "Help"], label_blank=False)


# ---------------------------------------------------------------- boardside --


def member(page: Page, rng: random.Random, user: str, number: int) -> None:
    page.add_furniture(
        [
            user,
            rng.choice(("Well-known member", "Regular", "New member", "Moderator")),
            f"Messages: {rng.randrange(12, 9000):,}",
            rng.choice((f"{rng.randrange(2, 59)} minutes ago", f"{rng.randrange(1, 12)} hours ago")),
            f"#{number}",
        ],
        label_blank=False,
    )


def boardside(page: Page, rng: random.Random, others: list[Article]) -> None:
    art = page.article
    outlet = rng.choice(OUTLETS)
    users = rng.sample(USERS, 4)
    page.add_furniture(["Boardside", "Forums", "What's new", "Members", "Log in", "Register"], label_blank=False)
    page.add_furniture(
        [f"Forums › Current affairs › {rng.choice(('World news', 'Politics', 'Science and tech'))}"], label_blank=False
    )
    page.blank()
    page.text(art.title)
    page.add_furniture([f"Thread starter {users[0]} · Started {rng.randrange(2, 11)} hours ago"], label_blank=False)
    page.blank()
    member(page, rng, users[0], 1)
    page.add_furniture(
        [rng.choice(("Saw this earlier, worth a read:", "Posting the full piece here:"))], label_blank=False
    )
    page.add_furniture([f"{outlet} said:"], label_blank=False)
    if rng.random() < 0.6:
        page.text(art.title)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"By {names(art.authors)}")
        elif shape == 1:
            page.meta(f"{names(art.authors)} | {outlet}")
        else:
            page.meta(f"Story: {names(art.authors)}; Photos: {rng.choice(CREDITS)}")
    d = art.day
    style = rng.randrange(3)
    if style == 0:
        page.meta(f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
        page.date_shown = True
    elif style == 1:
        up = d + timedelta(days=rng.randrange(1, 3))
        page.meta(
            f"Published {d.day} {MONTHS[d.month - 1][:3]} {d.year}, updated {up.day} {MONTHS[up.month - 1][:3]} "
            f"{up.year}"
        )
        page.date_shown = True
    lines = glue_subheadings(page, rng, art.paragraphs, rng.randrange(0, 3))
    body(page, lines, {})
    page.add_furniture(
        ["Click to expand...", "Reply", "Like", "Report", f"{rng.randrange(2, 40)} people like this"], label_blank=False
    )
    page.blank()
    member(page, rng, users[1], 2)
    page.add_furniture(
        [
            rng.choice(
                ("Not surprised honestly. Been following this for months.", "Anyone got a source for the numbers?")
            )
        ],
        label_blank=False,
    )
    page.add_furniture(["Reply", "Like"], label_blank=False)
    page.blank()
    n = 3
    if rng.random() < 0.7:
        others = short_first(others, 1)
        member(page, rng, users[2], n)
        n += 1
        page.add_furniture(["Related, from the same week:", f"{rng.choice(OUTLETS)} said:"], label_blank=False)
        carry(page, others[0], [], ["Click to expand..."], 1, rng)
        page.add_furniture(["Click to expand...", "Reply", "Like"], label_blank=False)
        page.blank()
        others = others[1:]
    member(page, rng, users[3], n)
    page.add_furniture(["+1 to all of this", "Reply", "Like"], label_blank=False)
    page.blank()
    page.add_furniture(["You must log in or register to reply here."], label_blank=False)
    page.add_furniture(["Similar threads"], label_blank=False)
    picks = others[: rng.randrange(3, 6)]
    related_list(
        page,
        picks,
        lambda a: [(f"{rng.choice(USERS)} · Replies: {rng.randrange(1, 200)} · {age(rng)}", "furniture")],
    )
    page.blank()
    page.add_furniture(
        ["Boardside community forums", "Contact us", "Terms and rules", "Privacy policy"], label_blank=False
    )
    page.site = "Boardside"


BUILDERS = {
    "earshot": earshot,
    "pressmint": pressmint,
    "lingobridge": lingobridge,
    "readerclip": readerclip,
    "boardside": boardside,
}


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    arts = load_articles()
    used = used_main_ids(SHARED_LABELS)
    free = sorted(k for k in arts if k not in used)
    rng = random.Random(f"h24:{seed}:mains")
    rng.shuffle(free)
    need = per_layout * len(LAYOUTS)
    mains = [free[i % len(free)] for i in range(need)]
    several = [k for k in free if len(arts[k].authors) > 1]
    for k in several:  # every seed shows a story with several authors
        if k not in mains:
            mains[rng.randrange(need)] = k
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for li, layout in enumerate(LAYOUTS):
        for i in range(per_layout):
            main = arts[mains[li * per_layout + i]]
            prng = random.Random(f"h24:{seed}:{layout}:{i}")
            pool = sorted(k for k in arts if k != main.naeb and arts[k].title != main.title)
            others = [arts[k] for k in prng.sample(pool, 12)]
            page = Page(template=layout, article=main)
            BUILDERS[layout](page, prng, others)
            pid = hashlib.sha256(f"h24:{seed}:{layout}:{i}:{main.naeb}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truth[pid] = {"url": main.url, "body": "\n\n".join(main.paragraphs)}
            labels[pid] = page.labels(
                template=layout,
                naeb=main.naeb,
                url=main.url,
                title=main.title,
                authors=list(main.authors),
                date=main.day.isoformat() if page.date_shown else None,
                site=page.site,
            )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())

"""Held-out aggregator pages, set 22: five invented aggregators, written blind.

Written without reading the converter, its tests or the other aggregator generators: only the shared set's
README and labels, the scorer (shared/eval/check_aggregator.py), the NAEB articles and train/aggregator_pages.py
were read.  The article texts are NAEB's (title, authors, date, body); every aggregator, its name, menus, bylines,
date formats, lists and footers is invented.  Layouts:

- `burrowfeed`: a feed-reader web app (`Burrow`): sidebar of folders and feeds with unread counts, toolbar, the
  feed's name over the title, `by A` / bare / `Filed by A` bylines alone or with the date on one line, dates like
  `Fri, 22 Dec 2023 14:05` or `2023-12-22 14:05` (or only `3h` / `yesterday`), sometimes `Updated ...`, run-in
  subheadings, a "More from" list of title + age, and the next unread items carried in full (one paragraph a line,
  reader buttons inside).
- `lanternmail`: an e-mail newsletter digest opened in the browser; names itself (`Lanternwire`) only inside
  phrases; `View in browser`, a forwarded-message header (the forwarder is no author), `Words by A`, `Reporter: A`
  or a trailing `— A`, `Published ... · Edited ...` or `Dec. 22, 2023 (edited ...)` or a relative time only, a
  sponsor block inside the story, a numbered "also in this issue" list (number, title, teaser), sometimes one
  story carried in full, subscription footer.
- `quillbase`: a library press-database record (`Quillbase Newsstream`): `Document 3 of 25`, citation fields
  (Publication, Section, Word count, Language, Copyright), `Byline:` / `Author: Surname, First` / `By A and B`,
  `Publication date:` beside a load date and sometimes `Last updated:`, a `Full text` heading, subject terms,
  similar documents as title + outlet + date.
- `keepsake`: a read-later service (`Keepsake`): library tabs, archive/favourite toolbar, the original's domain,
  `Text: A` / `A · domain` / `by A, B and C`, `Originally published 22.12.2023` (day first) or a long date, or
  only `Saved 3 days ago`, reading time, tags, your notes, an "also in your list" list of title + minutes and a
  recommended list of title + teaser.
- `instantview`: a messaging app's instant view of a link (never names itself: site null): back/open buttons, the
  publisher's domain, `By A`, bare name or trailing `— A`, `22 December 2023 at 14:05` or `December 22, 2023,
  2:05 PM` or only `edited 4 hours ago`, a helpfulness prompt, then 1-2 forwarded posts of the chat carrying
  related stories in full (several paragraphs a line, views, time and reactions), and a title-only list.
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
TEMPLATES = ("burrowfeed", "lanternmail", "quillbase", "keepsake", "instantview")

OUTLETS = (
    "The Marlow Courier",
    "Eastgate Review",
    "Pinecrest Daily",
    "Harbor & Main",
    "Northfold Post",
    "Kettle Valley News",
    "The Saltmarsh Record",
    "Brightwater Wire",
    "Copperline Times",
    "The Ashby Observer",
)
SUBHEADS = (
    "Where things stand",
    "The backstory",
    "What comes next",
    "A closer look",
    "How we got here",
    "The numbers",
    "Reaction",
    "Still unanswered",
    "The bigger picture",
    "On the ground",
    "Looking ahead",
    "Why now",
)
FEEDS = ("Tech Ledger", "City Desk", "Long Reads", "Science Notes", "Morning Wire", "Sports Roundup", "Design Log")


@dataclass
class Ctx:
    rng: random.Random
    meta: dict[str, Any]
    truth: dict[str, Any]
    main: str
    pool: list[str]  # other NAEB ids still free for related lists on this page

    @property
    def m(self) -> dict[str, Any]:
        return self.meta[self.main]

    def paragraphs(self, nid: str | None = None) -> list[str]:
        return [p for p in str(self.truth[nid or self.main]["body"]).split("\n\n") if p.strip()]

    def take(self, n: int, *, full: bool = False) -> list[str]:
        """n other articles (for a carried-in-full story: a short one of several paragraphs)."""
        out: list[str] = []
        for nid in list(self.pool):
            if len(out) == n:
                break
            body = str(self.truth[nid]["body"])
            if full and not (600 < len(body) < 4500 and body.count("\n\n") >= 2 and first_sentence(body)):
                continue
            self.pool.remove(nid)
            out.append(nid)
        return out

    def title(self, nid: str) -> str:
        return str(self.meta[nid]["title"]).strip()


def first_sentence(body: str) -> str:
    first = body.strip().split("\n")[0]
    m = re.match(r"(.{20,}?[.!?][\"”’)]?)(?=\s+[A-Z“\"‘(])", first)
    return (m.group(1) if m else first).strip()


def teaser(body: str, rng: random.Random) -> str:
    words = body.split()
    return " ".join(words[: rng.randint(14, 22)]).rstrip(",;:") + "…"


def names(authors: list[str], style: str) -> str:
    if len(authors) == 1:
        return authors[0]
    if style == "amp":
        return " & ".join(authors)
    if style == "semi":
        return "; ".join(authors)
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def inverted(name: str) -> str:
    """`Surname, First` for a person's name, as library records show it; other credits as they are."""
    parts = name.split()
    org = {"press", "news", "school", "staff", "team", "desk", "labs", "university", "of", "tribune", "jr", "sr"}
    if not 2 <= len(parts) <= 3 or not re.fullmatch(r"[A-Z][A-Za-z'’-]{2,}", parts[-1]):
        return name
    if any(w.casefold() in org for w in parts):
        return name
    return f"{parts[-1]}, {' '.join(parts[:-1])}"


def day(m: dict[str, Any]) -> dt.date:
    return dt.date.fromisoformat(str(m["date"])[:10])


def later(d: dt.date, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(1, 3))


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randint(6, 22), rng.choice((0, 5, 12, 18, 24, 30, 41, 47, 55))


def ampm(h: int, mi: int) -> str:
    return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"


def age(rng: random.Random) -> str:
    return rng.choice(("12m", "48m", "2h", "5h", "9h", "1d", "2d", "3d", "yesterday"))


def domain(url: str) -> str:
    host = re.sub(r"^https?://", "", url).split("/")[0]
    return host.removeprefix("www.")


def body(p: PageLines, c: Ctx, *, subs: bool, junk: Callable[[int], list[str]] | None = None) -> None:
    """The main body, paragraphs one a line; run-in subheadings glued to the end of some paragraphs (never the
    last, only after a sentence end); `junk(i)` gives furniture lines to put after paragraph i."""
    paras = c.paragraphs()
    glue: dict[int, str] = {}
    if subs and len(paras) >= 4:
        spots = [i for i in range(1, len(paras) - 1) if re.search(r"[.!?][\"”’)]?$", paras[i]) and "\n" not in paras[i]]
        k = min(len(spots), c.rng.choice((1, 1, 2, 2, 3)))
        heads = c.rng.sample(SUBHEADS, k)
        for i, h in zip(sorted(c.rng.sample(spots, k)), heads, strict=True):
            glue[i] = h.upper() if c.rng.random() < 0.25 else h
    for i, para in enumerate(paras):
        if i in glue:
            p.text(f"{para} {glue[i]}")
            p.subheadings.append(glue[i])
        else:
            p.text(para)
        if junk is not None and i < len(paras) - 1:
            p.add_furniture(junk(i), label_blank=False)


def carried(p: PageLines, c: Ctx, nid: str, *, per_line: int, junk: list[str]) -> None:
    """A related story carried in full: title, paragraphs (per_line to a line), junk lines inside."""
    title = c.title(nid)
    p.text(title)
    p.related.append(title)
    paras = [" ".join(x.split("\n")) if per_line > 1 else x for x in c.paragraphs(nid)]
    chunks = [" ".join(paras[i : i + per_line]) for i in range(0, len(paras), per_line)]
    at = c.rng.randrange(1, len(chunks)) if len(chunks) > 1 else 1
    for i, chunk in enumerate(chunks):
        if i == at:
            p.add_furniture(junk, label_blank=False)
        p.text(chunk)
    p.embedded.append({"title": title, "first_sentence": first_sentence(str(c.truth[nid]["body"])), "naeb": nid})


# ------------------------------------------------------------------ layouts ----


def burrowfeed(p: PageLines, c: Ctx) -> tuple[str | None, str | None]:
    r, m = c.rng, c.m
    feed = r.choice(FEEDS)
    side = [r.choice(("burrow", "Burrow", "Burrow Reader")), "Search your feeds", "+ Add feed", "Today", "All unread"]
    side.append(f"{r.randint(120, 2400):,}")
    side += ["Starred", "Read later", "FEEDS"]
    for f in r.sample(FEEDS, r.randint(4, 6)):
        side += [f, str(r.randint(1, 90))]
    p.add_furniture(side, label_blank=False)
    p.blank()
    p.add_furniture(["Mark all as read", "Refresh", "View: Article"], label_blank=False)
    p.blank()
    p.add_furniture([f"{feed} · {domain(m['url'])}"], label_blank=False)
    p.text(c.title(c.main))
    d, (h, mi) = day(m), clock(r)
    relative = r.random() < 0.3
    if relative:
        when = r.choice(("3h", "7h", "yesterday", "2 days ago", "14 hours ago"))
    elif r.random() < 0.5:
        when = f"{DAYS[d.weekday()][:3]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} {h:02d}:{mi:02d}"
    else:
        when = f"{d.isoformat()} {h:02d}:{mi:02d}"
    authors = list(m["authors"])
    by = ""
    if authors:
        who = names(authors, r.choice(("and", "amp")))
        by = r.choice((f"by {who}", who if who not in c.truth[c.main]["body"] else f"By {who}", f"Filed by {who}"))
    if by and r.random() < 0.5:
        p.meta(f"{by} · {when}")
    else:
        if by:
            p.meta(by)
        p.meta(when)
    if not relative and r.random() < 0.4:
        u = later(d, r)
        p.meta(f"Updated {DAYS[u.weekday()][:3]}, {u.day:02d} {MONTHS[u.month - 1][:3]} {u.year}")
    p.add_furniture(["Open original ↗", "★ Star", "Share", "Save for later"], label_blank=False)
    p.blank()
    body(p, c, subs=True)
    p.blank()
    p.add_furniture(["✓ Mark as read", "Keep unread"], label_blank=False)
    p.blank()
    p.add_furniture([f"More from {feed}"], label_blank=False)
    for nid in c.take(r.randint(3, 5)):
        p.text(c.title(nid))
        p.related.append(c.title(nid))
        p.add_furniture([age(r)], label_blank=False)
    if r.random() < 0.7:
        p.blank()
        p.add_furniture([r.choice(("Next unread", "Up next in All unread"))], label_blank=False)
        for nid in c.take(r.randint(1, 2), full=True):
            p.blank()
            p.add_furniture([f"{r.choice(FEEDS)} · {age(r)}"], label_blank=False)
            carried(p, c, nid, per_line=1, junk=[r.choice(("Images are hidden for this feed. Load images", "★ Star"))])
            p.add_furniture(["✓ Mark as read"], label_blank=False)
    p.blank()
    p.add_furniture(
        [r.choice(("Burrow Reader 4.2 · Keyboard shortcuts: press ?", "Synced just now · Burrow")), "Settings"],
        label_blank=False,
    )
    return "Burrow", None if relative else d.isoformat()


def lanternmail(p: PageLines, c: Ctx) -> tuple[str | None, str | None]:
    r, m = c.rng, c.m
    d, (h, mi) = day(m), clock(r)
    relative = r.random() < 0.25
    p.add_furniture(
        [r.choice(("View in browser", "Having trouble reading this? View it in your browser"))], label_blank=False
    )
    p.blank()
    edition = r.choice(("Morning Brief", "Weekday Read", "Evening Edition"))
    if not relative and r.random() < 0.6:
        sender = r.choice(("Dana Okafor", "Priya Raman", "Tom Haverly", "Lucía Ferrer"))
        s = d + dt.timedelta(days=1)
        hdr = [
            "---------- Forwarded message ---------",
            f"From: {sender} <{sender.split()[0].lower()}@fastpost.example>",
            f"Date: {DAYS[s.weekday()][:3]}, {MONTHS[s.month - 1][:3]} {s.day}, {s.year} at {ampm(h, mi)}",
            f"Subject: Fwd: Your Lanternwire {edition}",
        ]
        p.add_furniture(hdr, label_blank=False)
        p.blank()
    p.add_furniture(
        [f"Good {r.choice(('morning', 'day'))}. This is the Lanternwire {edition}, five minutes you can trust."],
        label_blank=False,
    )
    p.blank()
    p.add_furniture([r.choice(("TOP STORY", "The lead", "TODAY'S MAIN READ"))], label_blank=False)
    p.text(c.title(c.main))
    authors = list(m["authors"])
    trailing = bool(authors) and r.random() < 0.35
    if authors and not trailing:
        who = names(authors, "and")
        p.meta(r.choice((f"Words by {who}", f"Reporter: {who}", f"Words: {who}")))
    if relative:
        p.meta(r.choice(("Published 6 hours ago", "Published this morning", "Sent 2 hours ago")))
    elif r.random() < 0.5:
        line = f"Published {DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
        if r.random() < 0.6:
            u = later(d, r)
            line += f" · Edited {u.day} {MONTHS[u.month - 1]} {u.year}"
        p.meta(line)
    else:
        mon = MONTHS[d.month - 1]
        ap = mon if len(mon) <= 5 else mon[:3] + "."
        line = f"{ap} {d.day}, {d.year}"
        if r.random() < 0.6:
            u = later(d, r)
            line += f" (edited {MONTHS[u.month - 1][:3]}. {u.day}, {u.year})"
        p.meta(line)
    p.blank()
    n = len(c.paragraphs())
    ad_at = r.randrange(1, n - 1) if n > 3 else -1

    def sponsor(i: int) -> list[str]:
        if i != ad_at:
            return []
        return [
            "A WORD FROM OUR SPONSOR",
            "Fernhill Coffee roasts your beans the day they ship. Use code BRIEF for 15% off your first bag.",
            "Order now →",
        ]

    body(p, c, subs=True, junk=sponsor)
    if trailing:
        p.meta(f"— {names(authors, 'and')}")
    p.blank()
    p.add_furniture([r.choice(("ALSO IN TODAY'S ISSUE", "Also in this issue"))], label_blank=False)
    for i, nid in enumerate(c.take(r.randint(3, 4)), 1):
        p.add_furniture([str(i)], label_blank=False)
        p.text(c.title(nid))
        p.related.append(c.title(nid))
        t = teaser(str(c.truth[nid]["body"]), r)
        p.text(t)
        p.teasers.append(t)
    if r.random() < 0.4:
        p.blank()
        p.add_furniture([r.choice(("WORTH YOUR TIME", "The long read"))], label_blank=False)
        for nid in c.take(1, full=True):
            carried(p, c, nid, per_line=1, junk=["Continue reading below ↓"])
    p.blank()
    p.add_furniture(
        [
            f"Enjoying the Lanternwire {edition}? Forward it to a friend.",
            "Unsubscribe",
            "Manage preferences",
            "You are receiving this email because you signed up for Lanternwire newsletters.",
            "Lanternwire Media Ltd, 14 Quay Street, Portsmouth",
        ],
        label_blank=False,
    )
    return "Lanternwire", None if relative else d.isoformat()


def quillbase(p: PageLines, c: Ctx) -> tuple[str | None, str | None]:
    r, m = c.rng, c.m
    d = day(m)
    total = r.randint(8, 140)
    top = [r.choice(("QUILLBASE", "Quillbase Newsstream", "Quillbase")), "Basic search", "Advanced search"]
    top += ["Publications", f"Saved items ({r.randint(0, 9)})", "Sign out", "‹ Back to results"]
    top += [f"Document {r.randint(1, total)} of {total}", "Previous", "Next"]
    p.add_furniture(top, label_blank=False)
    p.blank()
    p.text(c.title(c.main))
    p.blank()
    authors = list(m["authors"])
    if authors:
        form = r.random()
        if form < 0.35:
            p.meta(f"Byline: {names(authors, 'semi')}")
        elif form < 0.65:
            inv = [inverted(a) for a in authors]
            p.meta(f"Author: {'; '.join(inv)}")
        else:
            p.meta(f"By {names(authors, 'and')}")
    p.add_furniture([f"Publication: {domain(m['url'])}"], label_blank=False)
    if r.random() < 0.5:
        p.meta(f"Publication date: {MONTHS[d.month - 1][:3]} {d.day}, {d.year}")
    else:
        p.meta(f"Publication date: {d.day} {MONTHS[d.month - 1]} {d.year}")
    if r.random() < 0.4:
        p.meta(f"Last updated: {later(d, r).isoformat()}")
    words = len(str(c.truth[c.main]["body"]).split())
    load = d + dt.timedelta(days=r.randint(2, 6))
    fields = [
        f"Section: {r.choice(('News', 'National', 'Business', 'Features', 'Opinion'))}",
        f"Word count: {words}",
        "Language: English",
        f"Load date: {load.day} {MONTHS[load.month - 1]} {load.year}",
        f"Copyright: © {d.year} {domain(m['url'])}. All rights reserved.",
        "Full text",
    ]
    p.add_furniture(fields, label_blank=False)
    p.blank()
    body(p, c, subs=True)
    p.blank()
    terms = r.sample(("Politics", "Economy", "Courts", "Technology", "Health", "Culture", "Sports", "Media"), 3)
    p.add_furniture(["Subject terms:", "; ".join(terms)], label_blank=False)
    p.add_furniture([f"Document ID: QB-{r.randint(10**7, 10**8 - 1)}"], label_blank=False)
    p.blank()
    p.add_furniture(["Similar documents"], label_blank=False)
    for nid in c.take(r.randint(3, 5)):
        p.text(c.title(nid))
        p.related.append(c.title(nid))
        rd = day(c.meta[nid])
        p.add_furniture([f"{r.choice(OUTLETS)} · {rd.day} {MONTHS[rd.month - 1][:3]} {rd.year}"], label_blank=False)
    p.blank()
    p.add_furniture(["Cite", "Email", "Print", "Download PDF"], label_blank=False)
    p.add_furniture(["© 2024 Quillbase Information Services · Terms of use · Accessibility"], label_blank=False)
    return "Quillbase", d.isoformat()


def keepsake(p: PageLines, c: Ctx) -> tuple[str | None, str | None]:
    r, m = c.rng, c.m
    d = day(m)
    p.add_furniture([r.choice(("keepsake", "Keepsake", "My Keepsake"))], label_blank=False)
    p.add_furniture(["My list", "Archive", "Favorites", "Highlights", "Tags"], label_blank=False)
    p.blank()
    p.add_furniture(["Archive", "Favorite", "Tag", "Delete", "Aa"], label_blank=False)
    p.blank()
    site = domain(m["url"])
    show_site = r.random() < 0.5
    if show_site:
        p.add_furniture([f"{site} · View original"], label_blank=False)
    p.text(c.title(c.main))
    authors = list(m["authors"])
    if authors:
        who = names(authors, "and")
        forms = [f"Text: {who}", f"by {who}"]
        if not show_site:
            forms.append(f"{who} · {site}")
        p.meta(r.choice(forms))
    relative = r.random() < 0.3
    if not relative:
        if r.random() < 0.5:
            p.meta(f"Originally published {d.day:02d}.{d.month:02d}.{d.year}")
        else:
            p.meta(f"Published: {DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}")
    p.meta(r.choice(("Saved 3 days ago", "Saved yesterday", "Saved 2 weeks ago", "Saved 5 hours ago")))
    mins = max(1, len(str(c.truth[c.main]["body"]).split()) // 230)
    tags = r.sample(("#news", "#longread", "#politics", "#tech", "#weekend", "#work", "#science"), 2)
    p.add_furniture([f"{mins} min read", "  ".join(tags)], label_blank=False)
    p.blank()
    body(p, c, subs=True)
    p.blank()
    p.add_furniture(["You've reached the end", "Archive it", "Keep in list"], label_blank=False)
    if r.random() < 0.5:
        p.add_furniture(
            ["Your notes (1)", r.choice(("Send to Sam before Monday.", "Check the follow-up piece."))],
            label_blank=False,
        )
    p.blank()
    p.add_furniture([r.choice(("Also in your list", "More in My list"))], label_blank=False)
    for nid in c.take(r.randint(2, 4)):
        p.text(c.title(nid))
        p.related.append(c.title(nid))
        p.add_furniture([f"{r.randint(2, 18)} min"], label_blank=False)
    p.blank()
    p.add_furniture([r.choice(("Recommended for you", "Readers also saved"))], label_blank=False)
    for nid in c.take(r.randint(2, 3)):
        p.text(c.title(nid))
        p.related.append(c.title(nid))
        t = teaser(str(c.truth[nid]["body"]), r)
        p.text(t)
        p.teasers.append(t)
        p.add_furniture(["Save"], label_blank=False)
    p.blank()
    p.add_furniture(["Keepsake Premium: full-text search and a permanent library.", "Try it free"], label_blank=False)
    return "Keepsake", None if relative else d.isoformat()


def instantview(p: PageLines, c: Ctx) -> tuple[str | None, str | None]:
    r, m = c.rng, c.m
    d, (h, mi) = day(m), clock(r)
    p.add_furniture(["‹ Back", "Instant View", "Open in browser", "⋯"], label_blank=False)
    p.blank()
    p.add_furniture([domain(m["url"])], label_blank=False)
    p.text(c.title(c.main))
    authors = list(m["authors"])
    trailing = bool(authors) and r.random() < 0.3
    if authors and not trailing:
        who = names(authors, "and")
        p.meta(r.choice((f"By {who}", who if who not in c.truth[c.main]["body"] else f"By {who}")))
    relative = r.random() < 0.3
    if relative:
        p.meta(r.choice(("edited 4 hours ago", "2 hours ago", "yesterday")))
    elif r.random() < 0.5:
        p.meta(f"{d.day} {MONTHS[d.month - 1]} {d.year} at {h:02d}:{mi:02d}")
    else:
        p.meta(f"{MONTHS[d.month - 1]} {d.day}, {d.year}, {ampm(h, mi)}")
    p.blank()
    body(p, c, subs=False)
    if trailing:
        p.meta(f"— {names(authors, 'and')}")
    p.blank()
    p.add_furniture(["Was this view helpful?", "Yes", "No"], label_blank=False)
    p.blank()
    nids = c.take(r.randint(1, 2), full=True)
    if nids:
        p.add_furniture([r.choice(("Earlier in this chat", "More posts"))], label_blank=False)
    for nid in nids:
        p.blank()
        p.add_furniture([f"Forwarded from {r.choice(OUTLETS)}"], label_blank=False)
        views = f"👁 {r.randint(1, 60)}.{r.randint(0, 9)}K"
        carried(p, c, nid, per_line=r.choice((2, 3)), junk=[r.choice(("Show more", "Read in Instant View ⚡"))])
        ph, pm = clock(r)
        p.add_furniture(
            [views, f"{ph:02d}:{pm:02d}", f"👍 {r.randint(5, 900)}  🔥 {r.randint(0, 80)}"], label_blank=False
        )
    p.blank()
    p.add_furniture([r.choice(("Related", "Similar links"))], label_blank=False)
    for nid in c.take(r.randint(3, 4)):
        p.text(c.title(nid))
        p.related.append(c.title(nid))
    p.blank()
    p.add_furniture(["Join chat", "Mute"], label_blank=False)
    return None, None if relative else d.isoformat()


LAYOUTS: dict[str, Callable[[PageLines, Ctx], tuple[str | None, str | None]]] = {
    "burrowfeed": burrowfeed,
    "lanternmail": lanternmail,
    "quillbase": quillbase,
    "keepsake": keepsake,
    "instantview": instantview,
}


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    meta, truth = read_naeb(NAEB)
    used = used_main_ids(AGG_LABELS)
    free = sorted(k for k in meta if k not in used)
    order = random.Random(f"h22-{seed}").sample(free, len(free))
    several = [k for k in order if len(meta[k]["authors"]) > 1]  # always one page with several authors
    order = several + [k for k in order if k not in several]
    texts: dict[str, str] = {}
    truth_out: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    mains = [order[i % len(order)] for i in range(per_layout * len(TEMPLATES))]
    random.Random(f"h22-{seed}-mix").shuffle(mains)
    for li, name in enumerate(TEMPLATES):
        rng = random.Random(f"h22-{seed}-{name}")
        for i in range(per_layout):
            nid = mains[li * per_layout + i]
            pool = rng.sample(sorted(k for k in meta if k != nid), len(meta) - 1)
            c = Ctx(rng, meta, truth, nid, pool)
            p = PageLines()
            site, date = LAYOUTS[name](p, c)
            pid = hashlib.sha1(f"h22-{seed}-{name}-{i}".encode()).hexdigest()[:16]
            m = meta[nid]
            texts[pid] = p.dump()
            truth_out[pid] = {"url": m["url"], "body": "\n\n".join(c.paragraphs())}
            labels[pid] = p.labels(
                template=name,
                naeb=nid,
                url=m["url"],
                title=c.title(nid),
                authors=list(m["authors"]),
                date=date,
                site=site,
            )
    return texts, truth_out, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

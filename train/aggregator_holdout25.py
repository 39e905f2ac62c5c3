"""Held-out aggregator pages, set 25: five invented aggregators, written blind.

Written without reading the converter, its tests or any other generator of held-out pages (only the shared set's
README and a few of its pages, the scorer and train/aggregator_pages.py), so that the converter is measured on
layouts it was never tuned on.  The article text is NAEB's (title, authors, date, body); every name, menu, prompt,
byline shape, date format and list below is invented.

- `tickerhall`: a company's investor-news hub: symbol search and index strip, breadcrumb, `By A and B`,
  `A | Outlet` or `A (Outlet)` byline (a bare `Source:` line when NAEB names no one), `Published Dec 21, 2023
  6:31 AM ET` with an optional `Last edited` date, or only `Published 5h ago` (date null), "Related tickers" with
  prices, run-in subheadings, filings list, title + outlet + age list and a title-only headline list.
- `gistly`: an AI "summary first" news app that names itself only inside phrases ("Summarised by Gistly AI"):
  "Key points" bullets and "Why it matters" above the full story, a feedback prompt, `Text: A`, `Story: A;
  Photos: B` or `A reports` byline, `21 Dec 2023, 06:31` or weekday dates or relative times only, an occasional
  run-in subheading, title + teaser list, numbered list, tab bar.
- `strata`: a web-archive capture view: archive toolbar with the captured address, "Saved N times between ...",
  calendar strip and capture time stamp (not the publication date), then the saved outlet page inside it:
  masthead and menu, `By A`, `Written by A` or `A for Outlet`, `December 21, 2023` or `21 December 2023 | 6:31
  am` with `Updated:`, share row, "image not captured" notices, run-in subheadings, title-only and numbered lists.
- `ledgerline`: a newspaper e-edition in text view: page stamps `A1 | FRIDAY, DECEMBER 22, 2023 | THE
  LEDGERLINE`, capitalised `BY A AND B` byline over a role line, a jump (`Continued on Page A6`, a jump head,
  `From Page A1`), run-in subheadings in capitals or not, 1-2 more stories of the page carried in full with
  several paragraphs to a line and clipping tools inside, an "Inside" index of titles and page numbers.
- `livewall`: a live story timeline that never names itself (site null): pinned main post, `Compiled by A`,
  `A and B · Live desk` or `Updates by A, B and C`, dotted day-first dates `21.12.2023 · 14:05` with `Last
  update`, or relative times only, share lines inside, "Earlier in this story" carrying 1-2 stories in full (one
  paragraph a line, time stamps and share lines inside), title + outlet + age list.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import (
    DAYS,
    MONTHS,
    SHARED,
    PageLines,
    generator_main,
    read_naeb,
    used_main_ids,
)

NAEB_DIR = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"
LAYOUTS = ("tickerhall", "gistly", "strata", "ledgerline", "livewall")

OUTLETS = (
    "Harbour Courier",
    "Northfield Gazette",
    "The Daily Meridian",
    "Lakeshore Post",
    "Granite State Wire",
    "Eastbank Observer",
    "Pinecrest Herald",
    "Valley Dispatch",
)
PHOTOGRAPHERS = ("Ines Barraclough", "Tomasz Wielgosz", "Ada Okonkwo-Reyes", "Pablo Ferrandiz")


@dataclass
class Article:
    aid: str
    title: str
    authors: list[str]
    date: datetime.date
    body: str
    url: str

    def paragraphs(self) -> list[list[str]]:
        """The body's paragraphs, each as the lines it is shown on (a paragraph holding line breaks keeps them)."""
        out = []
        for para in self.body.split("\n\n"):
            lines = [x.strip() for x in para.split("\n") if x.strip()]
            if lines:
                out.append(lines)
        return out

    def first_sentence(self) -> str:
        first = self.paragraphs()[0][0]
        m = re.match(r"(.+?[.!?][\"”’)]?)(?:\s|$)", first)
        return m.group(1) if m else first


def load_articles() -> dict[str, Article]:
    meta, truth = read_naeb(NAEB_DIR)
    return {
        aid: Article(
            aid,
            m["title"],
            list(m.get("authors") or []),
            datetime.date.fromisoformat(m["date"]),
            truth[aid]["body"],
            m["url"],
        )
        for aid, m in sorted(meta.items())
    }


# ------------------------------------------------------------------ helpers ----


def names_and(names: list[str], sep: str = " and ") -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + sep + names[-1]


def clock(rng: random.Random, *, h24: bool = False) -> tuple[int, int, str]:
    h, m = rng.randrange(6, 23), rng.randrange(60)
    if h24:
        return h, m, f"{h:02d}:{m:02d}"
    ap = "AM" if h < 12 else "PM"
    return h, m, f"{(h - 1) % 12 + 1}:{m:02d} {ap}"


def ago(rng: random.Random, style: str) -> str:
    n = rng.choice((2, 3, 5, 7, 9, 11))
    if style == "short":
        return rng.choice((f"{n}h ago", f"{n * 5} min ago", f"{n}h"))
    return rng.choice((f"{n} hours ago", f"{n * 4} minutes ago", "an hour ago"))


def glue_subheadings(
    page: PageLines, paras: list[list[str]], pool: list[str], rng: random.Random, n: int, body: str, caps: bool
) -> list[list[str]]:
    """Run-in subheadings glued to the end of n paragraphs (never the last; only after a sentence's end)."""
    paras = [list(p) for p in paras]
    ends = [
        i for i, p in enumerate(paras[:-1]) if i > 0 and len(p[-1].split()) >= 12 and re.search(r"[.!?][\"”’]?$", p[-1])
    ]
    free = [s for s in pool if s.casefold() not in body.casefold()]
    rng.shuffle(free)
    chosen = sorted(rng.sample(ends, min(n, len(ends), len(free))))
    for i, sub in zip(chosen, free, strict=False):
        shown = sub.upper() if caps else sub
        paras[i][-1] = paras[i][-1] + " " + shown
        page.subheadings.append(shown)
    return paras


def emit_body(
    page: PageLines, paras: list[list[str]], rng: random.Random, inserts: list[list[str]], *, label_blank: bool = False
) -> None:
    """The paragraphs one a line, with furniture blocks between paragraphs (never before the first); a block
    whose words the story itself uses (an "Advertisement" inside a sentence) is left out."""
    text = " ".join(x for p in paras for x in p).casefold()
    inserts = [b for b in inserts if not any(len(x) > 12 and x.casefold() in text for x in b)]
    slots = sorted(rng.sample(range(1, len(paras)), min(len(inserts), len(paras) - 1))) if len(paras) > 1 else []
    at = dict(zip(slots, inserts, strict=False))
    for i, para in enumerate(paras):
        if i in at:
            page.add_furniture(at[i], label_blank=label_blank)
        page.text(*para)


def related_block(page: PageLines, arts: list[Article]) -> None:
    for a in arts:
        page.related.append(a.title)


def teaser_of(a: Article, words: int = 22) -> str:
    ws = a.paragraphs()[0][0].split()
    return " ".join(ws[:words]) + ("…" if len(ws) > words else "")


def embed(page: PageLines, a: Article) -> None:
    page.related.append(a.title)
    page.embedded.append({"title": a.title, "first_sentence": a.first_sentence(), "naeb": a.aid})


# ------------------------------------------------------------------ layouts ----


def tickerhall(
    page: PageLines, main: Article, others: list[Article], rng: random.Random
) -> tuple[str | None, str | None]:
    outlet = rng.choice(OUTLETS)
    f = page.add_furniture
    f(["Tickerhall", "Markets", "Screeners", "Portfolio", "Earnings calendar", "Sign in"], label_blank=False)
    f(["Search symbols or companies"], label_blank=False)
    strip = [
        f"DJIA {rng.uniform(33000, 38000):,.2f} {rng.choice('+-')}{rng.uniform(0, 1.5):.2f}%",
        f"S&P 500 {rng.uniform(4100, 4800):,.2f} {rng.choice('+-')}{rng.uniform(0, 1.5):.2f}%",
        f"10-yr yield {rng.uniform(3.5, 4.9):.2f}%",
    ]
    f(strip, label_blank=False)
    page.blank()
    f([rng.choice(("News › Companies", "News › Markets", "News › Economy"))], label_blank=False)
    page.text(main.title)
    if main.authors:
        shape = rng.choice(("by", "pipe", "paren"))
        if shape == "by" or len(main.authors) > 1:
            page.meta("By " + names_and(main.authors))
        elif shape == "pipe":
            page.meta(f"{main.authors[0]} | {outlet}")
        else:
            page.meta(f"{main.authors[0]} ({outlet})")
    else:
        f([f"Source: {outlet}"], label_blank=False)
    d = main.date
    date: str | None = d.isoformat()
    if rng.random() < 0.3:
        page.meta(f"Published {ago(rng, 'short')}")
        date = None
    else:
        _, _, t = clock(rng)
        page.meta(f"Published {MONTHS[d.month - 1][:3]} {d.day}, {d.year} {t} ET")
        if rng.random() < 0.5:
            e = d + datetime.timedelta(days=rng.choice((1, 2)))
            _, _, t2 = clock(rng)
            page.meta(f"Last edited {MONTHS[e.month - 1][:3]} {e.day}, {e.year} {t2} ET")
    f(["Listen · " + str(rng.randrange(3, 12)) + " min", "Add to watchlist"], label_blank=False)
    syms = rng.sample(("HRBR", "NFLD", "MRDN", "LKSP", "GRNT", "EBNK", "PNCR", "VLYD", "QTRX", "ORBL"), 3)
    tickers = ["Related tickers"] + [
        f"{s} {rng.uniform(8, 420):.2f} {rng.choice('▲▼')}{rng.uniform(0.1, 4.9):.1f}%" for s in syms
    ]
    under_title = rng.random() < 0.5
    if under_title:
        f(tickers, label_blank=False)
    page.blank()
    paras = glue_subheadings(
        page,
        main.paragraphs(),
        ["The bottom line", "What analysts watch", "By the numbers", "Market reaction", "Looking ahead"],
        rng,
        rng.randrange(1, 3),
        main.body,
        caps=False,
    )
    inserts = [
        ["Advertisement"],
        ["Story continues below"],
        ["Trade US shares with zero commission on Tickerhall Pro.", "Start free trial"],
    ]
    emit_body(page, paras, rng, rng.sample(inserts, 2))
    page.blank()
    if not under_title:
        f(tickers, label_blank=False)
        page.blank()
    f(["Recent filings"], label_blank=False)
    for form, what in rng.sample((("8-K", "Current report"), ("10-Q", "Quarterly report"), ("4", "Insider trade")), 2):
        f([f"{form} · {what} · {rng.randrange(1, 9)} days ago"], label_blank=False)
    page.blank()
    f([rng.choice(("More on this story", "Related coverage"))], label_blank=False)
    for a in others[:3]:
        page.text(a.title)
        f([f"{rng.choice(OUTLETS)} · {ago(rng, 'short')}"], label_blank=False)
    related_block(page, others[:3])
    page.blank()
    f(["Headlines"], label_blank=False)
    for a in others[3:6]:
        page.text(a.title)
    related_block(page, others[3:6])
    page.blank()
    f(
        [
            "Quotes delayed at least 15 minutes. Market data for information only.",
            "© 2024 Tickerhall Markets Ltd",
            "Terms",
            "Privacy",
        ],
        label_blank=False,
    )
    return date, "Tickerhall"


def gistly(page: PageLines, main: Article, others: list[Article], rng: random.Random) -> tuple[str | None, str | None]:
    f = page.add_furniture
    f(["For you", "Following", "Saved"], label_blank=False)
    page.blank()
    f(
        [rng.choice(("Summarised by Gistly AI · may contain mistakes", "A Gistly AI summary · check the full story"))],
        label_blank=False,
    )
    page.text(main.title)
    page.blank()
    sentences = [s for p in main.paragraphs() for s in re.split(r"(?<=[.!?])\s+", p[0]) if len(s.split()) > 9]
    picks = rng.sample(sentences, min(3, len(sentences)))
    lead = ("The story reports that", "According to the piece,", "It notes that", "The article says")
    bullets = []
    for s in picks:
        words = s.split()
        head = words[0] if words[0] == "I" or words[0].isupper() else words[0].lower()
        bullets.append(f"• {rng.choice(lead)} {head} {' '.join(words[1:9])} …")
    f(["Key points", *bullets], label_blank=False)
    f(
        [
            "Why it matters",
            rng.choice(
                (
                    "Gistly readers who follow this topic opened this story more than any other this morning.",
                    "This is one of the most shared stories among Gistly readers in your region today.",
                )
            ),
        ],
        label_blank=False,
    )
    f(["Was this summary useful?", "Yes", "No"], label_blank=False)
    page.blank()
    f(["Full story", f"From {rng.choice(OUTLETS)}"], label_blank=False)
    if main.authors:
        shape = rng.choice(("text", "story", "reports"))
        if shape == "text":
            page.meta("Text: " + names_and(main.authors, " & "))
        elif shape == "story":
            page.meta(f"Story: {names_and(main.authors)}; Photos: {rng.choice(PHOTOGRAPHERS)}")
        else:
            page.meta(names_and(main.authors) + (" reports" if len(main.authors) == 1 else " report"))
    d = main.date
    date: str | None = d.isoformat()
    r = rng.random()
    if r < 0.35:
        page.meta(rng.choice((ago(rng, "long"), f"Updated {ago(rng, 'long')}")))
        date = None
    elif r < 0.7:
        page.meta(f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}, {clock(rng, h24=True)[2]}")
    else:
        page.meta(f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}")
    f([f"{rng.randrange(3, 14)} min read · Listen"], label_blank=False)
    page.blank()
    paras = main.paragraphs()
    if rng.random() < 0.5:
        paras = glue_subheadings(
            page, paras, ["The background", "What happens now", "Reaction", "The details"], rng, 1, main.body, False
        )
    inserts = [["Tap any paragraph to see it in the summary"], ["Gistly Plus: summaries without ads.", "Try it"]]
    emit_body(page, paras, rng, rng.sample(inserts, rng.randrange(1, 3)))
    page.blank()
    f(["Next up"], label_blank=False)
    for a in others[:3]:
        page.text(a.title)
        t = teaser_of(a)
        page.text(t)
        page.teasers.append(t)
    related_block(page, others[:3])
    page.blank()
    f(["People also opened"], label_blank=False)
    for i, a in enumerate(others[3:6], 1):
        page.text(f"{i}. {a.title}")
    related_block(page, others[3:6])
    page.blank()
    f(
        ["Get the Gistly app for a two-minute morning briefing.", "Home", "Topics", "Briefing", "Profile"],
        label_blank=False,
    )
    return date, "Gistly"


def strata(page: PageLines, main: Article, others: list[Article], rng: random.Random) -> tuple[str | None, str | None]:
    outlet = rng.choice(OUTLETS)
    f = page.add_furniture
    d = main.date
    cap = d + datetime.timedelta(days=rng.randrange(1, 40))
    first = d - datetime.timedelta(days=rng.randrange(200, 900))
    f(["STRATA web archive", "Search saved pages", main.url, "Go"], label_blank=False)
    f(
        [
            f"Saved {rng.randrange(3, 90)} times between {MONTHS[first.month - 1]} {first.day}, {first.year} and "
            f"{MONTHS[cap.month - 1]} {cap.day}, {cap.year}.",
            f"‹ {MONTHS[cap.month - 1][:3].upper()} {cap.year} ›",
            f"Capture {cap.year}{cap.month:02d}{cap.day:02d} {clock(rng, h24=True)[2]}:{rng.randrange(60):02d}",
            "About this capture",
            "Close",
        ],
        label_blank=False,
    )
    page.blank()
    f([outlet, "News", "Sport", "Business", "Opinion", "Subscribe"], label_blank=False)
    page.blank()
    page.text(main.title)
    if main.authors:
        shape = rng.choice(("by", "written", "for"))
        if shape == "by" or len(main.authors) > 2:
            page.meta("By " + names_and(main.authors))
        elif shape == "written":
            page.meta("Written by " + names_and(main.authors))
        else:
            page.meta(f"{names_and(main.authors)} for {outlet}")
    if rng.random() < 0.5:
        page.meta(f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
    else:
        h, m, _ = clock(rng, h24=True)
        page.meta(f"{d.day} {MONTHS[d.month - 1]} {d.year} | {(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}")
        if rng.random() < 0.6:
            e = d + datetime.timedelta(days=1)
            page.meta(f"Updated: {e.day} {MONTHS[e.month - 1]} {e.year}")
    f(["Share", "Post", "Email"], label_blank=False)
    page.blank()
    paras = glue_subheadings(
        page,
        main.paragraphs(),
        ["A long road", "Counting the cost", "Voices from the ground", "What the figures show", "Next steps"],
        rng,
        rng.randrange(1, 4),
        main.body,
        caps=False,
    )
    inserts = [["ADVERTISEMENT"], ["[Image not captured]"], [f"Sign up for the {outlet} morning email"]]
    emit_body(page, paras, rng, rng.sample(inserts, rng.randrange(2, 4)))
    page.blank()
    f(["Related"], label_blank=False)
    for a in others[:3]:
        page.text(a.title)
    related_block(page, others[:3])
    page.blank()
    f(["Most read"], label_blank=False)
    for i, a in enumerate(others[3:6], 1):
        page.text(f"{i}. {a.title}")
    related_block(page, others[3:6])
    page.blank()
    f([f"© {d.year} {outlet}. All rights reserved."], label_blank=False)
    page.blank()
    f(
        [
            "Strata keeps copies of public web pages for researchers and the curious.",
            "Donate",
            "Terms of use",
        ],
        label_blank=False,
    )
    return d.isoformat(), "Strata"


def ledgerline(
    page: PageLines, main: Article, others: list[Article], rng: random.Random
) -> tuple[str | None, str | None]:
    f = page.add_furniture
    d = main.date
    stamp_day = f"{DAYS[d.weekday()].upper()}, {MONTHS[d.month - 1].upper()} {d.day}, {d.year}"
    first_page = rng.choice(("A1", "B1", "C1"))
    jump = f"{first_page[0]}{rng.randrange(4, 12)}"
    f(["THE LEDGERLINE · e-Edition", "Today's paper", "Archive", "Sections", "Zoom", "Text view"], label_blank=False)
    page.blank()
    page.meta(f"{first_page} | {stamp_day} | THE LEDGERLINE")
    f([rng.choice(("NEWS", "LOCAL", "BUSINESS", "NATION & WORLD"))], label_blank=False)
    page.text(main.title)
    if main.authors:
        page.meta("BY " + names_and(main.authors, " AND ").upper())
        page.meta("Staff Writers" if len(main.authors) > 1 else rng.choice(("Staff Writer", "Correspondent")))
    page.blank()
    paras = glue_subheadings(
        page,
        main.paragraphs(),
        ["A turning point", "Money questions", "Early warnings", "Mixed feelings"],
        rng,
        rng.randrange(1, 3),
        main.body,
        caps=rng.random() < 0.5,
    )
    cut = max(1, len(paras) // 3)
    for p in paras[:cut]:
        page.text(*p)
    word = main.title.split()[0].strip("‘’“”\"'").upper()
    f([f"Continued on Page {jump}"], label_blank=False)
    page.blank()
    page.meta(f"{jump} | {stamp_day} | THE LEDGERLINE")
    f([f"{word} ›› From Page {first_page}"], label_blank=False)
    emit_body(page, paras[cut:], rng, [["CLIP", "SHARE", "PRINT"]] if rng.random() < 0.5 else [])
    page.blank()
    n_emb = rng.choice((1, 2))
    for a in others[:n_emb]:
        f([f"ALSO ON PAGE {jump}"], label_blank=False)
        page.text(a.title)
        embed(page, a)
        chunks = a.paragraphs()
        flat = [" ".join(p) for p in chunks]
        per = rng.choice((2, 3, 4))
        groups = [" ".join(flat[i : i + per]) for i in range(0, len(flat), per)]
        junk_at = rng.randrange(1, len(groups)) if len(groups) > 1 else None
        for i, g in enumerate(groups):
            if i == junk_at:
                f(["CLIP", "SHARE", "PRINT"], label_blank=False)
            page.text(g)
        page.blank()
    f(["INSIDE"], label_blank=False)
    for a in others[n_emb : n_emb + 4]:
        page.text(a.title)
        f([f"{rng.choice('ABCD')}{rng.randrange(2, 12)}"], label_blank=False)
    related_block(page, others[n_emb : n_emb + 4])
    page.blank()
    f(
        [
            f"Copyright © {d.year} The Ledgerline. Reproduction of this e-Edition without permission is prohibited.",
            "Previous page",
            "Next page",
        ],
        label_blank=False,
    )
    return d.isoformat(), "Ledgerline"


def livewall(
    page: PageLines, main: Article, others: list[Article], rng: random.Random
) -> tuple[str | None, str | None]:
    f = page.add_furniture
    f(["LIVE", "Follow this story", "Get alerts"], label_blank=False)
    page.blank()
    page.text(main.title)
    f(["Pinned post"], label_blank=False)
    if main.authors:
        shape = rng.choice(("compiled", "desk", "updates"))
        if shape == "compiled":
            page.meta("Compiled by " + names_and(main.authors))
        elif shape == "desk":
            page.meta(names_and(main.authors) + " · Live desk")
        else:
            page.meta("Updates by " + names_and(main.authors))
    d = main.date
    date: str | None = d.isoformat()
    if rng.random() < 0.35:
        page.meta(f"Started {ago(rng, 'long')} · Updated {rng.randrange(2, 50)} min ago")
        date = None
    else:
        page.meta(f"{d.day:02d}.{d.month:02d}.{d.year} · {clock(rng, h24=True)[2]}")
        if rng.random() < 0.6:
            e = d + datetime.timedelta(days=rng.choice((1, 3)))
            page.meta(f"Last update {e.day:02d}.{e.month:02d}.{e.year} · {clock(rng, h24=True)[2]}")
    page.blank()
    emit_body(page, main.paragraphs(), rng, rng.sample([["Share this post"], ["Copy link"], ["New posts below ↓"]], 2))
    page.blank()
    f(["Earlier in this story"], label_blank=False)
    n_emb = rng.choice((1, 2))
    for a in others[:n_emb]:
        f([f"{rng.randrange(7, 12)}:{rng.randrange(60):02d}"], label_blank=False)
        page.text(a.title)
        embed(page, a)
        paras = a.paragraphs()
        junk = rng.randrange(1, len(paras)) if len(paras) > 1 else None
        for i, p in enumerate(paras):
            if i == junk:
                f(["Share this update"], label_blank=False)
            page.text(*p)
        f(["Show less"], label_blank=False)
        page.blank()
    f(["More coverage"], label_blank=False)
    for a in others[n_emb : n_emb + 3]:
        page.text(a.title)
        f([f"{rng.choice(OUTLETS)} · {ago(rng, 'short')}"], label_blank=False)
    related_block(page, others[n_emb : n_emb + 3])
    page.blank()
    f(["Back to top", "Reload for new posts"], label_blank=False)
    return date, None


BUILDERS = {
    "tickerhall": tickerhall,
    "gistly": gistly,
    "strata": strata,
    "ledgerline": ledgerline,
    "livewall": livewall,
}


def check_page(page: PageLines, main: Article, carried: list[Article]) -> None:
    """Labels that cannot be right are a bug here: furniture inside article text, the title as furniture."""
    bodies = [main.body] + [a.body for a in carried]
    text = " ".join(re.sub(r"\s+", " ", b).casefold() for b in bodies)
    lines = {x.strip().casefold() for b in bodies for x in b.splitlines()}
    for item in page.furniture:
        assert item.strip().casefold() not in lines, item
        assert len(item.strip()) <= 12 or item.casefold() not in text, item
    assert main.title not in page.furniture
    for t in page.related:
        assert t.casefold() not in main.body.casefold(), t


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    arts = load_articles()
    used = used_main_ids(SHARED_LABELS)
    mains = [a for a in sorted(arts) if a not in used]
    random.Random(f"h25-mains-{seed}").shuffle(mains)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    k = 0
    for layout in LAYOUTS:
        rng = random.Random(f"h25-{seed}-{layout}")
        for i in range(per_layout):
            main = arts[mains[k % len(mains)]]
            k += 1
            pool = [a for a in sorted(arts) if a != main.aid and arts[a].title.casefold() not in main.body.casefold()]
            others = [arts[a] for a in rng.sample(pool, 8)]
            page = PageLines()
            date, site = BUILDERS[layout](page, main, others, rng)
            carried = [arts[e["naeb"]] for e in page.embedded]
            check_page(page, main, carried)
            pid = hashlib.sha1(f"h25/{seed}/{layout}/{i}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truth[pid] = {"url": main.url, "body": main.body}
            labels[pid] = page.labels(
                template=layout,
                naeb=main.aid,
                url=main.url,
                title=main.title,
                authors=main.authors,
                date=date,
                site=site,
            )
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())

"""Held-out aggregator pages, set 23: five invented aggregators, written blind.

Written without reading the converter, its tests, the other held-out generators or the shared set's generator:
only the shared set's README, a few of its pages and labels, the scorer (check_aggregator.py) and the NAEB
articles were read.  Every name, menu, prompt, date format and page shape below is invented here.  The layouts:

- `pointhive`: a link-sharing community page: logo and `new | threads | past` menu, a submission line
  (`▲ title (domain)`, points, submitter, relative age, `hide | past | favorite | N comments`), a cached reader copy
  of the article (title again, `Reported by` / `A writes` / `Story:` byline, publisher date in `Fri 22 Dec 2023`
  form on some pages, else only relative ages -> date null), a comment thread (commenters are not authors), a
  `Also on the front page` title-only list with points lines; names itself in the logo and footer.
- `glint`: a search engine's news vertical: query box, tabs, result count, a results column (title, `domain · 3h`,
  sometimes a snippet; the opened article is among the results) and a preview pane beside it carrying the article
  (`Correspondent:` / `A and B, domain` / `A for domain` bylines, `Dec. 22, 2023` with or without an `Updated`
  date, or only `Published 5h ago` -> date null), run-in subheadings glued to paragraph ends, an ad inside, a
  title-only `Trending on Glint News` list on some pages; named `Glint` / `Glint News`.
- `clipdesk`: an intranet media-monitoring clipping: client, report and clipping numbers, source, `Date:
  22.12.2023` or `Friday, 22 December 2023` with a `Last edited` date and a `Captured` date, `Byline: A; B` /
  `Journalist:` / `Author(s):` bylines, tone/reach/AVE figures, run-in subheadings, numbered list of the report's
  other clippings, 1-2 of them carried in full with several paragraphs to a line and capture junk inside; names
  itself only inside phrases (`compiled by the ClipDesk monitoring service`).
- `brightdesk`: a school "current events" portal: reading-level badges and level switcher, `Originally published
  by`, `Written by` / `Original reporting:` / `Words by A & B` bylines, `Published December 22, 2023` and an
  `Adapted for classrooms` date, vocabulary boxes and run-in subheadings in the body (blank lines between
  paragraphs), discussion questions, a paired text carried in full on some pages (one paragraph a line, a
  vocabulary box inside), `More stories at this level` title + teaser list; named `BRIGHTDESK` / `Brightdesk`.
- `dashcast`: a car dashboard news app that never names itself (site null): status bar, big buttons (`▶ Read
  aloud`, `Text size`), a part list with times, `FRI 22.12.2023 · 09:40` dates or only `Updated 35 min ago` (date
  null), `A for domain` / `A and B, domain` / `Reported by` bylines, a safety notice inside the body, a numbered
  `Up next` list (rank line, title, `domain · 3 min listen`), the next story carried in full with buttons inside.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB = SHARED / "corpus" / "naeb"
AGG_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"
LAYOUTS = ("pointhive", "glint", "clipdesk", "brightdesk", "dashcast")
SITES: dict[str, str | None] = {
    "pointhive": "Pointhive",
    "glint": "Glint",
    "clipdesk": "ClipDesk",
    "brightdesk": "Brightdesk",
    "dashcast": None,
}

SUBHEADS = (
    "Where things stand",
    "The money question",
    "A slow start",
    "What comes next",
    "Inside the numbers",
    "Early warnings",
    "The view from the ground",
    "Why it matters now",
    "Pushback",
    "Behind the scenes",
    "A familiar pattern",
    "Second thoughts",
    "The fine print",
    "AN UNEASY WAIT",
    "Counting the cost",
)
USERS = ("kestrel_ix", "mossbyte", "tern_and_gull", "quietlamp", "dvorak_fan", "oakmoth", "pelle_r", "nullvector")
COMMENTS = (
    "The headline undersells it; the interesting part is halfway down.",
    "I'd like to see the primary source before reading too much into this.",
    "Flagged the duplicate from yesterday, this one has the better write-up.",
    "Anyone have a mirror? The original loads slowly for me.",
    "This matches what I saw locally, for what it's worth.",
    "Not sure the numbers add up, but the reporting is solid.",
    "Came here for the comments, was not disappointed.",
    "Good to see follow-up coverage instead of a one-day story.",
)
CLIENTS = ("Halvorsen Group", "Northmere Utilities", "Castellan Insurance", "Brightwater Foods", "Orrin Logistics")
VOCAB = (
    ("scrutiny", "close, careful examination"),
    ("precedent", "an earlier event used as an example for later ones"),
    ("allocate", "to set aside for a particular purpose"),
    ("contend", "to argue or claim something"),
    ("robust", "strong and unlikely to fail"),
    ("unprecedented", "never done or known before"),
    ("incentive", "something that encourages a person to act"),
    ("speculate", "to guess without firm evidence"),
)
QUESTIONS = (
    "What is the main idea of this article? Give two details that support it.",
    "Which person quoted in the story do you find most convincing, and why?",
    "How might this story look different if it were written a year from now?",
    "What question would you ask the reporter if you could?",
)


# ------------------------------------------------------------------ helpers ----


def paragraphs(body: str) -> list[str]:
    """NAEB body -> paragraphs, each line stripped (a paragraph may keep several lines)."""
    out = []
    for p in body.split("\n\n"):
        lines = [x.strip() for x in p.split("\n") if x.strip()]
        if lines:
            out.append("\n".join(lines))
    return out


def first_sentence(paras: list[str]) -> str:
    first = paras[0].split("\n")[0]
    m = re.search(r"(?<=[.!?])[”\"’)]?\s+(?=[A-Z“\"‘(])", first)
    return first[: m.start()].rstrip() if m and m.start() > 30 else first


def teaser(paras: list[str]) -> str:
    s = first_sentence(paras)
    return s if len(s) <= 150 else s[:140].rsplit(" ", 1)[0] + "…"


def domain(site: str) -> str:
    return site.removeprefix("www.")


def join_names(names: list[str], last: str = " and ") -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + last + names[-1]


def ap_month(d: date) -> str:
    m = MONTHS[d.month - 1]
    return m if len(m) <= 5 else ("Sept." if m == "September" else m[:3] + ".")


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.choice((0, 5, 12, 20, 34, 41, 55)):02d}"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


class Article:
    def __init__(self, aid: str, meta: dict[str, Any], truth: dict[str, Any]) -> None:
        self.id = aid
        self.title: str = meta["title"].strip()
        self.authors: list[str] = list(meta["authors"])
        self.date = date.fromisoformat(meta["date"])
        self.domain = domain(meta["site"])
        self.url: str = meta["url"]
        self.paras = paragraphs(truth["body"])


def pick_subheads(paras: list[str], rng: random.Random, n: int) -> dict[int, str]:
    """Paragraph index -> run-in subheading glued to its end (never the last paragraph, never a list-like one)."""
    ok = [
        i
        for i, p in enumerate(paras[:-1])
        if i >= 1 and "\n" not in p and len(p) > 80 and p[-1] in '.!?”"’' and "\n" not in paras[i + 1]
    ]
    chosen = sorted(rng.sample(ok, min(n, len(ok))))
    heads = rng.sample(SUBHEADS, len(chosen))
    return dict(zip(chosen, heads, strict=True))


def add_body(
    page: PageLines,
    paras: list[str],
    rng: random.Random,
    *,
    n_sub: int = 0,
    gap: bool = False,
    inserts: list[list[str]] | None = None,
) -> None:
    """The main body, one paragraph a line (blank lines between when `gap`), run-in subheadings glued to the
    ends of some paragraphs, and furniture blocks (`inserts`) put between paragraphs."""
    subs = pick_subheads(paras, rng, n_sub)
    slots: dict[int, list[str]] = {}
    for block in inserts or []:
        if len(paras) > 2:
            slots.setdefault(rng.randint(1, len(paras) - 2), []).extend(block)
    for i, p in enumerate(paras):
        lines = p.split("\n")
        if i in subs:
            lines[-1] = f"{lines[-1]} {subs[i]}"
            page.subheadings.append(subs[i])
        page.text(*lines)
        if gap:
            page.blank()
        if i in slots:
            page.add_furniture(slots[i], label_blank=False)
            if gap:
                page.blank()


def add_carried(
    page: PageLines, art: Article, rng: random.Random, *, per_line: int, junk: list[str], byline: str | None
) -> None:
    """A related article carried in full: title, optional byline, its paragraphs (`per_line` to a line, a
    multi-line paragraph flattened), junk lines put between them."""
    page.text(art.title)
    page.related.append(art.title)
    if byline:
        page.meta(byline)
    flat = [p.replace("\n", " ") for p in art.paras]
    lines = [" ".join(flat[i : i + per_line]) for i in range(0, len(flat), per_line)]
    spots: dict[int, list[str]] = {}
    for j in junk:
        spots.setdefault(rng.randint(1, max(1, len(lines) - 1)), []).append(j)
    for i, line in enumerate(lines):
        if i in spots:
            page.add_furniture(spots[i], label_blank=False)
        page.text(line)
    page.embedded.append({"title": art.title, "first_sentence": first_sentence(art.paras), "naeb": art.id})


# ------------------------------------------------------------------ layouts ----


def pointhive(page: PageLines, art: Article, others: list[Article], rng: random.Random) -> str | None:
    user = rng.choice(USERS)
    age = rng.randint(2, 20)
    n_comments = rng.randint(3, 140)
    page.add_furniture(["pointhive", "new | threads | past | ask | show | jobs | submit", "log in"], label_blank=False)
    page.blank()
    page.text(f"▲ {art.title} ({art.domain})")
    page.add_furniture(
        [f"{rng.randint(12, 900)} points by {user} {age} hours ago | hide | past | favorite | {n_comments} comments"],
        label_blank=False,
    )
    page.blank()
    page.add_furniture([f"Reader copy of {art.domain}, saved when it was submitted"], label_blank=False)
    page.text(art.title)
    shown: str | None = None
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"Reported by {join_names(art.authors)}")
        elif shape == 1 and len(art.authors) == 1:
            page.meta(f"{art.authors[0]} writes")
        else:
            page.meta(f"Story: {join_names(art.authors, ' & ')}")
    if rng.random() < 0.55:
        d = art.date
        page.meta(f"{DAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}")
        shown = d.isoformat()
    page.blank()
    add_body(page, art.paras, rng, gap=rng.random() < 0.5)
    page.blank()
    page.add_furniture([f"End of reader copy · read it at {art.domain}"], label_blank=False)
    page.blank()
    page.add_furniture([f"{n_comments} comments", "sort: top | new | old"], label_blank=False)
    for c in rng.sample(COMMENTS, rng.randint(2, 4)):
        page.add_furniture(
            [f"{rng.choice(USERS)} {rng.randint(1, age)} hours ago | parent | next [–]", c, "reply"],
            label_blank=False,
        )
    page.blank()
    page.add_furniture(["Also on the front page"], label_blank=False)
    for o in others[: rng.randint(3, 6)]:
        page.text(o.title)
        page.related.append(o.title)
        page.add_furniture(
            [f"({o.domain}) · {rng.randint(5, 700)} points · {rng.randint(0, 300)} comments"], label_blank=False
        )
    page.blank()
    page.add_furniture(
        [
            "Guidelines | FAQ | Lists | API | Security | Legal | Contact",
            "Search:",
            "Pointhive: links worth reading, ranked by the people who read them.",
        ],
        label_blank=False,
    )
    return shown


def glint(page: PageLines, art: Article, others: list[Article], rng: random.Random) -> str | None:
    words = re.findall(r"[A-Za-z]{4,}", art.title)[:3] or ["news"]
    page.add_furniture(
        [
            "Glint",
            "🔍 " + " ".join(w.lower() for w in words),
            "All   News   Images   Videos   Maps   More",
            "Any time ▾   Sort by relevance ▾   Tools",
            f"About {rng.randint(2, 90)},{rng.randint(100, 999)} results",
        ],
        label_blank=False,
    )
    page.blank()
    results = others[: rng.randint(4, 7)]
    main_at = rng.randint(0, 2)
    for i, o in enumerate(results):
        if i == main_at:
            page.text(art.title)
            page.add_furniture([f"{art.domain} · {rng.randint(1, 20)}h", "Showing in preview ▸"], label_blank=False)
        page.text(o.title)
        page.related.append(o.title)
        page.add_furniture(
            [f"{o.domain} · {rng.choice(('2h', '5h', '11h', '1 day ago', '3 days ago', '1 wk'))}"], label_blank=False
        )
        if rng.random() < 0.4:
            t = teaser(o.paras)
            page.text(t)
            page.teasers.append(t)
    page.add_furniture(["More news results", "Next ›"], label_blank=False)
    page.blank()
    page.add_furniture(["Preview", f"Open on {art.domain} ↗", "✕ Close preview"], label_blank=False)
    page.text(art.title)
    page.add_furniture([art.domain], label_blank=False)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0 and len(art.authors) == 1:
            page.meta(f"Correspondent: {art.authors[0]}")
        elif shape == 1:
            page.meta(f"{join_names(art.authors)} for {art.domain}")
        else:
            page.meta(f"{join_names(art.authors)}, {art.domain}")
    shown: str | None = None
    r = rng.random()
    d = art.date
    pub = f"{ap_month(d)} {d.day}, {d.year}"
    if r < 0.35:
        u = d + timedelta(days=rng.randint(1, 3))
        page.meta(f"{pub} · Updated {ap_month(u)} {u.day}, {u.year}")
        shown = d.isoformat()
    elif r < 0.7:
        page.meta(f"{pub}, {clock(rng)}")
        shown = d.isoformat()
    else:
        page.meta(f"Published {rng.randint(2, 23)}h ago")
    page.blank()
    add_body(page, art.paras, rng, n_sub=rng.randint(1, 3), inserts=[["Sponsored", "Compare broadband deals near you"]])
    page.blank()
    if rng.random() < 0.6:
        page.add_furniture(["Trending on Glint News"], label_blank=False)
        for o in others[8 : 8 + rng.randint(2, 4)]:
            page.text(o.title)
            page.related.append(o.title)
        page.blank()
    page.add_furniture(
        [
            "People also search for",
            f"{words[0].lower()} latest   {words[-1].lower()} explained   {art.domain}",
            "Glint News collects previews of publicly available reporting. Feedback",
            "Privacy   Terms   Settings   © 2024 Glint",
        ],
        label_blank=False,
    )
    return shown


def clipdesk(
    page: PageLines, art: Article, others: list[Article], carried: list[Article], rng: random.Random
) -> str | None:
    client = rng.choice(CLIENTS)
    report = rng.randint(1200, 9800)
    total = rng.randint(8, 30)
    k = rng.randint(1, total - 4)
    d = art.date
    page.add_furniture(
        [
            "MEDIA MONITORING · INTERNAL",
            f"Client: {client}",
            f"Daily brief no. {report}",
            f"Clipping {k} of {total}",
            "Print   Export PDF   Forward to colleague",
        ],
        label_blank=False,
    )
    page.blank()
    page.add_furniture(
        [f"Source: {art.domain} (online)", f"Section: {rng.choice(('News', 'Business', 'Web'))}"], label_blank=False
    )
    if rng.random() < 0.5:
        page.meta(f"Date: {d.day:02d}.{d.month:02d}.{d.year}")
    else:
        e = d + timedelta(days=rng.randint(1, 2))
        page.meta(f"Date: {DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}")
        page.meta(f"Last edited: {e.day:02d}.{e.month:02d}.{e.year}")
    c = d + timedelta(days=1)
    page.meta(f"Captured: {c.day:02d}.{c.month:02d}.{c.year} {clock(rng)}")
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta("Byline: " + "; ".join(art.authors))
        elif shape == 1 and len(art.authors) == 1:
            page.meta(f"Journalist: {art.authors[0]}")
        else:
            page.meta("Author(s): " + ", ".join(art.authors))
    page.add_furniture(
        [
            f"Tone: {rng.choice(('neutral', 'positive', 'negative', 'mixed'))} | Reach: {rng.randint(1, 95)}"
            f"{rng.choice(('K', '.2M', '.7M'))} | AVE: €{rng.randint(2, 60)},{rng.randint(100, 999)}"
        ],
        label_blank=False,
    )
    page.blank()
    page.text(art.title)
    page.blank()
    add_body(page, art.paras, rng, n_sub=rng.randint(0, 2))
    page.blank()
    page.add_furniture(["— end of clipping —"], label_blank=False)
    page.blank()
    page.add_furniture(["Other clippings in this brief"], label_blank=False)
    n = k
    for o in others[: rng.randint(3, 5)]:
        n = n + 1 if n + 1 != k else n + 2
        page.add_furniture([f"{n}."], label_blank=False)
        page.text(o.title)
        page.related.append(o.title)
        page.add_furniture([f"{o.domain} · {o.date.day:02d}.{o.date.month:02d}.{o.date.year}"], label_blank=False)
    for o in carried:
        page.blank()
        n += 1
        page.add_furniture([f"Clipping {n} of {total}", f"Source: {o.domain} (online)"], label_blank=False)
        add_carried(
            page,
            o,
            rng,
            per_line=rng.choice((2, 3)),
            junk=["[image not captured]", f"Reach: {rng.randint(40, 900)}K"],
            byline=("Byline: " + "; ".join(o.authors)) if o.authors else None,
        )
    page.blank()
    page.add_furniture(
        [
            f"This brief was compiled by the ClipDesk monitoring service for the internal use of {client}.",
            "Redistribution outside your organisation breaches the ClipDesk licence terms.",
        ],
        label_blank=False,
    )
    return d.isoformat()


def brightdesk(
    page: PageLines, art: Article, others: list[Article], carried: list[Article], rng: random.Random
) -> str | None:
    grade = rng.choice(("5–6", "7–8", "9–10", "11–12"))
    d = art.date
    page.add_furniture(
        [
            rng.choice(("BRIGHTDESK", "Brightdesk")),
            "Current Events for Classrooms",
            "Home   Topics   Lessons   Quizzes   Teacher hub   Sign in",
        ],
        label_blank=False,
    )
    page.blank()
    page.add_furniture(
        [
            f"Topic: {rng.choice(('Science & Tech', 'Civics', 'World', 'Arts', 'Sports', 'Money'))}",
            f"Reading level: Grade {grade} · Lexile {rng.randint(8, 13)}{rng.choice('05')}0L",
            "Change level:  5–6  |  7–8  |  9–10  |  Original",
        ],
        label_blank=False,
    )
    page.text(art.title)
    page.add_furniture([f"Originally published by {art.domain}"], label_blank=False)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"Written by {join_names(art.authors)}")
        elif shape == 1:
            page.meta(f"Original reporting: {join_names(art.authors, ', ')}")
        else:
            page.meta(f"Words by {join_names(art.authors, ' & ')}")
    e = d + timedelta(days=rng.randint(3, 20))
    page.meta(f"Published {MONTHS[d.month - 1]} {d.day}, {d.year}")
    page.meta(f"Adapted for classrooms {MONTHS[e.month - 1]} {e.day}, {e.year}")
    page.add_furniture(["🔊 Listen", "🖨 Print", "Assign to class"], label_blank=False)
    page.blank()
    w1, w2 = rng.sample(VOCAB, 2)
    add_body(
        page,
        art.paras,
        rng,
        n_sub=rng.randint(1, 3),
        gap=True,
        inserts=[["Word to know", f"{w1[0]}: {w1[1]}"], ["Word to know", f"{w2[0]}: {w2[1]}"]],
    )
    page.blank()
    page.add_furniture(
        ["Think about it", *rng.sample(QUESTIONS, 2), "Quiz: 4 questions · Take the quiz"], label_blank=False
    )
    for o in carried:
        page.blank()
        page.add_furniture(["Paired text", "Read this second article, then compare the two."], label_blank=False)
        w3 = rng.choice(VOCAB)
        add_carried(
            page,
            o,
            rng,
            per_line=1,
            junk=["Word to know", f"{w3[0]}: {w3[1]}"],
            byline=f"Written by {join_names(o.authors)}" if o.authors else None,
        )
    page.blank()
    page.add_furniture([f"More stories at Grade {grade}"], label_blank=False)
    for o in others[: rng.randint(3, 5)]:
        page.text(o.title)
        page.related.append(o.title)
        t = teaser(o.paras)
        page.text(t)
        page.teasers.append(t)
    page.blank()
    page.add_furniture(
        ["Brightdesk Current Events is free for schools and libraries.", "About   Help for teachers   Privacy"],
        label_blank=False,
    )
    return d.isoformat()


def dashcast(
    page: PageLines, art: Article, others: list[Article], carried: list[Article], rng: random.Random
) -> str | None:
    d = art.date
    page.add_furniture(
        [
            f"{clock(rng)}   {rng.randint(-3, 29)}°C   LTE",
            "◀ Back",
            "NEWS",
            "Top stories   Local   Business   Sport   Saved",
        ],
        label_blank=False,
    )
    page.blank()
    page.text(art.title)
    page.add_furniture([f"{art.domain} · {rng.randint(2, 12)} min listen"], label_blank=False)
    if art.authors:
        shape = rng.randrange(3)
        if shape == 0:
            page.meta(f"{join_names(art.authors)} for {art.domain}")
        elif shape == 1:
            page.meta(f"{join_names(art.authors)}, {art.domain}")
        else:
            page.meta(f"Reported by {join_names(art.authors)}")
    shown: str | None = None
    if rng.random() < 0.6:
        page.meta(f"{DAYS[d.weekday()][:3].upper()} {d.day:02d}.{d.month:02d}.{d.year} · {clock(rng)}")
        shown = d.isoformat()
    else:
        page.meta(f"Updated {rng.randint(3, 55)} min ago")
    page.add_furniture(["▶ Read aloud", "Text size  A  A+", "☆ Save"], label_blank=False)
    parts = rng.randint(2, 4)
    page.add_furniture([f"Part {i + 1} · {i * 2}:{rng.randint(0, 59):02d}" for i in range(parts)], label_blank=False)
    page.blank()
    add_body(
        page,
        art.paras,
        rng,
        inserts=[["Keep your eyes on the road. Long stories are read aloud while the car is moving."]],
    )
    page.blank()
    page.add_furniture(["Up next"], label_blank=False)
    for i, o in enumerate(others[: rng.randint(3, 5)]):
        page.add_furniture([str(i + 1)], label_blank=False)
        page.text(o.title)
        page.related.append(o.title)
        page.add_furniture([f"{o.domain} · {rng.randint(2, 9)} min listen"], label_blank=False)
    for o in carried:
        page.blank()
        page.add_furniture([f"Playing next in {rng.choice((5, 10, 15))} s", "Skip ⏭"], label_blank=False)
        add_carried(
            page,
            o,
            rng,
            per_line=1,
            junk=["▶ Read aloud", "Text size  A  A+"],
            byline=f"{join_names(o.authors)}, {o.domain}" if o.authors else None,
        )
    page.blank()
    page.add_furniture(["Home   Navigation   Media   Phone   News"], label_blank=False)
    return shown


# ------------------------------------------------------------------ build ----


def check_page(page: PageLines, art: Article, carried: list[Article]) -> None:
    """Labels stay unambiguous: no furniture or byline/date line is a body line or (longer than 12 chars) inside
    the main body or a carried one; the title is no furniture line."""
    paras = [p for a in (art, *carried) for p in a.paras]
    body_lines = {norm(x) for p in paras for x in p.split("\n")}
    joined = norm(" ".join(paras))
    for f in page.furniture + page.meta_lines:
        if norm(f) in body_lines or (len(f.strip()) > 12 and norm(f) in joined):
            raise ValueError(f"label clash on {art.id}: {f!r}")
    if art.title in page.furniture:
        raise ValueError(f"title in furniture on {art.id}")


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    meta, truth = read_naeb(NAEB)
    arts = {k: Article(k, meta[k], truth[k]) for k in sorted(meta)}
    used = used_main_ids(AGG_LABELS)
    free = [k for k in sorted(arts) if k not in used]
    random.Random(f"h23-{seed}-mains").shuffle(free)
    # The few free articles with several authors always make it into the set (at the place the shuffle gave
    # them, or instead of the last chosen ones), so that every seed has a main article with several authors.
    take = min(len(free), 5 * per_layout)
    late = [k for k in free[take:] if len(arts[k].authors) > 1]
    for j, k in enumerate(late):
        free.remove(k)
        free.insert(take - 1 - j, k)
    short = [k for k in sorted(arts) if 3 <= len(arts[k].paras) <= 12]
    texts: dict[str, str] = {}
    truths: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    n = 0
    for layout in LAYOUTS:
        rng = random.Random(f"h23-{seed}-{layout}")
        for i in range(per_layout):
            art = arts[free[n % len(free)]]
            n += 1
            pool = [k for k in sorted(arts) if k != art.id and arts[k].title != art.title]
            carried: list[Article] = []
            if layout == "clipdesk" or (layout in ("brightdesk", "dashcast") and rng.random() < 0.6):
                cands = [k for k in short if k != art.id]
                how_many = rng.choice((1, 2)) if layout == "clipdesk" else 1
                carried = [arts[k] for k in rng.sample(cands, how_many)]
            others = [arts[k] for k in rng.sample(pool, 12) if arts[k] not in carried]
            page = PageLines()
            shown: str | None
            if layout == "pointhive":
                shown = pointhive(page, art, others, rng)
            elif layout == "glint":
                shown = glint(page, art, others, rng)
            elif layout == "clipdesk":
                shown = clipdesk(page, art, others, carried, rng)
            elif layout == "brightdesk":
                shown = brightdesk(page, art, others, carried, rng)
            else:
                shown = dashcast(page, art, others, carried, rng)
            check_page(page, art, carried)
            pid = hashlib.sha1(f"h23-{seed}-{layout}-{i}-{art.id}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truths[pid] = {"url": art.url, "body": "\n\n".join(art.paras)}
            labels[pid] = page.labels(
                template=layout,
                naeb=art.id,
                url=art.url,
                title=art.title,
                authors=art.authors,
                date=shown,
                site=SITES[layout],
            )
    return texts, truths, labels


def main(argv: list[str] | None = None) -> int:
    return generator_main(build, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())

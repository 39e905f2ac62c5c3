"""Held-out aggregator pages, set 26: five invented aggregators, written blind.

Written without reading the converter, its tests, or the other aggregator generators (holdout 2-25, layouts,
variants): only the shared set's README and labels, the scorer (shared/eval/check_aggregator.py) and the shared
mechanics in aggregator_pages.py were read.  The article text is NAEB's (title, authors, date, body); every
aggregator, name, menu, prompt, byline shape and date format here is invented.

- `tickwell`: a smartwatch companion's web view ("Tickwell"): sync and tile chrome, a section chip, `Reporter A`,
  `By A, B and C` or bare names, dates like `Fri 22 Dec 2023` or `22 Dec ’23 · 14:05` or only relative
  (`3h ago`, date null), "Continue on phone" and crown prompts inside the body, a tile list of titles, with a
  teaser under each on some pages.
- `commonsdesk`: a wiki-style news site that names itself only inside phrases ("From Commonsdesk, the open news
  wiki", "About Commonsdesk"): Read / Edit / View history / Talk tabs, long US dates, `Original reporting: A and
  B for outlet`, a `This page was last edited on ...` date (not the publication date), run-in subheadings, a
  title-only "Related news" list and a "Sources" list of quoted titles with outlet and date on one line.
- `jotterly`: a notes app's export of a clipped article, which never names itself (site null): notebook and tag
  lines, `Clipped from outlet.com`, `Author: A` or `A writes`, `Published 22 Dec. 2023` with later
  Created/Modified stamps, or only relative stamps (date null), image and highlight junk in the body, run-in
  subheadings, 1-2 more clips of the same note carried in full (one paragraph a line, junk inside), and a list
  of other notes (title + age).
- `askmarlo`: a chat assistant ("Marlo") quoting the story in full on request: the user's prompt, `By A, B and
  C`, `A — outlet correspondent` or `A / outlet`, dates like `December 22, 2023` with an `edited` date or only
  relative ones (null), 1-2 cited stories carried in full several paragraphs to a line with "Show more" lines
  between, a numbered "Related reads" list (title, then outlet and age), source chips and follow-up prompts.
- `vidlark`: a video platform's watch page whose description box holds the article: player time, channel and
  subscriber counts, a views line with `22 Dec 2023` or `Premiered 5 hours ago` (null), `Report by A with B`,
  chapters, "Show less", comments, and an "Up next" list (title, channel, views and age).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if str(Path(__file__).resolve().parent) not in sys.path:  # run as a script or loaded from a file: train/ on the path
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, generator_main, read_naeb, used_main_ids

NAEB_DIR = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"

LAYOUTS = ("tickwell", "commonsdesk", "jotterly", "askmarlo", "vidlark")

SUBHEADS = [
    "What happens next",
    "The background",
    "How we got here",
    "Why it matters",
    "Looking ahead",
    "The bigger picture",
    "Voices on the ground",
    "What the numbers say",
    "A closer look",
    "THE RESPONSE",
    "WHAT COMES NEXT",
    "Reaction so far",
]

SECTIONS = ["World", "Tech", "Culture", "Science", "Sport", "Money", "Politics", "Health", "Lifestyle"]

ORG_WORDS = ("press", "university", "staff", "school", "tribune", "labs", "news", "agency", "desk", "team")


@dataclass
class Art:
    id: str
    title: str
    authors: list[str]
    date: dt.date
    paragraphs: list[str]
    url: str
    outlet: str

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def first_sentence(self) -> str:
        first = self.paragraphs[0].split("\n")[0].strip()
        m = re.match(r"(.+?[.!?][\"”’]?)\s+[A-Z“\"]", first)
        return m.group(1) if m and len(m.group(1)) >= 30 else first


def load_articles() -> dict[str, Art]:
    meta, truth = read_naeb(NAEB_DIR)
    arts = {}
    for aid, m in meta.items():
        paras = [p for p in truth[aid]["body"].split("\n\n") if p.strip()]
        outlet = re.sub(r"^www\.", "", str(m.get("site") or "news.example"))
        arts[aid] = Art(
            aid,
            m["title"].strip(),
            list(m.get("authors") or []),
            dt.date.fromisoformat(m["date"][:10]),
            paras,
            m["url"],
            outlet,
        )
    return arts


# ------------------------------------------------------------------ wording helpers ----


def is_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not any(w.casefold().strip(".") in ORG_WORDS for w in words)


def join_names(names: list[str], style: str) -> str:
    if len(names) == 1:
        return names[0]
    if style == "amp":
        return " & ".join(names)
    if style == "dot":
        return " · ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def ago(rng: random.Random) -> str:
    return rng.choice(["12 min ago", "40 min ago", "1h ago", "3h ago", "5 hours ago", "yesterday", "2 days ago"])


def teaser_of(art: Art) -> str:
    text = art.paragraphs[0].split("\n")[0].strip()
    if len(text) <= 120:
        return text
    cut = text[:110].rsplit(" ", 1)[0]
    return cut + "…"


def body_block(
    page: PageLines,
    rng: random.Random,
    art: Art,
    junk: list[str],
    *,
    junk_every: tuple[int, int],
    subheads: int,
) -> None:
    """The main article's paragraphs, one a line (a paragraph holding line breaks keeps them), furniture lines
    between some, and up to `subheads` run-in subheadings glued to the end of a paragraph."""
    paras = art.paragraphs
    body_cf = art.body.casefold()
    glue: dict[int, str] = {}
    spots = [
        i
        for i in range(1, len(paras) - 1)
        if "\n" not in paras[i] and len(paras[i]) > 80 and paras[i].rstrip()[-1] in '.!?"”’'
    ]
    pool = [s for s in SUBHEADS if s.casefold() not in body_cf]
    for i in sorted(rng.sample(spots, min(subheads, len(spots)))):
        sub = pool.pop(rng.randrange(len(pool)))
        glue[i] = sub
    next_junk = rng.randint(*junk_every)
    for i, p in enumerate(paras):
        if i in glue:
            page.text(p + " " + glue[i])
            page.subheadings.append(glue[i])
        else:
            page.text(*p.split("\n"))
        if junk and i == next_junk and i < len(paras) - 1:
            page.add_furniture([rng.choice(junk)], label_blank=False)
            next_junk = i + rng.randint(*junk_every)


def pick_related(rng: random.Random, arts: dict[str, Art], main: Art, k: int) -> list[Art]:
    seen = {main.title.casefold()}
    out = []
    ids = sorted(a for a in arts if a != main.id)
    rng.shuffle(ids)
    for aid in ids:
        a = arts[aid]
        if a.title.casefold() in seen or len(a.title) < 15:
            continue
        seen.add(a.title.casefold())
        out.append(a)
        if len(out) == k:
            break
    return out


def embed_lines(page: PageLines, rng: random.Random, art: Art, junk: list[str], per_line: int) -> None:
    """A related article carried in full: its paragraphs `per_line` to a line (1: one a line), junk lines between."""
    paras = [p.replace("\n", " ") for p in art.paragraphs] if per_line > 1 else art.paragraphs
    chunks = [" ".join(paras[i : i + per_line]) for i in range(0, len(paras), per_line)]
    for j, chunk in enumerate(chunks):
        page.text(*chunk.split("\n"))
        if junk and j < len(chunks) - 1 and rng.random() < 0.3:
            page.add_furniture([rng.choice(junk)], label_blank=False)
    page.embedded.append({"title": art.title, "first_sentence": art.first_sentence, "naeb": art.id})


# ------------------------------------------------------------------------- layouts ----


def tickwell(rng: random.Random, art: Art, arts: dict[str, Art]) -> tuple[PageLines, str | None, str | None]:
    p = PageLines()
    d = art.date
    p.add_furniture(
        ["Tickwell", "Synced " + rng.choice(["just now", "2 min ago", "9 min ago"]), "Tiles"], label_blank=False
    )
    p.blank()
    p.add_furniture([f"News · {rng.choice(SECTIONS)}"], label_blank=False)
    p.text(art.title)
    kind = rng.choice(["long", "short", "relative", "long"])
    date: str | None = d.isoformat()
    if kind == "long":
        p.meta(f"{DAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}")
    elif kind == "short":
        p.meta(f"{d.day} {MONTHS[d.month - 1][:3]} ’{d.year % 100:02d} · {rng.randint(6, 22)}:{rng.randint(0, 59):02d}")
    else:
        date = None
        p.meta(ago(rng))
    if art.authors:
        names = art.authors
        if len(names) == 1 and is_person(names[0]) and rng.random() < 0.6:
            p.meta(f"Reporter {names[0]}")
        elif rng.random() < 0.5:
            p.meta("By " + join_names(names, "and"))
        else:
            p.meta(join_names(names, "dot"))
    p.add_furniture([f"{art.outlet} on your wrist", f"{rng.randint(2, 14)} min read on phone"], label_blank=False)
    p.blank()
    junk = ["Continue on phone ›", "Turn the crown to keep reading", "Raise wrist to resume", "Tap to save this tile"]
    body_block(p, rng, art, junk, junk_every=(3, 6), subheads=0)
    if rng.random() < 0.4:
        p.meta(f"Updated {rng.choice(['20 min ago', '2h ago', 'this morning'])}")
    p.blank()
    p.add_furniture(["Continue on phone", "More tiles"], label_blank=False)
    with_teaser = rng.random() < 0.5
    for r in pick_related(rng, arts, art, rng.randint(3, 5)):
        p.text(r.title)
        p.related.append(r.title)
        if with_teaser:
            t = teaser_of(r)
            p.text(t)
            p.teasers.append(t)
        else:
            p.add_furniture([f"{r.outlet} · {ago(rng)}"], label_blank=False)
    p.blank()
    p.add_furniture(
        ["Tiles", "Health", "Settings", "Open Tickwell on your phone to read saved tiles."], label_blank=False
    )
    return p, date, "Tickwell"


def commonsdesk(rng: random.Random, art: Art, arts: dict[str, Art]) -> tuple[PageLines, str | None, str | None]:
    p = PageLines()
    d = art.date
    p.add_furniture(["Jump to content", "Main page", "Recent changes", "Random story", "Log in"], label_blank=False)
    p.blank()
    p.add_furniture(["Read", "Edit", "View history", "Talk"], label_blank=False)
    p.blank()
    p.text(art.title)
    p.add_furniture(["From Commonsdesk, the open news wiki"], label_blank=False)
    p.meta(f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}")
    if art.authors:
        shape = rng.choice(["for", "colon", "contrib"])
        if shape == "for":
            p.meta(f"Original reporting: {join_names(art.authors, 'and')} for {art.outlet}")
        elif shape == "colon" and all(is_person(a) for a in art.authors):
            p.meta(f"Reporter{'s' if len(art.authors) > 1 else ''}: {join_names(art.authors, 'and')}")
        else:
            p.meta(f"Written by {join_names(art.authors, 'amp')}")
    p.blank()
    junk = [
        "Have an opinion on this story? Share it on the Talk page.",
        "Share this: Email · Print · Post",
        "This article is a developing story. Please help by adding sourced facts.",
    ]
    body_block(p, rng, art, junk, junk_every=(5, 9), subheads=rng.randint(1, 3))
    p.blank()
    rel = pick_related(rng, arts, art, rng.randint(4, 7))
    n_news = rng.randint(2, len(rel) - 2)
    p.add_furniture(["Related news"], label_blank=False)
    for r in rel[:n_news]:
        p.text(r.title)
        p.related.append(r.title)
    p.blank()
    p.add_furniture(["Sources"], label_blank=False)
    for r in rel[n_news:]:
        rd = r.date
        p.text(f"“{r.title}” — {r.outlet}, {rd.day} {MONTHS[rd.month - 1]} {rd.year}")
        p.related.append(r.title)
    p.blank()
    up = d + dt.timedelta(days=rng.randint(1, 9))
    p.add_furniture(
        [f"Categories: {rng.choice(SECTIONS)} | {MONTHS[d.month - 1]} {d.year} | Published"], label_blank=False
    )
    at = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    p.meta(f"This page was last edited on {up.day} {MONTHS[up.month - 1]} {up.year}, at {at}.")
    p.add_furniture(
        [
            "Text is available under the Creative Commons Attribution License; additional terms may apply.",
            "Privacy policy",
            "About Commonsdesk",
            "Disclaimers",
        ],
        label_blank=False,
    )
    return p, d.isoformat(), "Commonsdesk"


def short_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1][:3]}. {d.year}"


def jotterly(rng: random.Random, art: Art, arts: dict[str, Art]) -> tuple[PageLines, str | None, str | None]:
    p = PageLines()
    d = art.date
    notebook = rng.choice(["Reading pile", "Work research", "Weekend reads", "To discuss"])
    tags = " ".join("#" + t for t in rng.sample(["toread", "news", "followup", "longread", "share", "ideas"], 2))
    p.add_furniture(["All notes", f"Notebook: {notebook}", f"Tags: {tags}"], label_blank=False)
    p.blank()
    p.text(art.title)
    p.add_furniture([f"Clipped from {art.outlet}"], label_blank=False)
    if art.authors:
        if len(art.authors) == 1 and is_person(art.authors[0]) and rng.random() < 0.5:
            p.meta(f"{art.authors[0]} writes")
        else:
            p.meta(f"Author: {join_names(art.authors, 'and')}")
    date: str | None = d.isoformat()
    if rng.random() < 0.7:
        p.meta(f"Published {short_date(d)}")
        c = d + dt.timedelta(days=rng.randint(1, 5))
        m = c + dt.timedelta(days=rng.randint(0, 3))
        p.meta(f"Created {short_date(c)}, {rng.randint(7, 23)}:{rng.randint(0, 59):02d} · Modified {short_date(m)}")
    else:
        date = None
        p.meta(f"Created {rng.choice(['3 days ago', 'last week', 'yesterday'])} · Modified {ago(rng)}")
    p.blank()
    junk = ["[Image]", "Highlight", "Add a comment to this highlight", "View original page"]
    body_block(p, rng, art, junk, junk_every=(3, 7), subheads=rng.randint(0, 2))
    rel = pick_related(rng, arts, art, rng.randint(4, 6))
    n_emb = rng.choice([0, 1, 1, 2])
    total = 1 + n_emb
    for k, e in enumerate(rel[:n_emb], start=2):
        p.blank()
        p.add_furniture([f"Clip {k} of {total}"], label_blank=False)
        p.text(e.title)
        p.related.append(e.title)
        p.add_furniture([f"Clipped from {e.outlet}"], label_blank=False)
        embed_lines(p, rng, e, ["[Image]", "Highlight", "View original page"], 1)
    p.blank()
    p.add_furniture(["Other notes in this notebook"], label_blank=False)
    for r in rel[n_emb:]:
        p.text(r.title)
        p.related.append(r.title)
        p.add_furniture(
            [f"Edited {rng.choice(['yesterday', '4 days ago', 'last month', '2 weeks ago'])}"], label_blank=False
        )
    p.blank()
    p.add_furniture([f"{rng.randint(400, 9000):,} words", "Share note", "Export as PDF"], label_blank=False)
    return p, date, None


def askmarlo(rng: random.Random, art: Art, arts: dict[str, Art]) -> tuple[PageLines, str | None, str | None]:
    p = PageLines()
    d = art.date
    p.add_furniture(["Marlo", "New chat", "History", "Upgrade to Marlo Plus"], label_blank=False)
    p.blank()
    prompt = rng.choice(
        [
            "Can you show me that story in full? Word for word, please, and a couple of related reads.",
            "Paste the whole article you mentioned, then suggest what else I should read.",
        ]
    )
    p.add_furniture(["You", prompt], label_blank=False)
    p.blank()
    p.add_furniture(["Marlo", "Here is the full article, as published [1]:"], label_blank=False)
    p.blank()
    p.text(art.title)
    if art.authors:
        shape = rng.choice(["by", "corr", "slash"])
        if shape == "by" or not all(is_person(a) for a in art.authors):
            p.meta("By " + join_names(art.authors, "and"))
        elif shape == "corr":
            p.meta(
                f"{join_names(art.authors, 'and')} — {art.outlet} correspondent{'s' if len(art.authors) > 1 else ''}"
            )
        else:
            p.meta(f"{join_names(art.authors, 'amp')} / {art.outlet}")
    date: str | None = d.isoformat()
    kind = rng.choice(["plain", "edited", "relative"])
    if kind == "plain":
        p.meta(f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
    elif kind == "edited":
        ed = d + dt.timedelta(days=rng.randint(1, 3))
        p.meta(f"{MONTHS[d.month - 1]} {d.day}, {d.year} (edited {MONTHS[ed.month - 1][:3]} {ed.day}, {ed.year})")
    else:
        date = None
        p.meta(f"Published {rng.choice(['2 days ago', '6 hours ago', 'yesterday'])}, per the source")
    p.blank()
    junk = ["Show more ▾", "Copy", "Marlo is quoting this source word for word."]
    body_block(p, rng, art, junk, junk_every=(6, 10), subheads=rng.randint(0, 1))
    p.blank()
    rel = pick_related(rng, arts, art, rng.randint(4, 6))
    n_emb = rng.choice([0, 1, 2])
    for k, e in enumerate(rel[:n_emb], start=2):
        p.blank()
        p.add_furniture([f"Full text of [{k}]"], label_blank=False)
        p.text(e.title)
        p.related.append(e.title)
        p.add_furniture([f"{e.outlet} · {MONTHS[e.date.month - 1][:3]} {e.date.day}, {e.date.year}"], label_blank=False)
        embed_lines(p, rng, e, ["Show more ▾", "Copy"], rng.randint(2, 4))
    p.blank()
    p.add_furniture(["Related reads"], label_blank=False)
    for i, r in enumerate(rel[n_emb:], start=1):
        p.text(f"{i}. {r.title}")
        p.related.append(r.title)
        p.add_furniture([f"{r.outlet} · {ago(rng)}"], label_blank=False)
    p.blank()
    p.add_furniture(["Sources"], label_blank=False)
    p.add_furniture([f"[{k}] {a.outlet}" for k, a in enumerate([art, *rel[:n_emb]], start=1)], label_blank=False)
    p.blank()
    p.add_furniture(
        [
            "Good response",
            "Bad response",
            "Regenerate",
            "Why did this happen?",
            "What did critics say about this?",
            "Ask Marlo a follow-up…",
            "Marlo can make mistakes. Check important info.",
        ],
        label_blank=False,
    )
    return p, date, "Marlo"


def vidlark(rng: random.Random, art: Art, arts: dict[str, Art]) -> tuple[PageLines, str | None, str | None]:
    p = PageLines()
    d = art.date
    p.add_furniture(["Skip navigation", "Vidlark", "Search", "Sign in"], label_blank=False)
    p.blank()
    p.add_furniture([f"0:00 / {rng.randint(2, 14)}:{rng.randint(0, 59):02d}"], label_blank=False)
    p.text(art.title)
    p.add_furniture(
        [
            art.outlet,
            f"{rng.randint(12, 990)}K subscribers",
            "Subscribe",
            f"{rng.randint(1, 9)}.{rng.randint(0, 9)}K",
            "Share",
            "Save",
        ],
        label_blank=False,
    )
    p.blank()
    views = f"{rng.randint(1200, 480000):,} views"
    date: str | None = d.isoformat()
    if rng.random() < 0.7:
        p.meta(f"{views}  {d.day} {MONTHS[d.month - 1][:3]} {d.year}")
    else:
        date = None
        p.meta(f"{views}  Premiered {rng.choice(['5 hours ago', '1 day ago', '14 hours ago'])}")
    if art.authors:
        a = art.authors
        if len(a) >= 2:
            p.meta(f"Report by {join_names(a[:-1], 'and')} with {a[-1]}")
        elif rng.random() < 0.5 or not is_person(a[0]):
            p.meta(f"Report by {a[0]}")
        else:
            p.meta(f"Reporter: {a[0]}")
    body_block(p, rng, art, [], junk_every=(1, 1), subheads=rng.randint(0, 2))
    p.blank()
    chapters = ["Intro", "What happened", "Reaction", "What's next"]
    p.add_furniture(["Chapters"], label_blank=False)
    t = 0
    for c in chapters:
        p.add_furniture([f"{t // 60}:{t % 60:02d} {c}"], label_blank=False)
        t += rng.randint(40, 150)
    p.add_furniture(["Show transcript", "Show less"], label_blank=False)
    p.blank()
    p.add_furniture(
        [
            f"{rng.randint(12, 2400):,} Comments",
            "Sort by",
            f"@viewer{rng.randint(100, 9999)} · {ago(rng)}",
            rng.choice(["Thanks for putting the whole report in the description.", "Clear reporting as always."]),
            "Reply",
        ],
        label_blank=False,
    )
    p.blank()
    p.add_furniture(["Up next", "Autoplay"], label_blank=False)
    for r in pick_related(rng, arts, art, rng.randint(3, 6)):
        p.text(r.title)
        p.related.append(r.title)
        p.add_furniture([r.outlet, f"{rng.randint(2, 900)}K views · {ago(rng)}"], label_blank=False)
    return p, date, "Vidlark"


BUILDERS = {
    "tickwell": tickwell,
    "commonsdesk": commonsdesk,
    "jotterly": jotterly,
    "askmarlo": askmarlo,
    "vidlark": vidlark,
}


def build(seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    arts = load_articles()
    used = used_main_ids(SHARED_LABELS)
    free = sorted(a for a in arts if a not in used)
    random.Random(f"h26-{seed}-mains").shuffle(free)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    for li, layout in enumerate(LAYOUTS):
        rng = random.Random(f"h26-{seed}-{layout}")
        for i in range(per_layout):
            art = arts[free[(li * per_layout + i) % len(free)]]
            page, date, site = BUILDERS[layout](rng, art, arts)
            pid = hashlib.sha1(f"h26-{seed}-{layout}-{i}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truth[pid] = {"url": art.url, "body": art.body}
            labels[pid] = page.labels(
                template=layout, naeb=art.id, url=art.url, title=art.title, authors=art.authors, date=date, site=site
            )
    return texts, truth, labels


if __name__ == "__main__":
    sys.exit(generator_main(build, sys.argv[1:], __doc__))

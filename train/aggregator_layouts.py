"""Aggregator dumps in layouts never seen: five new invented aggregators built from NAEB articles.

The aggregator set (../shared/corpus/aggregator) has five invented layouts; train/aggregator_variants.py
rewrites their wording. This script builds five OTHER layouts from scratch, as a browser's innerText of their
pages would give them: a newsletter-on-web reader (`letterbox`), a news app with the metadata block under the
title in another order (`lumio`), a coverage comparer listing the other outlets' titles before the article
(`versa`), a "reader view" app that never names itself and signs the story at its end (`quietpage`), and a
portal with comments, share counters and the next stories carried in full after a marker (`crowsnest`).

Article texts, titles, authors and dates are the NAEB tuning split's (../shared/corpus/naeb: truth.json and
meta.json); the main articles are drawn first from the NAEB articles the shared aggregator set does not use
as main articles (no main article twice in a set: the converter merges pages of one article; the shared
set's 60 main articles leave 54). Every name, menu, wording and layout here is invented. The output has the
shared set's format (text/<id>.txt, truth.json, labels.json), so shared/eval/check_aggregator.py and score.py score it
unchanged.

These layouts were a held-out test; converter/ has since been fixed against them.
Its seed-1 pages can be added to the text-dump models' training data (`train/textdump_train.py --generated`;
an experiment that made the held-out aggregator_holdout5/6 figures worse: see textdump_data.GENERATED_WEIGHT).
Its wordings never go into converter/'s rules.

Usage (from the repository root):
    python train/aggregator_layouts.py OUT [--seeds 1 2 3] [--pages 12] [--score]

writes OUT/seed-N/{text/, labels.json, truth.json} and, with --score, converts each seed's text/ with the
converter of this tree into OUT/docs-seed-N and prints check_aggregator.py's figures per seed, per layout
over all seeds, and the means.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from aggregator_variants import score  # the same scorer run, one place

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NAEB = SHARED / "corpus" / "naeb"
AGG = SHARED / "corpus" / "aggregator"
BODY_SCORER = SHARED / "eval" / "score.py"

# ------------------------------------------------------------------ wordings ----

OUTLETS = [
    "The Harbor Ledger",
    "Northfield Courier",
    "Kestrel Post",
    "Daily Meridian",
    "The Granite Herald",
    "Westbrook Observer",
    "Copperline News",
    "The Lakeshore Times",
    "Redfern Gazette",
    "Summit Wire",
]
HOSTS = {o: re.sub(r"^the", "", re.sub(r"[^a-z]", "", o.lower())) + ".com" for o in OUTLETS}
LEANS = ["leans left", "center", "leans right", "left", "right", "unrated"]
SUBHEADS = [
    "A slow start",
    "What changed",
    "The numbers behind it",
    "Looking ahead",
    "A familiar pattern",
    "Why it matters",
    "Questions remain",
    "The road to here",
    "Behind the scenes",
    "An unexpected turn",
    "What critics say",
    "Early signs",
    "The cost of waiting",
    "Back to the start",
]
CAPTIONS = [
    "Visitors walk past the entrance on a rainy afternoon.",
    "A view of the site from across the river.",
    "Supporters gathered outside before the announcement.",
    "The building as it looked earlier this year.",
    "Members of the team during a training session.",
]
AGENCIES = ["Getty Images", "Reuters", "AFP via Getty Images", "AP Photo", "Shutterstock", "Alamy"]
PHOTOGRAPHERS = ["Mara Lindgren", "Tomasz Wójcik", "Ada Okafor", "Luis Ferreira", "Hana Sato"]
COMMENTERS = ["quietreader", "Maple_Tom", "J. Ortega", "ninebyfive", "Rosalind K.", "oldtownwalker"]
COMMENTS = [
    "Great read, thanks for sharing this.",
    "I disagree with most of this, but it was well argued.",
    "Finally someone says it!",
    "Would love a follow-up on this in a few months.",
    "This is exactly what happened in my town too.",
    "Interesting. Does anyone have a link to the original report?",
]
MONTHS = list(calendar.month_name)[1:]  # English: the C locale, which Python starts in
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ["2h", "5h ago", "3 hours ago", "yesterday", "4d", "1 day ago", "35m"]


def counter(rng: random.Random) -> str:
    n = rng.choice([rng.randrange(2, 999), rng.randrange(1000, 20000)])
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


def d_mon(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def d_long(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_day_first(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_weekday(d: date) -> str:
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def clock(rng: random.Random) -> str:
    return f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"


def join(names: list[str], rng: random.Random, caps: bool = False) -> str:
    out = names[0] if len(names) == 1 else ", ".join(names[:-1]) + rng.choice([" and ", " & "]) + names[-1]
    return out.upper() if caps else out


def first_sentence(body: str) -> str:
    para = body.split("\n\n")[0].split("\n")[0].strip()
    m = re.match(r".{20,}?[.!?](?=\s|$)", para)
    return m.group(0) if m else para


def teaser(body: str, rng: random.Random) -> str:
    para = body.split("\n\n")[0].split("\n")[0].strip()
    cut = rng.randrange(90, 140)
    return para if len(para) <= cut else para[:cut].rsplit(" ", 1)[0] + "…"


# ------------------------------------------------------------------ a page being written ----


class Page:
    """One dump being written: its lines and the labels that follow them."""

    def __init__(self, layout: str, naeb: str, meta: dict, body: str, rng: random.Random, site: str | None) -> None:
        self.rng = rng
        self.lines: list[str] = []
        self.meta = meta
        self.body = body
        self.label: dict = {
            "title": meta["title"].strip(),
            "authors": list(meta["authors"]),
            "date": None,
            "site": site,
            "related": [],
            "teasers": [],
            "embedded": [],
            "subheadings": [],
            "furniture": [],
            "meta_lines": [],
            "template": layout,
            "naeb": naeb,
            "url": meta["url"],
        }

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def furn(self, *lines: str) -> None:
        self.lines.extend(lines)
        self.label["furniture"].extend(x for x in lines if x.strip())

    def metaline(self, line: str) -> None:
        self.lines.append(line)
        self.label["meta_lines"].append(line)

    def related(self, title: str, teaser_text: str | None = None) -> None:
        self.label["related"].append(title.strip())
        if teaser_text:
            self.label["teasers"].append(teaser_text)

    def pub_date(self) -> date | None:
        d = self.meta.get("date")
        return date.fromisoformat(d[:10]) if d else None

    def show_date(self) -> date | None:
        """The publication date, labelled as shown."""
        d = self.pub_date()
        self.label["date"] = d.isoformat() if d else None
        return d

    def paragraphs(
        self,
        body: str,
        *,
        blank: bool,
        inserts: list[list[str]],
        subheads: int,
        caps: bool = False,
        label_subheads: bool = True,
    ) -> None:
        """The article's paragraphs, `inserts` (furniture boxes) between them, `subheads` run-in subheadings."""
        rng = self.rng
        paras = [p for p in body.split("\n\n") if p.strip()]
        gluable = [i for i, p in enumerate(paras[:-1]) if i >= 1 and "\n" not in p and p.rstrip()[-1:] in '.!?”"']
        glued = dict.fromkeys(rng.sample(gluable, min(subheads, len(gluable))), "")
        for i in glued:
            head = rng.choice([s for s in SUBHEADS if s not in glued.values()])
            glued[i] = head.upper() if caps else head
        slots = sorted(rng.sample(range(1, max(2, len(paras))), min(len(inserts), max(1, len(paras) - 1))))
        boxes = dict(zip(slots, inserts, strict=False))
        for i, p in enumerate(paras):
            if i in boxes:
                self.furn(*boxes[i])
                if blank:
                    self.add("")
            text = p
            if i in glued:
                text = p.rstrip() + " " + glued[i]
                if label_subheads:
                    self.label["subheadings"].append(glued[i])
            self.add(text)
            if blank:
                self.add("")

    def carried(self, naeb: str, meta: dict, body: str, max_paras: int) -> str:
        """A related story's text (its first paragraphs), and records it as carried."""
        paras = [p for p in body.split("\n\n") if p.strip()][:max_paras]
        self.label["embedded"].append(
            {"title": meta["title"].strip(), "first_sentence": first_sentence(body), "naeb": naeb}
        )
        self.related(meta["title"])
        return "\n\n".join(paras)

    def caption(self) -> list[str]:
        rng = self.rng
        form = rng.randrange(3)
        if form == 0:
            return [f"{rng.choice(CAPTIONS)} Photo: {rng.choice(PHOTOGRAPHERS)}/{rng.choice(AGENCIES)}"]
        if form == 1:
            return [rng.choice(CAPTIONS), f"Credit: {rng.choice(AGENCIES)}"]
        return [f"{rng.choice(CAPTIONS)} ({rng.choice(PHOTOGRAPHERS)} / {rng.choice(AGENCIES)})"]


Pool = list[tuple[str, dict, str]]  # (naeb id, meta, body) of related articles, in draw order

# ------------------------------------------------------------------ layouts ----


def letterbox(p: Page, outlet: str, pool: Pool) -> None:
    """Newsletter-on-web reader: the letter's own name under the app's, counters, comments, numbered list."""
    rng = p.rng
    letter = rng.choice(["Field Notes", "The Long Middle", "Second Draft", "Margins Weekly", "Low Tide Letters"])
    p.furn("Letterbox", letter, "Subscribe", "Sign in")
    p.add("")
    p.add(p.label["title"])
    names = p.label["authors"]
    d = p.show_date()
    if names:
        p.metaline(join(names, rng))
    if d:
        p.metaline(rng.choice([d_mon(d), d.strftime("%b %d, %Y").upper(), d_long(d)]))
    likes, comments = counter(rng), str(rng.randrange(1, 60))
    p.furn(likes, comments, "Share")
    p.add("")
    box = [f"Thanks for reading {letter}! Subscribe for free to receive new posts and support my work.", "Subscribe"]
    p.paragraphs(p.body, blank=True, inserts=[box, p.caption()], subheads=rng.randrange(0, 3), caps=True)
    p.furn(f"{likes} Likes", "∙", f"{rng.randrange(1, 9)} Restacks")
    p.furn("Previous", "Next")
    p.add("")
    p.furn("Discussion about this post", "Comments", "Restacks")
    for _ in range(rng.randrange(1, 4)):
        p.furn(rng.choice(COMMENTERS), rng.choice(["2h", "Dec 22", "1d", "5h"]), rng.choice(COMMENTS), "Reply")
    p.add("")
    p.furn(rng.choice(["More from Letterbox writers", "Top posts this week", "Readers of this letter also read"]))
    for i, (_, meta, _body) in enumerate(pool[: rng.randrange(3, 6)], 1):
        p.add(f"{i}. {meta['title'].strip()}")
        src = f"{rng.choice(OUTLETS)} · {rng.choice(RELATIVE)}"
        p.furn(src)
        p.related(meta["title"])
    p.add("")
    p.furn(f"© {rng.choice([2023, 2024])} {rng.choice(['Ferncroft Printers', 'Hollis & Vane Press', letter])}")
    p.furn("Letterbox is the home for independent writing", "Privacy", "Terms", "Collection notice")


def lumio(p: Page, outlet: str, pool: Pool) -> None:
    """News app: section, title, date + read time, 'By X and Y | Updated ...', publisher chip, share counters."""
    rng = p.rng
    p.furn("Lumio", "Menu", "Search", "For You", "Local", "Headlines")
    p.add("")
    p.furn(rng.choice(["SCIENCE & TECH", "WORLD", "LIFESTYLE", "MONEY", "ENTERTAINMENT"]))
    p.add(p.label["title"])
    d = p.show_date()
    names = p.label["authors"]
    read = f"{rng.randrange(3, 14)} min read"
    if d:
        p.metaline(f"{d_mon(d)} · {read}")
    else:
        p.furn(read)
    upd = rng.choice([f"Updated {rng.choice(['2h ago', '35 min ago', '1 day ago'])}", ""])
    if d and not upd:
        upd = f"Updated {d_mon(d + timedelta(days=1))}, {clock(rng)}"
    if names:
        p.metaline(f"By {join(names, rng)}" + (f" | {upd}" if upd else ""))
    elif upd:
        p.metaline(upd)
    p.furn(f"from {outlet}", f"{counter(rng)} shares")
    box = ["Get Lumio's Morning Edition", "Five stories, one email, every weekday.", "Enter your email", "Sign up"]
    p.paragraphs(p.body, blank=False, inserts=[p.caption(), box, ["Advertisement"]], subheads=rng.randrange(0, 3))
    p.furn(f"Read the full story on {outlet}", f"👍 {counter(rng)}", f"💬 {rng.randrange(2, 300)}", "Share")
    p.furn(rng.choice(["More headlines", "Keep scrolling", "Around the web"]))
    for _, meta, _body in pool[: rng.randrange(3, 7)]:
        p.add(f"{meta['title'].strip()} - {rng.choice(OUTLETS)} - {rng.choice(RELATIVE)}")
        p.related(meta["title"])
    p.add("")
    p.furn(
        "We value your privacy",
        "Lumio and its partners use cookies and similar technologies to store and read information on your "
        "device, to measure audiences and to show you personalised content.",
        "Accept",
        "Reject",
        "Manage options",
    )
    p.furn(f"© {rng.choice([2023, 2024])} Lumio Inc.", "Terms", "Privacy", "Help")


def versa(p: Page, outlet: str, pool: Pool) -> None:
    """Coverage comparer: the other outlets' titles as bullets BEFORE the article, carried stories after a rule."""
    rng = p.rng
    p.furn("Versa", "Compare coverage", "Topics", "Sign in")
    p.add("")
    p.furn(*rng.sample(["#Economy", "#Health", "#Politics", "#Culture", "#Science", "#Sport"], 3))
    p.add(p.label["title"])
    d = p.show_date()
    n_out = rng.randrange(6, 60)
    if d:
        p.metaline(f"First reported {d_day_first(d)} · {n_out} outlets")
    else:
        p.furn(f"{n_out} outlets · first reported {rng.choice(RELATIVE)}")
    p.add("")
    p.furn(rng.choice(["How outlets framed it", "Headlines across the spectrum", "Other framings"]))
    k = rng.randrange(2, 5)
    for _, meta, _body in pool[:k]:
        p.add(f"• {meta['title'].strip()}")
        p.furn(f"{rng.choice(OUTLETS)} ({rng.choice(LEANS)})")
        p.related(meta["title"])
    p.add("")
    p.furn(f"Reading the version from {outlet}")
    names = p.label["authors"]
    if names:
        p.metaline(f"{rng.choice(['Reporting', 'Authors', 'Writers'])}: {join(names, rng)}")
    p.paragraphs(p.body, blank=False, inserts=[["Sponsored"]], subheads=rng.randrange(0, 3), caps=rng.random() < 0.5)
    p.furn("Original article ↗", "Was this coverage balanced?", "Yes", "No")
    p.add("")
    for naeb, meta, body in pool[k : k + rng.randrange(1, 3)]:
        p.furn("———")
        p.add(meta["title"].strip())
        p.furn(f"{rng.choice(OUTLETS)} · {rng.choice(RELATIVE)}")
        p.add(p.carried(naeb, meta, body, rng.randrange(4, 9)).replace("\n\n", "\n"))
    p.add("")
    p.furn("Versa compares how 40,000 outlets cover the news.", "About", "Methodology", "Contact")


def quietpage(p: Page, outlet: str, pool: Pool) -> None:
    """Reader view app: never names itself; host line, read-time range, byline and date at the END."""
    rng = p.rng
    p.label["site"] = None
    p.furn("Aa", "Listen", "Close")
    p.add("")
    p.furn(HOSTS[outlet])
    p.add(p.label["title"])
    lo = rng.randrange(3, 12)
    p.furn(f"{lo}–{lo + 2} minutes")
    p.add("")
    p.paragraphs(p.body, blank=True, inserts=[p.caption()], subheads=rng.randrange(0, 3))
    names = p.label["authors"]
    d = p.show_date()
    who = join(names, rng) if names else ""
    if names and d:
        p.metaline(
            rng.choice([f"Written by {who} · {d_day_first(d)}", f"— {who}, {d_long(d)}", f"{who} | {d_weekday(d)}"])
        )
    elif names:
        p.metaline(f"Written by {who}")
    elif d:
        p.metaline(d_long(d))
    p.add("")
    p.furn(rng.choice(["Next in your queue", "Up next in your queue"]))
    n = rng.randrange(1, 3)
    for naeb, meta, body in pool[:n]:
        p.add(meta["title"].strip())
        host = rng.choice(list(HOSTS.values()))
        p.furn(host, f"{rng.randrange(2, 9)} min")
        p.add(p.carried(naeb, meta, body, rng.randrange(3, 8)))
        p.furn("* * *")
    p.furn(rng.choice(["Also saved", "In your library"]))
    for _, meta, body in pool[n : n + rng.randrange(2, 5)]:
        t = teaser(body, rng)
        p.add(meta["title"].strip(), t)
        p.related(meta["title"], t)
    p.furn("Archive", "Delete", "Add tags")


def crowsnest(p: Page, outlet: str, pool: Pool) -> None:
    """Portal: breadcrumb, byline in capitals, published/updated line, comments, 'Continue reading' + next story."""
    rng = p.rng
    p.furn("Skip navigation", "CROWSNEST", "Home / News / " + rng.choice(["World", "Business", "Local", "Health"]))
    p.add(p.label["title"])
    names = p.label["authors"]
    if names:
        p.metaline(f"BY {join(names, rng, caps=True)}")
    d = p.show_date()
    if d:
        u = d + timedelta(days=rng.randrange(0, 3))
        p.metaline(f"Published: {d_day_first(d)}, {clock(rng)} | Updated: {d_day_first(u)}")
    else:
        p.furn(f"Updated {rng.choice(RELATIVE)}")
    p.furn(f"Source: {outlet}", "Share", "Tweet", "Email", f"{counter(rng)} reactions")
    p.add("")
    ad = ["Advertisement - scroll to continue"]
    box = ["Sign up for the Crowsnest Briefing", "Our best stories in your inbox every evening", "Sign up"]
    p.paragraphs(p.body, blank=True, inserts=[ad, box], subheads=rng.randrange(0, 3))
    p.furn(f"Tags: {rng.choice(['politics', 'health', 'business'])}, {rng.choice(['Europe', 'economy', 'courts'])}")
    p.furn(f"Comments ({rng.randrange(2, 90)})")
    for _ in range(rng.randrange(1, 3)):
        p.furn(rng.choice(COMMENTERS), f"{rng.randrange(2, 11)} hours ago", rng.choice(COMMENTS), "Reply · 👍 3")
    p.add("")
    p.furn(rng.choice(["Picked for you", "Readers went on to read"]))
    k = rng.randrange(2, 5)
    for _, meta, body in pool[:k]:
        t = teaser(body, rng)
        p.add(meta["title"].strip(), t)
        p.related(meta["title"], t)
        p.add("")
    for naeb, meta, body in pool[k : k + rng.randrange(1, 3)]:
        p.furn("Continue reading")
        p.add(meta["title"].strip())
        if meta["authors"]:
            p.furn(f"BY {join(meta['authors'], rng, caps=True)}")
        p.add("")
        p.add(p.carried(naeb, meta, body, rng.randrange(3, 8)))
        p.add("")
    p.furn("© 2024 Crowsnest Media Group", "Privacy", "Terms of Use", "Do Not Sell My Info")


LAYOUTS: dict[str, tuple[str | None, Callable[[Page, str, Pool], None]]] = {
    "letterbox": ("Letterbox", letterbox),
    "lumio": ("Lumio", lumio),
    "versa": ("Versa", versa),
    "quietpage": (None, quietpage),
    "crowsnest": ("Crowsnest", crowsnest),
}

# ------------------------------------------------------------------ building ----


def load_naeb() -> tuple[dict, dict, list[str], list[str]]:
    """NAEB meta and truth, and the ids the shared set never uses (first) or carries only (then)."""
    meta = json.loads((NAEB / "meta.json").read_text(encoding="utf-8"))
    truth = json.loads((NAEB / "truth.json").read_text(encoding="utf-8"))
    labels = json.loads((AGG / "labels.json").read_text(encoding="utf-8")).values()
    mains = {v["naeb"] for v in labels}
    carried = {e["naeb"] for v in labels for e in v["embedded"]}
    ids = sorted(k for k in meta if k in truth and meta[k].get("title"))
    unused = [k for k in ids if k not in mains and k not in carried]
    carried_only = [k for k in ids if k not in mains and k in carried]
    return meta, truth, unused, carried_only


def make_set(out: Path, seed: int, pages: int) -> None:
    """Pages per layout with distinct main articles (the converter merges pages of one article), none of them
    listed or carried by another page of the set."""
    meta, truth, unused, carried_only = load_naeb()
    rng = random.Random(seed)
    rng.shuffle(unused)
    rng.shuffle(carried_only)
    order = (unused + carried_only)[: pages * len(LAYOUTS)]
    if len(order) < pages * len(LAYOUTS):
        raise SystemExit(f"only {len(order)} NAEB articles for {pages * len(LAYOUTS)} pages: lower --pages")
    others_all = sorted(k for k in meta if k in truth and k not in order)
    (out / "text").mkdir(parents=True, exist_ok=True)
    labels, truths = {}, {}
    n = 0
    for layout, (site, build) in LAYOUTS.items():
        for _ in range(pages):
            naeb = order[n]
            n += 1
            prng = random.Random(f"{seed}:{layout}:{n}")
            others = others_all[:]
            prng.shuffle(others)
            pool = [(k, meta[k], truth[k]["body"]) for k in others[:12]]
            page = Page(layout, naeb, meta[naeb], truth[naeb]["body"], prng, site)
            build(page, prng.choice(OUTLETS), pool)
            pid = hashlib.sha1(f"{seed}:{layout}:{n}".encode()).hexdigest()[:16]
            (out / "text" / f"{pid}.txt").write_text("\n".join(page.lines) + "\n", encoding="utf-8")
            page.label["furniture"] = list(dict.fromkeys(page.label["furniture"]))
            labels[pid] = page.label
            truths[pid] = {"url": meta[naeb]["url"], "body": truth[naeb]["body"]}
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
    (out / "truth.json").write_text(json.dumps(truths, indent=1, ensure_ascii=False), encoding="utf-8")


# ------------------------------------------------------------------ scoring ----

FIELDS = ["title", "authors_exact", "date", "site", "related_recall", "related_precision", "embedded", "subheadings"]


def convert(src: Path, docs: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "converter", "convert", "-q", "-j", "2", "--force", str(src), str(docs)],
        check=False,
        cwd=ROOT,
    )


def body_f1(agg_dir: Path, docs: Path) -> str:
    """score.py's summary line (docs, body P, R, F1, per-document F1, missing, extra) for the main articles."""
    done = subprocess.run(
        [sys.executable, str(BODY_SCORER), "--truth", str(agg_dir / "truth.json"), "--docs", str(docs)],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.splitlines()[1].strip()


def row(name: str, s: dict) -> str:
    cells = "".join(f"{(s.get(f) if s.get(f) is not None else float('nan')):>11.3f}" for f in FIELDS)
    return f"{name:<11}{cells}  {s['furniture_leak_pages']:>5.1f} {s['meta_leak_pages']:>5.1f} of {s['pages']}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--pages", type=int, default=10, help="pages per layout and seed")
    ap.add_argument("--score", action="store_true", help="convert and score each seed")
    args = ap.parse_args(argv)
    for seed in args.seeds:
        make_set(args.out / f"seed-{seed}", seed, args.pages)
    if not args.score:
        return 0
    per_seed = {}
    for seed in args.seeds:
        agg = args.out / f"seed-{seed}"
        docs = args.out / f"docs-seed-{seed}"
        convert(agg / "text", docs)
        per_seed[seed] = score(agg, docs, args.out / f"score-seed-{seed}.json")
        print(f"seed-{seed} body (score.py: docs P R F1 docF1 miss extra): {body_f1(agg, docs)}")
    head = f"{'set':<11}" + "".join(f"{f[:10]:>11}" for f in FIELDS) + "  leaks: furniture, byline/date (pages)"
    print(head)
    for seed, js in per_seed.items():
        print(row(f"seed-{seed}", js["summary"]))

    def mean(rows: list[dict]) -> dict:
        keys = [*FIELDS, "furniture_leak_pages", "meta_leak_pages", "pages"]
        vals = {k: [r[k] for r in rows if r.get(k) is not None] for k in keys}
        return {k: (sum(v) / len(v) if v else None) for k, v in vals.items()} | {"pages": rows[0]["pages"]}

    print(row("mean", mean([js["summary"] for js in per_seed.values()])))
    print("per layout (mean over seeds):")
    for layout in LAYOUTS:
        print(row(layout, mean([js["per_template"][layout] for js in per_seed.values()])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

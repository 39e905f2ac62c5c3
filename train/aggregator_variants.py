"""Aggregator dumps in wordings never seen: a stress test of the text-dump converter.

The aggregator set (../shared/corpus/aggregator) has five invented layouts, each with one wording for its
byline, dates, related-block headings, prompts and site name. The hidden set uses other layouts and other
wordings. This script keeps the layouts but rewrites the wording: every labelled byline/date line is written
again from the page's labelled authors and date in a format drawn from the lists below, every labelled
furniture line of a known kind (consent, app, newsletter, paywall, comments, ads, audio, share buttons,
related-block headings, footer links, copyright, read times, follow buttons) is replaced by another wording
of the same kind, and the aggregator's name by another invented name. The labels follow (`meta_lines`,
`furniture`, `site`; the date and authors stay the same facts), so shared/eval/check_aggregator.py scores
the variant like the original.

The wordings live here and never in converter/: a rule keyed on them would make this test meaningless.
Its seed-1 pages can be added to the text-dump models' training data (`train/textdump_train.py --generated`;
an experiment that made the held-out aggregator_holdout5/6 figures worse: see textdump_data.GENERATED_WEIGHT).
Its wordings never go into converter/'s rules.

Usage (from the repository root):
    python train/aggregator_variants.py OUT [--seeds 1 2 3] [--score]

writes OUT/seed-N/{text/, labels.json, truth.json} and, with --score, converts each seed's text/ with the
converter of this tree into OUT/seed-N/docs and prints check_aggregator.py's report for the original set and
for each seed, then the per-field means over the seeds.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "aggregator"
SCORER = SHARED / "eval" / "check_aggregator.py"

# ------------------------------------------------------------------ wordings ----

SITES = ["Quillstream", "Brevio", "Lanternly", "Tidewise", "Foldstack", "Newsorbit", "Pebble Daily", "Morrowline"]

BYLINE_TOP = [
    "By {n}",
    "by {n}",
    "BY {N}",
    "Story by {n}",
    "Written by {n}",
    "Words by {n}",
    "Reporter: {n}",
    "Writer: {n}",
    "Text: {n}",
    "{n} | Staff writer",
    "{n}, Senior Correspondent",
    "{n} · Contributor",
    "Contributed by {n}",
]
BYLINE_END = ["Words by {n}", "Text: {n}", "– {n}", "—{n}", "By {n}", "Story: {n}", "Written by {n}", "Words — {n}"]
BYLINE_ROLE = [
    "{n} · Local correspondent",
    "{n}, reader contributor",
    "{n} · Neighbourhood reporter",
    "{n} (Contributor)",
]
SIGN_OFF = [
    "(Reporting by {n}; Editing by {e})",
    "(Reporting by {n}; Writing by {n1}; Editing by {e})",
    "Reporting by {n}; editing by {e}",
    "(Reporting by {n}{city}; Edited by {e})",
    "-- Reporting by {n}{city}; Editing by {e}",
]
SIGN_OFF_ALONE = ["Reporting by {n}{city}", "Reported by {n}{city}", "(Reporting by {n}{city})"]
CITIES = ["", " in Berlin", " in Lagos", " in Manila", " in Chicago", " in Lima"]
JOINS = {2: ["{0} and {1}", "{0} & {1}", "{0}, {1}"], 3: ["{0}, {1} and {2}", "{0}, {1}, {2}", "{0}, {1} & {2}"]}
TOP_JOIN = [" · ", " | ", ", ", " — "]

MONTHS = list(calendar.month_name)[1:]  # English: the C locale, which Python starts in
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ampm(h: int, m: int, dots: bool) -> str:
    suffix = ("a.m." if h < 12 else "p.m.") if dots else ("AM" if h < 12 else "PM")
    return f"{(h - 1) % 12 + 1}:{m:02d} {suffix}"


DATE_FORMATS = [
    lambda d, h, m: d.isoformat(),
    lambda d, h, m: f"{d.isoformat()}T{h:02d}:{m:02d}:00+01:00",
    lambda d, h, m: f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year} at {_ampm(h, m, True)} ET",
    lambda d, h, m: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d, h, m: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d, h, m: f"{d.day:02d}.{d.month:02d}.{d.year}, {h:02d}:{m:02d}",
    lambda d, h, m: f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d, h, m: f"{DAYS[d.weekday()][:3]}, {MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {_ampm(h, m, False)}",
    lambda d, h, m: f"Published {d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    lambda d, h, m: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}, {h:02d}:{m:02d} GMT",
    lambda d, h, m: f"Posted: {MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d, h, m: f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
    lambda d, h, m: f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}",
    lambda d, h, m: f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}",
]
UPDATED_FORMATS = [
    "{p} · Updated {u}",
    "{p} (updated {u})",
    "Published {p}, last updated {u}",
    "{p} | Last modified {u}",
]
RELATIVE = [
    "3 days ago",
    "2 hours ago",
    "Just now",
    "an hour ago",
    "45 min ago",
    "Yesterday at 9:14 PM",
    "Updated 20 minutes ago",
    "5d",
    "Today, 08:12",
]
READ_TIME = ["{k} min read", "Reading time: {k} minutes", "{k} mins", "{k}-min read"]

# Furniture kinds: a pattern on the set's own wording (whole line) -> other wordings of that kind.
KINDS: list[tuple[str, list[str]]] = [
    (
        r".*use cookies.*",
        [
            "We and our partners store and access information on your device to personalise ads and content. "
            "You can change your choices at any time in Privacy settings.",
            "This site uses cookies to improve your experience and to show you relevant advertising. "
            "By continuing you agree to our use of cookies.",
        ],
    ),
    (r"I accept|Got it", ["Accept all", "OK", "Agree and continue", "Allow all", "Accept cookies"]),
    (
        r"Customise choices|Cookie settings|Decline optional cookies",
        ["Manage preferences", "Reject all", "More options"],
    ),
    (
        r"Open the app|Not now|Open \w+|This story reads better in the .*",
        [
            "Get the app",
            "Continue in browser",
            "Maybe later",
            "Read in app",
            "Stories load faster in our app. Download it free for iPhone and Android.",
        ],
    ),
    (
        r".*Weekend: .*|Your email address|Email address|Count me in|Sign me up|Get the .* in your inbox",
        [
            "Sign up for our daily briefing",
            "Enter your email",
            "The best stories of the week, straight to your inbox.",
            "Join 2 million readers who get our newsletter every morning.",
            "Sign up",
        ],
    ),
    (
        r"This (?:article|story) is for .*|Unlock it for .*|Already a subscriber\? Log in|You have \d free stories .*"
        r"|Become a member|See how outlets .*|Start my free trial",
        [
            "You've read 3 of 5 free articles this month.",
            "Subscribe to keep reading",
            "Already have an account? Sign in",
            "Get unlimited access for $1 a month, cancel anytime.",
            "Start your free trial",
            "This content is exclusive to subscribers.",
        ],
    ),
    (
        r"Add a comment…|\d+ comments|How did this story make you feel\?|Comment",
        ["Join the conversation", "Leave a comment", "View 24 comments", "Show comments (17)", "What do you think?"],
    ),
    (
        r"Article continues after this ad|AD|— Ad —|Ad · Content continues below|Sponsored",
        ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content", "Ad"],
    ),
    (
        r"Listen to this article|Play audio|Voiced by a synthetic voice|Play",
        ["Listen to this story", "Listen", "Audio available", "Narrated by AI voice", "Read aloud"],
    ),
    (
        r"Send to a friend|Email this story|Share on \w+|Print|Flip|Like",
        ["Share", "Copy link", "Share on Facebook", "Share on X", "Save", "Bookmark", "WhatsApp"],
    ),
    (
        r"Up next|Next story|Keep exploring|Editors' picks|More coverage|Similar topics|Read next|In case you missed it"
        r"|More stories near .*|More from .*|Readers also saved|Keep reading|Full coverage|Further reading"
        r"|Other angles|Continue with",
        [
            "More on this",
            "You might also like",
            "Recommended for you",
            "Related stories",
            "Don't miss",
            "Trending now",
            "What to read next",
            "Popular right now",
            "More like this",
            "Related coverage",
            "Most read",
        ],
    ),
    (
        r"Privacy statement|Terms of service|Help|Send feedback|Ad choices|Careers|Help centre|Terms & privacy"
        r"|Community guidelines|Do not sell or share my personal information|Privacy notice|Methodology|About \w+"
        r"|Become a contributor|Articles are the property of their respective publishers\.",
        [
            "Privacy policy",
            "Terms of use",
            "Contact us",
            "About us",
            "Advertise",
            "Sitemap",
            "Your privacy choices",
            "Cookie policy",
            "Jobs",
        ],
    ),
    (r"©.*|.*© 20\d\d.*", ["© {y} {site}. All rights reserved.", "Copyright © {y} {site} Ltd", "{site} © {y}"]),
    (
        r"Skip to content|Close|Text size|Dark mode|Search the web|My feed|Nearby|Underreported|Topics|Explore"
        r"|Magazines|Create|Log in|Profile|Discover",
        ["Skip to main content", "Menu", "Search", "Home", "For you", "Sign in", "Font size", "Night mode", "Back"],
    ),
    (r"(\d+)-minute read", READ_TIME),
    (r"Follow|Following", ["+ Follow", "Followed", "Add source", "Subscribe"]),
    (r"Tap to expand|Scroll to continue", ["Show more", "Read more", "Expand", "Continue reading", "See more"]),
]
KIND_RES = [(re.compile(p), alts) for p, alts in KINDS]

# ------------------------------------------------------------------ rewriting ----

TIME_RE = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")
EDITOR_RE = re.compile(r"Editing by ([^);]+)")


def join_names(names: list[str], rng: random.Random) -> str:
    if len(names) == 1:
        return names[0]
    forms = JOINS.get(len(names)) or [", ".join(f"{{{i}}}" for i in range(len(names)))]
    return rng.choice(forms).format(*names)


def render_date(d: date, h: int, m: int, rng: random.Random, plain: bool = False) -> str:
    """One date in a random format; `plain` leaves out the formats that carry their own label."""
    forms = [f for f in DATE_FORMATS if not (plain and f(d, h, m).startswith(("Published", "Posted")))]
    return rng.choice(forms)(d, h, m)


class Page:
    """One dump being rewritten: its labels, its random source, and the wording chosen per original line."""

    def __init__(self, label: dict, rng: random.Random, site: str | None) -> None:
        self.label = label
        self.rng = rng
        self.site = site
        self.chosen: dict[str, str] = {}
        self.used: set[str] = set()
        self.dated = bool(label["date"])

    def byline(self, line: str, names: list[str], prefix_only: bool = False) -> str:
        rng = self.rng
        n = join_names(names, rng)
        if "Editing by" in line:
            editor = EDITOR_RE.search(line)
            form = rng.choice(SIGN_OFF)
            return form.format(
                n=n, n1=names[0], e=editor.group(1).strip() if editor else "Dana Kirk", city=rng.choice(CITIES)
            )
        if line.startswith("Reporting by"):
            return rng.choice(SIGN_OFF_ALONE).format(n=n, city=rng.choice(CITIES))
        if line.startswith(("Words:", "—")):
            return rng.choice(BYLINE_END).format(n=n)
        if "Community contributor" in line:
            return rng.choice(BYLINE_ROLE).format(n=n)
        forms = [f for f in BYLINE_TOP if f.startswith(("By", "by", "BY", "Story", "Written", "Words", "Writer"))]
        return rng.choice(forms if prefix_only else BYLINE_TOP).format(n=n, N=n.upper())

    def date_line(self, line: str) -> str:
        rng = self.rng
        times = TIME_RE.findall(line)
        h, m = (int(times[0][0]), int(times[0][1])) if times else (rng.randrange(6, 22), rng.randrange(60))
        read = re.search(r"(\d+)-minute read", line)
        if not self.dated or not re.search(r"20\d\d", line):
            out = rng.choice(RELATIVE)
        else:
            d = date.fromisoformat(self.label["date"])
            out = render_date(d, h, m, rng)
            if "Updated" in line and not line.startswith("Updated"):
                u = render_date(d + timedelta(days=rng.randrange(1, 4)), h, m, rng, plain=True)
                pub = re.sub(r"^(?:Published|Posted:) ", "", out)  # the updated form gives its own label
                out = rng.choice(UPDATED_FORMATS).format(p=pub, u=u)
            elif line.startswith("Updated"):
                u = render_date(d + timedelta(days=rng.randrange(1, 4)), h, m, rng, plain=True)
                out = "Updated " + u
        if read:
            out += " · " + rng.choice(READ_TIME).format(k=read.group(1))
        return out

    def meta(self, line: str) -> str:
        authors = self.label["authors"]
        found = [a for a in authors if a in line]
        if not found:
            return self.date_line(line)
        names = authors
        head = line
        for a in sorted(found, key=len, reverse=True):
            head = head.replace(a, "\0")
        start, end = head.find("\0"), head.rfind("\0")
        rest = head[end + 1 :].lstrip(" ·")
        if "Editing by" in line or "Community contributor" in rest or not re.search(r"\d|ago|Yesterday", rest):
            return self.byline(line, names)
        # "Name · date" on one line: a byline then a date
        by = self.byline(head[:start] + "\0", names, prefix_only=True)
        return by + self.rng.choice(TOP_JOIN) + self.date_line(rest)

    def furniture(self, line: str) -> str | None:
        if line in self.chosen:
            return self.chosen[line]
        for rx, alts in KIND_RES:
            if rx.fullmatch(line):
                fresh = [a for a in alts if a not in self.used] or alts  # a footer lists each link once
                pick = self.rng.choice(fresh)
                self.used.add(pick)
                new = pick.format(k=self.rng.randrange(2, 12), y=2024, site=self.site or "Reader")
                self.chosen[line] = new
                return new
        return None


def rename_site(text: str, old: str, new: str) -> str:
    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        return new.lower() if s.islower() else new.upper() if s.isupper() else new

    return re.sub(rf"\b{re.escape(old)}\b", repl, text, flags=re.IGNORECASE)


def rewrite(text: str, label: dict, rng: random.Random) -> tuple[str, dict]:
    old_site = label["site"]
    new_site = rng.choice(SITES) if old_site else None
    page = Page(label, rng, new_site)
    metas = set(label["meta_lines"])
    furniture = set(label["furniture"])
    new_meta: list[str] = []
    new_furn: list[str] = []
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line in metas:
            written = page.meta(line)
            new_meta.append(written)
            out.append(written)
        elif line in furniture and (replaced := page.furniture(line)) is not None:
            new_furn.append(replaced)
            out.append(replaced)
        else:
            out.append(raw)
    body = "\n".join(out)
    lab = dict(label)
    kept = [f for f in label["furniture"] if f not in page.chosen]
    lab["furniture"] = list(dict.fromkeys(kept + new_furn))
    lab["meta_lines"] = new_meta
    if old_site and new_site:
        body = rename_site(body, old_site, new_site)
        lab["furniture"] = [rename_site(f, old_site, new_site) for f in lab["furniture"]]
        lab["meta_lines"] = [rename_site(f, old_site, new_site) for f in lab["meta_lines"]]
        lab["site"] = new_site
    return body, lab


def make_variant(corpus: Path, out: Path, seed: int) -> None:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    (out / "text").mkdir(parents=True, exist_ok=True)
    new_labels = {}
    for pid in sorted(labels):
        rng = random.Random(f"{seed}:{pid}")
        text = (corpus / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        body, lab = rewrite(text, labels[pid], rng)
        (out / "text" / f"{pid}.txt").write_text(body, encoding="utf-8")
        new_labels[pid] = lab
    (out / "labels.json").write_text(json.dumps(new_labels, indent=1, ensure_ascii=False), encoding="utf-8")
    (out / "truth.json").write_bytes((corpus / "truth.json").read_bytes())


# ------------------------------------------------------------------ scoring ----

LEAKS = ["furniture_leak_pages", "meta_leak_pages"]
FIELDS = ["title", "authors_exact", "date", "site", "related_recall", "related_precision", "embedded", "subheadings"]


def score(agg_dir: Path, docs: Path, json_out: Path) -> dict:
    subprocess.run(
        [sys.executable, str(SCORER), str(agg_dir), str(docs), "--json", str(json_out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(json_out.read_text(encoding="utf-8"))


def convert(src: Path, docs: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "converter", "convert", "-q", "-j", "2", "--force", str(src), str(docs)],
        check=False,
        cwd=ROOT,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--score", action="store_true", help="convert and score the original set and each seed")
    args = ap.parse_args(argv)
    for seed in args.seeds:
        make_variant(args.corpus, args.out / f"seed-{seed}", seed)
    if not args.score:
        return 0
    rows = {}
    sets = [("original", args.corpus)] + [(f"seed-{s}", args.out / f"seed-{s}") for s in args.seeds]
    for name, agg in sets:
        docs = args.out / f"docs-{name}"
        convert(agg / "text", docs)
        rows[name] = score(agg, docs, args.out / f"score-{name}.json")
    print(f"{'set':<10}" + "".join(f"{f[:10]:>11}" for f in FIELDS) + "  leaks: furniture, byline/date (pages)")
    for name, js in rows.items():
        s = js["summary"]
        leaks = f"{s['furniture_leak_pages']:>3} {s['meta_leak_pages']:>3}"
        print(f"{name:<10}" + "".join(f"{(s.get(f) or 0):>11.3f}" for f in FIELDS) + f"  {leaks}")
    seeds = [rows[f"seed-{s}"]["summary"] for s in args.seeds]
    mean = {f: sum(s.get(f) or 0 for s in seeds) / len(seeds) for f in [*FIELDS, *LEAKS]}
    print(
        f"{'mean var':<10}" + "".join(f"{mean[f]:>11.3f}" for f in FIELDS) + "".join(f" {mean[f]:>4.1f}" for f in LEAKS)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A seventh held-out generator of aggregator article pages (issue 11), written without reading the converter,
the tests or the other generators: five invented aggregators of the shared set's five kinds, other names, other
wording, other places for things.

Layouts (one template each):

- ``lumenfront``: a portal start page.  Search box, weather, nav row, a "We value your privacy" dialog, the
  publisher as "From <outlet>" with a verified badge, `Story by` / `By` / bare names (with a Follow button),
  dates like `Published Dec 22, 2023, 9:14 AM` or only `5h` on the byline line, `Advertisement` and sponsored
  lines in the body, a reactions row, "More for you" cards (outlet and age on one line, then the title), and the
  feed's next stories carried in full below "Keep scrolling", each with its own outlet, byline and junk.
- ``driftpage``: a social magazine.  Open-in-app sheet, `Picked by <curator> for <collection>` (a curator, not an
  author), the title sometimes repeated as a cover caption, paragraphs one a line without blank lines and run-in
  subheadings (some in capitals) glued to the end of the paragraph before them, a cover-photo credit, the byline
  at the end as `Story: <names>` or at the top as `by <names>`, day-first dates (`22 Dec 2023`) or `3 days ago`,
  hearts and reshares, one or two related stories carried in full on one line each (junk glued inside), and
  title + teaser cards.
- ``crossread``: a coverage comparer.  Lower-case wordmark and tagline, topic tags, a breadcrumb ending in a cut
  title, an outlet count and a left/centre/right split, `First published: 22 Dec 2023, 09:14 (UTC)` with
  `Last updated`, or only `First seen 7 hours ago`, `Reporter:` or `Written by <names> for <outlet>` bylines,
  an automatic-summary notice with generic key points, a "Compare the coverage" list (title, then outlet, lean
  and age) and a title-only "Follow this storyline" list.
- ``porchlight``: a local news app.  Town and weather, a cookie strip, a section line, `Reported by`, name +
  `| Staff writer` role lines or bare names, AP-style (`Dec. 22, 2023 8:41 p.m.`) or month-first numeric
  (`12/22/2023`) dates with `Updated`, or `Posted 45 minutes ago`, advertisement and morning-briefing boxes inside
  the body, run-in subheadings on some pages, readers' comments, an "Around <town>" list (title, then age and
  comment count) and a numbered "Most read" list.
- ``reader``: an in-app reader that never names itself (site null).  Back / text size / save controls, the
  outlet as a chip, `By <NAMES>` in capitals or `<names>, <outlet>`, dates like `Friday 22 December 2023, 10:05
  GMT` or `6h ago`, an `Additional reporting by ...` line at the end (not an author), an "In this story" list,
  one or two next stories carried in full below "Up next", and a "Picked for you" title + teaser list.

Main articles are NAEB articles the shared aggregator set does not use as main articles (54 of them: with 11
pages a layout one seed uses one of them twice, in two layouts); related and carried articles are any other NAEB
articles.  Output per seed: OUT/seed-K/{text/<page_id>.txt, truth.json, labels.json}, in the shared set's
formats (its README and shared/eval/check_aggregator.py define every label).

    python train/aggregator_holdout7.py --out OUT --seeds 1 2 3 [--per-layout 11]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from aggregator_pages import DAYS, MONTHS, SHARED, PageLines, read_naeb, used_main_ids, write_set

NAEB = SHARED / "corpus" / "naeb"
SHARED_LABELS = SHARED / "corpus" / "aggregator" / "labels.json"
CARRIED_MAX_CHARS = 6000  # carried stories are whole articles: keep them to ordinary lengths
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
GLUE_ENDS = tuple('.!?"”’)')

OUTLETS = (
    "Harrow Point Herald",
    "The Fenwick Bulletin",
    "Quarry Hill Post",
    "Saltmarsh Daily",
    "Cedar Ridge Observer",
    "Brightwater Wire",
    "Kestrel Bay News",
    "The Tamsin Courier",
    "Ironvale Times",
    "Meadowlark Report",
    "Westerly Signal",
    "North Fork Record",
    "Copperline Journal",
    "The Aldmoor Press",
)
PEOPLE = (
    "Ines Palomar",
    "Teodor Quist",
    "Maren Oyelaran",
    "Callum Brightwell",
    "Priya Ventakesh",
    "Rosalind Achebe",
    "Joaquin Ferreira-Lund",
    "Hattie Marchbanks",
    "Oskar Delacroix",
    "Wen Liyao",
    "Delphine Okafor",
    "Bartholomew Cray",
    "Sunniva Holt",
    "Ezekiel Marsh",
    "Leontyne Abara",
    "Fitzroy Adeyemi",
)
HANDLES = ("harborgull", "m.k.tanner", "OldMillRoad", "quietreader42", "dunesider", "pinecone_pat", "J. Ostrowski")
COMMENTS = (
    "Thanks for covering this, nobody else did.",
    "Would love a follow-up on what happens next.",
    "The headline oversells it a bit, but good read.",
    "Shared this with my neighbours.",
    "I remember when this was first proposed years ago.",
    "Not sure I agree with the conclusion here.",
)


# ------------------------------------------------------------------ stories ----


@dataclass(frozen=True)
class Story:
    nid: str
    title: str
    authors: tuple[str, ...]
    paras: tuple[str, ...]
    day: date
    url: str

    def first_sentence(self) -> str:
        return SENTENCE_END.split(self.paras[0].strip(), maxsplit=1)[0]

    def teaser(self, limit: int) -> str:
        """The first paragraph cut at a word before `limit` characters, with an ellipsis."""
        text = " ".join(self.paras[0].split())
        if len(text) <= limit:
            return text
        return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class Library:
    def __init__(self, naeb_dir: Path) -> None:
        meta, truth = read_naeb(naeb_dir)
        self.stories: dict[str, Story] = {}
        for nid in sorted(meta):
            m, body = meta[nid], truth[nid]["body"]
            paras = tuple(p for p in body.split("\n\n") if p.strip())
            if not paras:
                continue
            self.stories[nid] = Story(
                nid, m["title"].strip(), tuple(m.get("authors") or ()), paras, date.fromisoformat(m["date"]), m["url"]
            )
        self.body = {nid: truth[nid]["body"] for nid in self.stories}


# -------------------------------------------------------------------- dates ----


def clock12(h: int, m: int, *, dotted: bool) -> str:
    half = ("a.m." if h < 12 else "p.m.") if dotted else ("AM" if h < 12 else "PM")
    return f"{(h % 12) or 12}:{m:02d} {half}"


def us_date(d: date) -> str:
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def ap_date(d: date) -> str:
    month = MONTHS[d.month - 1]
    short = month if len(month) <= 5 else month[:4] if month == "September" else month[:3]
    return f"{short}{'' if short == month else '.'} {d.day}, {d.year}"


def day_first(d: date, *, long: bool) -> str:
    month = MONTHS[d.month - 1]
    return f"{d.day} {month if long else month[:3]} {d.year}"


# -------------------------------------------------------------------- pages ----


@dataclass(kw_only=True)
class Page(PageLines):
    template: str
    story: Story
    authors: list[str]
    date_label: str | None
    site: str | None

    def junk(self, *lines: str) -> None:
        self.add_furniture(lines, label_blank=False)

    def link(self, title: str) -> None:
        self.lines.append(title)
        self.related.append(title)

    def tease(self, text: str) -> None:
        self.lines.append(text)
        self.teasers.append(text)

    def page_labels(self) -> dict[str, Any]:
        return self.labels(
            template=self.template,
            naeb=self.story.nid,
            url=self.story.url,
            title=self.story.title,
            authors=self.authors,
            date=self.date_label,
            site=self.site,
        )


class Maker:
    """One page's draws: the rng, its story, the related stories it may use."""

    def __init__(self, rng: random.Random, lib: Library, main: Story, template: str) -> None:
        self.rng, self.lib, self.main, self.template = rng, lib, main, template
        self.used = {main.nid}
        self.main_text = lib.body[main.nid].casefold()
        # "advertisement" is long enough to count as a leak inside a body that uses the word
        self.ad = "Ad" if "advertisement" in self.main_text else "Advertisement"

    def names(self) -> list[str]:
        names = list(self.main.authors)
        if names and len(names) == 1 and self.rng.random() < 0.12:
            names.append(self.rng.choice([p for p in PEOPLE if p not in names]))
        return names

    def others(self, n: int, *, carried: bool = False) -> list[Story]:
        """`n` stories not yet on the page whose titles the main text does not quote."""
        pool = [
            s
            for s in self.lib.stories.values()
            if s.nid not in self.used
            and s.title.casefold() not in self.main_text
            and (not carried or len(self.lib.body[s.nid]) <= CARRIED_MAX_CHARS)
        ]
        picked = self.rng.sample(pool, min(n, len(pool)))
        self.used.update(s.nid for s in picked)
        return picked

    def outlet(self, *avoid: str) -> str:
        return self.rng.choice([o for o in OUTLETS if o not in avoid])

    def minutes_ago(self) -> int:
        return self.rng.choice([self.rng.randint(3, 59), self.rng.randint(60, 23 * 60), self.rng.randint(1440, 4000)])

    def body(
        self,
        page: Page,
        paras: Sequence[str],
        *,
        dense: bool,
        heads: Sequence[str] = (),
        breaks: Sequence[Sequence[str]] = (),
        n_heads: int = 0,
    ) -> None:
        """Paragraphs (a blank line between them unless `dense`), `n_heads` of `heads` glued as run-in
        subheadings to the end of a paragraph, and furniture `breaks` between paragraphs."""
        n = len(paras)
        glue_ok = [
            i
            for i in range(1, n - 1)
            if len(paras[i]) >= 80 and paras[i].rstrip().endswith(GLUE_ENDS) and len(paras[i + 1]) >= 60
        ]
        k = min(n_heads, len(glue_ok) // 2, len(heads))
        glued = dict(zip(sorted(self.rng.sample(glue_ok, k)), self.rng.sample(list(heads), k), strict=True))
        slots = list(range(1, n))
        at = dict(zip(sorted(self.rng.sample(slots, min(len(breaks), len(slots)))), breaks, strict=False))
        for i, p in enumerate(paras):
            if i in at:
                if not dense:
                    page.blank()
                page.junk(*at[i])
                if not dense:
                    page.blank()
            if i in glued:
                page.text(f"{p.rstrip()} {glued[i]}")
                page.subheadings.append(glued[i])
            else:
                page.text(p)
            if not dense:
                page.blank()

    def carried(self, page: Page, story: Story) -> None:
        page.embedded.append({"title": story.title, "first_sentence": story.first_sentence(), "naeb": story.nid})


def new_page(mk: Maker, *, date_label: date | None, site: str | None, authors: list[str]) -> Page:
    return Page(
        template=mk.template,
        story=mk.main,
        authors=authors,
        date_label=date_label.isoformat() if date_label else None,
        site=site,
    )


def joined(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------- lumenfront ----

LUMEN = "Lumenfront"
LUMEN_NAV = ("Home", "News", "Money", "Weather", "Play", "Shopping", "Watch")
LUMEN_SPONSORED = (
    "Sponsored · Winter boots that actually keep feet dry",
    "Sponsored · Homeowners are switching to this thermostat",
    "Sponsored · The travel card with no foreign fees",
)


def lumen_age(minutes: int) -> str:
    return f"{minutes}m" if minutes < 60 else f"{minutes // 60}h" if minutes < 1440 else f"{minutes // 1440}d"


def lumen_byline(mk: Maker, page: Page, names: list[str], day: date, *, relative: bool) -> None:
    """A story head below the title: byline and date in one of the portal's shapes."""
    rng = mk.rng
    h, m = rng.randint(5, 22), rng.randint(0, 59)
    shape = rng.choice(["story_dot", "by_lines", "bare_follow"]) if names else "none"
    when = lumen_age(mk.minutes_ago()) if relative else f"{us_date(day)}, {clock12(h, m, dotted=False)}"
    if shape == "story_dot":
        page.meta(f"Story by {joined(names)} • {when}")
    elif shape == "by_lines":
        page.meta(f"By {joined(names)}")
        page.meta(("Updated " if relative else "Published ") + when)
    elif shape == "bare_follow":
        page.meta(joined(names))
        page.junk("Follow")
        page.meta(when if relative else f"{DAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}")
    else:
        page.meta(when)
    if rng.random() < 0.6:
        page.junk(f"{rng.randint(2, 14)} min read")


def lumenfront(mk: Maker) -> tuple[Page, list[Story]]:
    rng, main = mk.rng, mk.main
    relative = rng.random() < 0.35
    names = mk.names()
    page = new_page(mk, date_label=None if relative else main.day, site=LUMEN, authors=names)
    page.junk(LUMEN, "Search Lumenfront or type a web address")
    if rng.random() < 0.7:
        page.junk(f"{rng.choice(['Light rain', 'Sunny', 'Cloudy', 'Fog'])} {rng.randint(-3, 19)}°C")
    page.junk(*rng.sample(LUMEN_NAV, rng.randint(4, 7)), "Sign in")
    if rng.random() < 0.75:
        page.blank()
        page.junk(
            "We value your privacy",
            "Lumenfront and its advertising partners store cookies on your device to show you news and ads that "
            "fit your interests and to count visits. You can change your mind any time in Privacy settings.",
            "Agree and close",
            "Manage options",
        )
    page.blank()
    outlet = mk.outlet()
    page.junk(f"From {outlet}", *(["Verified publisher"] if rng.random() < 0.5 else []))
    page.text(main.title)
    lumen_byline(mk, page, names, main.day, relative=relative)
    page.blank()
    ads = [[mk.ad], [rng.choice(LUMEN_SPONSORED)], [mk.ad]]
    mk.body(
        page,
        main.paras,
        dense=False,
        breaks=ads[: rng.randint(1, 3)],
        heads=LUMEN_HEADS,
        n_heads=rng.choice([0, 0, 1, 2]),
    )
    page.junk(f"Like {rng.randint(3, 900)}", f"Comments {rng.randint(0, 300)}", "Share")
    if rng.random() < 0.6:
        page.junk(f"Go to the full story on {outlet}")
    page.blank()
    page.junk("More for you")
    for s in mk.others(rng.randint(3, 5)):
        page.junk(f"{mk.outlet()} • {lumen_age(mk.minutes_ago())}")
        page.link(s.title)
    carried = mk.others(rng.randint(1, 2), carried=True)
    page.blank()
    page.junk("Keep scrolling for your next story")
    for s in carried:
        page.blank()
        page.junk(f"From {mk.outlet()}")
        page.link(s.title)
        mk.carried(page, s)
        if s.authors:
            page.junk(f"Story by {joined(list(s.authors))} • {lumen_age(mk.minutes_ago())}")
        else:
            page.junk(lumen_age(mk.minutes_ago()))
        page.blank()
        junk = [[mk.ad], ["Recommended video", "0:42"]]  # a carried text using the word is drawn again
        mk.body(page, s.paras, dense=False, breaks=junk[: rng.randint(1, 2)])
        page.junk(f"Like {rng.randint(3, 900)}", f"Comments {rng.randint(0, 300)}", "Share")
    page.blank()
    page.junk(
        "© 2024 Lumenfront",
        "Privacy & Cookies",
        "Terms of use",
        "Accessibility statement",
        "Advertise",
        "Send us feedback",
    )
    return page, carried


LUMEN_HEADS = ("What happened next", "The wider picture", "Where it goes from here", "Numbers to watch")


# ----------------------------------------------------------------- driftpage ----

DRIFT = "Driftpage"
DRIFT_COLLECTIONS = ("Weekend Longreads", "Things I Learned", "Morning Coffee", "Deep Dives", "Saved for Later")
DRIFT_HEADS = (
    "WHERE IT STARTED",
    "WHAT COMES NEXT",
    "THE OTHER SIDE",
    "Counting the cost",
    "A quiet shift",
    "Second thoughts",
    "Under the surface",
    "The sticking point",
)
DRIFT_JUNK = ("▼ Show more", "Promoted · Shop the winter edit", "Continue in the app ›")


def drift_age(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} minutes ago"
    if minutes < 1440:
        return "an hour ago" if minutes < 120 else f"{minutes // 60} hours ago"
    return "yesterday" if minutes < 2880 else f"{minutes // 1440} days ago"


def driftpage(mk: Maker) -> tuple[Page, list[Story]]:
    rng, main = mk.rng, mk.main
    relative = rng.random() < 0.3
    names = mk.names()
    page = new_page(mk, date_label=None if relative else main.day, site=DRIFT, authors=names)
    collection = rng.choice(DRIFT_COLLECTIONS)
    page.junk("driftpage", "For you", "Collections", "Sign up")
    page.blank()
    page.junk(
        "Driftpage works better in the app: follow collections, read offline and get stories picked for you.",
        "Get the app",
        "Continue in browser",
    )
    page.blank()
    curator = rng.choice([p for p in PEOPLE if p not in names])
    page.junk(f"Picked by {curator} for {collection}")
    page.text(main.title)
    outlet = mk.outlet()
    when = drift_age(mk.minutes_ago()) if relative else day_first(main.day, long=rng.random() < 0.5)
    top_byline = bool(names) and rng.random() < 0.5
    if top_byline:
        page.meta(f"by {joined(names)}")
    page.meta(f"{outlet} · {when}" if rng.random() < 0.5 else when)
    if rng.random() < 0.5:
        page.junk(f"Cover photo: {rng.choice(PEOPLE)} / {outlet}")
    if rng.random() < 0.4:
        page.text(main.title)  # the cover card's caption repeats the title
    page.blank()
    mk.body(page, main.paras, dense=True, heads=DRIFT_HEADS, n_heads=rng.randint(1, 3))
    if names and not top_byline:
        page.meta(f"Story: {joined(names)}")
    page.blank()
    page.junk(f"{rng.randint(2, 99)}{rng.choice(['', '.4K', '.9K'])} hearts", "Heart", "Reply", "Reshare")
    page.blank()
    page.junk(f"Because you picked {collection}")
    carried = mk.others(rng.randint(1, 2), carried=True)
    for s in carried:
        page.blank()
        page.link(s.title)
        mk.carried(page, s)
        page.junk(f"{mk.outlet()} · {drift_age(mk.minutes_ago())}")
        parts = [" ".join(p.split()) for p in s.paras]
        inline = rng.sample(DRIFT_JUNK, min(len(parts) - 1, rng.randint(1, 2)))
        spots = sorted(rng.sample(range(1, len(parts)), len(inline))) if len(parts) > 1 else []
        for spot, j in zip(reversed(spots), inline, strict=True):
            parts.insert(spot, j)
            page.furniture.append(j)
        page.text(" ".join(parts))
        page.junk(f"{rng.randint(1, 400)} hearts · {rng.randint(0, 60)} replies")
    page.blank()
    page.junk(f"Next in {collection}")
    for s in mk.others(rng.randint(2, 4)):
        page.blank()
        page.link(s.title)
        page.tease(s.teaser(rng.randint(110, 160)))
    page.blank()
    page.junk("About", "Jobs", "Help", "Community rules", "Privacy", "© 2024 Driftpage Ltd")
    return page, carried


# ----------------------------------------------------------------- crossread ----

CROSS = "Crossread"
CROSS_TAGS = ("#Technology", "#Business", "#World", "#Science", "#Health", "#Culture", "#Sport", "#Politics")
CROSS_LEANS = ("Leans left", "Left", "Centre", "Leans right", "Right")


def cross_age(minutes: int) -> str:
    return f"{max(1, minutes // 60)} hr ago" if minutes < 1440 else f"{minutes // 1440} days ago"


def crossread(mk: Maker) -> tuple[Page, list[Story]]:
    rng, main = mk.rng, mk.main
    relative = rng.random() < 0.3
    names = mk.names()
    page = new_page(mk, date_label=None if relative else main.day, site=CROSS, authors=names)
    page.junk("crossread", "every story, every side", "Headlines", "Compare", "Sources", "My digest", "Sign in")
    page.blank()
    page.junk(*rng.sample(CROSS_TAGS, rng.randint(2, 4)))
    cut = main.title[: rng.randint(24, 36)].rstrip()
    if len(cut) < len(main.title):
        page.junk(f"Home › {rng.choice(['Top stories', 'Latest', 'Trending'])} › {cut}…")
    page.text(main.title)
    count = rng.randint(6, 140)
    left, right = rng.randint(5, 45), rng.randint(5, 45)
    split = [f"{count} outlets reporting", f"L {left}% · C {100 - left - right}% · R {right}%"]
    split_on_top = rng.random() < 0.6
    if split_on_top:
        page.junk(*split)
    outlet = mk.outlet()
    if relative:
        page.meta(f"First seen {mk.minutes_ago() // 60 + 1} hours ago")
    else:
        h, m = rng.randint(0, 23), rng.randint(0, 59)
        page.meta(f"First published: {day_first(main.day, long=False)}, {h:02d}:{m:02d} (UTC)")
        if rng.random() < 0.6:
            gap = rng.randint(1, 40)  # hours after the first publication
            later, hour = main.day + timedelta(days=(h + gap) // 24), (h + gap) % 24
            page.meta(f"Last updated: {day_first(later, long=False)}, {hour:02d}:{rng.randint(0, 59):02d} (UTC)")
    if names:
        page.meta(f"Reporter: {joined(names)}" if rng.random() < 0.5 else f"Written by {joined(names)} for {outlet}")
    page.blank()
    if rng.random() < 0.7:
        page.junk(
            "Key points",
            f"• {count} outlets have covered this story so far.",
            "• Coverage is spread across the political spectrum.",
            "These key points were written automatically and may contain mistakes.",
        )
        page.blank()
    mk.body(page, main.paras, dense=False, breaks=[["Sponsored"]] if rng.random() < 0.5 else [])
    page.junk("Copy link", "Share", "Report an issue")
    page.blank()
    if not split_on_top:
        page.junk("Coverage split", *split)
        page.blank()
    page.junk("Compare the coverage")
    for s in mk.others(rng.randint(2, 4)):
        page.blank()
        page.link(s.title)
        page.junk(f"{mk.outlet()} ({rng.choice(CROSS_LEANS)}) — {cross_age(mk.minutes_ago())}")
    page.blank()
    page.junk("Follow this storyline")
    for s in mk.others(rng.randint(1, 3)):
        page.link(s.title)
    page.blank()
    page.junk(
        "Crossread Plus members see the full source breakdown.",
        "Try Crossread Plus",
        "Methodology",
        "© 2024 Crossread Labs",
    )
    return page, []


# ---------------------------------------------------------------- porchlight ----

PORCH = "Porchlight"
TOWNS = ("Harbor City, ME", "Millbrook, OH", "Red Fern, OR", "Lakeview, MN", "Stonebridge, VA")
PORCH_HEADS = ("What residents said", "Next steps", "Money matters", "A long road", "Why it matters here")
PORCH_SECTIONS = ("Local", "Schools", "Business", "Public safety", "Things to do", "Nation & world")


def porch_age(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} minutes ago"
    if minutes < 1440:
        return "1 hour ago" if minutes < 120 else f"{minutes // 60} hours ago"
    return "1 day ago" if minutes < 2880 else f"{minutes // 1440} days ago"


def porchlight(mk: Maker) -> tuple[Page, list[Story]]:
    rng, main = mk.rng, mk.main
    relative = rng.random() < 0.3
    names = mk.names()
    page = new_page(mk, date_label=None if relative else main.day, site=PORCH, authors=names)
    town = rng.choice(TOWNS)
    place = town.split(",")[0]
    page.junk(
        "Porchlight", town, f"Today {rng.randint(18, 70)}°F, {rng.choice(['clear', 'windy', 'showers'])}", "Sign in"
    )
    if rng.random() < 0.7:
        page.junk("This app uses cookies for local news and ads.", rng.choice(["OK", "Fine by me"]), "Manage")
    page.blank()
    page.junk(f"{rng.choice(PORCH_SECTIONS)} · {place}")
    page.text(main.title)
    if names:
        shape = rng.choice(["reported", "role", "bare"])
        if shape == "reported":
            page.meta(f"Reported by {joined(names)}")
        elif shape == "role":
            for n in names:
                page.meta(f"{n} | {rng.choice(['Staff writer', 'Community contributor', 'Reporter'])}")
        else:
            page.meta(joined(names))
    if relative:
        page.meta(f"Posted {porch_age(mk.minutes_ago())}")
    else:
        h, m = rng.randint(6, 22), rng.randint(0, 59)
        shown = (
            f"{main.day.month}/{main.day.day}/{main.day.year}"
            if main.day.day > 12 and rng.random() < 0.5
            else ap_date(main.day)
        )
        page.meta(f"{shown} {clock12(h, m, dotted=True)}")
        if rng.random() < 0.5:
            page.meta(f"Updated {ap_date(main.day + timedelta(days=rng.randint(0, 1)))}")
    page.blank()
    boxes = [
        [mk.ad.upper()],
        [
            f"Get the {place} morning briefing",
            "Local headlines in your inbox before 7 a.m.",
            "Enter your email",
            "Sign up",
        ],
        [mk.ad.upper()],
    ]
    mk.body(
        page,
        main.paras,
        dense=False,
        breaks=boxes[: rng.randint(1, 3)],
        heads=PORCH_HEADS,
        n_heads=rng.choice([0, 1, 2]),
    )
    n_comments = rng.randint(2, 40)
    page.junk(f"Join the conversation ({n_comments})", "Write a comment…")
    for _ in range(rng.randint(1, 2)):
        page.junk(
            rng.choice(HANDLES),
            rng.choice(COMMENTS),
            f"{porch_age(rng.randint(50, 8000))} · {rng.randint(0, 30)} ♥ · Reply",
        )
    page.blank()
    page.junk(f"Around {place}")
    for s in mk.others(rng.randint(2, 4)):
        page.link(s.title)
        page.junk(f"{porch_age(mk.minutes_ago())} · {rng.randint(0, 80)} comments")
    if rng.random() < 0.6:
        page.blank()
        page.junk("Most read")
        for i, s in enumerate(mk.others(3), 1):
            page.junk(str(i))
            page.link(s.title)
    page.blank()
    page.junk("Porchlight © 2024", "Contact the newsroom", "Submit a news tip", "Privacy choices", "Terms")
    return page, []


# --------------------------------------------------------------------- reader ----

READER_EXTRA = ("Additional reporting by {}", "Additional reporting by {}; edited by {}")


def reader_age(minutes: int) -> str:
    return (
        f"{minutes}m ago" if minutes < 60 else f"{minutes // 60}h ago" if minutes < 1440 else f"{minutes // 1440}d ago"
    )


def reader(mk: Maker) -> tuple[Page, list[Story]]:
    rng, main = mk.rng, mk.main
    relative = rng.random() < 0.3
    names = mk.names()
    page = new_page(mk, date_label=None if relative else main.day, site=None, authors=names)
    page.junk("‹ Back", "Aa", "Save", "Share")
    page.blank()
    outlet = mk.outlet()
    page.junk(outlet)
    page.text(main.title)
    if names:
        shape = rng.choice(["caps", "comma"])
        page.meta(f"By {joined(names).upper()}" if shape == "caps" else f"{joined(names)}, {outlet}")
    if relative:
        page.meta(reader_age(mk.minutes_ago()))
    else:
        h, m = rng.randint(0, 23), rng.randint(0, 59)
        d = main.day
        page.meta(
            f"{DAYS[d.weekday()]} {day_first(d, long=True)}, {h:02d}:{m:02d} GMT"
            if rng.random() < 0.5
            else f"{day_first(d, long=False)} — {h:02d}:{m:02d}"
        )
    page.blank()
    mk.body(
        page,
        main.paras,
        dense=rng.random() < 0.5,
        breaks=[["Sponsored content"]] if rng.random() < 0.4 else [],
        heads=READER_HEADS,
        n_heads=rng.choice([0, 1, 2]),
    )
    if rng.random() < 0.6:
        helpers = rng.sample([p for p in PEOPLE if p not in names], 2)
        page.meta(rng.choice(READER_EXTRA).format(*helpers))
    page.blank()
    page.junk("In this story")
    for s in mk.others(rng.randint(2, 4)):
        page.link(s.title)
        page.junk(f"{mk.outlet(outlet)} · {reader_age(mk.minutes_ago())}")
    carried = mk.others(rng.randint(1, 2), carried=True)
    for s in carried:
        page.blank()
        page.junk("Up next")
        page.junk(mk.outlet(outlet))
        page.link(s.title)
        mk.carried(page, s)
        page.junk(reader_age(mk.minutes_ago()))
        page.blank()
        mk.body(page, s.paras, dense=False, breaks=[["Sponsored content"]])
    page.blank()
    page.junk("Picked for you")
    for s in mk.others(rng.randint(1, 3)):
        page.link(s.title)
        page.tease(s.teaser(rng.randint(100, 150)))
    page.blank()
    page.junk("Report a problem", "Privacy", "Terms")
    return page, carried


READER_HEADS = ("The backstory", "What they said", "On the ground", "Reading the signs")

LAYOUTS: dict[str, Callable[[Maker], tuple[Page, list[Story]]]] = {
    "lumenfront": lumenfront,
    "driftpage": driftpage,
    "crossread": crossread,
    "porchlight": porchlight,
    "reader": reader,
}


# ---------------------------------------------------------------------- sets ----


def leaks(page: Page, lib: Library, carried: list[Story]) -> list[str]:
    """Furniture a body would legitimately hold (whole line, or longer than 12 characters inside the text): a
    label that would count a right answer as a leak."""
    texts = [lib.body[page.story.nid]] + [lib.body[s.nid] for s in carried]
    lines = {x.strip().casefold() for t in texts for x in t.splitlines()}
    joined_text = " ".join(" ".join(t.split()) for t in texts).casefold()
    return [
        f
        for f in page.furniture
        if f.strip().casefold() in lines or (len(f.strip()) > 12 and f.casefold() in joined_text)
    ]


def build_seed(lib: Library, seed: int, per_layout: int) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    rng = random.Random(seed)
    used = used_main_ids(SHARED_LABELS)
    free = sorted(nid for nid in lib.stories if nid not in used)
    rng.shuffle(free)
    texts: dict[str, str] = {}
    truth: dict[str, Any] = {}
    labels: dict[str, Any] = {}
    k = 0
    for template, layout in LAYOUTS.items():
        for i in range(per_layout):
            main = lib.stories[free[k % len(free)]]
            k += 1
            for _ in range(20):  # a page whose furniture a body also holds is drawn again
                page, carried = layout(Maker(rng, lib, main, template))
                bad = leaks(page, lib, carried)
                if not bad:
                    break
            else:
                raise ValueError(f"seed {seed} {template} {main.nid}: furniture also in a body: {bad}")
            pid = hashlib.sha1(f"h7/{seed}/{template}/{i}/{main.nid}".encode()).hexdigest()[:16]
            texts[pid] = page.dump()
            truth[pid] = {"url": main.url, "body": "\n\n".join(main.paras)}
            labels[pid] = page.page_labels()
    return texts, truth, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, required=True, help="output folder (OUT/seed-K/...)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=11)
    ap.add_argument("--naeb", type=Path, default=NAEB, help="the NAEB corpus folder")
    args = ap.parse_args(argv)
    lib = Library(args.naeb)
    for seed in args.seeds:
        texts, truth, labels = build_seed(lib, seed, args.per_layout)
        write_set(args.out / f"seed-{seed}", texts, truth, labels)
        print(f"seed {seed}: {len(texts)} pages -> {args.out / f'seed-{seed}'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

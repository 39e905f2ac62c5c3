"""The search bench's articles: bench_site's synthetic site, plus planted facts a reader would search for.

bench_site.py writes N articles of Zipf-distributed made-up words. Its words never carry accents and
its rarest word still occurs in dozens of articles at 10,000, so on top of them, in a few articles
chosen by a fixed seed, we plant what issue 13 asks search to find:

- an accented, hyphenated author name ("Gérard Rodríguez-Müller"), unique to the article;
- a made-up rare word ("quixvab"), unique to the article;
- an English verb in its past tense ("walked"), unique to the article, searched as "walking".

`load_records` reads every article back as a `Record`, the ground truth the queries are made from.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from converter.frontmatter import dump_document, parse_document

FIRST_NAMES = [
    "Gérard",
    "Émile",
    "Zoë",
    "José",
    "François",
    "Hélène",
    "Agnès",
    "Raúl",
    "Inés",
    "Céline",
    "Jürgen",
    "Renée",
    "Andrés",
    "Noémie",
    "Joël",
]
SURNAMES = [
    "Rodríguez",
    "Núñez",
    "Müller",
    "Lefèvre",
    "Dvořák",
    "Čapek",
    "Gómez",
    "Brontë",
    "Ibáñez",
    "Göring",
    "Peña",
    "Chávez",
    "Ångström",
    "Kühn",
    "Désiré",
]
# Regular verbs whose "-ed" and "-ing" forms share an English Snowball stem, and which no made-up word equals.
VERBS = [
    "walk",
    "talk",
    "connect",
    "report",
    "protest",
    "invest",
    "collect",
    "predict",
    "protect",
    "select",
    "suggest",
    "attract",
    "insist",
    "resist",
    "consult",
    "adopt",
    "exploit",
    "expect",
    "inspect",
    "instruct",
    "construct",
    "convert",
    "distort",
    "export",
    "import",
    "interrupt",
    "obstruct",
    "perform",
    "reform",
    "transform",
    "deliver",
    "discover",
    "consider",
    "remember",
    "render",
    "wander",
    "whisper",
    "gather",
    "bother",
    "master",
    "request",
    "respect",
    "reject",
    "project",
    "conduct",
    "correct",
    "defend",
    "demand",
    "depart",
    "detect",
]
_WORD = re.compile(r"[^\W_]+")
ARTICLE = re.compile(r"article-(\d+)\.md$")


def fold(text: str) -> str:
    """Lower case without accents: what a reader who types no accents means."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """Folded words of `text`: the ground truth's notion of a word."""
    return _WORD.findall(fold(text))


@dataclass(frozen=True)
class Record:
    """What a reader could know about one article."""

    location: str  # site-relative URL, as both engines report it: "articles/article-00012/"
    title: str
    authors: tuple[str, ...]
    source: str
    date: str  # ISO date, "" when the article has none
    tags: tuple[str, ...]
    body: str  # Markdown, which for these articles is plain paragraphs and one "## " heading

    @property
    def year(self) -> str:
        return self.date[:4]

    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p and not p.startswith("#")]


@dataclass(frozen=True)
class Plant:
    """Facts planted in one article."""

    author: str
    rare: str
    verb: str


def rare_word(i: int, rng: random.Random) -> str:
    """A made-up word no bench_site word can equal: bench_site's syllables never hold an x, and `i` makes it unique."""
    letters = "bcdfgklmnprstvz"
    stem = "".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(2))
    return f"{stem}x{_base(i, letters)}"


def _base(i: int, letters: str) -> str:
    out = letters[i % len(letters)]
    while i >= len(letters):
        i //= len(letters)
        out += letters[i % len(letters)]
    return out


def plant(docs: Path, count: int, seed: int = 13) -> dict[str, Plant]:
    """Plant facts in `count` articles chosen with `seed`; return them by article location."""
    files = sorted((docs / "articles").glob("article-*.md"))
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(len(files)), min(count, len(files), len(VERBS))))
    pairs = [(a, b) for a in SURNAMES for b in SURNAMES if a != b]
    rng.shuffle(pairs)
    planted: dict[str, Plant] = {}
    for k, i in enumerate(chosen):
        path = files[i]
        meta, body = parse_document(path.read_text("utf-8"))
        assert meta is not None, path
        first = FIRST_NAMES[k % len(FIRST_NAMES)]
        surname = "-".join(pairs[k])
        facts = Plant(author=f"{first} {surname}", rare=rare_word(k, rng), verb=VERBS[k])
        meta["authors"] = [facts.author, *meta["authors"]]
        paragraphs = body.split("\n\n")
        # Mid-paragraph, where neither engine's title or heading weight reaches them.
        for n, extra in ((2, facts.rare), (3, facts.verb + "ed")):
            spot = paragraphs[n].split()
            spot.insert(len(spot) // 2, extra)
            paragraphs[n] = " ".join(spot)
        path.write_text(dump_document(meta, "\n\n".join(paragraphs)), "utf-8")
        planted[location(path)] = facts
    return planted


def location(path: Path) -> str:
    return f"articles/{path.stem}/"


def load_records(docs: Path) -> list[Record]:
    """Every article under docs/articles, in file order."""
    records = []
    for path in sorted((docs / "articles").glob("article-*.md")):
        meta, body = parse_document(path.read_text("utf-8"))
        assert meta is not None, path
        date = meta.get("date")
        iso = date.isoformat() if isinstance(date, dt.date) else str(date or "")
        records.append(
            Record(
                location=location(path),
                title=str(meta["title"]),
                authors=tuple(meta["authors"]),
                source=str((meta.get("source") or {}).get("name") or ""),
                date=iso,
                tags=tuple(meta.get("tags") or ()),
                body=body,
            )
        )
    return records

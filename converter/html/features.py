"""Named features of one main-content candidate: how it reads, how much of the page it holds, and
how well the other candidates agree with it.

Features are general (no site, no wording); the weights that turn them into a choice are data
(models/html_choice.json), fitted by train/train_html_choice.py. Every function here is pure:
the chooser and the training script compute the same numbers from the same inputs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import cache

from lxml import html as lxml_html

from converter.html.parse import parse_fragment
from converter.html.text import paragraph_words, shingles, solid_chars
from converter.textkey import WORD

_SENTENCE_END = re.compile(r"[.!?。！？]")
_INVISIBLE = ("script", "style", "noscript", "template")


@dataclass(frozen=True)
class PageStats:
    """How much text the whole page holds (after the drop step), measured once per page."""

    paragraph_words: int  # words inside <p>
    visible_chars: int  # characters of visible text, white space not counted
    link_chars: int  # of which inside links

    @classmethod
    def of(cls, root: lxml_html.HtmlElement) -> PageStats:
        body = root.find("body")
        if body is None:
            return cls(paragraph_words(root), 0, 0)
        hidden = sum(solid_chars(el.text_content()) for el in body.iter(*_INVISIBLE))
        linked = sum(solid_chars(a.text_content()) for a in body.iter("a"))
        return cls(paragraph_words(root), max(0, solid_chars(body.text_content()) - hidden), linked)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class Shape:
    """What one candidate fragment looks like, read once from its parsed tree."""

    text: str
    words: int
    chars: int
    link_chars: int
    paragraphs: int
    paragraph_words: int
    list_words: int
    headings: int
    tables: int

    @classmethod
    def of(cls, fragment: str) -> Shape:
        if not fragment.strip():
            return cls("", 0, 0, 0, 0, 0, 0, 0, 0)
        try:
            root = parse_fragment(fragment)
        except Exception:  # noqa: BLE001 - an unparsable fragment offers no text
            return cls("", 0, 0, 0, 0, 0, 0, 0, 0)
        # Blocks joined with a space: "noon</p><p>See" must not read as one word "noonSee".
        text = " ".join(root.itertext())
        return cls(
            text=text,
            words=len(WORD.findall(text)),
            chars=solid_chars(text),
            link_chars=sum(solid_chars(a.text_content()) for a in root.iter("a")),
            paragraphs=sum(1 for _ in root.iter("p")),
            paragraph_words=paragraph_words(root),
            list_words=sum(len(WORD.findall(li.text_content())) for li in root.iter("li")),
            headings=sum(1 for _ in root.iter("h1", "h2", "h3", "h4", "h5", "h6")),
            tables=sum(1 for _ in root.iter("table")),
        )


@cache
def _stopwords() -> frozenset[str]:
    """Function words of the languages the pages come in (language, not layout: jusText's lists)."""
    try:
        import justext
    except ImportError:
        return frozenset()
    words: set[str] = set()
    for language in ("English", "German", "French", "Spanish", "Portuguese", "Italian", "Russian", "Indonesian"):
        words |= {w.lower() for w in justext.get_stoplist(language)}
    return frozenset(words)


def _overlap_f1(mine: Counter[tuple[str, ...]], theirs: Counter[tuple[str, ...]]) -> float:
    a, b = sum(mine.values()), sum(theirs.values())
    if not a or not b:
        return 0.0
    tp = sum((mine & theirs).values())
    return 2 * tp / (a + b)


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def reading_features(shape: Shape, page: PageStats) -> dict[str, float]:
    """Features of one candidate on its own: length, build, prose-likeness, share of the page."""
    tokens = [w.lower() for w in WORD.findall(shape.text)]
    stop = _stopwords()
    return {
        "empty": float(shape.words == 0),
        "log_words": math.log1p(shape.words),
        "log_paragraphs": math.log1p(shape.paragraphs),
        "words_per_paragraph": math.log1p(_ratio(shape.paragraph_words, shape.paragraphs)),
        "paragraph_share": _ratio(shape.paragraph_words, shape.words),
        "list_share": _ratio(shape.list_words, shape.words),
        "link_density": _ratio(shape.link_chars, shape.chars),
        "stopword_density": _ratio(sum(t in stop for t in tokens), len(tokens)),
        "short_word_share": _ratio(sum(len(t) <= 3 for t in tokens), len(tokens)),
        "sentence_ends_per_word": _ratio(len(_SENTENCE_END.findall(shape.text)), shape.words),
        "headings_per_paragraph": _ratio(shape.headings, shape.paragraphs + 1),
        "has_table": float(shape.tables > 0),
        "page_paragraph_share": min(2.0, _ratio(shape.paragraph_words, page.paragraph_words)),
        "page_visible_share": min(2.0, _ratio(shape.chars, page.visible_chars)),
        "page_link_density": _ratio(page.link_chars, page.visible_chars),
        "page_log_paragraph_words": math.log1p(page.paragraph_words),
    }


def _inside(mine: Counter[tuple[str, ...]], theirs: Counter[tuple[str, ...]]) -> float:
    """Share of `mine` found in `theirs` (1 for an empty `mine`: nothing of it is outside)."""
    total = sum(mine.values())
    return sum((mine & theirs).values()) / total if total else 1.0


def agreement_features(
    name: str, shingles: dict[str, Counter[tuple[str, ...]]], words: dict[str, int]
) -> dict[str, float]:
    """How the other candidates agree with `name`: shingle overlap, and its length among theirs."""
    mine = shingles[name]
    others = [other for other in shingles if other != name]
    overlaps = [_overlap_f1(mine, shingles[other]) for other in others]
    total = sum(mine.values())
    # A shingle most candidates found is likely article text; one only this candidate has, likely not.
    support = Counter[tuple[str, ...]]()
    for other in others:
        support.update(set(shingles[other]))
    majority = (len(others) + 1) / 2
    backed = sum(count for shingle, count in mine.items() if support[shingle] >= majority)
    longest = max(words.values(), default=0)
    ordered = sorted(words.values())
    median = ordered[len(ordered) // 2] if ordered else 0
    # Against the first candidate (the default) and the last (the other extractor family): a candidate
    # inside the default is a trimmed version of it, one holding all of it an extended one.
    first, last = next(iter(shingles)), list(shingles)[-1]
    return {
        "inside_first": _inside(mine, shingles[first]),
        "holds_first": _inside(shingles[first], mine),
        "inside_last": _inside(mine, shingles[last]),
        "holds_last": _inside(shingles[last], mine),
        "log_ratio_first": math.log((words[name] + 1) / (words[first] + 1)),
        "log_ratio_last": math.log((words[name] + 1) / (words[last] + 1)),
        "agree_mean": sum(overlaps) / len(overlaps) if overlaps else 0.0,
        "agree_max": max(overlaps, default=0.0),
        "agree_min": min(overlaps, default=0.0),
        "backed_share": _ratio(backed, total),
        "length_vs_longest": _ratio(words[name], longest),
        "length_vs_median": min(5.0, _ratio(words[name], median)),
    }


def candidate_features(shapes: dict[str, Shape], page: PageStats) -> dict[str, dict[str, float]]:
    """Every candidate's named features, the candidate's own name among them (one-hot)."""
    runs = {name: shingles(shape.text) for name, shape in shapes.items()}
    words = {name: shape.words for name, shape in shapes.items()}
    features: dict[str, dict[str, float]] = {}
    for name, shape in shapes.items():
        row = reading_features(shape, page)
        row |= agreement_features(name, runs, words)
        features[name] = row
    return features

"""The learned text-dump decisions, as the trainer sees them: examples, labels, and page-level checks."""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache, lru_cache
from types import ModuleType

import textdump_hand_rules as hand_rules
from textdump_data import SHARED, Page, page_by_id, score_meta

from converter.article import Extraction
from converter.errors import NoArticle
from converter.textdump import bodyline, byline, listing, metadata, runs, title, walls
from converter.textdump import related as related_headers
from converter.textdump.extract import Located, carried_judgements, extract_text, locate
from converter.textdump.lines import Line
from converter.textdump.model import LinearModel, model, override


@cache
def _located(pid: str) -> Located | None:
    page = page_by_id(pid)
    try:
        return locate(page.text, page.pid, repeated=page.repeated)
    except NoArticle:
        return None


def _extract(page: Page) -> Extraction | None:
    """The page's extraction with the models in place now (None: no article). Memoised on those models:
    a page is measured several times with the same ones (a decision's figure and its extras)."""
    return _extract_with(page.pid, tuple(model(decision.name) for decision in DECISIONS.values()))


@lru_cache(maxsize=1024)
def _extract_with(pid: str, models: tuple[LinearModel, ...]) -> Extraction | None:
    page = page_by_id(pid)
    try:
        return extract_text(page.text, page.pid, repeated=page.repeated)
    except NoArticle:
        return None


def _same_title(text: str, wanted: str) -> bool:
    return bool(score_meta().norm_title(text) == wanted)


class Decision:
    name = ""
    description = ""
    feature_names: tuple[str, ...] = ()
    regularisation = 1.0
    threshold = 0.0
    ranking = False  # pairwise: the best candidate of each page, whatever its absolute score

    def labelled(self, page: Page) -> bool:
        raise NotImplementedError

    def examples(self, page: Page) -> list[tuple[dict[str, float], int]]:
        raise NotImplementedError

    def correct(self, page: Page) -> float:
        raise NotImplementedError

    def extra(self, page: Page) -> dict[str, float]:
        """Further page measures to print beside the main one (name → value)."""
        return {}

    def keep_all_model(self) -> LinearModel:
        """The model standing for the hand rules when `extra` is measured for them."""
        return _KEEP_ALL

    def baseline(self, page: Page) -> float:
        """The hand-set rule this decision replaces, scored the same way (printed beside the CV)."""
        raise NotImplementedError


class Byline(Decision):
    name = byline.MODEL
    description = "which line near the headline or the body's ends is the byline (textdump/byline.py)"
    feature_names = tuple(byline.feature_names())

    def labelled(self, page: Page) -> bool:
        return page.authors is not None and _located(page.pid) is not None

    def examples(self, page: Page) -> list[tuple[dict[str, float], int]]:
        at = _located(page.pid)
        assert at is not None and page.authors is not None
        lines = at.page.lines
        wanted = score_meta().name_set(page.authors)
        rows = []
        for index in byline.candidates(lines, at.top, at.first, at.last):
            # A byline is a line whose names, read by shape, are mostly the article's authors.
            got = score_meta().name_set(byline.names_of(lines[index].text))
            label = int(bool(got & wanted) and len(got & wanted) * 2 >= len(got))
            rows.append((byline.features(lines, index, at.title, at.first, at.last), label))
        return rows

    def correct(self, page: Page) -> bool:
        at = _located(page.pid)
        assert at is not None and page.authors is not None
        site = at.page.site
        found = byline.find_byline(at.page.lines, at.title, at.top, at.first, at.last, site)
        names = found.names if found else []
        return score_meta().name_set(names) == score_meta().name_set(page.authors)

    def baseline(self, page: Page) -> bool:
        at = _located(page.pid)
        assert at is not None and page.authors is not None
        _, names = hand_rules.find_byline(at.page.lines, at.first, at.last, at.top)
        return score_meta().name_set(names) == score_meta().name_set(page.authors)


class Title(Decision):
    name = title.MODEL
    description = "which line above the body is the headline (textdump/title.py)"
    ranking = True
    threshold = -1e9  # a page has a headline: the best candidate wins
    feature_names = tuple(title.feature_names())

    def labelled(self, page: Page) -> bool:
        return bool(page.title) and _located(page.pid) is not None

    def examples(self, page: Page) -> list[tuple[dict[str, float], int]]:
        at = _located(page.pid)
        assert at is not None
        lines = at.page.lines
        counts = Counter(line.text for line in lines)
        wanted = score_meta().norm_title(page.title)
        return [
            (title.features(lines, index, at.window, counts), int(_same_title(lines[index].text, wanted)))
            for index in title.candidates(lines, at.window, site=at.page.site)
        ]

    def correct(self, page: Page) -> bool:
        at = _located(page.pid)
        assert at is not None
        index = title.find_title(at.page.lines, at.window, site=at.page.site)
        return index is not None and _same_title(at.page.lines[index].text, score_meta().norm_title(page.title))

    def baseline(self, page: Page) -> bool:
        at = _located(page.pid)
        assert at is not None
        index = hand_rules.find_title(at.page.lines, at.window)
        return index is not None and _same_title(at.page.lines[index].text, score_meta().norm_title(page.title))


class BodyLine(Decision):
    name = bodyline.MODEL
    description = "which lines inside the body run belong to the article (textdump/bodyline.py)"
    feature_names = tuple(bodyline.feature_names())
    # Drop a line only when the model is fairly sure: a lost paragraph costs more. (-1.75, not -2.0: with the
    # tail features body F1 rises on naeb and scrapinghub at the same recall; at -1.5 it rose more, but the
    # held-out wceb-train text lost recall, .894 -> .890: a company blog naming itself, a list after the text.)
    threshold = -1.75

    def labelled(self, page: Page) -> bool:
        return bool(page.body) and _located(page.pid) is not None

    def examples(self, page: Page) -> list[tuple[dict[str, float], int]]:
        at = _located(page.pid)
        assert at is not None and page.body
        truth = _shingle_set(page.body)
        joined = " " + " ".join(_score().tokens(page.body)) + " "
        lines = at.page.lines
        site = at.page.site
        rows = []
        for index in _considered(at):
            words = _score().tokens(lines[index].text)
            if len(words) >= 4:
                own = _score().shingles(lines[index].text)
                label = sum(shingle in truth for shingle in own) * 2 >= len(own)
            else:
                label = bool(words) and f" {' '.join(words)} " in joined
            in_folder = lines[index].normalized in page.repeated
            values = bodyline.features(
                lines, index, at.first, at.last, in_folder, page.repeated, site, at.page.furniture
            )
            rows.append((values, int(label)))
        return rows + self._carried_examples(page, site)

    def _carried_examples(self, page: Page, site: str | None) -> list[tuple[dict[str, float], int]]:
        """The lines and glued pieces of carried stories the decision judges too, labelled by the page's
        furniture labels (a piece holding a furniture line, or part of one, is furniture)."""
        if not page.furniture and not page.embedded:
            return []
        furniture = [tokens for item in page.furniture if (tokens := tuple(_score().tokens(item)))]
        rows = []
        for judged in carried_judgements(page.text, page.pid, repeated=page.repeated):
            for index in judged.consider:
                line = judged.lines[index]
                label = _carried_label(tuple(_score().tokens(line.text)), furniture)
                if label is None:
                    continue
                values = bodyline.features(
                    judged.lines,
                    index,
                    judged.first,
                    judged.last,
                    line.normalized in page.repeated,
                    page.repeated,
                    site,
                    judged.furniture,
                )
                rows.append((values, int(label)))
        return rows

    def correct(self, page: Page) -> float:
        return _body_f1(page)

    def extra(self, page: Page) -> dict[str, float]:
        return {"clean": _clean(page)} if page.furniture else {}

    def baseline(self, page: Page) -> float:
        override(self.name, _KEEP_ALL)
        try:
            return _body_f1(page)
        finally:
            override(self.name, None)


def _carried_label(own: tuple[str, ...], furniture: list[tuple[str, ...]]) -> int | None:
    """1: the story's text; 0: a piece at least half made of furniture lines, or most of one;
    None: a paragraph with a little furniture glued inside (its pieces are judged, not it)."""
    if not own:
        return None
    covered = [False] * len(own)
    for item in furniture:
        if len(own) < len(item) and len(own) * 2 >= len(item) and _starts(own, item) is not None:
            return 0
        for start in _starts(item, own) or ():
            covered[start : start + len(item)] = [True] * len(item)
    share = sum(covered) / len(own)
    return 1 if share == 0 else 0 if share >= 0.5 else None


def _starts(short: tuple[str, ...], long: tuple[str, ...]) -> list[int] | None:
    """Where `short` stands inside `long` (None: nowhere)."""
    found = [start for start in range(len(long) - len(short) + 1) if long[start : start + len(short)] == short]
    return found or None


def is_article_run(precision: float, recall: float, f1: float) -> bool:
    """Whether a page's best run (by F1 against the article) is the article, to learn from.

    A run mostly of the article's text, or holding most of it, is the article's even when its F1 is low:
    the run of an article made mostly of lists covers a tenth of it, every other candidate none (a
    footer). Dropping such pages (F1 below 0.3) left the ranking unsure exactly where runs are short.
    """
    return f1 >= 0.3 or max(precision, recall) >= 0.5


class RunChoice(Decision):
    name = runs.MODEL
    description = "which run of prose between list headings is the article (textdump/runs.py)"
    feature_names = tuple(runs.feature_names())
    ranking = True
    threshold = -1e9  # a page's article is one of its runs

    def labelled(self, page: Page) -> bool:
        return bool(page.body) and _located(page.pid) is not None

    def examples(self, page: Page) -> list[tuple[dict[str, float], int]]:
        at = _located(page.pid)
        assert at is not None and page.body
        lines = at.page.lines
        found = runs.candidate_runs(at.page.scores_before(at.cut), lines, at.page.walls, at.cut)
        if len(found) <= 1:
            return []
        measures = [
            _score().prf(" ".join(line.text for line in lines[run.first : run.last + 1]), page.body) for run in found
        ]
        best = max(range(len(found)), key=lambda position: measures[position][2])
        good = is_article_run(*measures[best])
        counts = Counter(line.text for line in lines)
        return [
            (runs.features(lines, found, position, counts, at.page.site), int(good and position == best))
            for position in range(len(found))
        ]

    def correct(self, page: Page) -> float:
        return _body_f1(page)

    def baseline(self, page: Page) -> float:
        override(self.name, _BEST_SCORE)
        try:
            return _body_f1(page)
        finally:
            override(self.name, None)


class Listing(Decision):
    name = listing.MODEL
    description = "which lines after the body are titles of other articles (textdump/listing.py)"
    threshold = 2.0  # accept an entry only when fairly sure: a junk link costs the reader more than a missed one
    feature_names = tuple(listing.feature_names())

    def labelled(self, page: Page) -> bool:
        return page.related is not None and _located(page.pid) is not None

    def examples(self, page: Page) -> list[tuple[dict[str, float], int]]:
        at = _located(page.pid)
        assert at is not None and page.related is not None
        lines = at.page.lines
        counts = Counter(line.text for line in lines)
        return [
            (
                listing.features(lines, index, at.last, counts, lines[index].normalized in page.repeated),
                int(any(_agg().title_match(lines[index].text, wanted) for wanted in page.related)),
            )
            for index in listing.candidates(lines, at.last)
        ]

    def correct(self, page: Page) -> float:
        return self._measures(page)["recall"]

    def extra(self, page: Page) -> dict[str, float]:
        measures = self._measures(page)
        return {key: value for key, value in measures.items() if key != "recall"}

    def baseline(self, page: Page) -> float:
        override(self.name, _NEVER)
        try:
            return self.correct(page)
        finally:
            override(self.name, None)

    def keep_all_model(self) -> LinearModel:
        return _NEVER

    def _measures(self, page: Page) -> dict[str, float]:
        assert page.related is not None
        extraction = _extract(page)
        if extraction is None:
            return {"recall": 0.0, "precision": 0.0}
        predicted = [link.title for link in extraction.article.related]
        hits = sum(any(_agg().title_match(t, p) for p in predicted) for t in page.related)
        good = sum(any(_agg().title_match(t, p) for t in page.related) for p in predicted)
        out = {
            "recall": hits / len(page.related) if page.related else 1.0,
            "precision": good / len(predicted) if predicted else 1.0,
        }
        if page.embedded:
            found = [(article.title, " ".join(article.body.split())) for article in extraction.embedded]
            out["embedded"] = sum(
                any(
                    _agg().title_match(t, title_) or _agg().norm_text(first) in _agg().norm_text(body)
                    for title_, body in found
                )
                for t, first in page.embedded
            ) / len(page.embedded)
        return out


_NEVER = LinearModel("never", (), (), -1e9, 0.0)


class Walls(Listing):
    name = walls.MODEL
    description = "which short lines head a list of other articles (textdump/walls.py)"
    feature_names = tuple(walls.feature_names())
    threshold = 2.0

    def labelled(self, page: Page) -> bool:
        return bool(page.body) and _located(page.pid) is not None

    def examples(self, page: Page) -> list[tuple[dict[str, float], int]]:
        """A heading: a short line with a labelled related title within the three lines below it."""
        at = _located(page.pid)
        assert at is not None
        if page.related is None:
            # No related labels: a short line of the truth body (a subheading) is at least no list heading.
            assert page.body
            lines = at.page.lines
            truth_lines = {score_meta().norm_title(line) for line in page.body.splitlines()}
            return [
                (walls.features(lines, index, lines[index].normalized in page.repeated), 0)
                for index in walls.candidates(lines, set(at.page.walls))
                if score_meta().norm_title(lines[index].text) in truth_lines
            ]
        lines = at.page.lines
        known = {index for index, kind in at.page.walls.items() if kind and _hand_wall(lines[index])}
        rows = []
        for index in walls.candidates(lines, known):
            own = any(_agg().title_match(lines[index].text, wanted) for wanted in page.related)
            heads = any(
                _agg().title_match(other.text, wanted)
                for other in lines[index + 1 : index + 4]
                for wanted in page.related
            )
            label = int(heads and not own and not lines[index].is_marker)
            rows.append((walls.features(lines, index, lines[index].normalized in page.repeated), label))
        return rows

    def correct(self, page: Page) -> float:
        """Body F1 on every page (the headings cut the body), related figures beside it."""
        return _body_f1(page)

    def extra(self, page: Page) -> dict[str, float]:
        return self._measures(page) if page.related is not None else {}


def _hand_wall(line: Line) -> bool:
    return related_headers.header_kind(line) is not None


def _agg() -> ModuleType:
    score_meta()
    import check_aggregator

    return check_aggregator


# The hand rule: the run with the best summed line scores (a tie goes to the earlier run).
_BEST_SCORE = LinearModel("best score", ("total_share",), (1.0,), 0.0, -1e9)
_KEEP_ALL = LinearModel("keep all", (), (), 1e9, 0.0)


def _considered(at: Located) -> list[int]:
    """The run's lines the body-line model decides on, as extract_text picks them (approximately:
    title, byline and date lines are left out by their rules first)."""
    lines = at.page.lines
    skip = {index for index in (at.title,) if index is not None} | at.gaps
    skip.update(index for index in range(at.first, at.last + 1) if metadata.is_date_only(lines[index]))
    return [index for index in range(at.first, at.last + 1) if index not in skip and not at.page.furniture[index]]


@cache
def _shingle_set(body: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_score().shingles(body))


def _score() -> ModuleType:
    score_meta()  # puts shared/eval on the path
    import score

    return score


def _clean(page: Page) -> float:
    """1 when no labelled furniture line is left in the page's main body (as check_aggregator counts a leak)."""
    extraction = _extract(page)
    return 1.0 if extraction is None else _clean_body(extraction.article.body, page.furniture)


@lru_cache(maxsize=4096)
def _clean_body(body: str, furniture: tuple[str, ...]) -> float:
    sys.path.insert(0, str(SHARED / "eval"))
    import check_aggregator

    view = check_aggregator.body_view([body])
    return float(not any(check_aggregator.furniture_hit(item, view) for item in furniture))


def _body_f1(page: Page) -> float:
    assert page.body
    extraction = _extract(page)
    return 0.0 if extraction is None else _f1(extraction.article.body, page.body)


@lru_cache(maxsize=4096)
def _f1(body: str, truth: str) -> float:
    """Body F1 as score.py counts it (memoised: most models of a decision give a page the same body)."""
    return float(_score().prf(_score().markdown_to_text(body), truth)[2])


# In training order, each after the decisions its features or examples depend on: list headings cut the
# page, the run locates the body, the headline is looked for above it, the byline around both; the
# listing finds the carried stories whose lines and pieces the body-line decision judges too.
DECISIONS: dict[str, Decision] = {
    "walls": Walls(),
    "run": RunChoice(),
    "title": Title(),
    "byline": Byline(),
    "listing": Listing(),
    "bodyline": BodyLine(),
}

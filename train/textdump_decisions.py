"""The learned text-dump decisions, as the trainer sees them: examples, labels, and page-level checks."""

from __future__ import annotations

from collections import Counter
from functools import cache

import textdump_hand_rules as hand_rules
from textdump_data import Page, load_pages, score_meta

from converter.errors import NoArticle
from converter.extract_text import Located, locate
from converter.textdump import byline, meta, title


@cache
def _located(pid: str) -> Located | None:
    page = next(page for page in load_pages() if page.pid == pid)
    try:
        return locate(page.text, page.pid, repeated=page.repeated)
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

    def correct(self, page: Page) -> bool:
        raise NotImplementedError

    def baseline(self, page: Page) -> bool:
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
        site = meta.find_site_name(at.page.lines)
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
        return [(title.features(lines, index, at.window, counts), int(_same_title(lines[index].text, wanted)))
                for index in title.candidates(lines, at.window)]

    def correct(self, page: Page) -> bool:
        at = _located(page.pid)
        assert at is not None
        index = title.find_title(at.page.lines, at.window)
        return index is not None and _same_title(at.page.lines[index].text, score_meta().norm_title(page.title))

    def baseline(self, page: Page) -> bool:
        at = _located(page.pid)
        assert at is not None
        index = meta.find_title(at.page.lines, at.window)
        return index is not None and _same_title(at.page.lines[index].text, score_meta().norm_title(page.title))


DECISIONS: dict[str, Decision] = {"byline": Byline(), "title": Title()}

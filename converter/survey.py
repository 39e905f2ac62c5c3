"""Before extraction, each page surveyed once: its cache key, and for text dumps their lines.

Each page is read, decoded and detected here and only here: an HTML page the cache does not hold is
converted right after, in the same worker (pipeline._survey_or_convert); a text dump's text goes to its
extraction with the lines repeated across its folder, once the whole folder is surveyed.

The survey runs in the worker processes with everything else, so the main process only counts
lines across pages: a line that recurs on many pages of one folder (a menu entry, a footer, a
promo) is site furniture whatever its wording, since pages of one site are usually saved side
by side.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from converter.detect import detect_format
from converter.discover import RawPage
from converter.errors import ConverterError, UnreadableInput
from converter.incremental import PageOutcome, page_key
from converter.read import decode

if TYPE_CHECKING:
    from converter.textdump.repeated import NormalizedLines

# The text-dump line tools (converter.textdump.repeated, compiled) load where a dump is first surveyed or its folder
# counted: an unchanged re-run, which imports this module, does neither.

NO_LINES: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Survey:
    rel: str
    key: str | None = None
    # Why the page cannot be read (then there is no key).
    error: str | None = None
    # The normalized lines of a text dump; None for HTML and for pages that do not decode.
    lines: NormalizedLines | None = None
    # Those lines each once, with their shapes (`NormalizedLines.distinct`): made in the worker, so that the
    # main process, which counts every page's, only counts (it was a third of a millisecond a page there).
    distinct: tuple[str, ...] = ()
    # Its short lines' keys beside their neighbours (`textdump.repeated.placed_keys`), counted apart.
    placed: tuple[str, ...] = ()
    # A text dump's decoded text, handed on to its extraction so that it is not read and decoded again.
    text: str | None = None
    # An HTML page the cache did not hold, converted as it was surveyed (pipeline._survey_or_convert).
    outcome: PageOutcome | None = None


@dataclass(frozen=True)
class ReadPage:
    """A page as its survey read it, in a worker: the survey, and for an HTML page its text, so that it can
    be converted there without being read, decoded and detected again."""

    survey: Survey
    html_text: str | None = None


@dataclass(frozen=True)
class TextHints:
    """What the survey of its folder tells the text extractor about one page."""

    # Lines of this page that also appear on many other pages of its folder (site furniture).
    repeated: frozenset[str] = NO_LINES
    # The page's lines as the survey normalized them, so the extractor need not again.
    normalized: NormalizedLines | None = None


NO_HINTS = TextHints()


def read_page(page: RawPage, fingerprint: str) -> ReadPage:
    try:
        return _read(page, fingerprint)
    except RecursionError:
        return ReadPage(Survey(page.rel, error="page is nested too deeply to parse"))
    except Exception as exc:  # noqa: BLE001 - one broken page must never stop a run
        return ReadPage(Survey(page.rel, error=f"internal error: {type(exc).__name__}: {exc}"))


def _read(page: RawPage, fingerprint: str) -> ReadPage:
    try:
        data = read_bytes(page)
    except ConverterError as exc:
        return ReadPage(Survey(page.rel, error=exc.reason))
    key = page_key(fingerprint, page.rel, data)
    try:
        text = decode(data, page.rel)
    except ConverterError:
        return ReadPage(Survey(page.rel, key))  # extraction reports it
    if detect_format(text, page.path.suffix) != "text":
        return ReadPage(Survey(page.rel, key), html_text=text)
    return ReadPage(text_survey(page.rel, key, text))


def text_survey(rel: str, key: str, text: str) -> Survey:
    """The survey of a text dump: its normalized lines and their distinct set, and its text."""
    from converter.textdump.repeated import NormalizedLines

    lines = NormalizedLines.of(text)
    shaped = lines.shaped()  # (the lines' shapes, asked by both)
    distinct, placed = tuple(lines.distinct(shaped)), tuple(lines.placed(text, shaped))
    return Survey(rel, key, lines=lines, distinct=distinct, placed=placed, text=text)


def read_bytes(page: RawPage) -> bytes:
    try:
        return page.path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(page.rel, f"cannot read: {exc.strerror or exc}") from exc


class RepeatedLines:
    """Lines that recur on at least 3 pages (and a tenth) of a folder of text dumps.

    Surveys are added as they come in (the counting overlaps the survey of the other pages);
    then each page gets its own lines that are common in its folder.
    """

    def __init__(self) -> None:
        self._counts: dict[str, Counter[str]] = defaultdict(Counter)
        self._placed: dict[str, Counter[str]] = defaultdict(Counter)
        # Each page's distinct lines (and shapes) as hashes: which of them turn out common is asked
        # once every page is counted. Hashes take a tenth of the lines' memory, and computing the
        # lines again would cost the main process a quarter of a millisecond a page. (Two different
        # lines alike in all 64 bits of their hash, one common and one on the page: never seen.)
        self._members: dict[str, list[tuple[str, array[int]]]] = defaultdict(list)

    def add(self, survey: Survey) -> None:
        if survey.lines is not None:
            folder = str(PurePosixPath(survey.rel).parent)
            distinct = survey.distinct
            self._counts[folder].update(distinct)
            self._placed[folder].update(survey.placed)
            self._members[folder].append((survey.rel, array("q", map(hash, distinct))))

    def by_page(self) -> dict[str, frozenset[str]]:
        from converter.textdump.repeated import WEDGED, lines_on_enough_pages, wedged

        repeated: dict[str, frozenset[str]] = {}
        for folder, members in self._members.items():
            min_pages = max(3, math.ceil(len(members) / 10))
            counts = self._counts[folder]
            common = {hash(line): line for line in lines_on_enough_pages(counts, min_pages)}
            # A page holding a wedged line's key gets its "#wedged" key (`textdump.repeated.wedged`) beside it.
            wedges = {hash(key): WEDGED + key for key in wedged(self._placed[folder], counts)}
            for rel, hashes in members:
                found = [common[key] for key in hashes if key in common] if common else []
                if wedges:
                    found += [wedges[key] for key in hashes if key in wedges]
                repeated[rel] = frozenset(found) if found else NO_LINES
        return repeated


def entry_key(page_key_: str, repeated: frozenset[str]) -> str:
    """The cache key of a page's extraction: its bytes' key plus the repeated lines it was given."""
    if not repeated:
        return page_key_
    digest = hashlib.sha256(page_key_.encode())
    for line in sorted(repeated):
        digest.update(b"\0" + line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()

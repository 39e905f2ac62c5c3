"""Related-article blocks: their headings, their links, and the articles some pages carry in full.

Aggregator pages list related articles under a heading ("Related Articles", "More from X",
"Learn more:") and some paste each one's full text under its title (title, source chip, time,
title again, one long line of text). Those full texts must become articles of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from converter.textdump.furniture import is_furniture, is_url, strip_chip
from converter.textdump.lines import Line

# Headings of related-article lists (and of the "most read" lists that are no part of the article).
_RELATED = re.compile(
    r"""^(?:
        related(?:\ (?:articles?|stories|posts?|content|coverage|news|reading|links|videos?|topics))?
        |more\ (?:from|on|in|about|by)\ .{1,40}|more\ \S+(?:\ \S+)?
        |more\ (?:stories|news|articles|to\ (?:read|explore)|like\ this|for\ you)
        |read\ (?:more|next|also)|also\ read|see\ also|also\ on\ .{1,30}|learn\ more|further\ reading|keep\ reading
        |recommended(?:\ (?:for\ you|stories|articles|reading|videos?))?|we\ recommend|editor'?s\ picks
        |you\ (?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested\ in)|what\ to\ read\ next|up\ next
        |don'?t\ miss|in\ case\ you\ missed\ it|around\ the\ web|from\ the\ web|from\ our\ partners
        |(?:sponsored|promoted)\ (?:stories|links|content)|other\ (?:stories|articles|news)
        |leia\ (?:também|mais)|veja\ (?:também|mais)|lesen\ sie\ (?:auch|mehr)|mehr\ zum\ thema|weitere\ artikel
        |baca\ juga|artikel\ terkait|berita\ terkait|читайте\ также|по\ теме|leggi\ anche|articoli\ correlati
        |lire\ aussi|à\ lire\ aussi|sur\ le\ même\ sujet|lee\ también|noticias\ relacionadas|관련\ ?기사
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_POPULAR = re.compile(
    r"""^(?:most\ (?:popular|read|viewed|shared|commented|recent)|trending(?:\ (?:now|stories|news))?
        |popular(?:\ (?:stories|now|articles|posts))?|top\ (?:stories|news|articles)
        |latest(?:\ (?:news|stories|articles|posts))?
        |about\ the\ authors?|sobre\ o\ autor|über\ den\ autor|tentang\ penulis|author\ bio
        |recent\ (?:posts|stories|articles)|trending\ .{1,30}|now\ on\ .{1,30}|see\ all|popular\ \S+
        |more\ (?:popular|trending)|the\ latest|editor'?s\ choice|mais\ lidas)$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEADER_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
# A full-text card's body: at least this many words on one run of prose.
EMBED_MIN_WORDS = 80
STORY_BREAK_WORDS = 20  # the longest line a carried story's text crosses between two paragraphs


_COMMENTS = re.compile(
    r"""^(?:\d+\ )?(?:top\ rated\ |reader\ |user\ |latest\ |show\ |view\ |read\ all\ )?
        (?:comments?|responses?|replies|discussion)(?:\ \(?\d+\)?)?
        |leave\ a\ (?:comment|reply)|join\ the\ (?:discussion|conversation)|add\ (?:a\ )?comment|post\ a\ comment
        |comentários|comentarios|kommentare|commenti|lascia\ un\ commento|komentar|комментарии|댓글$""",
    re.IGNORECASE | re.VERBOSE,
)


def header_kind(line: Line) -> str | None:
    """'related', 'popular', 'comments' or None for a line that heads a list of other things."""
    if line.words > 8:
        return None
    return _header_kind(line.text)


@lru_cache(maxsize=1 << 12)
def _header_kind(text: str) -> str | None:
    # Asked of the same lines again and again (walls, titles, cards): the answer is kept.
    if not (text[:1].isalnum() and text[-1:].isalnum()):  # ([\W_] is exactly what isalnum() refuses)
        text = _HEADER_TRIM.sub("", text)
    if _COMMENTS.fullmatch(text):
        return "comments"
    if _RELATED.match(text):
        return "related"
    if _POPULAR.match(text):
        return "popular"
    return None


def is_title_like(line: Line) -> bool:
    """A headline: 3-30 words, not a UI line, not a run of prose sentences."""
    if not 3 <= line.words <= 30 or line.is_furniture or is_url(line.text):
        return False
    return not (line.text.endswith(".") and line.text.count(". ") >= 1)


@dataclass(frozen=True)
class Card:
    """One entry of a related block: a title, and what the page gives with it."""

    title: str
    source: str | None = None
    teaser: str | None = None
    body: tuple[str, ...] = ()  # the full text, when the page carries it


def prose_run(lines: list[Line], position: int) -> list[Line]:
    """The consecutive prose lines from `position` on (one pasted article's paragraphs)."""
    run = []
    for line in lines[position:]:
        if not line.is_prose:
            break
        run.append(line)
    return run


def story_run(lines: list[Line], position: int) -> list[Line]:
    """A carried story's lines from `position` on: prose, and the short lines set between its paragraphs
    (subheadings, and the widgets the body-line decision drops later); it ends where two short lines
    or a list heading stand together."""
    run: list[Line] = []
    for index in range(position, len(lines)):
        line = lines[index]
        if not line.is_prose:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if line.words > STORY_BREAK_WORDS or header_kind(line) or following is None or not following.is_prose:
                break
        run.append(line)
    return run


def full_text_starts(lines: list[Line]) -> list[int]:
    """Positions of full-text cards: a title shown twice or more just above a long run of prose."""
    starts = []
    for position, line in enumerate(lines):
        if not line.is_prose or (position and lines[position - 1].is_prose):
            continue
        if sum(other.words for other in prose_run(lines, position)) < EMBED_MIN_WORDS:
            continue
        window = lines[max(0, position - 10) : position]
        seen: dict[str, int] = {}
        for offset, other in enumerate(window):
            if is_title_like(other):
                seen.setdefault(other.text, offset)
                if other.text in seen and seen[other.text] != offset:
                    starts.append(max(0, position - 10) + seen[other.text])
                    break
    return sorted(set(starts))


def parse_cards(lines: list[Line]) -> list[Card]:
    """The entries of a related zone: title, source chip, teaser or full text."""
    cards: list[Card] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        if header_kind(line) or not is_title_like(line) or (line.is_prose and line.words > 30):
            position += 1
            continue
        title = line.text
        source: str | None = None
        teaser: str | None = None
        body: list[str] = []
        cursor = position + 1
        while cursor < len(lines):
            other = lines[cursor]
            if other.text == title:
                cursor += 1
                continue
            if header_kind(other):
                break
            if body or teaser:
                break
            run = prose_run(lines, cursor) if other.is_prose else []
            if sum(line.words for line in run) >= EMBED_MIN_WORDS:
                body.extend(line.text for line in run)
                cursor += len(run)
                continue
            if other.is_prose and other.words >= 8:
                if heads_a_story(lines, cursor):
                    break  # the next card's headline, over its source chip and its text
                teaser = other.text
                cursor += 1
                continue
            if (other.words <= 4 and not is_title_like(other)) or other.text.startswith(("•", "·")):
                chip = strip_chip(other.text)
                if chip and not is_furniture(chip, len(chip.split())) and chip[0].isupper():
                    source = source or chip
                cursor += 1
                continue
            break
        if teaser or body or _is_headline_case(title):
            cards.append(Card(title, source, teaser, tuple(body)))
        position = max(cursor, position + 1)
    return cards


def heads_a_story(lines: list[Line], position: int) -> bool:
    """The line stands over one or two chips (a source, a time) and a carried story's text: a headline."""
    following = position + 1
    while following < min(position + 3, len(lines)) and lines[following].words <= 4:
        if is_title_like(lines[following]) or lines[following].is_prose:
            return False
        following += 1
    return following > position + 1 and sum(line.words for line in prose_run(lines, following)) >= EMBED_MIN_WORDS


def _is_headline_case(title: str) -> bool:
    # A bare link title: no final full stop, most words capitalised or a clear headline length.
    words = title.split()
    capitalised = sum(word[:1].isupper() or not word[:1].isalpha() for word in words)
    return not title.endswith((".", ":")) and (capitalised >= len(words) * 0.6 or len(words) >= 6)

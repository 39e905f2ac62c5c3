"""Related-article blocks: their headings, their links, and the articles some pages carry in full.

Aggregator pages list related articles under a heading ("Related Articles", "More from X",
"Learn more:") and some paste each one's full text under its title (title, source chip, time,
title again, one long line of text). Those full texts must become articles of their own.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from converter.textdump.fields import field_source
from converter.textdump.furniture import is_furniture, is_host_name, is_url, strip_chip
from converter.textdump.lines import Line
from converter.textdump.prompts import is_call, is_lead_in_teaser

# Headings of related-article lists (and of the "most read" lists that are no part of the article).
_RELATED = re.compile(
    r"""^(?:
        related(?:\ (?:articles?|stories|posts?|content|coverage|news|reading|links|videos?|topics))?
        |more\ (?:from|on|in|about|by)\ .{1,40}|more\ \S+(?:\ \S+)?
        |more\ (?:stories|news|articles|to\ (?:read|explore)|like\ this|for\ you)
        |more\ (?:stories|news|articles|reads|reading)\ (?:at|for|from|on|in|about|by)\ .{1,40}
        |read\ (?:more|next|also)|also\ read|see\ also|also\ on\ .{1,30}|learn\ more|further\ reading|keep\ reading
        |recommended(?:\ (?:for\ you|stories|articles|reading|videos?))?|recommended\ (?:by|from)\ .{1,30}
        |we\ recommend|editor'?s\ picks|similar\ (?:stories|articles|news|posts|reads)
        |also\ in\ (?:this|today'?s)\ [a-z]{3,15}
        |more\ (?:stories|articles)\ [a-z]{3,15}\ (?:for|to|by)\ (?:you|me)
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
        |recent\ (?:posts|stories|articles)|trending\ .{1,30}|now\ on\ .{1,30}|see\ all|popular\ \S+
        |more\ (?:popular|trending)|the\ latest|editor'?s\ choice|mais\ lidas)$""",
    re.IGNORECASE | re.VERBOSE,
)
# Headings of the writer's box: no list of other articles under them, though the page's other lists end there too.
_AUTHOR_BOX = re.compile(
    r"^(?:about\ the\ authors?|sobre\ o\ autor|über\ den\ autor|tentang\ penulis|author\ bio)$", re.IGNORECASE
)
_HEADER_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
# A full-text card's body: at least this many words on one run of prose.
EMBED_MIN_WORDS = 80
STORY_BREAK_WORDS = 20  # the longest line a carried story's text crosses between two paragraphs
# The most lines without prose a carried story crosses between two paragraphs: a subheading, a place
# and its address, a widget of two or three lines (an ad label, a market ticker and its note), side by side.
STORY_GAP_LINES = 6
# A title-shaped line over this many words of consecutive paragraphs heads a story of its own, even
# with no source chip between (a page that shows each title once); under a subheading, fewer.
TITLED_TEXT_WORDS = 3 * EMBED_MIN_WORDS
# A first line this long is a whole story glued on one line (innerText of a card): the page pastes its
# stories so, and the short lines after it are the card's counters and the next list, not subheadings.
GLUED_STORY_WORDS = 2 * EMBED_MIN_WORDS
TEASER_WORDS = 40  # the longest teaser under a listed title (a paragraph is longer)
SOURCE_WORDS = 4  # the longest outlet name over an entry's title
CHIP_WORDS = 5  # the longest line naming a story's source or curator under its title
CHIP_LINES = 2  # the most short lines (a credit, a source) between a glued story's headline and its text
BY = "by"  # (English) the word between a credit's label and the name: 'Picked by Ann Lee'
TAIL_MAX_WORDS = 45  # the most prose words after a carried story's last short lines taken for a teaser or promo
_CLOSERS = "\"'”’)"  # what may close a sentence after its stop


_COMMENTS = re.compile(
    r"""^(?:\d+\ )?(?:top\ rated\ |reader\ |user\ |latest\ |show\ |view\ |(?:read|see)\ all\ )?
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
        # '0 Comments' by the byline counts comments there are none of: it heads nothing, the story goes on.
        return None if text[:2] == "0 " else "comments"
    if _RELATED.match(text):
        return "related"
    if _POPULAR.match(text) or _AUTHOR_BOX.match(text):
        return "popular"
    return None


FOLD_WORDS = 40  # the shortest paragraph a fold's button stands over (longer than a teaser, than any headline)
FOLD_REACH = 3  # the most lines of furniture or list headings standing together around a fold's button


def is_fold(lines: list[Line], index: int) -> bool:
    """A list heading's wording set between two paragraphs of one text ("Keep reading ▾" over the rest of a story cut
    short): a button unfolding the text, no list heading (a heading stands over its entries' titles, no paragraph of
    FOLD_WORDS words). Lines of furniture and other such wordings beside it (an ad's label) are crossed."""
    above, below = index - 1, index + 1
    while above >= 0 and index - above <= FOLD_REACH and _beside_fold(lines[above]):
        above -= 1
    while below < len(lines) and below - index <= FOLD_REACH and _beside_fold(lines[below]):
        below += 1
    return (
        above >= 0
        and below < len(lines)
        and lines[above].is_prose
        and lines[below].is_prose
        and lines[below].words >= FOLD_WORDS
    )


def _beside_fold(line: Line) -> bool:
    return not line.is_prose and (line.is_furniture or header_kind(line) in ("related", "popular"))


def heads_author_box(line: Line) -> bool:
    """A heading of the writer's box ('About the author'): the entries under it are no other articles."""
    return line.words <= 8 and bool(_AUTHOR_BOX.match(_HEADER_TRIM.sub("", line.text)))


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


def story_run(lines: list[Line], position: int, ends: Collection[int] = ()) -> list[Line]:
    """A carried story's lines from its first paragraph at `position`: prose, and the short lines set
    between its paragraphs (subheadings, a place and its address, the widgets the body-line decision
    drops later). It ends before a list heading, a line of `ends` (by Line.index: the next entry's
    title, a learned list heading), the next story's headline over its chips, or a stretch of more than
    STORY_GAP_LINES lines without prose; and always on a paragraph (the short lines after its last one
    are the page's, not the story's)."""
    if is_card_head(lines, position) or _next_story(lines, position):
        return []  # the line is the next entry's title, over its source (and time, or text)
    if lines[position].words >= GLUED_STORY_WORDS:
        return _glued_run(lines, position)  # a story glued on one line: what follows it is the page's
    run: list[Line] = []
    kept = gap = 0
    resumed = False
    for index in range(position, len(lines)):
        line = lines[index]
        if not line.is_prose and gap == 0 and kept:
            # (a long list of the story's own, its text resumed under it: its lines head no other story)
            spaced = any(other.blank_before for other in run[1:kept])
            resumed = text_resumes(lines, index, len(lines), spaced, ends)
        if (
            index > position
            and not (resumed and not line.is_prose)
            and (
                (line.index in ends and not _subheading(lines, index))
                or (header_kind(line) and not is_fold(lines, index))
                or _next_story(lines, index)
                or is_card_head(lines, index)
                or (is_titled_text(lines, index) and not _same_block(lines, position, index))
                or _heads_glued(lines, index)
                or _same_head(lines, position, index)
            )
        ):
            break
        if line.is_prose:
            run.append(line)
            kept, gap = len(run), 0
            continue
        gap += 1
        if line.words > STORY_BREAK_WORDS:
            break
        # (past STORY_GAP_LINES short lines, the story's own list when its text resumes under it: text_resumes)
        if gap > STORY_GAP_LINES and not resumed:
            break
        run.append(line)
    return _without_tail(run[:kept])


SUBHEADING_WORDS = 8  # the longest subheading a carried story's text runs on across in its block
# The most short lines a carried story's text crosses when its text resumes below them in its block (a list of its
# own: names, figures, labelled facts under each of its sections), and the longest of them.
RESUME_GAP_LINES = 40
RESUME_LINE_WORDS = 10


def text_resumes(lines: list[Line], start: int, end: int, spaced: bool, ends: Collection[int] = ()) -> bool:
    """The short lines from lines[start] (below a carried story's paragraph) are the story's own and its text resumes
    under them, before lines[end]: a list inside the story (names, facts, "Label: value" lines) of more than
    STORY_GAP_LINES lines (a shorter stretch is crossed or not by the story readers' own tests). Each line is short
    (RESUME_LINE_WORDS words at most), no list heading, no chip (a source, a time, a credit: what stands under a
    headline), no longer entry of `ends`, none set apart by a blank line unless the story's paragraphs are
    (`spaced`); then two paragraphs, one right under the other, the second finished, longer than a teaser together,
    hold a story's text (a list's teaser stands alone under its title). The next story carried below has its head (a
    headline over its chips) or its marker (a list heading) between: the text below them is no longer this one's."""
    for index in range(start, min(end, start + RESUME_GAP_LINES + 2)):
        line = lines[index]
        if line.is_prose:
            below = lines[index + 1] if index + 1 < end else None
            return (
                index - start > STORY_GAP_LINES
                and below is not None
                and below.is_prose
                and below.sentence_end
                and line.words + below.words > TEASER_WORDS
                and (spaced or not below.blank_before)
            )
        if (
            line.words > RESUME_LINE_WORDS
            or (line.blank_before and not spaced)
            or (line.index in ends and line.words > SUBHEADING_WORDS)
            or header_kind(line)
            or line.is_relative_time
            or line.is_marker
            or _named_chip(line)
            or line.tokens[:1] == [BY]
        ):
            return False  # (a story's chips: its source, its time, its credit; "Label: value" lines are no chips)
    return False


def _same_block(lines: list[Line], position: int, index: int) -> bool:
    """lines[index], SUBHEADING_WORDS words at most, stands in the block of the story whose text starts at
    lines[position]: no blank line between them. A subheading inside a story's text runs on in its block; the next
    story's headline opens one of its own, or says more (a page showing each title once, no blank line anywhere)."""
    if lines[index].words > SUBHEADING_WORDS:
        return False
    return not any(line.blank_before for line in lines[position + 1 : index + 1])


def _glued_run(lines: list[Line], position: int) -> list[Line]:
    """The prose from a story glued on one line at `position`, up to the next story glued so (or its headline): a
    row of stories pasted one line each is a story a line, whatever stands between them."""
    run = [lines[position]]
    for index in range(position + 1, len(lines)):
        line = lines[index]
        if not line.is_prose or line.words >= GLUED_STORY_WORDS or _glued_below(lines, index):
            break
        run.append(line)
    return run


def _heads_glued(lines: list[Line], index: int) -> bool:
    """A line with no sentence's stop over a story glued on one line (its chips between): that story's headline
    (however long: "Star's life now - 'watching life through a screen door'" reads as prose), no paragraph."""
    line = lines[index]
    return (
        not line.sentence_end
        and is_title_like(line)
        and not is_call(line.tokens, line.text)  # ("Scroll to continue" between two long paragraphs)
        and _glued_below(lines, index)
    )


def _glued_below(lines: list[Line], index: int) -> bool:
    """A story glued on one line stands below lines[index], past CHIP_LINES short lines at most (its credit, its
    source: "By Ann Lee")."""
    for below in lines[index + 1 : index + 2 + CHIP_LINES]:
        if below.words >= GLUED_STORY_WORDS:
            return True
        if below.is_prose or below.words > CHIP_WORDS:
            return False
    return False


def _same_head(lines: list[Line], position: int, index: int) -> bool:
    """lines[index] and the line below it stand over a paragraph as the two lines over the run's first paragraph
    (at `position`) do, an outlet's name over a headline: the next entry of the same list, not a subheading."""
    if not 2 <= position < index < len(lines) - 2 or not lines[index + 2].is_prose:
        return False
    return all(_named(lines[head]) and _headline_line(lines[head + 1]) for head in (position - 2, index))


def _named(line: Line) -> bool:
    return not line.is_prose and line.words <= SOURCE_WORDS and is_card_chip(line) and _is_name(line)


def _headline_line(line: Line) -> bool:
    return not line.is_prose and is_title_like(line) and not line.text.endswith(".")


def _without_tail(run: list[Line]) -> list[Line]:
    """The run without what follows its last short lines when that is a teaser's worth of prose or less:
    the page's next entry or promo ("Get the app" over "Read the world's news on your phone."), not
    the story's last paragraph."""
    gap_end = next((place for place in range(len(run) - 1, 0, -1) if not run[place - 1].is_prose), None)
    if gap_end is None:
        return run
    gap_start = gap_end - 1
    while gap_start > 0 and not run[gap_start - 1].is_prose:
        gap_start -= 1
    if gap_start == 0 or sum(line.words for line in run[gap_end:]) > TAIL_MAX_WORDS:
        return run
    return run[:gap_start]


def is_titled_text(lines: list[Line], position: int) -> bool:
    """A headline right over a text of its own: a run of prose of TITLED_TEXT_WORDS words (a subheading
    stands over a paragraph or two; a lead-in teaser, "Label: Another Headline", is pasted inside one, and a
    call to the reader, "Subscribe to keep reading", between two of its paragraphs)."""
    line = lines[position]
    if line.is_prose or not is_title_like(line) or line.text.endswith(".") or is_lead_in_teaser(line.text):
        return False
    if is_call(line.tokens, line.text):
        return False
    return sum(other.words for other in prose_run(lines, position + 1)) >= TITLED_TEXT_WORDS


def _subheading(lines: list[Line], position: int) -> bool:
    """A line between a paragraph and two more: a subheading of the story, whatever the listing decision
    said of it (an entry's teaser is one line, and the next entry's title stands below it)."""
    return (
        0 < position < len(lines) - 2
        and lines[position - 1].is_prose
        and lines[position + 1].is_prose
        and lines[position + 2].is_prose
    )


def is_card_head(lines: list[Line], position: int) -> bool:
    """A list entry's title: a headline over its source and time ('Outlet · 2 hrs ago')."""
    below = lines[position + 1] if position + 1 < len(lines) else None
    return below is not None and below.is_marker and below.is_relative_time and is_title_like(lines[position])


def _next_story(lines: list[Line], position: int) -> bool:
    """The next carried story's headline: a headline over one or two chips (a source, a time) and a text
    whose first paragraphs hold EMBED_MIN_WORDS words, a prompt line between them crossed (heads_a_story
    asks for them on one run of prose)."""
    line = lines[position]
    # (A headline ends with no full stop: "You have 2 free stories left." over "Join" over text is a prompt; nor
    # with one inside a closing quote: '"We will," she said. "Soon."' is a paragraph over a subheading.)
    if not is_title_like(line) or line.text.rstrip(_CLOSERS).endswith("."):
        return False
    following = position + 1
    while following < min(position + 3, len(lines)) and lines[following].words <= 4:
        if not (is_card_chip(lines[following]) or _named_chip(lines[following])):
            return False
        following += 1
    if following == position + 1:
        return False
    words = gap = 0
    for line in lines[following : following + EMBED_MIN_WORDS]:
        if line.is_prose:
            words, gap = words + line.words, 0
            if words >= EMBED_MIN_WORDS:
                return True
        else:
            gap += 1
            if gap > 1 or header_kind(line):
                return False
    return False


# (English) What readers' counts under a post count: '47 likes', '1,005 hearts · 62 reshares'.
_REACTION_TEXT = (
    "like likes heart hearts note notes share shares reshare reshares reaction reactions clap claps upvote"
    " upvotes vote votes point points view views read reads save saves bookmark bookmarks comment comments"
    " reply replies"
)
_REACTION_WORDS = frozenset(_REACTION_TEXT.split())
REACTION_WORDS = 8  # the longest line of readers' counts
_TIME_TEXT = (
    "s m h d w sec secs second seconds min mins minute minutes hr hrs hour hours day days week weeks month"
    " months year years"
)
_TIME_UNITS = frozenset(_TIME_TEXT.split())  # (what counts no readers: '6 hours')


def reactions_line(line: Line) -> bool:
    """A line of readers' counts closing a post ('47 likes', '1,005 hearts · 62 reshares', '♥ 598', '♥ 12 · 24
    notes'): every piece a count, with one word of what is counted or a symbol. It closes the post as its writer's
    credit does: an article's text does not resume under it (a list set inside a text has no counts above it)."""
    if line.is_prose or line.sentence_end or line.words > REACTION_WORDS:
        return False
    return all(_count_piece(piece.split()) for piece in _PIECES.split(line.text))


_PIECES = re.compile(r"\s[·|•]\s")


def _count_piece(words: list[str]) -> bool:
    """One count: a number and a word of what it counts, or a symbol ('47 likes', '♥ 598')."""
    numbers = [word for word in words if word.replace(",", "").replace(".", "").rstrip("KkMm").isdigit()]
    others = [word for word in words if word not in numbers]
    if len(numbers) != 1 or len(others) != 1:
        return False
    word = others[0]
    if word.lower() in _REACTION_WORDS or not any(char.isalnum() for char in word):
        return True
    # (any other word in lower case, no unit of time: "58 loops", not "6 hours", nor an outlet's "Quay Post")
    return word.isalpha() and word.islower() and word not in _TIME_UNITS


def is_card_chip(line: Line) -> bool:
    """A source, credit or time line under a headline: short, no sentence, no call to the reader
    ("Become a member"); an outlet's name, every word capitalised ("The Harbour Courier"), is one, a
    subheading's address ("12 Quay St., North") or a credit ("Story by Ann Lee") is no name."""
    if line.is_prose or line.sentence_end or is_call(line.tokens, line.text):
        return False
    # (a marker, "Quay Post · 6h", is a source's and a time's line: a chip however title-like its words; readers'
    # counts, "225 hearts · 58 loops", are none)
    return not is_title_like(line) or _is_name(line) or (line.is_marker and not reactions_line(line))


def _named_chip(line: Line) -> bool:
    """A short line naming a story's source by its host or who picked it: 'via example.com', 'Picked by Ann Lee'
    (a host among its words, or a name after 'by'), no headline however title-like."""
    if line.words > CHIP_WORDS or line.sentence_end or line.is_prose:
        return False
    if _hosted(line):
        return True
    words = line.text.split()
    if BY not in words[1:-1]:
        return False
    name = words[words.index(BY) + 1 :]
    return len(name) <= 3 and all(word[:1].isupper() and word[1:].isalpha() for word in name)


def _credit_chip(line: Line) -> bool:
    """A named chip naming a person, not a host: 'Picked by Ann Lee'."""
    return _named_chip(line) and not _hosted(line)


def _hosted(line: Line) -> bool:
    """A short line with a host among its words: 'via example.com'."""
    return line.words <= CHIP_WORDS and not line.is_prose and any(_is_host(word) for word in line.text.split())


def _is_host(word: str) -> bool:
    """A host name whose last label is a top-level domain's length: 'example.com', not 'version.2.beta'."""
    return is_host_name(word) and 2 <= len(word.rsplit(".", 1)[-1]) <= 6


PROMPT_WORDS = 6  # the longest call to the reader read as a widget's prompt, not a headline


def _prompt(line: Line) -> bool:
    """A widget's short call to the reader between a story's paragraphs ('Tap to view image', 'Swipe for more
    photos'): no card's title, so no story of its own opens under it."""
    return line.words <= PROMPT_WORDS and is_call(line.tokens, line.text)


def _is_name(line: Line) -> bool:
    return all(word[:1].isupper() for word in line.text.split())


def story_words(run: list[Line]) -> int:
    """The prose words of a carried story's run (its short lines may be widgets: they do not count)."""
    return sum(line.words for line in run if line.is_prose)


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
                    first = max(0, position - 10) + seen[other.text]
                    if not in_contents(lines, first, position - 1):
                        starts.append(first)
                    break
    return sorted(set(starts))


CONTENTS_REACH = 8  # how far from a title's first showing the other entries of a contents list stand
CONTENTS_OTHERS = 2  # the fewest other entries of the list that head sections of the page below


def in_contents(lines: list[Line], index: int, stop: int) -> bool:
    """lines[index] is an entry of a table of contents (its neighbours read up to `stop`, not past it): other short
    lines beside it are shown again further down the page, each between two paragraphs (the sections they list). A
    carried story's title shown twice, or under a rule, has no such neighbours: its outlet, time and credit lines, a
    '+ Follow' chip or an ad's button shown again over the next story, stand among other short lines."""
    around = range(max(0, index - CONTENTS_REACH), min(stop, index + CONTENTS_REACH + 1))
    entries: dict[str, int] = {}  # each neighbour's text, at its first showing
    for near in around:
        line = lines[near]
        if near != index and not line.is_prose and not line.is_furniture and line.text != lines[index].text:
            entries.setdefault(line.text, near)
    if len(entries) < CONTENTS_OTHERS:
        return False
    heads = 0
    for later in range(index + 1, len(lines) - 1):
        shown = entries.get(lines[later].text)
        if shown is not None and later > shown and lines[later - 1].is_prose and lines[later + 1].is_prose:
            heads += 1
            del entries[lines[later].text]
    return heads >= CONTENTS_OTHERS


def parse_cards(lines: list[Line], ends: Collection[int] = ()) -> list[Card]:
    """The entries of a related zone: title, source chip, teaser or full text (story_run: it stops at `ends`)."""
    cards: list[Card] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        if (
            header_kind(line)
            or not is_title_like(line)
            or (line.is_prose and line.words > 30)
            or _credit_chip(line)
            or _prompt(line)
        ):
            position += 1
            continue
        if _source_above(lines, position):
            position += 1  # the next entry's outlet, over its title
            continue
        title = line.text
        source: str | None = None
        teaser: str | None = None
        body: list[str] = []
        credited = False  # (a credit under the title)
        sourced = -1  # (the line of the source chip read under the title)
        named = position > 0 and _source_above(lines, position - 1)  # (an outlet's name over the title)
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
            if _credit_chip(other):
                credited = True  # ('Picked by Ann Lee', 'Story by Ann Lee': no source)
                cursor += 1
                continue
            # (A teaser cut short with an ellipsis, no paragraphs right below it, is no carried story's first
            # paragraph: the next entry follows it. A standfirst cut so over the story's paragraphs opens it.)
            teased = _cut_teaser(other) and sum(line.words for line in prose_run(lines, cursor)) < EMBED_MIN_WORDS
            run = story_run(lines, cursor, ends) if other.is_prose and not teased else []
            if story_words(run) >= EMBED_MIN_WORDS:
                body.extend(line.text for line in run)
                cursor += len(run)
                continue
            if (
                (
                    credited
                    or (named and cursor == position + 1)
                    or (cursor == sourced + 1 and _is_name(lines[sourced]) and _standfirst(lines, cursor))
                    or (cursor == position + 1 and _opens_story(lines, position, ends))
                )
                and not other.is_prose
                and is_title_like(other)
            ):
                # A standfirst under the story's credit, right under its outlet's name or right under the headline
                # that opens the list, over its paragraphs: the text starts there (a headline under a host alone may
                # be the next story's: the host stands over its title; under an outlet's name, the standfirst stands
                # right over the story's consecutive paragraphs, as no next entry's title over its teaser does; a
                # marker, "Keep going", names no outlet; under a list of bare titles, the last one may head the story).
                run = story_run(lines, cursor, ends)
                if story_words(run) >= EMBED_MIN_WORDS:
                    body.extend(line.text for line in run)
                    cursor += len(run)
                    continue
            if other.is_prose and other.words >= 8:
                if heads_a_story(lines, cursor):
                    break  # the next card's headline, over its source chip and its text
                teaser = other.text
                cursor += 1
                continue
            # (An outlet's name in capitals is a chip too, right under the title: "The Harbour Courier".)
            chip_line = not is_title_like(other) or (cursor == position + 1 and is_card_chip(other))
            if (other.words <= 4 and chip_line) or _hosted(other) or other.text.startswith(("•", "·")):
                chip = _outlet_part(strip_chip(other.text))
                if chip and not is_furniture(chip, len(chip.split())) and chip[0].isupper():
                    sourced = cursor if source is None else sourced
                    # (a field names the source only under a source's key: 'Reach: 153K', 'Byline: Ann Lee' none)
                    field = field_source(chip)
                    source = source or (chip if field is None else field) or None
                cursor += 1
                continue
            break
        if credited and not body:
            teaser = None  # a credited story's standfirst: its text is read below its credit (listing.credited_text)
        if teaser or body or _is_headline_case(title):
            cards.append(Card(title, source, teaser, tuple(body)))
        position = max(cursor, position + 1)
    return cards


def _outlet_part(chip: str) -> str:
    """A marker's outlet without its time ("Quay Post · 6h" → "Quay Post"); the chip as it is without a time."""
    parts = chip.split(" · ")
    if len(parts) == 2 and _TAG_TIME.match(parts[1].strip()):
        return parts[0].strip()
    return chip


def _cut_teaser(line: Line) -> bool:
    """A teaser cut short: a line of at most TEASER_WORDS words ending with an ellipsis."""
    return line.words <= TEASER_WORDS and line.text.rstrip("\"'”’)").endswith(("…", "..."))


def _source_above(lines: list[Line], position: int) -> bool:
    """An outlet's name over an entry's title: a short line, every word capitalised ("The Harbour Courier"),
    over a headline three words longer or more, itself over a teaser, a text or a time (no headline between)."""
    line = lines[position]
    if position + 2 >= len(lines) or line.sentence_end:
        return False
    name = tagged_name(line.text)
    if not name or len(name) > SOURCE_WORDS:
        return False
    title, below = lines[position + 1], lines[position + 2]
    return (
        is_title_like(title)
        and not title.is_prose
        and title.words >= len(name) + 3
        and (below.is_prose or below.is_relative_time or _standfirst(lines, position + 2))
    )


# A short tag after an outlet's name: in brackets or after a dash ("The Harbour Courier (Lean left)", "Quay Post — 4h").
_NAME_TAG = re.compile(r"^(?P<name>.*?\S)\s*(?:\((?P<bracketed>[^()]+)\)|\s[—–-]\s+(?P<dashed>.+))$")
TAG_WORDS = 2  # the most words of an outlet's tag (its leaning, its time)
# (English) An outlet's tag: its leaning as a comparer of coverage rates it ("Lean left", "Centre"), or its time ("4h").
_LEANING_WORDS = frozenset({"left", "right", "centre", "center", "lean", "leans", "leaning", "far"})
_TAG_TIME = re.compile(r"^\d{1,3}\s?(?:[smhdw]|mins?|hrs?|hours?|days?)(?:\s+ago)?$", re.IGNORECASE)


def tagged_name(text: str) -> list[str] | None:
    """The words of an outlet's name standing alone on its line, or with a short tag after it (its leaning or its
    time: a comparer of coverage shows each outlet so), every word of the name capitalised; None when the line is
    no such name."""
    words = text.split()
    if words and all(word[:1].isupper() for word in words):
        return words
    tagged = _NAME_TAG.match(text)
    if tagged is None:
        return None
    tag = (tagged["bracketed"] or tagged["dashed"]).strip()
    name = tagged["name"].split()
    if not 1 <= len(tag.split()) <= TAG_WORDS or not name or not all(word[:1].isupper() for word in name):
        return None
    # (a leaning or a time, no other words: "Best Credit Cards - Updated List" is a title, "Cafes (Brussels)" a place)
    if not (_TAG_TIME.match(tag) or all(word.casefold() in _LEANING_WORDS for word in tag.split())):
        return None
    return name


def outlet_tagged(text: str) -> bool:
    """An outlet's name with a short tag after it ("The Harbour Courier (Lean left)", "Quay Post — 4h"): a source
    line over an entry's title, never a title itself."""
    name = tagged_name(text)
    return name is not None and len(name) <= SOURCE_WORDS and len(name) < len(text.split())


def _opens_story(lines: list[Line], position: int, ends: Collection[int]) -> bool:
    """The entry's headline at lines[position] (no marker: "1 like · 3 comments") stands over a standfirst (a
    headline-sized line longer than a chip, no paragraph) right over a story's text (EMBED_MIN_WORDS words, crossing
    an ad's label): a story carried in full (not a list of bare titles whose last one heads it, nor a list's heading
    in a sentence's case over the story's headline: "Also in this issue")."""
    below = position + 1
    return (
        below + 1 < len(lines)
        and _is_headline_case(lines[position].text)
        and not lines[position].is_marker
        and not lines[below].is_prose
        # (an outlet's name, a time or a credit under the headline are its chips; a standfirst as short is a sentence,
        # its stop is what no chip has: "Still cold, mostly.")
        and (lines[below].words > CHIP_WORDS or (lines[below].sentence_end and lines[below].words >= 2))
        and lines[below].text.split(None, 1)[0].lower() != BY  # (nor a longer credit: 'By Ann Lee and Bo Park')
        and lines[below + 1].is_prose
        and not _bare_title_above(lines, position)
        and story_words(story_run(lines, below + 1, ends)) >= EMBED_MIN_WORDS
    )


def _bare_title_above(lines: list[Line], position: int) -> bool:
    """A bare title stands right over lines[position] (headline-sized, in a headline's case, no paragraph): an entry of
    a list of bare titles, whose next entry may be the one over a story's text (a list's heading in a sentence's
    case, "Also in this issue", is none)."""
    if position == 0:
        return False
    above = lines[position - 1]
    return is_title_like(above) and not above.is_prose and _is_headline_case(above.text)


def _standfirst(lines: list[Line], position: int) -> bool:
    """A headline-sized line, no paragraph, right over a story's text of EMBED_MIN_WORDS words: the standfirst of a
    story carried in full, under its headline."""
    line = lines[position]
    return (
        not line.is_prose
        and is_title_like(line)
        and sum(other.words for other in prose_run(lines, position + 1)) >= EMBED_MIN_WORDS
    )


def heads_a_story(lines: list[Line], position: int) -> bool:
    """The line stands over one or two chips (a source, a time) and a carried story's text: a headline.

    A call to the reader ("Subscribe to keep reading") is no chip: the line over it is a paragraph the
    page's prompt interrupts."""
    following = position + 1
    while following < min(position + 3, len(lines)) and lines[following].words <= 4:
        below = lines[following]
        if (is_title_like(below) and not _named_chip(below)) or below.is_prose or is_call(below.tokens, below.text):
            return False
        following += 1
    return following > position + 1 and sum(line.words for line in prose_run(lines, following)) >= EMBED_MIN_WORDS


def _is_headline_case(title: str) -> bool:
    # A bare link title: no final full stop, most words capitalised or a clear headline length.
    words = title.split()
    capitalised = sum(word[:1].isupper() or not word[:1].isalpha() for word in words)
    return not title.endswith((".", ":")) and (capitalised >= len(words) * 0.6 or len(words) >= 6)

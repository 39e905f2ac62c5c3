"""Short lines that close the article above a carried story: a rule, a marker, an unknown heading.

A page may carry the next story in full right after the article, set apart by no list heading the
wordings or the walls decision know: a rule ("———", "* * *"), a marker ("Continue reading", "Up next
in your queue"), a prompt's last button. What tells them is the shape of what follows: a headline
over its source or credit line ("Outlet · 4h", "outlet.com", "BY A NAME") and a story's text. Such a
line, below the article's own prose, is taken as a list heading (a wall): the body run stops above it
and the story below it is carried. What a story's head looks like (a headline, its chips, its source or
credit line, its text below) is story_heads.py's; here, where a carried story starts and how far it runs,
and the posts carried in full after the article, each closed by its counter line.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from converter.textdump.asides import comment_footer
from converter.textdump.cards import counter_line
from converter.textdump.furniture import is_rule
from converter.textdump.lines import Line, text_counts
from converter.textdump.prompts import is_lead_in_teaser
from converter.textdump.related import (
    EMBED_MIN_WORDS,
    GLUED_STORY_WORDS,
    STORY_BREAK_WORDS,
    STORY_GAP_LINES,
    TAIL_MAX_WORDS,
    TEASER_WORDS,
    Card,
    header_kind,
    in_contents,
    is_card_chip,
    is_card_head,
    is_title_like,
    is_titled_text,
    prose_run,
    text_resumes,
)
from converter.textdump.story_heads import (
    CHIP_WORDS,
    TEXT_GAP_LINES,
    by_credit_names,
    headed,
    headline,
    line_credit,
    named_head,
    outlet_name,
    past_chips,
    short_below_headline,
    source_above,
    source_line,
    story_head,
    text_follows,
    two_sentences,
)

# The article's own prose words above a separator (as _full_text_cut asks above a list heading).
PROSE_ABOVE = 100
# A counter of the stories a page carries in full: "— 2 / 3 —", "[1 of 4]", "3/5".
_COUNTER = re.compile(r"[^\w\s]{0,3} ?\d{1,2} ?(?:/|of) ?\d{1,2} ?[^\w\s]{0,3}")
# The same counter inside a marker's words: "Story 4 of 10 · up next", "Part 2/3".
_COUNT_INSIDE = re.compile(r"\b\d{1,2} ?(?:/|of) ?\d{1,2}\b")
_COUNTED_CHIPS = 2  # the most chips between a counter and its story's headline
_SUBHEADING_WORDS = 8  # the longest subheading (or item of a list) of a carried story a list's entry may look like
_DASHES = ("—", "–", "-")  # a sign-off's opening
# A sentence's end inside a line: a stop after a word in lower case ("... our policy. Learn how"; not "U.S. ").
_SENTENCE_INSIDE = re.compile(r"[a-z]{3}\. [A-Z]")
MAX_REPEATS = 3  # a page carries a few stories, a thread has many posts
POST_LINES = 120  # the most lines of a post closed by its counter line
CLOSING_LINES = 2  # the most short closing lines between a carried story's last paragraph and the next one's head


def separator_walls(lines: list[Line], repeated: frozenset[str] = frozenset()) -> list[int]:
    """Short lines without a final stop, below PROSE_ABOVE words of prose, right above a carried story's headline.

    Not a line repeated over every post of a thread ("Flag as inappropriate": a post's title over its poster's
    name reads as a story's headline over its credit), nor one over the page's own headline shown again, nor an
    ad's label set between two paragraphs of the text (_label_in_text). `repeated`: the folder's repeated lines
    (normalized), where an outlet's bare name under a headline sources its story (story_heads.story_head)."""
    found: list[int] = []
    head = -1  # the headline of the last story found
    prose_words = 0
    counts = text_counts(lines)
    for index, line in enumerate(lines[:-1]):
        if line.is_prose:
            prose_words += line.words
        elif (
            prose_words >= PROSE_ABOVE
            # (a line of the head a separator above stands over: the chip below a counter, "+ Follow" under the
            # outlet's name below a marker; the first is the separator)
            and index > head
            and line.words <= 8
            and (not line.sentence_end or quotes_below(lines, index))
            and (below := _quoted_or_story(lines, index, repeated)) is not None
            # (a counter is no card's chip, alone on its line or among a marker's words)
            and (_COUNTER.fullmatch(line.text) or _COUNT_INSIDE.search(line.text) or not _after_card(lines, index))
            and counts[line.text] <= MAX_REPEATS
            and not (counts[lines[below].text] > 1 and _shown_above(lines, index, below))
            # (nor an ad's label, furniture by its own shape, right under a finished paragraph and over a line right
            # over more text, no chip between: "Promoted" over "Scroll on for more" reads as a post's title over its
            # text, closed by the article's own counters)
            and not _label_in_text(lines, index, below)
            # (nor the last entry of a table of contents over the sections it lists: 'Care and repairs' over
            # 'Listen · 6 min' reads as a story's headline over its chip)
            and not in_contents(lines, below, len(lines))
        ):
            found.append(index)
            head = below
    return found


# (English) a forum's quote of another post or story: 'A Name said:', 'outlet wrote:' (a name of up to six words).
_ATTRIBUTION = re.compile(r"^[^\W\d][\w.'’&-]{0,40}(?: [\w.'’&-]{1,40}){0,5} (?:said|wrote|posted):$")


def quotes_below(lines: list[Line], index: int) -> bool:
    """lines[index] opens a quoted post ('A said:') and a headline right over its text stands below it: a story
    carried in full inside a reply. (Over a paragraph, 'Mr Name said:' opens a quote in the article's own text.)"""
    return (
        bool(_ATTRIBUTION.fullmatch(lines[index].text))
        and index + 2 < len(lines)
        and not lines[index + 1].is_prose
        and headed(lines, index + 1)
        and text_follows(lines, index + 2)
    )


def _quoted_or_story(lines: list[Line], index: int, repeated: frozenset[str]) -> int | None:
    """The headline of the story below the separator lines[index]: right under a quoted post's opening, or
    story_below's."""
    if quotes_below(lines, index):
        return index + 1
    return story_below(lines, index + 1, repeated, lead=True)


def _label_in_text(lines: list[Line], index: int, head: int) -> bool:
    """lines[index] is an ad's label set inside the text: furniture by its own shape, right under a finished paragraph,
    the line below it (the "headline" lines[head]) right over more prose, no source line between."""
    above = lines[index - 1]
    return (
        lines[index].is_furniture
        and above.is_prose
        and above.sentence_end
        and head + 1 < len(lines)
        and lines[head + 1].is_prose
    )


def story_below(
    lines: list[Line], position: int, repeated: frozenset[str] = frozenset(), lead: bool = False
) -> int | None:
    """The headline of a story starting at lines[position] (None: no story): a headline over its source line,
    or a source line over its headline ("outlet.com" over a headline over its text); below a counter ("— 2 / 3
    —"), a headline over its text, one or two chips (an outlet's name) above it, a credit or a standfirst below.
    `lead`: or right under a short sentence that presents it to the reader (_presents); there, as below a counter,
    a headline over its text is enough (a credit line between or not)."""
    if lead and position + 2 < len(lines) and _presents(lines[position]) and not _presents(lines[position + 1]):
        found = _story_below(lines, position + 1, repeated)
        if found is None and headed(lines, position + 1) and text_follows(lines, position + 2):
            found = position + 1
        if found is not None:
            return found
    return _story_below(lines, position, repeated)


LEAD_WORDS = 15  # the longest sentence presenting the story below it
# (English) the story below named by a determiner pointing at it: 'Read this second article, then compare the two.',
# 'The story below first ran in a local paper.'
_PRESENTED = re.compile(
    r"\b(?:this|the|following|next|second|another)\s(?:[\w-]{1,20}\s)?(?:article|story|text|piece|passage|report)\b",
    re.IGNORECASE,
)


def _presents(line: Line) -> bool:
    """A short sentence naming an article or a story ('Read this second article, then compare the two.', 'The story
    below first ran in a local paper.'): a note presenting the story carried under it, between the heading over it
    and its headline. No question: a reader's comment asks for 'the original report?'."""
    return (
        line.sentence_end
        and line.words <= LEAD_WORDS
        and not line.text.endswith("?")
        and bool(_PRESENTED.search(line.text))
    )


def _story_below(lines: list[Line], position: int, repeated: frozenset[str] = frozenset()) -> int | None:
    if short_below_headline(lines, position) and story_head(lines, position, repeated):
        return position
    # A channel's posts, each closed by its counters: the next one's headline under the last one's counter line.
    if position + 1 < len(lines) and counter_line(lines[position]) and is_post(lines, position + 1):
        return position + 1
    if is_post(lines, position):
        return position
    if _COUNTER.fullmatch(lines[position - 1].text):
        for place in range(position, min(position + 1 + _COUNTED_CHIPS, len(lines) - 1)):
            credited = source_line(lines[place + 1])
            if headed(lines, place) and text_follows(lines, place + 1 + credited):
                return place
            if not (is_card_chip(lines[place]) and lines[place].words <= CHIP_WORDS):
                return None
        return None
    if (
        position + 2 < len(lines)
        and lines[position].words <= CHIP_WORDS
        and source_above(lines[position].text)
        and headed(lines, position + 1)
        and text_follows(lines, past_chips(lines, position + 2))
    ):
        return position + 1
    # (or the outlet's bare name over the headline, a time or a credit under it: "The Harbour Courier" over the
    # headline over "4 min")
    return named_head(lines, position)


def is_post(lines: list[Line], position: int) -> bool:
    """A post at lines[position]: a headline right over its text, EMBED_MIN_WORDS words of prose or more, closed
    by a counter line ('👁 12.4K · 09:15') within POST_LINES lines: a short line between two of its paragraphs (a
    subheading or an ad's label), but not two in a row (a list's entries, a name over its address; comments, a
    name over its time), no list heading and no long line that is no paragraph."""
    if position + 1 >= len(lines) or not lines[position + 1].is_prose:
        return False
    # (a title of two short sentences right under a list's heading or the last post's counters)
    above = lines[position - 1] if position else None
    after_break = above is not None and (counter_line(above) or bool(header_kind(above)))
    if not (_post_title(lines[position]) or (after_break and two_sentences(lines[position]))):
        return False
    words = 0
    short = False
    for line in lines[position + 1 : position + POST_LINES]:
        if counter_line(line):
            return words >= EMBED_MIN_WORDS and not short
        if header_kind(line) or (not line.is_prose and (line.words > STORY_BREAK_WORDS or short)):
            return False
        short = not line.is_prose
        words += line.words if line.is_prose else 0
    return False


def _post_title(line: Line) -> bool:
    """A post's title: a headline, or one as long as a sentence but without its stop, opening with a capital."""
    if header_kind(line):
        return False  # (a list's heading over the first post)
    if headline(line):
        return True
    text = line.text
    return is_title_like(line) and not line.sentence_end and not text.endswith(".") and text[:1].isupper()


def separated_story(lines: list[Line], wall: int, end: int, ends: Collection[int] = ()) -> tuple[Card, int] | None:
    """The story below the separator lines[wall], its text up to lines[end], and its last line's index (None: no
    story stands there).

    Its text runs to the next wall, its own subheadings and the prompts pasted in it included (the body-line
    decision judges them later), and a short line of `ends` (a list's entry): a subheading or an item of its own
    list. It stops at a list heading, at a longer entry of `ends`, at the next story's headline or a card's, at a
    long line that is no paragraph or at more than STORY_GAP_LINES lines without prose (the page's footer), and
    ends on a paragraph."""
    head = story_below(lines, wall + 1, lead=True)
    if head is None:
        return None
    start = next((index for index in range(head + 1, end) if lines[index].is_prose), end)
    # (a credit names the story's writers, not where it comes from: no source)
    chips = [
        line.text
        for line in lines[wall + 1 : start]
        if line.index != head and source_line(line) and not line_credit(line) and not counter_line(line)
    ]
    if head > wall + 1 and outlet_name(lines[wall + 1]) and lines[wall + 1].text not in chips:
        chips.insert(0, lines[wall + 1].text)  # (the outlet's bare name over the headline, before a time under it)
    run: list[Line] = []
    kept = gap = 0
    # A story glued on one line (a card's innerText): what follows it is the page's.
    glued = start < end and lines[start].words >= GLUED_STORY_WORDS
    resumed = False
    for line in lines[start : start + 1 if glued else end]:
        if line.is_prose:
            if run and _headed_card(lines, line.index):
                break
            gap = 0
            resumed = False
        elif gap == 0 and (resumed := _resumes(lines, [*run, line], kept, end, ends)):
            gap = 1  # (a long list of the story's own, its text resumed under it: its lines end no story)
        elif line_credit(line) and not line.text.startswith(_DASHES) and run and is_title_like(run[-1]):
            # The next story's byline under its headline: the story ends above them (a sign-off under a paragraph,
            # "—Words by A", is the story's own).
            kept = min(kept, len(run) - 1)
            break
        elif comment_footer(lines, line.index) and len(run) >= 2:
            # Readers' comments below the story (a name, a sentence, '3d · Reply', and again): it ends on its last
            # paragraph above the first commenter's name.
            kept = max((place + 1 for place in range(len(run) - 2) if run[place].is_prose), default=0)
            break
        elif resumed:
            gap += 1
        elif _story_ends(lines, line.index, ends) or (gap := gap + 1) > STORY_GAP_LINES:
            break
        run.append(line)
        kept = len(run) if line.is_prose else kept
    if not kept:
        return None
    body = tuple(line.text for line in run[:kept])
    return Card(lines[head].text, chips[0] if chips else None, None, body), run[kept - 1].index


def _resumes(lines: list[Line], run: list[Line], kept: int, end: int, ends: Collection[int]) -> bool:
    """The short lines of `run` past its last paragraph (run[kept - 1]) are a list of the story's own that its text
    resumes under (related.text_resumes), its paragraphs spaced by blank lines or not."""
    spaced = any(line.blank_before for line in run[1:kept])
    return kept < len(run) and text_resumes(lines, run[kept].index, end, spaced, ends)


def next_story(lines: list[Line], last: int, end: int, ends: Collection[int] = ()) -> tuple[Card, int] | None:
    """The next story of a row carried in full, its head right below lines[last] (the last story's last paragraph)
    or below up to CLOSING_LINES short lines that end a sentence ('"We did it!" she added.', too short to read as
    prose: the last story's closing lines). None: no story there."""
    for place in range(last, min(last + 1 + CLOSING_LINES, end - 1)):
        line = lines[place]
        if place > last and (line.is_prose or not line.sentence_end or line.is_furniture):
            return None
        story = separated_story(lines, place, end, ends)
        if story is not None:
            return story
    return None


def _headed_card(lines: list[Line], index: int) -> bool:
    """lines[index], read as a paragraph, is the next entry's long headline: no sentence ends it, a source or
    credit line stands below it."""
    line = lines[index]
    return (
        index + 1 < len(lines)
        and not line.sentence_end
        and not line.text.endswith(".")
        and is_title_like(line)
        and not line.text[:1].islower()
        and source_line(lines[index + 1])
    )


def _story_ends(lines: list[Line], index: int, ends: Collection[int]) -> bool:
    """lines[index], no paragraph, ends a story carried below a separator (see separated_story)."""
    line = lines[index]
    if (header_kind(line) and not label_inside(lines, index)) or _COUNTER.fullmatch(line.text) or counter_line(line):
        return True
    if line.words > STORY_BREAK_WORDS:
        return True
    # A rule over a line that is no paragraph closes the story (a section break inside it goes on with text).
    if is_rule(line.text) and index + 1 < len(lines) and not lines[index + 1].is_prose:
        return True
    if index in ends and line.words > _SUBHEADING_WORDS:
        return True
    # (A headline over a chip that is no source line is a subheading: "Observation of gait" over "Eye exam".)
    return is_card_head(lines, index) or story_head(lines, index) or named_head(lines, index) is not None


def label_inside(lines: list[Line], index: int) -> bool:
    """lines[index], in a list heading's wording ("Sponsored content"), stands inside a story's text: an ad's label
    below a finished paragraph (a few short lines between: a subheading, an address, another label) and over more
    text than a teaser holds (TAIL_MAX_WORDS), a subheading between them or not. A list heading stands over titles;
    a title over a text of its own (related.is_titled_text) is a list's."""
    if not 0 < index < len(lines) - 2:
        return False
    above = next((line for line in reversed(lines[max(0, index - TEXT_GAP_LINES) : index]) if line.is_prose), None)
    if (
        above is None
        or not above.sentence_end
        or any(line.words > _SUBHEADING_WORDS for line in lines[above.index + 1 : index])
    ):
        return False
    below = index + 1
    line = lines[below]
    if not line.is_prose:
        if line.words > _SUBHEADING_WORDS or line.sentence_end or is_titled_text(lines, below):
            return False
        if source_line(lines[below + 1]) or is_card_head(lines, below) or story_head(lines, below):
            return False
        below += 1
    return lines[below].sentence_end and sum(line.words for line in prose_run(lines, below)) > TAIL_MAX_WORDS


def _shown_above(lines: list[Line], index: int, head: int) -> bool:
    """The headline below lines[index] (lines[head]; an outlet's name over it may stand over other cards too) stands
    above it too: the page's own headline shown again over an excerpt."""
    return any(line.text == lines[head].text for line in lines[:index])


def _after_card(lines: list[Line], index: int) -> bool:
    """A headline over its source line stands right above (the line or the two before it): the story below is
    the next entry of a list of cards set inside the article (a "most popular" box), not a story carried after it."""
    # (Not over a teaser's paragraph: the line below a card's teaser is no card's chip; nor at or below a rule
    # line, "————" or "* * *": it closes the list above; nor a line that is no chip: "Next in your feed" under a
    # list's last card, over a host line and its headline, heads what follows rather than closing the card.)
    if is_rule(lines[index].text) or is_rule(lines[index - 1].text):
        return False
    # (nor a line set apart by a blank line under a card's chip that hugs its title: a chip hugs its own)
    if lines[index].blank_before and not lines[index - 1].blank_before and source_line(lines[index - 1]):
        return False
    if not (source_line(lines[index]) or is_card_chip(lines[index])):
        return False
    first = index - 1 if lines[index - 1].is_prose else index - 2
    return any(
        source_line(lines[other])
        and is_title_like(lines[other - 1])
        and not lines[other - 1].is_prose
        and not _bare_titles(lines, other - 2)
        for other in range(max(1, first), index + 1)
    )


def _bare_titles(lines: list[Line], index: int) -> bool:
    """lines[index] and the line above it are titles without a source line between: a list of bare titles, whose
    last entry owns no chip (what stands under it heads something else: "▶ Next page" over a carried story)."""
    return index >= 1 and all(
        is_title_like(line) and not line.is_prose and not source_line(line) for line in lines[index - 1 : index + 1]
    )


def bare_stories(lines: list[Line], last: int, walls: Collection[int]) -> list[tuple[int, Card, int]]:
    """The stories carried after the article (below lines[last]) under a marker with no chip under their headline,
    each to the next of the list headings `walls` at most: each marker's index, the story, its last line's index
    (bare_story)."""
    found: list[tuple[int, Card, int]] = []
    index = last + 1
    while index < len(lines) - 3:
        end = min([wall for wall in walls if wall > index], default=len(lines))
        story = bare_story(lines, index, end) if _bare_marker(lines[index]) else None
        if story is None:
            index += 1
            continue
        # (a story ends above the next marker over a headline: the next story of the row)
        following = next(
            (
                other
                for other in range(index + 2, story[1] + 1)
                if _bare_marker(lines[other]) and _set_apart(lines, other) and bare_head(lines, other + 1)
            ),
            None,
        )
        if following is not None:
            story = bare_story(lines, index, following)
            if story is None:
                index = following
                continue
        found.append((index, *story))
        index = story[1] + 1
    return found


HANDLE_WORDS = 2  # the most words of a handle a credit line names ('Written by HarbourWatch')


def _handle_credit(line: Line) -> bool:
    """'Written by HarbourWatch': a writer's label ending in "by" and a short name (a handle, which credit_line
    refuses for want of a full name): a credit, no headline."""
    part = by_credit_names(line.text)
    return part is not None and 1 <= len(part.split()) <= HANDLE_WORDS


def _set_apart(lines: list[Line], marker: int) -> bool:
    """The marker lines[marker] stands apart from the story above it: a blank line over it, or only a paragraph or
    furniture by its own shape (its buttons) between them. A short line under other short lines, no blank line
    between, is an item of a list the story holds ("Age: 23" over "Height: 6 ft" over a paragraph)."""
    if lines[marker].blank_before:
        return True
    above = marker - 1
    while above >= 0 and not lines[above].is_prose:
        if not lines[above].is_furniture or lines[above].blank_before:
            return False
        above -= 1
    return True


def _bare_marker(line: Line) -> bool:
    """A marker's shape: a short line that is no paragraph and ends no sentence, no card's chip ("Outlet · 4h"), no
    popular list's heading (what it carries in full is links._reads_as_story's to say: a site's blurb under it reads
    as a headline over paragraphs too)."""
    if line.is_prose or line.words > 8 or line.sentence_end or source_line(line):
        return False
    return header_kind(line) != "popular"


def bare_head(lines: list[Line], position: int) -> bool:
    """A headline right over its text, no chip between: a title's length, no final stop, over a finished paragraph,
    and another finished one right below it or past a few lines of furniture by their own shape (an ad's label), the
    two longer than a teaser. A list's title over its teaser has the next title below the teaser, no second paragraph;
    a teaser over the page's closing sentence ("Articles belong to their publishers.") is a teaser's length.

    No headline: an outlet's bare name (over its blurb), a lead-in's label ("Don't miss: ..."; but a headline with a
    colon, "Harbour Awards: Ferry crews win", heads the block its marker opens), two sentences (a promo's "We are
    open. Learn how")."""
    if position + 2 >= len(lines):
        return False
    line = lines[position]
    if not is_title_like(line) or line.text.endswith((".", ":")) or not line.text[:1].isupper():
        return False
    if line_credit(line) or source_line(line) or header_kind(line) or outlet_name(line) or _handle_credit(line):
        return False
    if (is_lead_in_teaser(line.text) and not _heads_block(lines, position)) or _SENTENCE_INSIDE.search(line.text):
        return False
    first = lines[position + 1]
    if not (first.is_prose and first.sentence_end):
        return False
    for other in lines[position + 2 : position + 3 + TEXT_GAP_LINES]:
        if other.is_prose:
            return other.sentence_end and first.words + other.words > TEASER_WORDS
        if not other.is_furniture:  # (by its own shape: the folder repeats a list's titles too)
            return False
    return False


def _heads_block(lines: list[Line], position: int) -> bool:
    """lines[position] stands in a block its marker opens (a blank line above the marker, none between it, this line
    and the paragraph below): a story's head. A lead-in teaser is set apart from the lines around it, or set inside a
    text that runs on with no blank line."""
    return (
        0 < position < len(lines) - 1
        and lines[position - 1].blank_before
        and not lines[position].blank_before
        and not lines[position + 1].blank_before
    )


def bare_story(lines: list[Line], marker: int, end: int) -> tuple[Card, int] | None:
    """The story under the marker lines[marker] when a bare headline stands right below it (bare_head), and its last
    line's index. Its text runs from paragraph to paragraph across its own short lines (a list, an ad's label, a
    subheading), up to STORY_GAP_LINES of them, and stops at a list heading, a long line that is no paragraph, or
    a paragraph past a title-like line that reads as a list's teaser: alone between short lines, no longer than
    TEASER_WORDS (or a headline read as prose: no sentence ends it)."""
    head = marker + 1
    if not bare_head(lines, head):
        return None
    run: list[Line] = []
    kept = 0
    gap: list[Line] = []
    resumed = False
    for line in lines[head + 1 : end]:
        if line.is_prose:
            titled = any(is_title_like(other) for other in gap)
            if titled and (not line.sentence_end or _teaser_alone(lines, line.index)) and not resumed:
                break
            gap = []
            resumed = False
            run.append(line)
            kept = len(run)
            continue
        if not gap and kept:
            # (a long list of the story's own, its text resumed under it: its lines head no other story)
            resumed = _resumes(lines, [*run, line], kept, end, ())
        if not resumed:
            if line.words > STORY_BREAK_WORDS or header_kind(line) or counter_line(line):
                break
            if story_head(lines, line.index) or is_card_head(lines, line.index):
                break  # (the next story's headline over its source line, or a card's)
        gap.append(line)
        if len(gap) > STORY_GAP_LINES and not resumed:
            break
        run.append(line)
    if not kept:
        return None
    body = tuple(line.text for line in run[:kept])
    return Card(lines[head].text, None, None, body), run[kept - 1].index


def _teaser_alone(lines: list[Line], index: int) -> bool:
    """lines[index], a paragraph, no longer than a teaser, stands alone (no finished paragraph right below it: a
    list's next title may read as prose) or is cut short ("…")."""
    line, below = lines[index], index + 1
    if line.words > TEASER_WORDS:
        return False
    cut = line.text.rstrip("\"'”’)").endswith(("…", "..."))
    return cut or not (below < len(lines) and lines[below].is_prose and lines[below].sentence_end)


def closed_before_bare_story(lines: list[Line], first: int, last: int) -> int:
    """The body run's last line once a story carried under a marker with a bare headline is cut off (bare_story: a
    marker, a headline right over its text, EMBED_MIN_WORDS words of it), when the article's own text is closed
    above the marker by a line that is no paragraph (its writer's sign-off, a photo credit, its buttons) and
    PROSE_ABOVE words of prose stand above, the marker opening a block (a blank line above it) that its headline and
    text go on (none between them). A subheading inside the article stands right under a paragraph, an item of a
    list under the item before it; two short lines over two paragraphs in a block of their own, under another short
    line, are the next story's marker and headline. `last` without one."""
    prose_words = 0
    for index in range(first, last - 2):
        line = lines[index]
        if line.is_prose:
            prose_words += line.words
            continue
        if prose_words < PROSE_ABOVE or lines[index - 1].is_prose or not _bare_marker(line):
            continue
        # (the marker opens a block, the headline and the text follow it in that block: the items of a list set
        # inside the article stand one under the other, no blank line between them)
        if not line.blank_before or lines[index + 1].blank_before or lines[index + 2].blank_before:
            continue
        story = bare_story(lines, index, last + 1)
        if story is not None and sum(len(text.split()) for text in story[0].body) >= EMBED_MIN_WORDS:
            return index - 1
    return last

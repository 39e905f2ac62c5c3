"""What a dump links to and carries after its article: related links and the stories carried in full.

Entries under the list headings after the body (related and popular lists; below a rule or a marker, the story
there read whole), those the listing decision recognises by their shape, cards glued on one line each, and
'Related: ...' lines inside the body; each carried story once, under its first title, its text rendered as
paragraphs. extract.py asks `links` once the body run is known.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise

from converter.article import Article, RelatedLink
from converter.markdown import escape_paragraph
from converter.textdump import marked, metadata, stacked
from converter.textdump.asides import comment_lines
from converter.textdump.carried import pasted_paragraphs
from converter.textdump.cleanup import clean_pasted_text
from converter.textdump.furniture import inline_related, is_address_line
from converter.textdump.glued import glued_cards
from converter.textdump.lines import Line, make_line
from converter.textdump.listing import (
    CREDIT_LINES,
    credited_text,
    entry_lines,
    find_cards,
    is_credit,
    refuses,
    timed_title,
)
from converter.textdump.page import Page
from converter.textdump.prompts import is_lead_in_teaser
from converter.textdump.related import (
    EMBED_MIN_WORDS,
    GLUED_STORY_WORDS,
    TEASER_WORDS,
    Card,
    heads_author_box,
    is_title_like,
    outlet_tagged,
    parse_cards,
)
from converter.textdump.separators import bare_stories, is_post, label_inside, next_story, separated_story
from converter.textdump.story_heads import named_head, past_chips, text_follows
from converter.textdump.title_lists import (
    list_heads,
    numbered_titles,
    sentence_counts,
    spaced_titles,
    teased_titles,
    titles_only,
)

# A time of day ('8:31', '21:05'): a meta line's, no headline's.
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_OPENING_QUOTES = "'\"‘“«"
MARKER_WORDS = 4  # the longest marker line over a story carried whole ("Keep reading below")
HEADLINE_TEXT_WORDS = 30  # the longest headline (is_title_like's)
TEASER_CUT_WORDS = 20  # a listed headline cut short is shorter: a line this long ending with "…" is a teaser


def links(
    page: Page, first: int, last: int, cut: int, rel: str, repeated: frozenset[str], site: str | None
) -> tuple[tuple[RelatedLink, ...], tuple[Article, ...]]:
    """The related links (cards after the body, 'Related: ...' lines in it) and the full texts carried."""
    cards = page_cards(page, last, cut, repeated)
    related = [RelatedLink(title=card.title, source=card.source, teaser=card.teaser) for card in cards]
    for line in page.lines[first : last + 1]:
        linked = inline_related(line.text)
        if linked and all(link.title != linked for link in related):
            related.append(RelatedLink(title=linked))
    embedded = (
        Article(
            title=card.title,
            body=_render_pasted(pasted_paragraphs(page.lines, page.furniture, last, card, repeated, site)),
            source_name=card.source,
            raw=rel,
        )
        for card in cards
        if card.body
    )
    return tuple(related), tuple(article for article in embedded if article.body)


def page_cards(page: Page, last: int, cut: int, repeated: frozenset[str]) -> list[Card]:
    """The entries after the body: under list headings, and those recognised by their shape."""
    # The entries the listing decision accepts, and the list headings, end the text a story before them carries.
    found = [index for index in entry_lines(page.lines, last, repeated) if not _under_comments(page, index)]
    ends = {*found, *page.walls}
    # A card that carries a full text is an entry whatever its title looks like.
    cards = [
        card
        for card in _related_cards(page, last, cut, ends)
        if card.body or not refuses(page.lines, last, card.title, repeated)
    ]
    # Entries the list headings did not announce: recognised by their shape (textdump/listing.py).
    known = {card.title for card in cards}
    cards += [
        card
        for card in find_cards(page.lines, last, repeated, walls=page.walls, found=found)
        if card.title not in known
    ]
    # Cards on one line each ("Title - Outlet - 3h"), taken whole by the listing decision or not at all.
    glued = glued_cards(page.lines, last)
    if glued:
        whole = {card.title for card in glued}
        cards = [card for card in cards if not any(card.title.startswith(title) for title in whole)] + glued
    # Under a "most read" or "trending" heading after the body, the stories it lists (other articles of the site, as a
    # related list's are) and those carried in full; under the writer's box heading ("About the author"), none but
    # a story pasted whole (its name and bio are no titles).
    known = {card.title for card in cards}
    popular = [card for card in _related_cards(page, last, cut, ends, kind="popular") if card.title not in known]
    carried = [card for card in popular if _reads_as_story(page.lines, last, card, page.furniture)]
    heads = {_title_line(page, last, card) for card in popular if card.body}
    carried_text = {text for card in carried for text in card.body}
    cards += [
        card
        for card in popular
        if card in carried
        or (
            not card.body
            and _listed_popular(page, last, card, heads)
            and not _text_resumed(page, last, card, carried_text)
            and not refuses(page.lines, last, card.title, repeated)
        )
    ]
    known = {card.title for card in cards}
    # (the list headings and the page's running count of sentences, read once for the three readers of title lists)
    sentences = sentence_counts(page)
    headings = list_heads(page, last, sentences)
    titled = [*titles_only(page, last, headings), *numbered_titles(page, last)]
    cards += [Card(title) for title in titled if title not in known]
    cards = _with_teased(cards, teased_titles(page, last, headings))
    known = {text for card in cards for text in (card.title, card.teaser, card.source) if text}
    cards += [card for card in spaced_titles(page, last, sentences) if card.title not in known]
    cards = _without_list_heads(
        page, last, _outside_stories(page, last, _carried_once(_with_bare_stories(page, last, cards)))
    )
    return _without_tagged_outlets(_past_list_heads(page, last, cards, ends))


def _without_tagged_outlets(cards: list[Card]) -> list[Card]:
    """The cards without an outlet's name tagged with its leaning or its time ("The Harbour Courier (Lean left)") read
    as a title: the source line of the entry below it (its title read as its teaser becomes the entry's); nor a line
    counting what a story gathers ("Covered by 21 outlets", "Readers respond (14)"): an entry's chip or a heading."""
    titles = {card.title for card in cards}
    kept = []
    for card in cards:
        if card.body or not (outlet_tagged(card.title) or counts_coverage(card.title)):
            kept.append(card)
        elif card.teaser and _headline_text(card.teaser) and card.teaser not in titles:
            kept.append(Card(card.teaser, card.title))
            titles.add(card.teaser)
    return kept


# (English) What a count line counts: the outlets covering a story, the replies under it.
_COVERAGE_COUNT = re.compile(
    r"\b\d[\d,]*\+?\s+(?:news\s+)?(?:outlets|sources|publications|comments|replies|reactions)\b|\(\d{1,3}\)$",
    re.IGNORECASE,
)
COUNT_LINE_WORDS = 6  # the longest line counting a story's outlets or replies ("Seen across 18 outlets")


def counts_coverage(text: str) -> bool:
    """A short line counting a story's outlets or its replies ("Covered by 21 outlets", "What readers say (27)"): a
    chip or a heading, no title (a count in brackets is no year: three digits at most)."""
    return len(text.split()) <= COUNT_LINE_WORDS and _COVERAGE_COUNT.search(text.strip()) is not None


def _headline_text(text: str) -> bool:
    """A headline's words: a title's length, no final stop (a teaser's sentence ends with one)."""
    return 3 <= len(text.split()) <= HEADLINE_TEXT_WORDS and not text.rstrip("\"'”’").endswith(".")


LIST_HEAD_WORDS = 6  # the longest heading of a list in a wording no heading reader knows ('Next in Weekend Reads')


def _without_list_heads(page: Page, last: int, cards: list[Card]) -> list[Card]:
    """The cards without the headings of the lists read for entries: a short line with no source, teaser nor text of
    its own, over the title of an entry that has them ('More from the harbour desk' over a title and its outlet's
    name), after a blank line and under no title alone like it: a list's entries share their shape, and the line
    above the first one without it heads them (under a title alone, it is the last of a list of titles alone; right
    under another line, a title whose chips the entry above took)."""
    lines = {card: _title_line(page, last, card) for card in cards}
    full = {index for card, index in lines.items() if index is not None and (card.source or card.teaser or card.body)}
    bare = {index for card, index in lines.items() if index is not None and index not in full}
    kept = []
    for card in cards:
        index = lines[card]
        if index is None or index not in bare or index + 1 not in full or index - 1 in bare:
            kept.append(card)
            continue
        line = page.lines[index]
        if line.words > LIST_HEAD_WORDS or line.sentence_end or not line.blank_before:
            kept.append(card)
    return kept


def _past_list_heads(page: Page, last: int, cards: list[Card], ends: Collection[int]) -> list[Card]:
    """The cards read from a list's heading set right: a short line with no stop ('Next in the evening edition') whose
    card took the headline under it (`_announces`) for the first line of the text it carries, that headline over its
    chip (a source, a credit, a time: `_chip`), gives way to the headline and the text under its chips; one
    whose card took for its teaser the headline of an entry read with its source or text already is dropped. A title
    over a teaser or a blurb stays one."""
    lines = page.lines
    known = {card.title for card in cards}
    full = {card.title for card in cards if card.source or card.body}
    kept = []
    for card in cards:
        index = _title_line(page, last, card)
        if index is None or index + 2 >= len(lines) or not _announces(lines[index], lines[index + 1]):
            kept.append(card)
            continue
        headline = lines[index + 1].text
        if card.teaser == headline and headline in full and lines[index].words <= MARKER_WORDS:
            continue  # (the heading over an entry read whole already)
        if card.body and card.body[0] == headline and _chip(lines[index + 2]) and headline not in known:
            known.add(headline)
            kept.append(Card(headline, body=credited_text(lines, index + 2, ends) or card.body[1:]))
            continue
        kept.append(card)
    return kept


def _chip(line: Line) -> bool:
    """A chip right under a headline: a short line (MAX_META_WORDS words at most) with no blank line above it, no
    paragraph ('via Quay Weekly', 'Pier Weekly · Ann Lee')."""
    return not line.blank_before and line.words <= marked.MAX_META_WORDS and not line.is_prose


def _announces(head: Line, below: Line) -> bool:
    """`head` announces the headline `below` it: a short line with no stop (LIST_HEAD_WORDS words at most) over a
    headline two words longer or more: title-shaped, or in title case whatever its end (a teaser or a paragraph is a
    sentence)."""
    if head.words > LIST_HEAD_WORDS or head.sentence_end or head.text.endswith(":"):
        return False
    if below.words < head.words + 2 or below.text.rstrip("\"'”’)").endswith(("…", "...")):
        return False
    return marked.title_shaped(below.text) or below.is_title_case


def _with_teased(cards: list[Card], teased: list[Card]) -> list[Card]:
    """The cards with those of a list of titles over teasers (teased_titles): its teasers are no entries, and each
    of its titles is one, with its teaser."""
    if not teased:
        return cards
    teasers = {card.teaser for card in teased}
    by_title = {card.title: card for card in teased}
    kept = [
        Card(card.title, card.source, by_title.pop(card.title).teaser)
        if card.title in by_title and not card.body
        else card
        for card in cards
        if card.body or card.title not in teasers
    ]
    return kept + list(by_title.values())


def _with_bare_stories(page: Page, last: int, cards: list[Card]) -> list[Card]:
    """The stories carried under a marker with a bare headline (separators.bare_stories) first, and the other cards
    without those that read their lines otherwise (the headline as a bare entry, a paragraph as a title)."""
    walls = [index for index, kind in page.walls.items() if kind != "comments"]  # (a button "Comment" heads nothing)
    every = bare_stories(page.lines, last, walls)
    heads = {page.lines[index].text for marker, _, _ in every for index in (marker, marker + 1)}
    # (a story another card carries under the same headline, its text and no other story's, is read: its source over
    # it is kept there)
    found = [
        (marker, story, story_last)
        for marker, story, story_last in every
        if not any(
            card.title == story.title and set(card.body).intersection(story.body) and not heads.intersection(card.body)
            for card in cards
        )
    ]
    stories: list[Card] = []
    covered: set[str] = set()
    for marker, story, story_last in found:
        # (its marker, headline and paragraphs: an ad's label inside it may stand in other stories too)
        span = {line.text for line in page.lines[marker : story_last + 1] if line.index <= marker + 1 or line.is_prose}
        # (a story another card carries from a headline above the marker holds it: the marker is its subheading; a
        # card read from one of these markers or headlines holds nothing, nor one read from a short line of the
        # story's own text: its subheading or an item of its list)
        inside = {line.text for line in page.lines[marker + 2 : story_last + 1]}
        if not any(
            other.title not in heads and other.title not in inside and span.intersection(other.body) for other in cards
        ):
            stories.append(story)
            covered |= span
    if not stories:
        return cards
    kept = [card for card in cards if card.title not in covered and not covered.intersection(card.body)]
    # (a chip or a teaser read from a marker or a headline below an entry is that story's, not the entry's)
    kept = [
        Card(
            card.title,
            None if card.source in covered else card.source,
            None if card.teaser in covered else card.teaser,
            card.body,
        )
        for card in kept
    ]
    return stories + kept


def _outside_stories(page: Page, last: int, cards: list[Card]) -> list[Card]:
    """The cards without the lines of a carried story's text read for entries: a title below the first paragraph of a
    story carried in full, a paragraph further below it (_paragraph), no list heading between the three. A short line
    between a story's paragraphs is its own (a subheading, an item of a list it holds) wherever its text was cut."""
    starts = sorted(index for card in cards if card.body and (index := _body_line(page, last, card)) is not None)
    if not starts:
        return cards
    walls = sorted(page.walls)
    kept = []
    for card in cards:
        index = None if card.body else _title_line(page, last, card)
        start = next((start for start in reversed(starts) if index is not None and start < index), None)
        if index is None or start is None or any(start < wall <= index for wall in walls):
            kept.append(card)
            continue
        end = next((wall for wall in walls if wall > index), len(page.lines))
        if not any(_paragraph(page.lines, other) for other in range(index + 1, end)):
            kept.append(card)
    return kept


def _paragraph(lines: list[Line], index: int) -> bool:
    """A paragraph of a story's text: a line of prose longer than any teaser, beside another line of prose (a long
    teaser stands alone between its title and the next)."""
    if not (lines[index].is_prose and lines[index].words > TEASER_WORDS):
        return False
    return any(0 <= other < len(lines) and lines[other].is_prose for other in (index - 1, index + 1))


def _body_line(page: Page, last: int, card: Card) -> int | None:
    """The line of the first paragraph of the text a card carries."""
    return next((line.index for line in page.lines[last + 1 :] if line.text == card.body[0]), None)


def _text_resumed(page: Page, last: int, card: Card, carried_text: Collection[str]) -> bool:
    """Paragraphs one after the other below the card's popular heading, before the next list heading, that no story
    under it carries: the article's text resumed under the site's list set inside it (its entries are the source
    page's widget, not the aggregator's list)."""
    index = _title_line(page, last, card)
    if index is None:
        return False
    wall = max((wall for wall in page.walls if wall < index), default=index)
    end = min((other for other in page.walls if other > wall), default=len(page.lines))
    prose = [line for line in page.lines[index:end] if line.is_prose and line.sentence_end]
    return any(
        after.index == before.index + 1 and before.text not in carried_text and after.text not in carried_text
        for before, after in pairwise(prose)
    )


def _title_line(page: Page, last: int, card: Card) -> int | None:
    return next((line.index for line in page.lines[last + 1 :] if line.text == card.title), None)


def _listed_popular(page: Page, last: int, card: Card, heads: Collection[int | None]) -> bool:
    """A title under a popular list's heading after the body, above any paragraph there and any story carried under
    it (`heads`: their headlines' lines): an entry of the list. Under the writer's box heading ("About the author")
    none is; below a paragraph or a carried story's headline, the titles are that story's own (its sections)."""
    index = _title_line(page, last, card)
    if index is None or _CLOCK_TIME.search(card.title):
        return False  # (a commenter's or a writer's line, 'Ann Lee 8:31 AM on May 2', no headline)
    wall = max((wall for wall in page.walls if wall < index), default=None)
    if wall is None or page.walls[wall] != "popular" or heads_author_box(page.lines[wall]):
        return False
    if any(head is not None and wall < head < index for head in heads):
        return False
    between = [line for line in page.lines[wall + 1 : index] if line.is_prose]
    # (a paragraph: a line longer than a teaser, or two sentences' lines in a row, as no title has two teasers)
    return not any(line.words > TEASER_WORDS for line in between) and not any(
        before.index + 1 == after.index and before.sentence_end and after.sentence_end
        for before, after in pairwise(between)
    )


# A word and its count among the page's items: 'Clipping 7 of 17', 'Slide 3/12'.
_COUNTED = re.compile(r"[A-Za-z]{2,20} \d{1,3} ?(?:of|/) ?\d{1,3}")


def no_headline(text: str) -> bool:
    """A list's chip ('Coast Ledger · 10 Dec 2023', 'Right · Coast Ledger') or a teaser cut short (TEASER_CUT_WORDS
    words or more, an ellipsis at its end) that a list's reader took for an entry's title."""
    words = len(text.split())
    if words >= TEASER_CUT_WORDS and text.rstrip("\"'”’)").endswith(("…", "...")):
        return True
    if is_address_line(text):
        return True  # (a printed list's address line under its title: no title of an article)
    if _COUNTED.fullmatch(text):
        return True  # (a counter of the items a page shows, 'Story 7 of 17', 'Part 2/3': it names no article)
    return words <= marked.MAX_META_WORDS and stacked.is_time_chip(make_line(0, text, frozenset()))


def without_posts(page: Page, last: int, related: tuple[RelatedLink, ...]) -> tuple[RelatedLink, ...]:
    """The related links without readers' posts under a comments heading (_under_comments), whichever list read them."""
    if "comments" not in page.walls.values():
        return related
    posts = {line.text for line in page.lines[last + 1 :] if _under_comments(page, line.index)}
    return tuple(link for link in related if link.title not in posts)


def _under_comments(page: Page, index: int) -> bool:
    """A sentence under a comments heading, no other list heading between: a reader's post, no other story (a
    commenter's name and time over it read as a card's source line). A headline there, with no stop, is an entry
    of a list under a heading no wall was found for."""
    if not page.lines[index].sentence_end or marked.abbreviation_end(page.lines[index].text):
        return False  # (a headline ends with no stop but an abbreviation's: '... in L.A.')
    above = max((wall for wall in page.walls if wall < index), default=None)
    return above is not None and page.walls[above] == "comments"


def _reads_as_story(lines: list[Line], last: int, card: Card, furniture: list[bool] | None = None) -> bool:
    """A card under a popular-list heading carries a story: a headline, its source, credit or time, then
    EMBED_MIN_WORDS words of paragraphs.

    No headline: a person's name or a credit (the article's own text resumed under its author's name), a
    lead-in teaser ("Label: Another Headline", pasted inside a story), a line in lower case. No story: text
    right under its title (a site's blurb in the footer; but a marker of the page's `furniture` over the title heads
    a story: _marked_head), a list of long titles or of titles cut short with
    "..." (prose that ends no sentence), a list of teasers (a credit line inside the text: the next card's).
    """
    title = card.title
    opening = title.lstrip(_OPENING_QUOTES)[:1]  # (a headline may open on a quote: "'Iron' director speaks")
    if not opening.isupper() or metadata.is_name_line(title) or is_credit(title) or is_lead_in_teaser(title):
        return False
    top = next((line.index for line in lines[last + 1 :] if line.text == title), None)
    start = next((line.index for line in lines[last + 1 :] if line.text == card.body[0]), None) if card.body else None
    if top is None or start is None:
        return False
    # (right under its headline, a story's text goes on paragraph after paragraph: a blurb stands alone)
    marked = furniture is not None and _marked_head(lines, furniture, top, start) and _paragraphs_on(lines, start)
    if not (1 <= start - top - 1 <= CREDIT_LINES or marked):
        return False
    if any(is_credit(text) for text in card.body):
        return False
    sentences = sum(len(text.split()) for text in card.body if _ends_sentence(text))
    return sentences >= EMBED_MIN_WORDS


def _marked_head(lines: list[Line], furniture: list[bool], top: int, start: int) -> bool:
    """A headline right over its text, under a short line of the page's furniture that is no card's chip ("Keep
    reading", repeated over each story of a feed): a marker heading a story carried whole, not a site's name over
    its blurb (the furniture rules and the folder know no name)."""
    above = top - 1
    return (
        start == top + 1
        and above > 0
        and furniture[above]
        and lines[above].words <= MARKER_WORDS
        and not lines[above].sentence_end
        and not lines[above].is_marker
    )


def _paragraphs_on(lines: list[Line], start: int) -> bool:
    """Two finished paragraphs one right after the other from lines[start]."""
    return start + 1 < len(lines) and all(line.is_prose and line.sentence_end for line in lines[start : start + 2])


def _ends_sentence(text: str) -> bool:
    end = text.rstrip("\"'”’)")
    return end.endswith((".", "!", "?")) and not end.endswith(("..", "…"))


def _related_cards(page: Page, last: int, cut: int, ends: Collection[int] = (), kind: str = "related") -> list[Card]:
    """Entries of the lists after the body under headings of `kind`, and the full-text cards past the
    cut (a carried text stops at a line of `ends`)."""
    lines = page.lines
    cards: list[Card] = []
    walls = sorted(index for index, wall_kind in page.walls.items() if index > last and wall_kind == kind)
    for wall in walls:
        following = [index for index in page.walls if index > wall]
        # Below a rule or a marker, the story found there, to the next wall, its subheadings within its text, past
        # the cut too: each story of a row carried in full has its own (textdump/separators.py). (An ad's label
        # inside its text, worded as a list heading, is no wall to it.)
        story_end = min([index for index in following if not label_inside(lines, index)], default=len(lines))
        story = separated_story(lines, wall, story_end, ends) if _reads_whole(page, wall) else None
        start = wall + 1
        while story is not None:
            carried, story_last = story
            if all(carried.title != other.title for other in cards):
                cards.append(carried)
            start = story_last + 1  # the entries of a list below the story
            # (the next story of a row carried under one marker, its headline over its source line right below)
            story = next_story(lines, story_last, story_end, ends)
        if start > wall + 1 and start in page.walls:
            continue  # (a heading right below a story: its entries are that wall's, read by its own kind's rules)
        if wall >= cut and wall != cut:
            continue
        end = min([*following, len(lines)]) if wall != cut else len(lines)
        if start > wall + 1:
            # (the next story below a marker is read by its own wall: no entry of a list below this one)
            end = min([*(index for index in following if index in page.separators), end])
        comments = comment_lines(lines, start, end)  # (readers' comments below a story: no entries)
        zone = [
            line
            for line in lines[start:end]
            if (
                not page.furniture[line.index]
                or line.words <= 4
                or _heads_text(page, line.index)
                or _heads_chipped_text(page, line.index)
                or timed_title(lines, line.index)  # (a card the site lists on many pages: listing.in_folder)
                or _over_cut_teaser(page, line.index)
            )
            and line.index not in comments
        ]
        for card in parse_cards(zone, ends):
            # A credit line names people, not another story ("Story by A" under a carried story's title).
            if all(card.title != other.title for other in cards) and not is_credit(card.title):
                cards.append(_with_credited_text(lines, wall, end, card, ends))
    return cards


def _over_cut_teaser(page: Page, index: int) -> bool:
    """A headline the folder repeats (furniture by repetition only) right over its own teaser cut short ('Apple has
    reportedly talked to…'), which the folder does not repeat, under its number ('2'): an entry of a numbered list the
    site shows on many pages, whose title the list's reader must not lose to its teaser. (Not a title under a heading
    or another entry's teaser: the text of a story carried above the list would run on through the list.)"""
    lines = page.lines
    line, below = lines[index], index + 1
    above = lines[index - 1].text if index else ""
    return (
        not line.is_furniture
        and above.strip("().").isdigit()
        and len(above) <= 4
        and below < len(lines)
        and not page.furniture[below]
        and is_title_like(line)
        and not line.text.endswith((".", "…", "..."))
        and lines[below].words <= TEASER_WORDS
        and lines[below].text.rstrip("\"'”’)").endswith(("…", "..."))
    )


def _heads_text(page: Page, index: int) -> bool:
    """A line the folder repeats (furniture by repetition only) right over a story glued on one line (GLUED_STORY_WORDS
    words): the headline of a story carried on several pages, no site-wide prompt (nor the heading of the site's blurb
    in the footer: a paragraph's length)."""
    line, below = page.lines[index], index + 1
    return (
        not line.is_furniture
        and below < len(page.lines)
        and page.lines[below].words >= GLUED_STORY_WORDS
        and page.lines[below].is_prose
        and not page.furniture[below]
    )


def _heads_chipped_text(page: Page, index: int) -> bool:
    """A headline the folder repeats (furniture by repetition only) over its chips (an outlet's name, a time, a
    credit) and a story's text (EMBED_MIN_WORDS words): a story carried on several pages, whose headline the list's
    reader must not lose to the chip below it."""
    lines = page.lines
    line = lines[index]
    if line.is_furniture or not is_title_like(line) or line.text.endswith(".") or index + 2 >= len(lines):
        return False
    text = past_chips(lines, index + 1)
    return text > index + 1 and text_follows(lines, text)


def _reads_whole(page: Page, wall: int) -> bool:
    """The story below the wall is read whole (separators.separated_story), not as a list's entries: below a rule
    or a marker no list heading names; or below a list heading right over a post closed by its counters (its
    subheadings are no entries), over a story's headline that the folder repeats (furniture by repetition
    only: a list's entries would lose it, and the story would start at its source line), or over an outlet's name
    over the story's headline (a list's entries would take the name for a title)."""
    if wall in page.separated:
        return True
    below = wall + 1
    return (
        wall in page.separators
        and below < len(page.lines)
        and (
            is_post(page.lines, below)
            or (page.furniture[below] and not page.lines[below].is_furniture)
            or named_head(page.lines, below) is not None  # (an outlet's name over the story's headline)
        )
    )


def _with_credited_text(lines: list[Line], wall: int, end: int, card: Card, ends: Collection[int] = ()) -> Card:
    """The card, with the text of the story it carries below its credit and time lines (listing.credited_text)."""
    if card.body or card.teaser:
        return card
    index = next((line.index for line in lines[wall + 1 : end] if line.text == card.title), None)
    body = credited_text(lines, index + 1, ends) if index is not None else ()
    return Card(card.title, card.source, card.teaser, body) if body else card


def _carried_once(cards: list[Card]) -> list[Card]:
    """The cards without those whose title or text stands inside a text an earlier card carries.

    A carried story's subheadings and standfirst look like titles of cards of their own; the story
    is one article, under the first title (and a text that opens on its headline is the story again,
    under the line above it).
    """
    carried: set[str] = set()
    kept = []
    for card in cards:
        if card.title in carried or (card.body and card.body[0] in carried):
            continue
        carried.update(card.body)
        if card.body:
            carried.add(card.title)
        kept.append(card)
    # (whatever the order the readers found them in: a subheading of a story read as a story of its own before the
    # story, its text cut there, stands with all of its text inside the longer text the story's own card carries)
    bodies = [set(card.body) for card in kept]
    return [
        card
        for card, own in zip(kept, bodies, strict=True)
        if not (own and any(card.title in other and own < other for other in bodies if other is not own))
    ]


def _render_pasted(paragraphs: tuple[str, ...]) -> str:
    blocks = []
    for paragraph in paragraphs:
        cleaned = clean_pasted_text(paragraph)
        if cleaned:
            blocks.append(escape_paragraph(cleaned))
    return "\n\n".join(blocks)

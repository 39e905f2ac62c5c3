"""Text dumps (a browser's rendering of a page, one block per line) → the article and what it carries.

    lines → furniture flags → walls (related-list headings) → full-text cards cut off
          → body run (best-scoring run of prose) → title, byline, date, URL, site name around it
          → Markdown body (paragraphs, subheadings) → related links and embedded articles

The rules live in `converter.textdump`; this module only puts them together.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import pairwise

from converter.article import Article, Extraction, RelatedLink
from converter.dates import find_date
from converter.errors import NoArticle
from converter.markdown import escape_paragraph, heading
from converter.sanitize import clean_record
from converter.textdump import bodyline, byline, marked, metadata, paired, runs, stacked
from converter.textdump.asides import BLOCK_MAX_WORDS, FRAME_WORDS, comment_lines
from converter.textdump.bio import writer_box
from converter.textdump.byline import find_byline, organisation_credit
from converter.textdump.byline_names import names_of
from converter.textdump.cards import leading_cards_end
from converter.textdump.carried import Judged, card_lines, pasted_paragraphs, pieces_of
from converter.textdump.cleanup import clean_pasted_text
from converter.textdump.credit_lines import from_names, outlet_credit, sponsor_lines
from converter.textdump.furniture import inline_related, is_free_count
from converter.textdump.glued import glued_cards
from converter.textdump.headings import (
    is_heading_line,
    split_capitals_heading,
    split_colon_heading,
    split_run_in_heading,
)
from converter.textdump.lines import Line, load_language_tables, make_line, split_lines, text_counts
from converter.textdump.listed import with_marked
from converter.textdump.listing import CREDIT_LINES, credited_text, entry_lines, find_cards, is_credit, refuses
from converter.textdump.model import model
from converter.textdump.prompts import is_lead_in_teaser, names_site_or_brand
from converter.textdump.region import announced_list_end, best_run, extend_run, score_lines
from converter.textdump.related import (
    EMBED_MIN_WORDS,
    GLUED_STORY_WORDS,
    TEASER_WORDS,
    Card,
    full_text_starts,
    header_kind,
    heads_author_box,
    parse_cards,
)
from converter.textdump.repeated import NormalizedLines
from converter.textdump.separators import is_post, label_inside, next_story, separated_story, separator_walls
from converter.textdump.signup import consent_dialog, inset_boxes, signup_box
from converter.textdump.story_heads import named_head
from converter.textdump.teased import teased_end
from converter.textdump.title import SITE_TOP, find_title, is_prompt, under_paragraphs
from converter.textdump.walls import find_walls

# A time of day ('8:31', '21:05'): a meta line's, no headline's.
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# Prose words the body must hold to be called an article.
MIN_BODY_WORDS = 15
_OPENING_QUOTES = "'\"‘“«"
MARKER_WORDS = 4  # the longest marker line over a story carried whole ("Keep reading below")
TEASER_CUT_WORDS = 20  # a listed headline cut short is shorter: a line this long ending with "…" is a teaser


@dataclass(frozen=True)
class _Page:
    lines: list[Line]
    furniture: list[bool]
    walls: dict[int, str]  # index → 'related', 'popular' or 'comments'
    separators: tuple[int, ...] = ()  # the walls that are rules or markers above a carried story
    separated: frozenset[int] = frozenset()  # those of them no list heading: each over one story, carried whole
    # Line scores of lines[:cut], by cut: the body search and its extension score the same lines.
    scores: dict[int, list[float]] = field(default_factory=dict)

    def scores_before(self, cut: int) -> list[float]:
        if cut not in self.scores:
            self.scores[cut] = score_lines(self.lines[:cut], self.furniture[:cut])
        return self.scores[cut]


def warm_up() -> None:
    """Load what the first page would otherwise load: jusText's stoplists and the word→languages index.

    Call it once before forking worker processes, so that they share these tables instead of
    each building its own (a few tenths of a second and some 30 MB per process).
    """
    load_language_tables()


def extract_text(
    text: str, rel: str, *, repeated: frozenset[str] = frozenset(), normalized: NormalizedLines | None = None
) -> Extraction:
    """One text dump → its article (and the related articles it carries in full).

    `repeated` holds normalized lines (see `textdump.repeated`) seen on many pages of the same
    run: site-wide menus and footers, furniture whatever their wording. `normalized`: the page's
    lines as the survey normalized them, if it did.
    """
    located = locate(text, rel, repeated=repeated, normalized=normalized)
    page, lines, first, last, title_index = located.page, located.page.lines, located.first, located.last, located.title
    cut, gaps, top = located.cut, located.gaps, located.top
    title = lines[title_index].text if title_index is not None else ""
    site = metadata.site_name(lines)
    found = find_byline(lines, title_index, top, first, last, site)
    # A credit to the outlet named above, right under the headline, is the story's; the credit the model found
    # elsewhere (at the story's end) is then a contributor's, kept out of the body all the same.
    outlet = outlet_credit(lines, title_index)
    contributor = found.index if outlet and found else None
    byline_index, authors = outlet or ((found.index, found.names) if found else (None, []))
    if outlet is None and found is None:
        byline_index, authors = from_names(lines, title_index) or (None, [])  # ("From Ann Lee" under the headline)
    if not authors and (credit := organisation_credit(lines, top, first, last, site)):
        byline_index, authors = credit.index, credit.names  # ("By The Associated Press": no person credited)
    date, _ = metadata.find_date_near(lines, top - 3, first + 3, top if title_index is not None else 0)
    if date is None and byline_index is not None and byline_index > first:
        # A credit closing the article may date it too ("Written by A · 21 December 2023").
        date = find_date(lines[byline_index].text)
    if date is None:
        date = metadata.closing_date(lines, last, page.walls)
    url = metadata.find_url(lines, first)
    if date is None and url:
        date = find_date(url)
    if date is None:
        date = metadata.foot_date(lines)  # (a stamp in the page's foot, under the lists: "Story published ...")

    skip = {index for index in (title_index, byline_index, contributor) if index is not None} | gaps
    # Date stamps inside the run (a time line under the headline, "Nov 18, 2019" above a section).
    skip.update(index for index in range(first, last + 1) if metadata.is_date_only(lines[index]))
    skip |= sponsor_lines(lines, first, last)
    skip.update(index for index in range(first, last + 1) if is_free_count(lines[index].text))  # (a paywall's)
    skip |= writer_box(lines, first, last)  # (the writer's bio closing the story)
    skip |= signup_box(lines, first, last, page.furniture)  # (a newsletter box closing it)
    skip |= consent_dialog(lines, first, last, page.furniture)
    skip |= inset_boxes(lines, first, last, page.furniture)  # (and one set between its paragraphs)
    skip |= bodyline.dropped(
        lines, first, last, _kept(page, first, last, skip), repeated, site=site, furniture=page.furniture
    )
    body = _render_body(page, first, last, skip, title, url)
    if sum(line.words for line in lines[first : last + 1] if line.is_prose) < MIN_BODY_WORDS or not body:
        raise NoArticle(rel, "no article text found (too little prose)")

    related, embedded = _links(page, first, last, cut, rel, repeated, site)
    related = _without_posts(page, last, with_marked(related, lines, first, last, title))
    related = tuple(link for link in related if not _no_headline(link.title))
    article = Article(
        title=marked.without_host(title) or _first_words(lines[first].text),
        body=body,
        authors=tuple(name for name in authors if not site or name.lower() != site.lower()),
        date=date,
        source_name=site,
        source_url=url,
        related=related,
        raw=rel,
    )
    return clean_record(Extraction(article, embedded))


@dataclass(frozen=True)
class Located:
    """Where a dump's article sits: its body run, the headline, the top of the article's credits."""

    page: _Page
    cut: int  # where the pasted related articles begin
    first: int
    last: int
    gaps: set[int]  # lists inside the run, skipped
    title: int | None  # the headline's line
    top: int  # the first line the credits may stand on (the headline's first showing)
    window: int  # the headline was looked for up to this line


def locate(
    text: str, rel: str, *, repeated: frozenset[str] = frozenset(), normalized: NormalizedLines | None = None
) -> Located:
    """The body run and the headline of a dump (raises NoArticle when it holds no run of prose)."""
    page = _read_page(text, repeated, normalized)
    lines = page.lines
    cut = _full_text_cut(page)
    run = _choose_run(page, cut)
    if run is None:
        raise NoArticle(rel, "no article text found (no run of prose lines)")
    first, last, gaps = extend_run(page.scores_before(cut), lines[:cut], run, page.walls)
    last = announced_list_end(lines, page.furniture, page.walls, last, cut)
    last = paired.listed_tail(lines, first, last)
    last = marked.quoted_end(lines, first, last)
    last = marked.bracketed_end(lines, first, last)
    last = stacked.chipped_tail(lines, first, last)
    last = teased_end(lines, first, last)
    # Cards of other posts closed by counters, above the story, are no paragraph of it (textdump/cards.py).
    cards_end = leading_cards_end(lines, first, last)
    if cards_end is not None:
        first = cards_end + 1

    # The run may open with the headline and its date line: look for the title up to the first paragraph (not
    # the page's call to its reader above the headline: "Ask your speaker: ...?").
    first_prose = next(
        (
            index
            for index in range(first, last + 1)
            if lines[index].is_prose and lines[index].sentence_end and not is_prompt(lines, index)
        ),
        first,
    )
    window = min(first_prose + 2, last)
    listed = marked.listed_headline(lines, first, last)
    # The page's top, while every line is furniture, holds the site's lines: one that many pages of the run show
    # (furniture by repetition only: a masthead's tagline) is no headline.
    site_lines = []
    for index in range(min(SITE_TOP, cut)):
        if not page.furniture[index]:
            if not _site_prompt(page, index):
                break
            site_lines.append(index)
        elif not lines[index].is_furniture and metadata.credit_distance(lines, index) != 1:
            site_lines.append(index)  # (a line credited right below is a headline many pages list: no tagline)
    title_index = listed[0] if listed is not None else find_title(lines, window, site_lines=site_lines)
    if listed is None and title_index is not None and _is_the_credit(lines, title_index, first, last):
        above = find_title(lines, window, site_lines=[*site_lines, title_index])
        title_index = title_index if above is None else above
    if title_index is not None and first <= title_index and not under_paragraphs(lines, first, title_index):
        first = title_index + 1
    # A list of other articles above the story (a coverage list, each title over its outlet) heads no paragraph.
    head = first if title_index is None else min(title_index + 1, first)
    opening = marked.opening_list_end(lines, head, first, last)
    if opening is not None:
        first = opening + 1
    title = lines[title_index].text if title_index is not None else ""
    # The headline may be shown twice (above a gallery, then above the text): credits sit by the first.
    top = first if title_index is None else min(i for i, line in enumerate(lines) if line.text == title)
    if listed is not None:
        top = min(top, listed[1])  # (and a contents list naming it heads the story)
    return Located(page, cut, first, last, gaps, title_index, max(top, first - 40), window)


def _is_the_credit(lines: list[Line], index: int, first: int, last: int) -> bool:
    """The line taken for the headline is the one the byline decision takes for the article's credit under the line
    above it ("Ann Lee, Harbour Courier" under the headline, over the date): a line credits the writer or heads the
    story, not both."""
    if not index or not names_of(lines[index].text):  # (most headlines name no one: no byline search)
        return False
    # The line's own score first: the search returns only a line the model accepts, so a line it refuses is no
    # credit whatever the other candidates score (exact; the search scores every candidate around the run).
    decision = model(byline.MODEL)
    if not decision.accepts(byline.features(lines, index, index - 1, first, last)):
        return False
    found = find_byline(lines, index - 1, index - 1, first, last, metadata.site_name(lines))
    return found is not None and found.index == index


def _site_prompt(page: _Page, index: int) -> bool:
    """A line of the page's top naming the site, between two lines of furniture: the site's own prompt in a
    rotating wording ("Read on in the Sitename app", under "Get the app", over "Install")."""
    furniture = page.furniture
    if not 0 < index < len(furniture) - 1 or not (furniture[index - 1] and furniture[index + 1]):
        return False
    return names_site_or_brand(page.lines[index].text, metadata.site_name(page.lines))


def _links(
    page: _Page, first: int, last: int, cut: int, rel: str, repeated: frozenset[str], site: str | None
) -> tuple[tuple[RelatedLink, ...], tuple[Article, ...]]:
    """The related links (cards after the body, 'Related: ...' lines in it) and the full texts carried."""
    cards = _cards(page, last, cut, repeated)
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


def _cards(page: _Page, last: int, cut: int, repeated: frozenset[str]) -> list[Card]:
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
    return _carried_once(cards)


def _text_resumed(page: _Page, last: int, card: Card, carried_text: Collection[str]) -> bool:
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


def _title_line(page: _Page, last: int, card: Card) -> int | None:
    return next((line.index for line in page.lines[last + 1 :] if line.text == card.title), None)


def _listed_popular(page: _Page, last: int, card: Card, heads: Collection[int | None]) -> bool:
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


def _no_headline(text: str) -> bool:
    """A list's chip ('Coast Ledger · 10 Dec 2023', 'Right · Coast Ledger') or a teaser cut short (TEASER_CUT_WORDS
    words or more, an ellipsis at its end) that a list's reader took for an entry's title."""
    words = len(text.split())
    if words >= TEASER_CUT_WORDS and text.rstrip("\"'”’)").endswith(("…", "...")):
        return True
    return words <= marked.MAX_META_WORDS and stacked.is_time_chip(make_line(0, text, frozenset()))


def _without_posts(page: _Page, last: int, related: tuple[RelatedLink, ...]) -> tuple[RelatedLink, ...]:
    """The related links without readers' posts under a comments heading (_under_comments), whichever list read them."""
    if "comments" not in page.walls.values():
        return related
    posts = {line.text for line in page.lines[last + 1 :] if _under_comments(page, line.index)}
    return tuple(link for link in related if link.title not in posts)


def _under_comments(page: _Page, index: int) -> bool:
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


def _read_page(text: str, repeated: frozenset[str], normalized: NormalizedLines | None) -> _Page:
    lines = split_lines(text, normalized)
    counts = text_counts(lines)
    furniture = []
    for line in lines:
        flag = line.is_furniture
        if not flag and repeated and not line.is_prose and line.normalized in repeated:
            flag = True
        furniture.append(flag)
    # A line shown again right below itself (a caption under a gallery, a card's title) is no paragraph.
    for index, line in enumerate(lines):
        if counts[line.text] >= 2 and (
            (index >= 1 and lines[index - 1].text == line.text) or (index >= 2 and lines[index - 2].text == line.text)
        ):
            furniture[index] = True
    walls = {line.index: kind for line in lines if (kind := header_kind(line))}
    # Headings in wordings the lists do not know, recognised by their shape (textdump/walls.py).
    walls.update(dict.fromkeys(find_walls(lines, set(walls), repeated), "related"))
    # A rule or a marker right above a carried story's headline and its source line (textdump/separators.py).
    separators = tuple(separator_walls(lines))
    separated = frozenset(index for index in separators if index not in walls)
    walls.update(dict.fromkeys(separated, "related"))
    return _Page(lines, furniture, walls, separators=separators, separated=separated)


def _full_text_cut(page: _Page) -> int:
    """Where the zone of pasted related articles begins (len(lines) when the page has none).

    A full-text card counts when a related-list heading stands above it and prose stands above
    that heading: then the heading closes the page's own article.
    """
    lines = page.lines
    for start in sorted({*full_text_starts(lines), *(index + 1 for index in page.separators)}):
        walls_before = [index for index in page.walls if index < start]
        if not walls_before:
            continue
        wall = max(walls_before)
        prose_words = sum(line.words for line in lines[:wall] if line.is_prose)
        if prose_words >= 100:
            return wall
    return len(lines)


def _choose_run(page: _Page, cut: int) -> tuple[int, int] | None:
    """The body run; when it lies below a comments heading, the article above that heading wins.

    Readers' comments are prose too, and sometimes more of it than the article has.
    """
    run = runs.choose(page.lines, page.scores_before(cut), page.walls, cut)
    if run is None:
        return None
    comment_walls = [index for index, kind in page.walls.items() if kind == "comments" and index < run[0]]
    for wall in sorted(comment_walls):
        above = _body_run(page, wall)
        if above and _is_article_like(page.lines[above[0] : above[1] + 1]):
            return above
    return _above_comments(page.lines, *run)


HEAD_LINES = 2  # the most short lines heading a run of comments ('Talk about this (3)', 'Add yours…')


def _above_comments(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """The run cut above the readers' comments closing it (each a name over a short sentence over a footer of
    parts, '4m · Reply'), with the short lines heading them, when an article's prose stands above them and no
    paragraph longer than a comment follows."""
    comments = comment_lines(lines, first, last + 1)
    if not comments:
        return first, last
    start = min(comments)
    if any(lines[index].words > BLOCK_MAX_WORDS for index in range(start, last + 1) if index not in comments):
        return first, last
    if not _is_article_like(lines[first:start]):
        return first, last
    end = start - 1
    while end > start - 1 - HEAD_LINES and not lines[end].is_prose and lines[end].words <= FRAME_WORDS:
        end -= 1
    return first, end


def _is_article_like(lines: list[Line]) -> bool:
    prose = [line for line in lines if line.is_prose]
    return len(prose) >= 3 and sum(line.words for line in prose) >= 100


def _body_run(page: _Page, cut: int) -> tuple[int, int] | None:
    return best_run(page.scores_before(cut), set(page.walls))


def _kept(page: _Page, first: int, last: int, skip: set[int]) -> list[int]:
    """The lines of the run the rules keep: what the learned body-line decision looks at."""
    return [index for index in range(first, last + 1) if index not in skip and not page.furniture[index]]


def _render_body(page: _Page, first: int, last: int, skip: set[int], title: str, url: str | None) -> str:
    lines = page.lines
    blocks: list[str] = []
    for index in range(first, last + 1):
        line = lines[index]
        if index in skip or page.furniture[index] or line.text == title or line.text == url:
            continue
        paragraph, run_in = split_run_in_heading(line.text)
        if run_in is None and line.is_prose:
            paragraph, run_in = split_colon_heading(line.text, _next_paragraph(page, index, last, skip))
        # A short paragraph with its subheading glued on is no heading itself (it ends with no stop).
        if line.is_prose or run_in or (line.words >= 5 and line.sentence_end and not line.text.endswith(":")):
            blocks.append(escape_paragraph(paragraph))
            if run_in:
                blocks.append(heading(run_in))
        elif is_heading_line(line.text, line.words) and _prose_follows(page, index, last):
            # "Ingredients:" introduces a list; keep it as text, not as a heading.
            glued = None if line.text.endswith(":") else split_capitals_heading(line.text)
            if glued:
                blocks.extend(heading(part) for part in glued)  # (a heading in capitals, and one glued after it)
            else:
                blocks.append(escape_paragraph(line.text) if line.text.endswith(":") else heading(line.text))
        elif line.words >= 4:
            blocks.append(escape_paragraph(line.text))
    while blocks and blocks[-1].startswith("#"):
        blocks.pop()
    return "\n\n".join(blocks)


def _next_paragraph(page: _Page, index: int, last: int, skip: set[int]) -> str | None:
    """The text of the next line of the body after `index` when it is a paragraph (None otherwise)."""
    for other in range(index + 1, last + 1):
        if other in skip or page.furniture[other]:
            continue
        return page.lines[other].text if page.lines[other].is_prose else None
    return None


def _prose_follows(page: _Page, index: int, last: int) -> bool:
    for other in range(index + 1, min(last + 1, index + 4)):
        if page.furniture[other]:
            continue
        return page.lines[other].is_prose
    return False


def _related_cards(page: _Page, last: int, cut: int, ends: Collection[int] = (), kind: str = "related") -> list[Card]:
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
            if (not page.furniture[line.index] or line.words <= 4 or _heads_text(page, line.index))
            and line.index not in comments
        ]
        for card in parse_cards(zone, ends):
            # A credit line names people, not another story ("Story by A" under a carried story's title).
            if all(card.title != other.title for other in cards) and not is_credit(card.title):
                cards.append(_with_credited_text(lines, wall, end, card, ends))
    return cards


def _heads_text(page: _Page, index: int) -> bool:
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


def _reads_whole(page: _Page, wall: int) -> bool:
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
    return kept


def carried_judgements(text: str, rel: str, *, repeated: frozenset[str] = frozenset()) -> list[Judged]:
    """Every set of carried-story lines and pieces the body-line decision judges on this page (for training).

    The pieces of every line of a story are listed, including lines the decision would drop whole.
    """
    located = locate(text, rel, repeated=repeated)
    page, last = located.page, located.last
    site = metadata.site_name(page.lines)
    out: list[Judged] = []
    for card in _cards(page, last, located.cut, repeated):
        if not card.body:
            continue
        judged = card_lines(page.lines, page.furniture, last, card)
        if judged is not None:
            out.append(judged)
        out.extend(pieces for paragraph in card.body if (pieces := pieces_of(paragraph, site)) is not None)
    return out


def _render_pasted(paragraphs: tuple[str, ...]) -> str:
    blocks = []
    for paragraph in paragraphs:
        cleaned = clean_pasted_text(paragraph)
        if cleaned:
            blocks.append(escape_paragraph(cleaned))
    return "\n\n".join(blocks)


def _first_words(text: str, limit: int = 12) -> str:
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")

"""Text dumps (a browser's rendering of a page, one block per line) → the article and what it carries.

    lines → furniture flags → walls (related-list headings) → full-text cards cut off
          → body run (best-scoring run of prose) → title, byline, date, URL, site name around it
          → Markdown body (paragraphs, subheadings) → related links and embedded articles

The rules live in `converter.textdump`; this module only puts them together.
"""

from __future__ import annotations

from dataclasses import dataclass

from converter.article import Article, Extraction
from converter.dates import find_date
from converter.errors import NoArticle
from converter.markdown import escape_paragraph, heading
from converter.sanitize import clean_record
from converter.textdump import bodyline, byline, marked, metadata, paired, runs, stacked
from converter.textdump.asides import BLOCK_MAX_WORDS, FRAME_WORDS, comment_lines, machine_notes
from converter.textdump.bio import writer_box
from converter.textdump.byline import find_byline
from converter.textdump.byline_names import names_of
from converter.textdump.cards import leading_cards_end
from converter.textdump.carried import Judged, card_lines, pieces_of
from converter.textdump.credit_lines import (
    article_credit,
    paired_credit,
    sponsor_lines,
)
from converter.textdump.fields import headline_text, record_above
from converter.textdump.furniture import is_free_count
from converter.textdump.headings import (
    TAIL,
    is_heading_line,
    split_capitals_tail,
    split_colon_heading,
    split_heading_pair,
    split_repeated_tail,
    split_run_in_heading,
    split_unstopped_heading,
)
from converter.textdump.lines import Line, load_language_tables
from converter.textdump.links import links, no_headline, page_cards, without_posts
from converter.textdump.listed import with_marked
from converter.textdump.model import model
from converter.textdump.page import Page, read_page
from converter.textdump.prompts import names_site_or_brand
from converter.textdump.region import announced_list_end, best_run, counted_end, extend_run
from converter.textdump.related import (
    full_text_starts,
)
from converter.textdump.repeated import NormalizedLines, normalize_line
from converter.textdump.separators import closed_before_bare_story
from converter.textdump.signup import consent_dialog, inset_boxes, signup_box
from converter.textdump.teased import teased_end
from converter.textdump.title import SITE_TOP, find_title, is_prompt, under_paragraphs
from converter.textdump.title import WINDOW as TITLE_WINDOW
from converter.textdump.title import candidates as find_candidates

SENTENCE_WORDS = 10  # the fewest words of a paragraph's sentence under the first paragraph, no headline
LABEL_WORDS = 3  # the most words of a frame's label the folder repeats, no headline
# Prose words the body must hold to be called an article.
MIN_BODY_WORDS = 15


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
    title = headline_text(lines, title_index, located.window) if title_index is not None else ""
    site = page.site
    byline_index, authors, contributor = article_credit(lines, title_index, top, first, last, site)
    date, date_index = metadata.find_date_near(lines, top - 3, first + 3, top if title_index is not None else 0)
    date = metadata.day_first(lines, date, date_index)  # ("01/12/2023" on a page writing "13/12/2023")
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
    skip |= _contributor_lines(lines, first, last)  # (a contributor's credit another line's byline outranked)
    skip.update(index for index in range(first, last + 1) if is_free_count(lines[index].text))  # (a paywall's)
    skip |= writer_box(lines, first, last)  # (the writer's bio closing the story)
    skip |= signup_box(lines, first, last, page.furniture)  # (a newsletter box closing it)
    skip |= consent_dialog(lines, first, last, page.furniture)
    skip |= inset_boxes(lines, first, last, page.furniture)  # (and one set between its paragraphs)
    skip |= machine_notes(lines, first, last)  # (a notice that software wrote the summary heading the story)
    skip |= bodyline.dropped(
        lines, first, last, _kept(page, first, last, skip), repeated, site=site, furniture=page.furniture
    )
    body = _render_body(page, first, last, skip, title, url, repeated)
    if sum(line.words for line in lines[first : last + 1] if line.is_prose) < MIN_BODY_WORDS or not body:
        raise NoArticle(rel, "no article text found (too little prose)")

    related, embedded = links(page, first, last, cut, rel, repeated, site)
    related = without_posts(page, last, with_marked(related, lines, first, last, title))
    related = tuple(link for link in related if not no_headline(link.title))
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

    page: Page
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
    page = read_page(text, repeated, normalized)
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
    last = closed_before_bare_story(lines, first, last)  # (a story under a marker and a bare headline: separators.py)
    last = counted_end(lines, first, last)  # (a post closed by its readers' counts, stories carried below: region.py)
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
            if lines[index].is_prose and lines[index].sentence_end and not is_prompt(lines, index, page.site)
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
        elif (
            not lines[index].is_furniture
            and metadata.credit_distance(lines, index) != 1
            and not _dated_below(lines, index)
        ):
            site_lines.append(index)  # (a line credited or dated right below is a headline many pages list)
    # A label of a few words the folder repeats ("Full story", "In brief" over every page's story) is the frame's
    # heading wherever it stands, no headline: a story's headline is its own.
    site_lines += [
        index
        for index in range(max(0, window - TITLE_WINDOW), min(window + 1, cut))
        if lines[index].words <= LABEL_WORDS and page.furniture[index] and not lines[index].is_furniture
    ]
    # A sentence closed by its stop right under the story's first paragraph (no gap, no kicker between) is the story's
    # next paragraph, no headline (the window reaches past the first paragraph for a headline set under a deck or a
    # promotion's sentence, apart from it).
    below = first_prose + 1
    # (A paragraph's size: "The new button is elite." under a post's first line may be its headline.)
    if (
        below <= window
        and lines[below].is_prose
        and not lines[below].blank_before
        and lines[below].words >= SENTENCE_WORDS
    ):
        text = lines[below].text.rstrip()
        # (or one holding a sentence's end inside: a paragraph with a run-in heading glued to its end)
        if (text.endswith(".") and not text.endswith("..")) or metadata.SENTENCE_BREAK.search(text):
            site_lines.append(below)
    title_index = listed[0] if listed is not None else find_title(lines, window, site_lines=site_lines, site=page.site)
    if listed is None and title_index is not None and _credit_under_headline(lines, title_index, window, page.site):
        title_index -= 1
    elif listed is None and title_index is not None and _is_the_credit(lines, title_index, first, last, page.site):
        above = find_title(lines, window, site_lines=[*site_lines, title_index], site=page.site)
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
    if title_index is not None and (record := record_above(lines, top)) is not None:
        top = record  # (a record's fields right above the headline are its credits: source, date, writer)
    return Located(page, cut, first, last, gaps, title_index, max(top, first - 40), window)


DATED_BELOW = 3  # how far under its headline a story's date line stands (past an outlet's and a writer's line)


def _dated_below(lines: list[Line], index: int) -> bool:
    """A date line stands a few lines under lines[index], past shorter lines only: a headline over its credits, no
    masthead's tagline (nor an outlet's line over a longer headline)."""
    for line in lines[index + 1 : index + 1 + DATED_BELOW]:
        if metadata.is_date_line(line):
            return True
        if line.words >= lines[index].words:
            return False
    return False


def _credit_under_headline(lines: list[Line], index: int, window: int, site: str | None) -> bool:
    """The line taken for the headline is a credit's pair ("Harbour Wire | Quay Post", "Ann Lee, Staff Writer") under
    a longer line that may head the story: that line is the headline, the pair its credit."""
    if not index or paired_credit(lines[index].text) is None or lines[index - 1].words <= lines[index].words:
        return False
    return index - 1 in find_candidates(lines, window, site=site)


def _is_the_credit(lines: list[Line], index: int, first: int, last: int, site: str | None) -> bool:
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
    found = find_byline(lines, index - 1, index - 1, first, last, site)
    return found is not None and found.index == index


def _site_prompt(page: Page, index: int) -> bool:
    """A line of the page's top naming the site, between two lines of furniture: the site's own prompt in a
    rotating wording ("Read on in the Sitename app", under "Get the app", over "Install")."""
    furniture = page.furniture
    if not 0 < index < len(furniture) - 1 or not (furniture[index - 1] and furniture[index + 1]):
        return False
    return names_site_or_brand(page.lines[index].text, page.site)


def _full_text_cut(page: Page) -> int:
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


def _choose_run(page: Page, cut: int) -> tuple[int, int] | None:
    """The body run; when it lies below a comments heading, the article above that heading wins.

    Readers' comments are prose too, and sometimes more of it than the article has.
    """
    run = runs.choose(page.lines, page.scores_before(cut), page.walls, cut, site=page.site)
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


def _body_run(page: Page, cut: int) -> tuple[int, int] | None:
    return best_run(page.scores_before(cut), set(page.walls))


CONTRIBUTOR_WORDS = 20  # the most words of a contributor's credit line ("Additional reporting by A; editing by B")


def _contributor_lines(lines: list[Line], first: int, last: int) -> set[int]:
    """The contributors' credits among lines[first..last]: short lines of a contributor's label and names."""
    return {
        index
        for index in range(first, last + 1)
        if lines[index].words <= CONTRIBUTOR_WORDS
        and byline.contributor_credit(lines[index].text)
        and names_of(lines[index].text)
    }


def _kept(page: Page, first: int, last: int, skip: set[int]) -> list[int]:
    """The lines of the run the rules keep: what the learned body-line decision looks at."""
    return [index for index in range(first, last + 1) if index not in skip and not page.furniture[index]]


def _render_body(
    page: Page, first: int, last: int, skip: set[int], title: str, url: str | None, repeated: frozenset[str]
) -> str:
    lines = page.lines
    blocks: list[str] = []
    breaks = _HeadingBreaks(page)  # (gathered on its first question only)
    # (a glued tail is asked of the folder only when it shows some: most folders' repeated lines hold no "#tail " key)
    tails = any(key.startswith(TAIL) for key in repeated)
    for index in range(first, last + 1):
        line = lines[index]
        if index in skip or page.furniture[index] or line.text == title or line.text == url:
            continue
        paragraph, run_in = split_run_in_heading(line.text)
        if run_in is None and line.is_prose:
            paragraph, run_in = split_colon_heading(line.text, _next_paragraph(page, index, last, skip))
        if run_in is None:
            paragraph, run_in = split_unstopped_heading(line.text)  # ('... (two crossings only) Who pays')
        if run_in is None and tails:
            paragraph, run_in = split_repeated_tail(line.text, lambda tail: TAIL + normalize_line(tail) in repeated)
            titled = run_in is not None and not line.is_prose and is_heading_line(paragraph, len(paragraph.split()))
            if run_in is not None and titled and _prose_follows(page, index, last):
                blocks += [heading(paragraph), heading(run_in)]  # (a heading, and the layout's glued after it)
                continue
        if run_in is None:
            paragraph, run_in = split_capitals_tail(line.text)  # ('... the last ferry THE LONG VIEW')
            titled = run_in is not None and not line.is_prose and is_heading_line(paragraph, len(paragraph.split()))
            if run_in is not None and titled and _prose_follows(page, index, last):
                blocks += [heading(paragraph), heading(run_in)]  # (a heading, and one in capitals glued after it)
                continue
        # A short paragraph with its subheading glued on is no heading itself (it ends with no stop).
        if line.is_prose or run_in or (line.words >= 5 and line.sentence_end and not line.text.endswith(":")):
            blocks.append(escape_paragraph(paragraph))
            if run_in:
                blocks.append(heading(run_in))
        elif is_heading_line(line.text, line.words) and _prose_follows(page, index, last):
            # "Ingredients:" introduces a list; keep it as text, not as a heading.
            glued = None if line.text.endswith(":") else split_heading_pair(line.text, breaks)
            if glued:
                blocks.extend(heading(part) for part in glued)  # (a heading in capitals, and one glued after it)
            else:
                blocks.append(escape_paragraph(line.text) if line.text.endswith(":") else heading(line.text))
        elif line.words >= 4:
            blocks.append(escape_paragraph(line.text))
    while blocks and blocks[-1].startswith("#"):
        blocks.pop()
    return "\n\n".join(blocks)


def _next_paragraph(page: Page, index: int, last: int, skip: set[int]) -> str | None:
    """The text of the next line of the body after `index` when it is a paragraph (None otherwise)."""
    for other in range(index + 1, last + 1):
        if other in skip or page.furniture[other]:
            continue
        return page.lines[other].text if page.lines[other].is_prose else None
    return None


class _HeadingBreaks:
    """Whether a capital inside a heading line opens a new phrase rather than a name (see split_heading_pair): the
    page writes the word in lower case elsewhere ('what'), and the two words never stand together elsewhere on it
    (a name: 'Boxing Day'). Gathered from all the page's lines on the first question only (one pass over the page,
    and one search of its text a question; most pages never ask)."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self._lower: frozenset[str] | None = None
        self._text = ""

    def __call__(self, before: str, word: str) -> bool:
        if self._lower is None:
            self._text = "\n".join(line.text for line in self._page.lines)
            self._lower = frozenset(
                bare for token in self._text.split() if (bare := token.strip(_WORD_EDGES))[:1].islower()
            )
        return word.lower() in self._lower and self._text.count(f"{before} {word}") <= 1


_WORD_EDGES = "\"'“‘”’«»()[],.;:!?"


def _prose_follows(page: Page, index: int, last: int) -> bool:
    for other in range(index + 1, min(last + 1, index + 4)):
        if page.furniture[other]:
            continue
        return page.lines[other].is_prose
    return False


def carried_judgements(text: str, rel: str, *, repeated: frozenset[str] = frozenset()) -> list[Judged]:
    """Every set of carried-story lines and pieces the body-line decision judges on this page (for training).

    The pieces of every line of a story are listed, including lines the decision would drop whole.
    """
    located = locate(text, rel, repeated=repeated)
    page, last = located.page, located.last
    site = page.site
    out: list[Judged] = []
    for card in page_cards(page, last, located.cut, repeated):
        if not card.body:
            continue
        judged = card_lines(page.lines, page.furniture, last, card)
        if judged is not None:
            out.append(judged)
        out.extend(pieces for paragraph in card.body if (pieces := pieces_of(paragraph, site)) is not None)
    return out


def _first_words(text: str, limit: int = 12) -> str:
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")

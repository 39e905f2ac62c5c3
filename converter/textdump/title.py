"""Which line is the headline: a learned decision over the lines above the body.

Each line up to 40 above the body's first paragraph gets general features (length, case, final
stop, shown twice, a credit or date right below, distance to the body, the look of a UI line, a
list entry, a name, a label) and the model `textdump_title` scores it; the best one above the
threshold is the headline.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from itertools import accumulate

from converter.bylines import is_job_title, looks_like_name
from converter.dates import find_date, is_relative_date
from converter.prefilter import holds_any
from converter.textdump import fields, metadata
from converter.textdump.asides import is_curator_credit
from converter.textdump.byline_names import byline_part
from converter.textdump.credit_lines import credits_outlet_above, is_credit_under_headline, is_publisher_chip, name_pair
from converter.textdump.furniture import is_host_name, is_url
from converter.textdump.lines import Line, per_page, text_counts
from converter.textdump.listed import listed_lines
from converter.textdump.marked import MAX_META_WORDS, bulleted, title_shaped
from converter.textdump.model import LinearModel, model
from converter.textdump.prompts import (
    CALL_MAX_WORDS,
    call_clause,
    names_site_or_brand,
    refers_to_itself,
    speaks_to_reader,
)
from converter.textdump.related import header_kind
from converter.textkey import WORD

MODEL = "textdump_title"
WINDOW = 40
SITE_TOP = 8  # the page's top, where a site's masthead and tagline stand
# Finished paragraphs of the body run above the line taken for the headline that keep their place in the body.
PARAGRAPHS_ABOVE = 2
_QUOTE_ENDS = " \"'”’»❞"
# ("By Herald staff" too: a credit line whatever follows the word; "Shared by @handle": a handle is a name.)
_BY_INSIDE = re.compile(r"^(?:By\s+[A-Z@]|(?:\S+\s+){0,2}(?:by|von|por|par|oleh)\s+[A-Z@])")


def candidates(
    lines: list[Line], body_start: int, window: int = WINDOW, *, site: str | None = None, frame: bool = True
) -> list[int]:
    """Lines from `window` above the body start to the body start, of a headline's size, not an entry of a
    list of other articles, nor the page's prompt (`site`: the name the page gives itself, `Page.site`).

    `frame`: leave out the lines of an app's frame as well (`_frame_line`). The choice of the body run asks how
    headline-like the lines above a run are without it: a source line and its credits over a run mark a story's
    start, though none of them is the headline."""
    listed = listed_lines(lines)
    return [
        index
        for index in range(max(0, body_start - window), min(body_start + 1, len(lines)))
        if 2 <= lines[index].words <= 35
        and len(lines[index].text) <= 300
        and not is_url(lines[index].text)
        and not bulleted(lines[index].text)
        and index not in listed
        and not is_publisher_chip(lines, index)
        and not is_credit_under_headline(lines, index)
        and not _count_under_headline(lines, index)
        and not _stamp(lines[index])
        and not _name_pair_under_headline(lines, index)
        and not _handle_credit(lines[index].text)
        and not _count_row(lines[index].text)
        and not is_prompt(lines, index, site)
        and not _cut_copy(lines, index)
        and not _labelled_names(lines[index].text)
        and not is_curator_credit(lines[index].text)  # ("Kept by A in B": a credit, no headline)
        and not _job_under_name(lines, index)
        and not _stamp_under_longer(lines, index)
        and not (lines[index].is_furniture and lines[index].sentence_end)  # (a notice: "We use cookies to ...")
        and not _place_counter(lines[index].text)
        and not _credit_for_host(lines[index].text)
        and not (frame and _frame_line(lines, index, site))
        and not reader_line(lines[index].text)
        and not lines[index].item_row  # (a row of tabs or buttons: "Top stories   Local   Sport")
        and not (fields.is_field_line(lines, index) and fields.headline_field(lines, index, body_start) is None)
        and index not in results_list(lines, body_start)
    ]


# A line ending on a colon introduces what follows ("Here is the piece:", "A friend wrote:"): no headline.
_INTRODUCES = re.compile(r":[\s\"'”’»]*$")
# A reader's progress or delivery stamp: "12 min left in chapter", "3 mins remaining", "40% read", "Delivered
# Monday 4 March 09:15", "Sent to your device on 2 May" (English words), no headline.
_PROGRESS = re.compile(
    r"^(?:about\s+)?\d{1,4}\s*(?:min|mins|minutes?|hrs?|hours?|pages?)\.?\s+(?:left|remaining|to go)\b.{0,40}$"
    r"|^\d{1,3}(?:[.,]\d)?\s?%\s+(?:read|done|complete|completed|finished)\b.{0,20}$",
    re.IGNORECASE,
)
_DELIVERED = re.compile(
    r"^(?:delivered|sent|synced|saved|clipped|received)\b(?:\s+to\s+[\w' ]{1,30})?"
    r"(?:\s+(?:on|at)|\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?)\s+\d{1,4}\b.{0,30}$",
    re.IGNORECASE,
)
# A menu's prompt of a few words cut by an ellipsis ("Go to…", "Jump to section..."): no headline.
_MENU_PROMPT = re.compile(r"^\S+(?:\s\S+){0,2}(?:…|\.\.\.)$")
# A notice about the page itself, closed by a full stop ("This page was machine-translated.", "This article is
# a copy and may differ.", English words): no headline.
_SELF_NOTICE = re.compile(
    r"^This (?:page|article|story|post|translation|text|document|copy|summary|version) "
    r"(?:was|is|has|may|might|will|contains|uses)\b.{0,200}\.$"
)
# A trail of three or more short crumbs under arrows ("Forums › Local › Harbour"): navigation, no headline.
_CRUMB_ARROWS = re.compile(r"(?<=\s)[›»>](?=\s)")
CRUMB_WORDS = 4


def reader_line(text: str) -> bool:
    """A line of a reader's or a forum's frame in a headline's place: a line introducing what follows (ending on a
    colon), a menu's prompt, a notice about the page, a label with an address, a progress or delivery stamp, a
    breadcrumb trail of short crumbs."""
    text = text.strip()
    if _MENU_PROMPT.match(text) or _SELF_NOTICE.match(text):
        return True
    if (
        _INTRODUCES.search(text)
        or fields.is_field(text, fields.ADDRESS)
        or _PROGRESS.match(text)
        or _DELIVERED.match(text)
    ):
        return True
    crumbs = _CRUMB_ARROWS.split(text) if len(text) <= 200 else []
    return len(crumbs) >= 3 and all(0 < len(crumb.split()) <= CRUMB_WORDS for crumb in crumbs)


# A line counting its place among others: "Clipping 2 of 14", "Story 3/10", "4 of 17" ("of" is English): a container's
# counter, no headline. (A number closing a title names an issue or a part as often: "Carnival of Space #261".)
_PLACE = re.compile(r"^(?:[^\W\d_]+\.? ){0,3}\d{1,6}(?: of | ?/ ?)\d{1,6}$", re.IGNORECASE)


def _place_counter(text: str) -> bool:
    return len(text) <= 60 and bool(_PLACE.match(text))


FOR_HOST_WORDS = 8  # the most words of a writer's credit for a host ("Ann Lee for quaypost.com")


def _credit_for_host(text: str, site: str | None = None) -> bool:
    """'Ann Lee for quaypost.com', 'Wire staff for harbour.example', 'Ann Lee, quaypost.com': a short line closing on
    "for" and a host name, or on a person's name, a comma and a host name: who wrote the story for which site ("for"
    is English), a credit, no headline. So is a short line closing on "for" and the name the page gives itself
    (`site`: "Wire staff for Quay Post" on a page of the Quay Post)."""
    if len(text.split()) > FOR_HOST_WORDS:
        return False
    head, found, host = text.rpartition(" for ")
    if found and head and (is_host_name(host) or (site is not None and host.strip().lower() == site.lower())):
        return True
    head, found, host = text.rpartition(", ")
    return bool(found) and is_host_name(host) and looks_like_name(head)


# The answers a page offers to its own question ("Was this helpful?" over "Yes" and "No"; English words).
_ANSWERS = frozenset(
    {
        "yes",
        "no",
        "not really",
        "somewhat",
        "maybe",
        "not sure",
        "yes, thanks",
        "no, thanks",
        "thumbs up",
        "thumbs down",
        "👍",
        "👎",
    }
)


def _asks_feedback(lines: list[Line], index: int) -> bool:
    """A short question with the reader's answers on the lines under it ("Did this help you?" over "Yes", "No"): the
    page's feedback widget or poll, no headline (a headline asking a question is followed by its credit or text)."""
    line = lines[index]
    if line.words > CALL_MAX_WORDS or not line.text.rstrip().endswith("?") or index + 1 >= len(lines):
        return False
    return lines[index + 1].text.strip().lower().rstrip(".!") in _ANSWERS


# "From Quay Post", "via The Harbour Wire": a short line naming the outlet a story came from, every word of the name
# capitalised ("from" and "via" are English).
_SOURCE_LINE = re.compile(r"^(?:From|Via|via)\s+(?:the\s+|The\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3}$")
SOURCE_CREDIT_WITHIN = 2


def _source_under_headline(lines: list[Line], index: int) -> bool:
    """'From Quay Post' with a credit or a date right under it and a line shaped like a headline above it: the
    story's source line under its headline (an app quoting an outlet's story), no headline."""
    if not _SOURCE_LINE.match(lines[index].text.strip()):
        return False
    credit = metadata.credit_distance(lines, index)
    if credit is None or credit > SOURCE_CREDIT_WITHIN:
        return False
    shaped = _headline_shaped_counts(lines)
    return shaped[index] - shaped[max(0, index - WINDOW)] > 0


# The verb closing a writer's credit after the name ("Ann Lee reports", "Ann Lee writes"; English).
_REPORTING = frozenset({"reports", "writes", "reporting", "writing"})


def _name_reports(text: str) -> bool:
    """'Ann Lee reports': a person's name and a verb of reporting, the story's credit, no headline."""
    head, _, verb = text.strip().rpartition(" ")
    return verb in _REPORTING and looks_like_name(head)


# The team a credit names after its writers ("Ann Lee · Metro desk", "Ann Lee and Bo Chan | Live team"; English).
_DESKS = frozenset({"desk", "team", "staff", "bureau", "newsroom", "reporters", "correspondents"})
_DESK_SEPARATORS = (" · ", " | ", " • ", " — ", " - ")
DESK_WORDS = 3  # the most words of the desk's name


def _desk_credit(text: str) -> bool:
    """'Ann Lee · Live desk', 'Ann Lee and Bo Chan | Metro team', 'Quay Wire · News desk': writers' names or an
    outlet's, a separator and a desk's name: the story's credit, no headline."""
    for separator in _DESK_SEPARATORS:
        if separator in text:
            head, _, desk = text.rpartition(separator)
            words = desk.lower().split()
            if not 1 <= len(words) <= DESK_WORDS or words[-1] not in _DESKS:
                return False
            names = head.replace(" and ", ", ").replace(" & ", ", ").split(", ")
            return all(_proper_name(name) for name in names)
    return False


NAME_WORDS = 5  # the most words of a person's or an outlet's name


def _proper_name(text: str) -> bool:
    """A person's or an outlet's name: one to five words, each capitalised ("Ann Lee", "Quay Post Wire")."""
    words = text.split()
    return 1 <= len(words) <= NAME_WORDS and all(word[:1].isupper() for word in words)


def _note_to_reader(line: Line) -> bool:
    """A sentence closed by a full stop that speaks to the reader or of the story itself ("This is the story most
    read in your town.", "Readers of this story also opened ..."): the frame's note on the story, no headline (a
    headline seldom ends on a stop, and then speaks of its subject)."""
    text = line.text.rstrip()
    if not text.endswith(".") or text.endswith("..") or not line.is_prose:
        return False
    return speaks_to_reader(line.tokens) or refers_to_itself(line.tokens)


def _frame_line(lines: list[Line], index: int, site: str | None) -> bool:
    """A line of an app's frame around the story: a question over the reader's answers, the outlet's source line, a
    writer's credit (for the site, to a desk, "Name reports"), a note to the reader."""
    text = lines[index].text
    return (
        _asks_feedback(lines, index)
        or _source_under_headline(lines, index)
        or _name_reports(text)
        or _desk_credit(text)
        or _note_to_reader(lines[index])
        or (site is not None and _credit_for_host(text, site))
    )


RESULT_ENTRIES = 3  # the fewest titles over a chip that make a list of results
RESULT_STEP = 4  # the next entry's title at most this many lines below (a chip, a teaser, a tag between)


@per_page
def _result_pairs(lines: list[Line]) -> list[int]:
    """The titles standing over a chip of the page ('host · 5h', 'Outlet | 2 days ago'): a short line with a
    separator, shorter than the title, ending no sentence."""
    return [
        index
        for index in range(len(lines) - 1)
        if _is_chip(lines[index + 1], lines[index]) and title_shaped(lines[index].text)
    ]


def _is_chip(line: Line, title: Line) -> bool:
    return (
        line.words <= MAX_META_WORDS
        and len(line.text) < len(title.text)
        and not line.sentence_end
        and holds_any(line.text, (" · ", " | "))
    )


def results_list(lines: list[Line], body_start: int) -> frozenset[int]:
    """The lines of a list of results above the story (RESULT_ENTRIES titles or more each over its chip, one entry
    after another: the titles, their chips and teasers) when a line shaped like a headline stands between the list
    and the body: the list's entries are other stories (a search's results, a feed), the line below them heads the
    story. (A headline over its chip followed by a list of other coverage is one of the list's own: no line stands
    below the list.)"""
    pairs = [index for index in _result_pairs(lines) if index < body_start]
    found: set[int] = set()
    run: list[int] = []
    for index in [*pairs, None]:
        if index is not None and (not run or (index - run[-1] <= RESULT_STEP and _same_chips(lines, run[-1], index))):
            run.append(index)
            continue
        if len(run) >= RESULT_ENTRIES and _headed_below(lines, run[-1] + 2, body_start):
            found.update(range(run[0], run[-1] + 2))  # (the titles, chips and teasers between)
        run = [] if index is None else [index]
    return frozenset(found)


def _same_chips(lines: list[Line], one: int, other: int) -> bool:
    """The chips under two titles open alike: on a source's name both ("Quay Post · 2h"), or on a number both (a date
    or a time: "20 Dec 2023 · 7 min read", the story's own line under its headline after a list of sources')."""
    return _dated_chip(lines[one + 1].text) == _dated_chip(lines[other + 1].text)


def _dated_chip(text: str) -> bool:
    first = re.split(r" [·|] ", text, maxsplit=1)[0]
    return any(char.isdigit() for char in first) or is_relative_date(first)  # ("Just now · 2 min read")


def _headed_below(lines: list[Line], start: int, body_start: int) -> bool:
    """A line shaped like a headline in lines[start:] (past the last entry's teaser) above the body's first
    paragraph."""
    if start < len(lines) and lines[start].is_prose:
        start += 1  # (the last entry's teaser)
    for line in lines[start : body_start + 1]:
        if line.is_prose and line.sentence_end:
            return False
        if 4 <= line.words <= 35 and not line.sentence_end and title_shaped(line.text):
            return True
    return False


def _stamp(line: Line) -> bool:
    """A short line counting the time since the story came out or changed ("First reported 5 days ago", "Refreshed 3
    minutes ago"): a stamp, no headline. (A date line stays a candidate, weighed by the model: on a page whose
    headline the search misses, it keeps a subheading below it from heading the story.)"""
    return line.words <= COUNT_LINE_WORDS and line.is_relative_time and any(char.isdigit() for char in line.text)


def _name_pair_under_headline(lines: list[Line], index: int) -> bool:
    """Two names joined by a dash, a slash or a bar (a person's or an agency's, and an outlet's) right under a longer
    line (the headline): whose story and where it comes from, no headline."""
    return index > 0 and lines[index - 1].words > lines[index].words and name_pair(lines[index].text) is not None


def _handle_credit(text: str) -> bool:
    """'Pinned to Weekend reads by @ann_lee', 'Shared by @quaypost': a line crediting a handle, whoever it names
    (a curator, a sharer), no headline ("by" is English)."""
    return " by @" in text and len(text.split()) <= CALL_MAX_WORDS


# A headline longer than this scores low (the model's `words_gt20`): below its own stamp, at times.
LONG_HEADLINE_WORDS = 20


def _stamp_under_longer(lines: list[Line], index: int) -> bool:
    """'Published 3 days ago', 'First reported Friday 22 December 2023' under a line of more than 20 words that is
    no stamp (other stamps and short counts between: "42 sources", "Left 30% · Right 70%"): the date or time of the
    long headline above, no headline itself. (Under a shorter line, the model weighs the stamp as it learned to.)"""
    if index == 0 or not _is_stamp(lines[index]):
        return False
    for above in reversed(lines[max(0, index - STAMP_LINES) : index]):
        if above.words > LONG_HEADLINE_WORDS and not _is_stamp(above) and not _count_row(above.text):
            return True
        if above.words > COUNT_LINE_WORDS + 1 and not _count_row(above.text):
            return False
    return False


def _job_under_name(lines: list[Line], index: int) -> bool:
    """'Staff reporter' under 'Ann Lee': the job of the name above, a credit's second line, no headline."""
    return index > 0 and is_job_title(lines[index].text) and metadata.is_name_line(lines[index - 1].text)


CREDIT_PIECES = 4  # the most labelled credits in a row
# What may follow the names of a labelled credit: the agency or outlet after a slash, "via" or a separator.
_CREDIT_TAILS = ("/", "via ", "| ", "· ", "• ")


def _labelled_names(text: str) -> bool:
    """'Photo: Ann Lee / Quay Post', 'Lead image: Ann Lee via Agency', 'Words: Ann Lee': a label and a colon, then a
    person's full name and at most an agency or outlet after a slash, "via" or a separator: a credit, whoever it
    credits, no headline ("Review: a harbour at dusk" is one: no name after its colon)."""
    if ":" not in text or len(text) > 100:
        return False
    if ";" in text:  # (credits in a row: "Words: Ann Lee; Photos: Bo Chan")
        pieces = text.split(";")
        return len(pieces) <= CREDIT_PIECES and all(_labelled_names(piece.strip()) for piece in pieces)
    label, part, _, _ = byline_part(text)
    if not label.endswith(":") or len(part.split()) < 2 or not looks_like_name(part):
        return False
    rest = text.split(":", 1)[1].strip()
    if not rest.startswith(part):
        return False
    tail = rest[len(part) :].strip()
    return not tail or tail.startswith(_CREDIT_TAILS)


_CRUMB_MARKS = ("›", "»", ">", "/", "|", "·")
CUT_COPY_LINES = 3  # how far below its cut copy (a breadcrumb's last crumb) the whole line stands


def _cut_copy(lines: list[Line], index: int) -> bool:
    """A line ending with a cut copy of a line right below it ("News › Science › Harbour town votes to…" over
    "Harbour town votes to keep its lighthouse"): a breadcrumb or a teaser, the whole line below is the headline."""
    cut = _cut_end(lines[index].text)
    return bool(cut) and any(_completes(other.text, cut) for other in lines[index + 1 : index + 1 + CUT_COPY_LINES])


def _cut_end(text: str) -> str:
    """The words a line ending on an ellipsis cut short, after its last crumb's mark ('' for no such line)."""
    text = text.rstrip()
    if not text.endswith(("…", "...")):
        return ""
    cut = text.rstrip(".…").rstrip()
    for mark in _CRUMB_MARKS:
        cut = cut.rpartition(f" {mark} ")[2]
    return cut if len(cut.split()) >= 2 else ""


def _completes(text: str, cut: str) -> bool:
    return text.startswith(cut) and len(text) > len(cut) + 1


def is_prompt(lines: list[Line], index: int, site: str | None) -> bool:
    """The page's call to its reader: a call ("Ask your speaker: ...", "Read any page: get the Sitename app") in a
    short line that speaks to the reader ("you") or names the site. (A headline may be a call, "Travel to the
    coast by night train"; one speaking to its reader in a call is the page's prompt.) `site`: the name the page
    gives itself (`Page.site`), or None."""
    line = lines[index]
    if line.words > CALL_MAX_WORDS:
        return False
    clause = call_clause(line.text)
    if clause is None:
        return False
    return speaks_to_reader(line.tokens) or names_site_or_brand(clause, site)


# A count of things closing a short line: "80 outlets", "Seen in 12 sources", "1,204 readers" (a number, then one
# word in lower case, ending the line; the words before it in letters only).
_COUNT_LINE = re.compile(r"^(?:[^\W\d_]+ ){0,3}\d[\d,.]*\+? [^\W\d_]+$")
COUNT_LINE_WORDS = 5
# A count opening a short line, the rest in lower-case words: "96 outlets are covering this story".
_COUNT_LEAD = re.compile(r"^\d[\d,.]*\+? [^\W\d_]+(?: [^\W\d_]+)*$")
COUNT_LEAD_WORDS = 7


def _count_under_headline(lines: list[Line], index: int) -> bool:
    """A short line counting something ("Seen across 80 outlets", "96 outlets are covering this") right under a
    longer line: a counter under the headline, not a headline (a short headline with a number, "Floods shut 40
    schools", stands under a kicker or a menu entry, shorter lines)."""
    line = lines[index]
    if not index:
        return False
    if line.words <= COUNT_LINE_WORDS and _COUNT_LINE.match(line.text):
        counted = line.text.rsplit(" ", 1)[1]
    elif line.words <= COUNT_LEAD_WORDS and _COUNT_LEAD.match(line.text) and _counts_below(lines, index):
        # (what follows the number, all of it in lower case; over another counter: "5 things to know" is a headline)
        counted = line.text.split(" ", 1)[1]
    else:
        return False
    return counted.islower() and lines[_above_stamps(lines, index)].words > line.words


STAMP_LINES = 3  # the most date and time lines between a headline and a counter under it


def _counts_below(lines: list[Line], index: int) -> bool:
    """The line under lines[index] is a row of counts, a date or a time: lines[index] opens a block of counters."""
    return index + 1 < len(lines) and (_count_row(lines[index + 1].text) or _is_stamp(lines[index + 1]))


def _above_stamps(lines: list[Line], index: int) -> int:
    """The line above lines[index] past the date and time stamps right above it ("21 Dec 2023", "Updated 2h ago"):
    the headline a counter stands under with its stamps."""
    above = index - 1
    while above > 0 and index - above <= STAMP_LINES and _is_stamp(lines[above]):
        above -= 1
    return above


def _is_stamp(line: Line) -> bool:
    return metadata.is_date_line(line) or (line.words <= COUNT_LINE_WORDS and line.is_relative_time)


# One piece of a row of counts: a word and its number ("Left 7", "Likes: 40", "Centre 38%"), or the other way round.
_COUNT_PIECE = re.compile(r"^(?:[^\W\d_]+:? \d[\d,.]*%?|\d[\d,.]*%? [^\W\d_]+)$")
_ROW_SEPARATORS = (" · ", " | ", " • ")


def _count_row(text: str) -> bool:
    """'Left 7 · Centre 38 · Right 12', '40 likes | 3 shares': pieces apart by a separator, each a word and a number."""
    for separator in _ROW_SEPARATORS:
        if separator in text:
            pieces = text.split(separator)
            return len(pieces) >= 2 and all(_COUNT_PIECE.match(piece.strip()) for piece in pieces)
    return False


def features(lines: list[Line], index: int, body_start: int, counts: Counter[str]) -> dict[str, float]:
    # The body run is tried at several starts (textdump/runs.py asks how headline-like the lines above
    # each candidate run are): what does not depend on the start is computed once per line of a page.
    memo = _own_features(lines)
    kept = memo.get(index)
    if kept is None or kept[0] is not counts:
        kept = memo[index] = (counts, *_line_features(lines, index, counts))
    distance = body_start - index
    return {
        **kept[1],
        "near_body": float(distance <= 6),
        "mid_body": float(6 < distance <= 15),
        "distance": distance / WINDOW,
        "is_body_start": float(distance == 0),
        **kept[2],
    }


LINK_WORDS = 2  # the most words of a link's label after a teaser cut short ("... Read More")


def _cut_short(text: str) -> bool:
    """A line ending with an ellipsis, or with one and a link's label after it ("... Read More"): a teaser cut
    short, no headline."""
    text = text.rstrip(_QUOTE_ENDS)
    at = max(text.rfind("…"), text.rfind("..."))
    if at < 0:
        return False
    rest = text[at:].lstrip(".… ")
    return not rest or (
        rest[:1].isupper() and len(rest.split()) <= LINK_WORDS and not any(mark in rest for mark in ".?!…")
    )


_APOSTROPHES = str.maketrans("", "", "'’")


def _spoken_words(line: Line) -> int:
    """The line's words, a contraction counted once ("I'd", "must've"): its tokens, less those after an apostrophe."""
    if "'" not in line.text and "’" not in line.text:
        return line.words
    return len(WORD.findall(line.text.lower().translate(_APOSTROPHES)))


@per_page
def _own_features(lines: list[Line]) -> dict[int, tuple[Counter[str], dict[str, float], dict[str, float]]]:
    """A page's memo: line index → (the counts they were computed with, features before and after the distance)."""
    return {}


def _line_features(lines: list[Line], index: int, counts: Counter[str]) -> tuple[dict[str, float], dict[str, float]]:
    line = lines[index]
    text = line.text
    credit = metadata.credit_distance(lines, index)
    above = lines[index - 1] if index else None
    # A headline's length in words as a reader counts them: a contraction is one word ("must've", "Didn't"),
    # which the tokens split in two.
    spoken = _spoken_words(line)
    # A long line in title case over its credit or date, ending no sentence, is a long headline, not a standfirst or
    # a caption (in sentence case, ending on a stop mostly): it weighs as a headline of the usual length does.
    long_headline = (
        spoken > 20 and line.words <= LONG_CREDITED_WORDS and line.is_title_case and _over_credit(line, credit)
    )
    before = {
        "words_le3": float(line.words <= 3),
        "words_4_20": float(line.words >= 4 and (spoken <= 20 or long_headline)),
        "words_gt20": float(spoken > 20 and not long_headline),
        "title_case": float(line.is_title_case),
        "ends_period": float(text.endswith(".") and not text.endswith("..")),
        "ends_question": float(text.endswith(("?", "?”", "?’", '?"'))),
        "ends_colon": float(text.endswith(":")),
        # ("Factuality: High", "Words: A": a short label and its value, not a headline.)
        "short_label": float(fields.is_field(text, fields.SHORT) and line.words <= 6),
        "shown_twice": float(counts[text] >= 2),
        "shown_twice_long": float(counts[text] >= 2 and line.words >= 4),
        "credit_below": float(credit is not None),
        "credit_distance": (credit or 5) / 5,
        "prose_no_credit": float(line.is_prose and credit is None),
        "ellipsis_end": float(_cut_short(text)),  # (a pull quote's too: "❝ Cut… ❞")
        "alike_neighbours": _alike_neighbours(lines, index),
    }
    after = {
        "furniture": float(line.is_furniture),
        "list_heading": float(header_kind(line) is not None),
        "name_line": float(metadata.is_name_line(text)),
        "byline": float(
            metadata.is_byline(text)
            or bool(_BY_INSIDE.search(text))
            or metadata.credits_host(text)
            or _by_name_end(text)
            or credits_outlet_above(lines, index)
        ),
        "date_line": float(metadata.is_date_line(line)),
        "relative_time": float(line.is_relative_time),
        "ui_line": float(metadata.not_a_headline(text)),
        "link_list": float(metadata.in_link_list(lines, index)),
        "sentence_break": float(line.words >= 10 and bool(metadata.SENTENCE_BREAK.search(text))),
        "prose": float(line.is_prose),
        "stop_ratio": line.stop_ratio,
        "all_caps": float(text.isupper()),
        "separator": float(" · " in text or " | " in text or " • " in text or " › " in text),
        "percent": float("%" in text),
        "digit_share": line.digit_share,
        "kicker_above": float(above is not None and above.text.isupper() and above.words <= 3),
        "blank_before": float(line.blank_before),
        "headline_above": float(index >= 1 and _standfirst_under(lines, index - 1)),
        "standfirst_below": float(_standfirst_under(lines, index)),
    }
    return before, after


LONG_CREDITED_WORDS = 30  # the most words of a long headline over its credit
CREDITED_WITHIN = 3  # how far under a long headline its credit or date stands (an outlet's line, a counter between)


def _over_credit(line: Line, credit: int | None) -> bool:
    """A line ending no sentence with a credit or a date a few lines under it."""
    return credit is not None and credit <= CREDITED_WITHIN and not line.sentence_end


BY_NAME_WORDS = 12  # the most words of a line closing on "by" and a name that is a credit, not a sentence


def _by_name_end(text: str) -> bool:
    """'Filed into Weekend Reads by Ann Lee', 'Chosen for you by Ann Lee': a short line closing on "by" and a person's
    full name, nothing after it: someone's credit (a curator's, a writer's), no headline."""
    if " by " not in text or len(text.split()) > BY_NAME_WORDS:
        return False
    name = text.rpartition(" by ")[2].strip()
    return 2 <= len(name.split()) <= 4 and looks_like_name(name)


def _credit_like(line: Line) -> bool:
    """A byline, a date or a list of names ("Ann Lee, Bo Park, Cy Diaz"): no headline, whatever sits below."""
    text = line.text
    if metadata.is_byline(text) or metadata.is_date_line(line) or metadata.is_name_line(text):
        return True
    if _BY_INSIDE.search(text) or _by_name_end(text):
        return True
    return "," in text and all(looks_like_name(part) for part in _NAME_LIST.split(text) if part)


# A comma or "and" with the white space around it; each match starts where a run of white space starts (or
# at a comma right after the last match), so a long run of spaces is not scanned again from every space in it.
_NAME_LIST = re.compile(r"(?<!\s)\s*,\s*|(?<=\s),\s*|(?<!\s)\s+and\s+")
# A full stop inside the line, a sentence after it.
_TWO_SENTENCES = re.compile(r"[a-z]{2}\.[\"'”’]? [\"'“‘]?[A-Z][a-z]")


def _standfirst_under(lines: list[Line], index: int) -> bool:
    """The line below lines[index] reads as the standfirst of a headline: a longer line of words.

    (A headline and its teaser look alike: which of the two comes first, and which is longer, tells.
    Not inside the body: a paragraph above makes the pair two paragraphs.)
    """
    if index + 1 >= len(lines) or (index and lines[index - 1].is_prose):
        return False
    upper, lower = lines[index], lines[index + 1]
    if not 6 <= upper.words <= 20 or lower.words <= upper.words:
        return False
    if upper.sentence_end or _TWO_SENTENCES.search(upper.text):
        return False  # a headline is one phrase (a question may lead it: "Like tea? Read this")
    if upper.is_furniture or lower.is_furniture or lower.words > 60:
        return False
    if _credit_like(upper):
        return False
    return not (_credit_like(lower) or find_date(lower.text))  # a credit line, dated, is no standfirst


def _alike_neighbours(lines: list[Line], index: int) -> float:
    """Share of the four neighbours shaped like headlines too: entries of a list of links."""
    alike = _headline_shaped_counts(lines)  # (running counts: each line tested once, not by each neighbour)
    start, end = max(0, index - 2), min(len(lines), index + 3)
    return (alike[index] - alike[start] + alike[end] - alike[index + 1]) / 4


def _headline_shaped(line: Line) -> bool:
    return 3 <= line.words <= 20 and not line.sentence_end and not line.is_prose


@per_page
def _headline_shaped_counts(lines: list[Line]) -> list[int]:
    """How many of lines[:k] are shaped like a headline, for every k."""
    return list(accumulate(map(_headline_shaped, lines), initial=0))


def find_title(
    lines: list[Line],
    body_start: int,
    decision: LinearModel | None = None,
    site_lines: Collection[int] = (),
    *,
    site: str | None = None,
) -> int | None:
    """Index of the best-scoring candidate the model accepts (a later line wins a tie), or None.

    `site_lines` are no candidates: the lines of the page's top that many pages of the run show (a masthead's
    tagline: "The morning's papers, read for you"). `site`: the name the page gives itself (`Page.site`), or None."""
    decision = decision or model(MODEL)
    counts = text_counts(lines)
    best: tuple[float, int] | None = None
    completed: int | None = None
    found = candidates(lines, body_start, site=site)
    for index in found:
        if index in site_lines:
            continue
        score = decision.score(features(lines, index, body_start, counts))
        # (a deck under the credit block is asked only of a line that would be taken: few are)
        if score > decision.threshold and (best is None or score >= best[0]) and not _deck_under_credits(lines, index):
            best = (score, index)
        if score > decision.threshold and (_completes_cut_copy(lines, index) or _undecorated_copy(lines, index)):
            completed = index
    # A breadcrumb ending on a cut copy of an accepted line ("World › Harbour town votes to…" over "Harbour town
    # votes to keep its lighthouse") names the page's story: that line is the headline, over a label, a count's
    # notice or a deck the model liked as well.
    if completed is not None:
        return completed
    recorded = _under_record(lines, body_start, site_lines, frozenset(found))
    if recorded is not None:
        return recorded
    return best[1] if best else None


def _under_record(
    lines: list[Line], body_start: int, site_lines: Collection[int], allowed: frozenset[int]
) -> int | None:
    """The line shaped like a headline right under a record's block of fields at the page's top (no paragraph above
    it; "Source: ...", "Date: ...", "Writer: ..." over "Harbour town votes to keep its pier"): the fields describe the
    story headed there (a record's credits stand above its headline, where the model looks for none). `allowed`: the
    headline candidates."""
    for first, last in fields.field_blocks(lines):
        if last >= body_start or not fields.is_record(lines, first, last):
            continue
        if any(line.is_prose and line.sentence_end for line in lines[:first]):
            continue
        # (a headline read as a field by its shape may close the block, "Harbour 2024: The vote that kept the light":
        # that line heads the story, or none does)
        closing = not fields.is_field_line(lines, last)
        for index in (
            range(last, last + 1) if closing else range(last + 1, min(last + 2 + fields.RECORD_GAP, body_start + 1))
        ):
            line = lines[index]
            if index in allowed and index not in site_lines and _headline_under_record(line):
                return index
    return None


def _headline_under_record(line: Line) -> bool:
    return line.words >= 4 and not line.text.endswith(".") and not line.is_furniture and not _credit_like(line)


def _completes_cut_copy(lines: list[Line], index: int) -> bool:
    """A line some line right above it (within CUT_COPY_LINES) cuts short: 'News › Harbour town votes to…'. (A
    line cut short itself is another entry of a list of cut teasers: "Video: Harbour town votes…" twice.)"""
    text = lines[index].text.rstrip()
    if text.endswith(("…", "...")):
        return False
    return any(
        ((cut := _cut_end(lines[above].text)) and _completes(text, cut)) or _last_crumb(lines[above].text, text)
        for above in range(max(0, index - CUT_COPY_LINES), index)
    )


DECORATED_LINES = 6  # how far above the story's headline a list's decorated copy of it stands
# A list entry's decorations around a headline: a marker opening it ("▲ ", "► "), a source in brackets closing it
# ("(harbourpost.com)", "(Quay Post)").
_MARKER_HEAD = re.compile(r"^[^\w\s\"'“‘(\[]{1,3} ")
_BRACKETED_TAIL = re.compile(r" \([^()]{1,60}\)$")


def _undecorated_copy(lines: list[Line], index: int) -> bool:
    """A line some line a few above shows decorated (a list's or a submission's entry: "▲ Harbour town votes to keep
    its pier (quaypost.com)" over "Harbour town votes to keep its pier"): the list names the page's story, and the
    plain line under it is its headline."""
    text = lines[index].text
    if lines[index].words < CRUMB_HEADLINE_WORDS - 1:
        return False
    for above in lines[max(0, index - DECORATED_LINES) : index]:
        if above.text != text and len(above.text) > len(text) and _undecorated(above.text) == text:
            return True
    return False


def _undecorated(text: str) -> str:
    return _BRACKETED_TAIL.sub("", _MARKER_HEAD.sub("", text))


CRUMB_HEADLINE_WORDS = 5


def _last_crumb(crumbs: str, text: str) -> bool:
    """A breadcrumb whose last crumb is the whole line ("Stories / Coast / Harbour town votes to keep its pier"), of
    a headline's length: a crumb of a few words is a section's ("News > World - Wire" over "World - Wire")."""
    return len(text.split()) >= CRUMB_HEADLINE_WORDS and any(
        crumbs.rstrip().endswith(f" {mark} {text}") for mark in _CRUMB_MARKS
    )


DECK_CREDIT_LINES = 4  # the most credit, date and count lines between a headline and the deck under them
DECK_CREDIT_WORDS = 10  # the most words of each


def _deck_under_credits(lines: list[Line], index: int) -> bool:
    """A line under the headline's credit block (a byline, a date, a reading time, a count), with no credit of its
    own right under it: the deck of the story, not its headline. The block's lines all credit, date or count; the
    line over them is the headline: four words or more, ending no sentence on a full stop, credited inside the block
    (an entry of a list of other stories, a title over its chip, has another chip above it, or its chip alone under
    it: a block of one line must credit someone)."""
    if index < 2 or metadata.credit_distance(lines, index) == 1:
        return False
    head = index - 1
    while head > 0 and index - head <= DECK_CREDIT_LINES and _credit_block_line(lines[head]):
        head -= 1
    block = lines[head + 1 : index]
    above = lines[head]
    if not block or _credit_block_line(above) or above.is_furniture:
        return False
    if not 4 <= above.words <= LONG_CREDITED_WORDS or above.text.endswith("."):
        return False
    if len(block) == 1 and not _block_credit(block[0].text):
        return False
    distance = metadata.credit_distance(lines, head)
    chip_above = head > 0 and (metadata.is_stamped_chip(lines[head - 1].text) or metadata.is_date_line(lines[head - 1]))
    return distance is not None and distance <= len(block) and not chip_above


def _block_credit(text: str) -> bool:
    """A byline, a labelled name, or a name with its outlet or job after a separator ("Ann Lee | Quay Post"): a bare
    pair of capitalised words alone is a section's or a menu's entry as often."""
    if metadata.is_byline(text) or _labelled_names(text) or _BY_INSIDE.search(text):
        return True
    return holds_any(text, _NAME_SEPARATORS) and metadata.is_name_line(text)


_NAME_SEPARATORS = (" / ", " | ", " · ", " • ", " — ", " – ")


def _credit_block_line(line: Line) -> bool:
    """A line of a headline's credit block: a byline, a name, a date or a time, a labelled name, a short count."""
    if line.words > DECK_CREDIT_WORDS or line.is_prose:
        return False
    text = line.text
    return (
        _block_credit(text)
        or metadata.is_date_line(line)
        or line.is_relative_time
        or metadata.is_stamped_chip(text)
        or metadata.is_compact_age(text)
        or (line.words <= COUNT_LINE_WORDS and any(char.isdigit() for char in text))
    )


def feature_names() -> list[str]:
    """Every feature `features` computes (the model file must name only these)."""
    from converter.textdump.lines import make_line

    lines = [make_line(0, "A Headline Here", frozenset()), make_line(1, "Some text.", frozenset())]
    return list(features(lines, 0, 1, Counter()))


def under_paragraphs(lines: list[Line], first: int, index: int) -> bool:
    """Whether PARAGRAPHS_ABOVE finished paragraphs of the body run (first..) stand above its line `index`.

    A headline heads the story's paragraphs; a line taken for one below two of them (a paragraph closing on a colon
    over a list of sections, a story whose real headline stands far above, past a photo gallery) starts no story,
    and the paragraphs above it are the article's. One such line above (a disclosure, a breadcrumb ending on a stop)
    is the page's more often than not.
    """
    finished = 0
    for line in lines[first:index]:
        finished += line.is_prose and line.sentence_end
        if finished >= PARAGRAPHS_ABOVE:
            return True
    return False

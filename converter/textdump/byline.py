"""Which line is the byline: a learned decision over line shapes (byline_names.py reads whose names a line gives).

Candidates are the lines around the headline and the body's two ends. Each gets shape features
(a label then a name: "Words: A", "Story by A", "Posted by A", "— A", "(Reporting by A; Editing
by B)"; how much of it is names; a date or a separator beside it; where it stands), and the
model `textdump_byline` scores them; the best one above the threshold gives the authors. A writer's label over an
organisation and no person ("By Associated Press", "Author: University of Tokyo") credits the organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from converter.bylines import credits_contributor, credits_writer, names_signing_body, organisation_name, split_authors
from converter.dates import find_date
from converter.textdump.asides import is_curator_credit
from converter.textdump.byline_names import (
    BY_WORDS,
    CREDIT_TAIL_WORDS,
    LEAD_MARKS,
    WRITER_ROLE,
    byline_part,
    labelled_rest,
    names_of,
    people_or_body,
    told_label,
    without_outlet,
)
from converter.textdump.furniture import HOST
from converter.textdump.headings import split_run_in_heading
from converter.textdump.lines import Line, per_page, text_counts
from converter.textdump.marked import marker_split
from converter.textdump.metadata import (
    TIMED_LEAD,
    credit_after_dated_by,
    is_byline,
    is_name_line,
    joined_to_host,
    lead_before_by,
    names_after_by,
    told_to,
)
from converter.textdump.model import LinearModel, model

MODEL = "textdump_byline"

OUTLET_LINE_WORDS = 10  # a line naming an outlet as a source ('Read the original at Summit Ledger')


@dataclass(frozen=True)
class Byline:
    index: int
    names: list[str]
    score: float


def features(lines: list[Line], index: int, title_index: int | None, first: int, last: int) -> dict[str, float]:
    """Shape and position features of lines[index] as a byline (named, for the model and the debug view)."""
    line = lines[index]
    text = line.text
    label, part, tail_words, lower_tail = byline_part(text)
    inner = names_after_by(text)
    names = inner or (people_or_body(label, part, text) if part else [])
    name_words = sum(len(name.split()) for name in names)
    part_words = len(part.split())
    bare = bool(names) and not label and not inner and text[:1] not in LEAD_MARKS
    f: dict[str, float] = {
        # "by", or a word for the writer's role ("Author:", "Words:"), crediting a writer: one feature, so that
        # a layout's colon credit weighs as the other layouts' "by" credits taught (alone it learned little).
        "label_by": float(
            bool(label)
            and (label.lower().split()[-1] in BY_WORDS or bool(WRITER_ROLE.search(label)) or told_label(label))
            and credits_writer(label)
        ),
        # (No feature says which mark the label is, a colon or a dash: held-out layouts credit with marks
        # the others never used, and such a weight learned only what the training layouts wrote.)
        "label_words": min(len(label.split()), 4) / 4,
        # The label credits someone who did not write the piece ("Photography:", "Summary by"; role words of
        # the language, bylines._NOT_WRITER): apart, a writer's label and names can weigh as a credit.
        "other_role": float(bool(label) and not credits_writer(label)),
        "parenthesised": float(text[:1] in "([" and text.rstrip()[-1:] in ")]"),
        "names": min(len(names), 3) / 3,
        "has_names": float(bool(names)),
        "name_share_part": name_words / (part_words + tail_words) if part_words else 0.0,
        "name_share_line": name_words / max(1, line.words),
        "by_inside": float(bool(inner)),
        "hand_byline": float(is_byline(text)),
        "name_line": float(is_name_line(text)),
        "all_caps": float(text.isupper()),
        "menu_context": _menu_context(lines, index),
        "one_word_name": float(any(" " not in name for name in names)),
        "names_only": float(bool(names) and not label and tail_words == 0 and name_words >= part_words - 1),
        # A credit's shape whatever its wording: a label or a dash, then names and nothing else ("Words: A", "— A").
        "label_then_names": float(
            bool(names) and bool(label or text[:1] in "—–-―") and tail_words == 0 and name_words >= part_words - 1
        ),
        # A sign-off stands right under the last paragraph; a quote's or a post's attribution inside the text,
        # and a post's often with a handle.
        "right_after_body": float(index in (last, last + 1) and index > 0 and lines[index - 1].is_prose),
        "handle": float("@" in text),
        # Bare names (no label, no "by", no dash) below the body are mostly entries of a list there.
        "bare_below_body": float(bare and index > last),
        # (Lower-case words in a time or a date before the "by" lead the names: no tail after them. A long lead
        # is a caption's or a sentence's, "... Dec. 22 in this picture. Photo shared by A".)
        "lower_tail": float(
            lower_tail and not (inner and len(lead_before_by(text)) <= TIMED_LEAD) and not _credit_tail(text, part)
        ),
        "tail_words": min(max(tail_words, 0), 12) / 12,
        "words_le4": float(line.words <= 4),
        "words_5_12": float(5 <= line.words <= 12),
        "words_gt12": float(line.words > 12),
        "has_date": float(find_date(text) is not None),
        "relative_time": float(line.is_relative_time),
        "separator": float(" · " in text or " | " in text or " • " in text),
        "semicolon": float(";" in text),
        "sentence_end": float(line.sentence_end),
        "prose": float(line.is_prose),
        "stop_ratio": line.stop_ratio,
        "furniture": float(line.is_furniture),
        "digits": float(line.digit_share > 0),
        "below_title": float(title_index is not None and 0 < index - title_index <= 4),
        "above_body": float(index < first),
        "at_body_end": float(last - 2 <= index <= last + 4),
        "inside_body": float(first <= index < last - 2),
        "distance": min(abs(index - first), abs(index - last), 10) / 10,
        # Above the headline stand kickers and sections ("Fact Check", "Hong Kong"), rarely the credit;
        # a bare capitalised pair there is a section far more often than a name.
        "above_title": float(title_index is not None and index < title_index),
        "bare_above_title": float(bare and title_index is not None and index < title_index),
        # A page credits its article once, first: a credit line below an earlier one belongs to something else.
        "credit_above": float(_credit_above(lines, index, title_index, first)),
        # A person's full name is rarely a line of its own twice, or word for word inside the text;
        # a place or a topic is ("Hong Kong", "Delhi Pollution").
        "shown_twice": float(text_counts(lines)[text] >= 2),
        "in_text": float(bool(names) and _in_text(lines, first, last, text)),
        # Share of the names' words the page also writes in lower case: "Learning Centers", "Smart
        # Phones", "Watch CBSN Live" are common words capitalised; a surname is seldom written so.
        "common_words": _common_share(lines, names),
    }
    # A credit closing the article ("— A", "(Reporting by A; ...)", "Words: A" under the last paragraph, no
    # paragraph after it): one feature for every wording, so that a layout's dash sign-off weighs as the other
    # layouts' and sites' closing credits taught. A quote's or a post's "— A" has text (or a handle) after it.
    # A few words after the names ("— A, staff writer", "Reporting by A in Lagos") leave the shape a credit's.
    # Names and the outlet they wrote for ("A for Harbour Courier") sign off too, with no label.
    credit = bool(names) and (
        (
            name_words >= part_words - 1
            and tail_words <= CREDIT_TAIL_WORDS
            and (f["label_by"] or (text[:1] in "—–-―" and not f["other_role"]))
            and "@" not in text
        )
        # (the outlet's name may be long: its words are no tail; words the page writes in lower case are no
        # names: "Wedding Hairstyles for Long Hair" is a link's)
        or (_written_for(text) and not f["common_words"])
    )
    f["closes_body"] = float(bool(credit) and _closes_body(lines, index, last))
    return f


# English verbs of writing that may follow a writer's name in place of a label before it ("Ann Lee writes").
_CREDIT_VERBS = frozenset({"writes", "reports", "wrote", "reported"})


def _credit_tail(text: str, part: str) -> bool:
    """The lower-case words after the names leave the line a credit's: the host of the outlet they wrote for ("A,
    outlet.com", "A for outlet.com": a host is written in lower case) or a verb of writing ("A writes", "A reports")."""
    if joined_to_host(text) is not None or told_to(text):
        return True  # (or the English words of a teller's credit: "Ann Lee as told to Bo Park")
    rest = text[len(part) :].strip(" :.") if part and text.startswith(part) else ""
    return rest.lower() in _CREDIT_VERBS


def _closes_body(lines: list[Line], index: int, last: int) -> bool:
    """lines[index] stands at the body run's end, no paragraph of prose after it inside the run."""
    return last - 2 <= index <= last + 2 and not any(line.is_prose for line in lines[index + 1 : last + 1])


def _common_share(lines: list[Line], names: list[str]) -> float:
    words = [word.strip(_WORD_EDGES).lower() for name in names for word in name.split()]
    words = [word for word in words if len(word) > 1]
    if not words:
        return 0.0
    return sum(map(_lower_words(lines).written, words)) / len(words)


@dataclass
class _LowerWords:
    """Which words a page writes in lower case, asked word by word (the few words of candidate names).

    A word is written in lower case when a token of the page (split at white space) starts with a
    lower-case letter and is the word once the marks around it are stripped. No mark in
    `_WORD_EDGES` is a lower-case letter, so such a token is the word with marks after it only:
    one search of the page's text answers, instead of a set built of every token of the page.
    """

    text: str
    answers: dict[str, bool]

    def written(self, word: str) -> bool:
        if word not in self.answers:
            self.answers[word] = word[:1].islower() and self._stands_alone(word)
        return self.answers[word]

    def _stands_alone(self, word: str) -> bool:
        """`word` follows white space (or starts the text) and only marks stand before the next white space."""
        text = self.text
        at = text.find(word)
        while at >= 0:
            if at == 0 or text[at - 1].isspace():
                end = at + len(word)
                while end < len(text) and text[end] in _WORD_EDGES:
                    end += 1
                if end == len(text) or text[end].isspace():
                    return True
            at = text.find(word, at + 1)
        return False


@per_page
def _lower_words(lines: list[Line]) -> _LowerWords:
    return _LowerWords("\n".join(line.text for line in lines), {})


_WORD_EDGES = ".,;:!?\"'()[]“”‘’«»"


def _credit_above(lines: list[Line], index: int, title_index: int | None, first: int) -> bool:
    start = max(0, min(first, title_index if title_index is not None else first) - 3)
    return _first_credit(lines, start) < index


def _first_credit(lines: list[Line], start: int) -> int:
    """The index of the first credit line from `start` on (len(lines) if none), kept per page and start."""
    memo = _first_credits(lines)
    if start not in memo:
        memo[start] = next(
            (i for i in range(start, len(lines)) if is_byline(lines[i].text) or labelled_credit(lines[i].text)),
            len(lines),
        )
    return memo[start]


def labelled_credit(text: str) -> bool:
    """A writer's label and names only ("Author: A", "Story by A", "Words — A"), whatever the label's words and
    mark (a colon, "by" or a dash)."""
    if len(text) > 80 or not (":" in text or "by " in text.lower() or "—" in text or "–" in text):  # (most lines)
        return False
    label, part, tail_words, _ = byline_part(text)
    if label and tail_words and (written := without_outlet(text)):
        label, part, tail_words, _ = byline_part(written)  # ("Written by A for Harbour Courier · 11h")
    if not label or tail_words or not credits_writer(label):
        return False
    return (label.lower().split()[-1] in BY_WORDS or bool(WRITER_ROLE.search(label))) and bool(
        split_authors(part, declared=True)
    )


@per_page
def _first_credits(lines: list[Line]) -> dict[int, int]:
    return {}


def _in_text(lines: list[Line], first: int, last: int, text: str) -> bool:
    """The line, word for word, inside a paragraph of the body run."""
    wanted = text.strip().lower()
    return any(wanted in lower for own, lower in _run_prose(lines, first, last) if own != text)


def _run_prose(lines: list[Line], first: int, last: int) -> list[tuple[str, str]]:
    """The prose lines of the run first..last and their lower case, kept per page and run (each
    candidate asks; lower-casing every paragraph for each was a fiftieth of a dump's time)."""
    memo = _run_prose_memo(lines)
    if (first, last) not in memo:
        memo[first, last] = [(line.text, line.text.lower()) for line in lines[first : last + 1] if line.is_prose]
    return memo[first, last]


@per_page
def _run_prose_memo(lines: list[Line]) -> dict[tuple[int, int], list[tuple[str, str]]]:
    return {}


def _menu_context(lines: list[Line], index: int) -> float:
    """Share of the four neighbours that are short items (menus, tag lists): a name there is a link."""
    short = _short_item_counts(lines)  # (running counts: each line tested once, not by each neighbour)
    start, end = max(0, index - 2), min(len(lines), index + 3)
    return (short[index] - short[start] + short[end] - short[index + 1]) / 4


def _short_item(line: Line) -> bool:
    return line.words <= 4 and not line.sentence_end and not line.is_prose


@per_page
def _short_item_counts(lines: list[Line]) -> list[int]:
    """How many of lines[:k] are short items, for every k."""
    return list(accumulate(map(_short_item, lines), initial=0))


def candidates(lines: list[Line], top: int, first: int, last: int, headline: int | None = None) -> list[int]:
    """Lines near the headline, the body's start and the body's end: where pages put a byline."""
    # (A headline standing inside the run, under a contents list opening it, has its credit under it too.)
    below_headline = (
        range(headline + 1, _headline_block_end(lines, headline, last)) if headline is not None else range(0)
    )
    top = min(top, first)
    found = {
        *range(max(0, top - 3), min(first + 4, len(lines))),
        *range(max(first, last - 2), min(last + 5, len(lines))),
        *below_headline,
    }
    # Inside the body, a line shaped as a credit ("— A", "(Reporting by A; ...)", or a labelled one under a
    # paragraph, "Written by A · date") may close the article (the run going on past it over a carried story); a
    # labelled one under a headline is a carried story's.
    found.update(
        index
        for index in range(first, min(last + 1, len(lines)))
        if lines[index].words <= 20
        and (
            lines[index].text[:1] in LEAD_MARKS
            or (
                labelled_credit(lines[index].text)
                and (
                    _after_prose(lines, index)
                    or _names_an_editor(lines[index].text)
                    or _between_text_and_widgets(lines, index)
                )
            )
        )
        and names_of(lines[index].text)
    )
    # A finished sentence of prose is a paragraph that names someone, not a credit line. A bare
    # capitalised line above the headline or below the body is a section, a tag or a menu entry.
    return sorted(
        index
        for index in found
        if lines[index].words <= 30
        and not (
            lines[index].is_prose
            and (lines[index].sentence_end or _glued_heading(lines[index].text))
            and not labelled_credit(lines[index].text)  # ("Story by A. Edited by B.": a credit's full stops)
        )
        and not ((index < top or index > last) and _bare(lines[index].text) and not _written_for(lines[index].text))
        and not _roster_entry(lines, index)
        and not is_curator_credit(lines[index].text)  # ("Kept by A in B": who picked the piece, not who wrote it)
    )


HEADLINE_BLOCK = 8  # the most lines of the stack under a headline (counts, dates, a credit) read for a byline


def _headline_block_end(lines: list[Line], headline: int, last: int) -> int:
    """The end of the lines under the headline where a byline may stand: four lines, or more while the short
    lines stacked under it go on with no blank line between ("52 sources", "Published ...", "Updated ...",
    "Reporter: A"), up to HEADLINE_BLOCK."""
    end = min(headline + 5, last + 1, len(lines))
    while (
        end < min(headline + 1 + HEADLINE_BLOCK, last + 1, len(lines))
        and not lines[end].blank_before
        and all(not lines[index].is_prose for index in range(headline + 1, end + 1))
    ):
        end += 1
    return end


def _after_prose(lines: list[Line], index: int) -> bool:
    """The line above is a paragraph ending with a full stop (a headline asks, or ends with none)."""
    above = lines[index - 1] if index > 0 else None
    return (
        above is not None
        and above.is_prose
        and above.text.rstrip("\"'”’)").endswith(".")
        and marker_split(above.text) is None  # (a list's entry: the credit is that entry's)
    )


def _closing_place(lines: list[Line], index: int) -> bool:
    """Where a closing credit stands under a paragraph (`_after_prose`, `_between_text_and_widgets`)."""
    return _after_prose(lines, index) or _between_text_and_widgets(lines, index)


def _between_text_and_widgets(lines: list[Line], index: int) -> bool:
    """A line set apart under a paragraph (a blank line between), short lines under it (a photo's credit, counts):
    where a story's closing credit stands even when its last paragraph ends on no full stop (a list's entry)."""
    return (
        0 < index < len(lines) - 1
        and lines[index].blank_before
        and lines[index - 1].is_prose
        and not lines[index + 1].is_prose
        and not lines[index + 1].blank_before
    )


# A second credit after the writer's ("; fact-checked by B", ". Edited by B."): its label, up to its "by".
_NEXT_CREDIT = re.compile(
    r"[;.]\s+([^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2}?\s+(?:by|von|por|par|di|oleh|door|av))\s", re.IGNORECASE
)


def _names_an_editor(text: str) -> bool:
    """A writer's credit followed by someone else's ("Story by A. Edited by B."): a sign-off, whatever stands
    above it (a carried story's credit under its headline names its writer alone)."""
    match = _NEXT_CREDIT.search(text)
    return match is not None and not credits_writer(match.group(1))


def _glued_heading(text: str) -> bool:
    """A paragraph with the next subheading glued to its end: it ends a sentence before the heading."""
    return split_run_in_heading(text)[1] is not None


def _roster_entry(lines: list[Line], index: int) -> bool:
    """A bare name with a bracket after it ("A (Fr.)", "A (University of X)") beside another such line: an
    entry of a list of people (a roster, a panel), not the article's credit."""
    return _bracketed_name(lines[index].text) and any(
        _bracketed_name(lines[other].text) for other in (index - 1, index + 1) if 0 <= other < len(lines)
    )


def _bracketed_name(text: str) -> bool:
    if not (" (" in text or " [" in text) or text[:1] in LEAD_MARKS:
        return False
    label, part, _, _ = byline_part(text)
    return not label and bool(part) and text.startswith(part) and text[len(part) :].lstrip()[:1] in "(["


def _written_for(text: str) -> bool:
    """Names and the outlet they wrote for ("A for Harbour Courier"), nothing else: a writer's credit even with no
    label before it ("for", English), where a section, a tag or a menu entry names no outlet."""
    rest = without_outlet(text)
    return rest is not None and _bare(rest) and byline_part(rest)[2] == 0


def _bare(text: str) -> bool:
    """Names without a label, a dash or a 'by' before them."""
    label, part, _, _ = byline_part(text)
    return bool(part) and not label and text[:1] not in LEAD_MARKS and not names_after_by(text)


def find_byline(
    lines: list[Line],
    title_index: int | None,
    top: int,
    first: int,
    last: int,
    site: str | None = None,
    decision: LinearModel | None = None,
) -> Byline | None:
    """The best-scoring candidate the model accepts and that names someone other than the site, or None.

    A contributor's credit ("Additional reporting by A") names the writer only when no other accepted line credits
    anyone: it is tried last."""
    decision = decision or model(MODEL)
    scored = sorted(
        (
            (decision.score(features(lines, index, title_index, first, last)), index)
            for index in candidates(lines, top, first, last, title_index)
        ),
        key=lambda item: (-item[0], item[1]),
    )
    accepted = [(score, index) for score, index in scored if score > decision.threshold]
    for score, index in sorted(accepted, key=lambda item: contributor_credit(lines[item[1]].text)):
        names = _credited(lines, index, site)
        if names and not _under_other_role(lines, index):
            earlier = _earlier_part(lines, index, names, accepted, site)
            if earlier is not None:
                score, index, names = earlier
            index, names = _stack_top(lines, index, names, {i for _, i in accepted}, site)
            return Byline(index, names + _stacked_names(lines, index, names, {i for _, i in accepted}, site), score)
    return None


def _under_other_role(lines: list[Line], index: int) -> bool:
    """lines[index] is bare names right under a label of its own crediting another role than the writer's by its
    "by" ("Fact checked by", "Photographs by" over "Bo Lind"): that role's names. (A colon's label, "Source:", may
    name whoever stands for the writer.)"""
    if index == 0 or lines[index].blank_before or byline_part(lines[index].text)[0]:
        return False
    above = lines[index - 1].text.strip()
    if lines[index - 1].words > 4 or not above.lower().endswith(" by"):
        return False
    return not credits_writer(above)


def _credited(lines: list[Line], index: int, site: str | None) -> list[str]:
    names = [name for name in names_of(lines[index].text) if not site or name.lower() != site.lower()]
    return _without_outlet(lines, index, names)


def _earlier_part(
    lines: list[Line], index: int, names: list[str], accepted: list[tuple[float, int]], site: str | None
) -> tuple[float, int, list[str]] | None:
    """An accepted credit above the chosen one naming some of its people and no one else ("Ann Lee, staff writer"
    under the headline, "Reporting by Bo Park and Ann Lee" closing the story): a page credits its article first;
    a later line naming its writer among others credits a part of it (a section's reporting) or its contributors."""
    for score, other in sorted(accepted, key=lambda item: item[1]):
        if other >= index:
            break
        found = _credited(lines, other, site)
        if found and set(found) < set(names):
            return score, other, found
    return None


def _stacked_names(lines: list[Line], index: int, names: list[str], accepted: set[int], site: str | None) -> list[str]:
    """Names credited by the accepted lines right under the byline in its own shape ("A | Staff writer" over "B |
    Staff writer", "By A" over "By B"): a page stacking its writers one a line; the same words around the names
    (a role, a label) tell a stack from a name and a date or a caption's credit beside it."""
    shape = _credit_shape(lines[index].text, names)
    more: list[str] = []
    below = index + 1
    while shape and below in accepted and not lines[below].blank_before:
        others = [name for name in names_of(lines[below].text) if not site or name.lower() != site.lower()]
        if not others or _credit_shape(lines[below].text, others) != shape or set(others) & set(names + more):
            break
        more += others
        below += 1
    return more


def _stack_top(
    lines: list[Line], index: int, names: list[str], accepted: set[int], site: str | None
) -> tuple[int, list[str]]:
    """The first line of the stack of credits in one shape the chosen line stands in ("By A, Dec 21" over "By B, Dec
    21", the model scoring the second a hair higher), and its names: the stack is read down from there."""
    shape = _credit_shape(lines[index].text, names)
    while shape and index - 1 in accepted and not lines[index].blank_before:
        above = _credited(lines, index - 1, site)
        if not above or _credit_shape(lines[index - 1].text, above) != shape or set(above) & set(names):
            break
        index, names = index - 1, above
    return index, names


def _credit_shape(text: str, names: list[str]) -> str:
    """The line with its names taken out ('A | Staff writer' -> '{} | Staff writer'); '' for a line of names alone
    or one whose names are not written out as given."""
    shape = text
    for name in names:
        if name not in shape:
            return ""
        shape = shape.replace(name, "{}", 1)
    return shape if shape.strip(" {},") else ""


def contributor_credit(text: str) -> bool:
    """A line whose label credits a contributor to the story ("Additional reporting by A; editing by B")."""
    label = byline_part(text)[0]
    return bool(label) and credits_contributor(label)


def organisation_credit(lines: list[Line], top: int, first: int, last: int, site: str | None) -> Byline | None:
    """The first credit among the byline's places that names an organisation and no person ('By The Associated
    Press', 'Reporting by Harbour Courier staff.', 'Dec 19, 2023 by News Staff'), for a page whose byline names
    no one: an agency, a newsroom or an institution wrote it. Only a writer's label ("by", "Author:") credits
    it: an outlet's name alone on a line is a chip, the publisher's, not a credit."""
    top = min(top, first)
    # (The byline's places, as `candidates` has them, with sentences too: "Reporting by The Wire." ends in a stop.)
    places = sorted(
        {*range(max(0, top - 3), min(first + 4, len(lines))), *range(max(first, last - 2), min(last + 5, len(lines)))}
    )
    # (and a sign-off inside the run, a writer's credit and an editor's on one line: "Story by A. Edited by B.")
    # (or a writer's label or a dash under the last paragraph, the run going on past it: "Story: Harbour Wire staff")
    places += [
        index
        for index in range(first + 4, max(first + 4, last - 2))
        if lines[index].words <= 20
        and (
            _names_an_editor(lines[index].text)
            or (_closing_place(lines, index) and labelled_rest(lines[index].text))
            or _dash_signature(lines, index)
        )
    ]
    for index in places:
        text = lines[index].text
        if len(text) > CREDIT_LINE_CHARS:
            continue
        credit = credit_after_dated_by(text) or labelled_rest(text) or _dash_signature(lines, index)
        if not credit or any(" " in name for name in split_authors(credit, declared=True)):
            continue  # (a person's full name: the model's call; one word alone, "AJLabs", the model scores low)
        name = organisation_name(credit)
        if name and (not site or name.lower() != site.lower()):
            return Byline(index, [name], 0.0)
    return None


def _dash_signature(lines: list[Line], index: int) -> str | None:
    """What a dash signs under the last paragraph when it is an agency or an institution named whole ("— The
    Associated Press", "— University of Tokyo"; bylines.names_signing_body): the body that wrote the story. A
    dash before an outlet's or a person's name is the model's or a quote's."""
    text = lines[index].text.strip()
    if text[:1] not in "—–―" or not _closing_place(lines, index):
        return None
    rest = text.lstrip("—–― ").strip()
    return rest if organisation_name(rest) == rest and names_signing_body(rest) else None


CREDIT_LINE_CHARS = 80


def _without_outlet(lines: list[Line], index: int, names: list[str]) -> list[str]:
    """The names without the last one when it is an outlet: 'A, Summit Ledger' where the page names Summit
    Ledger as a source elsewhere ('Read the original at Summit Ledger', 'Photo: B / Summit Ledger', 'Summit
    Ledger · 2h'): a short line ending with it or opening with it before a separator."""
    if len(names) < 2 or ", " + names[-1] not in lines[index].text:
        return names
    outlet = names[-1]
    key = _compact(outlet)
    for line in lines:
        text = line.text
        # (The outlet's host on the page spells its name run together: "Quay Post" and "www.quaypost.com".)
        if line.index != index and any(_host_label(word) == key for word in text.split() if "." in word):
            return names[:-1]
        if line.index == index or line.is_prose or line.words > OUTLET_LINE_WORDS or outlet not in text:
            continue
        if text.endswith((" " + outlet, "/" + outlet)) or text.startswith((outlet + " · ", outlet + " | ")):
            return names[:-1]
    return names


def _compact(name: str) -> str:
    return "".join(char for char in name.lower() if char.isalnum())


def _host_label(word: str) -> str:
    """The name a host's words spell ('www.quaypost.com' -> 'quaypost'), or '' for a word that is no host."""
    host = word.strip("()[]<>,;:").lower().removeprefix("https://").removeprefix("http://").split("/")[0]
    if not HOST.fullmatch(host):
        return ""
    return host.removeprefix("www.").split(".")[0]


def feature_names() -> Iterable[str]:
    """Every feature `features` computes (the model file must name only these)."""
    from converter.textdump.lines import make_line

    line = make_line(0, "By Someone", frozenset())
    return features([line], 0, None, 0, 0).keys()

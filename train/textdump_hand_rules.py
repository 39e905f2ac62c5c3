"""The hand-set rules the learned decisions replaced, kept to print their figures beside the models'."""

from __future__ import annotations

from converter.textdump import metadata
from converter.textdump.furniture import is_url
from converter.textdump.lines import Line, text_counts, title_case
from converter.textdump.related import header_kind


def find_byline(lines: list[Line], first: int, last: int, top: int) -> tuple[int | None, list[str]]:
    """The byline between the headline and the body, or right after the body's end."""
    candidates = [
        *range(max(0, top - 3), min(first + 4, len(lines))),
        *range(max(first, last - 2), min(last + 4, len(lines))),
    ]
    for index in candidates:
        text = lines[index].text
        if metadata.is_byline(text):
            names = metadata.byline_names(text, None)
            if names:
                return index, names
        names = metadata.names_after_by(text) if lines[index].words <= 20 else []
        if names:
            return index, names
    for index in range(max(0, top), min(first + 2, len(lines))):
        text = lines[index].text
        if index != top and metadata.is_name_line(text) and not lines[index].is_prose:
            return index, metadata.byline_names(text, None)
    return None, []


def find_title(lines: list[Line], body_start: int) -> int | None:
    """Index of the headline: a title-like line above the body.

    Preferred: a line the page repeats (headline and breadcrumb or gallery), a line with the
    byline or date just below it, a line near the body. The body's first line may be the
    headline itself when a date or byline follows it.
    """
    counts = text_counts(lines)
    best: tuple[float, int] | None = None
    for index in range(max(0, body_start - 40), min(body_start + 1, len(lines))):
        line = lines[index]
        if not _title_candidate(line):
            continue
        credit = metadata.credit_distance(lines, index)
        if (line.is_prose or index > body_start - 2) and credit is None:
            continue
        # An entry of a related list is no headline, unless its own byline or date sits right below it.
        if (credit is None or credit > 2) and metadata.in_link_list(lines, index):
            continue
        distance = body_start - index
        # Shown twice (headline and breadcrumb, or above a gallery); section names repeat too, but are short.
        score = 3.0 if counts[line.text] >= 2 and line.words >= 4 else 0.0
        score += 0.0 if credit is None else 4.0 - 0.3 * (credit - 1) if credit <= 2 else 2.5
        score += 0.5 if title_case(line.text) else 0.0
        score -= 1.5 if line.text.endswith(".") and not line.text.endswith("..") else 0.0  # a caption
        score += 2.0 if distance <= 6 else 1.0 if distance <= 15 else 0.0
        score -= 2.0 if line.text.endswith(".") and line.words > 12 else 0.0
        score += 0.5 if 5 <= line.words <= 20 else -0.5 if line.words <= 3 else 0.0
        score -= 1.5 if metadata.is_name_line(line.text) else 0.0  # more likely the author than the headline
        score += index / 1000  # later wins a tie: nearer the body
        if best is None or score > best[0]:
            best = (score, index)
    return best[1] if best else None


def _title_candidate(line: Line) -> bool:
    if line.is_furniture or is_url(line.text) or not 2 <= line.words <= 35 or len(line.text) > 300:
        return False
    if (
        header_kind(line)
        or metadata.is_byline(line.text)
        or metadata.BY.match(line.text)
        or metadata.is_date_line(line)
    ):
        return False
    if metadata.not_a_headline(line.text) or line.is_relative_time:
        return False
    # Two sentences make a standfirst, not a headline ("ID. SPACE" is no sentence break).
    return not (line.words >= 10 and metadata.SENTENCE_BREAK.search(line.text))

"""Where the article body is: the run of lines with the most prose and the least furniture.

Each line gets a score (prose gains by its length, short lines and furniture cost), related-list
headings are walls, and the body is the best-scoring run of lines between two walls (the maximum
subarray): a few short lines between paragraphs (subheadings, an inline caption) are crossed,
a menu or a list of links is not.
"""

from __future__ import annotations

from converter.textdump.lines import Line

PROSE_CAP = 8.0


def line_score(line: Line, furniture: bool) -> float:
    if furniture:
        return -1.5
    if line.is_prose:
        return min(PROSE_CAP, 0.5 + line.words / 10)
    if line.words >= 5 and line.sentence_end:
        return 0.1
    return -0.6


def best_run(scores: list[float], walls: set[int]) -> tuple[int, int] | None:
    """(first, last) indexes of the best-scoring run of lines that crosses no wall, or None."""
    best: tuple[float, int, int] | None = None
    total, start = 0.0, 0
    for index, score in enumerate(scores):
        if index in walls:
            total, start = 0.0, index + 1
            continue
        if total <= 0:
            total, start = 0.0, index
        total += score
        if total > 0 and (best is None or total > best[0]):
            best = (total, start, index)
    if best is None:
        return None
    return best[1], best[2]

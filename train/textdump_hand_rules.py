"""The hand-set rules the learned decisions replaced, kept to print their figures beside the models'."""

from __future__ import annotations

from converter.textdump import metadata
from converter.textdump.lines import Line


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

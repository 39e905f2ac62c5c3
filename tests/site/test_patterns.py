"""Every regular expression of the site plugin runs in linear time on long hostile text.

A pattern that rescans the rest of the line from each of its starting characters (`\\[[^\\]]*\\]`
on a line of unclosed brackets) costs seconds on one 160,000-character line, and the build pays
it for every page. Each compiled pattern in converter/site/ meets 200 KB lines built from its own
literal characters and from the markup it looks for, and must finish in 50 ms.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import converter.site

SIZE = 200_000
# Openers without their closers, repeated: what makes a backtracking pattern quadratic.
SEEDS = [
    "[",
    "![",
    "](",
    "[a](",
    "[a](b(",
    "(",
    "\\",
    "<",
    "<img",
    '<img src="',
    'src="',
    'alt="',
    "<script",
    "<style",
    "<script>",
    "<url>",
    "<loc>",
    '"search": "',
    "workers/",
    "-",
    "*",
    "`",
    "a",
    " ",
    "0",
]


def site_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.iter_modules(converter.site.__path__):
        module = importlib.import_module(f"converter.site.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{name}", value))
    return found


def hostile_texts(pattern: re.Pattern[str]) -> list[str]:
    # Also the pattern's own literal runs (e.g. `<url>` from `<url>.*?</url>`), each without what closes it.
    literals = {lit for lit in re.findall(r"[^\\\[\]().*+?{}|^$]{2,}", pattern.pattern) if lit.strip()}
    seeds = SEEDS + sorted(literals)
    return [(seed * (SIZE // len(seed) + 1))[:SIZE] for seed in seeds]


def _worst(pattern: re.Pattern[str]) -> tuple[float, str]:
    worst, worst_text = 0.0, ""
    for text in hostile_texts(pattern):
        best = min(_time(pattern, text) for _ in range(2))  # the better of two: the machine is shared
        if best > worst:
            worst, worst_text = best, text
    return worst, worst_text


def _time(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    pattern.match(text)
    return time.perf_counter() - start


def test_the_site_has_patterns_to_check() -> None:
    names = {name for name, _ in site_patterns()}
    assert {"structure._MD_NOISE", "images._IMG", "plugin._SITEMAP_URL"} <= names


@pytest.mark.parametrize(("name", "pattern"), site_patterns(), ids=[n for n, _ in site_patterns()])
def test_pattern_is_linear_on_long_hostile_lines(name: str, pattern: re.Pattern[str]) -> None:
    seconds, text = _worst(pattern)
    if seconds >= 0.05:
        # Over budget, perhaps only because the machine is busy: a linear pattern takes about a quarter
        # of the time on a quarter of the text, a quadratic one a sixteenth.
        seconds = min(_time(pattern, text) for _ in range(3))
        quarter = min(_time(pattern, text[: SIZE // 4]) for _ in range(3))
        assert seconds < 1.0 and seconds < 8 * quarter, (
            f"{name} took {seconds:.3f} s on {text[:12]!r}… ({quarter:.3f} s on a quarter of it)"
        )

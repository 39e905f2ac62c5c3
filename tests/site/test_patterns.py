"""Every regular expression of the site plugin runs in linear time on long hostile text.

A pattern that rescans the rest of the line from each of its starting characters (`\\[[^\\]]*\\]`
on a line of unclosed brackets) costs seconds on one 160,000-character line, and the build pays
it for every page. Each compiled pattern in converter/site/ meets 200 KB lines built from its own
literal characters and from the markup it looks for, and must finish in 50 ms, or take no more than
linear time on a busy machine (`tests.support.pattern_problem`, the audit of tests/test_patterns.py).
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import converter.site
from tests.support import pattern_problem

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


def test_the_site_has_patterns_to_check() -> None:
    names = {name for name, _ in site_patterns()}
    assert {"structure._MD_NOISE", "images._IMG", "plugin._SITEMAP_URL"} <= names


@pytest.mark.parametrize(("name", "pattern"), site_patterns(), ids=[n for n, _ in site_patterns()])
def test_pattern_is_linear_on_long_hostile_lines(name: str, pattern: re.Pattern[str]) -> None:
    for text in hostile_texts(pattern):
        problem = pattern_problem(pattern, "findall", text, SIZE)
        assert problem is None, f"{name} is slow on {text[:12]!r}…: {problem}"

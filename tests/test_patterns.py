"""Every compiled pattern in the converter stays fast on long adversarial text (issue 15, item 6).

Patterns run on scraped text, which can be anything: a 200 KB page of inline `<a ` made the
link look-alike pattern in markdown.py take 40 s (each `<` rescanned the rest of the page). Here
every `re.Pattern` held at module level (directly, or in a dict, list, tuple or set) in every
converter module runs `search`, `findall` and `sub` over ~200 KB strings built to make a
backtracking engine work hard, and must finish each in 50 ms of CPU time (more on a loaded machine),
or at least take no more than linear time. The whole audit is slow (minutes); the patterns it caught
are checked on the text that caught them in the quick suite too.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from re import _parser as sre_parse  # type: ignore[attr-defined]
from types import ModuleType
from typing import Any

import pytest

import converter
from tests.support import pattern_problem

SIZE = 200_000
# Modules that do something when imported (python -m converter runs the CLI).
_NOT_IMPORTED = {"converter.__main__"}
# Patterns that only ever see a bounded prefix of a page, timed on that much text.
_BOUNDED = {
    "converter.read._META_CHARSET": 4096,  # read._SAMPLE: the head of the raw bytes
    "converter.read._XML_ENCODING": 4096,
}


def _modules() -> Iterator[ModuleType]:
    yield converter
    for info in pkgutil.walk_packages(converter.__path__, "converter."):
        if info.name not in _NOT_IMPORTED:
            yield importlib.import_module(info.name)


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[Any]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _patterns_in(item, depth + 1)


def _all_patterns() -> dict[str, re.Pattern[Any]]:
    """Each distinct pattern, by the module global that holds it (the first one seen)."""
    found: dict[str, re.Pattern[Any]] = {}
    seen: set[tuple[Any, int]] = set()
    for module in _modules():
        for name, value in sorted(vars(module).items()):
            for index, pattern in enumerate(_patterns_in(value)):
                key = (pattern.pattern, pattern.flags)
                # A pattern imported from another module is the same object: time it once.
                if key in seen:
                    continue
                seen.add(key)
                label = f"{module.__name__}.{name}" + (f"[{index}]" if not isinstance(value, re.Pattern) else "")
                found[label] = pattern
    return found


PATTERNS = _all_patterns()


def _literal_prefixes(pattern: re.Pattern[Any]) -> list[str]:
    """The literal text each branch of the pattern starts with (`<`, `](`, `on`...), if any."""
    try:
        parsed = sre_parse.parse(
            pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1"),
            pattern.flags & ~re.ASCII & ~re.LOCALE if isinstance(pattern.pattern, str) else 0,
        )
    except (re.error, ValueError):
        return []
    return [prefix for prefix in _prefixes(list(parsed)) if prefix]


def _prefixes(items: list[Any]) -> list[str]:
    text = ""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            text += chr(arg)
        elif name == "SUBPATTERN":
            return [text + rest for rest in _prefixes(list(arg[-1]))] or [text]
        elif name == "BRANCH":
            return [text + rest for branch in arg[1] for rest in _prefixes(list(branch))]
        elif name == "AT":
            continue
        else:
            break
    return [text]


GENERIC = {
    "open tags": "<a " * (SIZE // 3),
    "unclosed brackets": "[" * SIZE,
    "unclosed links": "[a](" * (SIZE // 4),
    "spaces": " " * SIZE + "x",
    "spaces and newlines": " \n" * (SIZE // 2),
    "letters": "a" * SIZE,
    "open parentheses": "(" * SIZE,
    "digits": "1" * SIZE,
    "digits and dots": "1." * (SIZE // 2),
    "words": "word " * (SIZE // 5),
    "capitalised words": "Word " * (SIZE // 5),
    "punctuation": "!?.,;:-_*#<>[](){}'\"/\\|=&%@~`^+" * (SIZE // 32),
    "tag soup": "<p class='x' " * (SIZE // 13),
    "escapes": "\\" * SIZE,
    "dashes": "-" * SIZE,
    "emphasis": "*_" * (SIZE // 2),
}


def _adversarial(pattern: re.Pattern[Any]) -> dict[str, str]:
    texts = dict(GENERIC)
    for prefix in _literal_prefixes(pattern)[:2]:
        repeat = max(1, SIZE // len(prefix))
        texts[f"prefix {prefix!r} repeated"] = prefix * repeat
        texts[f"prefix {prefix!r} then spaces"] = prefix + " " * SIZE
        texts[f"prefix {prefix!r} then words"] = prefix + "word " * (SIZE // 5)
    return texts


def _params() -> list[Any]:
    """One case per pattern and adversarial text: each is short, and a failure names both."""
    return [
        pytest.param(pattern, text_name, _BOUNDED.get(label, SIZE), id=f"{label}-{text_name}")
        for label, pattern in PATTERNS.items()
        for text_name in _adversarial(pattern)
    ]


def test_the_audit_sees_the_patterns_it_should() -> None:
    # The pattern whose 40 s run started the audit, and the site's patterns, are among those checked.
    assert len(PATTERNS) > 80
    assert any(label.startswith("converter.markdown.") for label in PATTERNS)
    assert any(label.startswith("converter.site.") for label in PATTERNS)


# The patterns the audit found quadratic (fixed in issue 15), on the text that showed it.
CAUGHT = {
    "converter.bylines._EMAIL": "letters",
    "converter.bylines._SEPARATORS": "spaces",
    "converter.bylines._TAIL": "spaces",
    "converter.html.metadata._SEPARATORS": "spaces",
    "converter.html.cleanup._READING_TIME": "spaces",
    "converter.textdump.cleanup._WIDGET": "spaces",
    "converter.textdump.metadata._BYLINE_CUT": "spaces and newlines",
    "converter.textdump.metadata._YEARS": "spaces and newlines",
    "converter.textdump.metadata._COMPANY_TAIL": "spaces",
    "converter.textdump.furniture._UI_COUNT": "digits",
    "converter.textdump.furniture._PROMO": "digits",
}


@pytest.mark.parametrize("label", sorted(CAUGHT))
def test_patterns_once_quadratic_stay_linear(label: str) -> None:
    pattern = PATTERNS[label]
    for operation in ("search", "findall", "sub"):
        assert pattern_problem(pattern, operation, GENERIC[CAUGHT[label]], SIZE) is None, operation


@pytest.mark.slow  # a minute or two for the hundred patterns on a 2-core machine
@pytest.mark.parametrize(("pattern", "text_name", "limit"), _params())
def test_pattern_is_fast_on_adversarial_text(pattern: re.Pattern[Any], text_name: str, limit: int) -> None:
    # findall scans the whole text from every start, the work search and sub do too.
    problem = pattern_problem(pattern, "findall", _adversarial(pattern)[text_name], limit)
    assert problem is None, f"{pattern.pattern!r} is slow on {text_name}: {problem}"

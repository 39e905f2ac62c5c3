"""YAML front matter: written with `yaml.safe_dump`, read with `yaml.safe_load`, never templated."""

from __future__ import annotations

import re
from typing import Any

import yaml

# libyaml's emitter and parser are several times faster (it matters at 10,000 articles); same YAML.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def dump_document(meta: dict[str, Any], body: str) -> str:
    """Front matter plus body as one Markdown document."""
    header = yaml.dump(
        meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False
    )
    body = body.strip("\n")
    return f"---\n{header}---\n\n{body}\n" if body else f"---\n{header}---\n"


def parse_document(text: str) -> tuple[dict[str, Any] | None, str]:
    """Split a Markdown document into (front matter or None, body). Raises `yaml.YAMLError`."""
    header, body = split_document(text)
    if header is None:
        return None, text
    meta = yaml.load(header, Loader=_Loader)  # a safe loader: plain data only
    return (meta if isinstance(meta, dict) else None), body


def split_document(text: str) -> tuple[str | None, str]:
    """(YAML header text or None when there is none, body after it)."""
    match = _FRONT.match(text)
    if not match:
        return None, text
    return match.group(1) or "", text[match.end() :].lstrip("\n")

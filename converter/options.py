"""`ConvertOptions`: every setting of a conversion run, with its default, validated when built."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

RAW_SUFFIXES = (".txt", ".html", ".htm")
# JSON Lines fields that may hold a page's HTML, tried in order (the JSON Lines reader's default too).
JSONL_HTML_FIELDS = ("html", "raw_html", "body", "content")
# --page-timeout range: below a tenth of a second the repeating alarm would leave no time for work,
# and above about eleven days setitimer overflows (inf fails every page).
MIN_PAGE_TIMEOUT = 0.1
MAX_PAGE_TIMEOUT = 1_000_000.0


class OptionsError(ValueError):
    """One or more options are invalid; the message lists every problem."""


@dataclass(frozen=True)
class ConvertOptions:
    raw_dir: Path
    docs_dir: Path
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    quiet: bool = False
    # Convert every page again even when the cache says it is unchanged.
    force: bool = False
    suffixes: tuple[str, ...] = RAW_SUFFIXES
    # Seconds one page may take before it is reported as failed and the run goes on (0: no limit).
    # A 50 MB page of article text takes about a minute.
    page_timeout: float = 600.0
    # JSON Lines fields that may hold a page's HTML, tried in order (then `text` for plain text).
    jsonl_html_fields: tuple[str, ...] = JSONL_HTML_FIELDS

    def __post_init__(self) -> None:
        problems = []
        if not self.raw_dir.is_dir():
            problems.append(f"RAW_DIR {self.raw_dir} is not a folder")
        if self.jobs < 1:
            problems.append(f"--jobs must be at least 1 (got {self.jobs})")
        if not (self.page_timeout == 0 or MIN_PAGE_TIMEOUT <= self.page_timeout <= MAX_PAGE_TIMEOUT):  # NaN too
            problems.append(
                f"--page-timeout must be 0 (no limit) or from {MIN_PAGE_TIMEOUT:g} to {MAX_PAGE_TIMEOUT:g} seconds "
                f"(got {self.page_timeout})"
            )
        if not self.jsonl_html_fields or not all(
            isinstance(name, str) and name.strip() == name and name for name in self.jsonl_html_fields
        ):
            problems.append(
                f"--jsonl-html-field must name one or more non-empty fields without surrounding spaces "
                f"(got {list(self.jsonl_html_fields)!r})"
            )
        if self.raw_dir.is_dir() and self.docs_dir.resolve() == self.raw_dir.resolve():
            problems.append("DOCS_DIR must not be RAW_DIR: the converter never writes into its input")
        if problems:
            raise OptionsError("; ".join(problems))

    def fingerprint(self) -> str:
        """The options that change a page's output (not how the run is carried out)."""
        # (--jsonl-html-field is part of each container's key instead: it changes no loose page.)
        return ",".join(self.suffixes)

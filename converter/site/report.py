"""Warnings about a page's front matter: printed, but outside MkDocs' `--strict` count.

MkDocs counts every WARNING that reaches its `mkdocs` logger, and `--strict` (as `make site`
builds) then aborts. A bad front-matter value is one page's problem, already handled (the value is
dropped, the page still builds), so it must be said without stopping the archive: these warnings go
to a logger outside the `mkdocs.` namespace (ProperDocs counts `properdocs.` the same way), with its
own handler printing the same `WARNING -  ` lines on stderr.
"""

from __future__ import annotations

import logging
import sys


class _StderrHandler(logging.Handler):
    """Writes to the `sys.stderr` of the moment (a test's capture, or a redirected stream)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(self.format(record), file=sys.stderr, flush=True)
        except Exception:  # noqa: BLE001 - logging's own contract: a failing handler reports, never raises
            self.handleError(record)


log = logging.getLogger("archive.frontmatter")
if not any(isinstance(h, _StderrHandler) for h in log.handlers):
    _handler = _StderrHandler(logging.WARNING)
    _handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    log.addHandler(_handler)
log.setLevel(logging.INFO)


def warn_front_matter(src_uri: str, problem: str) -> None:
    """One problem with one page's front matter, naming the file and the field."""
    log.warning("archive: %s: front matter %s", src_uri, problem)

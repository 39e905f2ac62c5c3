"""Command line: argument parsing only; the work is done by library functions."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from converter import __version__
from converter.errors import ConverterError
from converter.options import ConvertOptions, OptionsError
from converter.pipeline import RunReport, convert_tree
from converter.progress import Progress


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="converter",
        description="Turn saved web pages (raw HTML or text dumps) into Markdown articles for the archive site.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    convert = commands.add_parser(
        "convert",
        help="convert every raw page under RAW_DIR into Markdown files in DOCS_DIR",
        description=(
            "Convert every .txt, .html and .htm file under RAW_DIR (recursively), and every page in the "
            "saved-page containers there (WARC, WACZ, MHTML, SingleFile, complete pages, zips, JSON Lines, "
            "Wallabag and Omnivore exports), into one Markdown file per article in DOCS_DIR; the images a "
            "container holds are copied into DOCS_DIR/assets. Pocket and Instapaper exports add tags and "
            "saved dates to the pages saved from the same URL. Other files are skipped and listed. "
            "A page (or a container's record) that fails is reported with its reason and the run goes on; "
            "the exit status is 1 when any failed. A file the converter wrote and someone edited since is "
            "never replaced nor removed: it is kept, and said on every run until it is deleted."
        ),
    )
    convert.add_argument("raw_dir", metavar="RAW_DIR", type=Path, help="folder of saved pages (never modified)")
    convert.add_argument("docs_dir", metavar="DOCS_DIR", type=Path, help="folder to write the Markdown articles to")
    convert.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        help="worker processes to convert with (default: all cores)",
    )
    convert.add_argument("-q", "--quiet", action="store_true", help="print nothing but failures")
    convert.add_argument(
        "--force",
        action="store_true",
        help="convert every page again, ignoring what the last run remembered of them "
        "(a file edited by hand since the converter wrote it is still kept)",
    )
    convert.add_argument(
        "--jsonl-html-field",
        action="append",
        default=None,
        metavar="FIELD",
        help="JSON Lines field holding a page's HTML; repeat to try several in order "
        "(default: html, raw_html, body, content; a `text` field is read as plain text)",
    )
    convert.add_argument(
        "--page-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="report a page as failed when it takes longer than this (default: 600; 0: no limit)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        given: dict[str, Any] = {
            "jobs": args.jobs,
            "page_timeout": args.page_timeout,
            "jsonl_html_fields": tuple(args.jsonl_html_field) if args.jsonl_html_field else None,
        }
        options = ConvertOptions(
            raw_dir=args.raw_dir,
            docs_dir=args.docs_dir,
            quiet=args.quiet,
            force=args.force,
            **{name: value for name, value in given.items() if value is not None},  # the rest: defaults
        )
    except OptionsError as exc:
        print(f"converter: error: {exc}", file=sys.stderr)
        return 2
    try:
        with Progress(enabled=not args.quiet) as progress:
            report = convert_tree(options, progress=progress.update)
    except ConverterError as exc:
        print(f"converter: error: {shown(str(exc))}", file=sys.stderr)
        return 1
    _print_report(report, quiet=args.quiet)
    return 0 if report.ok else 1


def _print_report(report: RunReport, quiet: bool) -> None:
    for warning in report.warnings:
        print(f"converter: warning: {shown(warning)}", file=sys.stderr)
    for path, reason in report.failed:
        print(f"FAILED {shown(path)}: {shown(reason)}", file=sys.stderr)
    if quiet:
        return
    for path in report.skipped:
        print(f"skipped {shown(path)} (not a .txt, .html or .htm page, nor a saved-page container)")
    for page, src, reason in report.images_left_out:
        print(f"image left out of {shown(page)}: {shown(src)}: {shown(reason)}")
    for row, url in report.unmatched:
        print(f"read-it-later entry with no saved page: {shown(url)} ({shown(row)})")
    kept = f", {report.kept} kept as edited by hand" if report.kept else ""
    print(
        f"converted {len(report.converted)}, unchanged since last run {report.reused}, "
        f"skipped {len(report.skipped)}, failed {len(report.failed)} "
        f"→ {report.articles} articles ({report.written} written, {report.unchanged} unchanged, "
        f"{report.removed} removed{kept})"
    )


def shown(text: str) -> str:
    """`text` safe to print on a terminal: control characters escaped as YAML escapes them in `raw:`.

    A file name may hold escape sequences that retitle or clear the terminal (hiding earlier failures).
    """
    return "".join(_escaped(char) if _is_control(char) else char for char in text)


# Bidirectional overrides and isolates: they reorder what follows on the line (a name could make a
# failure read as something else).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_control(char: str) -> bool:
    # Cs: half an emoji (a lone surrogate) in a reason would stop the print itself.
    return unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp") or char in _BIDI_CONTROLS


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

"""Mechanics the held-out aggregator generators (aggregator_holdout2.py … aggregator_holdout24.py) share.

Only mechanics live here: English month and weekday names, reading the NAEB articles and the shared aggregator
set's main ids, the record of a dump's lines with its labels, writing a page set, and the command line of a
generator built seed by seed (generator_main).  Never wording, layouts or
randomness: each generator was written independently on purpose, and its menus, prompts, date formats and
page shapes stay in its own file.  Nothing here draws from a random generator, so a generator that uses it
makes the same rng calls in the same order as before.
"""

from __future__ import annotations

import argparse
import calendar
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"

MONTHS = tuple(calendar.month_name)[1:]  # English: the C locale, which Python starts in
DAYS = tuple(calendar.day_name)  # Monday first, as date.weekday() counts


def read_naeb(naeb_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """NAEB's meta.json and truth.json, each keyed by article id."""
    meta = json.loads((naeb_dir / "meta.json").read_text(encoding="utf-8"))
    truth = json.loads((naeb_dir / "truth.json").read_text(encoding="utf-8"))
    return meta, truth


def used_main_ids(labels_json: Path) -> set[str]:
    """The NAEB ids the shared aggregator set uses as main articles (its labels.json `naeb` field)."""
    return {v["naeb"] for v in json.loads(labels_json.read_text(encoding="utf-8")).values()}


@dataclass(kw_only=True)
class PageLines:
    """A dump's lines and the labels collected as they are added (keyword-only, so a generator's own Page
    subclass can put its positional fields first)."""

    lines: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)
    embedded: list[dict[str, str]] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)

    def add_furniture(self, lines: Iterable[str], *, label_blank: bool) -> None:
        """Furniture lines; `label_blank` says whether a blank or spaces-only one is labelled too (the
        generators differ on it, and their labels must stay as they were)."""
        for line in lines:
            self.lines.append(line)
            if label_blank or line.strip():
                self.furniture.append(line)

    def blank(self) -> None:
        """One blank line, never two in a row nor one at the top."""
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def meta(self, line: str) -> None:
        self.lines.append(line)
        self.meta_lines.append(line)

    def text(self, *lines: str) -> None:
        """Lines without a label (article text)."""
        self.lines.extend(lines)

    def dump(self) -> str:
        """The dump: its lines, without blank lines at either end, ending in one newline."""
        return "\n".join(self.lines).strip("\n") + "\n"

    def labels(
        self, *, template: str, naeb: str, url: str, title: str, authors: list[str], date: str | None, site: str | None
    ) -> dict[str, Any]:
        """The page's entry in labels.json: the article's labels given, the page's own collected here (keys in
        the order the generators have always written them, so the files stay byte for byte the same)."""
        return {
            "template": template,
            "naeb": naeb,
            "url": url,
            "title": title,
            "authors": authors,
            "date": date,
            "site": site,
            "related": self.related,
            "teasers": self.teasers,
            "embedded": self.embedded,
            "subheadings": self.subheadings,
            "furniture": self.furniture,
            "meta_lines": self.meta_lines,
        }


def write_set(
    out: Path, texts: dict[str, str], truth: dict[str, Any], labels: dict[str, Any], *, sort_keys: bool = False
) -> None:
    """One seed's page set: out/text/<page_id>.txt, out/truth.json, out/labels.json."""
    (out / "text").mkdir(parents=True, exist_ok=True)
    for pid, text in texts.items():
        (out / "text" / f"{pid}.txt").write_text(text, encoding="utf-8")
    for name, data in (("truth.json", truth), ("labels.json", labels)):
        (out / name).write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=sort_keys) + "\n", "utf-8")


Build = Callable[[int, int], tuple[dict[str, str], dict[str, Any], dict[str, Any]]]


def generator_main(build: Build, argv: list[str] | None, doc: str | None, per_layout: int = 10) -> int:
    """The command line of a generator whose build(seed, per_layout) gives one seed's texts, truth and labels:
    `--out OUT --seeds K ... [--per-layout N]` writes OUT/seed-K for each seed."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--per-layout", type=int, default=per_layout)
    args = ap.parse_args(argv)
    for seed in args.seeds:
        texts, truth, labels = build(seed, args.per_layout)
        write_set(args.out / f"seed-{seed}", texts, truth, labels)
        print(f"seed {seed}: {len(texts)} pages -> {args.out / f'seed-{seed}'}")
    return 0

"""How much of the text-dump body score is within reach: an oracle over each dump's own lines.

    .venv/bin/python train/textdump_ceiling.py                  # NAEB text pages
    .venv/bin/python train/textdump_ceiling.py --set scrapinghub --worst 15

For each page of a labelled set (reads ../shared only): the dump's lines, the truth body, and
  - reach: the recall of the whole dump (every line kept): truth text the dump does not hold is
    lost whatever a line selection does (a dump cut after the first paragraphs);
  - oracle: the F1 of keeping exactly the lines whose words are mostly in the truth (at least half
    of the line's 4-word shingles, or its whole token run for a line of 1-3 words, found in the truth);
  - ours: the extractor's F1 with the committed models.
  - fair: the oracle made to keep, too, the paragraphs that go on right after the last paragraph it kept
    (`continuation`): where a page's truth stops early, the article's later paragraphs are outside it, and
    an extractor that keeps a whole story keeps them (an estimate: comments set close after a story count).
The gap to the target splits into what the data allows no selection to win (the target minus the fair
oracle's figure) and what is reachable (the fair oracle's figure minus ours).
Scored with the shared scorer's own measure (score.prf on score.markdown_to_text of our body).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textdump_data import SHARED, Page, load_pages

from converter.errors import NoArticle
from converter.textdump.extract import extract_text

TARGET_F1, TARGET_R = 0.93, 0.95
MOSTLY = 0.5  # the share of a line's shingles the truth must hold for the oracle to keep it
PARAGRAPH_WORDS = 15  # a paragraph past the truth's end: this many words or more, ending a sentence
GAP = 6  # ... no more than this many lines after the previous one


def _score() -> object:
    sys.path.insert(0, str(SHARED / "eval"))
    import score

    return score


def oracle_lines(lines: list[str], truth: str) -> list[str]:
    """The dump's lines whose words are mostly in the truth."""
    score = _score()
    true = score.shingles(truth)  # type: ignore[attr-defined]
    truth_tokens = " " + " ".join(score.tokens(truth)) + " "  # type: ignore[attr-defined]
    kept = []
    for line in lines:
        tokens = score.tokens(line)  # type: ignore[attr-defined]
        if not tokens:
            continue
        if len(tokens) < 4:
            if " " + " ".join(tokens) + " " in truth_tokens:
                kept.append(line)
            continue
        own = score.shingles(line)  # type: ignore[attr-defined]
        if sum((own & true).values()) >= MOSTLY * sum(own.values()):
            kept.append(line)
    return kept


def _paragraph(line: str) -> bool:
    return len(line.split()) >= PARAGRAPH_WORDS and line.rstrip("\"'”’)").endswith((".", "!", "?", "…"))


def continuation(lines: list[str], kept: list[str]) -> list[str]:
    """Paragraphs right after the last line the oracle kept, no more than GAP lines apart: the article
    going on where its truth stopped (an estimate: readers' comments set close after a story count too)."""
    chosen = set(kept)
    # Anchored on the last paragraph-sized line kept: a short line ("Photo: Agency") matches the truth anywhere.
    last = max((index for index, line in enumerate(lines) if line in chosen and _paragraph(line)), default=None)
    if last is None:
        return []
    out, at = [], last
    for index in range(last + 1, len(lines)):
        if index - at > GAP:
            break
        if _paragraph(lines[index]):
            out.append(lines[index])
            at = index
    return out


def page_figures(page: Page) -> dict[str, float]:
    score = _score()
    truth = page.body or ""
    lines = [line.strip() for line in page.text.splitlines() if line.strip()]
    _, reach, _ = score.prf("\n".join(lines), truth)  # type: ignore[attr-defined]
    kept = oracle_lines(lines, truth)
    op, orr, of = score.prf("\n".join(kept), truth)  # type: ignore[attr-defined]
    more = continuation(lines, kept)
    # The oracle forced to keep the paragraphs after the truth's end, as any extractor keeping a whole story would.
    fp, fr, ff = score.prf("\n".join(kept + more), truth)  # type: ignore[attr-defined]
    try:
        body = extract_text(page.text, page.pid, repeated=page.repeated).article.body
    except NoArticle:
        body = ""
    got = score.markdown_to_text(body)  # type: ignore[attr-defined]
    p, r, f = score.prf(got, truth)  # type: ignore[attr-defined]
    # Our kept text outside the truth, split: lines the oracle would keep (scorer noise) or drop.
    return {
        "reach": reach,
        "oracle_p": op,
        "oracle_r": orr,
        "oracle_f1": of,
        "fair_p": fp,
        "fair_r": fr,
        "fair_f1": ff,
        "after_truth": float(sum(len(line.split()) for line in more)),
        "p": p,
        "r": r,
        "f1": f,
    }


def _set_f1(rows: list[dict[str, float]], p: str, r: str) -> tuple[float, float, float]:
    mp = sum(row[p] for row in rows) / len(rows)
    mr = sum(row[r] for row in rows) / len(rows)
    return mp, mr, 2 * mp * mr / (mp + mr) if mp + mr else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="naeb", choices=("naeb", "scrapinghub", "aggregator"))
    parser.add_argument("--worst", type=int, default=25, help="list this many pages, the largest reachable gap first")
    args = parser.parse_args(argv)
    pages = [page for page in load_pages() if page.corpus == args.set and page.body]
    rows = {page.pid: page_figures(page) for page in pages}
    values = list(rows.values())
    n = len(values)
    print(f"{args.set}: {n} pages with a truth body (set figures: P and R are means, F1 of the means)")
    for label, p, r in (("ours", "p", "r"), ("oracle", "oracle_p", "oracle_r"), ("fair", "fair_p", "fair_r")):
        mp, mr, f = _set_f1(values, p, r)
        print(f"  {label:<7} P {mp:.3f}  R {mr:.3f}  F1 {f:.3f}")
    reach = sum(row["reach"] for row in values) / n
    print(f"  reach   R {reach:.3f}  (recall of the whole dump: truth text present in the dump at all)")
    # Pages by kind of loss (a page counts under its first matching kind).
    kinds: Counter[str] = Counter()
    lost: dict[str, float] = defaultdict(float)
    for row in values:
        gap_r = max(0.0, row["fair_r"] - row["r"])
        gap_p = max(0.0, row["fair_p"] - row["p"])
        if row["reach"] < 0.9:
            kind = "truncated dump (reach < .9)"
        elif row["fair_p"] < 0.9:
            kind = "truth stops early (fair oracle P < .9)"
        elif row["oracle_p"] < 0.9:
            kind = "oracle precision < .9 (truth/dump mismatch)"
        elif gap_r >= 0.05 or gap_p >= 0.05:
            kind = "reachable gap >= .05 (fair oracle - ours)"
        else:
            kind = "within .05 of the fair oracle"
        kinds[kind] += 1
        lost[kind] += 1 - row["f1"]
    print("  pages by kind (count; sum of 1 - our F1):")
    for kind, count in kinds.most_common():
        print(f"    {kind:<46} {count:>3}  {lost[kind]:.2f}")
    for label, key in (("oracle", "oracle"), ("fair oracle", "fair")):
        rp = sum(max(0.0, row[key + "_p"] - row["p"]) for row in values) / n
        rr = sum(max(0.0, row[key + "_r"] - row["r"]) for row in values) / n
        print(
            f"  reachable vs the {label} (mean of its page figure minus ours, where positive): P {rp:.3f}  R {rr:.3f}"
        )
    print(f"  pages, the largest reachable F1 gap first (fair oracle F1 - ours), top {args.worst}:")
    heads = " ".join(f"{head:>5}" for head in ("reach", "oP", "oR", "oF1", "fP", "fF1"))
    print(f"    {'page':<34} {heads} | {'P':>5} {'R':>5} {'F1':>5}")
    order = sorted(rows, key=lambda pid: rows[pid]["f1"] - rows[pid]["fair_f1"])
    for pid in order[: args.worst]:
        row = rows[pid]
        print(
            f"    {pid:<34} {row['reach']:.3f} {row['oracle_p']:.3f} {row['oracle_r']:.3f} {row['oracle_f1']:.3f}"
            f" {row['fair_p']:.3f} {row['fair_f1']:.3f}"
            f" | {row['p']:.3f} {row['r']:.3f} {row['f1']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Helpers shared by the tests: pages to convert, ways to run the converter, and checks on what it wrote.

Pages are made by the tests themselves (in tmp_path). Rendered Markdown is checked with Python-Markdown and the
extensions the site's mkdocs.yml enables, so that scraped text is seen never to become markup.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import html
import importlib.util
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import markdown
import yaml

from converter.cli import main
from converter.frontmatter import parse_document
from converter.options import ConvertOptions
from converter.pipeline import RunReport, convert_tree

PARAGRAPH = (
    "The committee met on Tuesday to review the budget proposal, and after a long discussion "
    "its members agreed to publish a revised version of the plan before the end of the month."
)


def text_dump(title: str, paragraphs: int = 4, salt: str = "") -> str:
    """A minimal text dump: a title line, then paragraph-length lines of distinct text."""
    body = "\n".join(f"{PARAGRAPH} Point {i} {salt} of the story {title}." for i in range(paragraphs))
    return f"{title}\n\n{body}\n"


def run(raw: Path, docs: Path, **options: Any) -> RunReport:
    """`convert_tree` in this process unless `jobs` says otherwise."""
    return convert_tree(ConvertOptions(raw_dir=raw, docs_dir=docs, jobs=options.pop("jobs", 1), **options))


def fill(raw: Path, count: int = 6, salt: str = "") -> None:
    """`count` distinct text dumps, page0.txt, page1.txt, …"""
    for i in range(count):
        (raw / f"page{i}.txt").write_text(text_dump(f"Story number {i} about the budget", salt=f"{i}{salt}"))


ROOT = Path(__file__).resolve().parent.parent


SAFE_SCHEMES = {"http", "https", "mailto", "ftp", ""}


# Elements that run code, load active content, or redirect the page.
ACTIVE_TAGS = {
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "style",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "svg",
    "math",
    "noscript",
    "template",
}


URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    handle_startendtag = handle_starttag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def elements(rendered: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    return parser.elements


def visible_text(rendered: str) -> str:
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    return "".join(parser.text)


def live_html(rendered: str) -> list[str]:
    """Everything in rendered HTML that could run: active elements, event handlers, unsafe URLs."""
    problems = []
    for tag, attrs in elements(rendered):
        if tag in ACTIVE_TAGS:
            problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "srcdoc", "http-equiv"}:
                problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES and value:
                scheme = re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.\-]*):", "".join(value.split()))
                if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
                    problems.append(f"<{tag} {name}={value[:30]}>")
    return problems


class _LenientLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!!python/name:` tags (emoji, superfences) need not be imported here."""


_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


_LenientLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


# MkDocs always enables these, whatever mkdocs.yml says (mkdocs/config/defaults.py).
MKDOCS_BUILTIN_EXTENSIONS = ["toc", "tables", "fenced_code"]


def site_extensions() -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The extensions the site renders with: MkDocs' built-ins plus mkdocs.yml's `markdown_extensions`."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_LenientLoader) or {}
    names: list[str] = list(MKDOCS_BUILTIN_EXTENSIONS)
    configs: dict[str, dict[str, Any]] = {}
    for entry in config.get("markdown_extensions") or ():
        if isinstance(entry, str):
            names.append(entry)
        elif isinstance(entry, dict):
            for name, options in entry.items():
                names.append(name)
                # Options built from Python tags are left out: their defaults render the same markup.
                configs[name] = {k: v for k, v in (options or {}).items() if v is not None}
    return list(dict.fromkeys(names)), configs


def render(body: str) -> str:
    names, configs = site_extensions()
    return markdown.markdown(body, extensions=names, extension_configs=configs)


def good_page(raw: Path, name: str = "good.txt") -> None:
    (raw / name).write_text(text_dump("A story about the council budget"), encoding="utf-8")


def cli(raw: Path, docs: Path, *extra: str) -> int:
    return main(["convert", str(raw), str(docs), "--jobs", "1", "--quiet", *extra])


def articles(docs: Path) -> dict[str, tuple[dict[str, Any], str]]:
    """{file name: (front matter, body)} of every Markdown file written."""
    out = {}
    for path in sorted(docs.glob("*.md")):
        meta, body = parse_document(path.read_text(encoding="utf-8"))
        assert meta is not None, path
        out[path.name] = (meta, body)
    return out


def by_raw(docs: Path) -> dict[str, tuple[dict[str, Any], str]]:
    return {meta["raw"]: (meta, body) for meta, body in articles(docs).values()}


def failure_lines(stderr: str) -> dict[str, str]:
    return dict(re.findall(r"^FAILED (.+?): (.+)$", stderr, re.M))


def html_page(title: str, paragraphs: list[str], head: str = "") -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{head}</head>"
        f"<body><article><h1>{html.escape(title)}</h1>\n{paras}</article></body></html>"
    )


def story(n: int = 4, salt: str = "") -> list[str]:
    return [f"{PARAGRAPH} Paragraph {i} {salt} continues the report with more detail." for i in range(n)]


WESTERN_TITLE = "Café crème “spécial” — à l’été"


WESTERN_WORDS = ["Café", "crème", "“spécial”", "—", "l’été", "Müller", "naïve", "Señor"]


MOJIBAKE = ("Ã", "â€", "Â", "\ufffd", "\x93", "\x94", "ď", "Ĺ")


def western_dump() -> str:
    lines = [f"{PARAGRAPH} Müller, naïve Señor {WESTERN_TITLE}, part {i}." for i in range(4)]
    return WESTERN_TITLE + "\n\n" + "\n".join(lines) + "\n"


HOSTILE_HEAD = (
    "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>"
    "<style>body{background:url(javascript:alert(1))}</style><script>alert('head')</script>"
    "<base href='javascript:alert(1)//'>"
)


HOSTILE_BITS = [
    "<script>alert(1)</script>",
    "<iframe src='javascript:alert(1)'></iframe><iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<img src='x' onerror='alert(1)'> <img src='https://example.com/a.png' onerror='alert(1)' alt='pic'>",
    "<a href='javascript:alert(1)'>js link</a> <a href=' JaVaScRiPt:alert(1)'>mixed case</a>",
    "<a href='java&#09;script:alert(1)'>tab</a> <a href='vbscript:msgbox(1)'>vb</a>",
    "<a href='data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='>data link</a>",
    "<img src='data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+'>",
    "<a href='https://example.com/ok' onclick='alert(1)' onmouseover='x()'>ok link</a>",
    "<svg onload='alert(1)'><circle/></svg><object data='x.swf'></object><embed src='x.swf'>",
    "<b onmouseover='alert(1)'>bold</b> <span style='x:expression(alert(1))'>styled</span>",
    "<form action='javascript:x'><input onfocus='alert(1)' autofocus>"
    "<button formaction='javascript:x'>b</button></form>",
    "<a href='https://ok.example/x?a=1&quot;onmouseover=&quot;alert(1)'>quote break</a>",
    "<img src='https://ex.com/a.png\" onerror=\"alert(1)'>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></noscript>",
    "<details open ontoggle='alert(1)'><summary>s</summary>d</details>",
    "<a href='&#106;avascript:alert(1)'>entity</a> <a href='\\x6aavascript:alert(1)'>hex</a>",
]


def hostile_page() -> str:
    paragraphs = [f"{p} {bit} after." for p, bit in zip(story(len(HOSTILE_BITS)), HOSTILE_BITS, strict=True)]
    return html_page("Hostile page test", paragraphs, head=HOSTILE_HEAD)


def digest_tree(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.relative_to(folder).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def mixed_raw(raw: Path) -> None:
    good_page(raw)
    (raw / "sub").mkdir()
    for i in range(5):
        (raw / "sub" / f"page{i}.txt").write_text(text_dump(f"Story number {i} about the budget", salt=str(i)))
    (raw / "same-a.html").write_text(html_page("Same title", story(salt="a")), encoding="utf-8")
    (raw / "same-b.html").write_text(html_page("Same title", story(salt="b")), encoding="utf-8")
    (raw / "hostile.html").write_text(hostile_page(), encoding="utf-8")
    (raw / "cp1252.txt").write_bytes(western_dump().encode("cp1252"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "notes.md").write_text("not a page", encoding="utf-8")


# Files a raw folder may hold that are not pages, each with a suffix that says it is one.
NOT_PAGES = {
    "empty.txt": b"",
    "blank.html": b"  \n\t\r\n   \n",
    "bom-only.txt": codecs.BOM_UTF8 + b"\n",
    "image.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4,
    "paper.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)),
    "archive.html": gzip.compress(html_page("Zipped", story()).encode()),
    "noise.txt": bytes((i * 7919) % 256 for i in range(5000)),
}


# Seconds a busy machine may add to a wait the code makes on purpose (a page's time limit, a worker's grace):
# at load 15-20 on 2 cores a run that gives up on a page after 2.5 s took 6.6 s. A bound on such a wait is
# there to catch one that never ends or is many times too long, not a slow machine.
SLACK = 30.0


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and by the child processes it has waited for (the converter's
    workers, Pagefind). A bound on cost is judged by this, not by the wall clock: on a busy machine the wall
    clock also counts the time other processes held the cores, while a quadratic blow-up burns CPU either way."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# Timing a pattern on adversarial text (tests/test_patterns.py, tests/site/test_patterns.py), in CPU time of
# this thread: the wall clock of a call of many milliseconds on a busy machine counts the other processes' turns
# too, while a call within one time slice does not, and the ratio of the two looked quadratic (at load 20 the
# whole text took 51 to 162 times a tenth of it, by the wall clock, for linear patterns).
BUDGET = 0.050  # seconds, per call
# Ten times the text may take this many times as long (linear: 10, with noise to 30 on a busy machine;
# quadratic: 100), and never this many budgets.
GROWTH = 40
HARD_LIMIT = 10


def _seconds(call: Callable[[], Any]) -> float:
    """CPU time of one call, the best of up to five tries while over budget (a cache or a page fault costs a
    linear pattern now and then, and is gone on the next try; a quadratic one is slow every time)."""
    best = float("inf")
    for _ in range(5):
        start = time.thread_time()
        call()
        best = min(best, time.thread_time() - start)
        if best < BUDGET:
            break
    return best


def pattern_problem(pattern: re.Pattern[Any], operation: str, text: str, limit: int) -> str | None:
    """Why `operation` on `text` is too slow, or None.

    A hundredth, then a tenth of the text first: a quadratic pattern shows there already, in a
    fraction of the minutes it would spend on the whole. On the whole text, a call over budget
    passes only if its time grew no faster than the text (linear: the shared machine was busy)
    and stayed under `HARD_LIMIT` budgets.
    """
    budget = _budget()
    previous = 0.0
    for size in (limit // 100, limit // 10):
        previous = _seconds(lambda: _run(pattern, operation, text[:size]))  # noqa: B023 - called at once
        if previous > budget:
            return f"{previous * 1000:.0f} ms on the first {size} characters"
    full = _seconds(lambda: _run(pattern, operation, text[:limit]))
    if full <= budget:
        return None
    if full > GROWTH * max(previous, 1e-4):
        return f"{full * 1000:.0f} ms, {full / max(previous, 1e-4):.0f} times its time on a tenth of the text"
    if full > HARD_LIMIT * budget:
        return f"{full * 1000:.0f} ms"
    return None


def _budget() -> float:
    """`BUDGET`, more when other processes hold the cores (the issue's target is on an idle machine; a busy one
    slows even the CPU time of a call a little, through the caches it shares)."""
    load = os.getloadavg()[0] / (os.cpu_count() or 1)
    return BUDGET * max(1.0, load)


def _run(pattern: re.Pattern[Any], operation: str, text: str) -> Any:
    subject: str | bytes = text.encode("latin-1", "replace") if isinstance(pattern.pattern, bytes) else text
    if operation == "sub":
        return pattern.sub(b"" if isinstance(subject, bytes) else "", subject)
    return getattr(pattern, operation)(subject)


# An invented story of six paragraphs (prose that reads as an article body) for the text-dump tests to surround
# with the furniture, lists and carried stories they test.
ORCHARD_STORY = [
    "Orchard growers along the valley have installed tall fans between the rows this winter, betting that "
    "moving the air on still nights will keep a late frost off the blossom as it did for a farm upstream.",
    "The fans pull warmer air down from a few metres up on nights when cold settles in the hollows, and a "
    "grower who tried two of them last spring said his pears had set fruit while his neighbours lost theirs.",
    "Each fan costs about as much as a small tractor, and the growers' cooperative has asked the regional "
    "council to share the cost, arguing that one bad spring can wipe out a year of income for a family farm.",
    "Neighbours have complained about the noise, which on a calm night carries across the river to the "
    "village, and the council said it would set hours in which the fans may run before it agrees to pay.",
    "A frost expert at the agricultural college said fans work only on clear, still nights, when a layer of "
    "warm air lies above the cold one, and that on windy nights growers would still have to light burners.",
    "The cooperative will report to the council in March on how often the fans ran and what they cost.",
]

# The orchard story under its headline and byline: a page's article run for the list tests to put lists after.
ORCHARD_ARTICLE = ["Valley orchard growers turn to frost fans", "By Marit Solberg", *ORCHARD_STORY[:3]]


def listed_titles(extra_after: list[str], extra_before: Sequence[str] = ()) -> list[tuple[str, str | None]]:
    """(title, source) of each link textdump's list readers find in ORCHARD_ARTICLE with lines after and before."""
    from converter.textdump.lines import split_lines
    from converter.textdump.listed import marked_links

    lines = split_lines("\n".join([*extra_before, *ORCHARD_ARTICLE, *extra_after]))
    first, last = len(extra_before) + 2, len(extra_before) + len(ORCHARD_ARTICLE) - 1
    links, _ = marked_links(lines, first, last, ORCHARD_ARTICLE[0])
    return [(link.title, link.source) for link in links]


# A second invented story of three paragraphs, with its headline, for the byline and credit tests.
HARBOUR_HEADLINE = "Harbour board weighs the future of its stone pier"
HARBOUR_STORY = [
    "The harbour board met on Tuesday to decide whether the old stone pier should be rebuilt or "
    "left to the sea, after a winter in which storms broke it in two places.",
    "Fishermen who use the pier every morning said a decision had come late, but they were glad "
    "that the board would ask the regional government for help with the bill.",
    "Engineers put the cost at well over two million euros and said the work could start in the "
    "spring if the money arrived in time for the summer season.",
]

# A third invented story (a headline over three paragraphs), for the headline tests under containers and counters.
LIGHTHOUSE_HEADLINE = "Harbour town votes to keep its last wooden lighthouse standing"
LIGHTHOUSE_STORY = [
    "The council met on Tuesday evening and heard from keepers, fishermen and a museum that offered to take "
    "the tower if the town would not, before a vote that ran late into the night.",
    "Repairs will cost less than a new light, the engineer told the meeting, and the wood has held up better "
    "than anyone expected after a century of winter storms on the point.",
    "A keeper who served there for thirty years said the light had guided his own father home through fog, "
    "and that the town would be poorer without the tower on the headland.",
]

# A second story: carried below the main one in the separator and outlet-head tests.
LIBRARY_STORY = [
    "Library extends its opening hours on weekdays",
    "The reading room will stay open until nine in the evening from Monday, the council said, after students "
    "asked for a quiet place to work once the schools close and the cafes fill up in the late afternoon.",
    "Two more staff will be hired for the evening shifts, paid from the budget the council had set aside "
    "for the branch that closed last year, and the loans desk will keep the same hours as the reading room.",
    "The council will count visitors over the winter and decide in spring whether the hours stay.",
]


def load_train_module(name: str) -> ModuleType:
    """train/<name>.py (a generator of held-out pages, not a package) loaded as module `name`, registered in
    sys.modules first: a dataclass defined there looks its module up by name while the module runs."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / "train" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

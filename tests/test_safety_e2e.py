"""End-to-end promises of a conversion run, tried as a careless or hostile user would (an adversarial audit):
two different articles are never merged, the input is never modified, and what is not converted is said."""

from __future__ import annotations

import json
import re
import warnings
import zipfile
from pathlib import Path

import pytest

from converter.containers.samples import WarcRecord, mhtml_bytes, png, warc_bytes, write, zip_bytes
from tests.support import by_raw, cli, digest_tree, failure_lines, html_page, story

# Many sites give every page the same canonical URL (the home page, a section): a template's mistake.
HOME_CANONICAL = '<link rel="canonical" href="https://news.example.org/">'


def test_two_different_articles_under_one_canonical_url_stay_two(raw_dir: Path, docs_dir: Path) -> None:
    (raw_dir / "budget.html").write_text(
        html_page("Council passes the budget", story(salt="budget"), HOME_CANONICAL), "utf-8"
    )
    (raw_dir / "storm.html").write_text(
        html_page(
            "Storm closes the harbour road",
            [p.replace("council", "harbour") for p in story(salt="storm")],
            HOME_CANONICAL,
        ),
        "utf-8",
    )
    assert cli(raw_dir, docs_dir) == 0
    written = by_raw(docs_dir)
    assert sorted(written) == ["budget.html", "storm.html"]  # was: one article, storm.html only in also_raw
    assert written["storm.html"][0]["title"] == "Storm closes the harbour road"


def test_one_article_saved_twice_under_its_canonical_url_is_still_one(raw_dir: Path, docs_dir: Path) -> None:
    # The merge the test above must not undo: the same story saved twice (an updated copy) is one article.
    canonical = '<link rel="canonical" href="https://news.example.org/2024/budget">'
    (raw_dir / "a.html").write_text(html_page("Council passes the budget", story(salt="one"), canonical), "utf-8")
    (raw_dir / "b.html").write_text(
        html_page("Council passes the budget (updated)", story(salt="two"), canonical), "utf-8"
    )
    assert cli(raw_dir, docs_dir) == 0
    ((meta, _),) = by_raw(docs_dir).values()
    assert meta["raw"] == "a.html" and meta["also_raw"] == ["b.html"]


def test_hostile_file_names_are_read_never_changed(raw_dir: Path, docs_dir: Path) -> None:
    # Names with line breaks, escapes, dots, a leading dash and the longest a file system allows.
    names = ["new\nline.html", "\x1b[31mred.html", "a..b.html", "-rf.html", "back\\slash.html", "x" * 240 + ".html"]
    for n, name in enumerate(names):
        (raw_dir / name).write_text(html_page(f"Story number {n}", story(salt=f"s{n}")), "utf-8")
    before = digest_tree(raw_dir)
    assert cli(raw_dir, docs_dir) == 0
    assert cli(raw_dir, docs_dir, "--force") == 0
    assert digest_tree(raw_dir) == before
    written = by_raw(docs_dir)
    assert len(written) == len(names)
    assert all(path.parent == docs_dir for path in docs_dir.glob("*.md"))  # flat, inside DOCS_DIR


def test_a_page_with_the_longest_name_does_not_stop_the_run(raw_dir: Path, docs_dir: Path) -> None:
    # 255 bytes, the most a name may have (a browser saving a page under a long headline comes close).
    (raw_dir / ("x" * 250 + ".html")).write_text(html_page("The long-named story", story(salt="long")), "utf-8")
    (raw_dir / "good.html").write_text(html_page("Council passes the budget", story(salt="good")), "utf-8")
    assert cli(raw_dir, docs_dir) == 0
    assert sorted(by_raw(docs_dir)) == ["good.html", "x" * 250 + ".html"]


def _story_html(title: str, topic: str) -> str:
    return html_page(title, [p.replace("council", topic) for p in story(salt=topic)])


@pytest.mark.parametrize("container", ["wallabag", "zip", "warc"])
def test_records_of_one_container_sharing_a_name_are_all_converted_or_reported(
    raw_dir: Path, docs_dir: Path, capsys: pytest.CaptureFixture[str], container: str
) -> None:
    stories = [("Budget story", "budget"), ("Harbour story", "harbour")]
    if container == "wallabag":  # two exports pasted into one list, say
        entries = [
            {"id": 7, "is_archived": 0, "title": title, "content": _story_html(title, topic)}
            for title, topic in stories
        ]
        (raw_dir / "wallabag.json").write_text(json.dumps(entries), "utf-8")
    elif container == "zip":  # zip lets a name repeat; a zip appended to keeps both members
        with warnings.catch_warnings(), zipfile.ZipFile(raw_dir / "export.zip", "w") as archive:
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate name
            for title, topic in stories:
                archive.writestr("content/story.html", _story_html(title, topic))
    else:  # two crawls' WARCs joined, their record ids made by a counter that started again
        records = [
            WarcRecord(f"https://{topic}.example/", _story_html(title, topic).encode()) for title, topic in stories
        ]
        warc = warc_bytes(records, gzip=False)
        first, *others = re.findall(rb"WARC-Record-ID: (<[^>]+>)", warc)
        for other in others:
            warc = warc.replace(other, first)
        (raw_dir / "crawl.warc").write_bytes(warc)
    code = cli(raw_dir, docs_dir)
    titles = sorted(meta["title"] for meta, _ in by_raw(docs_dir).values())
    failed = failure_lines(capsys.readouterr().err)
    assert titles == ["Budget story", "Harbour story"] or (code == 1 and failed), (titles, code, failed)


@pytest.mark.parametrize("where", ["beside", "docs inside raw", "raw inside docs"])
def test_containers_and_their_images_are_never_changed(tmp_path: Path, where: str) -> None:
    # Every kind of input at once, read twice and once more with --force, with DOCS_DIR beside RAW_DIR,
    # inside it, or holding it: not a byte or a modification time of the input changes.
    raw = tmp_path / ("docs/raw" if where == "raw inside docs" else "raw")
    docs = raw / "docs" if where == "docs inside raw" else tmp_path / "docs"
    picture = png()
    page = _story_html("Pictured story", "picture").replace("</h1>", '</h1><img src="https://ex.org/a.png" alt="A">')
    write(raw / "crawl.warc.gz", warc_bytes([WarcRecord("https://ex.org/s", page.encode())]))
    write(raw / "export.zip", zip_bytes([("content/zipped.html", _story_html("Zipped story", "zip").encode())]))
    write(raw / "page.mhtml", mhtml_bytes(page.encode(), "https://ex.org/s", "Pictured story"))
    write(
        raw / "items.jsonl",
        json.dumps({"html": _story_html("Lined story", "line"), "url": "https://ex.org/l"}).encode(),
    )
    write(
        raw / "complete.html",
        _story_html("Complete story", "complete").replace("https://ex.org/a.png", "x.png").encode(),
    )
    write(raw / "complete_files" / "x.png", picture)
    before = digest_tree(raw)
    for extra in ((), (), ("--force",)):
        assert cli(raw, docs, *extra) == 0
    after = {name: seen for name, seen in digest_tree(raw).items() if not name.startswith("docs/")}
    assert after == before
    assert len(by_raw(docs)) >= 4

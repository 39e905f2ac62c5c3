"""Listing pieces worked out by hand: numbered pages, empty states, reading time, thumbnails."""

from __future__ import annotations

import re

from converter.site.catalog import Catalog
from converter.site.render import group_index, image_src, listing, page_numbers, pager
from converter.site.structure import Entry


def link(target: str) -> str:
    return "../" + target.removesuffix(".md") + "/"


def test_page_numbers_show_first_last_and_a_window() -> None:
    assert page_numbers(1, 1) == [1]
    assert page_numbers(1, 4) == [1, 2, 3, 4]
    assert page_numbers(6, 20) == [1, None, 4, 5, 6, 7, 8, None, 20]
    assert page_numbers(20, 20) == [1, None, 18, 19, 20]
    assert page_numbers(3, 20) == [1, 2, 3, 4, 5, None, 20]


def test_pager_has_numbers_one_landmark_and_marks_the_current_page() -> None:
    html = str(pager("archive/2019", 2, 3, link))
    assert html.count("<nav") == 1
    assert '<a href="../archive/2019/" rel="prev">← Newer</a>' in html
    assert '<span class="archive-pager__here" aria-current="page">2</span>' in html
    assert '<a href="../archive/2019/page/3/" aria-label="Page 3">3</a>' in html
    assert html.endswith('<a href="../archive/2019/page/3/" rel="next">Older →</a></nav>')


def test_a_listing_page_has_a_single_pager() -> None:
    entries = [Entry(f"articles/{i}.md", f"T{i}") for i in range(3)]
    html = str(listing("2019", entries[:2], Catalog(entries), link, stem="archive/2019", number=1, pages=2, total=3))
    assert html.count('class="archive-pager"') == 1  # axe: two landmarks with one label confused screen readers
    assert re.findall(r'class="archive-entry__title">([^<]*)<', html) == ["T0", "T1"]


def test_empty_states_say_what_happened_and_where_to_go() -> None:
    html = str(group_index("Sources", [], link))
    assert "No sources yet: no article&#39;s front matter names one." in html
    assert '<a href="../index/">newest articles</a>' in html
    assert '<a href="../archive/index/">archive by date</a>' in html
    empty = str(listing("Home", [], Catalog([]), link, stem="index", number=1, pages=1, total=0))
    assert "No articles here yet" in empty


def test_reading_time_and_thumbnail() -> None:
    entry = Entry("articles/a.md", "A", words=1000, image="images/a.png")
    assert entry.minutes == 4  # 1,000 words at 230 a minute
    assert Entry("articles/b.md", "B", words=10).minutes == 1
    html = str(
        listing("Home", [entry], Catalog([entry]), lambda t: "../" + t, stem="index", number=1, pages=1, total=1)
    )
    assert '<img class="archive-entry__thumb" src="../articles/images/a.png" alt="" loading="lazy">' in html
    remote = Entry("articles/r.md", "R", image="https://img.example/r.jpg")
    assert image_src(remote, link, remote=False) is None  # reading the archive asks no third party
    assert image_src(remote, link, remote=True) == "https://img.example/r.jpg"
    assert image_src(Entry("articles/x.md", "X", image="../../etc/passwd"), link, remote=False) is None


def test_the_lead_image_shows_under_the_header_unless_the_body_shows_it() -> None:
    from converter.site.article_page import lead_image

    shown = lead_image("../assets/ab/ab12.png", "<p>The story.</p>")
    assert shown == '<img class="archive-lead" src="../assets/ab/ab12.png" alt="">\n'
    assert lead_image("../assets/ab/ab12.png", '<p><img src="../../assets/ab/ab12.png" alt="x"></p>') == ""
    assert lead_image(None, "<p>The story.</p>") == ""
    assert '"><script>' not in lead_image('x"><script>alert(1)</script>', "")  # escaped whatever it holds

import pytest

from converter.article import Article, Extraction, RelatedLink
from converter.assemble import assemble, body_digest, body_sketch, titles_compatible

LONG = " ".join(f"word{i}" for i in range(60))


def page(raw: str, title: str, body: str = LONG, url: str | None = None, **kw) -> Extraction:
    return Extraction(Article(title=title, body=body, raw=raw, source_url=url), **kw)


def test_equal_titles_get_distinct_names_and_first_by_raw_keeps_plain_slug():
    docs = assemble([page("b.txt", "Same", body=LONG + " b"), page("a.txt", "Same", body=LONG + " a")])
    assert sorted(docs) == sorted(["same.md", next(n for n in docs if n != "same.md")])
    assert docs["same.md"].raw == "a.txt"
    assert len(docs) == 2


def test_same_body_saved_twice_becomes_one_entry_naming_both_files():
    docs = assemble(
        [page("z/copy.txt", "Mayor opens the new bridge | City News"), page("a/orig.txt", "Mayor opens the new bridge")]
    )
    assert len(docs) == 1
    (article,) = docs.values()
    assert article.raw == "a/orig.txt"
    assert article.also_raw == ("z/copy.txt",)


def test_same_canonical_url_is_one_entry():
    docs = assemble(
        [
            page("1.html", "T", body=LONG + " one", url="https://ex.org/a/"),
            page("2.html", "T", body=LONG + " two", url="https://ex.org/a"),
        ]
    )
    assert [a.also_raw for a in docs.values()] == [("2.html",)]


def test_short_bodies_are_not_merged():
    docs = assemble([page("1.txt", "One", body="Too short."), page("2.txt", "Two", body="Too short.")])
    assert len(docs) == 2


def test_embedded_articles_point_back_and_related_links_point_to_them():
    embedded = Article(title="Carried Story", body=LONG + " carried", source_name="Yahoo")
    main = Article(
        title="Main Story",
        body=LONG,
        raw="seed.txt",
        related=(RelatedLink("Carried story", source="Yahoo"), RelatedLink("Elsewhere")),
    )
    docs = assemble([Extraction(main, (embedded,))])
    assert docs["carried-story.md"].embedded_in == "main-story.md"
    assert docs["carried-story.md"].raw == "seed.txt"
    assert [link.path for link in docs["main-story.md"].related] == ["carried-story.md", None]


def test_result_does_not_depend_on_input_order():
    pages = [page(f"{i}.txt", "Same", body=f"{LONG} {i}") for i in range(5)]
    assert assemble(pages) == assemble(list(reversed(pages)))


def test_taken_names_are_avoided():
    docs = assemble([page("a.txt", "Index")], taken={"index.md"})
    assert "index.md" not in docs


def test_sketches_computed_beforehand_give_the_same_documents():
    pages = [page("a.txt", "One", body=LONG + " a"), page("b.txt", "Two"), page("c.txt", "Two"), page("d.txt", "two")]
    sketches = {p.article.raw: body_sketch(p.article.body) for p in pages[:3]}  # d.txt's is computed inside
    assert assemble(pages, sketches=sketches) == assemble(pages)
    assert len(assemble(pages)) == 2  # b, c and d hold the same body


def test_equal_digests_have_equal_sketches():
    # The sketch counts word characters only: markup, punctuation and case do not change it.
    variants = [LONG, "  " + LONG.upper().replace(" ", " -- ") + "!", "## " + LONG.replace(" ", "\n\n", 3)]
    cyrillic = "Москва и Санкт-Петербург: новости дня. " * 10
    variants_ru = [cyrillic, cyrillic.upper().replace(" ", " — ")]
    for group in (variants, variants_ru):
        assert len({body_digest(body) for body in group}) == 1
        assert len({body_sketch(body) for body in group}) == 1


def test_sketches_tell_apart_what_digests_tell_apart_in_most_scripts():
    bodies = [
        LONG,
        LONG + " extra",
        "Москва и Санкт-Петербург " * 10,
        "Москва и Санкт-Петербург, снова " * 10,
        "東京の天気は晴れです。明日の予報は雨です。",
        "大阪の一日は忙しい。",
        "서울의 날씨는 맑습니다 " * 10,
    ]
    assert len({body_sketch(body) for body in bodies}) == len(bodies)


def test_bodies_with_equal_sketches_but_other_words_stay_apart():
    # "tea" and "eat" hold the same letters: equal sketches, different digests, two articles.
    one, two = LONG + " tea", LONG + " eat"
    assert body_sketch(one) == body_sketch(two) and body_digest(one) != body_digest(two)
    assert len(assemble([page("a.txt", "One", body=one), page("b.txt", "Two", body=two)])) == 2


def test_body_digest_reads_words_only_and_skips_short_bodies():
    assert body_digest("Too short.") is None
    assert body_digest(LONG) == body_digest("  " + LONG.upper().replace(" ", " -- ") + "!")


def test_same_body_under_unrelated_titles_stays_two_articles_and_is_reported():
    # Both pages' extraction took the same sidebar: two articles, not one saved twice.
    report: list[str] = []
    docs = assemble(
        [page("a.html", "Council approves the budget"), page("b.html", "Storm closes the harbour")], report=report
    )
    assert sorted(article.raw for article in docs.values()) == ["a.html", "b.html"]
    assert all(not article.also_raw for article in docs.values())
    assert len(report) == 1 and "b.html" in report[0] and "a.html" in report[0]


def test_same_body_joins_the_copy_whose_title_fits_not_the_first():
    report: list[str] = []
    docs = assemble(
        [
            page("a.html", "Council approves the budget"),
            page("b.html", "Storm closes the harbour"),
            page("c.html", "Storm closes the harbour - Daily Bugle"),
        ],
        report=report,
    )
    by_raw = {article.raw: article for article in docs.values()}
    assert sorted(by_raw) == ["a.html", "b.html"]
    assert by_raw["b.html"].also_raw == ("c.html",)
    assert len(report) == 1  # b.html apart from a.html; c.html found its copy


def test_an_unknown_title_fits_any():
    # An HTML page without a title is titled with its raw path.
    docs = assemble([page("a.html", "Council approves the budget"), page("b.html", "b.html")])
    assert len(docs) == 1


@pytest.mark.parametrize(
    ("one", "other", "compatible"),
    [
        ("Mayor opens the bridge", "Mayor opens the bridge | City News", True),
        ("Opinion: Mayor opens the bridge", "Mayor opens the bridge", True),
        ("Mayor opens the bridge", "Storm closes the harbour", False),
        ("Mayor opens the bridge", "Mayor closes the school", False),
    ],
)
def test_titles_compatible(one: str, other: str, compatible: bool):
    assert titles_compatible(Article(title=one, body="", raw="x"), Article(title=other, body="", raw="y")) is compatible


def test_same_canonical_url_under_unrelated_titles_stays_two_articles_and_is_reported():
    # A template giving every page the home page's canonical URL must not merge a site's articles into one.
    report: list[str] = []
    docs = assemble(
        [
            page("budget.html", "Council passes the budget", body=LONG + " budget", url="https://news.example/"),
            page("storm.html", "Storm closes the harbour road", body=LONG + " storm", url="https://news.example/"),
        ],
        report=report,
    )
    assert sorted(a.raw for a in docs.values()) == ["budget.html", "storm.html"]
    assert all(not a.also_raw for a in docs.values())
    assert len(report) == 1 and "storm.html" in report[0] and "canonical URL" in report[0]


def test_same_body_from_two_sources_stays_two_articles_and_is_reported():
    # One story two aggregators carried: each page keeps its own links and carried stories.
    report: list[str] = []
    one = Extraction(Article(title="Mayor opens the new bridge", body=LONG, raw="a.txt", source_name="Quaypost"))
    other = Extraction(Article(title="Mayor opens the new bridge", body=LONG, raw="b.txt", source_name="Lanternly"))
    unnamed = Extraction(Article(title="Mayor opens the new bridge", body=LONG, raw="c.txt"))
    docs = assemble([one, other, unnamed], report=report)
    assert sorted(article.raw for article in docs.values()) == ["a.txt", "b.txt", "c.txt"]
    assert len(report) == 2 and "another source" in report[0]
    # The same source's name, in any case, is one source: saved twice, one entry.
    again = Extraction(Article(title="Mayor opens the new bridge", body=LONG, raw="d.txt", source_name="QUAYPOST"))
    assert [a.also_raw for a in assemble([one, again]).values()] == [("d.txt",)]

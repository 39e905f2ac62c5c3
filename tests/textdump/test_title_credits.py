"""What credits a headline from below: a story's age on a line of its own ("3d"), not a paragraph saying "ago";
and the site's own prompt at the page's top, in whatever wording, is no headline.

Pages invented here, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from collections import Counter

from converter.textdump import metadata, title
from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from converter.textdump.repeated import normalize_line
from tests.support import ORCHARD_STORY

HEADLINE = "Harbour town votes to keep its last wooden lighthouse standing"
BODY = [
    "The council met on Tuesday evening and heard from keepers, fishermen and a museum that offered to take "
    "the tower if the town would not, before a vote that ran late into the night.",
    "Repairs will cost less than a new light, the engineer told the meeting, and the wood has held up better "
    "than anyone expected after a century of winter storms on the point.",
    "The museum will open the lamp room to visitors on summer weekends, and the keepers' cottage becomes a "
    "small cafe run by volunteers from the sailing club.",
]
AGO = (
    "Keepers lived in the tower until a decade ago, when the light was automated and the last of them moved to "
    "the village, taking the logbooks and the brass clock with them to the harbour office."
)


def test_a_storys_age_on_its_own_line_credits_the_line_above() -> None:
    for age in ("3d", "5 h", "40 min", "2 hrs"):
        lines = split_lines("\n".join([HEADLINE, age, *BODY]))
        assert metadata.credit_distance(lines, 0) == 1, age
    assert metadata.is_compact_age("12m")
    assert not metadata.is_compact_age("12 miles")
    assert not metadata.is_compact_age("Route 66")


def test_a_paragraph_saying_ago_is_no_credit() -> None:
    lines = split_lines("\n".join([HEADLINE, AGO, *BODY]))
    assert metadata.credit_distance(lines, 0) is None


def test_the_headline_over_its_age_beats_a_prompt_over_its_pitch() -> None:
    top = [
        "Topics",
        "Keep up with every harbour story",
        "Alerts, saved stories and offline reading on any device.",
        "Continue",
        "",
        "harbourwatch.example",
    ]
    lines = split_lines("\n".join([*top, HEADLINE, "3d", *BODY]))
    index = title.find_title(lines, 7)
    assert index is not None and lines[index].text == HEADLINE


FOOTER = ["Privacy", "© 2024 Ferrylane Media"]
LONG_HEADLINE = "Harbour town's new $2,000 lamp keeps its last wooden lighthouse lit for 400 nights of the year"


def test_the_sites_prompt_between_its_furniture_at_the_top_is_no_headline() -> None:
    top = [
        "Ferrylane",
        "Home",
        "Get the app",
        "Stay with the Ferrylane app",
        "Save lists, follow curators and read offline.",
        "Install",
        "Not now",
        "",
        "Chosen by Ola Brandt for 'Coast Reads'",
        "harbourwatch.example",
        LONG_HEADLINE,
    ]
    # (the prompt box's other lines and the footer stand on every page of the folder; the prompt's wording changes)
    repeated = frozenset(normalize_line(text) for text in [*top[:3], *top[4:7], *FOOTER])
    text = "\n".join([*top, " ".join(BODY), *BODY[1:], *FOOTER])
    assert extract_text(text, "a.txt", repeated=repeated).article.title == LONG_HEADLINE


PLAYER = ["Back", "Hearthbox", "Now showing on Kitchen", "▶ Resume", "1.5×", "01:10 / 04:12"]
READ_ALOUD = ["", "Read aloud by a synthetic voice. The transcript may differ slightly.", "Transcript", ""]


def test_a_call_to_the_reader_above_the_headline_is_no_headline() -> None:
    # a call speaking to the reader ("your", a quoted question after it) over a section, the headline, its credits
    top = [*PLAYER, "Ask your kitchen hub: “Anything new from the coast?”", "", "Local · Item 3 of 9"]
    credits = ["From coastwatch.example", "Written by Ingrid Haldorsen", "4 May 2024 · 4 min listen", *READ_ALOUD]
    article = extract_text("\n".join([*top, LONG_HEADLINE, *credits, *BODY]), "a.txt").article
    assert article.title == LONG_HEADLINE
    assert list(article.authors) == ["Ingrid Haldorsen"]
    # a headline that is a call, but to no reader, stays one
    call = "Travel to the harbour by night train this summer"
    lines = split_lines("\n".join(["Hearthbox", "Home", call, "3d", *BODY]))
    assert not title.is_prompt(lines, 2, None)
    assert title.find_title(lines, 4) == 2


def test_a_call_naming_the_site_after_a_lead_in_is_no_headline() -> None:
    # the site's promo between a summary and the body ("© ... Hearthbox" names the site)
    summary = "Summary", BODY[2]
    promo = "Hear any page read aloud: get the Hearthbox listening app"
    page = ["Hearthbox", "Home", "", HEADLINE, "Source: coastwatch.example", "04.05.2024", "", *summary, promo]
    for top, holder in (("Hearthbox", "Hearthbox"), ("Listen", "Hearthbox Audio Services")):
        text = "\n".join([top, *page[1:], "Update on 5 May 2024 at 9:10AM:", *BODY, f"© 2024 {holder}"])
        assert extract_text(text, "a.txt").article.title == HEADLINE, holder


def test_from_and_a_host_under_the_headline_is_its_source_not_the_headline() -> None:
    page = [*PLAYER, "", "Local · Item 3 of 9", HEADLINE, "From news.coastwatch.org", "Today's list · 5 min listen"]
    assert extract_text("\n".join([*page, *READ_ALOUD, *BODY]), "a.txt").article.title == HEADLINE


def test_an_outlet_or_a_desk_joined_to_a_host_under_the_headline_is_a_credit_not_the_headline() -> None:
    top = ["Harbourhub", "Home", "My desk", "Search people, pages and files", "", "Home › Digest › Week 9"]
    for credit in ("Coastline Courier (coastwatch.org)", "News Desk · coastwatch.org"):
        page = [*top, "Shared by Ola Brandt", "Outside story · coastwatch.org", HEADLINE, credit, "19 Dec 2023"]
        assert metadata.credits_host(credit)
        assert extract_text("\n".join([*page, "Reading time: 4 min", "", *BODY]), "a.txt").article.title == HEADLINE
    # a headline naming a host inside it is no credit
    assert not metadata.credits_host("Harbour town votes on its lighthouse, coastwatch.org reports")


def test_a_writer_and_outlet_under_the_headline_credit_it_and_head_nothing() -> None:
    # "Name, Outlet" over the date: the byline decision takes it for the credit under the line above it, so it is
    # no headline, however much shorter and closer to the body it stands.
    page = ["Menu", "Sections", "", HEADLINE, "Oda Brekke, Fjordside Ledger", "Posted 2024-05-09T08:10", "", *BODY]
    article = extract_text("\n".join(page), "text/w.txt").article
    assert (article.title, article.authors) == (HEADLINE, ("Oda Brekke",))


def test_a_pickers_credit_to_a_handle_above_the_headline_is_no_headline() -> None:
    long_headline = HEADLINE + " after a winter of storms broke the old quay in two places"
    page = ["Menu", "", "Chosen by @harbour.notes for Long Reads", long_headline, "9 May 2024", "", *BODY]
    assert extract_text("\n".join(page), "text/h.txt").article.title == long_headline


def test_a_day_of_a_month_alone_credits_the_line_above() -> None:
    lines = split_lines("\n".join([HEADLINE, "May 9", *BODY]))
    assert metadata.credit_distance(lines, 0) == 1
    assert metadata.is_month_day("9 May") and metadata.is_month_day("Sept. 30")
    assert not metadata.is_month_day("Route 66") and not metadata.is_month_day("May 40")


def test_a_pull_quote_cut_short_inside_its_marks_ends_on_an_ellipsis() -> None:
    lines = split_lines("\n".join([HEADLINE, "May 9", BODY[0], "❝ Repairs will cost less than a new light… ❞"]))
    assert title.features(lines, 3, 4, Counter())["ellipsis_end"] == 1.0


def test_a_counter_under_the_headlines_date_lines_is_no_headline() -> None:
    # (The date lines between are shorter than the counter: the headline above them is the longer line.)
    lines = split_lines("\n".join([HEADLINE, "9 May 2024", "Updated 3h ago", "Seen in 41 outlets", *BODY]))
    assert 3 not in title.candidates(lines, 4)
    # A short headline with a number under a shorter kicker stays a candidate.
    lines = split_lines("\n".join(["Weather", "Floods shut 40 schools", *BODY]))
    assert 1 in title.candidates(lines, 2)


def test_a_breadcrumb_ending_in_a_cut_copy_of_the_headline_is_no_headline() -> None:
    long_headline = HEADLINE + " after a winter of storms broke the old quay in two places and the town was split"
    crumb = "Home › Towns › Harbour town votes to keep its last…"
    lines = split_lines("\n".join([crumb, long_headline, "9 May 2024", *BODY]))
    assert 0 not in title.candidates(lines, 3)
    # A line cut short that no line below completes stays a candidate.
    lines = split_lines("\n".join(["Home › Towns › Ferry fares rise again as…", long_headline, "9 May 2024", *BODY]))
    assert 0 in title.candidates(lines, 3)


def test_a_labelled_credit_of_a_name_is_no_headline_whoever_it_credits() -> None:
    page = [HEADLINE, "Fjord Post · 7h", "Cover picture: Oda Brekke via Nordlys Agency", "4 min", *BODY]
    lines = split_lines("\n".join(page))
    assert 2 not in title.candidates(lines, 4)
    assert 2 not in title.candidates(split_lines("\n".join(page).replace(" via ", " / ")), 4)
    # A label over a headline's words is a headline's kicker.
    assert 0 in title.candidates(split_lines("\n".join(["Exclusive: Harbour town votes to keep it", *BODY])), 1)


def test_a_sources_chip_with_the_storys_age_credits_the_line_above() -> None:
    for chip in ("Fjord Post · 7h", "Fjord Post | 2 hours ago", "Fjord Post • May 9"):
        lines = split_lines("\n".join([HEADLINE, chip, *BODY]))
        assert metadata.credit_distance(lines, 0) == 1, chip
    assert not metadata.is_stamped_chip("Politics · World")


def test_a_line_closing_on_by_and_a_name_is_a_credit_not_the_headline() -> None:
    long_headline = HEADLINE + " after a winter of storms broke the old quay in two places"
    page = ["Menu", "", "Filed into Weekend Reading by Oda Brekke", "Towns", long_headline, "Fjord Post · 7h", *BODY]
    assert extract_text("\n".join(page), "text/b.txt").article.title == long_headline
    lines = split_lines("\n".join(page))
    assert title.features(lines, 1, 5, Counter())["byline"] == 1.0  # (the blank line is no line)
    assert title.features(lines, 3, 5, Counter())["byline"] == 0.0


def test_a_job_title_under_a_bare_name_is_no_headline_and_the_name_is_the_byline() -> None:
    """'Ines Varga' over 'Harbour correspondent' under the headline: a credit on two lines."""
    headline = HEADLINE + " after a night of debate in which keepers, fishermen and the museum all spoke up for it"
    page = ["Get the app", "", headline, "Ines Varga", "Harbour correspondent", "Posted March 3, 2024 at 9:10 am"]
    article = extract_text("\n".join([*page, "", *BODY]), "lighthouse.txt").article
    assert article.title == headline
    assert article.authors == ("Ines Varga",)


def test_job_titles() -> None:
    from converter.bylines import is_job_title

    assert is_job_title("Staff reporter") and is_job_title("Senior science correspondent")
    assert not is_job_title("Meet the lighthouse's last keeper and its new editor")  # a headline's length
    assert not is_job_title("reporter")  # no capital: a word of a sentence


def test_a_notice_the_furniture_rules_flag_is_no_headline_candidate() -> None:
    notice = "This app keeps cookies on your phone so it runs and so we can count visits."
    lines = split_lines("\n".join(["Lanternly", "Local", notice, "OK", "", HEADLINE, "Posted 5 hours ago", *BODY]))
    assert lines[2].is_furniture and lines[2].sentence_end
    assert 2 not in title.candidates(lines, 5)
    assert 4 in title.candidates(lines, 5)  # (the headline stays one)


def test_a_curators_credit_under_a_line_credits_it_as_a_headline() -> None:
    lines = split_lines("\n".join(["ARCHIVE", HEADLINE, "Gathered by Ines Varga into Coastal Reading", *BODY]))
    assert metadata.credit_distance(lines, 1) == 1
    # (a line with no credit below stays uncredited)
    lines = split_lines("\n".join(["ARCHIVE", HEADLINE, *BODY]))
    assert metadata.credit_distance(lines, 1) is None
    # a sponsor's credit under a line is an advertiser's, whatever stands above it
    lines = split_lines("\n".join(["ARCHIVE", HEADLINE, "Presented by Dunmore Orchards Cooperative", *BODY]))
    assert metadata.credit_distance(lines, 1) is None


def test_an_outlet_and_a_name_joined_under_the_headline_are_no_headline() -> None:
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"
    for pair in ("Valley Courier — Marit Solberg", "Marit Solberg / Valley Courier", "Field & Fold — News Desk"):
        page = "\n".join(["Back", "Text size", "", headline, pair, "2 March 2024", "", *ORCHARD_STORY])
        assert extract_text(page, "text/p.txt").article.title == headline, pair
    lines = split_lines("\n".join([headline, "Valley Courier — Marit Solberg", "Frost", "Fans — and the night shift"]))
    assert title._name_pair_under_headline(lines, 1)
    assert not title._name_pair_under_headline(lines, 3)  # under a shorter line; a headline's lower-case words


def test_a_line_crediting_a_handle_is_no_headline() -> None:
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"
    page = "\n".join(["Open in app", "", headline, "Pinned to Weekend reads by @marit_s", "", *ORCHARD_STORY])
    assert extract_text(page, "text/h.txt").article.title == headline
    assert title._handle_credit("Pinned to Weekend reads by @marit_s")
    assert title._handle_credit("Shared by @valleycourier")
    assert not title._handle_credit("Growers pin their hopes on tall fans")

"""A sponsor's credit is no byline, and no part of the body; a paragraph with a subheading glued on is no credit.

Pages invented here, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from converter.bylines import credits_writer
from converter.textdump import byline
from converter.textdump.credit_lines import (
    credits_outlet_above,
    is_credit_under_headline,
    is_publisher_chip,
    is_sponsor_credit,
    name_pair_credit,
    paired_credit,
)
from converter.textdump.extract import extract_text
from converter.textdump.lines import make_line, split_lines
from tests.support import HARBOUR_HEADLINE, HARBOUR_STORY, ORCHARD_STORY

BODY = HARBOUR_STORY
HEADLINE = HARBOUR_HEADLINE


def line(text: str) -> bool:
    return is_sponsor_credit(make_line(0, text, frozenset()))


def test_sponsor_labels() -> None:
    assert line("Presented by Quayside Savings")
    assert line("Sponsored by Fenwick & Rowe")
    assert line("Brought to you by Lantern Mobile")
    assert not line("Written by Ingrid Haldorsen")
    assert not line("Presented by Quayside Savings, the bank that pays you more than the others do.")
    assert not credits_writer("Presented by") and not credits_writer("Sponsored by") and credits_writer("Story by")
    assert byline.names_of("Presented by Fenwick & Rowe") == []
    assert byline.names_of("Story by Ingrid Haldorsen") == ["Ingrid Haldorsen"]


def test_a_sponsor_line_above_the_story_is_neither_byline_nor_body() -> None:
    page = ["Presented by Fenwick & Rowe", "Open a saver in minutes", HEADLINE, "By Ingrid Haldorsen", *BODY]
    article = extract_text("\n".join(page), "text/s.txt").article
    assert list(article.authors) == ["Ingrid Haldorsen"]
    assert "Fenwick" not in article.body


def test_a_sponsor_line_inside_the_story_is_dropped() -> None:
    page = [HEADLINE, "By Ingrid Haldorsen", BODY[0], "Presented by Fenwick & Rowe", *BODY[1:]]
    article = extract_text("\n".join(page), "text/s.txt").article
    assert "Fenwick" not in article.body and BODY[1] in article.body


def test_a_dateline_paragraph_with_its_subheading_glued_on_is_no_credit() -> None:
    glued = (
        "PORTHAVEN (AP) — The harbour board met on Tuesday to decide the future of the old pier, its chair said."
        " WHAT COMES NEXT"
    )
    lines = split_lines("\n".join([HEADLINE, glued, *BODY[1:]]))
    assert lines[1].is_prose and not lines[1].sentence_end
    assert 1 not in byline.candidates(lines, 0, 1, len(lines) - 1)
    # The same paragraph without a subheading after it is no candidate either (it ends a sentence).
    lines = split_lines("\n".join([HEADLINE, glued.removesuffix(" WHAT COMES NEXT"), *BODY[1:]]))
    assert 1 not in byline.candidates(lines, 0, 1, len(lines) - 1)


def test_a_publisher_chip_is_no_headline() -> None:
    chip = [
        "From The Porthaven Courier",
        "Harbour board weighs the future of its stone pier. Fishermen wait.",
        "By Ann Lee",
    ]
    assert is_publisher_chip(split_lines("\n".join(chip)), 0)
    # A headline of the chip's shape stands over its credit, or over a line no longer than itself.
    assert not is_publisher_chip(split_lines("From Here To Eternity\nBy Ann Lee"), 0)
    assert not is_publisher_chip(split_lines("From The Porthaven Courier\nMarch 3, 2023"), 0)
    assert not is_publisher_chip(split_lines("From the harbour to the hills\nA long walk along the coast path"), 0)
    headline = "No, the pier is not lost. All the plans from 1990 to 2023."
    page = ["News › Harbour", chip[0], headline, "By Ann Lee", "Court Reporter", "19:33, 22 DEC 2023", "Share"]
    page += ["The new pier is elite.", *BODY]
    assert extract_text("\n".join(page), "text/c.txt").article.title == headline


def test_from_and_a_persons_name_under_the_headline_is_the_credit_not_the_headline() -> None:
    for stamp in ("5 hrs", "14 Likes", "Saved 40 times"):
        page = ["Valley Courier", "Topics", HEADLINE, "From Ingrid Haldorsen", stamp, *BODY]
        article = extract_text("\n".join(page), "text/d.txt").article
        assert article.title == HEADLINE, stamp
        assert article.authors == ("Ingrid Haldorsen",), stamp
        assert "From Ingrid" not in article.body
    # An outlet's name there names no author, and is no headline either.
    page = ["Valley Courier", "Topics", HEADLINE, "From Porthaven Courier", "5 hrs", *BODY]
    article = extract_text("\n".join(page), "text/e.txt").article
    assert article.title == HEADLINE
    assert article.authors == ()
    # Over the headline, the same line is the publisher's chip: no author.
    page = ["Valley Courier", "Topics", "From Ingrid Haldorsen", HEADLINE, "5 hrs", *BODY]
    assert extract_text("\n".join(page), "text/f.txt").article.authors == ()


def test_from_and_an_outlet_the_page_names_again_is_no_author() -> None:
    # "Porthaven Ledger" reads as a person's name by its words; the page names it as a source again below.
    page = [
        "Valley Courier",
        "Topics",
        HEADLINE,
        "From Porthaven Ledger",
        "5 hrs",
        *BODY,
        "Read it all at Porthaven Ledger",
    ]
    article = extract_text("\n".join(page), "text/g.txt").article
    assert article.title == HEADLINE
    assert article.authors == ()


def test_a_publisher_chip_naming_a_host() -> None:
    # 'From porthaven-courier.com' over the headline names where the story comes from: no headline itself.
    assert is_publisher_chip(split_lines(f"From porthaven-courier.com\n{HEADLINE}"), 0)
    assert not is_publisher_chip(split_lines(f"From porthaven\n{HEADLINE}"), 0)  # (no host: a lower-case word)
    page = ["Now playing", "Story 2 of 6 · Local", HEADLINE, "From porthaven-courier.com", "Today · 4 min"]
    assert extract_text("\n".join([*page, *BODY]), "text/h.txt").article.title == HEADLINE


def test_a_credit_to_the_outlet_named_above_is_the_byline_not_the_headline() -> None:
    # The reader's layout: the outlet's name, the headline, then whom the outlet credits, joined to its name.
    for outlet_line, credit, authors in (
        ("Quarry Lane Gazette", "Tamsin Oduya, Quarry Lane Gazette", ("Tamsin Oduya",)),
        ("Source: Quarry Lane Gazette", "Tamsin Oduya | Quarry Lane Gazette", ("Tamsin Oduya",)),
        ("Quarry Lane Gazette", "Tamsin Oduya for Quarry Lane Gazette", ("Tamsin Oduya",)),
        ("Quarry Lane Gazette", "Northfield University, Quarry Lane Gazette", ("Northfield University",)),
    ):
        page = ["Back", "Share", "", outlet_line, HEADLINE, credit, "3 Mar 2024 — 10:15", "", *BODY]
        page += ["Further reporting by Pell Granger"]
        article = extract_text("\n".join(page), "text/h.txt").article
        assert article.title == HEADLINE, credit
        assert article.authors == authors, credit
        assert credit not in article.body
        # (A credit at the story's end is then a contributor's: no author, and out of the body all the same.)
        assert "Pell Granger" not in article.body


def test_a_credit_to_an_outlet_needs_the_outlet_named_above() -> None:
    lines = split_lines("\n".join(["Quarry Lane Gazette", HEADLINE, "Tamsin Oduya, Quarry Lane Gazette"]))
    assert credits_outlet_above(lines, 2)
    lines = split_lines("\n".join(["Weekend Reads", HEADLINE, "Tamsin Oduya, Quarry Lane Gazette"]))
    assert not credits_outlet_above(lines, 2)  # (no outlet above: a headline may end on a place's name)
    lines = split_lines("\n".join(["Quarry Lane Gazette", "Why the ferry stopped, Quarry Lane Gazette"]))
    assert not credits_outlet_above(lines, 1)  # (lower-case words: a sentence, no names)


def test_a_cover_pictures_credit_credits_no_writer() -> None:
    """'Cover: A / Agency' under the headline credits the cover picture's maker (English role word), not the writer;
    a word merely opening with the letters ('Coverage by') is no such label."""
    assert not credits_writer("Cover:") and credits_writer("Coverage by") and credits_writer("Story by")
    page = "\n".join([HEADLINE, "2h", "Cover: Ann Lee / Harbour Wire", "", *BODY])
    assert extract_text(page, "text/cover.txt").article.authors == ()


def test_paired_credits() -> None:
    # whom a line credits, joined to a job or (by a separator) to an outlet's name of two words or more
    assert paired_credit("Ingrid Haldorsen, Staff Writer") == "Ingrid Haldorsen"
    assert paired_credit("Coastal Wire Service, Community reporter") == "Coastal Wire Service"
    assert paired_credit("Coastal Wire Service | The Quay Ledger") == "Coastal Wire Service"
    assert paired_credit("Newsroom and agency reports · Quay Ledger") == "Newsroom and agency reports"
    # a place or two names joined by a comma, a section after a separator, a row of links, a sentence: no credit
    for text in ("Harbour Town, Westshire", "Quay Ledger | Opinion", "Home | World | Sport", "Fans stay, board says."):
        assert paired_credit(text) is None


def test_an_organisation_paired_with_a_job_under_the_headline_is_the_author_not_the_headline() -> None:
    for credit in ("Coastal Wire Service, Staff Writer", "Coastal Wire Service | The Quay Ledger"):
        page = [
            "Back",
            HARBOUR_HEADLINE,
            credit,
            "Updated 3 hours ago",
            *HARBOUR_STORY,
            "Additional reporting by Tomas Wendt",
        ]
        article = extract_text("\n".join(page), "p.txt").article
        assert article.title == HARBOUR_HEADLINE
        assert article.authors == ("Coastal Wire Service",)


def test_an_organisation_of_one_word_credited_is_the_author() -> None:
    # one word with capitals inside is no person's full name: the organisation's credit, labelled or paired
    for credit in ("Reported by HarbourLabs", "HarbourLabs, Staff Writer"):
        page = [HARBOUR_HEADLINE, credit, "Updated 3 hours ago", *HARBOUR_STORY]
        assert extract_text("\n".join(page), "p.txt").article.authors == ("HarbourLabs",)


def test_no_paired_credit_past_the_pages_last_line() -> None:
    from converter.textdump.credit_lines import paired_organisation

    lines = split_lines("\n".join([*HARBOUR_STORY, HARBOUR_HEADLINE]))
    assert paired_organisation(lines, len(lines)) is None


def test_an_organisation_credited_beside_the_outlet_that_carried_it_is_the_author() -> None:
    """'Coastal Wire Service · The Quay Ledger' between the headline and the body, a few lines down (a count of
    outlets, a notice between), the outlet a host or named again on a short line of the page: the organisation
    wrote the piece, as a person so credited would have. A section beside an outlet, or an outlet named nowhere
    else, credits no one."""
    notice = "Summarised by a machine from the reports below; check them before sharing."
    for credit, outlet_line in (
        ("Coastal Wire Service · The Quay Ledger", "Read it at The Quay Ledger"),
        ("University of Westshire | The Quay Ledger | 3 March 2024", "Source: The Quay Ledger"),
        ("Coastal Wire Service (quayledger.com)", "Share"),
        ("HarbourLabs · quayledger.com", "Share"),
    ):
        page = ["Back", HARBOUR_HEADLINE, "42 outlets", "Updated 3 hours ago", "Overview", notice, credit]
        page += [*HARBOUR_STORY, "More", outlet_line]
        article = extract_text("\n".join(page), "p.txt").article
        assert article.title == HARBOUR_HEADLINE
        assert article.authors == (credit.split(" · ")[0].split(" | ")[0].split(" (")[0],)
    for credit in ("Coastal Wire Service · The Quay Ledger", "Top Stories · The Quay Ledger"):
        page = [HARBOUR_HEADLINE, "42 outlets", credit, *HARBOUR_STORY]
        if credit.startswith("Top"):
            page += ["Read it at The Quay Ledger"]
        assert extract_text("\n".join(page), "p.txt").article.authors == ()


def test_a_person_joined_to_an_outlet_under_the_headline_is_the_author() -> None:
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"
    closing = "Additional reporting by Ola Berg"
    for pair in ("Valley Courier — Marit Solberg", "Marit Solberg / Valley Courier"):
        page = "\n".join(["Back", "Text size", "", headline, pair, "2 March 2024", "", *ORCHARD_STORY, closing])
        assert extract_text(page, "text/p.txt").article.authors == ("Marit Solberg",), pair
    lines = split_lines("\n".join([headline, "Field & Fold — Harbour Wire"]))
    assert name_pair_credit(lines, 0) is None  # (no side a person's: which is the outlet is not told)


def test_a_byline_and_its_time_joined_by_a_bar_are_no_name_pair() -> None:
    lines = split_lines(
        "\n".join(["Orchard growers turn to tall fans against frost", "By Marit Solberg | Posted 12m ago"])
    )
    assert name_pair_credit(lines, 0) is None


def test_a_photo_credit_of_an_agency_and_a_person_under_the_headline_is_no_author() -> None:
    """'Cover: Agency / Person' joins two names as 'Outlet / Person' does, but its label names another role than the
    writer's (a cover's, a photo's): no credit of the story."""
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"
    for credit in ("Cover: Fieldlight Images / Marit Solberg", "Photo: Marit Solberg / Fieldlight Images"):
        assert name_pair_credit(split_lines("\n".join([headline, credit])), 0) is None, credit
        page = "\n".join(["Back", "", headline, credit, "", *ORCHARD_STORY])
        assert extract_text(page, "text/p.txt").article.authors == (), credit
    assert name_pair_credit(split_lines("\n".join([headline, "Valley Courier / Marit Solberg"])), 0) is not None


def test_an_agency_or_an_institution_alone_under_the_headline_is_the_author() -> None:
    """Where a person's bare name would stand, an agency's or an institution's name alone signs the story; an
    outlet's name there (a newspaper's noun closing it, or shown again as a list's chip) is the publisher's chip."""
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"

    def authors(under: str, *after: str) -> tuple[str, ...]:
        page = ["Back", "", headline, under, "2 March 2024", "", *ORCHARD_STORY, *after]
        return extract_text("\n".join(page), "text/p.txt").article.authors

    for body in ("The Fjordland Press", "University of Nordvik"):
        assert authors(body) == (body,), body
    for chip in (
        "Harbour Dispatch",
        "Kettle Bay News",
        "Sponsored Links",
        "Quaylabs",
        "QL",
    ):  # (one word alone: a site's name, a tag; one in camel case, "QuayLabs", is a handle's: the test below)
        assert authors(chip) == (), chip
    assert (
        authors("The Fjordland Press", "More stories", "Frost fans split a village", "The Fjordland Press · 2h") == ()
    )


def test_a_labelled_person_joined_to_an_outlet_gives_the_name_without_its_label() -> None:
    """'By Ann Lee | Harbour Post' under the headline credits Ann Lee, not "By Ann Lee"."""
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"
    for pair in ("By Marit Solberg | Valley Courier", "By Marit Solberg / Valley Courier"):
        lines = split_lines("\n".join([headline, pair]))
        assert name_pair_credit(lines, 0) == (1, ["Marit Solberg"]), pair
        page = "\n".join(["Back", "", headline, pair, "2 March 2024", "", *ORCHARD_STORY])
        assert extract_text(page, "text/p.txt").article.authors == ("Marit Solberg",), pair


def test_a_one_sentence_bio_closing_an_uncredited_story_signs_it() -> None:
    """'Ann Lee writes for the Quay Post.' under the last paragraph, and no other credit on the page: Ann Lee wrote
    it. A byline elsewhere outranks it; a bio standing far above the body's end signs nothing."""
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"
    bio = "Marit Solberg writes for the Valley Courier."

    def authors(*page: str) -> tuple[str, ...]:
        return extract_text("\n".join(["Back", "", headline, "2 March 2024", "", *page]), "text/p.txt").article.authors

    assert authors(*ORCHARD_STORY, bio, "♥ 212", "Save") == ("Marit Solberg",)
    assert authors(*ORCHARD_STORY, "Ola Berg is a staff reporter at the Valley Courier.") == ("Ola Berg",)
    assert authors("By Ola Berg", *ORCHARD_STORY, bio) == ("Ola Berg",)
    assert authors(*ORCHARD_STORY[:1], bio, *ORCHARD_STORY[1:]) == ()


TITLED = "Harbour Board Weighs the Future of Its Stone Pier"  # (a headline in title case)


def test_via_and_an_outlet_under_the_headline_is_its_source_not_the_headline() -> None:
    """'via Porthaven Courier' (or 'Via ...') under the headline names where the story comes from, as "From" does:
    no headline, and no writer ("via" and a person's name shares a story, it credits no writer)."""
    for source in ("via The Porthaven Evening Courier", "Via Porthaven Courier Weekly", "via Ingrid Haldorsen"):
        page = ["Valley Courier", "Saved to Weekend reads by @quay_ann", "TRAVEL", TITLED, source, "5 Mar 2024"]
        article = extract_text("\n".join([*page, *BODY]), "text/v.txt").article
        assert article.title == TITLED, source
        assert article.authors == (), source
    assert not is_credit_under_headline(split_lines("\n".join([HEADLINE, "via the harbour road"])), 1)


def test_a_handle_in_camel_case_under_the_headline_signs_an_uncredited_story() -> None:
    """One word in camel case ('FjordDesk', 'OlaWritesHere') alone between the headline and the body, by the headline,
    a date or a job, where a person's name would stand: the story's signature. A word of the language ('Politics'), an
    acronym, a name the page shows again as a chip, or a page with a byline elsewhere: no such credit."""
    headline = "Orchard growers turn to tall fans to keep a late frost off the blossom"

    def authors(under: list[str], *after: str) -> tuple[str, ...]:
        page = ["Back", "", headline, *under, "", *ORCHARD_STORY, *after]
        return extract_text("\n".join(page), "text/p.txt").article.authors

    assert authors(["FjordDesk", "2 March 2024"]) == ("FjordDesk",)
    assert authors(["2 March 2024", "OlaWritesHere", "Staff writer"]) == ("OlaWritesHere",)
    assert authors(["Politics", "2 March 2024"]) == ()
    assert authors(["NRK", "2 March 2024"]) == ()
    assert authors(["FjordDesk", "2 March 2024"], "Read it at FjordDesk") == ()
    assert authors(["FjordDesk", "2 March 2024"], "Written by Marit Solberg.") == ("Marit Solberg",)


def test_from_and_two_names_under_the_headline_credits_both() -> None:
    page = [HEADLINE, "From Ingrid Haldorsen and Tomas Weller", "Mon, 03/11/2024 at 9:15 AM", "", *BODY]
    article = extract_text("\n".join(page), "text/f.txt").article
    assert list(article.authors) == ["Ingrid Haldorsen", "Tomas Weller"]


def test_shared_by_a_person_right_under_the_headline_is_the_credit_not_above_it() -> None:
    page = [HEADLINE, "Shared by Ingrid Haldorsen", "Mon, 03/11/2024 at 9:15 AM", "12 Thanks · 3 Replies", "", *BODY]
    article = extract_text("\n".join(page), "text/s.txt").article
    assert list(article.authors) == ["Ingrid Haldorsen"]
    assert "Shared by" not in article.body
    # Over the headline it names who picked the piece, not who wrote it.
    page = ["Shared by Ingrid Haldorsen", HEADLINE, "Mon, 03/11/2024 at 9:15 AM", "", *BODY]
    assert list(extract_text("\n".join(page), "text/s.txt").article.authors) == []
    # A handle shares it: no person's name.
    page = [HEADLINE, "Shared by @quaypost", "Mon, 03/11/2024 at 9:15 AM", "", *BODY]
    assert list(extract_text("\n".join(page), "text/s.txt").article.authors) == []


def test_an_organisation_credited_for_an_outlets_host_is_the_author() -> None:
    """'Coastal Wire Service for quayledger.com' under the headline (English 'for' before the outlet's host)."""
    page = ["Back", HARBOUR_HEADLINE, "quayledger.com", "Coastal Wire Service for quayledger.com", "2h ago"]
    article = extract_text("\n".join([*page, *HARBOUR_STORY]), "p.txt").article
    assert article.authors == ("Coastal Wire Service",)


def test_an_organisation_with_a_job_in_lower_case_is_the_author() -> None:
    page = [HARBOUR_HEADLINE, "Coastal Wire Service, staff writer", "Updated 3 hours ago", *HARBOUR_STORY]
    assert extract_text("\n".join(page), "p.txt").article.authors == ("Coastal Wire Service",)
    assert paired_credit("Coastal Wire Service, staff writer") == "Coastal Wire Service"


def test_an_agency_alone_under_the_headline_outranks_a_contributors_closing_credit() -> None:
    page = ["Back", HARBOUR_HEADLINE, "The Associated Press", "5 March 2024", *HARBOUR_STORY]
    page += ["(Additional reporting by Tomas Wendt; edited by Bo Lind)"]
    assert extract_text("\n".join(page), "p.txt").article.authors == ("The Associated Press",)


def test_a_newsrooms_staff_or_an_agency_with_the_storys_age_is_the_author() -> None:
    """'News Staff' alone, 'Coastal Wire Service · 46m' under the headline: the newsroom or the agency signs it."""
    for credit, author in (
        ("Harbour Staff", "Harbour Staff"),
        ("The Associated Press · 46m", "The Associated Press"),
        ("Harbour Staff | 3 hours ago", "Harbour Staff"),
    ):
        page = ["Back", HARBOUR_HEADLINE, "5 March 2024", credit, "Edited by Bo Lind", "", *HARBOUR_STORY]
        assert extract_text("\n".join(page), "p.txt").article.authors == (author,), credit
    page = ["Back", HARBOUR_HEADLINE, "5 March 2024", "Staff Picks · 46m", "", *HARBOUR_STORY]
    assert extract_text("\n".join(page), "p.txt").article.authors == ()


def test_an_organisation_beside_a_newspapers_name_is_the_author() -> None:
    """'Coastal Wire Service (The Pine Ridge Record)': an outlet's name closed by a newspaper's noun."""
    page = ["Back", HARBOUR_HEADLINE, "Published 5 March 2024", "Coastal Wire Service (The Pine Ridge Record)"]
    page += ["Story text from The Pine Ridge Record, shown here as it was printed by the paper.", *HARBOUR_STORY]
    assert extract_text("\n".join(page), "p.txt").article.authors == ("Coastal Wire Service",)


def test_an_organisations_credit_under_the_headline_shown_again_in_a_quote_is_the_author() -> None:
    """A post quoting the story shows its headline again, its credit under that copy."""
    page = [HARBOUR_HEADLINE, "Started by harbour_fan · 2 hours ago", "", "harbour_fan", "Messages: 1,204"]
    page += ["Worth a read:", "Quay Post said:", HARBOUR_HEADLINE, "Coastal Wire Service | Quay Post", *HARBOUR_STORY]
    assert extract_text("\n".join(page), "p.txt").article.authors == ("Coastal Wire Service",)


def test_people_joined_to_an_outlet_the_page_names_again_are_the_authors_over_the_body() -> None:
    """'Ingrid Haldorsen, The Quay Post' a few lines under the headline (an episode's stamps and buttons between),
    the page naming 'The Quay Post Audio' above: the outlet beside the names tells the line a credit."""
    page = ["Podcasts", "Morning Harbour", "The Quay Post Audio", "Episode 12", HARBOUR_HEADLINE, "3 days ago · 9 min"]
    page += ["▶ Play", "Add to queue", "Share", "", "Show notes", "Ingrid Haldorsen, The Quay Post"]
    page += ["Read aloud by Bo Lind", *HARBOUR_STORY]
    assert extract_text("\n".join(page), "p.txt").article.authors == ("Ingrid Haldorsen",)
    page[2] = "Audio"  # (the outlet named nowhere else: a name and a second name, not told apart)
    assert extract_text("\n".join(page), "p.txt").article.authors == ()

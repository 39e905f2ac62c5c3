"""Bylines on pages that credit no one: a bare capitalised line by the article is no author.

Pages invented here, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from converter.textdump import byline
from converter.textdump.extract import extract_text
from converter.textdump.lines import Line, split_lines
from tests.support import HARBOUR_STORY

BODY = HARBOUR_STORY


def _find(lines: list[Line]) -> list[str]:
    headline = next(line.index for line in lines if line.text.startswith("Harbour board"))
    first = next(line.index for line in lines if line.text.startswith("The harbour board"))
    last = next(line.index for line in lines if line.text.startswith("Engineers put"))
    found = byline.find_byline(lines, headline, headline, first, last)
    return found.names if found else []


def test_a_section_kicker_above_the_headline_is_no_author() -> None:
    lines = split_lines("\n".join(["Coastal Towns", "Harbour board weighs the future of its stone pier", *BODY]))
    assert _find(lines) == []


def test_topic_tags_below_the_body_are_no_authors() -> None:
    page = ["Harbour board weighs the future of its stone pier", *BODY, "Stone Piers", "Winter Storms"]
    assert _find(split_lines("\n".join(page))) == []


def test_a_bare_name_between_headline_and_body_is_still_the_author() -> None:
    page = ["Coastal Towns", "Harbour board weighs the future of its stone pier", "Ingrid Haldorsen", *BODY]
    assert _find(split_lines("\n".join(page))) == ["Ingrid Haldorsen"]


def test_a_labelled_credit_after_the_body_is_still_the_author() -> None:
    page = ["Harbour board weighs the future of its stone pier", *BODY, "— Ingrid Haldorsen"]
    assert _find(split_lines("\n".join(page))) == ["Ingrid Haldorsen"]


def test_common_words_capitalised_read_as_less_of_a_name() -> None:
    """'Stone Piers' when the page writes 'stone' and 'pier(s)' in lower case; a surname it never does."""
    lines = split_lines("\n".join(["Stone Piers", "Ingrid Haldorsen", "the stone piers of the harbour"]))
    assert byline.features(lines, 0, None, 2, 2)["common_words"] > 0
    assert byline.features(lines, 1, None, 2, 2)["common_words"] == 0


def test_lower_case_words_are_found_as_the_set_of_the_page_tokens_would() -> None:
    """The word-by-word search answers as the set of the page's lower-case tokens (marks stripped) did."""
    page = [
        'the "stone" piers, (harbour) and «quays»',
        "Smithson met smith-like folk: grant. Grants",
        "Ωmega ωmega 2020 élan",
    ]
    lines = split_lines("\n".join(page))
    edges = byline._WORD_EDGES
    tokens = {word.strip(edges) for text in page for word in text.split() if word[:1].islower()}
    asked = ["the", "stone", "piers", "harbour", "quays", "smith", "smith-like", "grant", "grants", "smithson"]
    asked += ["ωmega", "2020", "élan", "folk", "met", "ega"]
    found = byline._lower_words(lines)
    assert {word: found.written(word) for word in asked} == {word: word in tokens for word in asked}
    # Checked by hand: "stone" stands in quotes (the token starts with a mark), "grants" only capitalised.
    assert not found.written("stone") and not found.written("grants") and found.written("grant")


def test_a_curators_credit_is_no_byline_and_the_sign_off_is() -> None:
    """'Picked by A for Y' credits who chose the story for readers; the writer signs off below it."""
    page = [
        "Harbour board weighs the future of its stone pier",
        "Picked by Jo Marsh for Weekend Reading",
        *BODY,
        "— Ingrid Haldorsen",
    ]
    assert _find(split_lines("\n".join(page))) == ["Ingrid Haldorsen"]


def test_a_credit_placing_the_story_on_a_board_is_no_byline_and_the_label_after_the_body_is() -> None:
    """'Stacked by A in Y' names who put the story on a shelf of theirs, whatever the verb; the writer's credit
    closes the body."""
    page = [
        "Harbour board weighs the future of its stone pier",
        "Stacked by Jo Marsh in Rainy Day Shelf",
        *BODY,
        "Words: Ingrid Haldorsen",
    ]
    assert _find(split_lines("\n".join(page))) == ["Ingrid Haldorsen"]
    assert _find(split_lines("\n".join(page[:-1]))) == []


def test_an_organisations_sign_off_with_its_editor_inside_the_run_credits_the_organisation() -> None:
    """'— Story by Tidewater Wire. Edited by Jo Marsh.' closes the story though the run goes on over the next one:
    the organisation wrote it, the editor did not."""
    from tests.support import LIBRARY_STORY

    page = ["Harbour board weighs the future of its stone pier", *BODY, *BODY]
    page += ["— Story by Tidewater Wire. Edited by Jo Marsh.", *LIBRARY_STORY, *LIBRARY_STORY[1:]]
    lines = split_lines("\n".join(page))
    found = byline.organisation_credit(lines, 0, 1, len(lines) - 1, None)
    assert found is not None and found.names == ["Tidewater Wire"]


def test_an_advertisers_credit_in_the_body_is_no_byline() -> None:
    page = ["Harbour board weighs the future of its stone pier", BODY[0], "Promoted by Kettle Outfitters", *BODY[1:]]
    assert _find(split_lines("\n".join(page))) == []


def test_a_dash_credit_closing_the_body_is_evidence_a_quotes_attribution_is_not() -> None:
    """'— A' under the last paragraph closes the article; '— A' with paragraphs after it credits a quote."""
    quote = "“We will not let the sea take the pier,” the harbour master told the meeting on Tuesday."
    page = ["Harbour board weighs the future of its stone pier", quote, "— Per Olsen", *BODY, "— Ingrid Haldorsen"]
    lines = split_lines("\n".join(page))
    first, last = 1, len(lines) - 2
    assert byline.features(lines, len(lines) - 1, 0, first, last)["closes_body"] == 1
    assert byline.features(lines, 2, 0, first, last)["closes_body"] == 0
    # A role or a place after the names leaves the shape a credit's.
    for signed in ("— Ingrid Haldorsen, harbour reporter", "Reporting by Ingrid Haldorsen in Bergen"):
        lines = split_lines("\n".join([*page[:-1], signed]))
        assert byline.features(lines, len(lines) - 1, 0, first, last)["closes_body"] == 1
    # Credits of other roles and a post's handle close nothing: "Photography: A", "— A (@a)".
    for other in ("Photography: Ruth Ober", "— Photography: Ruth Ober", "— Ingrid Haldorsen (@ingridh)"):
        lines = split_lines("\n".join([*page[:-1], other]))
        assert byline.features(lines, len(lines) - 1, 0, first, last)["closes_body"] == 0


def test_the_learned_weight_takes_a_closing_credit_for_a_byline() -> None:
    from converter.textdump.model import model

    decision = model(byline.MODEL)
    assert decision.weights[decision.features.index("closes_body")] > 0


def test_a_labelled_credit_in_the_runs_first_lines_outranks_a_bare_name_near_its_end() -> None:
    """'Writer: A' the body run swallowed (a line of prose above it) is the page's credit; a bare
    capitalised line below it ("Tidal Works", an entry of the story's own list) comes after a credit."""
    page = [
        "Harbour board weighs the future of its stone pier",
        "These notes were put together from the board's public minutes and may leave things out.",
        "Writer: Ingrid Haldorsen",
        *BODY,
        "Tidal Works",
        BODY[0],
    ]
    lines = split_lines("\n".join(page))
    first, last = 1, len(lines) - 1
    bare = len(lines) - 2
    assert byline.features(lines, bare, 0, first, last)["credit_above"] == 1
    found = byline.find_byline(lines, 0, 0, first, last)
    assert found is not None and found.names == ["Ingrid Haldorsen"]


def test_names_with_brackets_on_lines_side_by_side_are_a_roster_not_the_byline() -> None:
    roster = ["Tomas Lind (Harbour Rowing Club)", "Ruben Ortega (Pier Swimmers)"]
    page = ["Harbour board weighs the future of its stone pier", *BODY[:2], *roster, BODY[2]]
    assert _find(split_lines("\n".join(page))) == []
    page = ["Harbour board weighs the future of its stone pier", "Ingrid Haldorsen (Contributor)", *BODY]
    assert _find(split_lines("\n".join(page))) == ["Ingrid Haldorsen"]


def test_a_labelled_credit_closing_the_article_inside_a_longer_run_is_the_byline() -> None:
    carried = [
        "Ferry timetable to change for the winter months",
        "The ferry company said the change would let it service both boats before the spring crowds arrive.",
        "Passengers will find two crossings fewer each day from November until the end of February.",
    ]
    more = [
        "The board's chair said the pier had outlived three harbour masters and deserved to outlive a fourth.",
        "A decision on the money is expected before the summer, when the first ferries of the season call.",
    ]
    page = ["Harbour board weighs the future of its stone pier", *BODY, *more]
    page += ["Written by Ingrid Haldorsen · 3 March 2024", "Up next", *carried]
    lines = split_lines("\n".join(page))
    # The run goes on over the carried story: the credit stands inside it, under the article's last paragraph.
    assert byline.find_byline(lines, 0, 0, 1, len(lines) - 1).names == ["Ingrid Haldorsen"]  # type: ignore[union-attr]
    # The same credit under a carried story's headline (or a list's entry) is that story's.
    page = ["Harbour board weighs the future of its stone pier", *BODY, "Up next", carried[0]]
    page += ["Written by Ingrid Haldorsen · 3 March 2024", *carried[1:], BODY[0]]
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 0, 0, 1, len(lines) - 1) is None
    page = ["Harbour board weighs the future of its stone pier", *BODY]
    page += ["Most read", "2. Rates are rising. Here is why."]
    page += ["By Ingrid Haldorsen | 3 March 2024", *carried[1:], BODY[0]]
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 0, 0, 1, len(lines) - 1) is None


def test_a_writers_label_with_a_dash_closing_the_article_inside_a_longer_run_is_the_byline() -> None:
    """The label's mark may be a dash ("Copy — A"), not only a colon or "by": under the article's last paragraph,
    inside a run that goes on over a carried story, it credits the writer as the colon's label does."""
    carried = [
        "Ferry timetable to change for the winter months",
        "The ferry company said the change would let it service both boats before the spring crowds arrive.",
        "Passengers will find two crossings fewer each day from November until the end of February.",
    ]
    more = [
        "The board's chair said the pier had outlived three harbour masters and deserved to outlive a fourth.",
        "A decision on the money is expected before the summer, when the first ferries of the season call.",
    ]
    for credit in ("Words — Ingrid Haldorsen", "Text – Ingrid Haldorsen and Bo Lind"):
        page = ["Harbour board weighs the future of its stone pier", *BODY, *more, credit]
        page += ["Picture: Jo Marsh/Tidewater", "Also on this board", *carried]
        lines = split_lines("\n".join(page))
        found = byline.find_byline(lines, 0, 0, 1, len(lines) - 1)
        assert found is not None and found.names == byline.names_of(credit)
        assert found.names[0] == "Ingrid Haldorsen"
    # A dash after a word that names no writer ("Picture — A") is no writer's credit.
    assert not byline.labelled_credit("Picture — Jo Marsh")


def test_a_writers_label_after_a_separator_names_the_writers() -> None:
    assert byline.names_of("From Harbour Examiner · reporting by Ana Ruiz, Bo Lind and Cy Moss") == [
        "Ana Ruiz",
        "Bo Lind",
        "Cy Moss",
    ]
    assert byline.names_of("Harbour Examiner | written by Ana Ruiz") == ["Ana Ruiz"]
    # A label of someone who did not write, or none at all: no writer.
    assert byline.names_of("From Harbour Examiner · editing by Ana Ruiz") == []
    assert byline.names_of("Home · Sports by region") == []
    page = ["Harbour board weighs the future of its stone pier", "From Harbour Examiner · reporting by Ana Ruiz"]
    lines = split_lines("\n".join([*page, *BODY]))
    assert byline.find_byline(lines, 0, 0, 2, len(lines) - 1).names == ["Ana Ruiz"]  # type: ignore[union-attr]


def test_a_name_then_an_outlet_the_page_names_as_a_source_is_one_writer() -> None:
    page = ["Harbour board weighs the future of its stone pier", "Photo: Jo Park / Quay Ledger", *BODY]
    page += ["Original article by Ana Ruiz, Quay Ledger", "Read the original at Quay Ledger"]
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 0, 0, 2, len(lines) - 3).names == ["Ana Ruiz"]  # type: ignore[union-attr]
    # Two writers, the second named nowhere else as a source: both stay.
    page = ["Harbour board weighs the future of its stone pier", *BODY, "Original article by Ana Ruiz, Bo Lind"]
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 0, 0, 1, len(lines) - 2).names == ["Ana Ruiz", "Bo Lind"]  # type: ignore[union-attr]


def test_a_sign_off_naming_an_editor_inside_a_longer_run_is_the_byline_whatever_stands_above() -> None:
    carried = [
        "Ferry timetable to change for the winter months",
        "The ferry company said the change would let it service both boats before the spring crowds arrive.",
        "Passengers will find two crossings fewer each day from November until the end of February.",
    ]
    more = ["Three questions for the board", "Who pays", "When the work starts", "* * *"]
    for sign_off in (
        "Reported by Ingrid Haldorsen. Copy-edited by Piet Varga.",
        "Text by Ingrid Haldorsen; edited by Bo Lind",
    ):
        page = ["Harbour board weighs the future of its stone pier", *BODY, *more, sign_off, "Up next", *carried]
        lines = split_lines("\n".join(page))
        found = byline.find_byline(lines, 0, 0, 1, len(lines) - 1)
        assert found is not None and found.names == ["Ingrid Haldorsen"], sign_off


def test_names_joined_to_a_host_are_the_byline_not_the_headline() -> None:
    from converter.textdump.extract import extract_text
    from converter.textdump.metadata import is_byline

    headline = "Harbour board weighs the future of its stone pier"
    for credit, names in (
        ("Ingrid Haldorsen (coastwatch.net)", ["Ingrid Haldorsen"]),
        ("Ingrid Haldorsen, coastwatch.net", ["Ingrid Haldorsen"]),
        ("Ingrid Haldorsen and Tomas Vik · news.coastwatch.co.uk", ["Ingrid Haldorsen", "Tomas Vik"]),
    ):
        assert is_byline(credit), credit
        article = extract_text("\n".join(["Menu", "Ports", headline, credit, *BODY]), "a.txt").article
        assert article.title == headline, credit
        assert list(article.authors) == names, credit
    # a one-word section, words in lower case or a prompt before a host name no one
    for line in ("Ports, coastwatch.net", "Weekend reading · coastwatch.net", "Read more at coastwatch.net"):
        assert not is_byline(line), line


def test_a_relative_time_then_by_and_names_is_the_byline() -> None:
    from converter.textdump.metadata import names_after_by

    headline = "Harbour board weighs the future of its stone pier"
    for credit in ("5h ago by Ingrid Haldorsen", "posted 2 days ago by Ingrid Haldorsen"):
        lines = split_lines("\n".join(["coastwatch.org", headline, credit, "Open original", "", *BODY]))
        assert _find(lines) == ["Ingrid Haldorsen"], credit
    # a time in a sentence, or "by" after no time, credits no one
    assert names_after_by("Two winters ago by the harbour wall") == []
    assert names_after_by("A pier rebuilt by Ingrid Haldorsen") == []


def test_lower_case_words_before_a_timed_by_are_no_tail_after_the_names() -> None:
    headline = "Harbour board weighs the future of its stone pier"
    lines = split_lines("\n".join([headline, "received 3 hours ago by Ingrid Haldorsen", *BODY]))
    assert byline.features(lines, 1, 0, 2, 4)["lower_tail"] == 0.0
    # a caption dated before its "by" is no timed credit: its lower-case words stay a tail
    caption = "Left: a mural on the harbour wall, March 9, 2021, in a picture shared by Ingrid Haldorsen via Coastwire"
    lines = split_lines("\n".join([headline, caption, *BODY]))
    assert byline.features(lines, 1, 0, 2, 4)["lower_tail"] == 1.0
    # names with lower-case words after them keep the tail
    lines = split_lines("\n".join([headline, "Ingrid Haldorsen wrote this from the quay", *BODY]))
    assert byline.features(lines, 1, 0, 2, 4)["lower_tail"] == 1.0


def _credited(credit_lines: list[str], closing: tuple[str, ...] = ()) -> tuple[str, ...]:
    page = ["Harbourside", "Pier to be rebuilt after winter storms", *credit_lines, *HARBOUR_STORY, *closing]
    return extract_text("\n".join(page), "text/pier.txt").article.authors


def test_an_organisation_credited_alone_is_the_author() -> None:
    assert _credited(["By The Northern Wire Service"]) == ("The Northern Wire Service",)
    assert _credited(["Dec 4, 2023 by Metro Staff"]) == ("Metro Staff",)
    assert _credited(["Story: Institute of Coastal Studies"]) == ("Institute of Coastal Studies",)
    assert _credited(["Written by Lakeshore Gazette staff for Harbourside"]) == ("Lakeshore Gazette",)
    assert _credited([], ("Reporting by The Northern Wire Service.",)) == ("The Northern Wire Service",)


def test_a_person_credited_beside_an_organisation_is_the_author_and_no_label_credits_an_outlet() -> None:
    assert _credited(["By Dana Reyes, The Northern Wire Service"]) == ("Dana Reyes",)
    assert _credited(["The Northern Wire Service"]) == ()  # an outlet's chip, no credit
    assert _credited(["Photos by The Northern Wire Service"]) == ()
    assert _credited(["Source: The Northern Wire Service"]) == ()


def test_names_after_a_date_and_a_separator_are_the_writers() -> None:
    # A date or a story's age, a separator, then full names and nothing else.
    assert byline.names_of("Thursday 9th May 2024 | Oda Brekke") == ["Oda Brekke"]
    assert byline.names_of("Yesterday at 6:05 PM | Oda Brekke") == ["Oda Brekke"]
    assert byline.names_of("7 hours ago · Oda Brekke and Tom Vik") == ["Oda Brekke", "Tom Vik"]
    # A section or an outlet after the time names no one; a widget after the names leaves them no credit's.
    assert byline.names_of("7 hours ago · Latest News") == []
    assert byline.names_of("7 hours ago · Quay Gazette") == []
    assert byline.names_of("7 hours ago · Oda Brekke · Share") == []
    page = ["Harbour board weighs the future of its stone pier", "7 hours ago | Oda Brekke"]
    lines = split_lines("\n".join([*page, *BODY]))
    assert byline.find_byline(lines, 0, 0, 2, len(lines) - 1).names == ["Oda Brekke"]  # type: ignore[union-attr]


def test_the_outlet_a_writer_wrote_for_ends_the_names() -> None:
    assert byline.byline_part("Oda Brekke for Quay Gazette")[1:] == ("Oda Brekke", 3, False)
    assert byline.byline_part("By Oda Brekke for The Fjord Times")[1:] == ("Oda Brekke", 4, False)
    page = ["Harbour board weighs the future of its stone pier", "Oda Brekke for Quay Gazette", "Quay Gazette · 2h"]
    lines = split_lines("\n".join([*page, *BODY]))
    assert byline.find_byline(lines, 0, 0, 3, len(lines) - 1).names == ["Oda Brekke"]  # type: ignore[union-attr]


def test_a_contributors_credit_names_the_writer_only_when_no_other_line_credits_anyone() -> None:
    headline = "Harbour board weighs the future of its stone pier"
    for credit in ("Additional reporting by Tomas Wendt", "Contributing: Tomas Wendt"):
        # the writer's credit under the headline wins over the contributor's under the last paragraph
        page = [headline, "Ingrid Haldorsen | Coastal Ledger", "Updated 5 hrs ago", *BODY, credit]
        assert _find(split_lines("\n".join(page))) == ["Ingrid Haldorsen"]
        # alone, the contributor's credit is the page's only credit: its names are the authors
        page = [headline, "Updated 5 hrs ago", *BODY, credit]
        assert _find(split_lines("\n".join(page))) == ["Tomas Wendt"]


def test_a_contributors_credit_outranked_by_the_byline_stays_out_of_the_body() -> None:
    credit = "Additional reporting by Tomas Wendt; editing by Mara Quist"
    page = ["Harbour board weighs the future of its stone pier", "Ingrid Haldorsen | Coastal Ledger", *BODY, credit]
    article = extract_text("\n".join(page), "p.txt").article
    assert article.authors == ("Ingrid Haldorsen",)
    assert "Tomas Wendt" not in article.body


def test_a_labelled_credit_naming_the_outlet_written_for_closes_the_article_inside_a_longer_run() -> None:
    """ "Written by A for Outlet · 11h" under the last paragraph: the outlet the writer wrote for and a stamp after
    the names leave the line a writer's credit, as "Written by A · 11h" is."""
    assert byline.labelled_credit("Written by Ingrid Haldorsen for The Quay Ledger · 11h")
    assert byline.labelled_credit("Story: Ingrid Haldorsen for The Quay Ledger")
    assert not byline.labelled_credit("Written by Ingrid Haldorsen about the ferries of the bay")
    more = [
        "The board's chair said the pier had outlived three harbour masters and deserved to outlive a fourth.",
        "A decision on the money is expected before the summer, when the first ferries of the season call.",
    ]
    carried = [
        "Ferry timetable to change for the winter months",
        "The ferry company said the change would let it service both boats before the spring crowds arrive.",
        "Passengers will find two crossings fewer each day from November until the end of February.",
    ]
    page = ["Harbour board weighs the future of its stone pier", *BODY, *more]
    page += ["Written by Ingrid Haldorsen for The Quay Ledger · 11h", "Up next", *carried]
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 0, 0, 1, len(lines) - 1).names == ["Ingrid Haldorsen"]  # type: ignore[union-attr]


def test_the_credit_under_a_headline_standing_inside_the_run_is_a_candidate() -> None:
    """A newsletter's contents list opens the run, the headline stands below it, its credit under it: the credit is
    read there as it would be under a headline over the run."""
    top = ["View in browser", "Fjord Letter", "Archive", "", "Issue #12 · Monday, 4 March 2024", ""]
    contents = [
        "In this issue",
        "• Harbour board weighs the future of its stone pier",
        "• 'The Ferry:' Night crossings return, bringing island visitors back with them",
        "• No, the pier is not 'lost.' All the plans from 1990 to the council's new budget.",
        "• Village split over frost fans installed in orchards along the valley floor this winter",
        "",
        "Brought to you by Fjordline Savings",
        "The account that pays you to save for the summer. Open one today in five minutes.",
        "",
        "LEAD",
        "Harbour board weighs the future of its stone pier",
        "By Marit Solberg for Valley Courier",
        "",
    ]
    lines = split_lines("\n".join([*top, *contents, *HARBOUR_STORY]))
    credit = next(line.index for line in lines if line.text.startswith("By Marit"))
    assert credit in byline.candidates(lines, 0, 5, len(lines) - 1, credit - 1)
    article = extract_text("\n".join([*top, *contents, *HARBOUR_STORY]), "text/n.txt").article
    assert article.authors == ("Marit Solberg",)


def test_a_credit_at_the_foot_of_a_tall_stack_under_the_headline_is_a_candidate() -> None:
    # Five short lines stacked under the headline (counts, dates), the credit last: still where a byline stands.
    stack = ["14 sources covered this", "Left 4 · Centre 6 · Right 4", "Published 3 Mar 2024 · 09:10 GMT"]
    stack += ["Last edited 4 Mar 2024 · 10:00 GMT", "Reporter: Ingrid Haldorsen"]
    notes = ["", "No summary of this story yet.", "How we rate sources", "A standfirst line for it.", ""]
    lines = split_lines("\n".join(["Harbour board delays the vote on the old pier again", *stack, *notes, *BODY]))
    first = next(line.index for line in lines if line.text == BODY[0])
    assert first - 3 > 5  # (out of reach of the body's start)
    assert 5 in byline.candidates(lines, first, first, len(lines) - 1, 0)
    # A blank line ends the stack: a line after it is the body's, not the headline's.
    lines = split_lines(
        "\n".join(["Harbour board delays the vote on the old pier again", *stack[:4], "", *stack[4:], *notes, *BODY])
    )
    assert 5 not in byline.candidates(lines, first + 1, first + 1, len(lines) - 1, 0)


def test_a_host_or_a_verb_of_writing_after_the_names_is_no_tail_against_the_credit() -> None:
    """'Ingrid Haldorsen for coastwatch.net', 'Ingrid Haldorsen, coastwatch.net', 'Ingrid Haldorsen writes' under
    the headline: the lower-case words are a host or an English verb of writing, not a sentence's words."""
    headline = "Harbour board weighs the future of its stone pier"
    for credit in (
        "Ingrid Haldorsen for coastwatch.net",
        "Ingrid Haldorsen, coastwatch.net",
        "Ingrid Haldorsen writes",
        "Ingrid Haldorsen reports",
    ):
        page = ["Menu", "Ports", headline, "coastwatch.net", credit, "Tue 5 Mar 2024", *BODY]
        assert list(extract_text("\n".join(page), "a.txt").article.authors) == ["Ingrid Haldorsen"], credit
    for line in ("Ingrid Haldorsen said", "Ingrid Haldorsen and friends"):
        assert byline.features(split_lines(line), 0, None, 1, 1)["lower_tail"] == 1.0, line


def test_an_outlet_whose_host_spells_its_name_is_no_writer() -> None:
    """'Ana Ruiz, Quay Lantern' where the page links 'www.quaylantern.org': the outlet, not a second writer."""
    page = ["Original page: www.quaylantern.org", "Harbour board weighs the future of its stone pier"]
    page += ["Ana Ruiz, Quay Lantern", "3 hours ago", *BODY]
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 1, 1, 4, len(lines) - 1).names == ["Ana Ruiz"]  # type: ignore[union-attr]
    page[0] = "Original page: www.harbournews.org"
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 1, 1, 4, len(lines) - 1).names == ["Ana Ruiz", "Quay Lantern"]  # type: ignore[union-attr]


def test_a_closing_credit_naming_the_writer_among_others_credits_a_part() -> None:
    """The writer credited under the headline; 'Reporting by Bo Lind and Ingrid Haldorsen' closing the story names
    her among others: a part's reporting, not more writers of the article."""
    headline = "Harbour board weighs the future of its stone pier"
    page = [headline, "Ingrid Haldorsen, staff writer", "5 March 2024", *BODY]
    page += ["Reporting by Bo Lind and Ingrid Haldorsen"]
    assert list(extract_text("\n".join(page), "a.txt").article.authors) == ["Ingrid Haldorsen"]


def test_a_stack_of_dated_credits_is_read_from_its_first_line() -> None:
    """'By A 5 March 2024' over 'By B 5 March 2024': both write it, whichever line the model scores higher."""
    headline = "Harbour board weighs the future of its stone pier"
    page = [headline, "By Ingrid Haldorsen March 5, 2024", "By Tomas Vik March 5, 2024", *BODY]
    assert list(extract_text("\n".join(page), "a.txt").article.authors) == ["Ingrid Haldorsen", "Tomas Vik"]
    lines = split_lines("\n".join(page))
    assert byline._stack_top(lines, 2, ["Tomas Vik"], {1, 2}, None) == (1, ["Ingrid Haldorsen"])
    assert byline._stack_top(lines, 2, ["Tomas Vik"], {2}, None) == (2, ["Tomas Vik"])  # (the line above refused)


def test_a_name_under_a_label_of_another_role_is_no_writer() -> None:
    """'Fact checked by' on a line of its own over 'Bo Lind': the checker, not the writer."""
    headline = "Harbour board weighs the future of its stone pier"
    page = [headline, "Updated on March 5, 2024", "Fact checked by", "Bo Lind", *BODY]
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 0, 0, 4, len(lines) - 1) is None
    page[2] = "Written by"
    lines = split_lines("\n".join(page))
    assert byline.find_byline(lines, 0, 0, 4, len(lines) - 1).names == ["Bo Lind"]  # type: ignore[union-attr]


def test_a_tellers_credit_names_the_writer_after_as_told_to() -> None:
    """'Ingrid Haldorsen as told to Bo Lind' under a first-person headline: Bo Lind wrote it; the line is no
    headline."""
    headline = "I rowed across the harbour every morning for a year"
    page = ["Voices", headline, "Ingrid Haldorsen as told to Bo Lind", "March 5, 2024 · 6 min read", *BODY]
    article = extract_text("\n".join(page), "a.txt").article
    assert article.title == headline
    assert list(article.authors) == ["Bo Lind"]
    assert byline.names_of("The harbour as told to the court") == []

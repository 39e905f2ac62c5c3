"""The headline and the date of a story carried by a container: an e-mail (its header fields), a record of fields, a
list of results above the story, a counter of the story's place, a row of tabs, a list's decorated copy of the
headline. Each is the container's, and the story's headline and date stand below it."""

import pickle

from converter.textdump import extract, fields, metadata, title
from converter.textdump.lines import split_lines
from tests.support import LIGHTHOUSE_HEADLINE, LIGHTHOUSE_STORY

HEADLINE = LIGHTHOUSE_HEADLINE
BODY, MORE, LAST = LIGHTHOUSE_STORY


def _title(text: str) -> str:
    return extract.extract_text(text, "page.txt").article.title


def _date(text: str) -> str | None:
    return extract.extract_text(text, "page.txt").article.date


MAIL = "\n".join(
    [
        "Open in your browser",
        "",
        "-------- Forwarded message --------",
        "From: Ann Lee <ann@example.org>",
        "Date: Wed, May 8, 2024 at 7:10 AM",
        "Subject: Fwd: The Thursday Harbour Letter",
        "To: Bo Park <bo@example.org>",
        "",
        "Hello again. Here is the one story worth your morning.",
        "",
        "LEAD",
        HEADLINE,
        "Posted 6 May 2024",
        "",
        BODY,
        MORE,
        LAST,
    ]
)


def test_an_email_header_is_no_headline_and_its_date_comes_last() -> None:
    assert _title(MAIL) == HEADLINE
    assert _date(MAIL) == "2024-05-06"
    lines = split_lines(MAIL)
    assert fields.is_mail_date(lines, 3)
    assert not fields.is_mail_date(lines, 10)
    # Searched from the header down, the sending's date comes last: it dates the story when nothing else does.
    assert metadata.find_date_near(lines, 0, 12, 8) == ("2024-05-06", 9)
    undated = split_lines(MAIL.replace("Posted 6 May 2024\n", ""))
    assert metadata.find_date_near(undated, 0, 11, 8) == ("2024-05-08", 3)


def test_a_forwarded_story_takes_its_headline_from_the_subject_when_shown_nowhere_else() -> None:
    mail = "\n".join(
        [
            "From: Ann Lee <ann@example.org>",
            "Sent: Wednesday, May 8, 2024 7:10 AM",
            "To: Bo Park <bo@example.org>",
            f"Subject: Fwd: {HEADLINE}",
            "",
            BODY,
            MORE,
            LAST,
        ]
    )
    assert _title(mail) == HEADLINE
    # Shown as a line of its own, the line is the headline (and a newsletter's subject names no story).
    assert fields.headline_field(split_lines(MAIL), 5, 11) is None


RECORD = "\n".join(
    [
        "PRESS WATCH · TEAM COPY",
        "Account: North Quay Ferries",
        "Morning digest no. 4410",
        "Item 3 of 12",
        "Print   Save as file   Send to team",
        "",
        "Outlet: quaypost.example (web)",
        "Desk: Local",
        "Date: 06.05.2024",
        "Collected: 07.05.2024 09:12",
        "Writer: Ann Lee",
        "Mood: calm | Audience: 40K",
        "",
        HEADLINE,
        "",
        BODY,
        MORE,
        LAST,
    ]
)


def test_a_record_of_fields_and_a_counter_are_no_headline_and_the_record_dates_the_story() -> None:
    assert _title(RECORD) == HEADLINE
    assert _date(RECORD) == "2024-05-06"
    lines = split_lines(RECORD)
    assert fields.record_above(lines, 12) == 5
    assert title._place_counter("Item 3 of 12")
    assert not title._place_counter("Carnival of ships #261")  # (a title's number)
    assert not title._place_counter("Storm 2 of the season hits the coast")


def test_a_headline_may_open_a_block_of_fields() -> None:
    text = "\n".join(["Menu", f"Review: {HEADLINE}", "Outlet: Quay Post", "Writer: Ann Lee", "Date: 6 May 2024", BODY])
    lines = split_lines(text)
    assert not fields.is_field_line(lines, 1)
    assert fields.is_field_line(lines, 2)


def test_a_row_of_tabs_is_no_headline() -> None:
    text = "\n".join(
        [
            "09:41   12°C",
            "NEWS",
            "Front   Nearby   Money   Games   Kept",
            "",
            HEADLINE,
            "By Ann Lee",
            "6 May 2024",
            BODY,
        ]
    )
    lines = split_lines(text)
    assert [line.index for line in lines if line.item_row] == [2]
    assert _title(text + "\n" + MORE + "\n" + LAST) == HEADLINE
    # One wide gap inside a line (a slip of the keyboard) makes no row.
    assert not split_lines("Harbour town votes  to keep its lighthouse")[0].item_row


RESULTS = "\n".join(
    [
        "Seeker",
        "lighthouse votes",
        "About 1,200 results",
        "Ferry fares rise again for island commuters",
        "islandnews.example · 3h",
        "Six keepers remember the great storm of 1953",
        "coastweekly.example · 1d",
        "Shown below ▸",
        HEADLINE,
        "quaypost.example · 5h",
        "A museum wants the old lamp",
        "Gulls return to the breakwater after the winter",
        "birdlog.example · 2h",
        "",
        "Reading view",
        HEADLINE,
        "quaypost.example",
        "Posted 6 May 2024",
        "",
        BODY,
        MORE,
        LAST,
    ]
)


def test_a_list_of_results_above_the_story_is_no_headline() -> None:
    lines = split_lines(RESULTS)
    listed = title.results_list(lines, 19)
    assert {3, 5, 8, 10, 11} <= listed
    assert 15 not in listed
    assert _title(RESULTS) == HEADLINE
    # A headline over its chip, then a list of other coverage right above the body: the list holds the headline.
    coverage = "\n".join([*RESULTS.splitlines()[3:13], "", BODY])
    assert not title.results_list(split_lines(coverage), 11)


def test_a_decorated_copy_of_the_headline_yields_to_the_plain_line() -> None:
    text = "\n".join(
        [
            "crowdlinks",
            f"▲ {HEADLINE} (quaypost.example)",
            "212 points by gull 3 hours ago | hide | 40 comments",
            "",
            "Saved copy of quaypost.example, kept from the day it was posted",
            HEADLINE,
            "",
            BODY,
            MORE,
            LAST,
        ]
    )
    assert _title(text) == HEADLINE
    lines = split_lines(text)
    assert title._undecorated_copy(lines, 4)
    assert not title._undecorated_copy(lines, 1)


def test_a_writers_credit_for_a_host_is_no_headline() -> None:
    assert title._credit_for_host("Ann Lee for quaypost.example")
    assert title._credit_for_host("Wire staff for harbour.co.uk")
    assert not title._credit_for_host("A guide for beginners")
    assert not title._credit_for_host("Why harbour towns are competing for tourists from quaypost.example")


def test_the_headline_right_under_a_record_wins_over_its_standfirst() -> None:
    text = RECORD.replace(f"{HEADLINE}\n\n", f"{HEADLINE}\n\nWhat the keepers told the council about the old lamp\n")
    assert _title(text) == HEADLINE


def test_a_story_under_a_list_of_sources_keeps_its_headline() -> None:
    # The list's chips open on a source's name, the story's own chip on its date or age: the story is no entry.
    text = "\n".join(
        [
            "Popular",
            "Ferry fares rise again for island commuters",
            "Island News · 3 hrs ago",
            "Six keepers remember the great storm of 1953",
            "Coast Weekly · Earlier today",
            "Gulls return to the breakwater after the winter",
            "Bird Log · 2 hrs ago",
            "",
            "Quay Post",
            HEADLINE,
            "Just now · 4 min read",
            "",
            "What the keepers told the council about the old lamp",
            "",
            BODY,
            MORE,
            LAST,
        ]
    )
    assert _title(text) == HEADLINE
    assert title.results_list(split_lines(text), 12) == set(range(1, 7))  # (not the headline, line 8)


def test_a_writers_credit_for_a_host_under_the_headline_is_no_headline() -> None:
    text = "\n".join(
        [
            "09:41   12°C   5G",
            "◀ Back",
            "NEWS",
            "",
            HEADLINE,
            "quaypost.example · 4 min listen",
            "Ann Lee, quaypost.example",
            "MON 06.05.2024 · 17:41",
            "▶ Listen",
            "",
            BODY,
            MORE,
            LAST,
        ]
    )
    assert _title(text) == HEADLINE
    assert title._credit_for_host("Ann Lee, quaypost.example")
    assert not title._credit_for_host("Ferries, trains and buses, quaypost.example")


def test_a_headline_read_as_a_field_may_close_a_record() -> None:
    closing = "Harbour 2024: the town's eight-point plan to keep its last wooden lighthouse standing through the storms"
    # (the story's first paragraph long: no standfirst under the headline to lift it)
    text = RECORD.replace(HEADLINE, closing)
    text = text.replace(f"{BODY}\n{MORE}", f"{BODY} {MORE}")
    assert _title(text) == closing


def test_a_row_of_items_is_kept_when_its_line_is_pickled() -> None:
    # Lines go to the workers and back: the flag, known only before white space was collapsed, must travel too.
    row = split_lines("Front   Nearby   Money   Games")[0]
    assert row.item_row
    assert pickle.loads(pickle.dumps(row)).item_row

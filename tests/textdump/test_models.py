"""The learned text-dump decisions: committed weights load, name only existing features, and decide
hand-checked cases the way a reader would (lines invented here, in wordings of no corpus layout)."""

from __future__ import annotations

import json

import pytest

from converter.textdump import bodyline, byline, listing, runs, title, walls
from converter.textdump.lines import Line, split_lines
from converter.textdump.model import MODELS_DIR, explain, model
from converter.textdump.repeated import normalize_line, shapes

DECISIONS = {
    byline.MODEL: byline.feature_names,
    title.MODEL: title.feature_names,
    runs.MODEL: runs.feature_names,
    bodyline.MODEL: bodyline.feature_names,
    listing.MODEL: listing.feature_names,
    walls.MODEL: walls.feature_names,
}


@pytest.mark.parametrize("name", sorted(DECISIONS))
def test_weights_load_and_name_existing_features(name: str) -> None:
    data = json.loads((MODELS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(DECISIONS[name]())
    assert data["commit"] and data["trained_on"] and data["cross_validated"]
    loaded = model(name)
    assert loaded.features == tuple(data["weights"]) and len(loaded.weights) == len(loaded.features)


# A dump of an invented layout: menu, headline, credit line, body, related list.
PAGE = "\n".join(
    [
        "Front page",
        "World",
        "Sport",
        "Culture",
        "",
        "Harbour town votes to rebuild its old stone pier after winter storms",
        "Reported by Ingrid Haldorsen · 4 March 2024",
        "",
        "The town council voted on Tuesday to rebuild the stone pier that winter storms broke in "
        "two places, after a long debate about the cost and about who should pay for it.",
        "Fishermen who use the pier every morning said the vote came late, but that they were "
        "glad the work would start before the summer season and the arrival of the first visitors.",
        "The council will ask the regional government for help with the bill, which engineers put at "
        "well over two million euros, and hopes to hear back before the end of the spring.",
        "",
        "Further stories",
        "Ferry timetable changes for the spring",
        "New school opens its doors on the hill",
        "",
    ]
)


def _located() -> tuple[list[Line], int]:
    lines = split_lines(PAGE)
    body_start = next(line.index for line in lines if line.text.startswith("The town council"))
    return lines, body_start


def test_title_is_the_headline_not_a_menu_entry_or_a_related_title() -> None:
    lines, body_start = _located()
    index = title.find_title(lines, body_start)
    assert index is not None
    assert lines[index].text == "Harbour town votes to rebuild its old stone pier after winter storms"


def test_byline_with_an_unlisted_verb_gives_the_name_only() -> None:
    lines, body_start = _located()
    headline = next(line.index for line in lines if line.text.startswith("Harbour town"))
    last = next(line.index for line in lines if line.text.startswith("The council will"))
    found = byline.find_byline(lines, headline, headline, body_start, last)
    assert found is not None and found.names == ["Ingrid Haldorsen"]
    assert lines[found.index].text.startswith("Reported by")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("(Reporting by Ana Lucia Ferreira in Lisbon; Editing by Tom Mercer)", ["Ana Lucia Ferreira"]),
        ("— Jonas Weber", ["Jonas Weber"]),
        ("Text: Mira Olsen and Pieter de Vries", ["Mira Olsen", "Pieter de Vries"]),
        ("Compiled by Ruth Ober into Weekend Picks", ["Ruth Ober"]),
        ("Catherine Shu @catherineshu / 2 days", ["Catherine Shu"]),
        ("By Joseph Tsidulko November 19, 2019, 07:47 PM EST", ["Joseph Tsidulko"]),
    ],
)
def test_names_are_read_by_the_bylines_shape(text: str, names: list[str]) -> None:
    assert byline.names_of(text) == names


def test_a_curators_line_scores_below_the_authors_sign_off() -> None:
    """'X by A into Y' (a lower-case tail after the names) is a credit of another kind than a byline."""
    lines = split_lines(
        "Some headline about the harbour pier\nCompiled by Ruth Ober into Weekend Picks\nText: Mira Olsen\n"
    )
    curated = model(byline.MODEL).score(byline.features(lines, 1, 0, 3, 3))
    authored = model(byline.MODEL).score(byline.features(lines, 2, 0, 3, 3))
    assert authored > curated


def test_explain_names_the_features_that_weigh() -> None:
    lines, body_start = _located()
    text = explain(model(title.MODEL), title.features(lines, 4, body_start, __import__("collections").Counter()))
    assert text.startswith("score ") and "words_4_20" in text


def test_explain_report_marks_the_chosen_lines() -> None:
    from converter.textdump.explain import report

    text = report(PAGE, "page.txt")
    assert "* " in text or "*   " in text
    assert "textdump_title: chose line 4" in text and "['Ingrid Haldorsen']" in text


def test_body_lines_drop_a_reader_prompt_the_folder_repeats_and_keep_the_paragraphs() -> None:
    lines = split_lines(
        PAGE
        + "\n".join(
            [
                "",
                "The town council voted on Tuesday to rebuild the stone pier that winter storms broke in two places.",
                "You have 3 free articles left this month",
                "Fishermen who use the pier every morning said the vote came late, but that they were glad of it.",
            ]
        )
    )
    first = next(
        line.index
        for line in lines
        if line.text.startswith(
            "The town council voted on Tuesday to rebuild the stone pier that winter storms broke in two places."
        )
    )
    last = len(lines) - 1
    repeated = frozenset({"you have 3 free articles left this month"})  # on many pages of the folder
    dropped = bodyline.dropped(lines, first, last, range(first, last + 1), repeated)
    assert [lines[index].text for index in dropped] == ["You have 3 free articles left this month"]


def _paragraphs(subject: str, count: int) -> list[str]:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "the weekend")
    return [
        f"The council met again on {days[n]} and talked about the {subject}, what it would cost the town "
        f"and who would pay for it, for a long time and without an answer."
        for n in range(count)
    ]


def test_the_run_under_its_headline_wins_over_a_longer_next_story() -> None:
    """An endless feed: the page's article, a list heading, then the next story carried in full (longer)."""
    text = "\n".join(
        [
            "Menu",
            "Harbour town votes to rebuild its old stone pier",
            "By Ingrid Haldorsen",
            "",
            *_paragraphs("pier", 4),
            "",
            "Up next",
            "",
            "School opens its doors on the hill",
            "Valley Post · 2 hrs ago",
            "",
            "Next story",
            "Ferry line adds a night crossing to the island",
            "By Tom Mercer",
            "",
            *_paragraphs("ferry", 7),
        ]
    )
    from converter.textdump.extract import locate

    at = locate(text, "page.txt")
    assert "pier" in at.page.lines[at.first].text and "pier" in at.page.lines[at.last].text


def test_related_entries_are_found_by_their_shape_under_an_unknown_heading() -> None:
    """A heading no list names ("Coverage from 12 outlets"); entries marked by outlet and time."""
    text = "\n".join(
        [
            "Harbour town votes to rebuild its old stone pier",
            "By Ingrid Haldorsen",
            "",
            *_paragraphs("pier", 4),
            "",
            "Coverage from 12 outlets",
            "",
            "Valley Post · Leans left",
            "Ferry line adds a night crossing to the island",
            "3 hrs ago",
            "",
            "Coast Herald · Center",
            "School on the hill opens its doors to the first pupils",
            "5 hrs ago",
            "",
            "Bay Courier · Not rated",
            "Fishing fleet returns early as the storm season begins",
            "1 hr ago",
            "",
            "Send feedback",
        ]
    )
    lines = split_lines(text)
    last = max(line.index for line in lines if "council met" in line.text)
    titles = [card.title for card in listing.find_cards(lines, last, frozenset())]
    entries = [title for title in titles if title != "Coverage from 12 outlets"]  # (the heading: a known miss)
    assert entries == [
        "Ferry line adds a night crossing to the island",
        "School on the hill opens its doors to the first pupils",
        "Fishing fleet returns early as the storm season begins",
    ]
    assert not {"3 hrs ago", "Valley Post · Leans left", "Send feedback"} & set(titles)


def test_a_list_heading_in_an_unknown_wording_above_cards_is_a_wall() -> None:
    text = "\n".join(
        [
            *_paragraphs("pier", 3),
            "",
            "Wider view",
            "",
            "Ferry line adds a night crossing to the island",
            "Valley Post · 3 hrs ago",
            "",
            "School on the hill opens its doors to the first pupils",
            "Coast Herald · 5 hrs ago",
            "",
        ]
    )
    lines = split_lines(text)
    found = walls.find_walls(lines, set(), frozenset())
    assert [lines[index].text for index in sorted(found)] == ["Wider view"]


def test_a_person_named_above_a_credit_line_is_no_wall() -> None:
    lines = split_lines("\n".join([*_paragraphs("pier", 3), "", "Berly McCoy", "Reporter · Science desk", ""]))
    assert walls.find_walls(lines, set(), frozenset()) == set()


def test_body_lines_drop_a_prompt_whose_template_the_folder_repeats() -> None:
    """'Read the whole report at X': other pages of the folder fill the template with other names."""
    paragraphs = [
        "The town council voted on Tuesday to rebuild the stone pier that winter storms broke in two places.",
        "Read the whole report at Harbour Weekly",
        "Fishermen who use the pier every morning said the vote came late, but that they were glad of it.",
    ]
    lines = split_lines(PAGE + "\n".join(["", *paragraphs]))
    first = next(line.index for line in lines if line.text == paragraphs[0])
    last = len(lines) - 1
    template = frozenset(shapes(normalize_line("Read the whole report at The Daily Lantern")))
    assert bodyline.dropped(lines, first, last, range(first, last + 1), frozenset()) == set()
    dropped = bodyline.dropped(lines, first, last, range(first, last + 1), template)
    assert [lines[index].text for index in dropped] == ["Read the whole report at Harbour Weekly"]


def test_a_short_line_alone_between_paragraphs_is_more_suspect_than_one_in_a_list() -> None:
    """An inserted prompt stands alone among paragraphs; a list's items stand among short lines."""
    prose = [
        "The town council voted on Tuesday to rebuild the stone pier that winter storms broke in two places.",
        "Fishermen who use the pier every morning said the vote came late, but that they were glad of it.",
    ]
    line = "Harbour news each morning by mail"
    alone = split_lines("\n".join([prose[0], line, prose[1]]))
    listed = split_lines("\n".join([prose[0], "New stone steps", line, "A wider quay", prose[1]]))
    decision = model(bodyline.MODEL)
    alone_values = bodyline.features(alone, 1, 0, 2, False)
    listed_values = bodyline.features(listed, 2, 0, 4, False)
    assert (alone_values["short_around"], listed_values["short_around"]) == (0.0, 0.5)
    assert decision.score(alone_values) < decision.score(listed_values)


def test_a_story_carried_after_the_article_is_no_body_however_long() -> None:
    """The page's article (a headline over it), a list of cards, a story carried in full five times as long, cards."""
    text = "\n".join(
        [
            "Settings",
            "Harbour town votes to rebuild its old stone pier",
            "",
            *_paragraphs("pier", 6),
            "(Reporting by Ingrid Haldorsen; Editing by Tom Mercer)",
            "",
            "Keep going",
            "",
            "School opens its doors on the hill",
            "Valley Post · 2 hrs ago",
            "",
            "Ferry line adds a night crossing to the island",
            "Valley Post · 1 hr ago",
            *(" ".join([paragraph] * 4) for paragraph in _paragraphs("ferry", 8)),
            "",
            "Up next",
            "",
            "Library extends its opening hours",
            "Valley Post · 5 hrs ago",
            "The library will open on Sundays from March, the town said, and its reading room will stay open late.",
        ]
    )
    from converter.textdump.extract import locate

    at = locate(text, "page.txt")
    body = [line.text for line in at.page.lines[at.first : at.last + 1]]
    assert "the pier" in body[0] and not any("ferry" in line for line in body)


def test_an_offers_price_is_no_figure_of_the_story_and_a_widgets_lines_go_together() -> None:
    prose = [
        "The town council voted on Tuesday to rebuild the stone pier that winter storms broke in two places.",
        "Fishermen who use the pier every morning said the vote came late, but that they were glad of it.",
    ]
    lines = split_lines("\n".join([prose[0], "Read on for £3 per month", "Postcode", "Join", prose[1]]))
    offer = bodyline.features(lines, 1, 0, 4, False)
    assert (offer["price_period"], offer["money_or_percent"]) == (1.0, 0.0)
    figure = bodyline.features(split_lines("The pier will cost £2m to rebuild, the council said."), 0, 0, 0, False)
    assert (figure["price_period"], figure["money_or_percent"]) == (0.0, 1.0)
    # "Join" dropped by the furniture rules: the field label beside it is part of the same box.
    flags = [False, False, False, True, False]
    assert bodyline.features(lines, 2, 0, 4, False, furniture=flags)["beside_furniture"] == 1.0
    assert bodyline.features(lines, 2, 0, 4, False)["beside_furniture"] == 0.0
    assert bodyline.features(lines, 0, 0, 4, False, furniture=flags)["beside_furniture"] == 0.0  # a sentence


def test_a_members_notice_scores_below_a_sentence_of_the_story_of_its_length() -> None:
    lines = split_lines(
        "\n".join(
            [
                "The town council voted on Tuesday to rebuild the stone pier that winter storms broke.",
                "This piece is reserved for Gold readers.",
                "The divers will start work in the spring.",
                "Fishermen who use the pier every morning said the vote came late, but were glad of it.",
            ]
        )
    )
    decision = model(bodyline.MODEL)
    notice, sentence = (decision.score(bodyline.features(lines, index, 0, 3, False)) for index in (1, 2))
    assert notice < sentence - 1.0


def test_a_credit_label_declares_a_person_whose_given_name_is_a_common_word() -> None:
    assert byline.names_of("Written by Will Ferrand") == ["Will Ferrand"]
    assert byline.names_of("Will Ferrand") == []  # bare, "Will" may open a sentence


def test_a_colon_label_naming_the_writers_role_counts_as_a_by_label() -> None:
    """'Writer: A' credits a writer as 'Story by A' does; 'Photos: A' and 'Selected by A' credit other roles."""

    def values(text: str) -> dict[str, float]:
        return byline.features(split_lines(f"Some headline about the harbour pier\n{text}\n"), 1, 0, 2, 2)

    assert values("Writer: Mira Olsen")["label_by"] == 1.0
    assert values("Story by Mira Olsen")["label_by"] == 1.0
    assert (values("Photos: Mira Olsen")["label_by"], values("Photos: Mira Olsen")["other_role"]) == (0.0, 1.0)
    assert (values("Selected by Mira Olsen")["label_by"], values("Selected by Mira Olsen")["other_role"]) == (0.0, 1.0)
    decision = model(byline.MODEL)
    assert decision.score(values("Writer: Mira Olsen")) > decision.score(values("Photos: Mira Olsen"))

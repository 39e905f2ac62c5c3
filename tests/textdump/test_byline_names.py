"""Whose names a credit line gives (textdump/byline_names.py): labels, the names part and what ends it.

Invented credit lines, in wordings of no corpus site or layout.
"""

from __future__ import annotations

from converter.textdump import byline_names


def test_a_colon_credit_of_someone_who_did_not_write_is_no_byline() -> None:
    """'Photography: A' credits a photographer as 'Photos by A' does; 'Words: A' the writer."""
    from converter.bylines import split_authors

    assert byline_names.names_of("Photography: Ruth Ober") == []
    assert byline_names.names_of("Illustrations: Ruth Ober") == []
    assert split_authors("Photography: Ruth Ober") == []
    assert byline_names.names_of("Words: Ruth Ober") == ["Ruth Ober"]


def test_credits_of_who_picked_or_summed_up_a_story_name_no_writer() -> None:
    assert byline_names.names_of("Selected by Jo Marsh into Slow Sundays") == []
    assert byline_names.names_of("Summary by Tidewatch") == []
    assert byline_names.names_of("Written by Jo Marsh") == ["Jo Marsh"]


def test_a_writers_word_then_a_dash_is_a_label_and_other_words_are_not() -> None:
    assert byline_names.names_of("Text – Mira Okafor") == ["Mira Okafor"]
    assert byline_names.byline_part("Reported — Mira Okafor and Jon Bell")[:2] == (
        "Reported —",
        "Mira Okafor and Jon Bell",
    )
    assert byline_names.byline_part("Weather — Mira Okafor")[0] == ""  # a section before the dash is no label


def test_a_role_in_brackets_after_the_names_is_not_part_of_them() -> None:
    assert byline_names.names_of("Mira Okafor (Guest columnist)") == ["Mira Okafor"]
    assert byline_names.byline_part("Jon Bell [Intern]")[1] == "Jon Bell"


def test_a_full_stop_before_another_credit_ends_the_writers_names() -> None:
    assert byline_names.names_of("Reported by Ingrid Haldorsen. Copy-edited by Piet Varga.") == ["Ingrid Haldorsen"]
    assert byline_names.names_of("Written by T. J. Okonkwo. Pictures by Lise Amundsen") == ["T. J. Okonkwo"]
    assert byline_names.names_of("By Dr. Mara Quint") == ["Dr. Mara Quint"]  # (a title's stop, no credit after it)


def test_a_writers_colon_label_after_a_sources_names_the_writer() -> None:
    assert byline_names.names_of("Via: Quay Gazette · Words: Oda Brekke") == ["Oda Brekke"]
    assert byline_names.names_of("Text & research: Oda Brekke") == ["Oda Brekke"]
    # Only a writer's label: a photographer's after the source names no writer.
    assert byline_names.names_of("Via: Quay Gazette · Photography: Oda Brekke") == []


def test_a_writers_label_over_an_organisation_credits_the_organisation() -> None:
    # A body signs the story when no person does: an agency, a newsroom, a university (in capitals too).
    assert byline_names.names_of("By Nordic Press Agency") == ["Nordic Press Agency"]
    assert byline_names.names_of("Written by The Fjord Times · Updated 2h ago") == ["The Fjord Times"]
    assert byline_names.names_of("AUTHOR: UNIVERSITY OF BERGEN") == ["University of Bergen"]
    assert byline_names.names_of("Story by Harbour Desk; checked by Oda Brekke") == ["Harbour Desk"]
    # Not a section after "By", not a credit of someone who did not write, not beside a person's full name.
    assert byline_names.names_of("By The Numbers") == []
    assert byline_names.names_of("Photography: Nordic Press Agency") == []
    assert byline_names.names_of("By Oda Brekke, Nordic Press Agency") == ["Oda Brekke"]


def test_an_organisation_and_a_person_joined_are_both_credited() -> None:
    # (Invented names: the names part alone stops at the organisation's lower-case "of".)
    assert byline_names.names_of("Institute of Coastal Studies and Marit Ellingsen") == [
        "Institute of Coastal Studies",
        "Marit Ellingsen",
    ]
    assert byline_names.names_of("By Fenwick Wire Service & Marit Ellingsen") == [
        "Fenwick Wire Service",
        "Marit Ellingsen",
    ]
    assert byline_names.names_of("By Marit Ellingsen and Odo Brandt") == ["Marit Ellingsen", "Odo Brandt"]
    # An outlet written for after the second name is no organisation credited, nor a lower-case group.
    assert byline_names.names_of("By Marit Ellingsen and Odo Brandt for The Fenwick Post") == [
        "Marit Ellingsen",
        "Odo Brandt",
    ]
    assert "the Weekend Team" not in byline_names.names_of("By Marit Ellingsen and the Weekend Team")


def test_a_writers_job_or_the_credits_own_name_before_a_colon_labels_the_writer() -> None:
    """'Correspondent:', 'Journalist:', 'Byline:' and a plural written 'Author(s):' label a writer's credit, as
    'Reporter:' does; a photographer's plural does not."""
    from converter.textdump.byline import labelled_credit

    for line in ("Correspondent: Mira Okafor", "Journalist: Mira Okafor", "Author(s): Mira Okafor and Jon Bell"):
        assert labelled_credit(line), line
    assert byline_names.byline_part("Author(s): Mira Okafor and Jon Bell")[:2] == (
        "Author(s):",
        "Mira Okafor and Jon Bell",
    )
    assert byline_names.byline_part("Byline: Mira Okafor")[0] == "Byline:"
    assert byline_names.WRITER_ROLE.search("Byline:")
    assert not labelled_credit("Photo(s): Mira Okafor")


def test_voices_and_sources_credit_no_writer_and_words_beside_another_role_do() -> None:
    """A reader's voice ('Narrated by A', 'Read by A') and a source ('Source: Outlet') name no writer; a label
    naming the writing beside another role ('Text and photos: A') and 'From our correspondent A' do."""
    assert byline_names.names_of("Narrated by Ruth Ober") == []
    assert byline_names.names_of("Read aloud by Ruth Ober") == []
    assert byline_names.names_of("Voiced by Ruth Ober") == []
    assert byline_names.names_of("Source: Quay Evening Post") == []
    assert byline_names.names_of("Text and photos: Ruth Ober") == ["Ruth Ober"]
    assert byline_names.names_of("Story and photos by Ruth Ober") == ["Ruth Ober"]
    assert byline_names.names_of("From our harbour correspondent Ruth Ober") == ["Ruth Ober"]
    assert byline_names.names_of("From a staff reporter Ruth Ober") == ["Ruth Ober"]
    assert byline_names.names_of("Photos and text: Ruth Ober") == []  # (the pictures first: the photographer's)


def test_names_in_a_catalogues_order_are_given_name_first() -> None:
    """'Author: Haldorsen, Ingrid; Lind, Bo': surname, comma, given name, one person between semicolons."""
    assert byline_names.names_of("Author: Haldorsen, Ingrid") == ["Ingrid Haldorsen"]
    assert byline_names.names_of("Author: Haldorsen, Ingrid; Lind, Bo") == ["Ingrid Haldorsen", "Bo Lind"]
    assert byline_names.names_of("By Ingrid Haldorsen, Bo Lind") == ["Ingrid Haldorsen", "Bo Lind"]
    assert byline_names.names_of("Reported by HarbourLabs, Contributor") != ["Contributor HarbourLabs"]


def test_as_told_to_labels_the_writer_and_a_stamp_glued_in_capitals_ends_the_name() -> None:
    assert byline_names.names_of("As told to Ingrid Haldorsen") == ["Ingrid Haldorsen"]
    assert byline_names.names_of("AS TOLD TO INGRID HALDORSENPUBLISHED: MAR 05, 2024 9:10 AM") == ["Ingrid Haldorsen"]

"""converter.survey: lines repeated across the pages of a folder, counted as surveys arrive."""

from __future__ import annotations

from converter.survey import NO_LINES, RepeatedLines, Survey, text_survey


def survey(rel: str, *lines: str) -> Survey:
    return text_survey(rel, rel, "\n".join(lines))


def lines_only(repeated: frozenset[str]) -> set[str]:
    """The repeated lines without the templates' shape keys (textdump.repeated.shapes)."""
    return {key for key in repeated if not key.startswith("#")}


def test_lines_on_three_pages_of_a_folder_are_repeated_there_only() -> None:
    counted = RepeatedLines()
    for index in range(3):
        counted.add(survey(f"a/{index}.txt", "Home | News", f"Story {index}", "Sign in"))
    counted.add(survey("a/3.txt", "Home  |  NEWS!", "Story 3"))  # the same line, normalized
    counted.add(survey("b/0.txt", "Home | News", "Other"))  # another folder: counted apart
    counted.add(Survey("a/page.html", key="x"))  # HTML: no lines
    repeated = counted.by_page()
    assert lines_only(repeated["a/0.txt"]) == {"home news", "sign in"}
    assert lines_only(repeated["a/3.txt"]) == {"home news"}
    assert "#digits story 0" in repeated["a/3.txt"]  # "Story N" on four pages: a template
    assert repeated["b/0.txt"] == NO_LINES
    assert "a/page.html" not in repeated


def test_two_pages_are_not_enough_and_big_folders_need_a_tenth() -> None:
    counted = RepeatedLines()
    counted.add(survey("0.txt", "Menu line"))
    counted.add(survey("1.txt", "Menu line"))
    assert counted.by_page()["0.txt"] == NO_LINES
    counted = RepeatedLines()
    for index in range(50):
        counted.add(survey(f"{index}.txt", f"Page {index}", *(["Promo"] if index < 4 else [])))
    assert lines_only(counted.by_page()["0.txt"]) == set()  # 4 of 50 pages: under a tenth
    counted.add(survey("50.txt", "Promo"))
    assert lines_only(counted.by_page()["0.txt"]) == set()  # 5 of 51: a tenth rounds up to 6
    counted.add(survey("51.txt", "Promo"))
    assert lines_only(counted.by_page()["0.txt"]) == {"promo"}  # 6 of 52


def test_a_line_common_by_count_and_wedged_keeps_both_keys() -> None:
    # The widget sits between other lines on each page (wedged) and on enough pages to be common by count too.
    from converter.textdump.repeated import WEDGED, normalize_line
    from tests.textdump.test_wedged import WIDGET, _folder

    counted = RepeatedLines()
    for number, text in enumerate(_folder()):
        counted.add(text_survey(f"run/{number}.txt", "k", text))
    page = counted.by_page()["run/0.txt"]
    assert normalize_line(WIDGET) in page and WEDGED + normalize_line(WIDGET) in page

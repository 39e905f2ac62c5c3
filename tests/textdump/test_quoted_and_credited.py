"""Lines set between an article's paragraphs that repeat or credit it: a pull quote cut short, the credits of its
editors and checkers in sentences. Lines invented here."""

from __future__ import annotations

from converter.textdump.asides import is_aside, is_credit_sentences, pull_quotes
from converter.textdump.extract import extract_text
from converter.textdump.lines import split_lines
from tests.support import ORCHARD_ARTICLE, ORCHARD_STORY


def test_a_pull_quote_cut_short_repeats_a_paragraph() -> None:
    quote = "❝ The fans pull warmer air down from a few metres… ❞"
    lines = split_lines("\n".join([*ORCHARD_STORY[:2], quote, *ORCHARD_STORY[2:4]]))
    assert pull_quotes(lines, range(len(lines)), 0, len(lines) - 1) == {2}
    result = extract_text("\n".join([*ORCHARD_ARTICLE, quote, *ORCHARD_STORY[3:]]), "text/a.txt")
    assert "❝" not in result.article.body
    assert "The fans pull warmer air down from a few metres up" in result.article.body


def test_no_pull_quote_without_the_cut_or_the_paragraph_it_repeats() -> None:
    # a whole sentence in quote marks shown twice may be the story's own; a cut line no paragraph says is a teaser
    whole = "“Each fan costs about as much as a small tractor.”"
    elsewhere = "❝ The ferry skippers say the winter timetable… ❞"
    lines = split_lines("\n".join([ORCHARD_STORY[0], whole, elsewhere, ORCHARD_STORY[2]]))
    assert pull_quotes(lines, range(len(lines)), 0, len(lines) - 1) == set()


def test_credits_of_editors_in_sentences_are_the_pages() -> None:
    assert is_credit_sentences("Edited by Ruth Alder. Fact-checked by Tom Ekberg.")
    assert is_aside(split_lines("Edited by Ruth Alder.")[0])
    # a writer's credit among them, or a sentence of the story, is no such line
    assert not is_credit_sentences("Written by Ruth Alder. Edited by Tom Ekberg.")
    assert not is_credit_sentences("Edited by Ruth Alder. She kept the notes.")
    credits = "Edited by Ruth Alder. Fact-checked by Tom Ekberg."
    result = extract_text("\n".join([*ORCHARD_ARTICLE, *ORCHARD_STORY[3:], credits]), "text/b.txt")
    assert "Fact-checked" not in result.article.body
    assert "report to the council in March" in result.article.body

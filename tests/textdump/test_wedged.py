"""A short line a folder shows between other lines on each page, each time other ones, is the page's (a widget);
a story's own line stands between the same lines wherever the story is shown (`repeated.wedged`).

Lines invented here, in wordings of no corpus layout.
"""

from __future__ import annotations

from converter.textdump.extract import extract_text
from converter.textdump.repeated import WEDGED, is_wedged, normalize_line, repeated_lines

# min_pages above the folder's size: nothing is common by its count alone, only wedged lines are marked.
NOT_BY_COUNT = 99
WIDGET = "Tap the star to keep this story"
SUBHEADING = "Harbour wall works"


OPENINGS = [
    "Residents packed the hall on Thursday evening to hear how the {t} would change over the next two years,",
    "Officials said the budget for the {t} had grown since the first estimate was published last spring,",
    "Several speakers questioned whether the {t} would serve the outlying villages as well as the town centre,",
    "A final report on the {t} is due before the summer recess, when councillors will vote on the proceeds,",
    "Local traders, who have campaigned on the {t} for a decade, welcomed the timetable but asked for more detail,",
    "The engineers' survey of the {t} found less damage than feared after the storms of the previous winter,",
    "Opposition members called for an independent review of the {t} and of the contracts signed so far,",
]
CLOSINGS = [
    "and the chair promised a written answer to every question raised.",
    "although no figure was given for the cost of the delays.",
    "while a petition with four hundred names was handed to the clerk.",
    "before the meeting closed with a minute of silence for a former member.",
    "so the matter will return to the committee in the new year.",
]


def _paragraph(topic: str, number: int) -> str:
    return f"{OPENINGS[number % 7].format(t=topic)} {CLOSINGS[(number * 2 + len(topic)) % 5]}"


def _story(topic: str, paragraphs: int = 7) -> list[str]:
    return [_paragraph(topic, number) for number in range(paragraphs)]


TOPICS = ["ferry", "library", "orchard", "tram"]


def _ferry() -> list[str]:
    """The story with a subheading, as every page that shows it shows it."""
    story = _story("ferry")
    return [*story[:5], SUBHEADING, *story[5:]]


def _folder() -> list[str]:
    """Four pages, one story each, the widget after another paragraph on each; the ferry story, with its subheading,
    carried in full below the three other stories."""
    pages = []
    for number, topic in enumerate(TOPICS):
        lines = _ferry() if topic == "ferry" else _story(topic)
        lines.insert(3 + number, WIDGET)
        if topic != "ferry":
            lines += ["Next story", *_ferry()]
        pages.append("\n\n".join([f"Council weighs the {topic} plans", "By Ann Example", *lines]))
    return pages


def test_a_line_between_other_lines_on_each_page_is_wedged_a_story_line_is_not() -> None:
    repeated = repeated_lines(_folder(), NOT_BY_COUNT)
    assert is_wedged(normalize_line(WIDGET), WIDGET, repeated)
    assert not is_wedged(normalize_line(SUBHEADING), SUBHEADING, repeated)


def test_a_wedged_line_leaves_the_body_and_the_story_keeps_its_own() -> None:
    pages = _folder()
    repeated = repeated_lines(pages, NOT_BY_COUNT)
    page = pages[0]  # the ferry story, its subheading and the widget
    body = extract_text(page, "ferry.txt", repeated=repeated).article.body
    assert WIDGET not in body and SUBHEADING in body
    assert _paragraph("ferry", 0) in body and _paragraph("ferry", 6) in body
    assert WIDGET in extract_text(page, "ferry.txt").article.body  # the page alone says nothing


def test_a_line_with_one_neighbour_always_the_same_is_no_wedge() -> None:
    # A story's closing line under the same paragraph on every page, over other lines each time (the story carried
    # above other things): the story's own.
    closing = "The vote is on Tuesday."
    pages = []
    for topic in TOPICS:
        pages.append("\n\n".join([*_story(topic), "Next story", *_story("ferry")[:2], closing, f"More on the {topic}"]))
    repeated = repeated_lines(pages, NOT_BY_COUNT)
    assert not any(key.startswith(WEDGED) for key in repeated)


def test_a_line_a_story_repeats_on_its_page_is_not_counted() -> None:
    # A deals list's heading, five times in one story shown on two pages: each place is the story's own.
    heading = "Best winter deals"
    story = []
    for number in range(5):
        story += [_paragraph("shop", number), heading]
    pages = ["\n\n".join(story), "\n\n".join([*_story("tram"), *story])]
    assert not any(key.startswith(WEDGED) for key in repeated_lines(pages, NOT_BY_COUNT))


def test_a_long_line_listed_under_its_headline_stays_a_promo_between_paragraphs_goes() -> None:
    # Other pages list the story with its headline over its standfirst, between their other lines: each keeps the
    # other beside it. A promo of a sentence is set between two other paragraphs on every page.
    headline = "Ferry timetable changes for the winter season leave island commuters waiting longer"
    standfirst = "Commuters will wait longer for the first boat, and the last one leaves at nine."
    promo = "Also in this app we keep the best walks along the coast for every winter weekend"
    pages = []
    for number, topic in enumerate(TOPICS):
        story = _story(topic)
        story.insert(4 + number % 2, promo)
        story[1 + number : 1 + number] = [headline, standfirst]
        pages.append("\n\n".join(story))
    repeated = repeated_lines(pages, NOT_BY_COUNT)
    assert not is_wedged(normalize_line(headline), headline, repeated)
    assert not is_wedged(normalize_line(standfirst), standfirst, repeated)
    assert is_wedged(normalize_line(promo), promo, repeated)


def test_a_long_line_wedged_by_its_template_goes() -> None:
    template = "Also in this app: Ten walks along the coast this winter and where to stop"
    repeated = frozenset({WEDGED + normalize_line(WIDGET), "#wedged #lead also in this app"})
    assert is_wedged(normalize_line(WIDGET), WIDGET, repeated)
    assert is_wedged(normalize_line(template), template, repeated)  # wedged by its lead-in label, a template's


def test_a_short_capitalised_wedged_line_reads_as_a_section_name_and_stays() -> None:
    # Reviews of one site open the same sections over other paragraphs each time.
    repeated = frozenset({WEDGED + "design", WEDGED + "the verdict", WEDGED + "continue below"})
    assert not is_wedged("design", "Design", repeated)
    assert not is_wedged("the verdict", "The Verdict", repeated)
    assert is_wedged("continue below", "Continue below", repeated)


def test_a_long_headline_shown_between_other_lines_is_no_template_of_itself() -> None:
    # A carried story's headline over its source line, listed on other pages between other lines: its last words
    # (its "#end" key) are shared with its own copies only, so it is not wedged by them; a notice filled with other
    # names is.
    headline = "Harbour board approves the new ferry terminal after a decade of delays and objections"
    pages = []
    for number, topic in enumerate(TOPICS):
        notice = f"Story text from the {topic.title()} Courier. This app does not edit the stories it shows."
        story = _story(topic)
        story.insert(2 + number, notice)
        story[1 + number : 1 + number] = [headline, "Harbour Courier"]
        pages.append("\n\n".join(story))
    repeated = repeated_lines(pages, NOT_BY_COUNT)
    assert not is_wedged(normalize_line(headline), headline, repeated)
    notice = "Story text from the Ferry Courier. This app does not edit the stories it shows."
    assert is_wedged(normalize_line(notice), notice, repeated)


def test_a_long_sentence_wedged_by_its_own_words_stays() -> None:
    # A story's closing sentence on several pages, each gluing its own subheading to the paragraph above it: other
    # lines beside it on each page, but a sentence's stop; a promo of the same length ends none.
    sentence = "The council will publish the new timetable for the island ferry in the spring."
    promo = "Also in this app we keep the best walks along the coast for every winter weekend"
    repeated = frozenset({WEDGED + normalize_line(sentence), WEDGED + normalize_line(promo)})
    assert not is_wedged(normalize_line(sentence), sentence, repeated)
    assert is_wedged(normalize_line(promo), promo, repeated)
